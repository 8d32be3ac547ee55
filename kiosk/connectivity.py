"""Is the network or the service unreachable? A pure decision from load errors.

QtWebEngine reports a failed load with an error *domain* and a *code*
(Chromium's ``net::`` error numbers, or an HTTP status). The borne then shows
its own calm screen, in plain words, with "Réessayer", instead of Chromium's
error page. The Qt side converts the Qt enums to the plain names used here
and maps the :class:`Outage` codes to translated sentences.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Outage(enum.Enum):
    """What went wrong, as the person can understand it (plain French codes)."""

    PAS_DE_RESEAU = "pas_de_reseau"
    """The borne itself has no Internet connection."""
    SERVICE_INJOIGNABLE = "service_injoignable"
    """The network works but the service's site does not answer."""
    SERVICE_EN_PANNE = "service_en_panne"
    """The site answers that it is out of order or overloaded (HTTP 5xx)."""


# Chromium net:: error codes (net/base/net_error_list.h), by meaning.
#: The machine has no usable network at all.
NO_NETWORK_CODES = frozenset({
    -106,  # INTERNET_DISCONNECTED
    -21,   # NETWORK_CHANGED
    -109,  # ADDRESS_UNREACHABLE
    -15,   # SOCKET_NOT_CONNECTED
    -130,  # PROXY_CONNECTION_FAILED
})
#: Something answered badly or not at all on the way to the service.
UNREACHABLE_CODES = frozenset({
    -7,    # TIMED_OUT
    -100,  # CONNECTION_CLOSED
    -101,  # CONNECTION_RESET
    -102,  # CONNECTION_REFUSED
    -103,  # CONNECTION_ABORTED
    -104,  # CONNECTION_FAILED
    -105,  # NAME_NOT_RESOLVED
    -118,  # CONNECTION_TIMED_OUT
    -137,  # NAME_RESOLUTION_FAILED
    -324,  # EMPTY_RESPONSE
})
#: Loads stopped on purpose (the person went elsewhere, a refusal, a stop()).
IGNORED_CODES = frozenset({
    -3,    # ABORTED
    -20,   # BLOCKED_BY_CLIENT (our own interceptor)
    -27,   # BLOCKED_BY_RESPONSE
})
#: HTTP statuses meaning "the service is down for now".
DOWN_STATUSES = frozenset({500, 502, 503, 504})


@dataclass(frozen=True)
class LoadFailure:
    """One failed main-frame load, as plain data.

    Attributes:
        domain: ``connection``, ``dns``, ``http``, ``certificate``,
            ``internal`` or ``none`` (QWebEngineLoadingInfo.ErrorDomain names,
            lower case, without "ErrorDomain"; ``http_status`` for the HTTP
            status code domain).
        code: Chromium net error (negative) or HTTP status.
    """

    domain: str
    code: int


def diagnose(failure: LoadFailure, network_online: bool | None = None) -> Outage | None:
    """Decide what to tell the person about a failed load.

    Args:
        failure: Domain and code of the failed load.
        network_online: What the system says about the network (``None``
            when unknown). ``False`` turns any reachability failure into
            :attr:`Outage.PAS_DE_RESEAU`.

    Returns:
        The outage to show, or ``None`` when the borne must not cover the page
        (a stop on purpose, a certificate error — the refused screen handles
        those — or an HTTP error page that the site itself explains).
    """
    domain = failure.domain.lower()
    code = failure.code
    outage: Outage | None = None
    if domain == "http_status":
        outage = Outage.SERVICE_EN_PANNE if code in DOWN_STATUSES else None
    elif domain not in ("connection", "dns", "internal", "http") or code in IGNORED_CODES:
        outage = None
    elif code in NO_NETWORK_CODES:
        outage = Outage.PAS_DE_RESEAU
    elif code in UNREACHABLE_CODES or domain == "dns":
        offline = network_online is False
        outage = Outage.PAS_DE_RESEAU if offline else Outage.SERVICE_INJOIGNABLE
    return outage
