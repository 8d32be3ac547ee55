"""The session state machine: pure, driven by events, timed by injected clocks.

A session goes ``waiting → active → (warning →) ended → waiting``. In an
accompanied session the staff may also pause it (``paused``), so that a person
who stepped away to fetch a paper does not lose their work.

Rules it guarantees:

* no silent end for inactivity: an idle session always passes through a
  ``warning`` of ``warning_s`` seconds, which any input cancels;
* a playing video or sound counts as presence (up to :data:`MEDIA_GRACE_MAX_S`
  after the last real input, so an autoplaying page cannot keep the previous
  person's session open for ever);
* opening hours: no new session before opening, after closing or in the last
  ``no_new_session_before_close_min`` minutes (an accompanied session may still
  start then: a member of staff is present); at closing time a running session
  is warned, then ended;
* a per-session page quota for printing.

Times come from a monotonic clock (durations, countdowns) and a wall clock
(opening hours only), both injected so the tests drive them. The Qt side
(``kiosk/ui/session_controller.py``) feeds events in and applies the notices
each call returns.
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from kiosk.anonymisation import AssistedFacts, SessionFacts
from kiosk.catalogue import Catalogue
from kiosk.config import SessionSettings

#: Longest time a playing media keeps a session alive without any real input.
MEDIA_GRACE_MAX_S = 30 * 60


class State(StrEnum):
    """Where the session stands."""

    WAITING = "waiting"
    ACTIVE = "active"
    PAUSED = "paused"
    WARNING = "warning"
    ENDED = "ended"


class Mode(StrEnum):
    """Who drives the session (codes shared with the journal)."""

    AUTONOME = "autonome"
    ACCOMPAGNE = "accompagne"


class WarningCause(StrEnum):
    """Why a countdown is on screen."""

    IDLE = "idle"
    CLOSING = "closing"


class EndReason(StrEnum):
    """Why a session ended (codes, never free text)."""

    USER = "user"
    IDLE = "idle"
    CLOSING = "closing"
    CRASH = "crash"
    STAFF = "staff"


class Refusal(StrEnum):
    """Why a new session cannot start now."""

    ALREADY_RUNNING = "already_running"
    NOT_OPEN_YET = "not_open_yet"
    CLOSING_SOON = "closing_soon"
    CLOSED = "closed"


class Notice(StrEnum):
    """What changed, for the Qt side to show."""

    STARTED = "started"
    WARNING = "warning"
    WARNING_CANCELLED = "warning_cancelled"
    CLOSING_SOON = "closing_soon"
    PAUSED = "paused"
    RESUMED = "resumed"
    ENDED = "ended"


@dataclass
class SessionFactsDraft:
    """What the journal needs to know about one session, collected as it runs.

    Only codes and counts: tile ids (the journal maps them to organismes and
    thématiques), never URLs, titles, file names or anything typed.
    """

    mode: Mode = Mode.AUTONOME
    started_wall: datetime | None = None
    duration_s: float = 0.0
    tiles: list[str] = field(default_factory=list)
    pages_printed: int = 0
    documents_scanned: int = 0
    documents_uploaded: int = 0
    documents_downloaded: int = 0
    help_requests: int = 0
    end_reason: EndReason | None = None
    feedback: str | None = None  # code of the journal's list "avis", or None
    assisted: AssistedFacts | None = None  # what the staff recorded (accompagné)


class Session:
    """One borne's session, from the first touch to the wipe.

    Args:
        settings: Delays, opening hours and print quota.
        clock: Monotonic seconds (``time.monotonic`` in production).
        wall: Local wall-clock time, used for opening hours only.
    """

    def __init__(
        self,
        settings: SessionSettings,
        clock: Callable[[], float] = _time.monotonic,
        wall: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._settings = settings
        self._clock = clock
        self._wall = wall
        self._state = State.WAITING
        self._facts = SessionFactsDraft()
        self._started_at = 0.0
        self._last_input = 0.0
        self._last_presence = 0.0
        self._media_playing = False
        self._warning_cause: WarningCause | None = None
        self._warning_started = 0.0
        self._closing_soon_told = False
        self._before_pause = State.ACTIVE

    # -- state -----------------------------------------------------------
    @property
    def state(self) -> State:
        """The current state."""
        return self._state

    @property
    def mode(self) -> Mode:
        """Autonomous or accompanied (meaningful once started)."""
        return self._facts.mode

    @property
    def warning_cause(self) -> WarningCause | None:
        """Why the countdown shows, or ``None`` outside ``warning``."""
        return self._warning_cause if self._state is State.WARNING else None

    @property
    def end_reason(self) -> EndReason | None:
        """Why the last session ended (``None`` before the first end)."""
        return self._facts.end_reason

    @property
    def facts(self) -> SessionFactsDraft:
        """The facts collected so far (final once the session has ended)."""
        return self._facts

    @property
    def settings(self) -> SessionSettings:
        """The settings this session follows."""
        return self._settings

    def idle_limit_s(self) -> int:
        """Seconds without input before the warning, for the current mode."""
        if self._facts.mode is Mode.ACCOMPAGNE:
            return self._settings.idle_accompagne_s
        return self._settings.idle_autonome_s

    def seconds_left(self) -> float | None:
        """Seconds before the end during a warning, else ``None``."""
        if self._state is not State.WARNING:
            return None
        elapsed = self._clock() - self._warning_started
        return max(0.0, self._settings.warning_s - elapsed)

    # -- opening hours ---------------------------------------------------
    def _hours_enabled(self) -> bool:
        return self._settings.closes_at > self._settings.opens_at

    def _closing_dt(self, now: datetime) -> datetime:
        return datetime.combine(now.date(), self._settings.closes_at, now.tzinfo)

    def _is_closing_time(self) -> bool:
        if not self._hours_enabled():
            return False
        now = self._wall()
        return not self._settings.opens_at <= now.time() < self._settings.closes_at

    def _in_last_minutes(self) -> bool:
        if not self._hours_enabled():
            return False
        now = self._wall()
        margin = timedelta(minutes=self._settings.no_new_session_before_close_min)
        return now >= self._closing_dt(now) - margin

    def refusal(self, mode: Mode = Mode.AUTONOME) -> Refusal | None:
        """Say why a session of ``mode`` cannot start now, or ``None`` if it can."""
        if self._state is not State.WAITING:
            return Refusal.ALREADY_RUNNING
        if not self._hours_enabled():
            return None
        now = self._wall().time()
        if now < self._settings.opens_at:
            return Refusal.NOT_OPEN_YET
        if now >= self._settings.closes_at:
            return Refusal.CLOSED
        if mode is Mode.AUTONOME and self._in_last_minutes():
            return Refusal.CLOSING_SOON
        return None

    # -- events ----------------------------------------------------------
    def start(self, mode: Mode = Mode.AUTONOME) -> Refusal | None:
        """Start a session (first tile touched, or staff starting one).

        Returns:
            ``None`` when it started, else why it did not.
        """
        refusal = self.refusal(mode)
        if refusal is not None:
            return refusal
        now = self._clock()
        self._facts = SessionFactsDraft(mode=mode, started_wall=self._wall())
        self._state = State.ACTIVE
        self._started_at = self._last_input = self._last_presence = now
        self._media_playing = False
        self._warning_cause = None
        self._closing_soon_told = False
        return None

    def activity(self) -> tuple[Notice, ...]:
        """Any input from the person (touch, mouse, wheel, key, "Je continue")."""
        if self._state in (State.WAITING, State.ENDED):
            return ()
        now = self._clock()
        self._last_input = self._last_presence = now
        if self._state is State.WARNING and self._warning_cause is WarningCause.IDLE:
            self._state = State.ACTIVE
            self._warning_cause = None
            return (Notice.WARNING_CANCELLED,)
        return ()

    def set_media_playing(self, playing: bool) -> tuple[Notice, ...]:
        """A video or sound started or stopped playing in the page."""
        if self._state in (State.WAITING, State.ENDED):
            return ()
        self._media_playing = playing
        # Presence is counted up to now in both directions: the idle delay
        # starts again when the video stops, not when it started.
        self._last_presence = self._clock()
        return ()

    def pause(self) -> tuple[Notice, ...]:
        """Staff pause an accompanied session (no inactivity end meanwhile)."""
        if self._facts.mode is not Mode.ACCOMPAGNE or self._state not in (
            State.ACTIVE,
            State.WARNING,
        ):
            return ()
        if self._state is State.WARNING and self._warning_cause is WarningCause.CLOSING:
            return ()
        self._state = State.PAUSED
        self._warning_cause = None
        return (Notice.PAUSED,)

    def resume(self) -> tuple[Notice, ...]:
        """Staff resume a paused session; the inactivity delay starts again."""
        if self._state is not State.PAUSED:
            return ()
        self._state = State.ACTIVE
        self._last_input = self._last_presence = self._clock()
        return (Notice.RESUMED,)

    def tick(self) -> tuple[Notice, ...]:
        """Let time pass: start or finish a countdown, watch closing time."""
        if self._state in (State.WAITING, State.ENDED):
            return ()
        now = self._clock()
        if self._state is State.WARNING:
            return self._tick_warning(now)
        if self._is_closing_time():
            return self._warn(WarningCause.CLOSING, now)
        notices: tuple[Notice, ...] = ()
        if not self._closing_soon_told and self._in_last_minutes():
            self._closing_soon_told = True
            notices = (Notice.CLOSING_SOON,)
        if self._state is State.ACTIVE and not self._present(now):
            idle_since = now - self._last_presence
            if idle_since >= self.idle_limit_s():
                return notices + self._warn(WarningCause.IDLE, now)
        return notices

    def end(self, reason: EndReason = EndReason.USER) -> tuple[Notice, ...]:
        """End now ("Terminer", staff, or the app closing the session)."""
        if self._state in (State.WAITING, State.ENDED):
            return ()
        return self._end(reason)

    def crash(self) -> tuple[Notice, ...]:
        """The page's renderer died: end at once so the wipe follows."""
        return self.end(EndReason.CRASH)

    def finish(self) -> None:
        """The wipe is done: back to waiting for the next person."""
        if self._state is State.ENDED:
            self._state = State.WAITING

    # -- facts -----------------------------------------------------------
    def record_tile(self, tile_id: str) -> None:
        """A tile was opened during this session (each id counted once)."""
        if self._state is not State.WAITING and tile_id not in self._facts.tiles:
            self._facts.tiles.append(tile_id)

    def record_help(self) -> None:
        """The person pressed "Demander de l'aide"."""
        if self._state is not State.WAITING:
            self._facts.help_requests += 1

    def record_scan(self, pages: int = 1) -> None:
        """A document of ``pages`` pages was scanned into the session folder."""
        if self._state is not State.WAITING and pages > 0:
            self._facts.documents_scanned += 1

    def record_upload(self) -> None:
        """A document was handed to a site through our picker."""
        if self._state is not State.WAITING:
            self._facts.documents_uploaded += 1

    def set_mode(self, mode: Mode) -> bool:
        """Staff join (or leave) a running session: the idle delay follows the mode."""
        if self._state in (State.WAITING, State.ENDED):
            return False
        if mode is Mode.AUTONOME and self._state is State.PAUSED:
            self._state = State.ACTIVE
            self._last_input = self._last_presence = self._clock()
        self._facts.mode = mode
        return True

    def record_feedback(self, code: str | None) -> None:
        """The person's answer to "Avez-vous pu faire votre démarche ?" (a code)."""
        if self._state is not State.WAITING:
            self._facts.feedback = code

    def record_assisted(self, assisted: AssistedFacts) -> None:
        """What the staff recorded when closing an accompanied session."""
        if self._state is not State.WAITING:
            self._facts.assisted = assisted

    def record_download(self) -> None:
        """A document (PDF or picture) was accepted into the session folder."""
        if self._state is not State.WAITING:
            self._facts.documents_downloaded += 1

    def pages_left(self) -> int:
        """Pages this session may still print."""
        return max(0, self._settings.print_quota_pages - self._facts.pages_printed)

    def can_print(self, pages: int, copies: int = 1) -> bool:
        """Whether ``pages`` × ``copies`` sheets fit in what is left of the quota."""
        if self._state in (State.WAITING, State.ENDED) or pages <= 0 or copies <= 0:
            return False
        return pages * copies <= self.pages_left()

    def record_print(self, pages: int, copies: int = 1) -> bool:
        """Count printed pages; refuse (``False``) what the quota does not allow."""
        if not self.can_print(pages, copies):
            return False
        self._facts.pages_printed += pages * copies
        return True

    # -- internals -------------------------------------------------------
    def _tick_warning(self, now: float) -> tuple[Notice, ...]:
        if self._warning_cause is WarningCause.IDLE and self._present(now):
            self._state = State.ACTIVE
            self._warning_cause = None
            return (Notice.WARNING_CANCELLED,)
        if now - self._warning_started < self._settings.warning_s:
            return ()
        if self._warning_cause is WarningCause.CLOSING:
            return self._end(EndReason.CLOSING)
        return self._end(EndReason.IDLE)

    def _present(self, now: float) -> bool:
        if self._state is State.PAUSED:
            return True
        return self._media_playing and now - self._last_input < MEDIA_GRACE_MAX_S

    def _warn(self, cause: WarningCause, now: float) -> tuple[Notice, ...]:
        self._state = State.WARNING
        self._warning_cause = cause
        self._warning_started = now
        return (Notice.WARNING,)

    def _end(self, reason: EndReason) -> tuple[Notice, ...]:
        self._state = State.ENDED
        self._warning_cause = None
        self._media_playing = False
        self._facts.end_reason = reason
        self._facts.duration_s = max(0.0, self._clock() - self._started_at)
        return (Notice.ENDED,)


#: How the journal names the end reasons.
_JOURNAL_END = {
    EndReason.USER: "terminee",
    EndReason.STAFF: "terminee",
    EndReason.IDLE: "inactivite",
    EndReason.CLOSING: "fermeture",
    EndReason.CRASH: "plantage",
}


def journal_facts(draft: SessionFactsDraft, catalogue: Catalogue) -> SessionFacts:
    """Turn an ended session's facts into what :meth:`kiosk.journal.Journal.record` takes.

    Organismes and thématiques come from the catalogue, so the journal
    never sees anything but codes.
    """
    tiles = tuple(draft.tiles)
    organismes: dict[str, str] = {}
    thematiques: dict[str, tuple[str, ...]] = {}
    for tile_id in tiles:
        tile = catalogue.tile(tile_id)
        organismes[tile_id] = tile.organisme if tile is not None else "autre"
        thematiques[tile_id] = tuple(tile.thematiques) if tile is not None else ()
    return SessionFacts(
        started_at=draft.started_wall or datetime.now(),
        duration_s=draft.duration_s,
        mode=draft.mode.value,
        tiles_opened=tiles,
        organismes=organismes,
        thematiques_by_tile=thematiques,
        pages_printed=draft.pages_printed,
        documents_scanned=draft.documents_scanned,
        documents_uploaded=draft.documents_uploaded,
        help_requested=draft.help_requests > 0,
        feedback=draft.feedback,
        assisted=draft.assisted,
        end_reason=_JOURNAL_END.get(draft.end_reason or EndReason.USER, "terminee"),
    )
