"""The demo server: every fictitious site on one loopback port, by Host header.

Usage::

    with DemoServer() as demo:
        demo.url("caf", "/connexion")   # http://caf.demo.localhost:PORT/connexion
        demo.requests_for("ailleurs")   # paths the off-list site received

Standard library only; the server runs in a daemon thread and writes nothing
to stderr (no access log).
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kiosk.demo.routing import DEMO_DOMAIN, DemoState, Request, Response
from kiosk.demo.sites import dispatch

#: Port of ``kiosk run --demo`` (another free one is taken if it is busy).
DEFAULT_PORT = 8765

#: Largest request body accepted (uploads included).
MAX_BODY = 20 * 1024 * 1024

CATALOGUE_TEMPLATE = Path(__file__).resolve().parent / "catalogue.toml"

LOOPBACK = "127.0.0.1"


def site_of_host(host: str) -> str:
    """Return the demo site named by a Host header value.

    ``caf.demo.localhost:8765`` gives ``caf``; a bare loopback address gives
    ``""``; any other host is returned as is (it gets a 404 page).
    """
    name = host.strip().lower()
    if name.startswith("["):
        name = name.split("]", 1)[0] + "]"
    elif ":" in name:
        name = name.rsplit(":", 1)[0]
    name = name.rstrip(".")
    suffix = "." + DEMO_DOMAIN
    if name.endswith(suffix):
        return name[: -len(suffix)]
    if name in ("", LOOPBACK, "localhost", DEMO_DOMAIN):
        return ""
    return name


class _Handler(BaseHTTPRequestHandler):
    """Turns one HTTP request into a :class:`Request` for the sites."""

    server: _HttpServer
    server_version = "DemoBorne/1"
    sys_version = ""
    timeout = 30

    def setup(self) -> None:
        """Finish the TLS handshake in this thread (not in the accept loop)."""
        if isinstance(self.request, ssl.SSLSocket):
            self.request.settimeout(self.timeout)
            self.request.do_handshake()
        super().setup()

    def log_message(self, format: str, *args: object) -> None:
        """Log nothing: no URL, no address leaves the server."""

    def do_GET(self) -> None:
        """Answer GET."""
        self._serve(send_body=True)

    def do_POST(self) -> None:
        """Answer POST."""
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        """Answer HEAD (headers only)."""
        self._serve(send_body=False)

    def _read_body(self) -> bytes | None:
        """Read the request body; ``None`` when it is too large."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY:
            return None
        return self.rfile.read(length) if length > 0 else b""

    def _cookies(self) -> dict[str, str]:
        """Return the cookies the browser sent."""
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(self.headers.get("Cookie", ""))
        except CookieError:
            return {}
        return {name: morsel.value for name, morsel in jar.items()}

    def _serve(self, send_body: bool) -> None:
        """Record the request, ask the site, send its response."""
        state = self.server.state
        site = site_of_host(self.headers.get("Host", ""))
        parts = urlsplit(self.path)
        path = parts.path or "/"
        state.record(site, path)
        body = self._read_body()
        if body is None:
            response = Response(status=413, body=b"Trop gros", content_type="text/plain")
            self.close_connection = True
        else:
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            request = Request(self.command, site, path, query, self.headers, body, self._cookies())
            response = dispatch(state, request)
        if response.delay > 0 and state.stopping.wait(response.delay):
            return
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)


class _HttpServer(ThreadingHTTPServer):
    """Threaded HTTP(S) server holding the demo state; silent on errors."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, port: int, state: DemoState, tls: ssl.SSLContext | None = None) -> None:
        self.state = state
        self.tls = tls
        super().__init__((LOOPBACK, port), _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        """Accept a connection; wrap it in TLS without handshaking yet."""
        connection, address = super().get_request()
        if self.tls is not None:
            connection = self.tls.wrap_socket(
                connection, server_side=True, do_handshake_on_connect=False
            )
        return connection, address

    def handle_error(self, request: object, client_address: object) -> None:
        """Stay silent: a browser refusing our certificate is expected."""


class DemoServer:
    """All demo sites on one loopback port, started in a daemon thread.

    Args:
        port: Port to listen on; 0 picks any free port.
        fallback: When ``port`` is busy, take any free port instead of failing.
    """

    scheme = "http"

    def __init__(self, port: int = 0, *, fallback: bool = True) -> None:
        self._wanted_port = port
        self._fallback = fallback
        self._state = DemoState(self.scheme)
        self._httpd: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ---------------------------------------------------------

    def _tls_context(self) -> ssl.SSLContext | None:
        """Return the TLS context to serve with (none: plain http)."""
        return None

    def start(self) -> None:
        """Bind the port and serve in a daemon thread.

        Raises:
            RuntimeError: The server is already running.
            OSError: The port is busy and ``fallback`` is false.
        """
        if self._httpd is not None:
            raise RuntimeError("Le serveur de démonstration tourne déjà.")
        tls = self._tls_context()
        try:
            httpd = _HttpServer(self._wanted_port, self._state, tls)
        except OSError:
            if not self._fallback or self._wanted_port == 0:
                raise
            httpd = _HttpServer(0, self._state, tls)
        self._state.stopping.clear()
        self._state.port = httpd.server_address[1]
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.2},
            name="demo-server",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the port (safe to call twice)."""
        httpd, thread = self._httpd, self._thread
        self._httpd, self._thread = None, None
        if httpd is None:
            return
        self._state.stopping.set()
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses ----------------------------------------------------------

    @property
    def port(self) -> int:
        """Port served (0 before :meth:`start`)."""
        return self._state.port

    @property
    def running(self) -> bool:
        """Whether the server is serving."""
        return self._httpd is not None

    def url(self, site: str, path: str = "/") -> str:
        """Return the URL of ``path`` on demo site ``site``.

        Example: ``url("caf", "/connexion")`` gives
        ``http://caf.demo.localhost:PORT/connexion``.
        """
        return self._state.url(site, path)

    def catalogue_text(self) -> str:
        """Return the demo catalogue (TOML) with this server's port filled in."""
        text = CATALOGUE_TEMPLATE.read_text(encoding="utf-8")
        return text.replace("{port}", str(self.port))

    # -- request log --------------------------------------------------------

    def requests_for(self, site: str) -> list[str]:
        """Return the paths (no query) requested on ``site``, oldest first."""
        return self._state.requests_for(site)

    def clear_requests(self) -> None:
        """Forget every request recorded so far."""
        self._state.clear_requests()


class DemoTlsServer(DemoServer):
    """The same sites over https with a self-signed certificate.

    The certificate (for ``*.demo.localhost``) is made at start with the
    ``openssl`` command in a temporary folder and deleted at stop: no browser
    trusts it, so the borne must refuse these pages.
    """

    scheme = "https"

    def __init__(self, port: int = 0, *, fallback: bool = True) -> None:
        super().__init__(port, fallback=fallback)
        self._folder: Path | None = None

    @property
    def certificate(self) -> Path | None:
        """PEM file of the certificate served (``None`` when stopped)."""
        return None if self._folder is None else self._folder / "cert.pem"

    def _tls_context(self) -> ssl.SSLContext:
        """Make a fresh self-signed certificate and a server context using it."""
        folder = Path(tempfile.mkdtemp(prefix="borne-demo-tls-"))
        self._folder = folder
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-keyout",
                str(folder / "key.pem"),
                "-out",
                str(folder / "cert.pem"),
                "-days",
                "2",
                "-subj",
                f"/CN=caf.{DEMO_DOMAIN}",
                "-addext",
                f"subjectAltName=DNS:*.{DEMO_DOMAIN},DNS:caf.{DEMO_DOMAIN}",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
        return context

    def stop(self) -> None:
        """Stop serving and delete the certificate."""
        super().stop()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def catalogue_text(self) -> str:
        """Return the demo catalogue pointing at the https addresses."""
        return super().catalogue_text().replace("http://", "https://")
