"""Dialogs: where the data is (this PC or the station's server), the first run (create the
admin), passwords, accounts, and the admin's sign-in that a restore asks for
(console/ui/dialogs/login.py).

Signing in to the window happens in the main window itself (console/ui/sign_in.py).
"""

from .database_choice import DatabaseChoiceDialog
from .first_run import FirstRunDialog
from .login import LoginDialog

__all__ = ["DatabaseChoiceDialog", "FirstRunDialog", "LoginDialog"]
