"""Marks a service's message for the translation catalogue without importing Qt
(console.text.translatable, where the engines below the services find it too)."""

from __future__ import annotations

from ..text.translatable import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
