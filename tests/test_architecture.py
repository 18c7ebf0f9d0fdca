"""The layering that import-linter cannot say: below the window nothing loads Qt widgets, and
no module imports itself through others."""

from __future__ import annotations

import subprocess
import sys

BELOW_THE_WINDOW = ("console.app", "console.services", "console.sync", "console.delivery",
                    "console.playout", "console.zalo", "console.station", "console.media",
                    "console.audio", "console.render", "console.search", "console.db",
                    "console.models", "console.text")


def test_nothing_below_the_window_loads_qt_widgets() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"roots = {BELOW_THE_WINDOW!r}\n"
        "names = []\n"
        "for root in roots:\n"
        "    module = importlib.import_module(root)\n"
        "    names.append(root)\n"
        "    for info in pkgutil.walk_packages(getattr(module, '__path__', []), root + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "        names.append(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6.QtWidgets'))\n"
        "print(len(names), bad)\n"
        "sys.exit(1 if bad or len(names) < 100 else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_import_cycles() -> None:
    """No module of console/ imports, directly or through others, a module that imports it
    (imports only for type checking aside)."""
    import grimp

    graph = grimp.build_graph("console", exclude_type_checking_imports=True)
    imports = {m: graph.find_modules_directly_imported_by(m) & graph.modules
               for m in graph.modules}
    assert not _cycles(imports), _cycles(imports)


def _cycles(imports: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    number: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(imports):
        if root in number:
            continue
        work = [(root, iter(sorted(imports[root])))]
        number[root] = low[root] = len(number)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in number:
                    number[child] = low[child] = len(number)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(imports[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], number[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == number[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found
