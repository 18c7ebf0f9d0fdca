"""A keyring for the console processes a test starts: the secrets the test's in-memory
keyring holds, handed over in a file (the child has no access to the test's memory).

    PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring
    COMMUNE_CONSOLE_TEST_KEYRING=/tmp/…/keyring.json
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors
from jaraco.classes import properties

FILE_ENV = "COMMUNE_CONSOLE_TEST_KEYRING"


def hand_over(store: dict[tuple[str, str], str], path: Path) -> dict[str, str]:
    """Write `store` (MemoryKeyring.store) to `path`; the environment a child needs."""
    path.write_text(json.dumps([[s, u, p] for (s, u), p in store.items()]), encoding="utf-8")
    return {"PYTHON_KEYRING_BACKEND": f"{__name__}.FileKeyring", FILE_ENV: str(path)}


class FileKeyring(keyring.backend.KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # type: ignore[override]
        if FILE_ENV not in os.environ:  # not viable where no test handed secrets over
            raise RuntimeError(f"{FILE_ENV} is not set")
        return 1

    def __init__(self) -> None:
        super().__init__()
        where = os.environ.get(FILE_ENV)
        self.store = ({(s, u): p for s, u, p in json.loads(Path(where).read_text("utf-8"))}
                      if where else {})

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
