"""JSON as sent on the wire."""

from __future__ import annotations

import json
from typing import Any


def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON (NFC text stays readable; faster than ASCII escapes on big pages)."""
    return json.dumps(obj, ensure_ascii=False, check_circular=False, separators=(",", ":")).encode(
        "utf-8"
    )
