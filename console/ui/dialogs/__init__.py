"""Dialogs shown before the main window: first run (create the admin) and login."""

from .first_run import FirstRunDialog
from .login import LoginDialog

__all__ = ["FirstRunDialog", "LoginDialog"]
