"""eSpeak NG as a library, from the espeakng-loader wheel: Vietnamese speech with nothing
installed on the PC.

The wheel ships libespeak-ng (espeak-ng.dll on Windows) and its espeak-ng-data with the
northern, central and southern Vietnamese voices; the frozen app carries both. The library
is called directly through ctypes in synchronous mode: it hands the samples to a callback,
which writes them to a WAV (16-bit mono at the library's rate, 22 050 Hz). It keeps global
state, so one synthesis runs at a time; returning 1 from the callback stops it (cancel).
"""

from __future__ import annotations

import ctypes
import logging
import threading
import wave
from dataclasses import dataclass
from pathlib import Path

from ...text.translatable import QT_TRANSLATE_NOOP
from ..errors import AudioToolError, Cancelled
from .engine import DEFAULT_VOICE, SpeechUnavailable, Voice

logger = logging.getLogger(__name__)

AUDIO_OUTPUT_SYNCHRONOUS = 2
POS_CHARACTER = 1
CHARS_UTF8 = 1
ESPEAK_RATE = 1
EE_OK = 0
MIN_RATE, MAX_RATE = 80, 450  # the library's own limits (words per minute)

# The Vietnamese voices of espeak-ng-data/lang/aav: (what the library is given, label).
VOICES = (Voice("vi", "Vietnamese (Northern)"),
          Voice("vi-vn-x-central", "Vietnamese (Central)"),
          Voice("vi-vn-x-south", "Vietnamese (Southern)"))

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.c_void_p)
_lock = threading.Lock()
_state: dict[str, object] = {}


def bundle_paths() -> tuple[Path, Path] | None:
    """(the library, the folder holding espeak-ng-data) from the wheel, None without it."""
    try:
        import espeakng_loader
    except ImportError:
        return None
    try:
        library = Path(espeakng_loader.get_library_path())
        data = Path(espeakng_loader.get_data_path())
    except (RuntimeError, OSError) as exc:
        logger.warning("the bundled espeak-ng is incomplete: %s", exc)
        return None
    if not library.is_file() or not (data / "phontab").is_file():
        return None
    return library, data.parent


def _library() -> tuple[ctypes.CDLL, int]:
    """The initialised library and its sample rate (once per process)."""
    if "lib" in _state:
        return _state["lib"], int(_state["rate"])  # type: ignore[return-value]
    found = bundle_paths()
    if found is None:
        raise SpeechUnavailable("the bundled espeak-ng is missing (reinstall the console)")
    library, data_root = found
    try:
        lib = ctypes.CDLL(str(library))
    except OSError as exc:
        raise SpeechUnavailable(f"the bundled espeak-ng cannot be loaded: {exc}") from exc
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetVoiceByName.restype = ctypes.c_int
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_SetParameter.restype = ctypes.c_int
    lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                 ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p,
                                 ctypes.c_void_p]
    lib.espeak_Synth.restype = ctypes.c_int
    lib.espeak_Synchronize.restype = ctypes.c_int
    # The path is the folder that *contains* espeak-ng-data.
    rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                 str(data_root).encode("utf-8"), 0)
    if rate <= 0:
        raise SpeechUnavailable(f"the bundled espeak-ng did not start (data in {data_root})")
    _state["lib"], _state["rate"] = lib, rate
    logger.info("bundled espeak-ng loaded from %s (%d Hz)", library, rate)
    return lib, rate


@dataclass
class BundledEspeakEngine:
    """espeak-ng from the console's own files: always there, offline, Vietnamese."""

    name: str = "espeak-ng"

    @classmethod
    def find(cls) -> BundledEspeakEngine | None:
        return cls() if bundle_paths() is not None else None

    def voices(self) -> tuple[Voice, ...]:
        return VOICES

    def synthesize(self, text: str, voice: str, speed: int, out_wav: Path,
                   cancel: threading.Event | None = None) -> None:
        chunks: list[bytes] = []

        def collect(wav: ctypes.POINTER(ctypes.c_short), count: int,  # type: ignore[valid-type]
                    _events: int) -> int:
            if cancel is not None and cancel.is_set():
                return 1  # the library stops at once
            if count > 0 and wav:
                chunks.append(ctypes.string_at(wav, count * 2))
            return 0

        callback = _CALLBACK(collect)  # kept alive for the call below
        data = text.encode("utf-8") + b"\0"
        with _lock:
            lib, rate = _library()
            lib.espeak_SetSynthCallback(callback)
            if lib.espeak_SetVoiceByName((voice or DEFAULT_VOICE).encode("utf-8")) != EE_OK \
                    and lib.espeak_SetVoiceByName(DEFAULT_VOICE.encode("utf-8")) != EE_OK:
                raise SpeechUnavailable("the bundled espeak-ng has no Vietnamese voice")
            lib.espeak_SetParameter(ESPEAK_RATE, max(MIN_RATE, min(MAX_RATE, int(speed))), 0)
            result = lib.espeak_Synth(data, len(data), 0, POS_CHARACTER, 0, CHARS_UTF8,
                                      None, None)
            lib.espeak_Synchronize()
        if cancel is not None and cancel.is_set():
            raise Cancelled("speech synthesis was cancelled")
        if result != EE_OK or not chunks:
            raise AudioToolError(QT_TRANSLATE_NOOP(
                "Errors", "espeak-ng could not read the text (error {code})"),
                                 code=result)
        with wave.open(str(out_wav), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(b"".join(chunks))
