"""The session state machine, driven by fake clocks (no Qt)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from kiosk.config import SessionSettings
from kiosk.session import (
    MEDIA_GRACE_MAX_S,
    EndReason,
    Mode,
    Notice,
    Refusal,
    Session,
    State,
    WarningCause,
)


class Clocks:
    def __init__(self, wall: datetime = datetime(2026, 11, 25, 10, 0)) -> None:
        self.mono = 1000.0
        self.wall = wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)


SETTINGS = SessionSettings(
    idle_autonome_s=120,
    idle_accompagne_s=900,
    warning_s=30,
    opens_at=time(8, 30),
    closes_at=time(18, 0),
    no_new_session_before_close_min=10,
    print_quota_pages=20,
)


def make(wall: datetime = datetime(2026, 11, 25, 10, 0), settings=SETTINGS):
    clocks = Clocks(wall)
    return Session(settings, clock=lambda: clocks.mono, wall=lambda: clocks.wall), clocks


def run(session: Session, clocks: Clocks, seconds: int) -> list[Notice]:
    """Tick once a second for ``seconds`` and collect every notice."""
    notices: list[Notice] = []
    for _ in range(seconds):
        clocks.advance(1)
        notices.extend(session.tick())
    return notices


def test_starts_waiting_and_start_makes_it_active():
    session, _ = make()
    assert session.state is State.WAITING
    assert session.start() is None
    assert session.state is State.ACTIVE
    assert session.mode is Mode.AUTONOME
    assert session.start() is Refusal.ALREADY_RUNNING


def test_idle_session_is_warned_before_it_ends_never_silently():
    session, clocks = make()
    session.start()
    notices = run(session, clocks, 119)
    assert notices == [] and session.state is State.ACTIVE
    notices = run(session, clocks, 1)
    assert notices == [Notice.WARNING]
    assert session.state is State.WARNING
    assert session.warning_cause is WarningCause.IDLE
    assert session.seconds_left() == pytest.approx(30)
    notices = run(session, clocks, 29)
    assert notices == [] and session.seconds_left() == pytest.approx(1)
    notices = run(session, clocks, 1)
    assert notices == [Notice.ENDED]
    assert session.state is State.ENDED
    assert session.end_reason is EndReason.IDLE


def test_a_huge_clock_jump_still_warns_first():
    session, clocks = make()
    session.start()
    clocks.advance(10_000)
    assert session.tick() == (Notice.WARNING,)
    assert session.state is State.WARNING
    clocks.advance(10_000)
    assert session.tick() == (Notice.ENDED,)


def test_any_input_resets_the_idle_delay():
    session, clocks = make()
    session.start()
    for _ in range(5):
        run(session, clocks, 100)
        session.activity()
    assert session.state is State.ACTIVE


def test_input_during_warning_cancels_it():
    session, clocks = make()
    session.start()
    run(session, clocks, 125)
    assert session.state is State.WARNING
    assert session.activity() == (Notice.WARNING_CANCELLED,)
    assert session.state is State.ACTIVE
    assert session.seconds_left() is None
    assert run(session, clocks, 119) == []


def test_media_playing_does_not_time_out():
    session, clocks = make()
    session.start()
    session.set_media_playing(True)
    assert run(session, clocks, 20 * 60) == []
    assert session.state is State.ACTIVE
    # When the video stops, the full delay starts again from that moment.
    session.set_media_playing(False)
    assert run(session, clocks, 119) == []
    assert run(session, clocks, 1) == [Notice.WARNING]


def test_media_starting_during_warning_cancels_it():
    session, clocks = make()
    session.start()
    run(session, clocks, 121)
    assert session.state is State.WARNING
    session.set_media_playing(True)
    assert session.tick() == (Notice.WARNING_CANCELLED,)
    assert session.state is State.ACTIVE


def test_endless_autoplay_cannot_keep_a_session_for_ever():
    session, clocks = make()
    session.start()
    session.set_media_playing(True)
    notices = run(session, clocks, MEDIA_GRACE_MAX_S + 1)
    assert notices == [Notice.WARNING]
    assert session.end_reason is None


def test_accompanied_mode_waits_longer():
    session, clocks = make()
    session.start(Mode.ACCOMPAGNE)
    assert session.idle_limit_s() == 900
    assert run(session, clocks, 899) == []
    assert run(session, clocks, 1) == [Notice.WARNING]


def test_pause_and_resume_in_accompanied_mode():
    session, clocks = make()
    session.start(Mode.ACCOMPAGNE)
    assert session.pause() == (Notice.PAUSED,)
    assert session.state is State.PAUSED
    assert run(session, clocks, 3600) == []
    assert session.resume() == (Notice.RESUMED,)
    assert session.state is State.ACTIVE
    assert run(session, clocks, 899) == []
    assert run(session, clocks, 1) == [Notice.WARNING]


def test_pause_is_refused_in_autonomy():
    session, _ = make()
    session.start()
    assert session.pause() == ()
    assert session.state is State.ACTIVE
    assert session.resume() == ()


def test_user_ends_then_finish_returns_to_waiting():
    session, clocks = make()
    session.start()
    clocks.advance(42)
    assert session.end() == (Notice.ENDED,)
    assert session.state is State.ENDED
    assert session.end_reason is EndReason.USER
    assert session.facts.duration_s == pytest.approx(42)
    # Events after the end change nothing until the wipe is done.
    assert session.activity() == () and session.tick() == () and session.end() == ()
    session.finish()
    assert session.state is State.WAITING
    assert session.start() is None


def test_crash_ends_at_once():
    session, _ = make()
    session.start()
    assert session.crash() == (Notice.ENDED,)
    assert session.end_reason is EndReason.CRASH


def test_events_while_waiting_do_nothing():
    session, clocks = make()
    assert session.activity() == ()
    assert run(session, clocks, 1000) == []
    assert session.end() == ()
    assert session.state is State.WAITING


def test_no_session_before_opening_or_after_closing():
    session, _ = make(datetime(2026, 11, 25, 8, 0))
    assert session.start() is Refusal.NOT_OPEN_YET
    session, _ = make(datetime(2026, 11, 25, 18, 0))
    assert session.start() is Refusal.CLOSED
    assert session.start(Mode.ACCOMPAGNE) is Refusal.CLOSED
    assert session.state is State.WAITING


def test_no_new_autonomous_session_in_the_last_minutes():
    session, _ = make(datetime(2026, 11, 25, 17, 50))
    assert session.start() is Refusal.CLOSING_SOON
    # Staff beside the person may still start an accompanied one.
    assert session.start(Mode.ACCOMPAGNE) is None
    session, _ = make(datetime(2026, 11, 25, 17, 49, 59))
    assert session.start() is None


def test_closing_time_warns_then_ends_even_with_activity():
    session, clocks = make(datetime(2026, 11, 25, 17, 49, 30))
    assert session.start() is None
    notices = run(session, clocks, 60)
    assert notices == [Notice.CLOSING_SOON]
    clocks.wall = datetime(2026, 11, 25, 17, 59, 59)
    session.activity()
    assert session.tick() == ()
    clocks.advance(1)
    assert session.tick() == (Notice.WARNING,)
    assert session.warning_cause is WarningCause.CLOSING
    session.activity()  # a touch does not keep the borne open
    assert session.state is State.WARNING
    notices = run(session, clocks, 30)
    assert notices == [Notice.ENDED]
    assert session.end_reason is EndReason.CLOSING


def test_closing_time_ends_a_paused_session_too():
    session, clocks = make(datetime(2026, 11, 25, 17, 0))
    session.start(Mode.ACCOMPAGNE)
    session.pause()
    clocks.wall = datetime(2026, 11, 25, 18, 0)
    assert session.tick() == (Notice.WARNING,)
    assert session.pause() == ()
    assert Notice.ENDED in run(session, clocks, 30)


def test_opening_hours_disabled_when_closing_not_after_opening():
    settings = SessionSettings(opens_at=time(0, 0), closes_at=time(0, 0))
    session, clocks = make(datetime(2026, 11, 25, 23, 59), settings)
    assert session.start() is None
    assert run(session, clocks, 60) == []


def test_print_quota():
    session, _ = make()
    assert not session.can_print(1)  # no session, no printing
    session.start()
    assert session.pages_left() == 20
    assert session.can_print(5, copies=4)
    assert not session.can_print(7, copies=3)
    assert not session.record_print(21)
    assert session.record_print(3, copies=2)
    assert session.pages_left() == 14
    assert session.record_print(14)
    assert session.pages_left() == 0
    assert not session.can_print(1)
    assert not session.can_print(0)
    assert session.facts.pages_printed == 20


def test_quota_starts_again_with_the_next_session():
    session, _ = make()
    session.start()
    session.record_print(20)
    session.end()
    session.finish()
    session.start()
    assert session.pages_left() == 20


def test_facts_for_the_journal():
    session, clocks = make()
    session.start(Mode.ACCOMPAGNE)
    session.record_tile("caf")
    session.record_tile("impots")
    session.record_tile("caf")
    session.record_help()
    session.record_scan(2)
    session.record_upload()
    session.record_download()
    session.record_print(2)
    clocks.advance(300)
    session.end(EndReason.STAFF)
    facts = session.facts
    assert facts.mode is Mode.ACCOMPAGNE
    assert facts.tiles == ["caf", "impots"]
    assert facts.help_requests == 1
    assert facts.documents_scanned == 1
    assert facts.documents_uploaded == 1
    assert facts.documents_downloaded == 1
    assert facts.pages_printed == 2
    assert facts.duration_s == pytest.approx(300)
    assert facts.end_reason is EndReason.STAFF
    assert facts.started_wall == datetime(2026, 11, 25, 10, 0)
    # The next session starts with clean facts.
    session.finish()
    session.start()
    assert session.facts.tiles == [] and session.facts.pages_printed == 0


def test_journal_facts_use_catalogue_codes_only():
    from kiosk.anonymisation import anonymise
    from kiosk.catalogue import catalogue_from_text
    from kiosk.demo.server import DemoServer
    from kiosk.session import journal_facts
    from kiosk.vocabulary import vocabulary

    text = DemoServer(0).catalogue_text()
    catalogue = catalogue_from_text(text, "demo")
    session, clocks = make()
    session.start()
    session.record_tile("caf")
    session.record_tile("impots")
    session.record_help()
    session.record_print(2)
    clocks.advance(600)
    session.end(EndReason.IDLE)
    facts = journal_facts(session.facts, catalogue)
    assert facts.tiles_opened == ("caf", "impots")
    assert facts.organismes == {"caf": "caf", "impots": "impots"}
    assert facts.thematiques_by_tile["impots"] == ("argent_impots",)
    assert facts.end_reason == "inactivite"
    assert facts.help_requested is True
    assert facts.pages_printed == 2
    assert facts.duration_s == pytest.approx(600)
    assert facts.mode == "autonome"
    # The journal accepts them as they are.
    known = frozenset(t.organisme for t in catalogue.tiles)
    record = anonymise(facts, known, vocabulary())
    assert record is not None


def test_staff_join_a_running_session():
    session, clocks = make()
    assert not session.set_mode(Mode.ACCOMPAGNE)  # nothing running
    session.start()
    assert session.set_mode(Mode.ACCOMPAGNE)
    assert session.mode is Mode.ACCOMPAGNE
    assert run(session, clocks, 899) == []
    session.pause()
    assert session.set_mode(Mode.AUTONOME)  # staff leave: no pause any more
    assert session.state is State.ACTIVE
    assert run(session, clocks, 120) == [Notice.WARNING]


def test_feedback_and_assisted_facts_reach_the_journal():
    from kiosk.anonymisation import AssistedFacts
    from kiosk.catalogue import catalogue_from_text
    from kiosk.demo.server import DemoServer
    from kiosk.session import journal_facts

    catalogue = catalogue_from_text(DemoServer(0).catalogue_text(), "demo")
    session, _ = make()
    session.start(Mode.ACCOMPAGNE)
    assisted = AssistedFacts(
        role="accueil", pathway="acces_aux_droits", thematiques=(),
        demarche_aboutie=None, autonomie=None, redirection=None,
    )
    session.record_feedback("oui")
    session.record_assisted(assisted)
    session.end(EndReason.STAFF)
    facts = journal_facts(session.facts, catalogue)
    assert facts.feedback == "oui"
    assert facts.assisted is assisted
    assert facts.mode == "accompagne"
    assert facts.end_reason == "terminee"
