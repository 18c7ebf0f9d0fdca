"""Everything about one item, in plain words: metadata, files, validity, use, revisions."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...services.library_details import ItemDetails
from ..labels import priority_label, programme_status_label
from .labels import (
    cache_label,
    format_day_time,
    format_duration,
    format_size,
    kind_label,
    language_label,
    origin_label,
    reviewed_label,
    validity_label,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def details_html(d: ItemDetails) -> str:
    position = translate("Details", "position {n}")
    revision = translate("Details", "Revision {n}")
    rows = [
        (translate("Details", "Title"), _e(d.title)),
        (translate("Details", "Priority"), _e(priority_label(d.priority))),
        (translate("Details", "Kind"), _e(kind_label(d.kind))),
        (
            translate("Details", "Category"),
            _e(" › ".join(d.category_path) or d.category_code or "—"),
        ),
        (translate("Details", "Issuer"), _e(d.issuer or "—")),
        (translate("Details", "Comes from"), _e(origin_label(d.origin))),
        (translate("Details", "Language"), _e(language_label(d.language))),
        (translate("Details", "Tags"), _e(", ".join(d.tags) or "—")),
        (translate("Details", "Published"), _e(format_day_time(d.published_at))),
        (translate("Details", "Valid from"), _e(format_day_time(d.valid_from) or "—")),
        (translate("Details", "Valid until"), _e(format_day_time(d.valid_until) or "—")),
        (translate("Details", "Validity now"), _e(validity_label(d.validity))),
        (
            translate("Details", "Review"),
            _e(
                translate("Details", "Made in the commune: needs the leader's approval")
                if d.local
                else reviewed_label(d.reviewed)
            ),
        ),
        (translate("Details", "Channels"), _e(", ".join(d.channels) or "—")),
        (translate("Details", "Length"), _e(format_duration(d.duration_s) or "—")),
        (translate("Details", "Revision"), _e(d.revision)),
        (translate("Details", "Received"), _e(format_day_time(d.received_at))),
        (translate("Details", "Changed at the source"), _e(format_day_time(d.updated_at) or "—")),
        (translate("Details", "Identifier"), _e(d.id)),
    ]
    if d.stream_url:
        rows.append((translate("Details", "Stream"), _e(d.stream_url)))
    if d.withdrawn:
        rows.append(
            (
                translate("Details", "Withdrawn"),
                _e(format_day_time(d.withdrawn_at) or translate("Details", "yes")),
            )
        )
    if d.requested_airings:
        airings = []
        for airing in d.requested_airings:
            if isinstance(airing, dict):
                airings.append(f"{airing.get('start') or '?'} → {airing.get('end') or '…'}")
        rows.append((translate("Details", "Requested airings"), _e("; ".join(airings))))
    parts = ['<table cellspacing="0" cellpadding="3">']
    parts += [
        f'<tr><td style="color:#4a5663; padding-right:12px">{k}</td><td>{v}</td></tr>'
        for k, v in rows
    ]
    parts.append("</table>")

    files_heading = translate("Details", "Files")
    parts.append(f"<h3>{_e(files_heading)}</h3>")
    if d.files:
        parts.append('<table cellspacing="0" cellpadding="3">')
        for f in d.files:
            state = cache_label("ready" if f.ready else "missing")
            parts.append(
                f"<tr><td><b>{_e(f.name)}</b><br>"
                f"{_e(f.role)} · {_e(f.mime)} · {_e(format_size(f.size))} · {_e(state)}<br>"
                f'<span style="font-family:monospace; color:#4a5663">sha256 {_e(f.sha256)}'
                "</span></td></tr>"
            )
        parts.append("</table>")
    else:
        no_files = translate("Details", "No files.")
        parts.append(f"<p>{_e(no_files)}</p>")

    used_heading = translate("Details", "Where it is used")
    parts.append(f"<h3>{_e(used_heading)}</h3>")
    if d.usages:
        parts.append("<ul>")
        for u in d.usages:
            when = format_day_time(u.start_at) or translate("Details", "no time set")
            parts.append(
                f"<li>{_e(u.programme_name)} · {_e(when)} · "
                f"{_e(programme_status_label(u.status))} · "
                f"{_e(position.format(n=u.position + 1))}</li>"
            )
        parts.append("</ul>")
    else:
        unused = translate("Details", "Not used in any programme yet.")
        parts.append(f"<p>{_e(unused)}</p>")

    revisions_heading = translate("Details", "Revisions seen")
    parts.append(f"<h3>{_e(revisions_heading)}</h3>")
    if d.revisions:
        parts.append("<ul>")
        parts += [
            f"<li>{_e(revision.format(n=r.revision))} · "
            f"{_e(format_day_time(r.received_at))} · {_e(r.title)}</li>"
            for r in d.revisions
        ]
        parts.append("</ul>")
    else:
        none_recorded = translate("Details", "None recorded.")
        parts.append(f"<p>{_e(none_recorded)}</p>")
    return "\n".join(parts)


class DetailsView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.details: ItemDetails | None = None

    def show_details(self, details: ItemDetails | None) -> None:
        self.details = details
        self.setHtml(details_html(details) if details is not None else "")

    def retranslate(self) -> None:
        self.show_details(self.details)
