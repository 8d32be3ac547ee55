"""A hostile site on an allowed host name, and an off-list sink that records leaks.

The borne's demo tiles allow ``caf.demo.localhost`` on any loopback port, so
a server of our own on another port plays "a page of an allowed service that
turned hostile" (compromised, or an open redirect). Every request reaching
any other host name (``ailleurs.demo.localhost``, an IP literal, a look-alike)
is a leak and is recorded; the answer carries ``#non-autorise`` so a page
shown anyway is visible too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ALLOWED = "caf.demo.localhost"
OFF_LIST = "ailleurs.demo.localhost"

LEAK_PAGE = b"<!doctype html><title>fuite</title><h1 id=non-autorise>Site non autoris\xc3\xa9</h1>"
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Route = Callable[[str, str], Answer]


class Hostile:
    """``http://caf.demo.localhost:PORT/<path>`` serves the routes; others leak."""

    def __init__(self) -> None:
        self.routes: dict[str, Answer] = {}
        self.leaks: list[tuple[str, str]] = []
        self.seen: list[str] = []
        self._lock = threading.Lock()
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
                path = self.path.split("?", 1)[0]
                with hostile._lock:
                    if host != ALLOWED:
                        hostile.leaks.append((host, path))
                    else:
                        hostile.seen.append(path)
                if host != ALLOWED:
                    answer = Answer(200, LEAK_PAGE if not path.endswith(".png") else PNG_1PX,
                                    {"Content-Type": "image/png" if path.endswith(".png")
                                     else "text/html; charset=utf-8"})
                else:
                    answer = hostile.routes.get(path) or Answer(
                        404, b"<!doctype html><p id=introuvable>404</p>",
                        {"Content-Type": "text/html; charset=utf-8"})
                self.send_response(answer.status)
                headers = {"Cache-Control": "no-store", **answer.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(answer.body)

            do_GET = do_POST = do_HEAD = do_PUT = _answer  # noqa: N815 - http.server API

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str = "/", host: str = ALLOWED) -> str:
        return f"http://{host}:{self.port}{path}"

    def off_list(self, path: str = "/") -> str:
        return self.url(path, OFF_LIST)

    def page(self, path: str, html: str, status: int = 200,
             headers: dict[str, str] | None = None) -> str:
        """Serve ``html`` at ``path`` on the allowed host; return its URL."""
        self.routes[path] = Answer(status, html.encode(), {
            "Content-Type": "text/html; charset=utf-8", **(headers or {})})
        return self.url(path)

    def raw(self, path: str, body: bytes, status: int = 200,
            headers: dict[str, str] | None = None) -> str:
        self.routes[path] = Answer(status, body, dict(headers or {}))
        return self.url(path)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
