"""Every sentence the services' errors can carry, found in their source.

A service raises `InvalidInput("the user {username} exists already", username=name)`:
the English sentence is the key of its translation (Qt context "Errors"). This module
reads the source with `ast` and finds each such sentence, so that
`scripts/update_translations.py` hands them to lupdate and a test can insist that each
has its Vietnamese. A reason that is not a written-out sentence (an f-string, a variable)
cannot be translated; it is reported as a problem with its place.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from pathlib import Path

from . import errors

PACKAGE_ROOT = Path(__file__).resolve().parent.parent   # console/


@dataclass(frozen=True)
class Site:
    path: Path
    line: int
    error: str                   # the error class's name
    message: str | None          # None when the reason is not a written-out sentence


def error_classes() -> dict[str, type[errors.ServiceError]]:
    """ServiceError and every subclass the services define (their modules are imported)."""
    from .. import services

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


def _text(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _reason(call: ast.Call) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return next((k.value for k in call.keywords if k.arg == "message"), None)


def scan_file(path: Path, names: set[str]) -> list[Site]:
    """The reasons given to the error classes `names` in one file."""
    source = path.read_text(encoding="utf-8")
    if not any(name in source for name in names):
        return []
    tree = ast.parse(source, str(path))
    constants = {target.id: node.value.value for node in tree.body
                 if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                 and isinstance(node.value.value, str)
                 for target in node.targets if isinstance(target, ast.Name)}
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
                    sites.append(Site(path, call.lineno, cls.name, _text(reason, constants)))
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _name(call.func)
        if name not in names:
            continue
        reason = _reason(call)
        if reason is None:
            continue
        sites.append(Site(path, call.lineno, name, _text(reason, constants)))
    return sites


def _takes_a_reason(cls: type) -> bool:
    """True when the class is made with a reason first (not, e.g., PermissionDenied, which
    words its own reason from a user name and a role)."""
    params = list(inspect.signature(cls.__init__).parameters)
    return len(params) > 1 and params[1] == "message"


def scan(root: Path | None = None) -> list[Site]:
    """Every place in `root` (the console package) that gives a service error a reason."""
    root = root or PACKAGE_ROOT
    names = {name for name, cls in error_classes().items() if _takes_a_reason(cls)}
    sites: list[Site] = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        sites.extend(scan_file(path, names))
    return sites


def messages(root: Path | None = None) -> list[str]:
    """The distinct sentences, in the order they first occur."""
    seen: dict[str, None] = {}
    for site in scan(root):
        if site.message:
            seen.setdefault(site.message, None)
    return list(seen)
