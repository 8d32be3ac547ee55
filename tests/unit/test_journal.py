"""The journal as the sessions code uses it: record, flush, read back, purge, sync hooks."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from kiosk.journal import (
    DROPPED_FACTS,
    NEVER_RECORDED,
    RECORDED_FIELDS,
    RETENTION_DAYS,
    AssistedFacts,
    Journal,
    SessionFacts,
    anonymise,
    duration_bands,
)
from kiosk.vocabulary import vocabulary
from tests.helpers.journal_facts import KNOWN, assisted, autonomous

TODAY = datetime(2026, 11, 25, 16, 0)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(TODAY)


@pytest.fixture
def journal(tmp_path, clock):
    journal = Journal(tmp_path / "journal.sqlite3", known_organismes=KNOWN, clock=clock)
    assert journal.open().ok
    yield journal
    journal.close()


def cell_values(journal, day=None):
    return {
        (c.metric, c.dimension, c.code): c.value
        for c in journal.cells(day, day)
        if c.value
    }


def test_a_session_is_kept_as_codes_only(journal):
    journal.record(autonomous(datetime(2026, 11, 25, 9, 41), "caf", "ameli", duration_s=700,
                              pages_printed=2, feedback="en_partie", help_requested=True))
    assert journal.flush()
    [row] = journal.sessions_on(date(2026, 11, 25))
    assert row.hour == 9
    assert row.mode == "autonome"
    assert (row.duree_tranche, row.duree_detail) == ("30", "5_15")
    assert row.organismes == ("ameli", "caf")
    # CAF maps to two thématiques: only the organisme says something.
    assert row.thematiques == ("social_sante",)
    assert (row.pages_printed, row.help_requested, row.feedback) == (2, True, "en_partie")
    assert row.role is None and row.tranche_age is None
    assert row.vocabulary_version == vocabulary().version


def test_daily_cells_have_one_dimension_each(journal):
    day = datetime(2026, 11, 25, 10, 5)
    journal.record(autonomous(day, "caf", pages_printed=3))
    journal.record(autonomous(day.replace(hour=14), "impots", "nowhere"))
    journal.record(assisted(day.replace(hour=10), "ameli", tranche_age="soixante_dix_plus"))
    assert journal.flush()
    cells = cell_values(journal, date(2026, 11, 25))
    assert cells[("sessions", "total", "total")] == 3
    assert cells[("sessions", "mode", "autonome")] == 2
    assert cells[("sessions", "mode", "accompagne")] == 1
    assert cells[("sessions", "heure", "10")] == 2
    assert cells[("sessions", "heure", "14")] == 1
    assert cells[("sessions", "organisme", "autre")] == 1
    assert cells[("sessions", "thematique", "argent_impots")] == 1
    assert cells[("accompagnements", "tranche_age", "soixante_dix_plus")] == 1
    assert cells[("accompagnements", "role", "mediateur_numerique")] == 1
    assert cells[("pages_imprimees", "total", "total")] == 3
    # demographics only ever appear alone, under the accompaniments
    demographic = {k for k in cells if k[1] in {"tranche_age", "statut"}}
    assert all(metric == "accompagnements" for metric, _, _ in demographic)
    assert not [k for k in cells if k[1] == "heure" and k[0] != "sessions"]


def test_invalid_staff_answers_become_not_given_never_text(journal):
    facts = assisted(
        datetime(2026, 11, 25, 11), "caf",
        role="Mme Martin", pathway="??", thematiques=("logement", "écrit à la main"),
        demarche_aboutie="peut-être", autonomie="bof", redirection="chez Paul",
        tranche_age="42 ans", statut="cadre", aidants_connect="oui",  # type: ignore[arg-type]
    )
    journal.record(facts)
    assert journal.flush()
    [row] = journal.sessions_on(date(2026, 11, 25))
    assert row.mode == "accompagne"
    assert row.thematiques == ("logement",)
    assert (row.role, row.parcours, row.demarche_aboutie, row.autonomie, row.redirection) == (
        None, None, None, None, None)
    assert (row.tranche_age, row.statut, row.aidants_connect) == (
        "non_communique", "non_communique", False)


def test_unknown_or_odd_organismes_become_autre():
    vocab = vocabulary()
    facts = SessionFacts(
        started_at=TODAY, duration_s=5, mode="autonome",
        tiles_opened=("a", "b", "c", "a"),
        organismes={"a": "caf", "b": "Mairie de Trifouilly", "c": "impots"},
        thematiques_by_tile={},
    )
    record = anonymise(facts, frozenset({"caf", "Mairie de Trifouilly"}), vocab)
    assert record.organismes == ("caf", "autre")


def test_wrong_mode_feedback_and_counts_are_cleaned():
    facts = SessionFacts(
        started_at=datetime(2026, 11, 25, 23, 59, tzinfo=timezone(timedelta(hours=1))),
        duration_s=float("nan"), mode="turbo", tiles_opened=(), organismes={},
        thematiques_by_tile={}, pages_printed=-4, documents_scanned=10**9,
        feedback="super", end_reason="boom",
    )
    record = anonymise(facts, KNOWN, vocabulary())
    assert record.mode == "autonome"
    assert record.feedback is None and record.end_reason == "terminee"
    assert (record.pages_printed, record.documents_scanned) == (0, 10_000)
    assert record.duree_tranche == "30"


@pytest.mark.parametrize(
    ("seconds", "bands"),
    [(0, ("30", "moins_5")), (299, ("30", "moins_5")), (300, ("30", "5_15")),
     (1799, ("30", "15_30")), (1800, ("60", "30_plus")), (3600, ("120", "30_plus")),
     (7200, ("more", "30_plus"))],
)
def test_duration_bands(seconds, bands):
    assert duration_bands(seconds) == bands


def test_what_is_recorded_is_exactly_the_stored_columns(journal):
    con = sqlite3.connect(journal.database)
    columns = {row[1] for row in con.execute("PRAGMA table_info(journal_session)")}
    con.close()
    assert columns - {"id"} == set(RECORDED_FIELDS) - {"organismes", "thematiques"}


def test_every_fact_is_either_kept_or_listed_as_never_kept():
    consumed = {
        "mode", "organismes", "thematiques_by_tile", "pages_printed", "documents_scanned",
        "documents_uploaded", "help_requested", "feedback", "end_reason", "assisted",
    }
    fact_fields = {f.name for f in dataclasses.fields(SessionFacts)}
    assert fact_fields == consumed | set(DROPPED_FACTS)
    assert set(DROPPED_FACTS.values()) <= set(NEVER_RECORDED)
    assert {f.name for f in dataclasses.fields(AssistedFacts)} <= {
        "role", "pathway", "thematiques", "demarche_aboutie", "autonomie", "redirection",
        "tranche_age", "statut", "aidants_connect"}


def test_sessions_older_than_31_days_are_deleted_but_cells_stay(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path, known_organismes=KNOWN, clock=clock)
    journal.open()
    old = TODAY - timedelta(days=RETENTION_DAYS + 1)
    edge = TODAY - timedelta(days=RETENTION_DAYS)
    for day in (old, edge, TODAY):  # each written on its own day
        clock.now = day
        journal.record(autonomous(day, "caf", "ameli"))
        assert journal.flush()
    journal.close()

    clock.now = TODAY + timedelta(days=1)  # next morning: the edge day is now too old
    journal = Journal(path, known_organismes=KNOWN, clock=clock)
    journal.open()
    try:
        assert journal.sessions_on(old.date()) == []
        assert journal.sessions_on(edge.date()) == []
        assert len(journal.sessions_on(TODAY.date())) == 1
        assert cell_values(journal, old.date())[("sessions", "total", "total")] == 1
        assert journal.totals().get("sessions") == 3
    finally:
        journal.close()
    con = sqlite3.connect(path)
    # the association rows went with their sessions (foreign keys are on)
    assert con.execute("SELECT count(*) FROM journal_session_organisme").fetchone() == (2,)
    con.close()


def test_the_writer_purges_when_the_day_changes_while_running(journal, clock):
    journal.record(autonomous(TODAY, "caf"))
    assert journal.flush()
    clock.now = TODAY + timedelta(days=RETENTION_DAYS + 1)
    journal.record(autonomous(clock.now, "ameli"))
    assert journal.flush()
    assert journal.sessions_on(TODAY.date()) == []
    assert cell_values(journal, TODAY.date())[("sessions", "organisme", "caf")] == 1


def test_revisions_move_only_when_a_value_changes(journal):
    day = datetime(2026, 11, 24, 9)
    journal.record(autonomous(day, "caf"))
    assert journal.flush()
    first = {(c.dimension, c.code): c.revision for c in journal.changed_cells()}
    assert set(first.values()) == {1}
    journal.record(autonomous(day.replace(hour=15), "caf"))
    assert journal.flush()
    changed = {(c.dimension, c.code): c for c in journal.changed_cells(since=1)}
    assert changed[("total", "total")].value == 2
    assert changed[("heure", "15")].value == 1
    assert ("heure", "09") not in changed  # still 1: not sent again
    assert {c.revision for c in changed.values()} == {2}
    assert journal.revisions() == (2, 0)


def test_mark_sent_leaves_cells_changed_in_flight_dirty(journal):
    journal.record(autonomous(datetime(2026, 11, 24, 9), "caf"))
    assert journal.flush()
    batch = journal.changed_cells()
    in_flight = max(c.revision for c in batch)
    journal.record(autonomous(datetime(2026, 11, 24, 10), "caf"))  # while the batch travels
    assert journal.flush()
    journal.mark_sent(in_flight)
    dirty = {(c.dimension, c.code) for c in journal.changed_cells()}
    assert ("total", "total") in dirty and ("heure", "10") in dirty
    assert ("heure", "09") not in dirty
    journal.mark_sent(in_flight - 1)  # an old acknowledgement never moves backwards
    assert journal.revisions()[1] == in_flight


def test_sent_revision_survives_a_restart(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path, known_organismes=KNOWN, clock=clock)
    journal.open()
    journal.record(autonomous(TODAY, "caf"))
    journal.flush()
    journal.mark_sent(journal.revisions()[0])
    journal.close()
    again = Journal(path, known_organismes=KNOWN, clock=clock)
    again.open()
    try:
        assert again.changed_cells() == []
        assert again.revisions() == (1, 1)
    finally:
        again.close()


def test_a_closed_or_unopened_journal_ignores_records(tmp_path, clock):
    journal = Journal(tmp_path / "j.sqlite3", known_organismes=KNOWN, clock=clock)
    journal.record(autonomous(TODAY, "caf"))
    assert journal.flush()
    assert journal.cells() == []
    assert not (tmp_path / "j.sqlite3").exists()


def test_unusable_facts_are_dropped_without_raising(journal):
    journal.record(autonomous(TODAY, "caf", duration_s="long"))  # type: ignore[arg-type]
    journal.record(None)  # type: ignore[arg-type]
    journal.record(autonomous(TODAY, "ameli"))
    assert journal.flush()
    assert journal.status.ok
    assert len(journal.sessions_on(TODAY.date())) == 1


def test_a_session_dated_before_the_kept_days_does_not_shrink_old_cells(journal, clock):
    old = TODAY - timedelta(days=40)
    clock.now = old + timedelta(hours=2)
    for _ in range(3):
        journal.record(autonomous(old, "caf"))
    assert journal.flush()
    clock.now = TODAY  # 40 days later: the sessions of that day are purged, cells kept
    journal.record(autonomous(TODAY, "ameli"))
    journal.record(autonomous(old, "caf"))  # a clock gone backwards
    assert journal.flush()
    assert cell_values(journal, old.date())[("sessions", "total", "total")] == 3
    assert journal.sessions_on(old.date()) == []
    assert journal.totals().get("sessions") == 4
