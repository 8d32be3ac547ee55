"""Dashboard page where federation admins edit the tile catalogue sent to the bornes.

Admins only (role ``admin``; a federation's admin edits that federation's
layer, the server-wide admin the layer for all federations or for one).
"Vérifier" runs the borne's own loader (:func:`kiosk.sync.catalogue_feed.
federation_problems`, through :func:`kiosk.federation.catalogues.publish`'s
check) without storing anything; "Publier" goes through
:func:`kiosk.federation.catalogues.publish`, the same function as
``kiosk-federation catalogue publish``. The typed text is never lost: on
problems, on an expired form or session, it comes back in the text area.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from kiosk.federation import catalogues
from kiosk.federation.crud import ROLE_ADMIN
from kiosk.federation.models import Federation
from kiosk.federation.security import same
from kiosk.federation.state import State, state_of
from kiosk.federation.web import auth
from kiosk.federation.web.catalogue_problems import Explained, explain, schema_help
from kiosk.federation.web.routes import TEMPLATES
from kiosk.sync.catalogue_feed import MAX_BYTES, federation_problems

#: Largest form accepted (the text, percent-encoded, can triple in size).
MAX_FORM_BYTES = 4 * MAX_BYTES + 16_000
PAGE = "/catalogue"

router = APIRouter(include_in_schema=False)


class FormTooLargeError(Exception):
    """The form is far over the catalogue size limit: it is not read."""


@dataclass(frozen=True)
class Scope:
    """Whose bornes the page publishes to (``federation_id`` None: every federation)."""

    federation_id: int | None
    federation_name: str | None

    @property
    def label(self) -> str:
        """Plain words for the scope, for headings."""
        return self.federation_name or "toutes les fédérations"

    @property
    def field(self) -> str:
        """Value of the form's hidden ``federation`` field."""
        return "" if self.federation_id is None else str(self.federation_id)

    def url(self, **extra: object) -> str:
        """The page's address for this scope, with optional query values."""
        query = {"federation": self.field} if self.field else {}
        query.update({k: str(v) for k, v in extra.items()})
        return PAGE + (f"?{urlencode(query)}" if query else "")


def _check_admin(person: auth.Viewer) -> auth.Viewer:
    if person.role != ROLE_ADMIN:
        raise auth.ForbiddenError(
            "Seuls les comptes d'administration de la fédération gèrent le catalogue des tuiles."
        )
    return person


def _admin(request: Request, state: State) -> auth.Viewer:
    return _check_admin(auth.viewer(request, state))


def _scope(state: State, person: auth.Viewer, raw: str) -> Scope:
    wanted = person.federation_id
    if person.federation_id is None and raw.strip():
        try:
            wanted = int(raw)
        except ValueError:
            wanted = -1
    elif raw.strip() and raw.strip() != str(person.federation_id):
        raise auth.ForbiddenError("Vous gérez seulement le catalogue de votre fédération.")
    if wanted is None:
        return Scope(None, None)
    with state.factory() as session:
        federation = session.get(Federation, wanted)
    if federation is None:
        raise auth.ForbiddenError("Cette fédération n'existe pas.")
    return Scope(federation.id, federation.name)


async def _form(request: Request) -> dict[str, str]:
    """Read a URL-encoded form, refusing one far over the size limit."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise FormTooLargeError
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_FORM_BYTES:
            raise FormTooLargeError
    pairs = parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return dict(pairs)


def _render(
    request: Request,
    state: State,
    person: auth.Viewer,
    scope: Scope,
    text: str,
    *,
    status: int = 200,
    problems: list[Explained] | None = None,
    checked: bool = False,
    notice: str = "",
    alert: str = "",
    shown_version: int | None = None,
) -> Response:
    lines = catalogues.history(state.factory, scope.federation_id)
    with state.factory() as session:
        rows = session.execute(select(Federation.id, Federation.name)).tuples()
        names = {federation_id: name for federation_id, name in rows}
    context = {
        "person": person,
        "scope": scope,
        "federations": sorted(names.items(), key=lambda item: item[1])
        if person.federation_id is None
        else [],
        "names": names,
        "current": lines[0] if lines else None,
        "history": lines,
        "text": text,
        "problems": problems or [],
        "checked": checked,
        "notice": notice,
        "alert": alert,
        "shown_version": shown_version,
        "max_bytes": MAX_BYTES,
        "schema_help": schema_help(),
        "expired": False,
    }
    return TEMPLATES.TemplateResponse(request, "catalogue.html", context, status_code=status)


@router.get(PAGE)
def catalogue_page(
    request: Request, federation: str = "", publie: int = 0, version: int = 0
) -> Response:
    """Show the catalogue in service, in the text area, and the history of versions."""
    state = state_of(request)
    person = _admin(request, state)
    scope = _scope(state, person, federation)
    notice = ""
    if publie:
        notice = (
            f"Version {publie} publiée. Les bornes la prendront à leur prochaine synchronisation."
        )
    shown = None
    if version:
        found = catalogues.text_of(state.factory, version)
        if found is None or not _reaches(found[1], scope):
            raise auth.ForbiddenError("Cette version n'existe pas pour ces bornes.")
        text, shown = found[0], version
    else:
        published = catalogues.latest(state.factory, scope.federation_name)
        text = published.body.decode("utf-8") if published else ""
    return _render(request, state, person, scope, text, notice=notice, shown_version=shown)


def _reaches(federation_id: int | None, scope: Scope) -> bool:
    return federation_id is None or federation_id == scope.federation_id


def _too_large(request: Request) -> Response:
    limit = f"{MAX_BYTES:,}".replace(",", " ")
    message = (
        f"Le texte envoyé est beaucoup trop long (le catalogue ne peut pas dépasser {limit} "
        "octets) : rien n'a été vérifié ni publié. Revenez à la page précédente : votre "
        "navigateur y a gardé votre texte."
    )
    return TEMPLATES.TemplateResponse(
        request, "error.html", {"message": message, "person": None}, status_code=413
    )


async def _with_form(
    request: Request, handle: Callable[[Request, State, dict[str, str]], Response]
) -> Response:
    """Read the (bounded) form, then ``handle`` it off the event loop (database, loader)."""
    state = state_of(request)
    try:
        form = await _form(request)
    except FormTooLargeError:
        return _too_large(request)
    return await run_in_threadpool(handle, request, state, form)


@router.post(PAGE)
async def check_or_publish(request: Request) -> Response:
    """"Vérifier" (nothing stored) or "Publier" (only a text without problem)."""
    return await _with_form(request, _check_or_publish)


def _check_or_publish(request: Request, state: State, form: dict[str, str]) -> Response:
    text = form.get("texte", "").replace("\r\n", "\n")
    try:
        person = auth.viewer(request, state)
    except auth.LoginRequiredError:
        if "identifiant" in form:
            return _log_in_again(request, state, form, text)
        return _expired(request, state, text, form.get("federation", ""))
    _check_admin(person)
    scope = _scope(state, person, form.get("federation", ""))
    submitted = form.get("csrf", "")
    if not submitted or not same(submitted, person.csrf):
        alert = (
            "Le formulaire avait expiré ou ne venait pas de cette page : rien n'a été vérifié "
            "ni publié. Votre texte est gardé ci-dessous ; cliquez à nouveau sur « Vérifier » "
            "ou « Publier »."
        )
        return _render(request, state, person, scope, text, status=403, alert=alert)
    if form.get("action") == "publier":
        return _publish(request, state, person, scope, text)
    problems = federation_problems(text)
    return _render(
        request,
        state,
        person,
        scope,
        text,
        status=422 if problems else 200,
        problems=explain(problems, text),
        checked=True,
    )


def _publish(
    request: Request, state: State, person: auth.Viewer, scope: Scope, text: str
) -> Response:
    try:
        version = catalogues.publish(state.factory, text, scope.federation_name, by=person.login)
    except catalogues.CatalogueRefused as refused:
        return _render(
            request,
            state,
            person,
            scope,
            text,
            status=422,
            problems=explain(refused.problems, text),
            checked=True,
        )
    return RedirectResponse(scope.url(publie=version), status_code=303)


@router.post(f"{PAGE}/retablir")
async def republish(request: Request) -> Response:
    """"Revenir à cette version": publish an older version's text as a new version."""
    return await _with_form(request, _republish)


def _republish(request: Request, state: State, form: dict[str, str]) -> Response:
    person = _admin(request, state)
    scope = _scope(state, person, form.get("federation", ""))
    auth.check_csrf(person, form.get("csrf"))
    raw = form.get("version", "")
    found = catalogues.text_of(state.factory, int(raw)) if raw.isdigit() else None
    if found is None or not _reaches(found[1], scope):
        raise auth.ForbiddenError("Cette version n'existe pas pour ces bornes.")
    return _publish(request, state, person, scope, found[0])


def _log_in_again(
    request: Request, state: State, form: dict[str, str], text: str
) -> Response:
    """Open a new session from the expired page's form, then check the kept text.

    Nothing is published on this path: the person sees the check and decides.
    """
    expected = request.cookies.get(auth.LOGIN_COOKIE, "")
    submitted = form.get("csrf", "")
    cookie = None
    if expected and submitted and same(expected, submitted):
        cookie = auth.log_in(state, form["identifiant"].strip(), form.get("mot_de_passe", ""))
    if cookie is None:
        return _expired(request, state, text, form.get("federation", ""), failed=True)
    person = _check_admin(auth.session_viewer(state, cookie))
    scope = _scope(state, person, form.get("federation", ""))
    problems = federation_problems(text)
    response = _render(
        request,
        state,
        person,
        scope,
        text,
        status=422 if problems else 200,
        problems=explain(problems, text),
        checked=True,
        notice="Vous êtes de nouveau connecté ou connectée. Votre texte a été vérifié ; "
        "rien n'a été publié.",
    )
    auth.set_cookie(response, request, state, auth.COOKIE, cookie)
    response.delete_cookie(auth.LOGIN_COOKIE, path="/")
    return response


def _expired(
    request: Request, state: State, text: str, federation: str, *, failed: bool = False
) -> Response:
    token = auth.login_token(request)
    context = {
        "person": None,
        "expired": True,
        "failed": failed,
        "csrf": token,
        "text": text,
        "federation_field": federation if federation.isdigit() else "",
        "max_bytes": MAX_BYTES,
    }
    response = TEMPLATES.TemplateResponse(request, "catalogue.html", context, status_code=401)
    auth.set_cookie(response, request, state, auth.LOGIN_COOKIE, token)
    return response
