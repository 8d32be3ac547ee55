"""What a demo site receives and returns, and the state the sites share."""

from __future__ import annotations

import json
import secrets
import threading
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import parse_qs

#: Every demo host is ``<site>.demo.localhost``.
DEMO_DOMAIN = "demo.localhost"

#: Name of the HttpOnly session cookie the login pages set.
SESSION_COOKIE = "demo_session"


@dataclass
class Request:
    """One HTTP request as a demo site sees it.

    Attributes:
        method: ``GET``, ``POST`` …
        site: Site name taken from the Host header (``caf``), ``""`` for a bare
            loopback address.
        path: Path without the query string.
        query: Query parameters (first value of each).
        headers: Request headers.
        body: Request body (empty for GET).
        cookies: Cookies the browser sent, by name.
    """

    method: str
    site: str
    path: str
    query: dict[str, str]
    headers: Message
    body: bytes = b""
    cookies: dict[str, str] = field(default_factory=dict)

    def form(self) -> dict[str, str]:
        """Return the urlencoded form fields of a POST body (first value of each)."""
        parsed = parse_qs(self.body.decode("utf-8", errors="replace"))
        return {key: values[0] for key, values in parsed.items()}


@dataclass
class Response:
    """What a demo site answers."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    delay: float = 0.0

    @classmethod
    def html(cls, text: str, status: int = 200) -> Response:
        """Return an HTML response."""
        return cls(status=status, body=text.encode("utf-8"))

    @classmethod
    def json(cls, data: object) -> Response:
        """Return a JSON response that no cache keeps."""
        return cls(
            body=json.dumps(data, ensure_ascii=False).encode("utf-8"),
            content_type="application/json; charset=utf-8",
            headers=[("Cache-Control", "no-store")],
        )

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Response:
        """Return a redirection to ``location``."""
        return cls(status=status, headers=[("Location", location)], content_type="text/plain")

    @classmethod
    def download(cls, data: bytes, content_type: str, filename: str) -> Response:
        """Return a file the browser should save (Content-Disposition: attachment)."""
        return cls(
            body=data,
            content_type=content_type,
            headers=[("Content-Disposition", f'attachment; filename="{filename}"')],
        )


class DemoState:
    """State shared by the sites of one server: URLs, sessions, request log."""

    def __init__(self, scheme: str = "http") -> None:
        """Start with no port (set once the socket is bound), no session, no request."""
        self.scheme = scheme
        self.port = 0
        self._lock = threading.Lock()
        self._sessions: set[str] = set()
        self._requests: dict[str, list[str]] = {}
        #: Set when the server stops, so slow answers end at once.
        self.stopping = threading.Event()

    def url(self, site: str, path: str = "/") -> str:
        """Return the absolute URL of ``path`` on demo site ``site``."""
        return f"{self.scheme}://{site}.{DEMO_DOMAIN}:{self.port}{path}"

    def new_session(self) -> str:
        """Create a session token the server will recognise."""
        token = secrets.token_hex(16)
        with self._lock:
            self._sessions.add(token)
        return token

    def end_session(self, token: str) -> None:
        """Forget a session token (log out)."""
        with self._lock:
            self._sessions.discard(token)

    def is_session(self, token: str | None) -> bool:
        """Tell whether ``token`` is a live session of this server."""
        with self._lock:
            return token is not None and token in self._sessions

    def record(self, site: str, path: str) -> None:
        """Remember that ``site`` received a request for ``path`` (no query)."""
        with self._lock:
            self._requests.setdefault(site, []).append(path)

    def requests_for(self, site: str) -> list[str]:
        """Return the paths requested on ``site`` so far, oldest first."""
        with self._lock:
            return list(self._requests.get(site, []))

    def clear_requests(self) -> None:
        """Forget the request log."""
        with self._lock:
            self._requests.clear()
