"""The sync loop: one round (:class:`Synchroniser`) and its background thread.

A round: read the enrolment from the keyring (none: nothing to do, the
journal keeps counting), check the clock against the server's ``Date``
*before* sending anything, turn the journal's changes into stored batches,
then send the oldest pending batch until none is left or the server fails.
The thread (:class:`SyncWorker`, never the GUI thread) runs rounds every
few minutes, backs off exponentially with jitter on failure and waits at
least what ``Retry-After`` asks.
"""

from __future__ import annotations

import enum
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kiosk.sync import clock as clocks
from kiosk.sync import credentials, rotation, status
from kiosk.sync.catalogue_feed import CatalogueFeed
from kiosk.sync.client import Answer, FederationClient, NetworkError, Verdict, classify
from kiosk.sync.outbox import JournalSource, Outbox, Pending
from kiosk.sync.protocol import ProtocolError, parse_acknowledgement

log = logging.getLogger("sync")

#: Error codes of the server meaning the token no longer works.
_AUTH_CODES = {"jeton_invalide", "borne_revoquee", "autre_borne"}


class Outcome(enum.Enum):
    """How a round ended."""

    DONE = "done"  # everything acknowledged (or nothing to send)
    RETRY = "retry"  # server or network trouble: try later
    STOPPED = "stopped"  # token refused: wait for a new enrolment
    NOT_ENROLLED = "not_enrolled"  # nothing to do
    NO_KEYRING = "no_keyring"  # keyring unreadable: try later


@dataclass(frozen=True)
class Round:
    """Result of one round.

    Attributes:
        outcome: How it ended.
        sent: Batches answered during the round (acknowledged, split,
            re-sent under a new id or set aside).
        retry_after: Seconds the server asked to wait, if it did.
    """

    outcome: Outcome
    sent: int = 0
    retry_after: float | None = None


class EnrolError(Exception):
    """Enrolment failed; ``message`` is a French sentence for staff."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


ClientFactory = Callable[[str], FederationClient]


class Synchroniser:
    """Runs rounds for one journal and its outbox (thread-safe: one round at a time).

    Args:
        journal: The journal (its changed cells and ``mark_sent``).
        outbox: The outbox in the journal's file.
        client_factory: Builds the HTTP client for the enrolled address.
        clock: The borne's wall clock (naive local time, as the journal uses).
        catalogue: The federation's tile catalogue, fetched after each good round.
        rotate_token_days: Age of the token, in days, at which a good round
            ends by asking for a new one (0: never; see :mod:`kiosk.sync.rotation`).
    """

    def __init__(
        self,
        journal: JournalSource,
        outbox: Outbox,
        *,
        client_factory: ClientFactory = FederationClient,
        clock: Callable[[], datetime] = datetime.now,
        catalogue: CatalogueFeed | None = None,
        rotate_token_days: int = 0,
    ) -> None:
        self.journal = journal
        self.rotate_token_days = rotate_token_days
        self.rotator = rotation.TokenRotator(
            rotation.lock_path(outbox.database), client_factory
        )
        self.outbox = outbox
        self.catalogue = catalogue
        self.client_factory = client_factory
        self.clock = clock
        self._lock = threading.Lock()
        self.running = False
        self._enrolment: credentials.Enrolment | None = None  # last read, for status()
        self._errors_this_round = 0

    # -- enrolment -----------------------------------------------------------

    def enrol(self, url: str, code: str, label: str = "Borne d'accueil") -> credentials.Enrolment:
        """Exchange a single-use code for an identity kept in the keyring.

        Raises:
            EnrolError: with a French sentence (bad address, code refused,
                federation unreachable, keyring unavailable).
        """
        try:
            client = self.client_factory(url)
        except ValueError as error:
            raise EnrolError("adresse_invalide", str(error)) from None
        try:
            answer = client.enrol(code, label)
        except NetworkError as error:
            raise EnrolError(error.code, status.message_for(error.code)) from None
        data = answer.json()
        if answer.status != 201 or not isinstance(data, dict) or "token" not in data:
            code_, message = answer.error()
            raise EnrolError(code_, message)
        centre = data.get("centre") or {}
        enrolment = credentials.Enrolment(
            url=client.base_url,
            device_id=str(data["device_id"]),
            token=str(data["token"]),
            centre=str(centre.get("name", "")) if isinstance(centre, dict) else "",
            outbox_id=self.outbox.identity(),
            token_since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        with self._lock:
            try:
                credentials.save(enrolment)
            except credentials.KeyringUnavailableError:
                raise EnrolError(
                    "coffre_indisponible", status.MESSAGES["coffre_indisponible"]
                ) from None
            self.outbox.reset()
            self._enrolment = enrolment
        log.info("enrolled at %s", client.host)
        return enrolment

    # -- one round -----------------------------------------------------------

    def run_once(self) -> Round:
        """Check the clock, queue the journal's changes, send what is pending."""
        with self._lock:
            self.running = True
            try:
                return self._round()
            finally:
                self.running = False

    def _round(self) -> Round:  # noqa: PLR0911 - one exit per outcome
        self._errors_this_round = 0
        try:
            enrolment = self._enrolment = credentials.load()
        except credentials.KeyringUnavailableError:
            self._error("coffre_indisponible")
            self._enrolment = None
            return Round(Outcome.NO_KEYRING)
        if enrolment is None:
            return Round(Outcome.NOT_ENROLLED)
        if self.outbox.meta("revoked") == enrolment.device_id:
            return Round(Outcome.STOPPED)
        if self._journal_started_anew(enrolment):
            self._error("journal_recommence")
            return Round(Outcome.STOPPED)
        client = self.client_factory(enrolment.url)
        # Stored first, even offline: unsent batches stay open to merging and
        # to the clock rule until the check below, made before any send.
        self.outbox.queue(self.journal)
        trouble = self._check_server(client)
        if trouble is not None:
            return trouble
        unsettled = self._settle(enrolment)  # an interrupted rotation is finished first
        if unsettled is not None:
            return unsettled
        enrolment = self._enrolment or enrolment
        self.outbox.queue(self.journal)
        sent = 0
        while (batch := self.outbox.next_pending()) is not None:
            if not self.outbox.claim(batch.batch_id):
                continue
            try:
                answer = client.post_batch(enrolment.device_id, enrolment.token, batch.body)
            except NetworkError as error:
                self._error(error.code)
                return Round(Outcome.RETRY, sent)
            result = self._handle(batch, answer, enrolment)
            if result is not None:
                return Round(result.outcome, sent, result.retry_after)
            sent += 1
        if not self._errors_this_round:  # a 409 or a refusal stays shown until a clean round
            self.outbox.set_meta(last_error_code="", last_error_message="")
        if self.catalogue is not None:
            feed = self.catalogue.fetch(client, enrolment)
            self.outbox.set_meta(catalogue_code=feed.code, catalogue_message=feed.message)
        self._rotate_if_due(enrolment)
        return Round(Outcome.DONE, sent)

    def _rotate_if_due(self, enrolment: credentials.Enrolment) -> None:
        """Replace a token older than ``rotate_token_days`` (a failure waits for the next round)."""
        if rotation.due(enrolment, self.rotate_token_days, datetime.now(UTC)):
            result = self.rotator.rotate()
            self._enrolment = result.enrolment or self._enrolment
            log.info("token rotation: %s", result.code)

    def rotate_token(self) -> rotation.Result:
        """Replace the borne's token now (``kiosk sync rotate``), in two safe steps."""
        with self._lock:
            result = self.rotator.rotate()
            self._enrolment = result.enrolment or self._enrolment
            return result

    def _settle(self, enrolment: credentials.Enrolment) -> Round | None:
        """Confirm a pending token; return a Round to end the round, ``None`` to go on."""
        if not enrolment.pending_token:
            return None
        result = self.rotator.finish()
        self._enrolment = result.enrolment or self._enrolment
        if result.ok or result.code in {rotation.DROPPED, *_AUTH_CODES}:
            return None  # a refused token is reported by the first send
        if result.code == "coffre_indisponible":
            self._error(result.code)
            return Round(Outcome.NO_KEYRING)
        self._error(result.code, result.message or None)
        return Round(Outcome.RETRY)

    def _token_changed(self, used: credentials.Enrolment) -> bool:
        """Tell whether another rotation changed the token since ``used`` was read."""
        try:
            fresh = credentials.load()
        except credentials.KeyringUnavailableError:
            return False
        return fresh is not None and (fresh.token != used.token or bool(fresh.pending_token))

    def _check_server(self, client: FederationClient) -> Round | None:
        """Ask the server's health and check the clock with its ``Date``."""
        latest = self.journal.revisions()[0]
        try:
            answer = client.health()
        except NetworkError as error:
            self._error(error.code)
            return Round(Outcome.RETRY)
        self._check_clock(answer, latest)
        if answer.status == 200:
            return None
        if answer.status == 404:  # not a federation at this address
            self._error("reponse_inattendue")
        else:
            self._error("serveur_indisponible", status_code=answer.status)
        return Round(Outcome.RETRY, retry_after=answer.retry_after())

    def _handle(  # noqa: PLR0911 - one exit per verdict
        self, batch: Pending, answer: Answer, enrolment: credentials.Enrolment
    ) -> Round | None:
        """Apply one answer; return a Round to end the round, ``None`` to go on."""
        verdict = classify(answer)
        code, message = answer.error()
        if verdict is Verdict.ACKNOWLEDGED:
            try:
                ack = parse_acknowledgement(answer.json())
            except ProtocolError:
                ack = None
            if ack is None or ack.batch_id != batch.batch_id:
                self._error("reponse_inattendue")
                return Round(Outcome.RETRY)
            self.outbox.acknowledged(batch.batch_id, ack, self.journal)
            return None
        if verdict is Verdict.REVOKED:
            if code not in _AUTH_CODES:  # a 401 from something else than the federation
                self._error("reponse_inattendue")
                return Round(Outcome.RETRY)
            if code == "jeton_invalide" and self._token_changed(enrolment):
                self._error("jeton_change")  # retired by a rotation meanwhile: new round
                return Round(Outcome.RETRY)
            log.error("federation refused the borne's token (%s): sync stopped", code)
            self.outbox.set_meta(revoked=enrolment.device_id)
            self._error(code, message + status.STOPPED_SUFFIX)
            return Round(Outcome.STOPPED)
        if verdict is Verdict.CONFLICT:
            log.error("batch id already used with another body: cells sent again")
            self.outbox.reissue(batch.batch_id)
            self._error("lot_different")
            return None
        if verdict is Verdict.TOO_BIG:
            self.outbox.reissue(batch.batch_id, parts=2)
            return None
        if verdict is Verdict.REFUSED:
            log.error("batch refused by the federation (%s): quarantined", code)
            self.outbox.quarantine(batch.batch_id, code, message + status.REFUSED_SUFFIX)
            self._error(code, message + status.REFUSED_SUFFIX)
            return None
        self._error("serveur_indisponible", status_code=answer.status)
        return Round(Outcome.RETRY, retry_after=answer.retry_after())

    def _journal_started_anew(self, enrolment: credentials.Enrolment) -> bool:
        """Tell whether the enrolment belongs to another (older) journal file.

        Sending a new journal's small counts under the old identity would
        overwrite the federation's figures of the days both journals share;
        a new enrolment makes them add up instead.
        """
        return bool(enrolment.outbox_id) and enrolment.outbox_id != self.outbox.identity()

    def _check_clock(self, answer: Answer, latest: int) -> None:
        check = clocks.compare(self.clock(), answer.date)
        if check is not None:
            self.outbox.clock_checked(check, self.journal, latest)

    def _error(self, code: str, message: str | None = None, status_code: int | None = None) -> None:
        self._errors_this_round += 1
        text = message or status.message_for(code, status=status_code)
        self.outbox.set_meta(
            last_error_code=code,
            last_error_message=text,
            last_error_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    # -- status --------------------------------------------------------------

    def status(self, next_attempt: datetime | None = None) -> status.SyncStatus:
        """Build the staff panel's view of the sync.

        The keyring is read only when no round or enrolment has read it yet
        (a status polled every few seconds costs a few SQLite reads).
        """
        try:
            enrolment = self._enrolment or credentials.load()
        except credentials.KeyringUnavailableError:
            return status.SyncStatus("coffre_indisponible")
        if enrolment is None:
            return status.SyncStatus("non_inscrite")
        summary = self.outbox.summary()
        error_code = self.outbox.meta("last_error_code") or None
        error = self.outbox.meta("last_error_message") or summary.quarantine_message or None
        success = self.outbox.meta("last_success_at")
        offset = self.outbox.meta("clock_offset_s")
        check = (
            clocks.ClockCheck(timedelta(seconds=int(offset)), datetime.now(UTC))
            if offset
            else None
        )
        if self._journal_started_anew(enrolment):
            state, error_code = "arretee", "journal_recommence"
            error = status.MESSAGES["journal_recommence"]
        elif self.outbox.meta("revoked") == enrolment.device_id:
            state = "arretee"
        elif error_code in {"injoignable", "delai_depasse", "connexion_coupee",
                            "serveur_indisponible", "reponse_inattendue"}:
            state = "hors_ligne"
        elif summary.pending:
            state = "en_attente"
        else:
            state = "a_jour"
        return status.SyncStatus(
            state=state,
            federation_host=FederationClient(enrolment.url).host,
            centre=enrolment.centre,
            last_success=datetime.fromisoformat(success) if success else None,
            pending_batches=summary.pending,
            pending_cells=summary.pending_cells,
            quarantined=summary.quarantined,
            last_error_code=error_code,
            last_error=error,
            clock_code=check.code if check else "inconnu",
            clock_message=check.message() if check else "",
            next_attempt=next_attempt,
            running=self.running,
            catalogue_version=self.catalogue.current()[0] if self.catalogue else 0,
            catalogue_message=self.outbox.meta("catalogue_message"),
        )


@dataclass
class Backoff:
    """Exponential backoff with jitter, at least what ``Retry-After`` asks.

    Attributes:
        base: First delay in seconds (before jitter).
        cap: Longest delay.
        rng: Random source of the jitter (seeded in tests).
    """

    base: float = 10.0
    cap: float = 3600.0
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        """Return how long to wait after one more failure."""
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** min(self.failures - 1, 30))
        delay = self.rng.uniform(ceiling / 2, ceiling)  # "equal jitter"
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        return delay

    def reset(self) -> None:
        """Forget the failures after a success."""
        self.failures = 0


class SyncWorker:
    """Runs :class:`Synchroniser` rounds on its own thread.

    Args:
        synchroniser: The rounds to run.
        interval: Seconds between rounds when everything is fine.
        backoff: Delays after failures (inject small ones in tests).
    """

    def __init__(
        self,
        synchroniser: Synchroniser,
        *,
        interval: float = 300.0,
        backoff: Backoff | None = None,
    ) -> None:
        self.synchroniser = synchroniser
        self.interval = interval
        self.backoff = backoff or Backoff()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.next_attempt: datetime | None = None
        self.rounds = 0

    def start(self) -> None:
        """Start the thread (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the thread to finish and wait for it (a send in progress ends first)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def sync_now(self) -> None:
        """« Synchroniser maintenant »: start a round at once (never blocks)."""
        self.backoff.reset()
        self._wake.set()

    def status(self) -> status.SyncStatus:
        """The staff panel's view, with the next attempt time."""
        return self.synchroniser.status(self.next_attempt)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                result = self.synchroniser.run_once()
            except Exception:  # a bug must not kill the thread, nor the borne
                log.exception("sync round failed")
                result = Round(Outcome.RETRY)
            self.rounds += 1
            if result.outcome is Outcome.RETRY or result.outcome is Outcome.NO_KEYRING:
                wait = self.backoff.next_delay(result.retry_after)
            else:
                self.backoff.reset()
                wait = self.interval
            self.next_attempt = datetime.now(UTC) + timedelta(seconds=wait)
            self._wake.wait(wait)
            self._wake.clear()
