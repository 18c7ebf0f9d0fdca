"""The pages of the main window, one module each (see `base.py` for the rules a page
follows). Their order in the navigation is `console.ui.page_list.PAGE_CLASSES`.

Nothing is imported here: a module that needs one page's helpers (a settings section, the
audit log's names) imports that module alone, without every page and their imports.
"""
