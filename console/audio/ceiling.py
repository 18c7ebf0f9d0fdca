"""Files decoded and measured before they are kept: what plays stays under the ceiling."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from .formats import AudioFormat
from .loudness import Loudness

logger = logging.getLogger(__name__)

# How much further under the ceiling than a file went over it the next try's true-peak
# limiter is set (render._limiter()).
RETRY_HEADROOM_DB = 0.2
# Tries with the true-peak limiter: a click's peaks come out of the encoder higher than
# they went in (a field recording's, 1.9 dB with MP3), so each try lowers it again by what
# the last one was still over.
LOWERED_TRIES = 3


def keep_under_ceiling(fmt: AudioFormat, part: Path, ceiling_dbtp: float,
                       decoded: Callable[[Path], Loudness],
                       encode_again: Callable[[AudioFormat, tuple[str, ...], float], Path]
                       ) -> Loudness:
    """The file `part` as it decodes, once it is under the true-peak ceiling.

    What plays is the decoded file, and a lossy encoder can decode with higher peaks than
    went in: MP3 and AAC change the waveform, a low-rate MP3 more (a bulletin at -1.9 dBTP
    came out at -0.8), and an encoder can slip (_aac()). Short clicks pass the limiter too
    (it holds samples, not the peaks between them). A file over the ceiling is encoded
    again: first with the format's other settings (an encoder's slip, at the same
    loudness), then, with whichever settings did better, through a true-peak limiter set
    under the ceiling by what it is still over, a few times (it takes down only the
    peaks over it, so the loudness stays). The first file under the ceiling replaces `part`, or
    else the lowest of them all, with a warning.
    """
    found = decoded(part)
    over = found.true_peak_dbtp - ceiling_dbtp
    if over <= 0:
        return found
    codec, lower = fmt.codec, 0.0
    tries = [fmt.alternative] if fmt.alternative is not None else []
    tries += [None] * LOWERED_TRIES  # the settings that did best, lowered further
    last = found
    for alternative in tries:
        if alternative is None:
            lower += last.true_peak_dbtp - ceiling_dbtp + RETRY_HEADROOM_DB
        again = encode_again(fmt, alternative or codec, lower)
        last = decoded(again)
        logger.debug("%s encoded again (%s, true-peak limiter %.1f dB under the ceiling): "
                     "%.1f dBTP", fmt.name, " ".join(alternative or codec), lower,
                     last.true_peak_dbtp)
        if last.true_peak_dbtp < found.true_peak_dbtp:
            os.replace(again, part)
            found = last
            codec = alternative or codec
        if found.true_peak_dbtp <= ceiling_dbtp:
            logger.info("%s decoded %.1f dB over the true-peak ceiling; encoded again (%s, "
                        "true-peak limiter %.1f dB under the ceiling): %.1f dBTP", fmt.name,
                        over, " ".join(codec), lower, found.true_peak_dbtp)
            return found
        last = found if alternative is not None else last  # lower from the better one
    logger.warning("%s decodes at %.1f dBTP, over the ceiling of %.1f dBTP, however encoded",
                   fmt.name, found.true_peak_dbtp, ceiling_dbtp)
    return found
