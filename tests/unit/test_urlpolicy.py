"""UrlPolicy: what the borne lets a person reach, and why it refuses the rest."""

from __future__ import annotations

import random
import string

import pytest

from kiosk.urlpolicy import Decision, Reason, RequestKind, UrlPolicy, host_pattern_error

CAF = ("caf.fr", "*.caf.fr", "app.franceconnect.gouv.fr", "xn--bcher-kva.example")
DEMO = ("caf.demo.localhost", "connexion.demo.localhost")

NAV = RequestKind.NAVIGATION
SUB = RequestKind.SUBRESOURCE
FRAME = RequestKind.SUBFRAME

A = Reason.ALLOWED
INT = Reason.ALLOWED_INTERNAL

# (url, kind, expected reason, expected host)
CASES: list[tuple[str, RequestKind, Reason, str | None]] = [
    # --- plain allowed cases
    ("https://caf.fr/", NAV, A, "caf.fr"),
    ("https://www.caf.fr/", NAV, A, "www.caf.fr"),
    ("https://wwwd.caf.fr/wps/portal/caffr/login", NAV, A, "wwwd.caf.fr"),
    ("https://a.b.c.caf.fr/x?y=z#f", NAV, A, "a.b.c.caf.fr"),
    ("https://app.franceconnect.gouv.fr/api/v1/authorize?x=1", NAV, A, "app.franceconnect.gouv.fr"),
    ("https://www.caf.fr/logo.png", SUB, A, "www.caf.fr"),
    ("https://www.caf.fr/frame.html", FRAME, A, "www.caf.fr"),
    ("https://www.caf.fr:443/", NAV, A, "www.caf.fr"),
    ("https://www.caf.fr:/", NAV, A, "www.caf.fr"),  # empty port = default
    # --- case, trailing dot, punycode
    ("HTTPS://WWW.CAF.FR/Page", NAV, A, "www.caf.fr"),
    ("https://Www.Caf.Fr/", NAV, A, "www.caf.fr"),
    ("https://www.caf.fr./", NAV, A, "www.caf.fr"),
    ("https://caf.fr./", NAV, A, "caf.fr"),
    ("https://www.caf.fr../", NAV, Reason.MALFORMED, None),
    ("https://xn--bcher-kva.example/", NAV, A, "xn--bcher-kva.example"),
    ("https://bücher.example/", NAV, A, "xn--bcher-kva.example"),
    ("https://BÜCHER.example/", NAV, A, "xn--bcher-kva.example"),
    # --- look-alike hosts that must never match caf.fr
    ("https://caf.fr.example.org/", NAV, Reason.HOST_NOT_LISTED, "caf.fr.example.org"),
    ("https://evilcaf.fr/", NAV, Reason.HOST_NOT_LISTED, "evilcaf.fr"),
    ("https://caf.fr-connexion.com/", NAV, Reason.HOST_NOT_LISTED, "caf.fr-connexion.com"),
    ("https://wwwcaf.fr/", NAV, Reason.HOST_NOT_LISTED, "wwwcaf.fr"),
    ("https://example.org/?u=caf.fr", NAV, Reason.HOST_NOT_LISTED, "example.org"),
    ("https://example.org/caf.fr", NAV, Reason.HOST_NOT_LISTED, "example.org"),
    ("https://example.org/#https://caf.fr", NAV, Reason.HOST_NOT_LISTED, "example.org"),
    ("https://franceconnect.gouv.fr/", NAV, Reason.HOST_NOT_LISTED, "franceconnect.gouv.fr"),
    ("https://fr/", NAV, Reason.HOST_NOT_LISTED, "fr"),
    ("https://ailleurs.example/", SUB, Reason.HOST_NOT_LISTED, "ailleurs.example"),
    # --- IDN look-alikes (Cyrillic а = U+0430, о = U+043E, с = U+0441)
    ("https://с\u0430f.fr/", NAV, Reason.IDN_LOOKALIKE, None),
    ("https://www.c\u0430f.fr/", NAV, Reason.IDN_LOOKALIKE, None),
    ("https://\u0430pp.franceconnect.gouv.fr/", NAV, Reason.IDN_LOOKALIKE, None),
    ("https://xn--80a.caf.fr/", NAV, Reason.IDN_LOOKALIKE, "xn--80a.caf.fr"),  # under "*.caf.fr"
    ("https://xn--caf-dma.fr/", NAV, Reason.IDN_LOOKALIKE, "xn--caf-dma.fr"),
    ("https://café.fr/", NAV, Reason.IDN_LOOKALIKE, "xn--caf-dma.fr"),
    ("https://ｃａｆ.fr/", NAV, Reason.IDN_LOOKALIKE, None),  # full-width letters
    ("https://caf\u3002fr/", NAV, Reason.IDN_LOOKALIKE, None),  # ideographic full stop
    # --- userinfo
    ("https://caf.fr@example.org/", NAV, Reason.USERINFO, None),
    ("https://user:pass@www.caf.fr/", NAV, Reason.USERINFO, None),
    ("https://@www.caf.fr/", NAV, Reason.USERINFO, None),
    ("https://www.caf.fr:443@evil.example/", NAV, Reason.USERINFO, None),
    # --- IP literals in every form browsers accept
    ("https://127.0.0.1/", NAV, Reason.IP_LITERAL, None),
    ("https://2130706433/", NAV, Reason.IP_LITERAL, None),
    ("http://2130706433/", NAV, Reason.IP_LITERAL, None),
    ("https://0x7f.1/", NAV, Reason.IP_LITERAL, None),
    ("https://0x7f000001/", NAV, Reason.IP_LITERAL, None),
    ("https://0177.0.0.1/", NAV, Reason.IP_LITERAL, None),
    ("https://127.1/", NAV, Reason.IP_LITERAL, None),
    ("https://[::1]/", NAV, Reason.IP_LITERAL, None),
    ("https://[2001:db8::1]:443/", SUB, Reason.IP_LITERAL, None),
    ("https://93.184.216.34/caf.fr", NAV, Reason.IP_LITERAL, None),
    # --- https only, default port only
    ("http://www.caf.fr/", NAV, Reason.NOT_HTTPS, "www.caf.fr"),
    ("http://www.caf.fr/image.png", SUB, Reason.NOT_HTTPS, "www.caf.fr"),
    ("https://www.caf.fr:8443/", NAV, Reason.PORT_NOT_ALLOWED, "www.caf.fr"),
    ("https://www.caf.fr:80/", NAV, Reason.PORT_NOT_ALLOWED, "www.caf.fr"),
    ("https://www.caf.fr:99999/", NAV, Reason.MALFORMED, None),
    ("https://www.caf.fr:44x/", NAV, Reason.MALFORMED, None),
    # --- forbidden and unknown schemes
    ("javascript:alert(1)", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("JavaScript:alert(1)", FRAME, Reason.SCHEME_FORBIDDEN, None),
    ("javascript:alert(1)", SUB, Reason.SCHEME_FORBIDDEN, None),
    ("file:///etc/passwd", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("file://localhost/home/", SUB, Reason.SCHEME_FORBIDDEN, None),
    ("view-source:https://www.caf.fr/", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("chrome://settings", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("chrome-extension://abc/page.html", SUB, Reason.SCHEME_FORBIDDEN, None),
    ("devtools://devtools/bundled/inspector.html", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("qrc:/kiosk/page.html", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("filesystem:https://www.caf.fr/temporary/x", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("ftp://ftp.caf.fr/", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("about:config", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("about:version", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("wss://www.caf.fr/socket", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("intent://scan/#Intent;scheme=zxing;end", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("steam://run/1", NAV, Reason.SCHEME_UNKNOWN, None),
    ("ms-settings:display", NAV, Reason.SCHEME_UNKNOWN, None),
    ("whatsapp://send?text=x", NAV, Reason.SCHEME_UNKNOWN, None),
    # --- internal pages and inline content
    ("about:blank", NAV, INT, None),
    ("about:blank#top", FRAME, INT, None),
    ("about:srcdoc", FRAME, INT, None),
    ("data:text/html,<script>alert(1)</script>", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("data:text/html;base64,PGgxPkNBRjwvaDE+", FRAME, Reason.SCHEME_FORBIDDEN, None),
    ("data:image/png;base64,iVBORw0KGgo=", SUB, INT, None),
    ("data:font/woff2;base64,d09GMgAB", SUB, INT, None),
    ("blob:https://www.caf.fr/5f1c2a7e-8d7b", NAV, Reason.SCHEME_FORBIDDEN, None),
    ("blob:https://www.caf.fr/5f1c2a7e-8d7b", SUB, INT, "www.caf.fr"),
    ("blob:https://www.caf.fr/5f1c2a7e-8d7b", FRAME, INT, "www.caf.fr"),
    ("blob:https://evil.example/5f1c2a7e", SUB, Reason.HOST_NOT_LISTED, "evil.example"),
    ("blob:null/5f1c2a7e", SUB, INT, None),
    ("blob:null/5f1c2a7e", FRAME, Reason.SCHEME_FORBIDDEN, None),
    ("blob:file:///x", SUB, Reason.MALFORMED, None),
    # --- web sockets to listed hosts are ordinary sub-resources
    ("wss://www.caf.fr/socket", SUB, A, "www.caf.fr"),
    ("wss://evil.example/socket", SUB, Reason.HOST_NOT_LISTED, "evil.example"),
    ("ws://www.caf.fr/socket", SUB, Reason.NOT_HTTPS, "www.caf.fr"),
    # --- handed to a phone as a QR code
    ("mailto:accueil@caf.fr", NAV, Reason.HANDOFF, None),
    ("MAILTO:accueil@caf.fr?subject=Bonjour", NAV, Reason.HANDOFF, None),
    ("tel:+33123456789", NAV, Reason.HANDOFF, None),
    ("sms:+33612345678?body=x", FRAME, Reason.HANDOFF, None),
    # --- malformed: nothing ambiguous goes through
    ("", NAV, Reason.MALFORMED, None),
    ("https://", NAV, Reason.MALFORMED, None),
    ("https:///caf.fr", NAV, Reason.MALFORMED, None),
    ("https:caf.fr", NAV, Reason.MALFORMED, None),
    ("//www.caf.fr/", NAV, Reason.MALFORMED, None),
    ("www.caf.fr", NAV, Reason.MALFORMED, None),
    ("https://caf.fr\\@evil.example/", NAV, Reason.MALFORMED, None),
    ("https://evil.example\\.caf.fr/", NAV, Reason.MALFORMED, None),
    ("https:\\\\www.caf.fr", NAV, Reason.MALFORMED, None),
    ("https://www.caf%2efr/", NAV, Reason.MALFORMED, None),
    ("https://%77ww.caf.fr/", NAV, Reason.MALFORMED, None),
    ("https://www.caf.fr\t.evil.example/", NAV, Reason.MALFORMED, None),
    ("java\nscript:alert(1)", NAV, Reason.MALFORMED, None),
    (" https://www.caf.fr/", NAV, Reason.MALFORMED, None),
    ("https://www.caf.fr/\x00", NAV, Reason.MALFORMED, None),
    ("https://www caf.fr/", NAV, Reason.MALFORMED, None),
    ("https://[::1/", NAV, Reason.MALFORMED, None),
    ("https://caf..fr/", NAV, Reason.MALFORMED, None),
    ("https://.caf.fr/", NAV, Reason.MALFORMED, None),
    ("https://ca*f.fr/", NAV, Reason.MALFORMED, None),
    ("https://" + "a" * 64 + ".caf.fr/", NAV, Reason.MALFORMED, None),
    ("https://www.caf.fr\uff03@evil.example/", NAV, Reason.MALFORMED, None),  # NFKC '#'
]


@pytest.mark.parametrize(("url", "kind", "reason", "host"), CASES)
def test_strict_policy(url: str, kind: RequestKind, reason: Reason, host: str | None) -> None:
    decision = UrlPolicy().decide(url, CAF, kind)
    assert decision.reason is reason, decision.detail
    assert decision.allowed is (reason in (Reason.ALLOWED, Reason.ALLOWED_INTERNAL))
    if host is not None:
        assert decision.host == host


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 60
    assert {reason for _, _, reason, _ in CASES} == set(Reason)


DEMO_CASES: list[tuple[bool, str, Reason]] = [
    (False, "http://caf.demo.localhost:8765/", Reason.NOT_HTTPS),
    (True, "http://caf.demo.localhost:8765/", Reason.ALLOWED),
    (True, "http://CAF.demo.localhost.:8765/connexion", Reason.ALLOWED),
    (True, "http://caf.demo.localhost/", Reason.ALLOWED),
    (True, "https://caf.demo.localhost:8443/", Reason.ALLOWED),
    (False, "https://caf.demo.localhost:8443/", Reason.PORT_NOT_ALLOWED),
    (False, "https://caf.demo.localhost/", Reason.ALLOWED),
    (True, "http://ailleurs.demo.localhost:8765/", Reason.HOST_NOT_LISTED),
    (True, "http://127.0.0.1:8765/", Reason.IP_LITERAL),
    (True, "http://[::1]:8765/", Reason.IP_LITERAL),
    (True, "http://www.caf.fr/", Reason.NOT_HTTPS),  # the flag is for loopback only
    (True, "http://caf.demo.localhost.evil.example:8765/", Reason.NOT_HTTPS),
    (True, "ws://connexion.demo.localhost:8765/ws", Reason.SCHEME_FORBIDDEN),
]


@pytest.mark.parametrize(("flag", "url", "reason"), DEMO_CASES)
def test_demo_loopback_http(flag: bool, url: str, reason: Reason) -> None:
    decision = UrlPolicy(allow_loopback_http=flag).decide(url, DEMO)
    assert decision.reason is reason, decision.detail


def test_websocket_to_demo_host_is_a_subresource() -> None:
    policy = UrlPolicy(allow_loopback_http=True)
    assert policy.decide("ws://connexion.demo.localhost:8765/ws", DEMO, SUB).allowed


def test_detail_is_french_and_never_contains_the_url() -> None:
    secret = "https://caf.fr@example.org/dossier?nom=Dupont&iban=FR76"
    for url, kind, _, _ in [*CASES, (secret, NAV, Reason.USERINFO, None)]:
        decision = UrlPolicy().decide(url, CAF, kind)
        assert isinstance(decision, Decision)
        assert decision.detail.endswith(".")
        if len(url) > 12:
            assert url not in decision.detail
        assert "Dupont" not in decision.detail
        assert "?" not in decision.detail


def test_wildcard_does_not_cover_the_bare_domain() -> None:
    policy = UrlPolicy()
    assert policy.decide("https://www.caf.fr/", ["*.caf.fr"]).allowed
    assert policy.decide("https://caf.fr/", ["*.caf.fr"]).reason is Reason.HOST_NOT_LISTED


def test_listed_hosts_are_normalised_too() -> None:
    policy = UrlPolicy()
    assert policy.decide("https://www.caf.fr/", ["WWW.CAF.FR."]).allowed
    assert policy.decide("https://www.xn--caf-dma.fr/", ["*.café.fr"]).allowed
    assert policy.decide("https://www.café.fr/", ["www.xn--caf-dma.fr"]).allowed


def test_broken_list_entries_never_widen_the_list() -> None:
    policy = UrlPolicy()
    broken = ["", "*", "*.", "https://caf.fr", "caf.fr/x", "127.0.0.1", "caf..fr"]
    for url in ("https://caf.fr/", "https://127.0.0.1/", "https://x.y/"):
        assert not policy.decide(url, broken).allowed


def test_empty_list_refuses_every_host() -> None:
    assert UrlPolicy().decide("https://www.caf.fr/", []).reason is Reason.HOST_NOT_LISTED


@pytest.mark.parametrize(
    ("pattern", "ok"),
    [
        ("caf.fr", True),
        ("*.caf.fr", True),
        ("app.franceconnect.gouv.fr", True),
        ("xn--bcher-kva.example", True),
        ("*.demo.localhost", True),
        ("WWW.CAF.FR", True),
        ("", False),
        ("*", False),
        ("*.fr", False),
        ("*.", False),
        ("caf.*", False),
        ("w*.caf.fr", False),
        ("https://www.caf.fr", False),
        ("www.caf.fr/", False),
        ("www.caf.fr:443", False),
        ("127.0.0.1", False),
        ("[::1]", False),
        ("caf..fr", False),
        ("user@caf.fr", False),
        ("ｃａｆ.fr", False),
    ],
)
def test_host_pattern_error(pattern: str, ok: bool) -> None:
    problem = host_pattern_error(pattern)
    assert (problem is None) is ok, problem
    if problem is not None:
        assert pattern in problem


# ---------------------------------------------------------------------------
# Property-style check: random hosts are allowed exactly when they are listed
# or sit under a listed "*.suffix", whatever their spelling.

ALPHABET = string.ascii_lowercase + string.digits + "-"
TRICKY_WORDS = ["caf", "fr", "gouv", "ameli", "www", "evil", "cafr", "frcaf", "xn--caf-dma"]


def _random_label(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(TRICKY_WORDS)
    first = rng.choice(string.ascii_lowercase)
    return first + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 6)))


def _random_host(rng: random.Random) -> str:
    return ".".join(_random_label(rng) for _ in range(rng.randint(1, 4)))


def _expected(host: str, patterns: list[str]) -> bool:
    for pattern in patterns:
        if pattern.startswith("*."):
            suffix = pattern[1:]
            if host.endswith(suffix) and "xn--" not in host[: -len(suffix)]:
                return True
        elif host == pattern:
            return True
    return False


def test_random_hosts_only_pass_when_listed() -> None:
    rng = random.Random(20261125)
    policy = UrlPolicy()
    allowed_seen = 0
    for _ in range(5000):
        patterns = [
            ("*." if rng.random() < 0.4 else "") + _random_host(rng) for _ in range(3)
        ]
        patterns = [p for p in patterns if host_pattern_error(p) is None]
        host = _random_host(rng)
        if rng.random() < 0.3 and patterns:  # often build a host near a pattern
            base = rng.choice(patterns).removeprefix("*.")
            host = rng.choice([base, f"{_random_label(rng)}.{base}", f"{base}.{_random_label(rng)}",
                               f"{_random_label(rng)}{base}", f"{base}{_random_label(rng)}"])
        spelled = rng.choice([host, host.upper(), host + ".", host.title()])
        decision = policy.decide(f"https://{spelled}/chemin?q={host}", patterns)
        if decision.reason is Reason.IP_LITERAL or decision.reason is Reason.MALFORMED:
            continue  # labels like "12" or "a--" in odd places: never allowed anyway
        assert decision.allowed is _expected(host, patterns), (host, patterns, decision)
        allowed_seen += decision.allowed
    assert allowed_seen > 200  # the generator really exercises the allowed side
