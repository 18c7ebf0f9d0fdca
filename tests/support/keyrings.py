"""Keyrings of the tests: MemoryKeyring (process memory only, every test's) and
FileKeyring, a JSON file shared with the console processes a test starts.

A child selects FileKeyring with the environment `FileKeyring.environment(path)`
(PYTHON_KEYRING_BACKEND=tests.support.keyrings.FileKeyring, the file in
COMMUNE_TEST_KEYRING); a real keyring API, a test file only.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors

FILE_ENV = "COMMUNE_TEST_KEYRING"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring for tests: real keyring API, process memory only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 0.5  # type: ignore[assignment]  # only when asked for by name

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self._path = path

    @staticmethod
    def environment(path: Path) -> dict[str, str]:
        """What a child process needs to use the keyring file at `path`."""
        return {"PYTHON_KEYRING_BACKEND": f"{__name__}.FileKeyring", FILE_ENV: str(path)}

    @property
    def path(self) -> Path:
        return Path(self._path or os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, str]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}|{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._save(data)
