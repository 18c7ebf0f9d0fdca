"""The station's other PC, for the two-workstation scenario: a console process on the same
PostgreSQL database running the station's background work the way the window's process
does (console.app.ConsoleApp: delivery, the Zalo worker, the live link), and doing what its
editor does when told on stdin.

    python -m tests.scenarios.other_workstation DATA_DIR
    stdin:  {"submit": PROGRAMME_ID}  |  quit
    stdout: {"ready": WORKSTATION_NAME}, {"submitted": ID} or {"error": TEXT}, one per line
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    from console.app import open_station
    from console.app.console_app import ConsoleApp
    from console.db.database import workstation_name
    from console.models.enums import Role
    from console.services import programmes
    from console.services.permissions import Actor

    ctx = open_station(Path(sys.argv[1]))
    console = ConsoleApp(ctx).start()
    console.live.start(lambda *_event: None)
    editor = Actor("bientap", Role.EDITOR, "Nguyễn Thị Hoa")
    try:
        print(json.dumps({"ready": workstation_name()}), flush=True)
        for line in sys.stdin:
            if line.strip() == "quit":
                break
            command = json.loads(line)
            try:
                programmes.submit(ctx, editor, int(command["submit"]))
            except Exception as exc:  # said to the test, which fails with it
                print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
            else:
                print(json.dumps({"submitted": command["submit"]}), flush=True)
    finally:
        console.stop()
        ctx.close()


if __name__ == "__main__":
    main()
