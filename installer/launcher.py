"""Entry point of the frozen app (both the windowed and the console executable)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--keep-icecast-source"]:  # a stream keeper starts fast
        from console.delivery.icecast_keeper import keeper_main

        sys.exit(keeper_main())
    from console.cli.main import main

    sys.exit(main())
