"""Commune Broadcast Console: operator console for commune radio stations."""

__version__ = "0.1.0"
