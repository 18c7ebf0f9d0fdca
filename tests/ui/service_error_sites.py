"""Every place the console gives a service error its reason, found in the source.

A service raises `InvalidInput(QT_TRANSLATE_NOOP("Errors", "the user {username} exists
already"), username=name)`, or names a module constant bound to such a marker
(console/services/translatable.py). The marker is what puts the English sentence, the key of
its translation, into the catalogue (lupdate finds it). This module reads the source with
`ast` and finds each reason, so a test can insist that each one is marked and has its
Vietnamese. A reason that is not a marked, written-out sentence (an f-string, a bare
literal, a variable) cannot be translated; it is reported with its place.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from pathlib import Path

import console
from console.services import errors

PACKAGE_ROOT = Path(console.__file__).resolve().parent   # console/
MARKER = "QT_TRANSLATE_NOOP"


@dataclass(frozen=True)
class Site:
    path: Path
    line: int
    error: str                   # the error class's name
    message: str | None          # None when the reason is not a written-out sentence
    marked: bool = False         # the sentence goes through QT_TRANSLATE_NOOP("Errors", …)


def error_classes() -> dict[str, type[errors.ServiceError]]:
    """ServiceError and every subclass the services define (their modules are imported)."""
    from console import services

    for module in pkgutil.walk_packages(services.__path__, services.__name__ + "."):
        importlib.import_module(module.name)
    found: dict[str, type[errors.ServiceError]] = {}
    stack: list[type[errors.ServiceError]] = [errors.ServiceError]
    while stack:
        cls = stack.pop()
        found[cls.__name__] = cls
        stack.extend(cls.__subclasses__())
    return found


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _marked(node: ast.expr) -> str | None:
    """The sentence of QT_TRANSLATE_NOOP("Errors", "…"), else None."""
    if isinstance(node, ast.Call) and _name(node.func) == MARKER and len(node.args) == 2 \
            and isinstance(node.args[0], ast.Constant) and node.args[0].value == "Errors" \
            and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
        return node.args[1].value
    return None


Constant = tuple[str, bool]  # (sentence, marked)


def _constants(tree: ast.Module) -> dict[str, Constant]:
    found: dict[str, Constant] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        value = node.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            entry: Constant | None = (value.value, False)
        else:
            text = _marked(value)
            entry = (text, True) if text is not None else None
        if entry is not None:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = entry
    return found


def _text(node: ast.expr | None, constants: dict[str, Constant]) -> Constant | None:
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, False
    text = _marked(node)
    if text is not None:
        return text, True
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _reason(call: ast.Call) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return next((k.value for k in call.keywords if k.arg == "message"), None)


def _passed_on(call: ast.Call, reason: ast.expr) -> bool:
    """A refusal made (and marked) where it was decided, passed on with its own values:
    `InvalidInput(plan.refusal, **plan.refusal_params)`. Its sentences are found where
    they are made, as marked constants or literals of that function."""
    return isinstance(reason, (ast.Attribute, ast.Subscript)) and any(
        k.arg is None for k in call.keywords)


def _site(path: Path, line: int, error: str, found: Constant | None) -> Site:
    if found is None:
        return Site(path, line, error, None)
    return Site(path, line, error, found[0], found[1])


def scan_file(path: Path, names: set[str],
              shared: dict[str, Constant] | None = None) -> list[Site]:
    """The reasons given to the error classes `names` in one file; `shared` holds the
    constants of the other modules (a reason may be imported from one)."""
    source = path.read_text(encoding="utf-8")
    if not any(name in source for name in names):
        return []
    tree = ast.parse(source, str(path))
    constants = {**(shared or {}), **_constants(tree)}
    sites: list[Site] = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        if not any(_name(base) in names for base in cls.bases):
            continue
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "__init__" \
                    and isinstance(func.value, ast.Call) and _name(func.value.func) == "super":
                reason = _reason(call)
                if reason is not None and not (isinstance(reason, ast.Name)
                                               and reason.id == "message"):
                    sites.append(_site(path, call.lineno, cls.name, _text(reason, constants)))
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _name(call.func)
        if name not in names:
            continue
        reason = _reason(call)
        if reason is None or _passed_on(call, reason):
            continue
        sites.append(_site(path, call.lineno, name, _text(reason, constants)))
    return sites


def _takes_a_reason(cls: type) -> bool:
    """True when the class is made with a reason first (not, e.g., PermissionDenied, which
    words its own reason from a user name and a role)."""
    params = list(inspect.signature(cls.__init__).parameters)
    return len(params) > 1 and params[1] == "message"


def _python_files(root: Path) -> list[Path]:
    return [p for p in sorted(root.rglob("*.py")) if "migrations" not in p.parts]


def scan(root: Path | None = None) -> list[Site]:
    """Every place in `root` (the console package) that gives a service error a reason."""
    root = root or PACKAGE_ROOT
    names = {name for name, cls in error_classes().items() if _takes_a_reason(cls)}
    files = _python_files(root)
    shared: dict[str, Constant] = {}
    for path in files:  # marked constants only: a plain one is not shared by name
        shared.update({k: v for k, v in _constants(ast.parse(path.read_text("utf-8"))).items()
                       if v[1]})
    sites: list[Site] = []
    for path in files:
        sites.extend(scan_file(path, names, shared))
    return sites


def messages(root: Path | None = None) -> list[str]:
    """The distinct sentences, in the order they first occur."""
    seen: dict[str, None] = {}
    for site in scan(root):
        if site.message:
            seen.setdefault(site.message, None)
    return list(seen)
