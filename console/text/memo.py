"""Values worked out once and looked up after, in bounded memory.

The catalogue pull meets the same titles, times, file names and sort keys again and again;
each is worked out once and remembered. A memo is emptied when it reaches its limit rather
than keeping the oldest entries out (what repeats comes back soon), so it never grows past
the limit, and a lookup is a plain dict lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedMemo(dict[K, V]):
    """A dict of remembered values, emptied when it holds `limit` of them. With `compute`,
    `memo[key]` works a missing value out (compute(key)) and remembers it."""

    __slots__ = ("compute", "limit")  # no instance dict: lookups cost what a plain dict's do

    def __init__(self, limit: int, compute: Callable[[K], V] | None = None) -> None:
        super().__init__()
        self.limit = limit
        self.compute = compute

    def __missing__(self, key: K) -> V:
        if self.compute is None:
            raise KeyError(key)
        return self.remember(key, self.compute(key))

    def remember(self, key: K, value: V) -> V:
        """Keep `value` for `key` (emptying the memo first when it is full); returns it."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
