"""Reads and writes of the journal tables, on a connection given by the caller.

Only :mod:`kiosk.journal` calls these; it owns the transactions.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict
from datetime import date

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.orm import Session, selectinload

from kiosk import stats
from kiosk.models.records import Cell, SessionRecord
from kiosk.models.tables import (
    JournalMeta,
    SessionOrganisme,
    SessionRow,
    SessionThematique,
    StatCell,
)

CELL_REVISION = "cell_revision"
SENT_REVISION = "sent_revision"


#: Layer-1 columns as codes, in :data:`kiosk.stats.SESSION_COLUMNS` order.
_CODED_COLUMNS = {
    "hour": "printf('%02d', hour)",
    "help_requested": "CASE help_requested WHEN 1 THEN 'oui' ELSE 'non' END",
    "aidants_connect": (
        "CASE aidants_connect WHEN 1 THEN 'oui' WHEN 0 THEN 'non' ELSE NULL END"
    ),
}
_SELECT_SESSIONS = "SELECT {} FROM journal_session s".format(
    ", ".join(_CODED_COLUMNS.get(name, name) for name in stats.SESSION_COLUMNS)
)


def insert_sessions(connection: Connection, records: Sequence[SessionRecord]) -> set[date]:
    """Insert anonymised sessions; return the days they touch."""
    days: set[date] = set()
    for record in records:
        values = asdict(record)
        organismes = values.pop("organismes")
        thematiques = values.pop("thematiques")
        session_id = connection.execute(insert(SessionRow).values(**values)).lastrowid
        if organismes:
            connection.execute(
                insert(SessionOrganisme),
                [{"session_id": session_id, "organisme": code} for code in organismes],
            )
        if thematiques:
            connection.execute(
                insert(SessionThematique),
                [{"session_id": session_id, "thematique": code} for code in thematiques],
            )
        days.add(record.day)
    return days


def _day_filter(days: Collection[date] | None) -> tuple[str, dict[str, str]]:
    if days is None:
        return "", {}
    names = {f"d{index}": day.isoformat() for index, day in enumerate(sorted(days))}
    return " WHERE s.day IN ({})".format(", ".join(f":{name}" for name in names)), names


def compute_cells(connection: Connection, days: Collection[date] | None) -> dict[
    stats.CellKey, int
]:
    """Count layer 1 into cells for ``days`` (``None``: every day still stored)."""
    where, params = _day_filter(days)
    sessions = connection.execute(text(_SELECT_SESSIONS + where), params).tuples()
    organismes = connection.execute(
        text(
            "SELECT s.day, o.organisme FROM journal_session_organisme o "
            "JOIN journal_session s ON s.id = o.session_id" + where
        ),
        params,
    ).tuples()
    thematiques = connection.execute(
        text(
            "SELECT s.day, s.mode, t.thematique FROM journal_session_thematique t "
            "JOIN journal_session s ON s.id = t.session_id" + where
        ),
        params,
    ).tuples()
    return stats.compute_cells(sessions, organismes, thematiques)


def store_cells(
    connection: Connection,
    days: Collection[date] | None,
    wanted: dict[stats.CellKey, int],
    vocabulary_version: str,
) -> int:
    """Write the cells of ``days``; a cell whose day no longer counts it goes to 0.

    Only cells whose value changes are written, all with one new revision.

    Returns:
        The number of cells written.
    """
    where, params = _day_filter(days)
    existing = {
        (day, metric, dimension, code): value
        for day, metric, dimension, code, value in connection.execute(
            text(
                "SELECT s.day, s.metric, s.dimension, s.code, s.value FROM stat_cell s" + where
            ),
            params,
        ).tuples()
    }
    changes = [(key, value) for key, value in wanted.items() if existing.get(key) != value]
    changes += [(key, 0) for key, value in existing.items() if value and key not in wanted]
    if not changes:
        return 0
    revision = get_counter(connection, CELL_REVISION) + 1
    set_counter(connection, CELL_REVISION, revision)
    connection.exec_driver_sql(
        "INSERT INTO stat_cell (day, metric, dimension, code, value, revision, "
        "vocabulary_version) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day, metric, dimension, code) DO UPDATE SET value = excluded.value, "
        "revision = excluded.revision, vocabulary_version = excluded.vocabulary_version",
        [(*key, value, revision, vocabulary_version) for key, value in changes],
    )
    return len(changes)


def purge_sessions(connection: Connection, before: date) -> int:
    """Delete layer-1 sessions older than ``before`` (cells are kept)."""
    result = connection.execute(delete(SessionRow).where(SessionRow.day < before))
    return int(result.rowcount)


def get_counter(connection: Connection, key: str) -> int:
    """Return a journal counter (0 when never set)."""
    value = connection.execute(select(JournalMeta.value).where(JournalMeta.key == key)).scalar()
    return int(value or 0)


def set_counter(connection: Connection, key: str, value: int) -> None:
    """Store a journal counter."""
    connection.exec_driver_sql(
        "INSERT INTO journal_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _cells(rows: Iterable[StatCell]) -> list[Cell]:
    return [
        Cell(r.day, r.metric, r.dimension, r.code, r.value, r.revision, r.vocabulary_version)
        for r in rows
    ]


def read_cells(connection: Connection, start: date | None, end: date | None) -> list[Cell]:
    """Return the cells of a period (both ends included), ordered."""
    query = select(StatCell)
    if start is not None:
        query = query.where(StatCell.day >= start)
    if end is not None:
        query = query.where(StatCell.day <= end)
    query = query.order_by(StatCell.day, StatCell.metric, StatCell.dimension, StatCell.code)
    with Session(bind=connection) as session:
        return _cells(session.scalars(query))


def cells_since(connection: Connection, revision: int) -> list[Cell]:
    """Return the cells whose revision is above ``revision``, oldest change first."""
    query = (
        select(StatCell)
        .where(StatCell.revision > revision)
        .order_by(StatCell.revision, StatCell.day, StatCell.metric, StatCell.dimension)
    )
    with Session(bind=connection) as session:
        return _cells(session.scalars(query))


def sessions_on(connection: Connection, day: date) -> list[SessionRecord]:
    """Return the stored sessions of one day, in the order they were written."""
    with Session(bind=connection) as session:
        rows = session.scalars(
            select(SessionRow)
            .where(SessionRow.day == day)
            .order_by(SessionRow.id)
            .options(selectinload(SessionRow.organismes), selectinload(SessionRow.thematiques))
        ).all()
        return [
            SessionRecord(
                **{
                    name: getattr(row, name)
                    for name in SessionRecord.__dataclass_fields__
                    if name not in {"organismes", "thematiques"}
                },
                organismes=tuple(sorted(o.organisme for o in row.organismes)),
                thematiques=tuple(sorted(t.thematique for t in row.thematiques)),
            )
            for row in rows
        ]
