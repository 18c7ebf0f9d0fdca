"""The tests tree mirrors console/, and fixtures are defined once (README, For developers)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent
CONSOLE = TESTS.parent / "console"
# Folders that cut across the layers, and the helpers shared between folders.
ACROSS = {"scenarios", "faults", "peers", "shared_database", "installer", "support"}


def _fixtures(conftest: Path) -> list[str]:
    def is_fixture(decorator: ast.expr) -> bool:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        return isinstance(target, ast.Attribute) and target.attr == "fixture"

    tree = ast.parse(conftest.read_text(encoding="utf-8"))
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef)
            and any(is_fixture(d) for d in node.decorator_list)]


def test_each_fixture_is_defined_in_one_conftest() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for conftest in sorted(TESTS.rglob("conftest.py")):
        for name in _fixtures(conftest):
            where[name].append(str(conftest.relative_to(TESTS)))
    twice = {name: places for name, places in where.items() if len(places) > 1}
    assert not twice, f"fixtures defined in more than one conftest: {twice}"


def test_test_folders_mirror_the_console_packages() -> None:
    strays = []
    for folder in sorted(p for p in TESTS.rglob("*") if p.is_dir()):
        parts = folder.relative_to(TESTS).parts
        if "__pycache__" in parts or parts[0] in ACROSS:
            continue
        mirror = CONSOLE.joinpath(*parts)
        if not (mirror.is_dir() or mirror.with_suffix(".py").is_file()):
            strays.append("/".join(parts))
    assert not strays, f"test folders with no console/ package of that name: {strays}"
