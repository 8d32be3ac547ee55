"""Account pages shared by the demo sites that have a login (caf, impots).

Login sets an HttpOnly session cookie; the page shown afterwards leaves a
trace in every browser store (see :mod:`kiosk.demo.scripts`); ``/residus``
and ``/api/etat`` tell what is still there.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.demo.html import page
from kiosk.demo.routing import SESSION_COOKIE, DemoState, Request, Response
from kiosk.demo.scripts import COLLECT_TRACES, SERVICE_WORKER, STORE_TRACES

CONNECTED_TEXT = "Bonjour, vous êtes connecté ou connectée"
NOT_CONNECTED_TEXT = "Vous n'êtes pas connecté ou connectée"


def login_form(site: str, identifier_label: str) -> Response:
    """Return the login page: ``#identifiant``, ``#motdepasse``, ``#valider``."""
    body = (
        '<p class="note">Saisissez n\'importe quel identifiant et mot de passe : '
        "c'est une démonstration.</p>"
        '<form id="formulaire-connexion" method="post" action="/connexion">'
        f'<label for="identifiant">{identifier_label}</label>'
        '<input type="text" id="identifiant" name="identifiant" autocomplete="username">'
        '<label for="motdepasse">Mot de passe</label>'
        '<input type="password" id="motdepasse" name="motdepasse" '
        'autocomplete="current-password">'
        '<button class="bouton" id="valider" type="submit">Me connecter</button>'
        "</form>"
        '<p><a id="lien-franceconnect" href="/franceconnect">'
        "Se connecter avec Connexion-Démo (imitation de FranceConnect)</a></p>"
    )
    return Response.html(page(site, "Connexion à mon compte", body))


def _session_cookie(token: str) -> tuple[str, str]:
    """Return the Set-Cookie header of a new HttpOnly session."""
    return ("Set-Cookie", f"{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax")


def connected_page(state: DemoState, site: str, via: str = "") -> Response:
    """Open a session and show the connected page that stores traces everywhere."""
    token = state.new_session()
    body = (
        f'<p id="etat" class="resultat">{CONNECTED_TEXT}{via}.</p>'
        "<p>La page enregistre des données dans le navigateur, comme un vrai site :</p>"
        '<p id="stockage" class="note"></p>'
        '<ul class="liens">'
        '<li><a id="lien-residus" href="/residus">Ce que le navigateur garde</a></li>'
        '<li><a id="lien-etat" href="/etat">Ce que le site sait de moi</a></li>'
        '<li><a id="lien-deconnexion" href="/deconnexion">Me déconnecter</a></li>'
        '<li><a id="lien-accueil" href="/">Accueil du site</a></li></ul>'
        f"<script>{STORE_TRACES}</script>"
    )
    response = Response.html(page(site, "Mon compte", body))
    response.headers.append(_session_cookie(token))
    response.headers.append(("Cache-Control", "no-store"))
    return response


def login_post(state: DemoState, request: Request) -> Response:
    """Accept any non-empty login (nothing is checked: it is a demo)."""
    fields = request.form()
    if not fields.get("identifiant") or not fields.get("motdepasse"):
        body = (
            '<p id="erreur" class="resultat">Merci de remplir l\'identifiant '
            "et le mot de passe.</p>"
            '<p><a id="lien-connexion" href="/connexion">Réessayer</a></p>'
        )
        return Response.html(page(request.site, "Connexion à mon compte", body), 400)
    return connected_page(state, request.site)


def server_view(state: DemoState, request: Request) -> dict[str, object]:
    """Return what the server sees: cookie names and whether a session is live."""
    return {
        "cookies": sorted(request.cookies),
        "connecte": state.is_session(request.cookies.get(SESSION_COOKIE)),
    }


def etat_page(state: DemoState, request: Request) -> Response:
    """Show, rendered by the server, whether this browser is logged in."""
    view = server_view(state, request)
    text = CONNECTED_TEXT if view["connecte"] else NOT_CONNECTED_TEXT
    names = ", ".join(str(n) for n in request.cookies) or "aucun"
    body = (
        f'<p id="etat" class="resultat" data-connecte="{"oui" if view["connecte"] else "non"}">'
        f"{text}.</p>"
        f'<p>Cookies reçus par le site : <span id="cookies-serveur">{names}</span></p>'
    )
    response = Response.html(page(request.site, "Ce que le site sait de moi", body))
    response.headers.append(("Cache-Control", "no-store"))
    return response


def residus_page(request: Request) -> Response:
    """Return the page that lists every trace left in the browser (``#residus``)."""
    body = (
        "<p>Tout ce que le navigateur garde pour ce site (liste technique) :</p>"
        '<pre id="residus"></pre>'
        f"<script>{COLLECT_TRACES}</script>"
    )
    response = Response.html(page(request.site, "Ce que le navigateur garde", body))
    response.headers.append(("Cache-Control", "no-store"))
    return response


def logout(state: DemoState, request: Request) -> Response:
    """End the session and clear its cookie."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        state.end_session(token)
    body = '<p id="etat" class="resultat">Vous êtes déconnecté ou déconnectée.</p>'
    response = Response.html(page(request.site, "Déconnexion", body))
    response.headers.append(("Set-Cookie", f"{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly"))
    return response


def _service_worker(state: DemoState, request: Request) -> Response:
    """Return ``/sw.js`` with a JavaScript type (browsers require it)."""
    return Response(
        body=SERVICE_WORKER.encode("utf-8"),
        content_type="text/javascript; charset=utf-8",
        headers=[("Cache-Control", "no-cache")],
    )


def _franceconnect(state: DemoState, request: Request) -> Response:
    """Send the browser to the identity page, which will send it back."""
    return Response.redirect(state.url("connexion", f"/autoriser?retour={request.site}"))


def _back_from_identity(state: DemoState, request: Request) -> Response:
    """Return point of the identity round trip: logged in."""
    return connected_page(state, request.site, " (par Connexion-Démo)")


ACCOUNT_PATHS: dict[str, Callable[[DemoState, Request], Response]] = {
    "/connexion/retour": _back_from_identity,
    "/franceconnect": _franceconnect,
    "/etat": etat_page,
    "/api/etat": lambda state, request: Response.json(server_view(state, request)),
    "/residus": lambda state, request: residus_page(request),
    "/deconnexion": logout,
    "/sw.js": _service_worker,
}


def account_route(state: DemoState, request: Request) -> Response | None:
    """Answer the account paths common to sites with a login, else ``None``."""
    if request.path == "/connexion" and request.method == "POST":
        return login_post(state, request)
    handler = ACCOUNT_PATHS.get(request.path)
    return None if handler is None else handler(state, request)
