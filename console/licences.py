"""The console's own licence (MIT) and the licences of the software it ships.

The installer collects each bundled distribution's licence texts at build time
(installer/build.py, into the `licenses` folder of the frozen app); a console run from
source reads them from the installed distributions instead. "Giới thiệu" shows them.
"""

from __future__ import annotations

import importlib.metadata as md
import sys
from importlib import resources
from pathlib import Path

# Distributions the frozen console bundles, whose licence texts travel with it.
LICENSED = ["PySide6-Essentials", "PySide6-Addons", "shiboken6", "SQLAlchemy", "alembic",
            "requests", "urllib3", "idna", "certifi", "charset-normalizer", "pydub", "mutagen",
            "keyring", "platformdirs", "imageio-ffmpeg", "Mako", "MarkupSafe",
            "typing_extensions", "greenlet", "jaraco.classes", "jaraco.functools",
            "jaraco.context", "more-itertools", "openpyxl", "et-xmlfile", "orjson", "tzdata"]
_LICENCE_WORDS = ("license", "licence", "copying", "notice")
NOTICES = "THIRD-PARTY-NOTICES.md"
MIT_SHORT = "MIT License — Copyright (c) 2026 the Commune Broadcast Console authors"


def _frozen_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def licence_files(name: str) -> list[Path]:
    """The licence texts an installed distribution carries (none when it is not installed)."""
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        return []
    found = []
    for file in dist.files or []:
        if any(word in file.name.lower() for word in _LICENCE_WORDS):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append(path)
    return found


def project_licence() -> str:
    """The text of the console's LICENSE file."""
    candidates = []
    frozen = _frozen_root()
    if frozen is not None:
        candidates.append(frozen / "LICENSE")
    candidates.append(Path(__file__).resolve().parent.parent / "LICENSE")  # a source checkout
    candidates += [p for p in licence_files("commune-console") if p.name == "LICENSE"]
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return MIT_SHORT


def third_party_notices() -> str:
    """The summary table of the bundled software and its licences (Markdown)."""
    try:
        return resources.files("console").joinpath(f"assets/licences/{NOTICES}").read_text(
            encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return ""


def third_party_texts() -> list[tuple[str, Path]]:
    """(title, file) of every full licence text: the frozen app's collected folder, or the
    installed distributions."""
    frozen = _frozen_root()
    if frozen is not None and (frozen / "licenses").is_dir():
        return [(p.name, p) for p in sorted((frozen / "licenses").iterdir())
                if p.is_file() and p.name != NOTICES]
    found = []
    for name in LICENSED:
        for path in licence_files(name):
            found.append((f"{name}: {path.name}", path))
    return found
