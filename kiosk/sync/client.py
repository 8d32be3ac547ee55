"""HTTP talk with the federation server (standard library only).

:class:`FederationClient` sends one request and returns an :class:`Answer`
(any status) or raises :class:`NetworkError` (nothing came back). What an
answer *means* for the outbox is decided by :func:`classify`. Only hosts
are ever logged, never paths with ids, bodies or tokens.
"""

from __future__ import annotations

import enum
import http.client
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger("sync")

API = "/api/v1"
#: Longest wait a server may ask for with ``Retry-After`` (seconds).
MAX_RETRY_AFTER = 6 * 3600.0
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class AddressError(ValueError):
    """The federation address typed by staff cannot be used (French message)."""


def normalise_url(url: str) -> str:
    """Check a federation address and return it without trailing slash.

    ``https`` is required, except towards the borne itself (tests, a local
    relay) where plain ``http`` is accepted.

    Raises:
        AddressError: with a sentence staff can act on.
    """
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise AddressError(
            "L'adresse de la fédération doit commencer par https:// (par exemple "
            "https://federation.exemple.fr)."
        )
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise AddressError(
            "L'adresse de la fédération doit commencer par https:// : une adresse en "
            "http:// laisserait passer le jeton de la borne en clair."
        )
    if parts.query or parts.fragment:
        text = text.split("#", 1)[0].split("?", 1)[0]
    return text.rstrip("/")


class NetworkError(Exception):
    """No answer at all: no network, refused, cut or too slow.

    Attributes:
        code: ``injoignable``, ``delai_depasse`` or ``connexion_coupee``.
    """

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Answer:
    """An HTTP answer of the federation.

    Attributes:
        status: HTTP status.
        headers: Headers, names in lower case.
        body: Raw body.
    """

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:  # noqa: ANN401 - decoded JSON has no static type
        """Return the decoded JSON body (``None`` when it is not JSON)."""
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None

    @property
    def date(self) -> str | None:
        """The ``Date`` header."""
        return self.headers.get("date")

    def retry_after(self, now: datetime | None = None) -> float | None:
        """Seconds asked by ``Retry-After`` (bounded), or ``None``."""
        raw = self.headers.get("retry-after")
        if raw is None:
            return None
        raw = raw.strip()
        if raw.isdigit():
            return min(float(raw), MAX_RETRY_AFTER)
        try:
            when = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        delta = (when - (now or datetime.now(UTC))).total_seconds()
        return min(max(delta, 0.0), MAX_RETRY_AFTER)

    def error(self) -> tuple[str, str]:
        """Return the server's error ``(code, French message)``, with a fallback."""
        data = self.json()
        if isinstance(data, dict) and isinstance(data.get("message"), str):
            return str(data.get("code") or f"http_{self.status}"), str(data["message"])
        return f"http_{self.status}", f"La fédération a répondu par une erreur {self.status}."


class FederationClient:
    """Requests to one federation server.

    Args:
        base_url: Address checked by :func:`normalise_url`.
        timeout: Seconds before giving up on connecting or on a silent server.
        opener: urllib opener (default: one honouring the system proxy).
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 30.0,
        opener: urllib.request.OpenerDirector | None = None,
    ) -> None:
        self.base_url = normalise_url(base_url)
        self.host = urlsplit(self.base_url).hostname or ""
        self.timeout = timeout
        self._opener = opener or urllib.request.build_opener()

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        token: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        """Send one request and return the answer, whatever its status.

        Raises:
            NetworkError: when no complete answer came back.
        """
        headers = {"Accept": "application/json", "Connection": "close", **(headers or {})}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(
            self.base_url + API + path, data=body, headers=headers, method=method
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return Answer(response.status, _lower(response.headers), response.read())
        except urllib.error.HTTPError as error:
            try:
                content = error.read()
            except (OSError, http.client.HTTPException):
                content = b""
            return Answer(error.code, _lower(error.headers), content)
        except TimeoutError:
            raise NetworkError("delai_depasse") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise NetworkError("delai_depasse") from None
            log.info("federation %s unreachable (%s)", self.host, type(reason).__name__)
            raise NetworkError("injoignable") from None
        except (OSError, http.client.HTTPException) as error:
            log.info("connection to %s cut (%s)", self.host, type(error).__name__)
            raise NetworkError("connexion_coupee") from None

    def health(self) -> Answer:
        """Ask whether the server is up (its ``Date`` checks the borne's clock)."""
        return self.request("GET", "/health")

    def enrol(self, code: str, label: str) -> Answer:
        """Exchange a single-use code for a device id and a token."""
        body = json.dumps({"code": code.strip(), "label": label}).encode("utf-8")
        return self.request("POST", "/enrol", body)

    def post_batch(self, device_id: str, token: str, body: bytes) -> Answer:
        """Send one batch body exactly as stored in the outbox."""
        return self.request("POST", f"/devices/{device_id}/batches", body, token)

    def new_token(self, device_id: str, token: str) -> Answer:
        """Ask for a pending token (valid from its first use, see docs/protocole.md)."""
        return self.request("POST", f"/devices/{device_id}/token", b"", token)

    def token_state(self, device_id: str, token: str) -> Answer:
        """Ask where ``token`` stands; used with a pending token, this confirms it."""
        return self.request("GET", f"/devices/{device_id}/token", None, token)


def _lower(headers: Any) -> dict[str, str]:  # noqa: ANN401 - email.message.Message
    return {str(k).lower(): str(v) for k, v in headers.items()} if headers else {}


class Verdict(enum.Enum):
    """What an answer to a batch means for the outbox."""

    ACKNOWLEDGED = "acknowledged"  # stored now or earlier: remove from the outbox
    RETRY = "retry"  # server trouble: keep it, try again later
    REVOKED = "revoked"  # the token no longer works: stop and tell staff
    CONFLICT = "conflict"  # same id, other body (409): send the cells under a new id
    TOO_BIG = "too_big"  # 413: split it
    REFUSED = "refused"  # 400/422: quarantine, never retried alone


def classify(answer: Answer) -> Verdict:
    """Say what a batch answer means (see docs/protocole.md's table)."""
    status = answer.status
    if status in {200, 201}:
        return Verdict.ACKNOWLEDGED
    if status in {401, 403}:
        return Verdict.REVOKED
    if status == 409:
        return Verdict.CONFLICT
    if status == 413:
        return Verdict.TOO_BIG
    if status in {400, 422}:
        return Verdict.REFUSED
    return Verdict.RETRY
