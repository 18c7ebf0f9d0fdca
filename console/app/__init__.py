"""The composition root: opens the station, builds the services, owns the workers.

The window (console.ui.launch), the command line and the demo start from here; nothing
below this package looks a service up.
"""

from .opening import open_station

__all__ = ["open_station"]
