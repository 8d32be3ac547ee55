"""The demo server (kiosk/demo): sites, files, redirects, request log, life cycle.

No Qt here: plain http.client against 127.0.0.1 with an explicit Host header
(the system resolver may not map *.localhost names).
"""

from __future__ import annotations

import http.client
import io
import json
import re
import socket
import ssl
import struct
import subprocess
import sys
import threading
import tomllib
import zipfile
import zlib
from html import unescape
from html.parser import HTMLParser
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

from kiosk.catalogue import catalogue_from_text
from kiosk.demo.html import BANNER_TEXT
from kiosk.demo.server import DemoServer, DemoTlsServer, site_of_host
from kiosk.demo.sites import SITES


class Answer:
    def __init__(self, response: http.client.HTTPResponse) -> None:
        self.status = response.status
        self.headers = response.headers
        self.body = response.read()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def header(self, name: str) -> str:
        return self.headers.get(name, "")


def fetch(server, site, path="/", method="GET", body=None, headers=None, context=None):
    """One request to ``site`` on ``server``, through 127.0.0.1 with a Host header."""
    if context is None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    else:
        conn = http.client.HTTPSConnection("127.0.0.1", server.port, timeout=20, context=context)
    host = f"{site}.demo.localhost:{server.port}" if site else f"127.0.0.1:{server.port}"
    all_headers = {"Host": host, **(headers or {})}
    try:
        conn.request(method, path, body=body, headers=all_headers)
        return Answer(conn.getresponse())
    finally:
        conn.close()


def post(server, site, path, body, content_type="application/x-www-form-urlencoded"):
    return fetch(server, site, path, "POST", body, {"Content-Type": content_type})


def follow(server, url, **kwargs):
    """Fetch an absolute demo URL (as a browser would after a redirect)."""
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.hostname.endswith(".demo.localhost")
    assert parts.port == server.port
    site = parts.hostname.removesuffix(".demo.localhost")
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return fetch(server, site, path, **kwargs)


class Elements(HTMLParser):
    """Every element with an id: its tag and attributes."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.by_id: dict[str, tuple[str, dict[str, str]]] = {}
        self.duplicates: list[str] = []
        self.metas: list[dict[str, str]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self.metas.append(values)
        if "id" in values:
            if values["id"] in self.by_id:
                self.duplicates.append(values["id"])
            self.by_id[values["id"]] = (tag, values)

    def attr(self, element_id: str, name: str) -> str:
        return self.by_id[element_id][1][name]


def login(server, site="caf"):
    answer = post(server, site, "/connexion", "identifiant=camille&motdepasse=secret")
    assert answer.status == 200
    return answer


def connected(server, site, cookie) -> bool:
    answer = fetch(server, site, "/api/etat", headers={"Cookie": cookie})
    return json.loads(answer.body)["connecte"]


def cookie_pair(answer: Answer) -> str:
    return answer.header("Set-Cookie").split(";", 1)[0]


@pytest.fixture(scope="module")
def demo():
    with DemoServer() as server:
        yield server


# -- every site, every page marked as a demo ----------------------------------

# fmt: off
CAF_PAGES = [
    "/", "/connexion", "/etat", "/residus", "/deconnexion", "/envoi", "/formulaire", "/video",
    "/fenetre", "/cache-http", "/meta-ailleurs", "/iframe-ailleurs", "/image-ailleurs",
    "/lent?s=0", "/permissions", "/glisser", "/nexiste-pas",
]
# fmt: on


@pytest.mark.parametrize("site", [*SITES, ""])
def test_each_site_home_shows_the_demo_banner_in_french(demo, site):
    answer = fetch(demo, site)
    assert answer.status == 200
    assert answer.header("Content-Type") == "text/html; charset=utf-8"
    page = Elements(answer.text)
    assert page.by_id["bandeau-demo"][0] == "p"
    assert BANNER_TEXT == "DÉMO — site fictif"
    assert f'id="bandeau-demo" role="note">{BANNER_TEXT}<' in answer.text
    assert '<html lang="fr">' in answer.text
    # own style inline, nothing fetched from elsewhere
    assert "<style>" in answer.text
    assert "<link" not in answer.text
    assert "https://" not in answer.text
    assert not page.duplicates


@pytest.mark.parametrize("path", CAF_PAGES)
def test_every_caf_page_carries_the_banner_before_its_content(demo, path):
    text = fetch(demo, "caf", path).text
    assert text.index(BANNER_TEXT) < text.index('<h2 id="titre">')
    assert not Elements(text).duplicates


def test_virtual_hosts_are_separate_sites(demo):
    caf = unescape(fetch(demo, "caf").text)
    impots = unescape(fetch(demo, "impots").text)
    assert "Caisse d'allocations — démo" in caf
    assert "Impôts — démo" in impots and "Caisse d'allocations" not in impots
    assert fetch(demo, "caf", "/attestation.pdf").status == 200
    assert fetch(demo, "impots", "/attestation.pdf").status == 404
    assert fetch(demo, "impots", "/avis.pdf").status == 200
    assert fetch(demo, "caf", "/avis.pdf").status == 404
    assert fetch(demo, "ailleurs", "/nimporte/quoi").text.count("Site non autorisé (démo)") >= 2
    assert fetch(demo, "inconnu").status == 404


def test_host_names_map_to_sites():
    assert site_of_host("caf.demo.localhost:8765") == "caf"
    assert site_of_host("CAF.Demo.Localhost.:8765") == "caf"
    assert site_of_host("127.0.0.1:8765") == ""
    assert site_of_host("example.org") == "example.org"


def test_home_page_has_every_element_the_ui_tests_use(demo):
    page = Elements(fetch(demo, "caf").text)
    ailleurs = demo.url("ailleurs", "/")
    same_name = (
        "connexion franceconnect envoi formulaire video residus redirection-ailleurs"
        " meta-ailleurs iframe-ailleurs image-ailleurs permissions glisser"
    )
    for name in same_name.split():
        assert page.attr(f"lien-{name}", "href") == f"/{name}"
    files = {"attestation": ".pdf", "photo": ".png", "programme": ".exe", "archive": ".zip"}
    for name, suffix in files.items():
        assert page.attr(f"lien-{name}", "href") == f"/{name}{suffix}"
    expected_hrefs = {
        "lien-ailleurs": ailleurs,
        "lien-ouvrir": f"/ouvrir?url={ailleurs}",
        "blank": demo.url("caf", "/fenetre"),
        "blank-ailleurs": ailleurs,
        "mailto": "mailto:contact@caf.demo.localhost",
        "tel": "tel:+33100000000",
    }
    for element_id, href in expected_hrefs.items():
        assert page.attr(element_id, "href") == href, element_id
    assert page.attr("blank", "target") == "_blank"
    assert page.attr("blank-ailleurs", "target") == "_blank"
    assert page.attr("imprimer", "onclick") == "window.print()"
    assert demo.url("caf", "/fenetre") in page.attr("popup", "onclick")
    assert "window.open" in page.attr("popup", "onclick")
    assert ailleurs in page.attr("popup-ailleurs", "onclick")


# -- files -------------------------------------------------------------------


def check_pdf(data: bytes) -> int:
    """Check header, trailer and every xref offset; return the page count."""
    assert data.startswith(b"%PDF-1.4\n")
    assert data.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[startxref : startxref + 4] == b"xref"
    table = data[startxref:].split(b"trailer", 1)[0]
    lines = table.split(b"\n")
    first, count = (int(x) for x in lines[1].split())
    assert first == 0
    entries = data[startxref + len(lines[0]) + len(lines[1]) + 2 :][: 20 * count]
    assert len(entries) == 20 * count
    size = int(re.search(rb"/Size (\d+)", data[startxref:]).group(1))
    assert size == count
    for number in range(count):
        entry = entries[20 * number : 20 * (number + 1)]
        offset, generation, kind = entry[:10], entry[11:16], entry[17:18]
        if number == 0:
            assert kind == b"f"
            continue
        assert kind == b"n" and generation == b"00000"
        at = int(offset)
        assert data[at:].startswith(b"%d 0 obj" % number), number
    for match in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        end = match.end() + int(match.group(1))
        assert data[end : end + 9] == b"endstream"
    return int(re.search(rb"/Type /Pages .*?/Count (\d+)", data).group(1))


def test_attestation_is_a_valid_two_page_pdf_to_download(demo):
    answer = fetch(demo, "caf", "/attestation.pdf")
    assert answer.header("Content-Type") == "application/pdf"
    assert answer.header("Content-Disposition").startswith("attachment;")
    assert check_pdf(answer.body) == 2
    # the heading is drawn in WinAnsi: "—" is 0x97 and "É" 0xC9
    assert b"(Attestation de paiement \x97 D\xc9MO) Tj" in answer.body


def test_impots_notice_is_a_valid_pdf(demo):
    answer = fetch(demo, "impots", "/avis.pdf")
    assert answer.header("Content-Disposition") == 'attachment; filename="avis.pdf"'
    assert check_pdf(answer.body) == 1


def check_png(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, chunks, idat = 8, [], b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        body = data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, kind
        chunks.append(kind)
        if kind == b"IDAT":
            idat += body
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert (depth, colour) == (8, 2)
        at += 12 + length
    assert chunks[0] == b"IHDR" and chunks[-1] == b"IEND"
    assert len(zlib.decompress(idat)) == height * (1 + 3 * width)
    return width, height


def test_photo_is_a_valid_png(demo):
    answer = fetch(demo, "caf", "/photo.png")
    assert answer.header("Content-Type") == "image/png"
    assert check_png(answer.body) == (96, 64)
    assert check_png(fetch(demo, "ailleurs", "/image.png").body) == (32, 32)
    assert check_png(fetch(demo, "impots", "/favicon.ico").body) == (16, 16)


def test_cached_image_says_it_may_be_cached(demo):
    answer = fetch(demo, "caf", "/image-cache.png")
    assert "max-age=86400" in answer.header("Cache-Control")
    check_png(answer.body)
    assert Elements(fetch(demo, "caf", "/cache-http").text).attr("image-cache", "src") == (
        "/image-cache.png"
    )


def test_executable_and_archive_are_offered_as_downloads(demo):
    exe = fetch(demo, "caf", "/programme.exe")
    assert exe.body.startswith(b"MZ")
    assert exe.header("Content-Disposition") == 'attachment; filename="programme.exe"'
    archive = fetch(demo, "caf", "/archive.zip")
    assert archive.header("Content-Type") == "application/zip"
    assert zipfile.ZipFile(io.BytesIO(archive.body)).namelist() == ["lisez-moi.txt"]


def test_video_page_plays_media_without_end(demo):
    page = Elements(fetch(demo, "caf", "/video").text)
    assert page.by_id["video"][0] == "video"
    assert {"autoplay", "muted"} <= page.by_id["video"][1].keys()
    assert page.attr("audio", "src") == "/son.wav"
    assert "loop" in page.by_id["audio"][1]
    wav = fetch(demo, "caf", "/son.wav")
    assert wav.header("Content-Type") == "audio/wav"
    data = wav.body
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8
    data_size = struct.unpack("<I", data[40:44])[0]
    assert data[36:40] == b"data" and data_size == len(data) - 44 > 0


# -- login, cookies, residue pages --------------------------------------------


def test_login_sets_an_httponly_session_the_server_recognises(demo):
    answer = login(demo)
    set_cookie = answer.header("Set-Cookie")
    assert set_cookie.startswith("demo_session=") and "HttpOnly" in set_cookie
    page = Elements(answer.text)
    assert "Bonjour, vous êtes connecté ou connectée" in answer.text
    assert page.by_id["etat"][0] == "p" and page.by_id["stockage"][0] == "p"
    for store in (
        "localStorage",
        "sessionStorage",
        "indexedDB",
        "caches.open",
        "serviceWorker.register('/sw.js')",
        "document.cookie",
    ):
        assert store in answer.text
    cookie = cookie_pair(answer)
    seen = fetch(demo, "caf", "/api/etat", headers={"Cookie": f"{cookie}; demo_js=present"})
    assert seen.header("Content-Type").startswith("application/json")
    assert seen.body == b'{"cookies": ["demo_js", "demo_session"], "connecte": true}'
    assert fetch(demo, "caf", "/api/etat").body == b'{"cookies": [], "connecte": false}'
    etat = Elements(fetch(demo, "caf", "/etat", headers={"Cookie": cookie}).text)
    assert etat.attr("etat", "data-connecte") == "oui"
    assert Elements(fetch(demo, "caf", "/etat").text).attr("etat", "data-connecte") == "non"


def test_a_session_from_one_site_is_not_valid_after_logout(demo):
    cookie = cookie_pair(login(demo, "impots"))
    assert connected(demo, "impots", cookie)
    out = fetch(demo, "impots", "/deconnexion", headers={"Cookie": cookie})
    assert "Max-Age=0" in out.header("Set-Cookie")
    assert not connected(demo, "impots", cookie)


def test_empty_login_is_refused_with_a_message(demo):
    answer = post(demo, "caf", "/connexion", "identifiant=&motdepasse=")
    assert answer.status == 400
    assert not answer.header("Set-Cookie")
    assert "Merci de remplir" in answer.text


def test_login_form_and_residue_page_have_their_ids(demo):
    form = Elements(fetch(demo, "caf", "/connexion").text)
    assert form.attr("identifiant", "name") == "identifiant"
    assert form.attr("motdepasse", "type") == "password"
    assert form.attr("valider", "type") == "submit"
    residus = fetch(demo, "caf", "/residus")
    assert residus.header("Cache-Control") == "no-store"
    assert Elements(residus.text).by_id["residus"][0] == "pre"
    probes = ("indexedDB.databases()", "caches.keys()", "getRegistrations()", "/api/etat")
    assert all(probe in residus.text for probe in probes)


def test_service_worker_is_served_as_javascript(demo):
    answer = fetch(demo, "caf", "/sw.js")
    assert answer.header("Content-Type") == "text/javascript; charset=utf-8"
    assert "skipWaiting" in answer.text


def test_form_fields_invite_autofill(demo):
    page = Elements(fetch(demo, "caf", "/formulaire").text)
    assert page.attr("nom", "autocomplete") == "name"
    assert page.attr("adresse", "autocomplete") == "street-address"
    assert page.attr("email", "autocomplete") == "email"
    sent = post(demo, "caf", "/formulaire", "nom=Camille+Exemple")
    assert "Merci" in sent.text and "Camille" not in sent.text


def test_upload_reports_size_and_type_but_never_the_file_name(demo):
    form = Elements(fetch(demo, "caf", "/envoi").text)
    assert form.attr("fichier", "type") == "file"
    assert form.attr("fichier", "accept") == ".pdf,.jpg,.png"
    png = fetch(demo, "caf", "/photo.png").body
    boundary = "----demo-boundary-42"
    body = (
        (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="fichier"; filename="nom-tres-prive.png"\r\n'
            "Content-Type: image/png\r\n\r\n"
        ).encode()
        + png
        + f"\r\n--{boundary}--\r\n".encode()
    )
    answer = post(demo, "caf", "/envoi", body, f"multipart/form-data; boundary={boundary}")
    assert answer.status == 200
    result = Elements(answer.text)
    assert result.attr("resultat", "data-taille") == str(len(png))
    assert result.attr("resultat", "data-type") == "image/png"
    assert result.attr("resultat", "data-format") == "PNG"
    assert "nom-tres-prive" not in answer.text
    empty = post(demo, "caf", "/envoi", b"", f"multipart/form-data; boundary={boundary}")
    assert empty.status == 400 and "Aucun fichier" in empty.text


def test_too_large_body_is_refused(demo):
    conn = http.client.HTTPConnection("127.0.0.1", demo.port, timeout=20)
    conn.putrequest("POST", "/envoi", skip_host=True)
    conn.putheader("Host", f"caf.demo.localhost:{demo.port}")
    conn.putheader("Content-Length", str(50 * 1024 * 1024))
    conn.endheaders()
    response = conn.getresponse()
    assert response.status == 413
    conn.close()


def test_head_request_sends_headers_only(demo):
    answer = fetch(demo, "caf", "/attestation.pdf", "HEAD")
    assert answer.status == 200 and answer.body == b""
    assert int(answer.header("Content-Length")) > 500


# -- redirects and pages leading off the list -----------------------------------


def test_franceconnect_round_trip_goes_through_the_identity_host(demo):
    first = fetch(demo, "caf", "/franceconnect")
    assert first.status == 302
    location = first.header("Location")
    assert location == demo.url("connexion", "/autoriser?retour=caf")
    chooser = follow(demo, location)
    assert "Se connecter avec" in chooser.text and "(démo)" in chooser.text
    back = Elements(chooser.text).attr("continuer", "href")
    assert back == demo.url("caf", "/connexion/retour")
    landed = follow(demo, back)
    assert "Bonjour, vous êtes connecté ou connectée" in landed.text
    cookie = cookie_pair(landed)
    assert connected(demo, "caf", cookie)


def test_identity_page_only_returns_to_known_sites(demo):
    page = Elements(fetch(demo, "connexion", f"/autoriser?retour={demo.url('ailleurs')}").text)
    assert "continuer" not in page.by_id
    assert page.attr("depuis-caf", "href") == demo.url("caf", "/franceconnect")
    impots = Elements(fetch(demo, "connexion", "/autoriser?retour=impots").text)
    assert impots.attr("continuer", "href") == demo.url("impots", "/connexion/retour")


def test_pages_that_lead_off_the_list_point_at_ailleurs(demo):
    ailleurs = demo.url("ailleurs", "/")
    redirect = fetch(demo, "caf", "/redirection-ailleurs")
    assert (redirect.status, redirect.header("Location")) == (302, ailleurs)
    meta = Elements(fetch(demo, "caf", "/meta-ailleurs").text).metas
    assert {"http-equiv": "refresh", "content": f"0; url={ailleurs}"} in meta
    iframe = Elements(fetch(demo, "caf", "/iframe-ailleurs").text)
    assert iframe.attr("cadre", "src") == demo.url("ailleurs", "/cadre")
    image = Elements(fetch(demo, "caf", "/image-ailleurs").text)
    assert image.attr("image", "src") == demo.url("ailleurs", "/image.png")


def test_open_redirect_goes_wherever_it_is_told(demo):
    target = "https://example.org/ailleurs?x=1"
    answer = fetch(demo, "caf", "/ouvrir?url=https%3A%2F%2Fexample.org%2Failleurs%3Fx%3D1")
    assert (answer.status, answer.header("Location")) == (302, target)


def test_slow_page_waits_then_answers(demo):
    answer = fetch(demo, "caf", "/lent?s=0.2")
    assert answer.status == 200
    assert "après 0.2 secondes" in answer.text
    assert "après 2 secondes" in fetch(demo, "caf", "/lent?s=abc").text


# -- request log ---------------------------------------------------------------


def test_request_log_records_host_and_path_only():
    with DemoServer() as server:
        assert server.requests_for("ailleurs") == []
        fetch(server, "caf", "/image-ailleurs?secret=1")
        fetch(server, "ailleurs", "/image.png")
        fetch(server, "caf", "/")
        assert server.requests_for("caf") == ["/image-ailleurs", "/"]
        assert server.requests_for("ailleurs") == ["/image.png"]
        assert server.requests_for("impots") == []
        server.clear_requests()
        assert server.requests_for("caf") == [] and server.requests_for("ailleurs") == []


# -- life cycle ----------------------------------------------------------------


def port_is_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_server_stops_cleanly_and_closes_its_port():
    server = DemoServer()
    server.start()
    port = server.port
    assert port > 0 and server.running and port_is_open(port)
    with pytest.raises(RuntimeError):
        server.start()
    server.stop()
    assert not server.running and not port_is_open(port)
    server.stop()  # twice is harmless


def test_stop_does_not_wait_for_a_slow_page():
    server = DemoServer()
    server.start()
    outcome = []

    def slow():
        try:
            outcome.append(fetch(server, "caf", "/lent?s=60").status)
        except (OSError, http.client.HTTPException) as error:
            outcome.append(type(error).__name__)

    worker = threading.Thread(target=slow, daemon=True)
    worker.start()
    for _ in range(100):
        if server.requests_for("caf"):
            break
        threading.Event().wait(0.05)
    server.stop()
    worker.join(timeout=20)
    assert not worker.is_alive()
    assert outcome and outcome[0] != 200


def test_two_servers_run_side_by_side_with_their_own_state():
    with DemoServer() as one, DemoServer() as two:
        assert one.port != two.port
        cookie = cookie_pair(login(one))
        assert connected(one, "caf", cookie)
        assert not connected(two, "caf", cookie)
        assert one.requests_for("caf") == ["/connexion", "/api/etat"]
        assert two.requests_for("caf") == ["/api/etat"]
        assert str(two.port) in two.url("caf") and str(one.port) not in two.url("caf")


def test_busy_fixed_port_falls_back_to_a_free_one():
    with DemoServer() as first:
        with DemoServer(first.port) as second:
            assert second.port not in (0, first.port)
            assert fetch(second, "caf").status == 200
        with pytest.raises(OSError):
            DemoServer(first.port, fallback=False).start()


def test_server_writes_nothing_to_stderr(capfd):
    with DemoServer() as server:
        fetch(server, "caf")
        fetch(server, "caf", "/nexiste-pas")
        with socket.create_connection(("127.0.0.1", server.port)) as raw:
            raw.sendall(b"NONSENSE\r\n\r\n")
            raw.recv(1000)
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


# -- https with a certificate no browser trusts ------------------------------------


def test_tls_variant_serves_a_certificate_that_is_refused(capfd):
    with DemoTlsServer() as server:
        assert server.url("caf", "/") == f"https://caf.demo.localhost:{server.port}/"
        certificate = server.certificate
        assert certificate is not None and certificate.exists()
        strict = ssl.create_default_context()
        with pytest.raises(ssl.SSLCertVerificationError):
            fetch(server, "caf", context=strict)
        # trusting exactly this certificate, for the demo host name, it works
        trusting = ssl.create_default_context(cafile=str(certificate))
        host = "caf.demo.localhost"
        with (
            socket.create_connection(("127.0.0.1", server.port), timeout=20) as raw,
            trusting.wrap_socket(raw, server_hostname=host) as tls,
        ):
            tls.sendall(f"GET / HTTP/1.0\r\nHost: {host}\r\n\r\n".encode())
            reply = b""
            while chunk := tls.recv(65536):
                reply += chunk
        assert reply.startswith(b"HTTP/1.0 200")
        assert BANNER_TEXT.encode() in reply
        assert 'start_url = "https://caf.demo.localhost:' in server.catalogue_text()
    assert not certificate.exists()
    assert capfd.readouterr().err == ""


# -- catalogue ------------------------------------------------------------------------


def test_catalogue_text_fills_the_port_and_leaves_ailleurs_out(demo):
    text = demo.catalogue_text()
    assert "{port}" not in text
    data = tomllib.loads(text)
    assert data["schema"] == 1
    tiles = {tile["id"]: tile for tile in data["tile"]}
    # aidants_connect: accompanied sessions only, opens the demo's connexion site
    assert set(tiles) == {"caf", "impots", "ameli", "aidants_connect"}
    assert tiles["aidants_connect"]["accompanied_only"] is True
    assert tiles["caf"]["start_url"] == demo.url("caf", "/")
    assert tiles["caf"]["hosts"] == ["caf.demo.localhost", "connexion.demo.localhost"]
    assert tiles["impots"]["organisme"] == "impots"
    for tile in tiles.values():
        assert tile["labels"]["fr"] and tile["labels"]["en"]
        assert not any("ailleurs" in host for host in tile["hosts"])
        site = tile["start_url"].split("//")[1].split(".demo.localhost")[0]
        assert fetch(demo, site).status == 200


def test_standalone_module_prints_the_address_of_each_site():
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.demo", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [process.stdout.readline() for _ in range(len(SITES) + 2)]
        addresses = dict(line.split() for line in lines[1:-1])
        assert set(addresses) == set(SITES)
        port = urlsplit(addresses["caf"]).port
        assert addresses["caf"] == f"http://caf.demo.localhost:{port}/"
        assert BANNER_TEXT in fetch(SimpleNamespace(port=port), "caf").text
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert process.stderr.read() == ""


def test_permission_page_asks_for_every_sensitive_permission(demo):
    page = Elements(fetch(demo, "caf", "/permissions").text)
    for name in ("geolocalisation", "notifications", "camera", "micro", "ecran"):
        assert f"demander('{name}'" in page.attr(name, "onclick")
        assert page.attr(f"resultat-{name}", "data-etat") == ""
    assert "requestFullscreen" in page.attr("plein-ecran", "onclick")
    assert "clipboard.readText" in page.attr("presse-papiers", "onclick")


def test_drag_page_offers_an_off_list_link_and_a_drop_zone(demo):
    page = Elements(fetch(demo, "caf", "/glisser").text)
    assert page.attr("lien-glisser", "href") == demo.url("ailleurs", "/")
    assert page.by_id["zone-depot"][0] == "div"
    assert page.attr("resultat-depot", "data-fichiers") == "0"
    assert Elements(fetch(demo, "caf").text).attr("fermer", "onclick") == "window.close()"


def test_demo_catalogue_loads_with_the_real_loader_without_problems(demo):
    catalogue = catalogue_from_text(demo.catalogue_text(), "demo")
    assert catalogue.problems == ()
    assert [tile.id for tile in catalogue.tiles] == ["caf", "impots", "ameli", "aidants_connect"]
    assert [t.id for t in catalogue.for_session(accompanied=False)] == ["caf", "impots", "ameli"]
    caf = catalogue.tile("caf")
    assert caf.start_url == demo.url("caf", "/")
    assert caf.logout_url == demo.url("caf", "/deconnexion")
    assert caf.label("fr") == "CAF (démo)" and caf.organisme == "caf"
    assert "connexion.demo.localhost" in caf.hosts
