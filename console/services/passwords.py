"""Password hashing with scrypt: slow on purpose, so a stolen database is hard to use.

The cost follows OWASP's password storage guidance: N=2^17, r=8, p=1 (128 MiB of memory,
a few tenths of a second per hash). Each stored hash carries its own parameters, so hashes
made at a lower cost (N=2^14 in earlier releases) still verify and are rehashed at the current cost
at the owner's next successful sign-in.

Tests only: COMMUNE_CONSOLE_TEST_WEAK_PASSWORD_HASH=1 in the environment, read once when
this module is imported, lowers N to 2^10 so that a test suite creating hundreds of users
stays fast. Never set it for a station: hashes made under it are rehashed at full cost at
the next sign-in without it, but until then they are cheap to attack.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

MIN_LENGTH = 8
TEST_COST_ENV = "COMMUNE_CONSOLE_TEST_WEAK_PASSWORD_HASH"


@dataclass(frozen=True, order=True)
class Cost:
    n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:
        """What OpenSSL must be allowed to allocate (its default, 32 MiB, is too little)."""
        return 128 * self.r * (self.n + self.p + 2) + 2**20


DEFAULT_COST = Cost(2**17, 8, 1)
TEST_COST = Cost(2**10, 8, 1)
ACTIVE_COST = TEST_COST if os.environ.get(TEST_COST_ENV) == "1" else DEFAULT_COST


def password_problem(username: str, password: str) -> tuple[str, dict[str, int]] | None:
    """Why a new password is refused: a message with its fields (services.errors style)."""
    if len(password) < MIN_LENGTH:
        return "the password must have at least {count} characters", {"count": MIN_LENGTH}
    if password.strip().casefold() == username.strip().casefold():
        return "the password must not be the user name", {}
    return None


def hash_password(password: str, cost: Cost | None = None) -> str:
    cost = cost or ACTIVE_COST
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=cost.n, r=cost.r,
                            p=cost.p, maxmem=cost.maxmem, dklen=32)
    return "$".join([
        "scrypt", str(cost.n), str(cost.r), str(cost.p),
        base64.b64encode(salt).decode(), base64.b64encode(digest).decode(),
    ])


def stored_cost(stored: str) -> Cost | None:
    """The parameters a stored hash was made with (None when it is not one of ours)."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        return Cost(int(n), int(r), int(p)) if scheme == "scrypt" else None
    except ValueError:
        return None


def needs_rehash(stored: str) -> bool:
    """True when a hash was made at a lower cost than this program uses now."""
    cost = stored_cost(stored)
    return cost is None or cost.n < ACTIVE_COST.n or cost.r < ACTIVE_COST.r \
        or cost.p < ACTIVE_COST.p


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        cost = Cost(int(n), int(r), int(p))
        if cost.n > 2**20 or cost.r > 32 or cost.p > 16:
            return False  # a crafted hash must not make a sign-in allocate gigabytes
        expected = base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt_b64),
            n=cost.n, r=cost.r, p=cost.p, maxmem=cost.maxmem, dklen=len(expected),
        )
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)
