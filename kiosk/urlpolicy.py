"""Pure allow/block decision for every URL the embedded browser meets.

Both Qt layers (main-frame navigation and the request interceptor) call
:meth:`UrlPolicy.decide`; nothing else decides. The URL is parsed with
:func:`urllib.parse.urlsplit`, never matched with a regular expression as a
whole.

Rules, in the order they are applied:

1. Control characters anywhere, or spaces around the URL → ``MALFORMED``
   (Chromium silently drops tabs and newlines, so a URL containing them does
   not mean what it seems to mean).
2. The scheme decides first:

   - ``https`` (and ``wss`` for sub-resources): checked further below;
   - ``http`` (and ``ws``): only for ``localhost``/``*.localhost`` when the
     policy was built with ``allow_loopback_http`` (demo and tests), else
     ``NOT_HTTPS``;
   - ``about:blank`` and ``about:srcdoc`` → ``ALLOWED_INTERNAL``;
   - ``data:`` → ``ALLOWED_INTERNAL`` for sub-resources (inline images,
     fonts), refused for main frames and sub-frames (a page written into the
     URL itself, the classic phishing trick);
   - ``blob:`` → refused for main frames; for sub-frames and sub-resources the
     blob's own origin (``blob:https://www.caf.fr/…``) must be allowed;
   - ``mailto:``, ``tel:``, ``sms:`` → ``HANDOFF`` (never opened, the UI shows
     a QR code);
   - ``file:``, ``javascript:``, ``view-source:``, ``chrome:``, ``devtools:``,
     ``qrc:``, ``filesystem:``, ``ftp:``, other ``about:`` pages … →
     ``SCHEME_FORBIDDEN``; ``ws``/``wss`` for anything but a sub-resource too;
   - anything else → ``SCHEME_UNKNOWN``.

3. The authority: empty host, whitespace or backslash, a percent sign in the
   host, an unparsable port → ``MALFORMED``; ``user@`` or ``user:pass@`` →
   ``USERINFO``; IPv6 ``[…]`` or any host whose last label is a number in one
   of the forms browsers accept (``1.2.3.4``, ``2130706433``, ``0x7f.1``,
   ``0177.0.0.1``) → ``IP_LITERAL``.
4. The host is lower-cased, loses one trailing dot and Unicode labels are
   IDNA-encoded to punycode. A port other than the scheme's default →
   ``PORT_NOT_ALLOWED`` (any port is fine for loopback demo hosts).
5. The host must equal a listed ``"host"`` or end with ``"." + suffix`` for a
   listed ``"*.suffix"``. A host with Unicode or ``xn--`` labels that are not
   written literally in the matching entry → ``IDN_LOOKALIKE``; otherwise
   ``HOST_NOT_LISTED``.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit


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
    PORT_NOT_ALLOWED = "port-not-allowed"  # https://caf.fr:8443/


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


#: Schemes handed to another device (the UI shows a QR code).
HANDOFF_SCHEMES = frozenset({"mailto", "tel", "sms"})

#: Schemes that are known and always refused.
FORBIDDEN_SCHEMES = frozenset(
    {
        "about",  # except about:blank and about:srcdoc
        "chrome",
        "chrome-devtools",
        "chrome-error",
        "chrome-extension",
        "chrome-search",
        "chrome-untrusted",
        "content",
        "devtools",
        "file",
        "filesystem",
        "ftp",
        "ftps",
        "gopher",
        "intent",
        "jar",
        "javascript",
        "qrc",
        "resource",
        "sftp",
        "smb",
        "vbscript",
        "view-source",
    }
)

_INTERNAL_ABOUT = frozenset({"blank", "srcdoc"})
_DEFAULT_PORTS = {"https": 443, "wss": 443, "http": 80, "ws": 80}
_SECURE = frozenset({"https", "wss"})
_SOCKETS = frozenset({"ws", "wss"})
_LABEL = re.compile(r"[a-z0-9_-]{1,63}")  # one already lower-cased ASCII label
_NUMBER = re.compile(r"(0x[0-9a-f]*|[0-9]+)")  # how browsers spot an IPv4 part
_MAX_HOST = 253

_DETAILS: dict[Reason, str] = {
    Reason.ALLOWED: "Le site {host} fait partie des sites prévus pour ce service.",
    Reason.ALLOWED_INTERNAL: "Contenu interne à la page, qui ne va vers aucun autre site.",
    Reason.HANDOFF: (
        "Ce lien ouvre une autre application (courriel, téléphone ou SMS) : "
        "la borne le montre sous forme de code QR au lieu de l'ouvrir."
    ),
    Reason.MALFORMED: "Cette adresse est mal écrite ou ambiguë, la borne ne l'ouvre pas.",
    Reason.SCHEME_FORBIDDEN: "Ce type d'adresse ({scheme}:) est bloqué sur la borne.",
    Reason.SCHEME_UNKNOWN: "Ce type d'adresse ({scheme}:) n'est pas connu de la borne.",
    Reason.NOT_HTTPS: (
        "Le site {host} est demandé sans connexion sécurisée (https), la borne refuse."
    ),
    Reason.USERINFO: (
        "L'adresse cache un nom d'utilisateur avant le vrai nom du site, une ruse connue : "
        "refusée."
    ),
    Reason.IP_LITERAL: (
        "L'adresse désigne un ordinateur par un numéro au lieu d'un nom de site : refusée."
    ),
    Reason.IDN_LOOKALIKE: (
        "Le nom du site {host} contient des lettres spéciales qui peuvent imiter "
        "un autre site : refusé."
    ),
    Reason.HOST_NOT_LISTED: "Le site {host} ne fait pas partie des sites prévus pour ce service.",
    Reason.PORT_NOT_ALLOWED: (
        "L'adresse demande une porte d'entrée inhabituelle (port) sur le site {host} : refusée."
    ),
}


def _decision(reason: Reason, host: str | None = None, scheme: str = "") -> Decision:
    allowed = reason in (Reason.ALLOWED, Reason.ALLOWED_INTERNAL)
    detail = _DETAILS[reason].format(host=host or "", scheme=scheme)
    return Decision(allowed, reason, host, detail)


class _RefusedError(Exception):
    """Raised inside the policy to stop at the first rule that refuses."""

    def __init__(self, reason: Reason, host: str | None = None, scheme: str = "") -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.host = host
        self.scheme = scheme


@dataclass(frozen=True)
class _Host:
    name: str  # lowercase ASCII (punycode), no trailing dot
    idn: bool  # written with Unicode or contains xn-- labels
    loopback: bool


def _normalise(raw: str) -> _Host:
    """Normalise a host as browsers do, or raise :class:`_RefusedError`."""
    if not raw or "%" in raw or any(ch.isspace() or ch == "\\" for ch in raw):
        raise _RefusedError(Reason.MALFORMED)
    if raw.startswith("[") or ":" in raw:
        raise _RefusedError(Reason.IP_LITERAL if raw.startswith("[") else Reason.MALFORMED)
    name = raw.lower()
    unicode_written = not name.isascii()
    if unicode_written:
        try:
            name = name.encode("idna").decode("ascii")
        except UnicodeError as error:
            raise _RefusedError(Reason.MALFORMED) from error
    if name.endswith("."):
        name = name[:-1]
    labels = name.split(".")
    if len(name) > _MAX_HOST or not all(_LABEL.fullmatch(label) for label in labels):
        raise _RefusedError(Reason.MALFORMED)
    if _NUMBER.fullmatch(labels[-1]):
        raise _RefusedError(Reason.IP_LITERAL)
    punycode = any(label.startswith("xn--") for label in labels)
    if unicode_written and not punycode:
        # Full-width letters, ideographic dots, "ß" … folded to plain ASCII by
        # the old IDNA rules while browsers may go elsewhere: never trust it.
        raise _RefusedError(Reason.IDN_LOOKALIKE)
    loopback = name == "localhost" or name.endswith(".localhost")
    return _Host(name, unicode_written or punycode, loopback)


#: The catalogue's hosts recur from tile to tile (FranceConnect…): normalised once.
#: Only listed hosts, never the hosts a person visits.
_normalise_listed = functools.lru_cache(maxsize=1024)(_normalise)


@dataclass(frozen=True)
class _HostList:
    exact: frozenset[str]
    suffixes: tuple[str, ...]  # ".caf.fr" for "*.caf.fr"


@functools.lru_cache(maxsize=512)
def _compile(patterns: tuple[str, ...]) -> _HostList:
    exact: set[str] = set()
    suffixes: list[str] = []
    for pattern in patterns:
        wildcard = pattern.startswith("*.")
        try:
            host = _normalise_listed(pattern[2:] if wildcard else pattern)
        except _RefusedError:
            continue  # reported by the catalogue; never widens the list
        if wildcard:
            suffixes.append("." + host.name)
        else:
            exact.add(host.name)
    return _HostList(frozenset(exact), tuple(suffixes))


def _listed(host: _Host, patterns: tuple[str, ...]) -> bool:
    compiled = _compile(patterns)
    if host.name in compiled.exact:
        return True
    for suffix in compiled.suffixes:
        if host.name.endswith(suffix):
            prefix = host.name[: -len(suffix)]
            # Labels matched by the "*" were not written by the catalogue's
            # author: they must not be internationalised.
            if not host.idn or not any(
                label.startswith("xn--") for label in prefix.split(".")
            ):
                return True
    return False


_PATTERN_PROBLEMS = {
    Reason.IP_LITERAL: "un numéro d'ordinateur (adresse IP) n'est pas permis",
    Reason.IDN_LOOKALIKE: "écrire le nom avec ses lettres exactes ou en punycode (xn--)",
    Reason.MALFORMED: "nom de site mal écrit",
}


def host_pattern_error(pattern: str) -> str | None:
    """Check one catalogue ``hosts`` entry.

    Args:
        pattern: ``"www.caf.fr"`` (exactly this host) or ``"*.caf.fr"`` (any
            sub-domain of caf.fr).

    Returns:
        ``None`` when the entry is usable, else a plain French explanation.
    """
    if not isinstance(pattern, str) or not pattern:
        return 'un nom de site est attendu, par exemple "www.caf.fr" ou "*.caf.fr"'
    body = pattern[2:] if pattern.startswith("*.") else pattern
    problem = ""
    if "/" in pattern:
        problem = "écrire seulement le nom du site, sans https:// ni chemin"
    elif "*" in body:
        problem = 'l\'étoile n\'est permise qu\'au début, sous la forme "*.site.fr"'
    else:
        try:
            host = _normalise_listed(body)
        except _RefusedError as error:
            problem = _PATTERN_PROBLEMS.get(error.reason, _PATTERN_PROBLEMS[Reason.MALFORMED])
        else:
            if body is not pattern and "." not in host.name and not host.loopback:
                problem = "trop large, l'étoile couvrirait tout un domaine"
    return f"« {pattern} » : {problem}" if problem else None


class UrlPolicy:
    """Decide whether a URL may be loaded for a tile's allowed hosts."""

    def __init__(self, *, allow_loopback_http: bool = False) -> None:
        """Create the policy.

        Args:
            allow_loopback_http: Demo/test mode only: accept ``http://`` (and
                any port) for ``localhost`` and hosts ending in ``.localhost``
                (the local demo services).
        """
        self.allow_loopback_http = allow_loopback_http

    def decide(
        self, url: str, allowed_hosts: Sequence[str], kind: RequestKind = RequestKind.NAVIGATION
    ) -> Decision:
        """Return the decision for ``url`` under ``allowed_hosts``.

        ``allowed_hosts`` entries are ``"caf.fr"`` (this exact host) or
        ``"*.caf.fr"`` (any sub-domain of caf.fr, not caf.fr itself).

        Callers holding a ``QUrl`` should pass its fully encoded form
        (``url.toString(QUrl.ComponentFormattingOption.FullyEncoded)``).
        """
        try:
            return self._decide(url, tuple(allowed_hosts), kind)
        except _RefusedError as refusal:
            return _decision(refusal.reason, refusal.host, refusal.scheme)

    def _decide(self, url: str, allowed_hosts: tuple[str, ...], kind: RequestKind) -> Decision:
        if (
            not url
            or url != url.strip()
            or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url)
        ):
            raise _RefusedError(Reason.MALFORMED)
        scheme, netloc, path = _split(url)
        if scheme in _DEFAULT_PORTS:
            if scheme in _SOCKETS and kind is not RequestKind.SUBRESOURCE:
                raise _RefusedError(Reason.SCHEME_FORBIDDEN, scheme=scheme)
            return _decision(Reason.ALLOWED, self._allowed_host(scheme, netloc, allowed_hosts))
        if scheme == "about" and path in _INTERNAL_ABOUT:
            return _decision(Reason.ALLOWED_INTERNAL)
        if scheme in HANDOFF_SCHEMES:
            return _decision(Reason.HANDOFF, scheme=scheme)
        if scheme == "data" and kind is RequestKind.SUBRESOURCE:
            return _decision(Reason.ALLOWED_INTERNAL)
        if scheme == "blob" and kind is not RequestKind.NAVIGATION:
            return _decision(Reason.ALLOWED_INTERNAL, self._blob_origin(path, allowed_hosts, kind))
        if scheme in FORBIDDEN_SCHEMES or scheme in ("data", "blob"):
            raise _RefusedError(Reason.SCHEME_FORBIDDEN, scheme=scheme)
        raise _RefusedError(Reason.SCHEME_UNKNOWN, scheme=scheme)

    def _blob_origin(
        self, inner: str, allowed_hosts: tuple[str, ...], kind: RequestKind
    ) -> str | None:
        """Check the origin a blob URL carries (``blob:https://host/uuid``)."""
        if inner.startswith("null/"):  # made by an opaque origin (sandboxed frame)
            if kind is RequestKind.SUBRESOURCE:
                return None
            raise _RefusedError(Reason.SCHEME_FORBIDDEN, scheme="blob")
        scheme, netloc, _ = _split(inner)
        if scheme not in ("https", "http"):
            raise _RefusedError(Reason.MALFORMED)
        return self._allowed_host(scheme, netloc, allowed_hosts)

    def _allowed_host(self, scheme: str, netloc: str, allowed_hosts: tuple[str, ...]) -> str:
        """Return the normalised host of an allowed network URL, else raise."""
        if not netloc or any(ch.isspace() or ch == "\\" for ch in netloc):
            raise _RefusedError(Reason.MALFORMED)
        if "@" in netloc:
            raise _RefusedError(Reason.USERINFO)
        if netloc.startswith("["):
            raise _RefusedError(Reason.IP_LITERAL)
        raw_host, colon, port_text = netloc.partition(":")
        port = _DEFAULT_PORTS[scheme]
        if colon and port_text:
            if not (port_text.isascii() and port_text.isdigit()) or int(port_text) > 65535:
                raise _RefusedError(Reason.MALFORMED)
            port = int(port_text)
        host = _normalise(raw_host)
        demo = self.allow_loopback_http and host.loopback
        if scheme not in _SECURE and not demo:
            raise _RefusedError(Reason.NOT_HTTPS, host.name)
        if port != _DEFAULT_PORTS[scheme] and not demo:
            raise _RefusedError(Reason.PORT_NOT_ALLOWED, host.name)
        if _listed(host, allowed_hosts):
            return host.name
        raise _RefusedError(Reason.IDN_LOOKALIKE if host.idn else Reason.HOST_NOT_LISTED, host.name)


def _split(url: str) -> tuple[str, str, str]:
    """Return scheme (lower-case), authority and path, or raise MALFORMED."""
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise _RefusedError(Reason.MALFORMED) from error
    if not parts.scheme:
        raise _RefusedError(Reason.MALFORMED)
    return parts.scheme, parts.netloc, parts.path
