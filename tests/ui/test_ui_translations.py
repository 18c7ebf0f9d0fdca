"""The committed .ts/.qm files match the code, and Vietnamese is complete."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _script()


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_qm_files_are_compiled_from_the_ts_files(script: ModuleType, tmp_path: Path,
                                                 language: str) -> None:
    fresh = tmp_path / f"console_{language}.qm"
    script.lrelease(script.ts_file(language), fresh)
    assert fresh.read_bytes() == script.qm_file(language).read_bytes(), (
        "run scripts/update_translations.py")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_ts_files_hold_every_string_in_the_code(script: ModuleType, tmp_path: Path,
                                                language: str) -> None:
    committed = script.ts_file(language)
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    script.lupdate(copy, language, script.source_files())
    assert _messages(copy) == _messages(committed), "run scripts/update_translations.py"


def test_vietnamese_is_complete_with_its_placeholders(script: ModuleType) -> None:
    assert script.problems(script.ts_file("vi")) == []


def test_vietnamese_text_keeps_its_diacritics(script: ModuleType) -> None:
    text = script.ts_file("vi").read_text(encoding="utf-8")
    for word in ("Khẩn cấp", "Hộp thư đi & đồng bộ", "Lịch phát", "Thư viện", "Báo cáo"):
        assert word.replace("&", "&amp;") in text


def _translation_calls_lupdate_cannot_read(path: Path) -> list[str]:
    """Calls whose text would never reach the .ts files: lupdate reads only literal
    contexts and texts, only through `translate`/`QCoreApplication.translate`/`self.tr`,
    and not inside f-strings."""
    import ast

    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "translate":
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if names and names != ["translate"]:
                found.append(f"{path.name}:{node.lineno}: alias {names[0]} for translate")
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                        and inner.func.attr == "tr":
                    found.append(f"{path.name}:{inner.lineno}: tr() inside an f-string")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(func, "value", None)
        if name == "translate" and (isinstance(func, ast.Name) or (
                isinstance(owner, ast.Name) and owner.id == "QCoreApplication")):
            # The text may be a constant marked with QT_TRANSLATE_NOOP; the context must
            # be written out.
            context = node.args[0] if node.args else None
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                found.append(f"{path.name}:{node.lineno}: translate() without a literal context")
    return found


def test_every_translation_call_is_readable_by_lupdate(script: ModuleType) -> None:
    problems = [p for path in script.source_files()
                for p in _translation_calls_lupdate_cannot_read(path)]
    assert problems == []
