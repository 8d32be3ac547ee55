"""The borne's sync against the real federation server (SQLite and PostgreSQL)."""

from __future__ import annotations

from kiosk.sync import credentials
from kiosk.sync.worker import Outcome


def test_enrol_journal_sync_and_totals_match(borne, server):
    assert borne.sync.status().state == "non_inscrite"
    borne.sessions(40, days_back=5)
    # Not enrolled: the journal keeps counting, nothing is sent.
    assert borne.sync.run_once().outcome is Outcome.NOT_ENROLLED

    enrolment = borne.enrol(server.url, server.code())
    assert credentials.load() == enrolment
    result = borne.sync.run_once()
    assert result.outcome is Outcome.DONE and result.sent >= 1
    assert server.totals(enrolment.device_id) == borne.totals()
    assert borne.totals()[("sessions", "total", "all")] == 40

    # More sessions, another round: only the changes go, totals still equal.
    borne.sessions(15, days_back=1)
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert server.totals(enrolment.device_id) == borne.totals()
    status = borne.sync.status()
    assert status.state == "a_jour"
    assert status.pending_batches == 0
    assert status.last_success is not None
    assert status.clock_code == "ok"
    assert borne.journal.revisions()[1] == borne.journal.revisions()[0]


def test_keyring_out_of_order_means_waiting_not_losing(borne, server):
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    enrolment = borne.enrol(server.url, server.code())

    class Locked(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            raise KeyringLocked("verrouillé")

        def set_password(self, service, username, password):
            raise KeyringLocked("verrouillé")

        def delete_password(self, service, username):
            raise KeyringLocked("verrouillé")

    working = keyring.get_keyring()
    keyring.set_keyring(Locked())
    try:
        borne.sessions(5)
        assert borne.sync.run_once().outcome is Outcome.NO_KEYRING
        assert borne.sync.status().state == "coffre_indisponible"
        assert "coffre-fort" in borne.sync.status().headline
    finally:
        keyring.set_keyring(working)
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert server.totals(enrolment.device_id) == borne.totals()


def test_journal_started_anew_asks_for_a_new_enrolment_and_figures_add_up(
    borne, server, tmp_path
):
    """A damaged journal is moved aside and a new one starts: nothing is overwritten."""
    from tests.sync.conftest import Borne

    old = borne.enrol(server.url, server.code())
    borne.sessions(30, days_back=2)
    assert borne.sync.run_once().outcome is Outcome.DONE
    fresh = Borne(tmp_path / "nouveau")  # same keyring identity, new journal file
    try:
        fresh.sessions(4)
        assert fresh.sync.run_once().outcome is Outcome.STOPPED
        status = fresh.sync.status()
        assert status.state == "arretee"
        assert "inscrivez la borne de nouveau" in status.last_error
        assert server.totals(old.device_id) == borne.totals()  # untouched

        new = fresh.enrol(server.url, server.code())
        assert fresh.sync.run_once().outcome is Outcome.DONE
        assert server.totals(new.device_id) == fresh.totals()
        assert server.totals(old.device_id) == borne.totals()
    finally:
        fresh.close()
