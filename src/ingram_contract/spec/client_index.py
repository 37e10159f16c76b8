"""Where a JSON location lives in a generated `ingram_orders` client, and back.

Read from the generated source itself (the generator is the authority on its names): each api module's
method, URL, parameters, body class and response classes; each model's JSON keys and attributes. A
diff location such as `response.201.body.orders[].lines[].backOrderETAData` of `POST /resellers/v6/orders`
becomes `ingram_orders.api.orders.post_createorder_v6` and `OrderCreatedLine.back_order_eta_data`.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from ingram_contract.spec.operations import path_shape

PACKAGE = "ingram_orders"
MODELS = f"{PACKAGE}.models"

_METHOD = re.compile(r'"method": "(\w+)"')
_URL = re.compile(r'"url": f?"([^"]+)"')
_PARAM = re.compile(r'(headers|params|cookies)\["([^"]+)"\] = (\w+)')
_BODY = re.compile(r"def _get_kwargs\((?:[^)]*?)\bbody: ([A-Za-z_][\w]*)", re.DOTALL)
_RESPONSE = re.compile(r"if response\.status_code == (\d+):\s*\n\s*response_\d+ = (\w+)\.from_dict")
# A nullable (or union) answer: the generator parses it in a local function, the model as `type_0`.
_UNION_RESPONSE = re.compile(
    r"if response\.status_code == (\d+):(?:(?!if response\.status_code).)*?"
    r"response_\d+_type_0 = (\w+)\.from_dict",
    re.DOTALL,
)
_CLASS = re.compile(r"^class (\w+)", re.MULTILINE)
_ATTRIBUTE = re.compile(r"^    (\w+): (.+?)(?: = .*)?$", re.MULTILINE)
_FIELD = re.compile(r'field_dict\["([^"]+)"\] = (\w+)|"([^"]+)": (\w+),')
_ARGUMENT = re.compile(r"^\s+(\w+): (.+?)(?: = .*)?,$", re.MULTILINE)
_WORD = re.compile(r"[A-Z]\w*")
_SEGMENT = re.compile(r"\[\]|\{\*\}|(?:oneOf|anyOf)\[\d+\]")


@dataclass
class Operation:
    """One generated function module: what it calls and the Python names of its inputs and outputs."""

    module: str
    label: str
    params: dict[tuple[str, str], str] = field(default_factory=dict)
    body: str | None = None
    responses: dict[str, str] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)  # argument → annotation


@dataclass
class Model:
    """One generated model class: JSON key → attribute, attribute → annotation."""

    module: str
    keys: dict[str, str] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)


def _shape(method: str, path: str) -> str:
    return f"{method.upper()} {path_shape(path)}"


def operation_shape(label: str) -> str:
    """`DELETE /resellers/v6/orders/{OrderNumber}` → `DELETE /resellers/v6/orders/{}`."""
    method, _, path = label.partition(" ")
    return _shape(method, path)


@dataclass
class ClientIndex:
    """The names of one generated client, read from its source."""

    operations: dict[str, Operation] = field(default_factory=dict)  # by METHOD + path shape
    models: dict[str, Model] = field(default_factory=dict)  # by class name
    # Reverse: a Python name (see `python_for`) → the first (operation, location) that leads to it.
    origin: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, client_dir: Path) -> ClientIndex:
        """Index the package `client_dir/ingram_orders`."""
        index = cls()
        root = client_dir / PACKAGE
        for path in sorted((root / "api").glob("*/*.py")):
            if path.name != "__init__.py":
                index._read_operation(path, root)
        for path in sorted((root / "models").glob("*.py")):
            if path.name != "__init__.py":
                index._read_model(path)
        index._trace_origins()
        return index

    def _read_operation(self, path: Path, root: Path) -> None:
        text = path.read_text(encoding="utf-8")
        method, url = _METHOD.search(text), _URL.search(text)
        if not method or not url:
            return
        module = ".".join((PACKAGE, *path.relative_to(root).with_suffix("").parts))
        op = Operation(module, _shape(method.group(1), url.group(1)))
        for where, name, var in _PARAM.findall(text):
            where = {"params": "query", "headers": "header", "cookies": "cookie"}[where]
            key = name.lower() if where == "header" else name
            op.params[(where, key)] = var.removeprefix("json_")
        for position, var in enumerate(re.findall(r"\{(\w+)\}", url.group(1))):
            op.params[("path", f"#{position}")] = var
        signature = text.split("def _get_kwargs(", 1)[-1].split(") ->", 1)[0]
        op.annotations = dict(_ARGUMENT.findall(signature))
        if body := _BODY.search(text):
            op.body = body.group(1)
        op.responses = dict(_UNION_RESPONSE.findall(text)) | dict(_RESPONSE.findall(text))
        self.operations[op.label] = op

    def _read_model(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        for match in _CLASS.finditer(text):
            name = match.group(1)
            body = text[match.end() :]
            body = body[: m.start()] if (m := _CLASS.search(body)) else body
            model = Model(f"{PACKAGE}.models.{path.stem}")
            head = body.split("    def ", 1)[0]
            model.annotations = {
                attr: annotation
                for attr, annotation in _ATTRIBUTE.findall(head)
                if attr != "additional_properties"
            }
            to_dict = body.split("def to_dict", 1)[-1].split("return field_dict", 1)[0]
            for key, var, key2, var2 in _FIELD.findall(to_dict):
                json_key, attr = (key, var) if key else (key2, var2)
                if attr in model.annotations:
                    model.keys[json_key] = attr
            self.models[name] = model

    def nested(self, annotation: str) -> list[str]:
        """The model classes an annotation mentions."""
        return [word for word in _WORD.findall(annotation) if word in self.models]

    def _trace_origins(self) -> None:
        for label in sorted(self.operations):
            op = self.operations[label]
            self.origin.setdefault(op.module, (label, "path"))
            for (where, key), var in op.params.items():
                self.origin.setdefault(f"{op.module}.sync({var}=)", (label, f"parameter.{where}.{key}"))
                for enum in self.nested(op.annotations.get(var, "")):  # a parameter's enum class
                    self.origin.setdefault(f"{MODELS}.{enum}", (label, f"parameter.{where}.{key}"))
            self.origin.setdefault(f"{op.module}.sync()", (label, "response"))
            self.origin.setdefault(f"{op.module}.sync(client=)", (label, "security"))
            roots = [("request.body", op.body)] if op.body else []
            roots += [(f"response.{status}.body", name) for status, name in sorted(op.responses.items())]
            for location, name in roots:
                self._trace(label, location, name)

    def _trace(self, label: str, location: str, name: str) -> None:
        queue: deque[tuple[str, str]] = deque([(location, name)])
        while queue:
            where, cls = queue.popleft()
            if f"{MODELS}.{cls}" in self.origin or cls not in self.models:
                continue
            self.origin[f"{MODELS}.{cls}"] = (label, where)
            model = self.models[cls]
            attrs = {attr: key for key, attr in model.keys.items()}
            for attr, annotation in model.annotations.items():
                at = f"{where}.{attrs.get(attr, attr)}"
                self.origin.setdefault(f"{MODELS}.{cls}.{attr}", (label, at))
                suffix = "[]" if annotation.startswith("list[") else ""
                queue.extend((at + suffix, nested) for nested in self.nested(annotation))

    def python_for(self, label: str, location: str) -> tuple[str, ...]:
        """The Python a diff location of an operation (`METHOD /path` as the diff spells it) touches."""
        method, _, path = label.partition(" ")
        op = self.operations.get(_shape(method, path))
        if op is None:
            return ()
        names = [op.module]
        parts = location.split(".")
        if parts[0] == "parameter" and len(parts) >= 3:
            where, name = parts[1], ".".join(parts[2:])
            key = name.lower() if where == "header" else name
            var = op.params.get((where, key))
            if var is None and where == "path":
                path_vars = [v for (w, _), v in op.params.items() if w == "path"]
                var = path_vars[0] if len(path_vars) == 1 else None
            if var:
                names.append(f"{op.module}.sync({var}=)")
            return tuple(names)
        cls: str | None = None
        rest: list[str] = []
        if parts[:2] == ["request", "body"]:
            cls, rest = op.body, parts[2:]
        elif parts[0] == "response" and len(parts) >= 3 and parts[2].startswith("body"):
            cls, rest = op.responses.get(parts[1]), parts[3:]
        if cls is None:
            return tuple(names)
        names.append(f"{MODELS}.{cls}")
        for segment in rest:
            model = self.models.get(cls)
            key = _SEGMENT.sub("", segment)
            if not key:
                continue  # `anyOf[0]`: a member of a union the generator folds into the same model
            attr = model.keys.get(key) if model else None
            if model is None or attr is None:
                break
            names[-1] = f"{MODELS}.{cls}.{attr}"
            following = self.nested(model.annotations.get(attr, ""))
            if not following:
                break
            cls = following[0]
        return tuple(names)
