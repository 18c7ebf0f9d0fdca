"""The sound formats the console writes for each kind of loudspeaker and board.

One place for the encoder settings, so that a pushed file, a programme render and the
re-encode of a file over the true-peak ceiling (console.audio.ceiling) agree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AudioFormat:
    """How one kind of target wants its sound: codec, rate, channels, container."""

    name: str
    ext: str
    mime: str
    codec: tuple[str, ...]
    # The same encoder set otherwise (another bitrate or quality), tried first for a file
    # that decodes over the true-peak ceiling (keep_under_ceiling()); None: lossless.
    alternative: tuple[str, ...] | None = None


def _mp3(rate: str, *quality: str) -> tuple[str, ...]:
    return ("-ar", rate, "-ac", "1", "-c:a", "libmp3lame", *quality, "-f", "mp3")


def _aac(bitrate: str) -> tuple[str, ...]:
    # ffmpeg's AAC encoder with its default coder ("twoloop") now and then makes a frame of
    # speech louder than its input: 3 of 20 three-minute bulletins at 96 kb/s decoded 1.7 to
    # 3.0 dB over the ceiling (-1.9 dBTP went in), and 128 kb/s did no better. Its "fast"
    # coder kept all of them, and every sample bulletin tried, within 0.2 dB of the input.
    return ("-ar", "44100", "-ac", "1", "-c:a", "aac", "-aac_coder", "fast", "-b:a", bitrate,
            "-movflags", "+faststart", "-f", "ipod")


# Clusters on the reference protocol and the Icecast source (it re-encodes what it streams):
# VBR MP3 keeps the level after decoding (CBR 128k came out 0.5 LU quieter).
MP3 = AudioFormat("mp3", "mp3", "audio/mpeg", _mp3("44100", "-q:a", "2"),
                  _mp3("44100", "-q:a", "1"))
# Vendor gateways: their clusters fetch every file over a 3G SIM, and speech carries at
# 22.05 kHz; a third of the bytes of the reference encode.
MP3_LOW = AudioFormat("mp3-low", "mp3", "audio/mpeg", _mp3("22050", "-b:a", "48k"),
                      _mp3("22050", "-b:a", "56k"))
# Boards that play sound (a reference board's speaker): AAC in MP4, what their players take.
M4A = AudioFormat("m4a", "m4a", "audio/mp4", _aac("96k"), _aac("128k"))
# This computer's sound card feeds a wired or FM transmitter: no second lossy step.
FLAC = AudioFormat("flac", "flac", "audio/flac",
                   ("-ar", "44100", "-ac", "1", "-c:a", "flac", "-f", "flac"))

FORMATS: dict[str, AudioFormat] = {f.name: f for f in (MP3, MP3_LOW, M4A, FLAC)}
