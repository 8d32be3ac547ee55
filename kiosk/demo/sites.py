"""The other demo sites (impots, connexion, ailleurs, ameli) and the dispatch."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.demo import caf, files
from kiosk.demo.account import account_route, login_form
from kiosk.demo.html import links, page
from kiosk.demo.routing import DemoState, Request, Response

#: Sites served, in the order ``python -m kiosk.demo`` lists them.
SITES: tuple[str, ...] = ("caf", "impots", "connexion", "ameli", "ailleurs")

#: Sites a tile may send the user back to after the identity page.
RETURN_SITES = ("caf", "impots", "ameli")

AVIS_PAGES = (
    (
        "Avis d'impôt — DÉMO",
        "Impôts — démo (administration fictive)",
        "Document de démonstration, sans aucune valeur.",
        "Revenu fiscal de référence : 12 345 € (fictif)",
    ),
)


def impots(state: DemoState, request: Request) -> Response:
    """Answer one request to the impots-like site."""
    path = request.path
    if path == "/":
        body = links(
            [
                ("lien-connexion", "/connexion", "Me connecter à mon espace"),
                ("lien-franceconnect", "/franceconnect", "Se connecter avec Connexion-Démo"),
                ("lien-avis", "/avis.pdf", "Mon avis d'impôt (PDF)"),
                ("lien-etat", "/etat", "Ce que le site sait de moi"),
                ("lien-residus", "/residus", "Ce que le navigateur garde"),
                ("lien-caf", state.url("caf", "/"), "Site de la CAF (autre tuile)"),
            ]
        )
        return Response.html(page("impots", "Mon espace particulier", body))
    if path == "/connexion" and request.method == "GET":
        return login_form("impots", "Numéro fiscal")
    shared = account_route(state, request)
    if shared is not None:
        return shared
    if path == "/avis.pdf":
        pdf = files.make_pdf(AVIS_PAGES, "Avis d'impôt — DÉMO")
        return Response.download(pdf, "application/pdf", "avis.pdf")
    return caf.not_found("impots")


def connexion(state: DemoState, request: Request) -> Response:
    """Answer one request to the identity page (a FranceConnect look-alike)."""
    if request.path not in ("/", "/autoriser"):
        return caf.not_found("connexion")
    back = request.query.get("retour", "")
    if back not in RETURN_SITES:
        back = ""
    intro = (
        '<p class="note">Choisissez un compte pour vous identifier. '
        "Tous les comptes sont fictifs.</p>"
    )
    if not back:
        body = intro + links(
            [
                (f"depuis-{s}", state.url(s, "/franceconnect"), f"Aller sur le site {s}")
                for s in RETURN_SITES
            ]
        )
        return Response.html(page("connexion", "Se connecter avec Connexion-Démo (démo)", body))
    target = state.url(back, "/connexion/retour")
    body = (
        intro + '<ul class="liens">'
        f'<li><a id="continuer" href="{target}">Se connecter avec Identité-Démo (démo)</a></li>'
        f'<li><a id="continuer-sante" href="{target}">'
        "Se connecter avec Compte-Santé-Démo (démo)</a></li>"
        f'<li><a id="annuler" href="{state.url(back, "/")}">Annuler</a></li></ul>'
    )
    return Response.html(page("connexion", "Se connecter avec Connexion-Démo (démo)", body))


def ameli(state: DemoState, request: Request) -> Response:
    """Answer one request to the small health-insurance-like site."""
    if request.path == "/connexion" and request.method == "GET":
        return login_form("ameli", "Numéro de sécurité sociale")
    shared = account_route(state, request)
    if shared is not None:
        return shared
    if request.path != "/":
        return caf.not_found("ameli")
    body = links(
        [
            ("lien-connexion", "/connexion", "Me connecter à mon compte"),
            ("lien-franceconnect", "/franceconnect", "Se connecter avec Connexion-Démo"),
            ("lien-residus", "/residus", "Ce que le navigateur garde"),
        ]
    )
    return Response.html(page("ameli", "Mon compte santé", body))


def ailleurs(request: Request) -> Response:
    """Answer anything on the off-list site: the borne must never show it."""
    if request.path == "/image.png":
        return Response(body=files.make_png(32, 32, seed=3), content_type="image/png")
    body = (
        '<p id="non-autorise" class="resultat">Site non autorisé (démo) : '
        "si la borne affiche cette page, elle a laissé passer une adresse "
        "qui n'est pas dans sa liste.</p>"
    )
    return Response.html(page("ailleurs", "Site non autorisé (démo)", body))


def index(state: DemoState) -> Response:
    """List the demo sites (for a bare ``http://127.0.0.1:PORT/``)."""
    body = links([(f"site-{s}", state.url(s, "/"), s) for s in SITES])
    return Response.html(page("", "Services de démonstration", body))


SITE_ROUTES: dict[str, Callable[[DemoState, Request], Response]] = {
    "caf": caf.route,
    "impots": impots,
    "connexion": connexion,
    "ameli": ameli,
    "ailleurs": lambda state, request: ailleurs(request),
    "": lambda state, request: index(state),
}


def dispatch(state: DemoState, request: Request) -> Response:
    """Send ``request`` to the site named by its Host header."""
    handler = SITE_ROUTES.get(request.site)
    if request.path == "/favicon.ico" and handler is not None:
        icon = files.make_png(16, 16, seed=len(request.site))
        return Response(body=icon, content_type="image/png")
    if handler is None:
        return caf.not_found(request.site)
    return handler(state, request)
