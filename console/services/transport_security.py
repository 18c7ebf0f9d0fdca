"""Which keys and passwords would cross the network unencrypted, and which devices cannot
tell who commands them. Shown on the Devices page and by `doctor`.

- A reference cluster sends its device key (Bearer), an Anthias board its password (Basic),
  an Icecast server receives the source password (Basic): over `http://` to another
  machine, anyone on the network can read them. The source-system password goes to the
  provincial server at each login.
- Clusters behind the vendor gateway protocol take commands from anyone (no
  authentication at all): the console watches them instead (gateway_watch.py).

`https://` removes the first risk: the certificate is verified, or pinned by its SHA-256
fingerprint (target option `tls_pin`, setting `source.tls_pin`) for a self-signed one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..delivery.registry import key_name
from ..models import DeliveryTarget
from ..secrets import SecretStore
from ..settings import SOURCE_URL, SOURCE_USER
from ..station import StationContext
from ..tlspin import sends_in_clear

# What each protocol sends with its key, when it has one.
KEYED = {"reference": "device key", "anthias": "board password",
         "icecast": "Icecast source password"}
NO_AUTHENTICATION = frozenset({"gateway"})


@dataclass(frozen=True)
class ClearSecret:
    target_id: str | None   # None: the source system
    name: str
    url: str
    secret: str             # what would be read: "device key", "source-system password", …

    def sentence(self) -> str:
        where = f"{self.target_id} ({self.name})" if self.target_id else self.name
        return (f"the {self.secret} of {where} is sent unencrypted to {self.url}: anyone on "
                "that network can read it; use https:// (verified, or with tls_pin for a "
                "self-signed certificate)")


def target_in_clear(protocol: str, address: str, has_key: bool) -> bool:
    """True when this target's secret would go over the network unencrypted."""
    return protocol in KEYED and has_key and sends_in_clear(address)


def source_in_clear(server: str, user: str) -> bool:
    return bool(server and user) and sends_in_clear(server)


def secrets_in_clear(ctx: StationContext) -> list[ClearSecret]:
    """Every enabled target, and the source system, whose secret goes out unencrypted."""
    return clear_secrets(ctx.settings.get(SOURCE_URL), ctx.settings.get(SOURCE_USER),
                         _targets(ctx), ctx.secrets)


def _targets(ctx: StationContext) -> list[tuple[str, str, str, str]]:
    with ctx.db.read() as session:
        return [(t.id, t.name, t.protocol, t.address) for t in session.scalars(
            select(DeliveryTarget).where(DeliveryTarget.enabled.is_(True))
            .order_by(DeliveryTarget.id))]


def clear_secrets(server: str, user: str, targets: list[tuple[str, str, str, str]],
                  secrets: SecretStore) -> list[ClearSecret]:
    found = []
    if source_in_clear(server, user):
        found.append(ClearSecret(None, "the source system", server, "source-system password"))
    for target_id, name, protocol, address in targets:
        if protocol in KEYED and sends_in_clear(address) \
                and secrets.get(key_name(target_id)) is not None:
            found.append(ClearSecret(target_id, name, address, KEYED[protocol]))
    return found
