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
