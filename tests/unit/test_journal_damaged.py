"""A damaged or unreadable journal never stops the borne, and is never deleted."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime

from kiosk.journal import Journal, JournalState
from tests.helpers.journal_facts import KNOWN, autonomous

NOW = datetime(2026, 11, 25, 8, 30, 5)


def _journal(path):
    return Journal(path, known_organismes=KNOWN, clock=lambda: NOW)


def _filled(path, sessions=300):
    journal = _journal(path)
    assert journal.open().ok
    for index in range(sessions):
        journal.record(autonomous(datetime(2026, 11, 25, 9 + index % 8), "caf", "ameli"))
    assert journal.flush()
    journal.close()


def _assert_disabled_and_kept(journal, path, original: bytes | None):
    status = journal.status
    assert status.state is JournalState.DISABLED
    assert status.reason == "damaged"
    assert "mis de côté" in status.message and "rien n'a été effacé" in status.message
    kept = status.kept_aside
    assert kept is not None and kept.parent == path.parent
    assert kept.name == "journal.sqlite3.abime-20261125T083005"
    assert str(kept) in status.message
    assert not path.exists()
    if original is not None:
        assert kept.read_bytes() == original
    # the borne keeps serving: recording is a silent no-op, reading gives nothing
    journal.record(autonomous(NOW, "caf"))
    assert journal.flush()
    assert journal.cells() == []
    assert journal.totals().get("sessions") == 0
    journal.close()
    # next start: a new journal, the damaged one still aside
    fresh = _journal(path)
    assert fresh.open().ok
    fresh.close()
    assert kept.exists()


def test_garbage_bytes(tmp_path):
    path = tmp_path / "journal.sqlite3"
    garbage = os.urandom(50_000)
    path.write_bytes(garbage)
    journal = _journal(path)
    assert not journal.open().ok
    _assert_disabled_and_kept(journal, path, garbage)


def test_truncated_file(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _filled(path)
    data = path.read_bytes()
    assert len(data) > 40_000
    path.write_bytes(data[: len(data) // 3])
    journal = _journal(path)
    assert not journal.open().ok
    _assert_disabled_and_kept(journal, path, data[: len(data) // 3])


def test_overwritten_pages_inside_a_real_database(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _filled(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page * 3):  # header intact, pages smashed
        data[offset : offset + 512] = os.urandom(512)
    path.write_bytes(bytes(data))
    journal = _journal(path)
    assert not journal.open().ok
    _assert_disabled_and_kept(journal, path, bytes(data))


def test_a_directory_where_the_file_should_be(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.mkdir()
    (path / "something").write_text("kept")
    journal = _journal(path)
    assert not journal.open().ok
    kept = journal.status.kept_aside
    assert kept is not None and (kept / "something").read_text() == "kept"
    _assert_disabled_and_kept(journal, path, None)


def test_wal_and_shm_files_move_aside_with_the_database(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    (tmp_path / "journal.sqlite3-wal").write_bytes(b"wal bytes")
    journal = _journal(path)
    journal.open()
    kept = journal.status.kept_aside
    assert kept is not None
    assert (tmp_path / (kept.name + "-wal")).read_bytes() == b"wal bytes"
    assert not (tmp_path / "journal.sqlite3-wal").exists()
    journal.close()


def test_two_damaged_files_the_same_second_both_kept(tmp_path):
    path = tmp_path / "journal.sqlite3"
    for content in (b"first" * 10, b"second" * 10):
        path.write_bytes(content)
        journal = _journal(path)
        journal.open()
        journal.close()
    kept = sorted(p.name for p in tmp_path.iterdir() if ".abime-" in p.name)
    assert kept == ["journal.sqlite3.abime-20261125T083005",
                    "journal.sqlite3.abime-20261125T083005-2"]


def test_damage_found_while_running_disables_the_journal_not_the_borne(tmp_path):
    path = tmp_path / "journal.sqlite3"
    journal = _journal(path)
    assert journal.open().ok
    # someone replaces the tables under the running borne
    con = sqlite3.connect(path)
    con.execute("DROP TABLE stat_cell")
    con.close()
    journal.record(autonomous(NOW, "caf"))
    assert journal.flush()
    assert journal.status.reason == "write_failed"
    assert "ne peut plus être écrit" in journal.status.message
    journal.record(autonomous(NOW, "caf"))  # still silent, still no exception
    assert journal.flush()
    journal.close()
    assert path.exists()  # nothing deleted


def test_cells_of_a_good_database_are_read_back_after_restart(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _filled(path, sessions=12)
    journal = _journal(path)
    assert journal.open().ok
    assert journal.totals(date(2026, 11, 25), date(2026, 11, 25)).get("sessions") == 12
    journal.close()


def test_a_folder_that_cannot_be_made_disables_the_journal_only(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    journal = _journal(blocker / "journal.sqlite3")
    status = journal.open()
    assert status.state is JournalState.DISABLED and status.reason == "unavailable"
    assert "fonctionne normalement pour le public" in status.message
    journal.record(autonomous(NOW, "caf"))
    assert journal.flush()
    journal.close()
    assert blocker.read_text() == "a file where the data folder should be"
