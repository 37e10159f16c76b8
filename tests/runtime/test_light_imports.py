"""A user of the client installs httpx and attrs, not the tooling: runtime must import without it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap

import ingram_contract.runtime as runtime

TOOLING = ("starlette", "uvicorn", "yaml", "schemathesis", "jsonschema", "openapi_spec_validator", "jsonpath")
STAGES = (
    "ingram_contract.sandbox",
    "ingram_contract.checks",
    "ingram_contract.drift",
    "ingram_contract.spec",
)


def test_every_runtime_module_imports_with_the_tooling_blocked() -> None:
    modules = sorted(f"{runtime.__name__}.{info.name}" for info in pkgutil.iter_modules(runtime.__path__))
    script = textwrap.dedent(
        f"""
        import importlib, importlib.abc, sys

        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {TOOLING!r}:
                    raise ImportError(f"blocked: {{name}}")
                return None

        sys.meta_path.insert(0, Block())
        for name in {modules!r}:
            importlib.import_module(name)
        import ingram_contract.runtime as runtime
        for name in runtime.__all__:
            getattr(runtime, name)
        loaded = sorted(m for m in sys.modules if m.startswith({STAGES!r}) or m.split(".")[0] in {TOOLING!r})
        assert not loaded, loaded
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert len(modules) >= 8


def test_signature_alone_does_not_pull_in_httpx_or_the_generated_client() -> None:
    script = "import sys, ingram_contract.runtime.signature; assert 'httpx' not in sys.modules; " + (
        "assert 'ingram_orders' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_lazy_exports_are_the_public_names() -> None:
    for name in runtime.__all__:
        assert getattr(runtime, name).__module__.startswith(runtime.__name__)
    assert set(runtime.__all__) == set(runtime._MODULE_OF)
