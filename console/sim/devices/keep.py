"""What a simulated device received, kept on disk for inspection: DIR/<device id>/<sha256>.<ext>.

`commune-console simulate devices --keep-files DIR` turns it on, so the files the console
pushed can be listened to and measured outside the program (ffmpeg's ebur128, a player).
A file appears only once all its bytes arrived and matched their sha256.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import BinaryIO

_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"ID3", "mp3"), (0, b"fLaC", "flac"), (0, b"OggS", "ogg"), (0, b"\x89PNG", "png"),
    (0, b"\xff\xd8\xff", "jpg"), (8, b"WAVE", "wav"), (4, b"ftypM4A", "m4a"),
    (4, b"ftyp", "mp4"), (0, b"\x1aE\xdf\xa3", "webm"),
)


def extension(head: bytes) -> str:
    """The file type from its first bytes (the device sees no name, only a sha256)."""
    for offset, magic, ext in _SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            return ext
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "mp3"  # an MPEG audio frame without tags
    return "bin"


class KeptFile:
    """One file being received: written aside, renamed into place if its hash matched."""

    def __init__(self, folder: Path, sha256: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.sha256 = sha256
        self.part = folder / f".{sha256}.{threading.get_ident()}.part"
        self._fh: BinaryIO = self.part.open("wb")
        self._head = b""

    def write(self, chunk: bytes) -> None:
        if len(self._head) < 16:
            self._head += chunk[:16]
        self._fh.write(chunk)

    def finish(self, ok: bool) -> Path | None:
        self._fh.close()
        if not ok:
            self.part.unlink(missing_ok=True)
            return None
        final = self.folder / f"{self.sha256}.{extension(self._head)}"
        os.replace(self.part, final)
        return final


def keeper(root: Path | None, device_id: str, sha256: str) -> KeptFile | None:
    return KeptFile(root / device_id, sha256) if root is not None else None
