"""Alembic is the schema authority: models agree with it, upgrades are safe and fast."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kiosk.journal import Journal
from kiosk.models import all_metadata
from kiosk.models.engine import alembic_config, head_revision, make_engine, migrate
from tests.helpers.journal_facts import KNOWN, autonomous

NOW = datetime(2026, 11, 25, 7, 45)


def _built(path):
    engine = make_engine(path)
    migrate(path, engine, now=NOW)
    return engine


def test_models_and_migrations_agree(tmp_path):
    engine = _built(tmp_path / "j.sqlite3")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), all_metadata())
    engine.dispose()
    assert differences == []


def test_every_connection_has_wal_and_foreign_keys(tmp_path):
    engine = _built(tmp_path / "j.sqlite3")
    connections = [engine.connect() for _ in range(3)]  # distinct pooled connections
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        for connection in connections:
            connection.close()
        engine.dispose()


def test_a_database_at_the_head_is_not_migrated_again(tmp_path):
    path = tmp_path / "j.sqlite3"
    engine = _built(path)
    result = migrate(path, engine, now=NOW)
    engine.dispose()
    assert not result.upgraded and result.backup is None
    assert [p.name for p in tmp_path.iterdir() if "avant-migration" in p.name] == []


def test_a_new_file_is_created_without_a_backup(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3", known_organismes=KNOWN, clock=lambda: NOW)
    assert journal.open().ok
    assert journal.migration is not None
    assert journal.migration.before is None and journal.migration.backup is None
    journal.close()


def test_an_older_database_is_copied_before_the_upgrade(tmp_path):
    path = tmp_path / "journal.sqlite3"
    # a borne still at the first revision, with a session in it
    engine = make_engine(path, foreign_keys=False, pooled=False)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.exec_driver_sql(
            "INSERT INTO journal_session (day, hour, mode, duree_tranche, duree_detail, "
            "pages_printed, documents_scanned, documents_uploaded, help_requested, end_reason, "
            "vocabulary_version) VALUES ('2026-11-24', 10, 'autonome', '30', '5_15', 1, 0, 0, 0, "
            "'terminee', 'coop-cra-v2-2026-06')")
    engine.dispose()

    journal = Journal(path, known_organismes=KNOWN, clock=lambda: NOW)
    assert journal.open().ok
    migration = journal.migration
    assert migration is not None and migration.before == "0001"
    assert migration.after == head_revision()
    backup = migration.backup
    assert backup == tmp_path / "journal.sqlite3.avant-migration-0001-20261125T074500"
    journal.record(autonomous(datetime(2026, 11, 24, 11), "caf"))
    assert journal.flush()
    assert len(journal.sessions_on(datetime(2026, 11, 24).date())) == 2
    journal.close()

    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT count(*) FROM journal_session").fetchone() == (1,)
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "stat_cell" not in tables
    finally:
        copy.close()


def test_migrations_go_down_and_up_again(tmp_path):
    path = tmp_path / "j.sqlite3"
    _built(path).dispose()
    engine = make_engine(path, foreign_keys=False, pooled=False)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        differences = compare_metadata(MigrationContext.configure(connection), all_metadata())
    engine.dispose()
    assert differences == []


def test_foreign_keys_delete_the_links_of_a_purged_session(tmp_path):
    path = tmp_path / "j.sqlite3"
    journal = Journal(path, known_organismes=KNOWN, clock=lambda: NOW)
    journal.open()
    journal.record(autonomous(NOW, "caf", "ameli", "impots"))
    journal.flush()
    journal.close()
    engine = make_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM journal_session")
        left = connection.exec_driver_sql(
            "SELECT (SELECT count(*) FROM journal_session_organisme) + "
            "(SELECT count(*) FROM journal_session_thematique)").scalar()
    engine.dispose()
    assert left == 0


def test_a_database_from_a_newer_borne_is_left_alone(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _built(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")  # written by a newer version
    con.commit()
    con.close()
    journal = Journal(path, known_organismes=KNOWN, clock=lambda: NOW)
    status = journal.open()
    assert status.reason == "migration_failed"
    assert "fonctionne normalement pour le public" in status.message
    journal.record(autonomous(NOW, "caf"))
    assert journal.flush()
    journal.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    con.close()
    assert [p.name for p in tmp_path.iterdir() if "avant-migration" in p.name] == []
