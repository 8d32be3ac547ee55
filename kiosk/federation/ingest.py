"""Taking a borne's batch: authenticate, validate, store in one transaction.

The first statement of the storing transaction updates the borne's row,
which takes the write lock at once (SQLite) or locks the row (PostgreSQL):
two batches of the same borne are applied one after the other, and the
read of the stored cells inside the transaction is never stale.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.federation import tokens
from kiosk.federation.errors import ApiError
from kiosk.federation.models import Batch as BatchRow
from kiosk.federation.models import Cell as CellRow
from kiosk.federation.models import Device, Monthly, Yearly
from kiosk.federation.security import digest
from kiosk.sync import protocol
from kiosk.sync.protocol import UNKNOWN_DAY, Acknowledgement, Ignored

#: Vocabulary version → list name → codes.
VocabularyLists = Mapping[str, Mapping[str, Any]]


@dataclass(frozen=True)
class Outcome:
    """What to answer: the acknowledgement and whether it is a replay."""

    ack: dict[str, Any]
    replay: bool


def authenticate(
    factory: sessionmaker[Session],
    device_id: str,
    token: str | None,
    moment: datetime | None = None,
) -> Device:
    """Find the borne of a bearer token and check it may write ``device_id``.

    The borne's pending token (docs/protocole.md, token rotation) is accepted
    too, and its first use makes it the current one.

    Raises:
        ApiError: 401 for a missing, wrong or revoked token, 403 for another borne.
    """
    if not token:
        raise ApiError(401, "jeton_invalide", "Jeton d'accès absent ou mal écrit.")
    hashed = digest(token)
    with factory() as session:
        device = session.scalar(
            select(Device).where(
                or_(Device.token_hash == hashed, Device.pending_token_hash == hashed)
            )
        )
    if device is None:
        raise tokens.unknown()
    if device.revoked_at is not None:
        raise tokens.revoked()
    if device.id != device_id:
        raise ApiError(403, "autre_borne", "Ce jeton ne peut écrire que les chiffres de sa borne.")
    if device.token_hash != hashed:
        device = tokens.promote(factory, device.id, hashed, moment or datetime.now(UTC))
    return device


def validate(batch: protocol.Batch, vocabularies: VocabularyLists, today: date) -> None:
    """Check codes and periods before anything is written.

    Raises:
        ApiError: 422 ``vocabulaire_inconnu``, ``codes_inconnus`` or ``periode_future``.
    """
    lists = vocabularies.get(batch.vocabulary_version)
    if lists is None:
        raise ApiError(
            422,
            "vocabulaire_inconnu",
            f"Version de vocabulaire inconnue du serveur : « {batch.vocabulary_version} ».",
            {"connues": sorted(vocabularies)},
        )
    unknown = protocol.unknown_codes(batch.cells, lists)
    if unknown:
        names = ", ".join(f"{u['dimension']}/{u['code']}" for u in unknown[:20])
        raise ApiError(
            422,
            "codes_inconnus",
            f"Codes inconnus du vocabulaire {batch.vocabulary_version} : {names}.",
            unknown,
        )
    future = protocol.future_days(batch.cells, today)
    if future:
        raise ApiError(
            422,
            "periode_future",
            "Jours dans le futur d'après l'horloge du serveur : "
            f"{', '.join(future[:10])}. Vérifiez la date de la borne.",
            {"jours": future, "jour_serveur": today.isoformat()},
        )


def _month(day: str) -> str:
    return UNKNOWN_DAY if day == UNKNOWN_DAY else day[:7]


def _upsert_sums(session: Session, centre_id: int, deltas: dict[tuple[str, ...], int]) -> None:
    """Add the deltas to the centre's monthly and yearly sums (insert or add)."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    yearly: dict[tuple[str, ...], int] = {}
    for (month, *rest), value in deltas.items():
        key = (month[:4] if month != UNKNOWN_DAY else UNKNOWN_DAY, *rest)
        yearly[key] = yearly.get(key, 0) + value
    for table, period, sums in ((Monthly, "month", deltas), (Yearly, "year", yearly)):
        rows = [
            {
                "centre_id": centre_id,
                period: k[0],
                "metric": k[1],
                "dimension": k[2],
                "code": k[3],
                "value": v,
            }
            for k, v in sums.items()
            if v
        ]
        if not rows:
            continue
        stmt = insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["centre_id", period, "metric", "dimension", "code"],
            set_={"value": table.value + stmt.excluded.value},
        )
        session.execute(stmt, rows)


def _conflict(batch_id: str) -> ApiError:
    return ApiError(
        409,
        "lot_different",
        "Un autre lot porte déjà cet identifiant : le lot n'a pas été enregistré.",
        {"batch_id": batch_id},
    )


def _stored(row: BatchRow, device: Device, batch: protocol.Batch) -> Outcome:
    if row.device_id != device.id or row.digest != batch.digest():
        raise _conflict(batch.batch_id)
    return Outcome(json.loads(row.ack), replay=True)


def store(
    factory: sessionmaker[Session], device: Device, batch: protocol.Batch, now: datetime
) -> Outcome:
    """Store a validated batch in one transaction, or return its stored answer.

    Raises:
        ApiError: 409 when the batch id is taken by another body, 401 if the
            borne was revoked meanwhile.
    """
    try:
        return _store(factory, device, batch, now)
    except IntegrityError:
        # Another request stored the same batch id between our check and commit.
        with factory() as session:
            row = session.get(BatchRow, batch.batch_id)
        if row is None:
            raise
        return _stored(row, device, batch)


def _store(
    factory: sessionmaker[Session], device: Device, batch: protocol.Batch, now: datetime
) -> Outcome:
    with factory.begin() as session:
        locked = session.execute(
            update(Device)
            .where(Device.id == device.id, Device.revoked_at.is_(None))
            .values(last_seen_at=now)
        )
        if getattr(locked, "rowcount", 1) == 0:
            raise ApiError(401, "borne_revoquee", "Cette borne a été retirée par la fédération.")
        existing = session.get(BatchRow, batch.batch_id)
        if existing is not None:
            return _stored(existing, device, batch)
        days = sorted({c.day for c in batch.cells})
        stored: dict[tuple[str, str, str, str], CellRow] = {}
        for start in range(0, len(days), 500):
            query = select(CellRow).where(
                CellRow.device_id == device.id, CellRow.day.in_(days[start : start + 500])
            )
            for row in session.scalars(query):
                stored[(row.day, row.metric, row.dimension, row.code)] = row
        ignored: list[Ignored] = []
        deltas: dict[tuple[str, ...], int] = {}
        applied = 0
        for cell in batch.cells:
            old = stored.get(cell.key)
            if old is not None and cell.revision < old.revision:
                ignored.append(Ignored(cell.key, old.revision))
                continue
            applied += 1
            delta = cell.value - (old.value if old is not None else 0)
            if old is None:
                session.add(
                    CellRow(
                        device_id=device.id,
                        day=cell.day,
                        metric=cell.metric,
                        dimension=cell.dimension,
                        code=cell.code,
                        value=cell.value,
                        revision=cell.revision,
                        vocabulary_version=batch.vocabulary_version,
                    )
                )
            else:
                old.value, old.revision = cell.value, cell.revision
                old.vocabulary_version = batch.vocabulary_version
            key = (_month(cell.day), cell.metric, cell.dimension, cell.code)
            deltas[key] = deltas.get(key, 0) + delta
        session.flush()
        _upsert_sums(session, device.centre_id, deltas)
        ack = Acknowledgement(
            batch_id=batch.batch_id,
            device_id=device.id,
            device_sequence=batch.device_sequence,
            applied=applied,
            ignored=tuple(ignored),
            received_at=now.isoformat(timespec="seconds"),
        ).to_json()
        session.add(
            BatchRow(
                id=batch.batch_id,
                device_id=device.id,
                device_sequence=batch.device_sequence,
                digest=batch.digest(),
                ack=json.dumps(ack, ensure_ascii=False),
                received_at=now,
            )
        )
        session.execute(
            update(Device)
            .where(
                Device.id == device.id,
                or_(Device.last_sequence.is_(None), Device.last_sequence < batch.device_sequence),
            )
            .values(last_sequence=batch.device_sequence)
        )
    return Outcome(ack, replay=False)
