"""The CAF-like demo site (``caf.demo.localhost``): one path per thing to test."""

from __future__ import annotations

from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html import escape

from kiosk.demo import files, trials
from kiosk.demo.account import account_route, login_form
from kiosk.demo.html import links, page
from kiosk.demo.routing import DemoState, Request, Response
from kiosk.demo.scripts import PLAY_MEDIA

SITE = "caf"
MAX_SLOW_SECONDS = 60.0

ATTESTATION_PAGES = (
    (
        "Attestation de paiement — DÉMO",
        "Caisse d'allocations — démo (organisme fictif)",
        "Document de démonstration, sans aucune valeur.",
        "Allocataire : Camille Exemple (personne fictive)",
        "Montant versé en octobre : 123,45 € (fictif)",
    ),
    (
        "Attestation de paiement — DÉMO (page 2)",
        "Fin du document de démonstration.",
    ),
)


def home(state: DemoState) -> Response:
    """Return the home page linking to every test path."""
    ailleurs = state.url("ailleurs", "/")
    usual = [
        ("lien-connexion", "/connexion", "Me connecter"),
        ("lien-franceconnect", "/franceconnect", "Se connecter avec Connexion-Démo"),
        ("lien-attestation", "/attestation.pdf", "Attestation de paiement (PDF)"),
        ("lien-envoi", "/envoi", "Envoyer un justificatif"),
        ("lien-formulaire", "/formulaire", "Mes coordonnées"),
        ("lien-deconnexion", "/deconnexion", "Me déconnecter"),
    ]
    trials = [
        ("lien-etat", "/etat", "Ce que le site sait de moi"),
        ("lien-residus", "/residus", "Ce que le navigateur garde"),
        ("lien-photo", "/photo.png", "Photo (PNG)"),
        ("lien-programme", "/programme.exe", "Programme (à refuser)"),
        ("lien-archive", "/archive.zip", "Archive ZIP (à refuser)"),
        ("lien-video", "/video", "Vidéo qui joue en continu"),
        ("lien-lent", "/lent?s=3", "Page lente (3 secondes)"),
        ("lien-cache-http", "/cache-http", "Image gardée en cache"),
        ("lien-fenetre", "/fenetre", "Page « fenêtre »"),
        ("lien-impression-cadre", "/impression-cadre", "Imprimer depuis un cadre caché"),
        ("lien-permissions", "/permissions", "Demandes d'autorisations"),
        ("lien-glisser", "/glisser", "Glisser et déposer"),
        ("lien-redirection-ailleurs", "/redirection-ailleurs", "Redirection vers ailleurs"),
        ("lien-meta-ailleurs", "/meta-ailleurs", "Rafraîchissement vers ailleurs"),
        ("lien-iframe-ailleurs", "/iframe-ailleurs", "Cadre d'un site ailleurs"),
        ("lien-image-ailleurs", "/image-ailleurs", "Image venant d'ailleurs"),
        ("lien-ouvrir", f"/ouvrir?url={ailleurs}", "Redirection ouverte vers ailleurs"),
        ("lien-ailleurs", ailleurs, "Site non autorisé"),
        ("lien-impots", state.url("impots", "/"), "Site des impôts (autre tuile)"),
        ("lien-data", "data:text/html,<p>page data</p>", "Lien data:"),
        ("lien-javascript", "javascript:document.title='js'", "Lien javascript:"),
        ("lien-fichier", "file:///etc/passwd", "Lien file:"),
        ("mailto", "mailto:contact@caf.demo.localhost", "Écrire un courriel"),
        ("tel", "tel:+33100000000", "Appeler"),
    ]
    fenetre = state.url(SITE, "/fenetre")
    extra = (
        '<ul class="liens">'
        f"<li><button id=\"popup\" onclick=\"window.open('{fenetre}', 'demo', "
        "'width=400,height=300')\">Ouvrir une fenêtre</button></li>"
        f'<li><button id="popup-ailleurs" onclick="window.open(\'{ailleurs}\')">'
        "Ouvrir une fenêtre ailleurs</button></li>"
        f'<li><a id="blank" href="{fenetre}" target="_blank">Nouvel onglet</a></li>'
        f'<li><a id="blank-ailleurs" href="{ailleurs}" target="_blank">'
        "Nouvel onglet ailleurs</a></li>"
        '<li><button id="imprimer" onclick="window.print()">Imprimer cette page</button></li>'
        '<li><button id="fermer" onclick="window.close()">Fermer la fenêtre</button></li>'
        "</ul>"
    )
    body = links(usual) + '<h3 id="essais">Pages d\'essai de la borne</h3>' + links(trials) + extra
    return Response.html(page(SITE, "Accueil de mon espace", body))


def fenetre() -> Response:
    """Return the page opened by the popup and ``target=_blank`` links."""
    body = '<p id="fenetre" class="note">Cette page s\'ouvre dans une nouvelle fenêtre.</p>'
    return Response.html(page(SITE, "Page « fenêtre »", body))


def impression_cadre() -> Response:
    """Return a page printing an attestation from a hidden frame (3 pages, the page 1)."""
    feuilles = "".join(
        f'<p style="page-break-after: always">Attestation DÉMO, feuille {n} sur 3</p>'
        for n in (1, 2, 3)
    )
    cadre = f"<!doctype html><meta charset=utf-8><body>{feuilles}</body>".replace('"', "&quot;")
    body = (
        '<p id="texte-page">Cette page garde l\'attestation dans un cadre caché.</p>'
        f'<iframe id="cadre-impression" srcdoc="{cadre}" '
        'style="position:absolute;width:0;height:0;border:0"></iframe>'
        '<p><button id="imprimer-cadre" '
        "onclick=\"document.getElementById('cadre-impression').contentWindow.print()\">"
        "Imprimer mon attestation</button></p>"
    )
    return Response.html(page(SITE, "Impression depuis un cadre", body))


def envoi_form() -> Response:
    """Return the upload form: ``#fichier``, ``#envoyer``."""
    body = (
        '<form id="formulaire-envoi" method="post" action="/envoi" '
        'enctype="multipart/form-data">'
        '<label for="fichier">Justificatif (PDF, JPEG ou PNG)</label>'
        '<input type="file" id="fichier" name="fichier" accept=".pdf,.jpg,.png">'
        '<button class="bouton" id="envoyer" type="submit">Envoyer</button></form>'
    )
    return Response.html(page(SITE, "Envoyer un justificatif", body))


def _kind(data: bytes) -> str:
    """Recognise a file from its first bytes."""
    if data.startswith(b"%PDF"):
        return "PDF"
    if data.startswith(b"\x89PNG"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    return "autre"


def envoi_post(request: Request) -> Response:
    """Report the size and type of the uploaded file (never its name)."""
    content_type = request.headers.get("Content-Type", "")
    raw = b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n"
    message = BytesParser(policy=policy.default).parsebytes(raw + request.body)
    size, declared, kind = -1, "", ""
    if isinstance(message, EmailMessage) and message.is_multipart():
        for part in message.iter_parts():
            if part.get_param("name", header="content-disposition") == "fichier":
                data = part.get_payload(decode=True)
                if isinstance(data, bytes):
                    size, declared, kind = len(data), part.get_content_type(), _kind(data)
    if size <= 0:
        body = '<p id="resultat" class="resultat" data-taille="0">Aucun fichier reçu.</p>'
        return Response.html(page(SITE, "Envoi du justificatif", body), 400)
    body = (
        f'<p id="resultat" class="resultat" data-taille="{size}" '
        f'data-type="{escape(declared)}" data-format="{kind}">'
        f"Fichier reçu : {size} octets, type {escape(declared)}, format reconnu : {kind}.</p>"
    )
    return Response.html(page(SITE, "Envoi du justificatif", body))


def formulaire(request: Request) -> Response:
    """Return the contact form (``#nom``, ``#adresse``, ``#email``, ``#envoyer``)."""
    if request.method == "POST":
        body = '<p id="resultat" class="resultat">Merci, vos coordonnées sont reçues.</p>'
        return Response.html(page(SITE, "Mes coordonnées", body))
    body = (
        '<form id="formulaire-coordonnees" method="post" action="/formulaire" '
        'autocomplete="on">'
        '<label for="nom">Nom</label>'
        '<input type="text" id="nom" name="nom" autocomplete="name">'
        '<label for="adresse">Adresse</label>'
        '<input type="text" id="adresse" name="adresse" autocomplete="street-address">'
        '<label for="email">Adresse électronique</label>'
        '<input type="email" id="email" name="email" autocomplete="email">'
        '<button class="bouton" id="envoyer" type="submit">Envoyer</button></form>'
    )
    return Response.html(page(SITE, "Mes coordonnées", body))


def lent(request: Request) -> Response:
    """Answer after ``?s=`` seconds (at most one minute)."""
    try:
        seconds = min(max(float(request.query.get("s", "2")), 0.0), MAX_SLOW_SECONDS)
    except ValueError:
        seconds = 2.0
    body = f'<p id="lent" class="note">Réponse envoyée après {seconds:g} secondes.</p>'
    response = Response.html(page(SITE, "Page lente", body))
    response.delay = seconds
    response.headers.append(("Cache-Control", "no-store"))
    return response


def video() -> Response:
    """Return a page whose ``#video`` and ``#audio`` play without end."""
    body = (
        '<p class="note">Une vidéo et un son qui tournent en boucle.</p>'
        '<canvas id="toile" width="480" height="200" hidden></canvas>'
        '<video id="video" width="480" height="200" autoplay muted playsinline></video>'
        '<p><audio id="audio" src="/son.wav" loop autoplay muted controls></audio></p>'
        '<p><button class="bouton" id="lecture" '
        "onclick=\"document.getElementById('video').play();"
        "document.getElementById('audio').play()\">Lecture</button></p>"
        f"<script>{PLAY_MEDIA}</script>"
    )
    return Response.html(page(SITE, "Vidéo", body))


def off_list_pages(state: DemoState, path: str) -> Response | None:
    """Pages that try to bring the browser to ``ailleurs`` (off-list)."""
    ailleurs = state.url("ailleurs", "/")
    if path == "/redirection-ailleurs":
        return Response.redirect(ailleurs)
    if path == "/meta-ailleurs":
        head = f'<meta http-equiv="refresh" content="0; url={ailleurs}">'
        body = '<p id="meta" class="note">Cette page part ailleurs toute seule.</p>'
        return Response.html(page(SITE, "Rafraîchissement", body, head))
    if path == "/iframe-ailleurs":
        src = state.url("ailleurs", "/cadre")
        body = f'<iframe id="cadre" src="{src}" width="600" height="300"></iframe>'
        return Response.html(page(SITE, "Cadre", body))
    if path == "/image-ailleurs":
        src = state.url("ailleurs", "/image.png")
        body = f'<p><img id="image" src="{src}" alt="Image venant d\'ailleurs"></p>'
        return Response.html(page(SITE, "Image", body))
    return None


def _static() -> dict[str, Callable[[], Response]]:
    """Paths answered the same way every time."""
    return {
        "/attestation.pdf": lambda: Response.download(
            files.make_pdf(ATTESTATION_PAGES, "Attestation de paiement — DÉMO"),
            "application/pdf",
            "attestation.pdf",
        ),
        "/photo.png": lambda: Response(body=files.make_png(), content_type="image/png"),
        "/image-cache.png": lambda: Response(
            body=files.make_png(48, 48, seed=2),
            content_type="image/png",
            headers=[("Cache-Control", "public, max-age=86400")],
        ),
        "/programme.exe": lambda: Response.download(
            files.make_exe(), "application/vnd.microsoft.portable-executable", "programme.exe"
        ),
        "/archive.zip": lambda: Response.download(
            files.make_zip(), "application/zip", "archive.zip"
        ),
        "/son.wav": lambda: Response(body=files.make_wav(), content_type="audio/wav"),
        "/fenetre": fenetre,
        "/impression-cadre": impression_cadre,
        "/envoi": envoi_form,
        "/video": video,
        "/cache-http": lambda: Response.html(
            page(
                SITE,
                "Image gardée en cache",
                '<p><img id="image-cache" src="/image-cache.png" alt="Image en cache"></p>',
            )
        ),
    }


STATIC = _static()


def _ouvrir(state: DemoState, request: Request) -> Response:
    """An open redirect on an allowed host: goes wherever ``?url=`` says."""
    target = request.query.get("url", "")
    return Response.redirect(target) if target else home(state)


def _with_request(state: DemoState, request: Request) -> Response | None:
    """Paths whose answer depends on the request, else ``None``."""
    path, method = request.path, request.method
    if path == "/":
        return home(state)
    if path == "/connexion" and method == "GET":
        return login_form(SITE, "Numéro d'allocataire")
    if path == "/envoi" and method == "POST":
        return envoi_post(request)
    handlers: dict[str, Callable[[DemoState, Request], Response]] = {
        "/formulaire": lambda s, r: formulaire(r),
        "/lent": lambda s, r: lent(r),
        "/ouvrir": _ouvrir,
        "/permissions": lambda s, r: trials.permissions(),
        "/glisser": lambda s, r: trials.drag_and_drop(s),
    }
    handler = handlers.get(path)
    return None if handler is None else handler(state, request)


def route(state: DemoState, request: Request) -> Response:
    """Answer one request to the CAF-like site."""
    answer = (
        _with_request(state, request)
        or account_route(state, request)
        or off_list_pages(state, request.path)
    )
    if answer is not None:
        return answer
    static = STATIC.get(request.path)
    return static() if static is not None else not_found(SITE)


def not_found(site: str) -> Response:
    """Return the demo's 404 page."""
    body = '<p id="introuvable" class="note">Cette page n\'existe pas sur le site de démo.</p>'
    return Response.html(page(site, "Page introuvable", body), 404)
