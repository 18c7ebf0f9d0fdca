"""Secrets (source-system password and tokens, device keys) through the OS keyring only.

Where the machine has no keyring backend, secrets are kept for the life of the process
and the operator is told once. A secret is never written to a file of ours.
"""

from __future__ import annotations

import hashlib
import logging
import threading

import keyring
import keyring.backend
import keyring.errors

log = logging.getLogger(__name__)

SERVICE_PREFIX = "commune-console"


def backend_name() -> str | None:
    """The usable keyring backend's name, or None when there is none."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is the same as none
        return None
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return None
    if getattr(backend, "priority", 1) <= 0 and not module.startswith("tests"):
        return None
    return f"{module}.{type(backend).__name__}"


class SecretStore:
    """Secrets of one data folder (the demo never shares the station's)."""

    def __init__(self, scope: str) -> None:
        digest = hashlib.sha256(scope.encode("utf-8")).hexdigest()[:12]
        self.service = f"{SERVICE_PREFIX}/{digest}"
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self.backend = backend_name()
        self.warning: str | None = None

    @property
    def persistent(self) -> bool:
        return self.backend is not None

    def _warn(self, why: str) -> None:
        if self.warning is None:
            self.warning = (
                f"Passwords cannot be saved ({why}); they are kept only until the console "
                "closes."
            )
            log.warning(self.warning)

    def get(self, name: str) -> str | None:
        with self._lock:
            if name in self._memory:
                return self._memory[name]
        if self.backend is None:
            self._warn("no keyring backend on this machine")
            return None
        try:
            return keyring.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            self._warn(f"keyring error: {type(exc).__name__}")
            return None

    def set(self, name: str, value: str) -> None:
        if self.backend is not None:
            try:
                keyring.set_password(self.service, name, value)
                with self._lock:
                    self._memory.pop(name, None)
                return
            except keyring.errors.KeyringError as exc:
                self._warn(f"keyring error: {type(exc).__name__}")
        else:
            self._warn("no keyring backend on this machine")
        with self._lock:
            self._memory[name] = value

    def delete(self, name: str) -> None:
        with self._lock:
            self._memory.pop(name, None)
        if self.backend is not None:
            try:
                keyring.delete_password(self.service, name)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                self._warn(f"keyring error: {type(exc).__name__}")
