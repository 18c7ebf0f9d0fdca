"""Exceptions shared by the audio modules."""

from __future__ import annotations


class AudioToolError(RuntimeError):
    """ffmpeg is missing, failed, or produced something unusable.

    The message is a plain one-line reason fit to show an operator or print from
    `commune-console doctor`.
    """


class FfmpegTimeout(AudioToolError):
    """ffmpeg ran longer than the caller allowed and was stopped."""


class Cancelled(Exception):
    """The caller asked to stop; the ffmpeg process was terminated.

    Deliberately not an AudioToolError: a cancel is the operator's choice, not a
    failure to report. Any partial output file is left for the caller to remove.
    """
