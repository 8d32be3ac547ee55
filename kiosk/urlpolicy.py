"""Pure allow/block decision for every URL the embedded browser meets.

Both Qt layers (main-frame navigation and the request interceptor) call
:meth:`UrlPolicy.decide`; nothing else decides. The URL is parsed, never
matched with a regular expression as a whole.

INTERFACE CONTRACT (implemented by the policy work, used by kiosk/ui):
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass


class RequestKind(enum.Enum):
    """What the browser is about to do with the URL."""

    NAVIGATION = "navigation"  # main frame (typed, link, redirect, form, window.open)
    SUBFRAME = "subframe"  # an iframe navigating
    SUBRESOURCE = "subresource"  # image, script, XHR, fetch, font, websocket …


class Reason(enum.Enum):
    """Why a URL was allowed or refused (stable codes, shown by check-url)."""

    ALLOWED = "allowed"
    ALLOWED_INTERNAL = "allowed-internal"  # about:blank, data:/blob: subresources …
    HANDOFF = "handoff"  # mailto:/tel:/sms: → shown as a QR code, never opened
    MALFORMED = "malformed"
    SCHEME_FORBIDDEN = "scheme-forbidden"  # file:, javascript:, view-source:, chrome: …
    SCHEME_UNKNOWN = "scheme-unknown"
    NOT_HTTPS = "not-https"
    USERINFO = "userinfo"  # https://caf.fr@evil.example
    IP_LITERAL = "ip-literal"
    IDN_LOOKALIKE = "idn-lookalike"
    HOST_NOT_LISTED = "host-not-listed"


@dataclass(frozen=True)
class Decision:
    """Result of :meth:`UrlPolicy.decide`.

    Attributes:
        allowed: Whether the browser may go on.
        reason: Stable reason code.
        host: Normalised host (lowercase, no trailing dot, punycode) or ``None``.
        detail: One plain French sentence for staff (never contains the URL).
    """

    allowed: bool
    reason: Reason
    host: str | None
    detail: str


class UrlPolicy:
    """Decide whether a URL may be loaded for a tile's allowed hosts."""

    def __init__(self, *, allow_loopback_http: bool = False) -> None:
        """Create the policy.

        Args:
            allow_loopback_http: Demo/test mode only: accept ``http://`` for
                hosts ending in ``.localhost`` (the local demo services).
        """
        self.allow_loopback_http = allow_loopback_http

    def decide(
        self, url: str, allowed_hosts: Sequence[str], kind: RequestKind = RequestKind.NAVIGATION
    ) -> Decision:
        """Return the decision for ``url`` under ``allowed_hosts``.

        ``allowed_hosts`` entries are ``"caf.fr"`` (this exact host) or
        ``"*.caf.fr"`` (any sub-domain of caf.fr, not caf.fr itself).
        """
        raise NotImplementedError
