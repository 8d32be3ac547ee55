"""Administration: federations, centres, enrolment codes, bornes, accounts.

Used by the ``kiosk-federation`` commands and by the enrol route.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.federation.errors import ApiError
from kiosk.federation.models import Centre, Device, EnrolCode, Federation, User
from kiosk.federation.security import (
    MIN_PASSWORD,
    digest,
    hash_password,
    new_enrol_code,
    new_token,
    normalise_code,
)

ROLE_ADMIN = "admin"
ROLE_CENTRE = "centre"


class AdminError(ValueError):
    """A command that cannot be done, with a French explanation."""


def now() -> datetime:
    """Return the current moment in UTC."""
    return datetime.now(UTC)


def federation(session: Session, name: str) -> Federation:
    """Return the federation called ``name``, creating it if needed."""
    found = session.scalar(select(Federation).where(Federation.name == name))
    if found is None:
        found = Federation(name=name)
        session.add(found)
        session.flush()
    return found


def create_centre(
    factory: sessionmaker[Session], name: str, departement: str, federation_name: str
) -> int:
    """Create a centre in a federation and return its id.

    Raises:
        AdminError: when the département code is not one.
    """
    dep = departement.strip().upper()
    if not (1 <= len(dep) <= 3 and dep.isalnum()):
        raise AdminError(f"Code de département invalide : « {departement} » (ex. 59, 2A, 974).")
    if not name.strip():
        raise AdminError("Le nom du centre est vide.")
    with factory.begin() as session:
        fed = federation(session, federation_name.strip() or "Fédération")
        centre = Centre(name=name.strip(), departement=dep, federation_id=fed.id, created_at=now())
        session.add(centre)
        session.flush()
        return centre.id


def create_user(
    factory: sessionmaker[Session],
    login: str,
    password: str,
    *,
    federation_name: str | None = None,
    centre_id: int | None = None,
) -> int:
    """Create a dashboard account and return its id.

    With ``centre_id`` the account sees only that centre; with a federation
    name it administers that federation; with neither, every federation.

    Raises:
        AdminError: for a short password, a taken login or an unknown centre.
    """
    if len(password) < MIN_PASSWORD:
        raise AdminError(f"Le mot de passe doit faire au moins {MIN_PASSWORD} caractères.")
    with factory.begin() as session:
        if session.scalar(select(User).where(User.login == login)) is not None:
            raise AdminError(f"L'identifiant « {login} » existe déjà.")
        user = User(login=login, password_hash=hash_password(password), role=ROLE_ADMIN)
        if centre_id is not None:
            if session.get(Centre, centre_id) is None:
                raise AdminError(f"Centre inconnu : {centre_id}.")
            user.role, user.centre_id = ROLE_CENTRE, centre_id
        elif federation_name:
            user.federation_id = federation(session, federation_name).id
        session.add(user)
        session.flush()
        return user.id


def make_enrol_code(factory: sessionmaker[Session], centre_id: int, hours: float = 72) -> str:
    """Create a single-use enrolment code for a centre, valid ``hours`` hours.

    Raises:
        AdminError: when the centre does not exist.
    """
    code = new_enrol_code()
    with factory.begin() as session:
        if session.get(Centre, centre_id) is None:
            raise AdminError(f"Centre inconnu : {centre_id}.")
        session.add(
            EnrolCode(
                code_hash=digest(code),
                centre_id=centre_id,
                expires_at=now() + timedelta(hours=hours),
            )
        )
    return code


@dataclass(frozen=True)
class Enrolment:
    """A new borne: its id, its token (shown once) and its centre."""

    device_id: str
    token: str
    centre_id: int
    centre_name: str


def enrol(factory: sessionmaker[Session], code: str, label: str) -> Enrolment:
    """Turn a single-use code into a borne and its token.

    Raises:
        ApiError: 401 for an unknown, used or expired code.
    """
    moment = now()
    with factory.begin() as session:
        row = session.scalar(
            select(EnrolCode).where(EnrolCode.code_hash == digest(normalise_code(code)))
        )
        if row is None:
            raise ApiError(401, "code_invalide", "Code d'inscription inconnu : vérifiez la saisie.")
        if row.used_at is not None:
            raise ApiError(
                401,
                "code_deja_utilise",
                "Ce code a déjà servi : demandez un nouveau code à la fédération.",
            )
        if row.expires_at < moment:
            raise ApiError(
                401, "code_expire", "Ce code a expiré : demandez un nouveau code à la fédération."
            )
        device_id = str(uuid.uuid4())
        taken = session.execute(
            update(EnrolCode)
            .where(EnrolCode.id == row.id, EnrolCode.used_at.is_(None))
            .values(used_at=moment, device_id=device_id)
        )
        if getattr(taken, "rowcount", 1) != 1:
            raise ApiError(401, "code_deja_utilise", "Ce code a déjà servi.")
        token = new_token()
        session.add(
            Device(
                id=device_id,
                centre_id=row.centre_id,
                label=(label.strip() or "Borne")[:100],
                token_hash=digest(token),
                created_at=moment,
                token_since=moment,
            )
        )
        centre = session.get(Centre, row.centre_id)
        assert centre is not None
        return Enrolment(device_id, token, centre.id, centre.name)


def revoke(factory: sessionmaker[Session], device_id: str) -> None:
    """Withdraw a borne: its token stops working, its figures stay.

    Raises:
        AdminError: when the borne does not exist.
    """
    with factory.begin() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"Borne inconnue : {device_id}.")
        device.revoked_at = device.revoked_at or now()


def rotate_token(factory: sessionmaker[Session], device_id: str) -> str:
    """Give a borne a new token; the old one and any pending one stop working at once.

    Raises:
        AdminError: when the borne does not exist or was revoked.
    """
    token = new_token()
    with factory.begin() as session:
        device = session.get(Device, device_id)
        if device is None or device.revoked_at is not None:
            raise AdminError(f"Borne inconnue ou retirée : {device_id}.")
        device.token_hash = digest(token)
        device.token_since = now()
        device.pending_token_hash = device.pending_since = None
    return token


def describe(factory: sessionmaker[Session]) -> list[str]:
    """Describe every centre and its bornes, one line each, for the terminal."""
    lines: list[str] = []
    with factory() as session:
        names = {f.id: f.name for f in session.scalars(select(Federation))}
        centres = session.scalars(
            select(Centre).order_by(Centre.federation_id, Centre.departement, Centre.name)
        )
        for centre in centres:
            lines.append(
                f"Centre n° {centre.id} : {centre.name} ({centre.departement}, "
                f"{names.get(centre.federation_id, '?')})"
            )
            devices = session.scalars(
                select(Device).where(Device.centre_id == centre.id).order_by(Device.created_at)
            )
            for device in devices:
                if device.revoked_at is not None:
                    state = "retirée"
                elif device.last_seen_at is None:
                    state = "jamais synchronisée"
                else:
                    state = f"dernier envoi {device.last_seen_at:%d/%m/%Y %H:%M} UTC"
                lines.append(f"  borne {device.id} « {device.label} » : {state}")
    return lines
