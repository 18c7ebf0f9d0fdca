"""The composition root: opens the station, builds the services, owns the workers.

opening.py      open_station(): folder, backups, migrations, settings, the Department's presets
console_app.py  ConsoleApp: the station with its workers (live link, delivery, local playout)
live.py         LiveLink: the live feed and "sync now", with plain callbacks
playout.py      LocalPlayout: this computer's players
offsite_backups.py  OffsiteBackups: the daily backup to a USB drive or network folder

The window (console.ui.launch), the command line and the demo start from here; nothing
below this package looks a service up. Opening a station raises the database's errors
(re-exported here for the window): DatabaseCorrupt, DatabaseTooNew, DatabaseError.
"""

from ..db import DatabaseCorrupt, DatabaseError, DatabaseTooNew
from .opening import open_station

# ConsoleApp (console_app.py) is imported from its module: it brings Qt Multimedia for
# local playout, which the command line does not need.
__all__ = ["DatabaseCorrupt", "DatabaseError", "DatabaseTooNew", "open_station"]
