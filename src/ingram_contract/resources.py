"""Where the project's data files are read from, installed or in a checkout.

The wheel carries the contract, the corrections, the drift baseline, the response shapes, the generator
config and the generated client's provenance under `ingram_contract/_data/`, laid out as in the checkout
(pyproject.toml's `force-include` maps them at build time, so the checkout's files stay the only source).
A checkout (or an editable install) has no `_data/` and reads the files where they are edited.
Standard library only: `facts` builds its paths from `DATA_ROOT`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Final

_PACKAGED: Final = resources.files("ingram_contract") / "_data"
# src/ingram_contract/resources.py → the checkout's root.
CHECKOUT_ROOT: Final = Path(__file__).resolve().parents[2]


def _data_root() -> tuple[Path, bool]:
    """The packaged copy when this is an installed wheel, else the checkout (zip imports are unsupported)."""
    if isinstance(_PACKAGED, Path) and _PACKAGED.is_dir():
        return _PACKAGED, True
    return CHECKOUT_ROOT, False


DATA_ROOT, PACKAGED = _data_root()


def read_only_hint(path: Path) -> str | None:
    """Why `path` must not be written to (it is the installed package's copy), or None."""
    if PACKAGED and path.resolve().is_relative_to(DATA_ROOT.resolve()):
        return f"{path} is the installed package's copy: name a file of your own"
    return None
