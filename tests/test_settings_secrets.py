"""Settings declared once with defaults; secrets only through the keyring."""

from __future__ import annotations

import keyring

from console.secrets import SecretStore
from console.settings import OPTIONS, QUIET_START, SOURCE_VERIFY_TLS, UI_FONT_SCALE, Settings


def test_defaults_and_persistence(ctx) -> None:  # type: ignore[no-untyped-def]
    assert ctx.settings.get(QUIET_START) == "05:30"
    ctx.settings.set(UI_FONT_SCALE, "1.25")
    ctx.settings.set(SOURCE_VERIFY_TLS, "no")
    fresh = Settings(ctx.db)
    assert fresh.get(UI_FONT_SCALE) == 1.25
    assert fresh.get(SOURCE_VERIFY_TLS) is False
    assert len({o.key for o in OPTIONS.values()}) == len(OPTIONS)


def test_secret_store_uses_keyring(memory_keyring, data_dir) -> None:  # type: ignore[no-untyped-def]
    store = SecretStore(str(data_dir))
    assert store.persistent
    store.set("source.password", "pw")
    assert ("source.password" in [k for _, k in memory_keyring.store])
    assert SecretStore(str(data_dir)).get("source.password") == "pw"
    assert SecretStore(str(data_dir / "other")).get("source.password") is None
    store.delete("source.password")
    assert store.get("source.password") is None


def test_no_backend_keeps_secrets_in_memory_only(data_dir, caplog) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    store = SecretStore(str(data_dir))
    assert not store.persistent
    store.set("token", "abc")
    assert store.get("token") == "abc"
    assert store.warning and "only until the console closes" in store.warning
    assert SecretStore(str(data_dir)).get("token") is None
    assert not any(b"abc" in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
