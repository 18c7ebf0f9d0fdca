"""Run inside the Anthias virtual environment (Python 3.13), never by pytest itself.

`anthias_runner.py server PORT`: fakeredis' TCP server on $ANTHIAS_TEST_REDIS_PORT, then the
ASGI application under uvicorn on 127.0.0.1:PORT.
`anthias_runner.py worker`: the Celery worker (`--pool=solo`) against that fakeredis.

Anthias hard-codes the Redis host `redis`; `connect_to_redis` is replaced before any of its
modules imports it by name. Its HTTP calls beyond this machine (`/api/v2/info` asks GitHub
for the latest release) are refused before they leave: Anthias treats that as being offline.
"""

import os
import sys


def _patch_redis() -> None:
    import anthias_common.utils as utils
    import redis

    port = int(os.environ["ANTHIAS_TEST_REDIS_PORT"])

    def connect_to_redis() -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=port, decode_responses=True, db=0)

    utils.connect_to_redis = connect_to_redis
    # The channel layer (asset-change notices to the web UI) hard-codes port 6379: the
    # settings module is imported once here and Django later reads the same object.
    from anthias_server.django_project import settings

    for host in settings.CHANNEL_LAYERS["default"]["CONFIG"]["hosts"]:
        host.update(host="127.0.0.1", port=port)


def _loopback_only() -> None:
    """Every `requests` call to a host other than loopback fails as a network error would."""
    from urllib.parse import urlsplit

    import requests.adapters

    send = requests.adapters.HTTPAdapter.send

    def loopback_send(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        host = urlsplit(request.url).hostname or ""
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise requests.exceptions.ConnectionError(
                f"test peer: no network beyond loopback ({host})", request=request)
        return send(self, request, *args, **kwargs)

    requests.adapters.HTTPAdapter.send = loopback_send  # type: ignore[method-assign]


def server(port: int) -> None:
    import threading

    from fakeredis import TcpFakeServer

    redis_server = TcpFakeServer(("127.0.0.1", int(os.environ["ANTHIAS_TEST_REDIS_PORT"])),
                                 server_type="redis")
    threading.Thread(target=redis_server.serve_forever, daemon=True).start()
    _patch_redis()
    import uvicorn

    uvicorn.run("anthias_server.django_project.asgi:application", host="127.0.0.1",
                port=port, lifespan="off", log_level="warning", workers=1)


def worker() -> None:
    _patch_redis()
    from anthias_server.celery_tasks import celery

    celery.worker_main(["worker", "--pool=solo", "--loglevel=INFO", "--without-gossip",
                        "--without-mingle", "--without-heartbeat"])


if __name__ == "__main__":
    _loopback_only()
    if sys.argv[1] == "server":
        server(int(sys.argv[2]))
    else:
        worker()
