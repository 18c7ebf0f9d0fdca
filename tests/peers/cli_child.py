"""The console's command line in a process of its own, given the test's keyring entries.

The tests keep secrets in an in-memory keyring; a child process gets those entries through
$COMMUNE_TEST_KEYRING (JSON [[service, name, value], …]), taken out of its environment
before anything it starts could inherit it.
"""

import json
import os
import sys

import keyring
import keyring.backend
import keyring.errors


class HandedKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, entries: list[list[str]]) -> None:
        super().__init__()
        self.store = {(service, name): value for service, name, value in entries}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


if __name__ == "__main__":
    keyring.set_keyring(HandedKeyring(json.loads(os.environ.pop("COMMUNE_TEST_KEYRING", "[]"))))
    from console.cli.main import main

    sys.exit(main(sys.argv[1:]))
