"""What the composition root wires once the home screen is painted.

:class:`Services` builds the journal, the session controller, the staff
screens (PIN, panel, accompaniment), the help calls, the feedback question,
"Ce que la borne compte" and the sync worker, and connects them. Only
kiosk/app.py makes one (in ``Borne.finish``); :meth:`Services.shutdown`
stops them in order: sync worker, outbox, journal (flushed).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.catalogue import ORGANISMES, Catalogue
from kiosk.config import Settings
from kiosk.journal import Journal, SessionFacts
from kiosk.pin import PinGuard
from kiosk.power import SystemPower
from kiosk.session import EndReason, Mode, State
from kiosk.staff import AccompanimentStart, HelpCalls, NoSync, SyncStatusSource
from kiosk.staff_config import SettingsEditor, TileEditor
from kiosk.sync.catalogue_feed import CatalogueFeed
from kiosk.sync.outbox import Outbox
from kiosk.sync.worker import Synchroniser, SyncWorker
from kiosk.ui.feedback import HELP_ANSWER, FeedbackQuestion
from kiosk.ui.mainwindow import MainWindow
from kiosk.ui.session_controller import SessionController
from kiosk.ui.staff_enrol import EnrolForm
from kiosk.ui.staff_flow import StaffFlow
from kiosk.ui.staff_gesture import StaffGesture
from kiosk.ui.style import named
from kiosk.ui.what_we_count import WhatWeCountPage
from kiosk.urlpolicy import UrlPolicy

log = logging.getLogger("init")

#: How often the staff panel's sync box and the federation catalogue are looked at.
POLL_MS = 3000
#: The end-of-session question goes away by itself (the person has left).
FEEDBACK_WAIT_MS = 60_000

_BADGE_STYLE = """
QWidget#accompanimentBadge { background: #14213d; border-radius: 18px; }
QLabel { color: #ffffff; font-size: 20px; font-weight: 700; padding: 0 8px; }
QPushButton { min-height: 48px; font-size: 18px; }
"""


@dataclass(frozen=True)
class Places:
    """Files the services use (the demo puts them all in its temporary folder)."""

    data_dir: Path
    settings_file: Path
    override: Path
    shipped: Path | None = None  # the catalogue the tile editor starts from


class AccompanimentBadge(QWidget):
    """"Accompagnement" under the home's header, with "Pause" / "Reprendre".

    Before anyone touched a tile, the button is "Annuler" (staff changed
    their mind). ``touched()`` answers ``paused``, ``running`` or ``cancelled``.
    """

    def __init__(self, host: QWidget, touched: Callable[[], str], below: QWidget) -> None:
        super().__init__(host)
        self._below = below  # the home's header: the badge hangs just under it
        named(self, "accompanimentBadge", styled=True)
        self.setStyleSheet(_BADGE_STYLE)
        self._touched = touched
        self.text = QLabel(self.tr("Accompagnement"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Mettre l'accompagnement en pause"))
        self.pause_button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 4, 8, 8)
        row.addWidget(self.text)
        row.addWidget(self.pause_button)
        host.installEventFilter(self)
        self.hide()

    def present(self, *, waiting: bool = False) -> None:
        """Show the badge: running (not paused), or waiting for the next person."""
        if waiting:
            self._show_as(self.tr("Accompagnement de la prochaine personne"), self.tr("Annuler"),
                          self.tr("Annuler l'accompagnement"))
        else:
            self._show_as(self.tr("Accompagnement"), self.tr("Pause"),
                          self.tr("Mettre l'accompagnement en pause"))
        self._place()
        self.show()
        self.raise_()

    def _show_as(self, text: str, button: str, name: str) -> None:
        self.text.setText(text)
        self.pause_button.setText(button)
        self.pause_button.setAccessibleName(name)

    def _clicked(self) -> None:
        state = self._touched()
        if state == "cancelled":
            self.hide()
        elif state == "paused":
            self._show_as(self.tr("Accompagnement en pause"), self.tr("Reprendre"),
                          self.tr("Reprendre l'accompagnement"))
        else:
            self.present()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is not None:
            self.adjustSize()
            self.move((host.width() - self.width()) // 2, self._below.height() + 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Stay centred at the top when the window changes size."""
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


class Services(QObject):
    """The borne's long-lived services after the first paint, wired together."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        catalogue: Catalogue,
        places: Places,
        *,
        policy: UrlPolicy,
        quit_app: Callable[[int], None],
        load: Callable[[Path | None], Catalogue] | None = None,
    ) -> None:
        """Build and wire everything; ``load`` reads the catalogue over a federation layer."""
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.catalogue = catalogue
        self.places = places
        self._load = load
        self.accompanied = False
        self._held: SessionFacts | None = None  # waits for the question's answer
        self.journal = Journal(places.data_dir / "journal.sqlite3",
                               known_organismes=frozenset(ORGANISMES))
        self.journal.open()
        self.controller = SessionController(window, settings.session, catalogue,
                                            record=self._record)
        self.calls = HelpCalls()
        self.outbox: Outbox | None = None
        self.worker: SyncWorker | None = None
        self.feed = CatalogueFeed(places.data_dir)
        self._catalogue_version = 0  # the catalogue built before the paint has no layer
        sync: SyncStatusSource = NoSync()
        if self.journal.status.ok:
            self.outbox = Outbox(self.journal.database)
            self.synchroniser = Synchroniser(
                self.journal, self.outbox, catalogue=self.feed,
                rotate_token_days=settings.sync.rotate_token_days,
            )
            self.worker = SyncWorker(self.synchroniser)
            sync = self.worker
        self.flow = self._staff(sync, policy, quit_app)
        host = window.centralWidget()
        assert host is not None
        header = window.home.centre_label.parentWidget()
        self.badge = AccompanimentBadge(host, self._badge_touched, header or host)
        self.feedback = FeedbackQuestion(host)
        self.count_page = WhatWeCountPage(host)
        self.count_page.hide()
        self._connect()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._polled)
        self._poll.start()
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_WAIT_MS)
        self._feedback_timer.timeout.connect(self._feedback_gone)
        if self.worker is not None:
            self.worker.start()
        self._maybe_reload_catalogue()  # the federation's last good catalogue, if any

    # -- building ------------------------------------------------------------

    def _staff(self, sync: SyncStatusSource, policy: UrlPolicy,
               quit_app: Callable[[int], None]) -> StaffFlow:
        places = self.places
        tiles = (TileEditor(places.override, policy=policy, federation=self.feed.layer())
                 if places.shipped is None else
                 TileEditor(places.override, places.shipped, policy, self.feed.layer()))
        flow = StaffFlow(
            self.window,
            guard=PinGuard(places.data_dir / "pin-attempts.json"),
            totals=self.journal,
            tiles=tiles,
            settings=SettingsEditor(places.settings_file),
            help_calls=self.calls,
            sync=sync,
            power=SystemPower(quit_app),
            service_labels={t.id: t.label("fr") for t in self.catalogue.tiles},
            journal_message=lambda: self.journal.status.message,
        )
        if self.worker is not None:
            self.enrol = EnrolForm(self.synchroniser.enrol)
            self.enrol.enrolled.connect(self.worker.sync_now)
            self.enrol.enrolled.connect(flow.panel.borne.refresh)
            layout = flow.panel.borne.layout()
            if layout is not None:
                layout.insertWidget(3, self.enrol)  # type: ignore[attr-defined]
        count = QPushButton(flow.tr("Ce que la\nborne compte"))
        count.setAccessibleName(flow.tr("Ce que la borne compte"))
        count.clicked.connect(self.show_what_we_count)
        flow.panel.nav["figures"].parentWidget().layout().addWidget(count)  # type: ignore[union-attr]
        self.panel_count_button = count
        return flow

    def _connect(self) -> None:
        window, flow, controller = self.window, self.flow, self.controller
        self.gesture = StaffGesture(self)
        self.gesture.watch_hold(window.home.centre_label)
        self.gesture.watch_keys(window)
        self.gesture.triggered.connect(flow.open)
        window.help.requested.connect(self._help_requested)
        window.help.dismissed.connect(self._help_dismissed)
        flow.panel.help.changed.connect(self._help_answered)
        flow.accompanimentStarted.connect(self._accompaniment_started)
        flow.accompanimentClosed.connect(controller.close_accompaniment)
        # "Terminer": the closing screen (accompanied) or the question (autonomous) first.
        window.endRequested.disconnect(controller.request_end)
        window.endRequested.connect(self._end_requested)
        self.feedback.answered.connect(self._feedback_answered)
        window.sessionStarted.connect(lambda _browser: self._session_started())
        controller.wiped.connect(self._wiped)
        window.sessionEnded.connect(self._back_to_autonomous)
        window.home.countRequested.connect(self.show_what_we_count)
        self.count_page.closed.connect(self._count_closed)

    # -- help calls ----------------------------------------------------------

    def _help_requested(self) -> None:
        browser = self.controller.browser
        tile = browser.tile if browser is not None else None
        self.calls.call(tile.id if tile is not None else None)
        self.flow.refresh_help()

    def _help_answered(self) -> None:
        if not self.calls.waiting:
            self.window.help.dismiss()  # the banner goes away on the borne

    def _help_dismissed(self) -> None:
        if self.calls.waiting:
            self.calls.acknowledge_all()
            self.flow.refresh_help()

    # -- accompanied sessions ------------------------------------------------

    def _accompaniment_started(self, start: AccompanimentStart) -> None:
        log.info("accompanied session (%s)", start.role)
        self.controller.accompany()
        self.accompanied = True
        self.window.home.set_tiles(self.catalogue.for_session(accompanied=True))
        self.badge.present(waiting=self.controller.browser is None)

    def _badge_touched(self) -> str:
        session = self.controller.session
        if self.controller.browser is None:  # nobody started yet: staff cancel
            self.controller.cancel_next_accompaniment()
            self._back_to_autonomous()
            return "cancelled"
        if session.state is State.PAUSED:
            session.resume()
            return "running"
        if session.pause():
            self.controller.idle.hide()
            return "paused"
        return "running"

    def _session_started(self) -> None:
        self._release_held()
        if self.accompanied:
            self.badge.present()

    def _end_requested(self) -> None:
        session = self.controller.session
        if session.state in (State.WAITING, State.ENDED):
            return
        if session.mode is Mode.ACCOMPAGNE:
            tiles = list(dict.fromkeys(session.facts.tiles))
            known = [t for t in (self.catalogue.tile(i) for i in tiles) if t is not None]
            self.flow.close_accompaniment(
                tiles, {t.id: t.organisme for t in known},
                {t.id: t.thematiques for t in known})
        else:
            self.controller.request_end()

    # -- the end-of-session question (autonomous sessions ended with "Terminer") --

    def _record(self, facts: SessionFacts) -> None:
        """Journal a session; one ended with "Terminer" waits for the question first."""
        self._release_held()
        ended_by_person = self.controller.session.end_reason is EndReason.USER
        if facts.mode == Mode.AUTONOME.value and ended_by_person:
            self._held = facts
            return
        self.journal.record(facts)

    def _release_held(self, feedback: str | None = None) -> None:
        held, self._held = self._held, None
        if held is not None:
            self._feedback_timer.stop()
            self.feedback.hide()
            self.journal.record(dataclasses.replace(held, feedback=feedback))

    def _feedback_answered(self, code: str | None) -> None:
        self._release_held(code)
        if code == HELP_ANSWER:
            self.window.help.ask()  # the person is still there: someone comes

    def _feedback_gone(self) -> None:
        self._release_held()

    def _back_to_autonomous(self) -> None:
        if self.accompanied:
            self.accompanied = False
            self.badge.hide()
            self.window.home.set_tiles(self.catalogue.for_session(accompanied=False))

    def _wiped(self, _ms: float) -> None:
        self._back_to_autonomous()
        self._maybe_reload_catalogue()
        if self._held is not None:
            self.feedback.ask()
            self._feedback_timer.start()

    # -- "Ce que la borne compte" --------------------------------------------

    def show_what_we_count(self) -> None:
        """Show the page over everything (from the home or the staff panel)."""
        host = self.count_page.parentWidget()
        if host is not None:
            self.count_page.setGeometry(host.rect())
        if self.flow.isVisible():
            self.count_page.setParent(self.flow)
            self.count_page.setGeometry(self.flow.rect())
        self.count_page.show()
        self.count_page.raise_()

    def _count_closed(self) -> None:
        self.count_page.hide()
        host = self.window.centralWidget()
        if self.count_page.parentWidget() is not host and host is not None:
            self.count_page.setParent(host)

    # -- sync and the federation's catalogue ----------------------------------

    def _polled(self) -> None:
        if self.flow.isVisible() and self.flow.panel.pages.currentWidget() is self.flow.panel.borne:
            self.flow.panel.borne.refresh()
        self._maybe_reload_catalogue()

    def _maybe_reload_catalogue(self) -> None:
        """A new federation catalogue: apply it between sessions, never during one."""
        if self._load is None or self.controller.session.state is not State.WAITING:
            return
        if self.accompanied or self.window.session is not None:
            return
        version = self.feed.current()[0]
        if version == self._catalogue_version:
            return
        self._catalogue_version = version
        fresh = self._load(self.feed.layer())
        for problem in fresh.problems:
            log.warning("catalogue: %s", problem)
        log.info("federation catalogue v%d applied (%d tiles)", version, len(fresh.tiles))
        self.catalogue = self.window.catalogue = self.controller.catalogue = fresh
        self.window.home.set_tiles(fresh.for_session(accompanied=False))

    # -- the end -------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the sync worker, close the outbox, flush and close the journal."""
        self._poll.stop()
        self._release_held()
        if self.worker is not None:
            self.worker.stop()
        if self.outbox is not None:
            self.outbox.close()
        self.journal.flush()
        self.journal.close()
        log.info("services stopped")


