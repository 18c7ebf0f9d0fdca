"""Dialogs: the first run (create the admin), passwords, accounts.

Signing in happens in the main window itself (console/ui/sign_in.py).
"""

from .first_run import FirstRunDialog

__all__ = ["FirstRunDialog"]
