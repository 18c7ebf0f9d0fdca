"""A small multipart/form-data parser (the stdlib ``cgi`` module is gone in Python 3.13)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import HTTP


class MultipartError(ValueError):
    pass


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def _params(header_value: str) -> Message:
    msg = Message()
    msg["Content-Type"] = header_value
    return msg


def parse_multipart(body: bytes, content_type: str) -> dict[str, Part]:
    """Parts by form field name (the first part of each name wins)."""
    ctype = _params(content_type)
    if ctype.get_content_type() != "multipart/form-data":
        raise MultipartError("expected multipart/form-data")
    boundary = ctype.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise MultipartError("the multipart boundary is missing")
    delimiter = b"--" + boundary.encode("latin-1")
    # Prefix CRLF so the first delimiter looks like every other one.
    chunks = (b"\r\n" + body).split(b"\r\n" + delimiter)
    if len(chunks) < 3:
        raise MultipartError("no parts in the multipart body")
    parts: dict[str, Part] = {}
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break  # closing delimiter
        if chunk.startswith(b"\r\n"):
            chunk = chunk[2:]
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            raise MultipartError("a multipart part has no header end")
        headers = BytesHeaderParser(policy=HTTP).parsebytes(head + b"\r\n\r\n")
        disposition = headers.get("Content-Disposition", "")
        disp = Message()
        disp["Content-Disposition"] = str(disposition)
        name = disp.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise MultipartError("a multipart part has no name")
        filename = disp.get_filename()
        part_type = headers.get("Content-Type")
        parts.setdefault(name, Part(name, filename, str(part_type) if part_type else None, data))
    return parts
