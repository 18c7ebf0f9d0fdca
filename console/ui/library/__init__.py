"""The library page's parts (the page itself is console/ui/pages/library.py).

model.py         LibraryModel: a table over item ids, rows read a block at a time
table.py         LibraryTable: the list view (columns, widths, order)
delegates.py     the priority badge
filters.py       saved filters and filters with counts (kind, category, priority …)
preview.py       the preview panel: content, the board slide, details
audio.py         audio player with a waveform, loudness and true peak
video.py         video player
image_view.py    picture with zoom
slide_view.py    "how it will look on the board", page by page
details_view.py  all metadata, files, where used, revisions
import_dialog.py import report and the metadata editor of commune-made items
labels.py        plain, translated words for kinds, origins, languages …
"""
