"""Runtime hook of the frozen app: a windowed exe has no stdout/stderr at all.

Anything that writes to them (a library's print, a warning) would raise; send it to the
null device instead. The console's own logging goes to the log file in the data folder.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
