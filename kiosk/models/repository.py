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


#: SQL giving the cell code of a layer-1 column (plain columns are codes already).
_CODE_SQL = {
    "hour": "printf('%02d', hour)",
    "help_requested": "CASE help_requested WHEN 1 THEN 'oui' ELSE 'non' END",
    "aidants_connect": "CASE aidants_connect WHEN 1 THEN 'oui' WHEN 0 THEN 'non' END",
}


def _where(*conditions: str) -> str:
    kept = [condition for condition in conditions if condition]
    return " WHERE " + " AND ".join(kept) if kept else ""


def _cell_queries(days_filter: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Return (metric, (dimension, …), SQL) for every group of dimensions.

    Each query counts sessions per day and per combination of its columns;
    :func:`compute_cells` then adds the combinations up per dimension. The
    counting itself happens in SQLite, a few scans for the whole set.
    """
    assisted = "mode = 'accompagne'"
    queries = []
    for metric, groups, condition in (
        (stats.SESSIONS, stats.SESSION_GROUPS, ""),
        (stats.ACCOMPAGNEMENTS, stats.ASSISTED_GROUPS, assisted),
    ):
        for group in groups:
            columns = ", ".join(_CODE_SQL.get(column, column) for column in group.values())
            positions = ", ".join(str(index + 2) for index in range(len(group)))
            sql = (
                f"SELECT day, {columns}, count(*) FROM journal_session"
                f"{_where(days_filter, condition)} GROUP BY 1, {positions}"
            )
            queries.append((metric, tuple(group), sql))
    for metric, table, column, condition in (
        (stats.SESSIONS, "journal_session_organisme", "organisme", ""),
        (stats.SESSIONS, "journal_session_thematique", "thematique", ""),
        (stats.ACCOMPAGNEMENTS, "journal_session_thematique", "thematique", assisted),
    ):
        sql = (
            f"SELECT day, {column}, count(*) FROM {table}"
            f"{_where(days_filter, condition)} GROUP BY 1, 2"
        )
        queries.append((metric, (column,), sql))
    return queries


def _totals_sql(days_filter: str) -> str:
    sums = ", ".join(f"sum({column})" for column in stats.SUMS.values())
    return (
        f"SELECT day, count(*), sum(mode = 'accompagne'), {sums} "
        f"FROM journal_session{_where(days_filter)} GROUP BY day"
    )


def insert_sessions(connection: Connection, records: Sequence[SessionRecord]) -> set[date]:
    """Insert anonymised sessions; return the days they touch."""
    days: set[date] = set()
    for record in records:
        values = asdict(record)
        organismes = values.pop("organismes")
        thematiques = values.pop("thematiques")
        session_id = connection.execute(insert(SessionRow).values(**values)).lastrowid
        day, mode = record.day, record.mode
        if organismes:
            connection.execute(
                insert(SessionOrganisme),
                [{"session_id": session_id, "organisme": c, "day": day} for c in organismes],
            )
        if thematiques:
            connection.execute(
                insert(SessionThematique),
                [
                    {"session_id": session_id, "thematique": c, "day": day, "mode": mode}
                    for c in thematiques
                ],
            )
        days.add(record.day)
    return days


def _day_filter(days: Collection[date] | None) -> tuple[str, dict[str, str]]:
    if days is None:
        return "", {}
    names = {f"d{index}": day.isoformat() for index, day in enumerate(sorted(days))}
    return "day IN ({})".format(", ".join(f":{name}" for name in names)), names


def compute_cells(connection: Connection, days: Collection[date] | None) -> dict[
    stats.CellKey, int
]:
    """Count layer 1 into cells for ``days`` (``None``: every day still stored).

    Returns:
        Cell key → count, zero counts left out.
    """
    condition, params = _day_filter(days)
    # Plain tuples straight from the driver, inside the caller's transaction.
    raw = connection.connection.driver_connection
    assert raw is not None
    cells: dict[stats.CellKey, int] = {}
    for metric, dimensions, sql in _cell_queries(condition):
        for day, *codes, count in raw.execute(sql, params):
            for dimension, code in zip(dimensions, codes, strict=True):
                if code is not None:
                    key = (day, metric, dimension, code)
                    cells[key] = cells.get(key, 0) + count
    metrics = (stats.SESSIONS, stats.ACCOMPAGNEMENTS, *stats.SUMS)
    for day, *values in raw.execute(_totals_sql(condition), params):
        for metric, value in zip(metrics, values, strict=True):
            if value:
                cells[(day, metric, stats.TOTAL, stats.TOTAL)] = value
    return cells


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
    condition, params = _day_filter(days)
    where = f" WHERE s.{condition}" if condition else ""
    existing = {
        (day, metric, dimension, code): value
        for day, metric, dimension, code, value in connection.execute(
            text(
                "SELECT s.day, s.metric, s.dimension, s.code, s.value FROM stat_cell s" + where
            ),
            params,
        ).all()
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
