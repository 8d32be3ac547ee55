"""Dashboard pages: login, overview of the bornes, figures of a centre or group, exports."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select

from kiosk.federation import charts, exports
from kiosk.federation.models import Centre, Device, Federation
from kiosk.federation.secrecy import MIN_CENTRES, SMALL
from kiosk.federation.security import same
from kiosk.federation.state import State, state_of
from kiosk.federation.stats import View, build_view
from kiosk.federation.web import auth

TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")
TEMPLATES.env.globals.update(charts=charts, small=SMALL, min_centres=MIN_CENTRES)
VERTICAL = {"mois", "heure"}
CHARTED = {"mode", "organisme", "demarche_aboutie", "structure_de_redirection", "heure", "duree"}
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}

router = APIRouter(include_in_schema=False)


def _page(request: Request, name: str, status: int = 200, **context: object) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


def _year(state: State, annee: int | None) -> int:
    this_year = state.clock().year
    return annee if annee is not None and 2000 <= annee <= this_year + 1 else this_year


@router.get("/")
def home(request: Request) -> Response:
    """Send the person to their first page."""
    state = state_of(request)
    person = auth.viewer(request, state)
    if person.is_centre:
        return RedirectResponse(f"/centres/{person.centre_id}", status_code=303)
    return RedirectResponse("/tableau", status_code=303)


@router.get("/connexion")
def login_form(request: Request, erreur: int = 0) -> Response:
    """Show the login form."""
    state = state_of(request)
    token = auth.login_token(request)
    response = _page(request, "login.html", 401 if erreur else 200, csrf=token, error=bool(erreur))
    auth.set_cookie(response, request, state, auth.LOGIN_COOKIE, token)
    return response


@router.post("/connexion")
def login(
    request: Request,
    identifiant: Annotated[str, Form()] = "",
    mot_de_passe: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    """Check the login form and open a session."""
    state = state_of(request)
    expected = request.cookies.get(auth.LOGIN_COOKIE, "")
    if not expected or not csrf or not same(expected, csrf):
        raise auth.ForbiddenError("Le formulaire a expiré : rechargez la page de connexion.")
    cookie = auth.log_in(state, identifiant.strip(), mot_de_passe)
    if cookie is None:
        return RedirectResponse("/connexion?erreur=1", status_code=303)
    response = RedirectResponse("/", status_code=303)
    auth.set_cookie(response, request, state, auth.COOKIE, cookie)
    response.delete_cookie(auth.LOGIN_COOKIE, path="/")
    return response


@router.post("/deconnexion")
def logout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    """Close the session (form with the CSRF token)."""
    state = state_of(request)
    auth.check_csrf(auth.viewer(request, state), csrf)
    auth.log_out(request, state)
    response = RedirectResponse("/connexion", status_code=303)
    response.delete_cookie(auth.COOKIE, path="/")
    return response


def _bornes(state: State, centre_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per centre: number of bornes, last sync, bornes silent too long."""
    limit = state.clock() - timedelta(days=state.settings.silent_days)
    found: dict[int, dict[str, Any]] = {
        c: {"count": 0, "last": None, "silent": 0} for c in centre_ids
    }
    with state.factory() as session:
        devices = session.scalars(
            select(Device).where(Device.centre_id.in_(centre_ids), Device.revoked_at.is_(None))
        )
        for device in devices:
            info = found[device.centre_id]
            info["count"] += 1
            seen: datetime | None = device.last_seen_at
            if seen is not None and (info["last"] is None or seen > info["last"]):
                info["last"] = seen
            if seen is None or seen < limit:
                info["silent"] += 1
    return found


@router.get("/tableau")
def overview(request: Request) -> Response:
    """List the centres this person sees, their bornes and the group pages."""
    state = state_of(request)
    person = auth.viewer(request, state)
    if person.is_centre:
        return RedirectResponse(f"/centres/{person.centre_id}", status_code=303)
    with state.factory() as session:
        centres = auth.visible_centres(session, person)
        federations = {
            f.id: f.name
            for f in session.scalars(
                select(Federation).where(Federation.id.in_({c.federation_id for c in centres}))
            )
        }
        departements = session.execute(
            select(Centre.federation_id, Centre.departement, func.count())
            .where(Centre.id.in_([c.id for c in centres]))
            .group_by(Centre.federation_id, Centre.departement)
            .order_by(Centre.federation_id, Centre.departement)
        ).all()
    return _page(
        request,
        "overview.html",
        person=person,
        centres=centres,
        federations=federations,
        departements=departements,
        bornes=_bornes(state, [c.id for c in centres]),
        silent_days=state.settings.silent_days,
    )


def _centre(request: Request, centre_id: int) -> tuple[State, auth.Viewer, Centre]:
    state = state_of(request)
    person = auth.viewer(request, state)
    with state.factory() as session:
        centre = session.get(Centre, centre_id)
    if centre is None or not auth.may_see_centre(person, centre):
        raise auth.ForbiddenError("Ce centre n'existe pas ou vous n'y avez pas accès.")
    return state, person, centre


def _group(
    request: Request, federation_id: int, departement: str | None
) -> tuple[State, auth.Viewer, list[int], str]:
    state = state_of(request)
    person = auth.viewer(request, state)
    if not auth.may_see_federation(person, federation_id):
        raise auth.ForbiddenError("Vous n'avez pas accès aux chiffres de ce groupe de centres.")
    with state.factory() as session:
        federation = session.get(Federation, federation_id)
        query = select(Centre.id).where(Centre.federation_id == federation_id)
        if departement is not None:
            query = query.where(Centre.departement == departement)
        ids = list(session.scalars(query))
    if federation is None:
        raise auth.ForbiddenError("Cette fédération n'existe pas.")
    title = federation.name + (f" — département {departement}" if departement else "")
    return state, person, ids, title


def _view_page(
    request: Request,
    person: auth.Viewer,
    view: View,
    base: str,
    devices: list[dict[str, Any]] | None = None,
) -> Response:
    return _page(
        request,
        "view.html",
        person=person,
        view=view,
        base=base,
        vertical=VERTICAL,
        charted=CHARTED,
        devices=devices or [],
    )


def _devices(state: State, centre_id: int) -> list[dict[str, Any]]:
    """The bornes of a centre: name, last sync, state in plain words."""
    limit = state.clock() - timedelta(days=state.settings.silent_days)
    found = []
    with state.factory() as session:
        rows = session.scalars(
            select(Device).where(Device.centre_id == centre_id).order_by(Device.created_at)
        )
        for device in rows:
            if device.revoked_at is not None:
                status = "retirée"
            elif device.last_seen_at is None or device.last_seen_at < limit:
                status = f"silencieuse depuis plus de {state.settings.silent_days} jours"
            else:
                status = "à jour"
            found.append(
                {
                    "label": device.label,
                    "last": device.last_seen_at,
                    "status": status,
                    "silent": status.startswith("silencieuse"),
                }
            )
    return found


def _export(view: View, fmt: str, name: str) -> Response:
    if fmt not in MEDIA:
        raise auth.ForbiddenError("Format d'export inconnu : choisissez CSV ou ODS.")
    content = exports.to_csv(view) if fmt == "csv" else exports.to_ods(view)
    filename = f"{name}-{view.year}.{fmt}"
    return Response(
        content,
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/centres/{centre_id}")
def centre_page(request: Request, centre_id: int, annee: int | None = None) -> Response:
    """Figures of one centre."""
    state, person, centre = _centre(request, centre_id)
    with state.factory() as session:
        view = build_view(
            session,
            [centre.id],
            _year(state, annee),
            centre.name,
            group=False,
            vocab=state.vocabularies,
        )
    return _view_page(request, person, view, f"/centres/{centre.id}", _devices(state, centre.id))


@router.get("/centres/{centre_id}/export.{fmt}")
def centre_export(request: Request, centre_id: int, fmt: str, annee: int | None = None) -> Response:
    """Export the figures of one centre."""
    state, _person, centre = _centre(request, centre_id)
    with state.factory() as session:
        view = build_view(
            session,
            [centre.id],
            _year(state, annee),
            centre.name,
            group=False,
            vocab=state.vocabularies,
        )
    return _export(view, fmt, f"centre-{centre.id}")


def _group_view(
    request: Request, federation_id: int, departement: str | None, annee: int | None
) -> tuple[auth.Viewer, View]:
    state, person, ids, title = _group(request, federation_id, departement)
    with state.factory() as session:
        view = build_view(
            session, ids, _year(state, annee), title, group=True, vocab=state.vocabularies
        )
    return person, view


@router.get("/federations/{federation_id}")
def federation_page(request: Request, federation_id: int, annee: int | None = None) -> Response:
    """Figures of a whole federation."""
    person, view = _group_view(request, federation_id, None, annee)
    return _view_page(request, person, view, f"/federations/{federation_id}")


@router.get("/federations/{federation_id}/export.{fmt}")
def federation_export(
    request: Request, federation_id: int, fmt: str, annee: int | None = None
) -> Response:
    """Export the figures of a whole federation."""
    _person, view = _group_view(request, federation_id, None, annee)
    return _export(view, fmt, f"federation-{federation_id}")


@router.get("/federations/{federation_id}/departements/{departement}")
def departement_page(
    request: Request, federation_id: int, departement: str, annee: int | None = None
) -> Response:
    """Figures of the centres of one département."""
    person, view = _group_view(request, federation_id, departement, annee)
    base = f"/federations/{federation_id}/departements/{departement}"
    return _view_page(request, person, view, base)


@router.get("/federations/{federation_id}/departements/{departement}/export.{fmt}")
def departement_export(
    request: Request, federation_id: int, departement: str, fmt: str, annee: int | None = None
) -> Response:
    """Export the figures of one département."""
    _person, view = _group_view(request, federation_id, departement, annee)
    return _export(view, fmt, f"departement-{departement}")


def install(app: FastAPI) -> None:
    """Register the HTML answers for login and refusals on the dashboard."""

    async def login_required(request: Request, _exc: Exception) -> Response:
        return RedirectResponse("/connexion", status_code=303)

    async def forbidden(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, auth.ForbiddenError)
        return _page(request, "error.html", 403, message=exc.message)

    app.add_exception_handler(auth.LoginRequiredError, login_required)
    app.add_exception_handler(auth.ForbiddenError, forbidden)
