"""A second console process on the shared database: opens the station the way the console
does (the database from COMMUNE_CONSOLE_DATABASE) and drains the delivery jobs with its own
dispatcher; prints how many jobs it acknowledged.

    python -m tests.shared_database.dispatch_child DATA_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sqlalchemy import func, select


def main() -> None:
    from console.app import open_station
    from console.delivery.dispatcher import Dispatcher
    from console.models import DeliveryJob

    ctx = open_station(Path(sys.argv[1]))
    dispatcher = Dispatcher(ctx, workers=4, timeout_s=10.0)
    try:
        number = dispatcher._claims.number if dispatcher._claims else 0
        print(json.dumps({"number": number}), flush=True)
        dispatcher.drain(timeout_s=120)
        with ctx.db.read() as session:
            left = session.scalar(select(func.count()).select_from(DeliveryJob).where(
                DeliveryJob.state.in_(["queued", "sending"])))
        print(json.dumps({"left": left}), flush=True)
    finally:
        dispatcher.close()
        ctx.close()


if __name__ == "__main__":
    main()
