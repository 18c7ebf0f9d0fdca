"""Dialogs shown before the main window: where the data is (this PC or the station's
server), first run (create the admin) and login."""

from .database_choice import DatabaseChoiceDialog
from .first_run import FirstRunDialog
from .login import LoginDialog

__all__ = ["DatabaseChoiceDialog", "FirstRunDialog", "LoginDialog"]
