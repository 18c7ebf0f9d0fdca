"""Pictures the console makes from content (Qt GUI classes only: QImage, QPainter; no
widgets), usable from the window, from delivery workers and from the command line once
a QGuiApplication exists (offscreen is enough)."""
