"""Entry point of the frozen app (both the windowed and the console executable)."""

import sys

from console.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
