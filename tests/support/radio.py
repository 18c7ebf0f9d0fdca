"""A radio station's stream on 127.0.0.1, for relays (tiếp sóng): a minute of MP3 served as
audio/mpeg by a real HTTP server, at /vov1.mp3 (any other path answers 404)."""

from __future__ import annotations

import contextlib
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from console.audio.ffmpeg import ffmpeg_path, silent_popen_kwargs

PATH = "/vov1.mp3"


@contextlib.contextmanager
def serving_radio(folder: Path, seconds: int = 60) -> Iterator[str]:
    """The server's base URL while it runs (the stream is base + PATH)."""
    body_path = folder / "vov1.mp3"
    subprocess.run([str(ffmpeg_path()), "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                    f"sine=frequency=330:duration={seconds}", "-c:a", "libmp3lame", "-b:a",
                    "48k", str(body_path)], check=True, capture_output=True,
                   **silent_popen_kwargs())
    body = body_path.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != PATH:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "audio/mpeg")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the player hung up when the relay ended
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True, name="radio")
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
