"""The content-addressed media store: verified files named by their sha256.

A file is visible to the rest of the program only once its hash was verified and it was
renamed into place (media/ab/abcdef…); unfinished files wait in a private `.partial`
folder. Names from a server or a user are display names, never paths.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from pathlib import Path

CHUNK = 1024 * 1024
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class MediaStore:
    """Where verified media live: media/ab/abcdef… (the sha256 is the only name)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.partial = root / ".partial"

    def path(self, sha256: str) -> Path:
        if not SHA256.match(sha256):
            raise ValueError("not a sha256")
        return self.root / sha256[:2] / sha256

    def part_path(self, sha256: str) -> Path:
        if not SHA256.match(sha256):
            raise ValueError("not a sha256")
        return self.partial / f"{sha256}.part"

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()


def hash_file(path: Path, hasher: hashlib._Hash | None = None) -> hashlib._Hash:
    hasher = hasher or hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            hasher.update(chunk)
    return hasher


def put_bytes(store: MediaStore, data: bytes) -> str:
    """Store `data` under its own hash (written aside, then renamed); returns the hash."""
    sha = hashlib.sha256(data).hexdigest()
    final = store.path(sha)
    if not final.is_file():
        # Written aside in the private .partial folder, as every other writer does (beside
        # the final name, a kill left a stray media/ab/<sha>.part among verified files).
        final.parent.mkdir(parents=True, exist_ok=True)
        store.partial.mkdir(parents=True, exist_ok=True)
        part = store.partial / f"put-{uuid.uuid4().hex}.part"
        part.write_bytes(data)
        os.replace(part, final)  # visible only once complete
    return sha
