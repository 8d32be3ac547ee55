"""People on the dashboard: login, session cookie, CSRF, what each may see.

The session cookie holds a random id (its SHA-256 is stored); it is
HttpOnly, SameSite=Strict and Secure over https. Every form carries the
session's CSRF token; the login form uses a double-submit cookie.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from fastapi import Request, Response
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.federation.crud import ROLE_CENTRE
from kiosk.federation.models import Centre, User, WebSession
from kiosk.federation.security import (
    check_password,
    digest,
    same,
    waste_password_time,
)
from kiosk.federation.state import State

COOKIE = "federation_session"
LOGIN_COOKIE = "federation_connexion"
LIFETIME = timedelta(hours=8)


class LoginRequiredError(Exception):
    """The page needs a logged-in person: send them to the login form."""


class ForbiddenError(Exception):
    """The person may not see this page (another centre, bad CSRF token)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Viewer:
    """The logged-in person, as the pages need them."""

    user_id: int
    login: str
    role: str
    federation_id: int | None
    centre_id: int | None
    csrf: str

    @property
    def is_centre(self) -> bool:
        """Tell whether the account sees only its own centre."""
        return self.role == ROLE_CENTRE


def _secure(request: Request, state: State) -> bool:
    return state.settings.secure_cookies or request.url.scheme == "https"


def set_cookie(response: Response, request: Request, state: State, name: str, value: str) -> None:
    """Set one of our cookies with the safe flags."""
    response.set_cookie(
        name,
        value,
        httponly=True,
        samesite="strict",
        secure=_secure(request, state),
        path="/",
        max_age=int(LIFETIME.total_seconds()),
    )


def login_token(request: Request) -> str:
    """Return the login form's CSRF token (kept in its own cookie)."""
    return request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)


def log_in(state: State, login: str, password: str) -> str | None:
    """Check a login and open a session.

    Returns:
        The cookie value, or None when the login or password is wrong.
    """
    with state.factory.begin() as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            waste_password_time(password)
            return None
        if not check_password(user.password_hash, password):
            return None
        moment = state.clock()
        session.execute(delete(WebSession).where(WebSession.expires_at < moment))
        cookie = secrets.token_urlsafe(32)
        session.add(
            WebSession(
                id_hash=digest(cookie),
                user_id=user.id,
                csrf=secrets.token_urlsafe(32),
                expires_at=moment + LIFETIME,
            )
        )
        return cookie


def viewer(request: Request, state: State) -> Viewer:
    """Return the logged-in person.

    Raises:
        LoginRequiredError: when there is no valid session.
    """
    return session_viewer(state, request.cookies.get(COOKIE))


def session_viewer(state: State, cookie: str | None) -> Viewer:
    """Return the person whose session cookie is ``cookie`` (just opened, or sent).

    Raises:
        LoginRequiredError: when the cookie opens no valid session.
    """
    if not cookie:
        raise LoginRequiredError
    with state.factory() as session:
        row = session.get(WebSession, digest(cookie))
        if row is None or row.expires_at < state.clock():
            raise LoginRequiredError
        user = session.get(User, row.user_id)
        if user is None:
            raise LoginRequiredError
        return Viewer(user.id, user.login, user.role, user.federation_id, user.centre_id, row.csrf)


def check_csrf(person: Viewer, submitted: str | None) -> None:
    """Refuse a form whose CSRF token is missing or wrong.

    Raises:
        ForbiddenError: with a French explanation.
    """
    if not submitted or not same(submitted, person.csrf):
        raise ForbiddenError(
            "Le formulaire a expiré ou ne vient pas de ce site : rechargez la page."
        )


def log_out(request: Request, state: State) -> None:
    """Close the session of this browser."""
    cookie = request.cookies.get(COOKIE)
    if cookie:
        with state.factory.begin() as session:
            session.execute(delete(WebSession).where(WebSession.id_hash == digest(cookie)))


def visible_centres(session: Session, person: Viewer) -> list[Centre]:
    """Return the centres this person may see, by federation, département and name."""
    query = select(Centre).order_by(Centre.federation_id, Centre.departement, Centre.name)
    if person.is_centre:
        query = query.where(Centre.id == person.centre_id)
    elif person.federation_id is not None:
        query = query.where(Centre.federation_id == person.federation_id)
    return list(session.scalars(query))


def may_see_centre(person: Viewer, centre: Centre) -> bool:
    """Tell whether this person may see the page of ``centre``."""
    if person.is_centre:
        return centre.id == person.centre_id
    return person.federation_id is None or centre.federation_id == person.federation_id


def may_see_federation(person: Viewer, federation_id: int) -> bool:
    """Tell whether this person may see the figures of a whole federation."""
    if person.is_centre:
        return False
    return person.federation_id is None or person.federation_id == federation_id
