"""Exceptions shared by the audio modules."""

from __future__ import annotations

from ..text.translatable import ExplainedError


class AudioToolError(ExplainedError, RuntimeError):
    """ffmpeg is missing, failed, or produced something unusable.

    str() is a plain one-line reason fit to print from `commune-console doctor`. Where a
    person can meet it, the reason is an English sentence with {named} fields marked for
    translation (console.text.translatable): `message` and `params` let the window show it
    in the interface's language (console.ui.errors.error_text).
    """


class FfmpegTimeout(AudioToolError):
    """ffmpeg ran longer than the caller allowed and was stopped."""


class Cancelled(Exception):
    """The caller asked to stop; the ffmpeg process was terminated.

    Deliberately not an AudioToolError: a cancel is the operator's choice, not a
    failure to report. Any partial output file is left for the caller to remove.
    """
