"""Thin Qt controller of the session: inputs in, screens and the wipe out.

It feeds the pure :class:`kiosk.session.Session` with events (a timer tick,
every touch, key and wheel in the window including inside the web view,
through ``MainWindow.userActivity``, media playing in the page, "Terminer", a renderer crash) and
applies the notices it returns: the "Êtes-vous toujours là ?" countdown, the
logout reminder, the wipe, "Vos données ont été effacées", the home screen.

The wipe, in order: every document screen and overlay closed, the journal
told, the browser session closed by the window (page and view deleted, then
the off-the-record profile, deferred deletions flushed, session folder
removed), the clipboard emptied in every mode, zoom and scroll reset, the
pure session back to waiting, then the "effacées" screen over the home.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QWidget

from kiosk.anonymisation import AssistedFacts, SessionFacts
from kiosk.catalogue import Catalogue
from kiosk.config import SessionSettings
from kiosk.session import (
    EndReason,
    Mode,
    Notice,
    Refusal,
    Session,
    State,
    WarningCause,
    journal_facts,
)
from kiosk.ui.browser import KioskPage
from kiosk.ui.browsersession import BrowserSession
from kiosk.ui.cards import NoticeCard
from kiosk.ui.documents import DeskOptions, DocumentDesk
from kiosk.ui.end_screens import ErasedScreen, LogoutReminder
from kiosk.ui.idle_overlay import IdleOverlay
from kiosk.ui.mainwindow import MainWindow
from kiosk.ui.service import DEFAULT_ZOOM_INDEX

log = logging.getLogger("session")

TICK_MS = 500
#: Every how many ticks the page is asked whether a video plays.
MEDIA_CHECK_TICKS = 6
#: Longest wait for the service's logout page before wiping anyway.
LOGOUT_WAIT_MS = 5000
#: When to look for a scanner after start-up (so the start stays fast).
SCANNER_PROBE_DELAY_MS = 3000

#: Runs in an isolated world: the page cannot see or fake it.
_VIDEO_PLAYING_JS = (
    "JSON.stringify(Array.from(document.querySelectorAll('video, audio'))"
    ".some(function (m) { return !m.paused && !m.ended && m.readyState > 2; }))"
)


class SessionController(QObject):
    """Runs one borne's sessions over the main window.

    Args:
        window: The main window (its signals are the hooks used).
        settings: Delays, opening hours, print quota.
        catalogue: Tiles (organismes and thématiques for the journal).
        record: Where ended sessions go (``Journal.record``), or ``None``.
        options: Printer, scanner and USB settings for the documents.
        clock: Monotonic clock; wall: local wall clock (opening hours).

    Signals:
        wiped(float): the wipe is done and home is ready; milliseconds it took.
    """

    wiped = Signal(float)

    def __init__(
        self,
        window: MainWindow,
        settings: SessionSettings,
        catalogue: Catalogue,
        *,
        record: Callable[[SessionFacts], None] | None = None,
        options: DeskOptions | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.catalogue = catalogue
        self.session = Session(settings, clock=clock, wall=wall)
        self.record = record
        self.browser: BrowserSession | None = None
        self.last_reset_ms = 0.0
        self._ticks = 0
        self._audible = False
        self._video = False
        self._generation = 0
        self._closed_told = False
        self._wiping = False
        self._next_mode = Mode.AUTONOME
        host = window.centralWidget()
        if host is None:
            raise RuntimeError("the window has no central widget")
        self.desk = DocumentDesk(host, self.session, options or DeskOptions())
        self.idle = IdleOverlay(host)
        self.reminder = LogoutReminder(host)
        self.closed_notice = NoticeCard(host)
        self.erased = ErasedScreen(host)
        self.idle.continued.connect(self._continue)
        self.idle.endNowRequested.connect(lambda: self.end(EndReason.CLOSING))
        self.reminder.confirmed.connect(lambda: self.end(EndReason.USER))
        self.reminder.cancelled.connect(self.reminder.hide)
        self.reminder.logoutRequested.connect(self._logout_then_end)
        self._logout_timer = QTimer(self)
        self._logout_timer.setSingleShot(True)
        self._logout_timer.setInterval(LOGOUT_WAIT_MS)
        self._logout_timer.timeout.connect(lambda: self.end(EndReason.USER))

        window.sessionStarted.connect(self._browser_started)
        window.sessionEnded.connect(self._closed_elsewhere)
        window.tileOpened.connect(self._tile_opened)
        window.endRequested.connect(self.request_end)
        window.help.requested.connect(self._help_requested)
        # Fed by the lockdown filter on the window: an application-wide Python
        # event filter crashes PySide6 6.11 as soon as a page loads.
        window.userActivity.connect(self.activity)
        # The virtual keyboard is a window of its own: its typing reaches the
        # page as input-method events, seen here as the caret moving.
        input_method = QGuiApplication.inputMethod()
        if input_method is not None:
            input_method.cursorRectangleChanged.connect(self._typed)
            input_method.visibleChanged.connect(self._typed)
        self._add_bar_buttons()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def configure(
        self,
        settings: SessionSettings,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = datetime.now,
    ) -> bool:
        """Use other settings or clocks from the next session (only while waiting)."""
        if self.session.state is not State.WAITING:
            return False
        self.session = Session(settings, clock=clock, wall=wall)
        self.desk.session = self.session
        self._closed_told = False
        return True

    # -- top bar ---------------------------------------------------------------
    def _add_bar_buttons(self) -> None:
        """Put "Imprimer" and "Scanner" in the service bar, before "Demander de l'aide"."""
        service = self.window.service
        self.print_button = QPushButton(self.tr("Imprimer"))
        self.print_button.setAccessibleName(self.tr("Imprimer cette page"))
        self.print_button.clicked.connect(self.desk.print_page)
        self.scan_button = QPushButton(self.tr("Scanner"))
        self.scan_button.setAccessibleName(self.tr("Scanner un document"))
        self.scan_button.clicked.connect(self.desk.open_scanner)
        self.desk.scannerAvailable.connect(self._scanner_available)
        # Find out early whether a scanner answers, without slowing the start.
        QTimer.singleShot(SCANNER_PROBE_DELAY_MS, self.desk.scanner.probe)
        service.add_bar_button(self.print_button)
        service.add_bar_button(self.scan_button)

    def _scanner_available(self, available: bool) -> None:
        self.scan_button.setText(self.tr("Scanner") if available else self.tr("Pas de scanner"))
        self.scan_button.setToolTip(
            "" if available else self.tr("Demandez à une personne de l'accueil.")
        )

    # -- inputs ----------------------------------------------------------------
    def activity(self) -> None:
        """Any touch, click, key or wheel in the window (web page included)."""
        if self.session.state not in (State.WAITING, State.ENDED):
            self._apply(self.session.activity())

    def _typed(self) -> None:
        # The caret moved or the virtual keyboard showed: typing. Not during a
        # countdown: the countdown takes the focus itself, which moves the caret.
        if self.session.state is State.ACTIVE:
            self.activity()

    def _tile_opened(self, tile_id: str) -> None:
        self.session.record_tile(tile_id)

    def _help_requested(self) -> None:
        self.session.record_help()

    def _continue(self) -> None:
        self._apply(self.session.activity())
        self.idle.hide()

    def tick(self) -> None:
        """Let the pure session see time pass; ask the page about videos now and then."""
        state = self.session.state
        if state is State.WAITING:
            self._show_opening_hours()
            return
        self._ticks += 1
        if self._ticks % MEDIA_CHECK_TICKS == 0 and state is not State.ENDED:
            self._check_video()
        self._apply(self.session.tick())
        if self.session.state is State.WARNING:
            self.idle.set_seconds(self.session.seconds_left() or 0.0)

    # -- accompanied sessions (staff) and the journal's answers ------------------
    def accompany(self) -> None:
        """Staff start an accompaniment: the running session, or the next one."""
        if not self.session.set_mode(Mode.ACCOMPAGNE):
            self._next_mode = Mode.ACCOMPAGNE

    def cancel_next_accompaniment(self) -> None:
        """Staff changed their mind before anyone touched a tile: the next one is autonome."""
        self._next_mode = Mode.AUTONOME

    def close_accompaniment(self, assisted: AssistedFacts) -> None:
        """Staff closed the accompaniment with its facts: end and wipe."""
        self.session.record_assisted(assisted)
        self.end(EndReason.STAFF)

    def record_feedback(self, code: str | None) -> None:
        """The person's answer to the end-of-session question (a code)."""
        self.session.record_feedback(code)

    def _browser_started(self, browser: BrowserSession) -> None:
        refusal = self.session.start(self._next_mode)
        self._next_mode = Mode.AUTONOME
        self._generation += 1
        self.browser = browser
        self._audible = self._video = False
        # The window's own crash handler would wipe without telling the journal.
        try:
            browser.renderProcessCrashed.disconnect(self.window.renderer_crashed)
        except (RuntimeError, TypeError):
            log.debug("crash handler already disconnected")
        browser.renderProcessCrashed.connect(self._crashed)
        browser.pageCreated.connect(self._page_created)
        self.desk.attach(browser)
        if refusal is not None:
            log.info("session refused: %s", refusal.value)
            QTimer.singleShot(0, self._refuse_session)

    def _page_created(self, page: KioskPage) -> None:
        page.recentlyAudibleChanged.connect(self._audible_changed)

    def _audible_changed(self, audible: bool) -> None:
        self._audible = audible
        self.session.set_media_playing(self._audible or self._video)

    def _check_video(self) -> None:
        page = self.browser.page if self.browser is not None else None
        if page is None:
            return
        generation = self._generation
        page.runJavaScript(
            _VIDEO_PLAYING_JS,
            QWebEngineScript.ScriptWorldId.ApplicationWorld,
            lambda result: self._video_checked(generation, result),
        )

    def _video_checked(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        playing = result == "true"
        if playing != self._video:
            self._video = playing
            self.session.set_media_playing(self._audible or self._video)

    def _crashed(self) -> None:
        log.warning("renderer crashed: session ended and wiped")
        self.end(EndReason.CRASH)

    # -- notices ---------------------------------------------------------------
    def _apply(self, notices: tuple[Notice, ...]) -> None:
        for notice in notices:
            if notice is Notice.WARNING:
                self.idle.set_closing(self.session.warning_cause is WarningCause.CLOSING)
                self.idle.set_seconds(self.session.seconds_left() or 0.0)
                self.idle.cover()
            elif notice is Notice.WARNING_CANCELLED:
                self.idle.hide()
            elif notice is Notice.CLOSING_SOON:
                self.closed_notice.tell(
                    self.tr("L'accueil ferme bientôt"),
                    self.tr("Pensez à terminer votre démarche dans les prochaines minutes."),
                )
            elif notice is Notice.ENDED:
                QTimer.singleShot(0, self._wipe)

    def _show_opening_hours(self) -> None:
        """Say once when the borne closes or is closed; a tile touched anyway is refused."""
        refusal = self.session.refusal()
        if refusal is None:
            if self._closed_told:
                self._closed_told = False
                self.closed_notice.hide()
            return
        if not self._closed_told:
            self._closed_told = True
            self._tell_closed(refusal)

    def _tell_closed(self, refusal: Refusal) -> None:
        opens = self.session.settings.opens_at
        at = self.tr("%1 h %2").replace("%1", str(opens.hour)).replace(
            "%2", f"{opens.minute:02d}"
        )
        if refusal is Refusal.NOT_OPEN_YET:
            title = self.tr("La borne n'est pas encore ouverte")
            text = self.tr("Elle ouvre à %1.").replace("%1", at)
        elif refusal is Refusal.CLOSING_SOON:
            title = self.tr("L'accueil ferme bientôt")
            text = self.tr(
                "Il n'est plus possible de commencer une session aujourd'hui. "
                "Revenez demain à partir de %1, ou demandez à une personne de l'accueil."
            ).replace("%1", at)
        else:
            title = self.tr("La borne est fermée")
            text = self.tr("Revenez demain à partir de %1.").replace("%1", at)
        self.closed_notice.tell(title, text)

    # -- ending ----------------------------------------------------------------
    def request_end(self) -> None:
        """Answer "Terminer": remind to log out (with the service's logout), then wipe."""
        if self.session.state in (State.WAITING, State.ENDED):
            return
        tile = self.browser.tile if self.browser is not None else None
        name = tile.label(self.window.language) if tile is not None else ""
        self.reminder.set_service(name, has_logout=bool(tile and tile.logout_url))
        self.reminder.cover()

    def _logout_then_end(self) -> None:
        browser = self.browser
        page = browser.page if browser is not None else None
        tile = browser.tile if browser is not None else None
        self.reminder.hide()
        if page is None or tile is None or not tile.logout_url:
            self.end(EndReason.USER)
            return
        page.loadFinished.connect(lambda _ok: self.end(EndReason.USER))
        self._logout_timer.start()
        page.load(QUrl(tile.logout_url))

    def end(self, reason: EndReason = EndReason.USER) -> None:
        """End the session now and wipe (safe to call more than once)."""
        self._logout_timer.stop()
        self._apply(self.session.end(reason))
        if self.session.state is State.WAITING and self.browser is not None:
            QTimer.singleShot(0, self._wipe)

    def _refuse_session(self) -> None:
        self._wipe(show_erased=False)
        refusal = self.session.refusal()
        if refusal is not None:
            self._tell_closed(refusal)

    def _wipe(self, show_erased: bool = True) -> None:
        """Delete everything of the session, then show the home (see module doc)."""
        dialogs = [box for box in self.window.findChildren(QDialog) if box.isVisible()]
        if self.desk.choosing or dialogs:  # a site waits for an answer: give it first
            self.desk.abort_chooser()
            for box in dialogs:  # a site's alert or confirm (its own local loop)
                box.reject()
            QTimer.singleShot(0, lambda: self._wipe(show_erased))
            return
        if self.browser is None and self.session.state is State.WAITING:
            return
        started = time.perf_counter()
        self._logout_timer.stop()
        self._generation += 1
        for overlay in (self.idle, self.reminder, self.closed_notice, self.erased):
            overlay.hide()
        for other in self.window.findChildren(QWidget, "overlay"):  # help, QR code …
            other.hide()
        self.desk.detach()
        if self.session.state is State.ENDED:
            self._journal()
        self.window.help.dismiss()
        self.window.service.zoom_index = DEFAULT_ZOOM_INDEX
        self.browser = None
        self._wiping = True
        try:
            self.window.end_session()
        finally:
            self._wiping = False
        clear_clipboard()
        for area in self.window.home.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)
        self.session.finish()
        self._audible = self._video = False
        self._ticks = 0
        if show_erased:
            self.erased.cover()
        self.last_reset_ms = (time.perf_counter() - started) * 1000
        log.info("session wiped in %.1f ms", self.last_reset_ms)
        self.wiped.emit(self.last_reset_ms)

    def _closed_elsewhere(self) -> None:
        """The window closed the browser session itself (staff, shutdown): follow."""
        if self._wiping or self.session.state is State.WAITING:
            return
        self._logout_timer.stop()
        self._generation += 1
        for overlay in (self.idle, self.reminder):
            overlay.hide()
        self.desk.detach()
        self.session.end(EndReason.STAFF)
        self._journal()
        self.browser = None
        clear_clipboard()
        self.session.finish()

    def _journal(self) -> None:
        if self.record is None:
            return
        try:
            self.record(journal_facts(self.session.facts, self.catalogue))
        except Exception:  # the journal must never stop a wipe
            log.exception("journal could not record the session")


def clear_clipboard() -> None:
    """Empty the clipboard, the X11 selection and the find buffer."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer):
        clipboard.clear(mode)

