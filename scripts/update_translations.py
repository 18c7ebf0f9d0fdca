"""Extract UI strings into console/i18n/*.ts and compile them into .qm files.

    python scripts/update_translations.py           # lupdate + lrelease
    python scripts/update_translations.py --check   # also fail if Vietnamese is unfinished
    python scripts/update_translations.py --import vi.json [...]   # fill Vietnamese from JSON

Translate new strings in `console/i18n/console_vi.ts` with Qt Linguist (`pyside6-linguist`)
and run this script again. English is the source language: its catalogue is filled with
the source texts automatically.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

log = logging.getLogger("update_translations")

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "console"
I18N = PACKAGE / "i18n"
LANGUAGES = {"vi": "vi_VN", "en": "en_GB"}
# Files outside console/ui are scanned only when they call the translation functions.
_MARKERS = re.compile(r"\b(?:QCoreApplication\.translate|QT_TRANSLATE_NOOP|QT_TR_NOOP|self\.tr)\(")


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def source_files() -> list[Path]:
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in files or "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        if _MARKERS.search(path.read_text(encoding="utf-8")):
            files.append(path)
    return files


def ts_file(language: str, folder: Path = I18N) -> Path:
    return folder / f"console_{language}.ts"


def qm_file(language: str, folder: Path = I18N) -> Path:
    return folder / f"console_{language}.qm"


def lupdate(ts: Path, language: str, files: list[Path]) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         "-target-language", LANGUAGES[language], *map(str, files), "-ts", str(ts)],
        check=True, cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def fill_source_language(ts: Path) -> None:
    """English needs no translator: every translation is its source text."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            continue
        translation.attrib.pop("type", None)
        translation.text = source
    _write_ts(tree, ts)


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def import_translations(ts: Path, catalogues: list[dict[str, dict[str, str]]]) -> int:
    """Fill unfinished messages from {context: {source: translation}} catalogues.

    A source text found under another context is used when its own context has none, so a
    phrase translated once ("Cancel") need not be repeated per dialog. Returns how many
    messages were filled.
    """
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for catalogue in catalogues:
        for context, messages in catalogue.items():
            for source, text in messages.items():
                if text:
                    by_context[(context, source)] = text
                    by_source.setdefault(source, text)
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" \
                    and translation.text:
                continue
            source = message.findtext("source") or ""
            text = by_context.get((name, source)) or by_source.get(source)
            if text is None or message.get("numerus") == "yes":
                continue
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = text
            filled += 1
    _write_ts(tree, ts)
    return filled


def problems(ts: Path) -> list[str]:
    """Unfinished translations, lost {placeholders} and contexts lupdate got wrong."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        if not name.isidentifier():
            # lupdate's Python parser mislabels a self.tr() that follows a
            # QCoreApplication.translate() in the same function; split the function.
            found.append(f"odd context {name!r}: keep self.tr() and translate() apart")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if translation is None or translation.get("type") == "unfinished" or not text:
                found.append(f"{name}: untranslated: {source!r}")
                continue
            if set(re.findall(r"{\w*}", source)) != set(re.findall(r"{\w*}", text)):
                found.append(f"{name}: placeholders differ: {source!r} -> {text!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a Vietnamese translation is missing or broken")
    parser.add_argument("--import", dest="imports", nargs="+", type=Path, default=[],
                        metavar="JSON", help="fill Vietnamese translations from JSON files "
                        "shaped {context: {source: translation}}")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    files = source_files()
    I18N.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language)
        lupdate(ts, language, files)
        if language == "en":
            fill_source_language(ts)
        else:  # also with nothing to import: the file is written in the committed layout
            catalogues = [json.loads(path.read_text(encoding="utf-8")) for path in args.imports]
            filled = import_translations(ts, catalogues)
            if args.imports:
                log.info("%d translations imported", filled)
        lrelease(ts, qm_file(language))
    issues = problems(ts_file("vi"))
    for issue in issues:
        log.warning("%s", issue)
    log.info("%d source files, %d Vietnamese problems", len(files), len(issues))
    return 1 if issues and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
