"""URL tricks typed or set by a page: schemes, userinfo, IDN, IP literals, host games.

Every case is tried twice in the real borne: as a browser-initiated load
(what an address bar, a bookmark or a drop would do: ``page.load``) and as a
page-initiated navigation (``location.href = …`` from an allowed page). The
borne must stay on the allowed service (or show its refusal screen), no
request may reach another host, and no other window may appear.

Known failures of other kiosks are in the ``known`` column of CASES.md.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from tests.escape.probe import assert_held
from tests.ui.web import open_tile, run_js

P = "{P}"  # the hostile server's port, filled in per test
OFF = f"ailleurs.demo.localhost:{P}"

CASES: list[tuple[str, str]] = [
    # -- schemes ----------------------------------------------------------
    ("file-passwd", "file:///etc/passwd"),
    ("file-root-listing", "file:///"),
    ("data-html", "data:text/html,<h1 id=non-autorise>page dans l'adresse</h1>"),
    ("data-base64", "data:text/html;base64,PGgxIGlkPW5vbi1hdXRvcmlzZT54PC9oMT4="),
    ("javascript", f"javascript:location.href='http://{OFF}/'"),
    ("view-source", f"view-source:http://caf.demo.localhost:{P}/"),
    ("chrome-version", "chrome://version/"),
    ("chrome-settings", "chrome://settings/"),
    ("chrome-downloads", "chrome://downloads/"),
    ("chrome-extension", "chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html"),
    ("devtools", "devtools://devtools/bundled/inspector.html"),
    ("qrc", "qrc:/qtwebengine/"),
    ("about-config", "about:config"),
    ("about-version", "about:version"),
    ("filesystem", f"filesystem:http://caf.demo.localhost:{P}/temporary/x.html"),
    ("ftp", f"ftp://{OFF}/"),
    ("ws-navigation", f"ws://{OFF}/"),
    ("intent", f"intent://{OFF}/#Intent;scheme=http;end"),
    ("unknown-scheme", "borne-secrete:ouvrir"),
    ("ms-settings", "ms-settings:network"),
    ("ssh-handler", f"ssh://{OFF}"),
    # -- userinfo ---------------------------------------------------------
    ("userinfo-allowed-as-user", f"http://caf.demo.localhost@{OFF}/"),
    ("userinfo-allowed-as-password", f"http://x:caf.demo.localhost@{OFF}/"),
    ("userinfo-port-lookalike", f"http://caf.demo.localhost:80@{OFF}/"),
    ("userinfo-on-allowed-host", f"http://moi:secret@caf.demo.localhost:{P}/"),
    # -- IDN --------------------------------------------------------------
    ("idn-cyrillic-a", f"http://c\u0430f.demo.localhost:{P}/"),
    ("idn-punycode", f"http://xn--cf-{P}.demo.localhost:{P}/".replace(f"xn--cf-{P}", "xn--f-7sb")),
    ("idn-fullwidth", f"http://\uff41\uff49\uff4c\uff4c\uff45\uff55\uff52\uff53.demo.localhost:{P}/"),
    # -- IP literals --------------------------------------------------------
    ("ip-dotted", f"http://127.0.0.1:{P}/"),
    ("ip-decimal", f"http://2130706433:{P}/"),
    ("ip-hex", f"http://0x7f000001:{P}/"),
    ("ip-octal", f"http://0177.0.0.1:{P}/"),
    ("ip-short", f"http://127.1:{P}/"),
    ("ip-v6-loopback", f"http://[::1]:{P}/"),
    ("ip-v4-mapped-v6", f"http://[::ffff:127.0.0.1]:{P}/"),
    # -- host games ---------------------------------------------------------
    ("trailing-dot", f"http://ailleurs.demo.localhost.:{P}/"),
    ("uppercase", f"HTTP://AILLEURS.DEMO.LOCALHOST:{P}/"),
    ("allowed-as-prefix", f"http://caf.demo.localhost.{OFF}/"),
    ("allowed-in-query", f"http://{OFF}/?u=caf.demo.localhost"),
    ("allowed-in-path", f"http://{OFF}/caf.demo.localhost/"),
    ("allowed-in-fragment", f"http://{OFF}/#caf.demo.localhost"),
    ("backslash-authority", f"http://{OFF}\\@caf.demo.localhost:{P}/"),
    ("tab-in-host", f"http://ail\tleurs.demo.localhost:{P}/"),
    ("percent-dot-host", f"http://ailleurs%2Edemo.localhost:{P}/"),
    ("port-of-another-service", f"http://impots.demo.localhost:{P}/"),
]


@pytest.mark.parametrize(("url",), [pytest.param(u, id=i) for i, u in CASES])
def test_url_trick_goes_nowhere(qtbot, borne, hostile, url):
    url = url.replace(P, str(hostile.port))
    page = open_tile(qtbot, borne, "caf")
    service = borne.window.service
    # 1. Browser-initiated, like an address bar or a bookmark.
    page.load(QUrl(url))
    assert_held(qtbot, borne, hostile)
    # 2. Page-initiated, from an allowed page.
    service.show_page()
    page = borne.window.session.page if borne.window.session else page
    run_js(qtbot, page, f"try {{ location.href = {url!r}; }} catch (e) {{}} return true;")
    assert_held(qtbot, borne, hostile)


@pytest.mark.parametrize("how", ["scheme-relative", "backslashes"])
def test_relative_authority_from_a_page(qtbot, borne, hostile, how):
    """``//host`` and ``\\\\host`` resolve against the page's scheme to another host."""
    target = f"//ailleurs.demo.localhost:{hostile.port}/" if how == "scheme-relative" \
        else f"\\\\ailleurs.demo.localhost:{hostile.port}/"
    page = open_tile(qtbot, borne, "caf")
    run_js(qtbot, page, f"location.href = {target!r}; return true;")
    assert_held(qtbot, borne, hostile)


def test_blob_top_level_navigation(qtbot, borne, hostile):
    """A page writes its own HTML into a blob and navigates the top frame to it
    (phishing pages served from ``blob:`` escape URL filters keyed on hosts)."""
    page = open_tile(qtbot, borne, "caf")
    blob = run_js(qtbot, page, "var b = new Blob(['<h1 id=non-autorise>blob</h1>'],"
                               "{type: 'text/html'}); return URL.createObjectURL(b);")
    assert blob.startswith("blob:")
    run_js(qtbot, page, f"location.href = {blob!r}; return true;")
    assert_held(qtbot, borne, hostile)
    borne.window.service.show_page()
    borne.window.session.page.load(QUrl(blob))
    assert_held(qtbot, borne, hostile)
