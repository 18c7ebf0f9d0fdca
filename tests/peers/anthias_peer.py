"""The real Anthias server (its REST API v2) as a test peer, on loopback ports.

The console never ships or imports Anthias: the tests run its own source (a snapshot kept
beside the repository, `../shared/peers/anthias`, or wherever COMMUNE_CONSOLE_ANTHIAS_DIR
points) in a Python 3.13 virtual environment of its own, built once from the pins of its
`[dependency-groups].server` and cached outside the repository, keyed by the hash of the
peer's pyproject.toml and uv.lock. Redis is fakeredis' TCP server; a Celery worker
(`--pool=solo`) runs the video pipeline, which needs ffprobe (Debian's ffmpeg package).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[2]
PEER_ENV = "COMMUNE_CONSOLE_ANTHIAS_DIR"
PYTHON_ENV = "COMMUNE_CONSOLE_PYTHON313"
RUNNER = Path(__file__).with_name("anthias_runner.py")
# Beyond the peer's own pins: what replaces the Redis container.
EXTRA_PINS = ["fakeredis==2.40.0", "lupa==2.8"]
RECIPE = "1"  # bump when the way the environment is built changes
INTERNAL_CONTEXT = b"anthias-internal-api-v1"  # anthias_common/internal_auth.py


class PeerUnavailable(Exception):
    """No Python 3.13 here: the only reason the real-peer tests skip."""


def peer_dir() -> Path:
    configured = os.environ.get(PEER_ENV)
    folder = Path(configured) if configured else REPO.parent / "shared" / "peers" / "anthias"
    if not (folder / "pyproject.toml").is_file() or not (folder / "src").is_dir():
        raise FileNotFoundError(
            f"the Anthias server snapshot is not at {folder}: put it at ../shared/peers/anthias "
            f"beside the repository or point {PEER_ENV} at it")
    return folder


def python313() -> Path:
    """A Python 3.13 interpreter: $COMMUNE_CONSOLE_PYTHON313, pyenv's, or python3.13 on PATH."""
    candidates: list[Path] = []
    if os.environ.get(PYTHON_ENV):
        candidates.append(Path(os.environ[PYTHON_ENV]))
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    candidates += sorted(pyenv.glob("3.13*/bin/python3.13"), reverse=True)
    if found := shutil.which("python3.13"):  # may be a pyenv shim that is not enabled
        candidates.append(Path(found))
    for candidate in candidates:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            done = subprocess.run([str(candidate), "-c", "import sys; print(sys.version_info[:2])"],
                                  capture_output=True, text=True, timeout=30)
            if done.returncode == 0 and done.stdout.strip() == "(3, 13)":
                return candidate
    raise PeerUnavailable(
        "the real Anthias server needs Python 3.13 (none found: set "
        f"{PYTHON_ENV}, put python3.13 on PATH or install it with pyenv)")


def server_pins(peer: Path) -> list[str]:
    project = tomllib.loads((peer / "pyproject.toml").read_text(encoding="utf-8"))
    return [str(p) for p in project["dependency-groups"]["server"] if isinstance(p, str)]


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "commune-console-tests"


def venv_key(peer: Path, python: Path) -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "uv.lock"):
        path = peer / name
        digest.update(path.read_bytes() if path.is_file() else b"-")
    version = subprocess.run([str(python), "-c", "import sys; print(sys.version)"],
                             capture_output=True, text=True, check=True).stdout
    digest.update(version.encode() + RECIPE.encode() + " ".join(EXTRA_PINS).encode())
    return digest.hexdigest()[:16]


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_venv(peer: Path, python: Path) -> Path:
    """The peer's virtual environment, built on first use (a few minutes) and then reused.

    Several test processes may ask at once: a lock file makes one build and the others wait.
    """
    import fcntl

    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    venv = root / f"anthias-{venv_key(peer, python)}"
    ready = venv / "ready"
    if ready.is_file():
        return venv
    with (root / f"{venv.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if ready.is_file():
            return venv
        building = root / f"{venv.name}.building"
        shutil.rmtree(building, ignore_errors=True)
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([str(python), "-m", "venv", str(building)], check=True)
        # Console scripts carry the folder in their #! line; the tests only ever run
        # `python -m`, so building elsewhere and renaming is safe.
        pip = [str(venv_python(building)), "-m", "pip", "install", "-q",
               "--disable-pip-version-check", "--no-input"]
        done = subprocess.run([*pip, *server_pins(peer), *EXTRA_PINS],
                              capture_output=True, text=True)
        if done.returncode != 0:
            shutil.rmtree(building, ignore_errors=True)
            raise RuntimeError("the Anthias environment could not be built:\n"
                               + (done.stdout + done.stderr)[-4000:])
        building.rename(venv)
        ready.write_text(" ".join(server_pins(peer) + EXTRA_PINS) + "\n", encoding="utf-8")
    return venv


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def internal_token(secret: str) -> str:
    return hmac.new(secret.encode(), INTERNAL_CONTEXT, hashlib.sha256).hexdigest()


@dataclass
class AnthiasPeer:
    """A running Anthias server: its base URL and how to ask it what the screen plays."""

    url: str
    home: Path
    secret: str
    time_zone: str

    @property
    def assets_dir(self) -> Path:
        return self.home / "anthias_assets"

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return requests.request(method, f"{self.url}/api/v2{path}", timeout=30, **kwargs)

    def playlist(self) -> dict[str, Any]:
        """`GET /api/v2/viewer/playlist`: what the viewer would show now (the oracle)."""
        resp = self.api("GET", "/viewer/playlist",
                        headers={"X-Anthias-Internal-Token": internal_token(self.secret)})
        resp.raise_for_status()
        return dict(resp.json())

    def assets(self) -> list[dict[str, Any]]:
        resp = self.api("GET", "/assets")
        resp.raise_for_status()
        return list(resp.json())


def _env(peer: Path, home: Path, redis_port: int, secret: str, time_zone: str) -> dict[str, str]:
    redis = f"redis://127.0.0.1:{redis_port}/0"
    keep = {k: v for k, v in os.environ.items()
            if k in ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR")}
    return {**keep, "HOME": str(home.parent), "PYTHONPATH": str(peer / "src"),
            "DJANGO_SETTINGS_MODULE": "anthias_server.django_project.settings",
            "ENVIRONMENT": "test", "ANTHIAS_TEST_DB_PATH": str(home.parent / ".anthias" /
                                                               "anthias.db"),
            "SENTRY_DSN": "", "TZ": time_zone, "REDIS_HOST": "127.0.0.1",
            "ANTHIAS_TEST_REDIS_PORT": str(redis_port), "CELERY_BROKER_URL": redis,
            "CELERY_RESULT_BACKEND": redis, "ANTHIAS_INTERNAL_TOKEN": secret,
            "DEVICE_TYPE": "x86", "PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def _tail(path: Path) -> str:
    with contextlib.suppress(OSError):
        return path.read_text(errors="replace")[-3000:]
    return ""


@contextlib.contextmanager
def running_anthias(workdir: Path, *, host_zone: str = "UTC", board_zone: str | None = None,
                    worker: bool = True) -> Iterator[AnthiasPeer]:
    """Start the real server (and its Celery worker) in `workdir`; stop both on exit."""
    if sys.platform != "linux":
        raise PeerUnavailable("the Anthias server runs on Linux only")
    peer = peer_dir()
    venv = ensure_venv(peer, python313())
    if worker and shutil.which("ffprobe") is None:
        raise RuntimeError("Anthias' video pipeline needs ffprobe on PATH "
                           "(Debian: apt-get install ffmpeg)")
    home = workdir / "home" / ".anthias"  # the server's configdir, under $HOME
    home.mkdir(parents=True)
    (workdir / "home" / "anthias_assets").mkdir()
    default = peer / "ansible" / "roles" / "anthias" / "files" / "anthias.conf"
    config = default.read_text(encoding="utf-8") if default.is_file() else "[main]\n"
    lines = [line for line in config.splitlines()
             if not line.strip().startswith(("analytics_opt_out", "timezone"))]
    at = next((n for n, line in enumerate(lines) if line.strip() == "[main]"), None)
    # No telemetry; the zone is the host's (TZ) unless the board's owner chose one.
    extra = ["analytics_opt_out = True", f"timezone = {board_zone or ''}"]
    lines = (lines[:at + 1] + extra + lines[at + 1:]) if at is not None else (
        ["[main]", *extra, *lines])
    (home / "anthias.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
    secret = hashlib.sha256(os.urandom(16)).hexdigest()
    redis_port, http_port = free_port(), free_port()
    env = _env(peer, home, redis_port, secret, host_zone)
    python = str(venv_python(venv))
    migrate = subprocess.run([python, "-m", "anthias_server.manage", "migrate", "--noinput"],
                             env=env, cwd=workdir, capture_output=True, text=True)
    if migrate.returncode != 0:
        raise RuntimeError(f"Anthias' migrate failed: {migrate.stderr[-3000:]}")
    server_log, worker_log = workdir / "server.log", workdir / "worker.log"
    server = worker_proc = None
    try:
        with server_log.open("wb") as out:
            server = subprocess.Popen([python, str(RUNNER), "server", str(http_port)],
                                      env=env, cwd=workdir, stdout=out,
                                      stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{http_port}"
        deadline = time.monotonic() + 90
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"the Anthias server stopped: {_tail(server_log)}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{url}/api/v2/assets", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"the Anthias server did not answer: {_tail(server_log)}")
            time.sleep(0.2)
        if worker:
            with worker_log.open("wb") as out:
                worker_proc = subprocess.Popen([python, str(RUNNER), "worker"], env=env,
                                               cwd=workdir, stdout=out,
                                               stderr=subprocess.STDOUT)
            deadline = time.monotonic() + 90
            while "ready." not in _tail(worker_log):
                if worker_proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the Celery worker did not start: {_tail(worker_log)}")
                time.sleep(0.2)
        yield AnthiasPeer(url, workdir / "home", secret, board_zone or host_zone)
    finally:
        _stop(worker_proc)
        _stop(server)
