"""The one window of the borne: home and service screens, help, session.

It cannot be closed (only the application itself, on SIGTERM/SIGINT, sets
:attr:`MainWindow.allow_close`), comes back full screen if minimised, and
starts a browser session (a fresh off-the-record profile) the first time a
tile is touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.catalogue import Catalogue
from kiosk.ui.help import HelpBanner, HelpDesk
from kiosk.ui.home import HomeScreen

if TYPE_CHECKING:  # QtWebEngine is loaded only when a tile is touched
    from kiosk.ui.browsersession import BrowserSession
    from kiosk.ui.help_card import HelpOverlay  # built when help is first asked
    from kiosk.ui.service import ServiceScreen  # built after the home is painted

log = logging.getLogger("session")


class MainWindow(QMainWindow):
    """Full-screen, unclosable window.

    No window decoration: the borne runs alone under cage, full screen, and
    :func:`kiosk.ui.startup.application` turns Qt's own Wayland decorations
    off (``QT_WAYLAND_DISABLE_WINDOWDECORATION``), so there is no title bar
    and no close button even if the window ever left full screen.

    Signals (hooks for the sessions and journal work):
        sessionStarted(object): a :class:`BrowserSession` was created.
        sessionEnded(): the session's browser data was deleted.
        tileOpened(str): a tile id was opened.
        homeShown(): the home screen is back.
        endRequested(): "Terminer" was touched (app.py decides what follows).
        userActivity(): any touch, click, key or wheel in the window, web page
            included (fed by the lockdown filter in app.py). Use this, never
            ``QApplication.installEventFilter``: a Python filter on the
            application crashes PySide6 6.11 as soon as a page loads.
    """

    sessionStarted = Signal(object)
    sessionEnded = Signal()
    tileOpened = Signal(str)
    homeShown = Signal()
    endRequested = Signal()
    userActivity = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        make_home: Callable[[QWidget], HomeScreen],
        make_service: Callable[[], ServiceScreen],
        new_session: Callable[[], BrowserSession],
        language: str = "fr",
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Borne d'accueil"))
        self.allow_close = False
        self.catalogue = catalogue
        self.language = language
        self._make_service = make_service
        self._service: ServiceScreen | None = None
        self._new_session = new_session
        self.session: BrowserSession | None = None
        #: Called before a person's session starts: the composition root makes
        #: sure the sessions work (idle countdown, wipe, journal) is wired even
        #: when a tile is touched while it is still being wired after start-up.
        self.before_session: Callable[[], None] = lambda: None

        # Built top-down (each widget made inside its parent): nothing is moved
        # afterwards, so no style is computed twice before the first paint.
        central = QWidget(self)
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.help_banner = HelpBanner(central)
        column.addWidget(self.help_banner)
        self.stack = QStackedWidget(central)
        column.addWidget(self.stack, 1)
        self.help = HelpDesk(lambda: _help_card(central), self.help_banner)
        self.home = home = make_home(self.stack)
        self.stack.addWidget(home)

        home.tileChosen.connect(self.open_tile)
        home.helpRequested.connect(self.help.ask)

    @property
    def service(self) -> ServiceScreen:
        """The service screen, built the first time something needs it.

        Nobody sees it before a tile is touched: the home screen appears
        without it, and the composition root builds it just after.
        """
        if self._service is None:
            service = self._service = self._make_service()
            self.stack.addWidget(service)
            service.helpRequested.connect(self.help.ask)
            service.homeRequested.connect(self.show_home)
            service.endRequested.connect(self.endRequested)
        return self._service

    @property
    def help_overlay(self) -> HelpOverlay:
        """The "someone is coming" card (built the first time help is asked)."""
        return self.help.overlay

    # -- screens ----------------------------------------------------------------

    def open_tile(self, tile_id: str) -> None:
        """Open a tile's service (starting a browser session if needed)."""
        tile = self.catalogue.tile(tile_id)
        if tile is None:
            log.warning("unknown tile %s", tile_id)
            return
        if self.session is None:
            self.before_session()
            self.session = self._new_session()
            self.session.renderProcessCrashed.connect(self.renderer_crashed)
            log.info("session started")
            self.sessionStarted.emit(self.session)
        self.session.open(tile)
        self.service.show_session(self.session, tile.label(self.language))
        self.stack.setCurrentWidget(self.service)
        self.tileOpened.emit(tile.id)

    def show_home(self) -> None:
        """Back to the tiles; the service's page is closed, the session stays."""
        if self._service is not None:
            self._service.release()
        if self.session is not None:
            self.session.drop_page()
        self.stack.setCurrentWidget(self.home)
        self.homeShown.emit()

    def end_session(self) -> None:
        """Delete the browser session (profile, pages, folder) and go home."""
        if self._service is not None:
            self._service.release()
        session, self.session = self.session, None
        self.stack.setCurrentWidget(self.home)
        if session is not None:
            session.close()
            log.info("session ended")
            self.sessionEnded.emit()
        self.homeShown.emit()

    def renderer_crashed(self) -> None:
        """Recover from the event loop: the page must not be deleted inside its own signal."""
        QTimer.singleShot(0, self.recover_from_crash)

    def recover_from_crash(self) -> None:
        """A renderer died: never show its page again, start clean."""
        log.warning("renderer crashed: session ended")
        self.end_session()

    # -- the window cannot be closed or minimised ---------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Refuse to close, unless the application is quitting."""
        if self.allow_close:
            self.end_session()
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Come back full screen if something minimised the window."""
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.showFullScreen()
        super().changeEvent(event)


def _help_card(window_area: QWidget) -> HelpOverlay:
    """The help card over ``window_area`` (its module loads on first use)."""
    from kiosk.ui.help_card import HelpOverlay

    return HelpOverlay(window_area)
