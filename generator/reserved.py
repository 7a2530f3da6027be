"""Names a spec may not give to what the generator turns into Python names.

One table per kind of generated namespace:

* a client class holds one method per operation next to what the runtime's client
  classes define (``close``, ``endpoint``, ``_invoke`` ...): the set is read from the
  runtime sources themselves, so a method added there is protected at once;
* a model class holds one attribute per member next to what the runtime's ``Model``
  base and the generated methods define;
* a models module holds the classes of one operation next to the names it imports, and
  a class must not hide a Python builtin (``Exception``) or be a keyword.
"""

from __future__ import annotations

import ast
import builtins
import keyword
from functools import lru_cache
from pathlib import Path

from . import naming
from .render import TEMPLATES_DIR

_RUNTIME = TEMPLATES_DIR / "python" / "runtime"
# The runtime modules that define the client classes generated clients inherit from.
_CLIENT_MODULES = ("client.py", "rpc_client.py", "roa_client.py")

# What every generated client class defines itself (templates/python/client.py.j2).
_GENERATED_CLIENT_ATTRIBUTES = frozenset({"SERVICE"})
# What every generated model class defines itself (templates/python/models/).
_GENERATED_MODEL_ATTRIBUTES = frozenset(
    {"to_dict", "from_json", "from_xml", "from_dict", "from_wire", "validate"}
)
# Module-level names of a generated models module (its imports and helpers).
_MODELS_MODULE_NAMES = frozenset(
    {
        "Any",
        "ClassVar",
        "JsonValue",
        "Literal",
        "Mapping",
        "Model",
        "ResponseParseError",
        "Sequence",
        "datetime",
        "enum",
        "annotations",
    }
)


def _class_attributes(tree: ast.Module, suffixes: tuple[str, ...]) -> set[str]:
    """Methods, class attributes and ``self.x`` attributes of classes whose name ends
    with one of ``suffixes``."""
    names: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or not node.name.endswith(suffixes):
            continue
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names.add(item.name)
            elif isinstance(item, ast.Assign):
                names.update(
                    target.id for target in item.targets if isinstance(target, ast.Name)
                )
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                names.add(item.target.id)
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Attribute)
                and isinstance(inner.ctx, ast.Store)
                and isinstance(inner.value, ast.Name)
                and inner.value.id == "self"
            ):
                names.add(inner.attr)
    return names


def _parse(module: str) -> ast.Module:
    return ast.parse((_RUNTIME / module).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def client_attributes() -> frozenset[str]:
    """Every attribute a generated client class has before its operations are added."""
    names: set[str] = set(dir(object)) | _GENERATED_CLIENT_ATTRIBUTES
    for module in _CLIENT_MODULES:
        names |= _class_attributes(_parse(module), ("Client", "ClientBase"))
    return frozenset(names)


@lru_cache(maxsize=1)
def model_attributes() -> frozenset[str]:
    """Every attribute a generated model class has before its members are added."""
    names = set(dir(object)) | _GENERATED_MODEL_ATTRIBUTES | naming.MODEL_RESERVED
    names |= _class_attributes(_parse("model.py"), ("Model",))
    return frozenset(names)


def method_name_problem(name: str) -> str | None:
    """Why an operation's method ``name`` cannot be used on the client, or ``None``."""
    if name.startswith("_"):
        return f"method name '{name}' starts with '_'"
    if name in client_attributes():
        return (
            f"method name '{name}' would replace the client's own '{name}';"
            " set python_name to another name"
        )
    if keyword.iskeyword(name) or name in keyword.softkwlist:
        return f"method name '{name}' is a Python keyword"
    return None


def member_name_problem(name: str) -> str | None:
    """Why a member's attribute ``name`` cannot be used on a model, or ``None``."""
    if name.startswith("_"):
        return f"'{name}' starts with '_'; model attributes of that kind are internal"
    if name in model_attributes():
        return f"'{name}' would replace the model's own '{name}'; choose another"
    if naming.is_reserved(name):
        return f"'{name}' is a Python keyword, builtin or reserved name; choose another"
    return None


def class_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a generated class, or ``None``."""
    if keyword.iskeyword(name) or name in keyword.softkwlist:
        return f"class name '{name}' is a Python keyword"
    if name in dir(builtins):
        return f"class name '{name}' would hide the Python builtin '{name}'"
    if name in _MODELS_MODULE_NAMES:
        return f"class name '{name}' is a name the generated models module uses"
    if name.startswith("_"):
        return f"class name '{name}' starts with '_'"
    return None
