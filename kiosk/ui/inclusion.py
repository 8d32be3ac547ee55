"""Languages, guides, directory, QR hand-off, offline screen, accessibility.

All wired into the main window through its public parts (signals,
``stack``, ``home``, ``service``), so the shell stays as it is.

- Home: the language button opens the language menu; a footer holds
  "Aide près d'ici" (the directory) and A− / A+ / Contraste / Écouter.
- Service bar: "Guide" before "Demander de l'aide"; the guide shows the
  service's public start page as a QR code ("Continuer sur mon téléphone"),
  which "Montrer en grand" enlarges.
- A failed page load (no network, service down) shows the offline screen
  instead of the browser's error page, with "Réessayer" and the guide.
- The language, text size and contrast go back to the borne's defaults when
  the session ends, or after a quiet while on the home screen when the
  person left without opening a service.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QTimer, QTranslator
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from kiosk.catalogue import Catalogue, Tile
from kiosk.connectivity import Outage
from kiosk.directory import Directory
from kiosk.guides import load_guide
from kiosk.ui.accessibility import (
    Accessibility,
    AccessibilityBar,
    Speech,
    touch_button,
)
from kiosk.ui.directory_screen import DirectoryScreen
from kiosk.ui.guide_screen import GuideScreen
from kiosk.ui.i18n import layout_direction, switch_language
from kiosk.ui.language_menu import LanguageMenu, endonym
from kiosk.ui.language_switch import Retranslator, relabel_tiles
from kiosk.ui.mainwindow import MainWindow
from kiosk.ui.offline_screen import OfflineScreen, OutageWatcher
from kiosk.ui.qr_overlay import QrOverlay
from kiosk.ui.style import icon, named

log = logging.getLogger("session")

# Quiet time on the home screen, with no session, after which a language or
# display choice is forgotten (the person left without opening a service).
HOME_RESET_MS = 120_000


class Inclusion(QObject):
    """Everything that lets more people use the borne, wired on ``window``.

    Args:
        app: The application (style sheet, translators, layout direction).
        window: The borne's main window.
        catalogue: Tiles (labels per language, public start pages).
        directory: The centre's local directory.
        languages: Languages offered in the menu.
        default_language: Language the borne comes back to.
        translators: Translators installed for the default language.
        translations_dir: Folder of the .ts/.qm files.
        icons_dir: Folder of the icons.
    """

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        catalogue: Catalogue,
        directory: Directory,
        *,
        languages: Sequence[str],
        default_language: str,
        translators: Sequence[QTranslator],
        translations_dir: Path,
        icons_dir: Path,
    ) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.catalogue = catalogue
        self.default_language = default_language
        self.language = default_language
        self.translations_dir = translations_dir
        self.translators = list(translators)
        self.retranslator = Retranslator(translations_dir)
        app.setLayoutDirection(layout_direction(default_language))
        self.access = Accessibility(app)
        self.access.apply()
        self.speech = Speech(self)
        host = window.centralWidget()
        if host is None:
            raise RuntimeError("the window has no central widget")
        self.language_menu = LanguageMenu(languages, default_language, host)
        self.qr = QrOverlay(host)
        self.guide = GuideScreen(icons_dir, self.speech.available)
        self.directory = DirectoryScreen(directory)
        window.stack.addWidget(self.guide)
        window.stack.addWidget(self.directory)
        self.offline = OfflineScreen()
        window.service.add_page(self.offline)
        self._came_from: QWidget = window.home
        self._add_home_footer(icons_dir)
        self._add_service_buttons(icons_dir)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(HOME_RESET_MS)
        self._quiet.timeout.connect(self._quiet_on_home)

        window.home.languageRequested.connect(lambda: self.language_menu.open(self.language))
        self.language_menu.languageChosen.connect(self.set_language)
        window.sessionStarted.connect(self._session_started)
        window.sessionEnded.connect(self.reset)
        window.userActivity.connect(self._quiet.start)
        self.guide.closeRequested.connect(lambda: window.stack.setCurrentWidget(self._came_from))
        self.guide.speakRequested.connect(lambda text: self.speech.say(text, self.language))
        self.guide.phoneRequested.connect(self.show_phone_code)
        self.directory.closeRequested.connect(window.show_home)
        self.guide.helpRequested.connect(window.help.ask)
        self.directory.helpRequested.connect(window.help.ask)
        self.offline.retryRequested.connect(self.retry)
        self.offline.guideRequested.connect(self.show_guide)
        self.offline.homeRequested.connect(window.show_home)
        self._show_language()

    # -- the parts added to the shell's screens ---------------------------------

    def _add_home_footer(self, icons_dir: Path) -> None:
        footer = named(QWidget(), "homeFooter", styled=True)
        row = QHBoxLayout(footer)
        row.setContentsMargins(40, 8, 40, 16)
        row.setSpacing(12)
        self.directory_button = touch_button(self.tr("Aide près d'ici"))
        self.directory_button.setAccessibleName(self.tr("Où trouver de l'aide près d'ici"))
        self.directory_button.setIcon(icon(icons_dir, "directory.svg"))
        self.directory_button.setIconSize(QSize(40, 40))
        self.directory_button.clicked.connect(self.show_directory)
        row.addWidget(self.directory_button)
        row.addStretch(1)
        self.access_bar = AccessibilityBar(self.access, self.speech)
        self.access_bar.speakRequested.connect(self.speak_screen)
        row.addWidget(self.access_bar)
        layout = self.window.home.layout()
        if layout is not None:
            layout.addWidget(footer)
        self.footer = footer

    def _add_service_buttons(self, icons_dir: Path) -> None:
        """One "Guide" button before "Demander de l'aide" (the guide holds the QR code)."""
        service = self.window.service
        self.guide_button = QPushButton(self.tr("Guide"))
        self.guide_button.setAccessibleName(self.tr("Lire le guide de ce service"))
        self.guide_button.setIcon(icon(icons_dir, "guide_purpose.svg"))
        self.guide_button.setIconSize(QSize(32, 32))
        self.guide_button.clicked.connect(self.show_guide)
        # The bar was full at 1024 px before "Guide": it keeps only its pictogram,
        # or steps aside, when the bar is full (the guide stays reachable from
        # the offline screen).
        service.add_bar_button(self.guide_button, words_optional=True, may_step_aside=True)

    # -- current tile -------------------------------------------------------------

    def current_tile(self) -> Tile | None:
        """The tile whose service is open (or was last open)."""
        session = self.window.session
        return session.tile if session is not None else None

    # -- guide, directory, QR ---------------------------------------------------------

    def show_guide(self, tile_id: str = "") -> None:
        """Show the offline guide of ``tile_id`` (default: the open service)."""
        tile = self.catalogue.tile(tile_id) if tile_id else self.current_tile()
        if tile is None:
            return
        office = self.directory.directory.office(tile.id)
        current = self.window.stack.currentWidget()
        if current is not self.guide and current is not None:
            self._came_from = current
        self.guide.show_guide(
            tile, load_guide(tile.id, self.language), office, tile.label(self.language))
        self.window.stack.setCurrentWidget(self.guide)

    def show_directory(self) -> None:
        """Show the local directory with the coming permanences."""
        self.directory.refresh(datetime.now())
        self.window.stack.setCurrentWidget(self.directory)
        self.directory.close_button.setFocus()

    def show_phone_code(self) -> None:
        """"Continuer sur mon téléphone": the public start page of the service."""
        tile = self.current_tile()
        if tile is not None:
            self.qr.show_tile(tile, tile.label(self.language))

    # -- offline ------------------------------------------------------------------

    def _session_started(self, browser: QObject) -> None:
        page_created = getattr(browser, "pageCreated", None)
        if page_created is not None:
            page_created.connect(self._watch_page)

    def _watch_page(self, page: QWebEnginePage) -> None:
        watcher = OutageWatcher(page)
        watcher.outage.connect(self.show_outage)

    def show_outage(self, code: str) -> None:
        """Cover the browser's error page with the offline screen."""
        self.offline.show_outage(Outage(code))
        self.window.service.show_instead(self.offline)

    def retry(self) -> None:
        """Load the page again and show it (the offline screen comes back if it fails)."""
        session = self.window.session
        page = session.page if session is not None else None
        if page is None:
            self.window.show_home()
            return
        self.window.service.show_page()
        page.triggerAction(QWebEnginePage.WebAction.Reload)

    # -- language -------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the whole borne to ``language`` (mirrored for Arabic)."""
        if language == self.language:
            return
        log.info("language: %s", language)
        self.translators = switch_language(
            self.app, language, self.translations_dir, self.translators)
        self.language = language
        self.window.language = language
        self.retranslator.retranslate(self.window)
        self.window.home.set_language(language)
        relabel_tiles(dict(self.window.home.tile_buttons), self.catalogue, language)
        self._show_language()
        clock = getattr(self.window.home, "clock", None)
        if clock is not None:
            clock.refresh()
        current = self.window.stack.currentWidget()
        if current is self.directory:
            self.show_directory()

    def _show_language(self) -> None:
        button = self.window.home.language_button
        button.setText(endonym(self.language))

    def speak_screen(self) -> None:
        """Read aloud the card on top, else the home screen's title and tiles."""
        host = self.window.centralWidget()
        overlays = [w for w in host.findChildren(QWidget, "overlay") if w.isVisible()] \
            if host is not None else []
        root: QWidget = overlays[-1] if overlays else self.window.home
        if root is self.window.home:
            lines = [self.tr("Choisissez un service")]
            lines += [b.accessibleName() for b in self.window.home.tile_buttons.values()]
        else:
            lines = [label.text() for label in root.findChildren(QLabel) if label.isVisible()]
        self.speech.say("\n".join(line for line in lines if line), self.language)

    def show_screen(self, name: str) -> bool:
        """Show one of our screens by name (``kiosk screenshot --show``).

        Args:
            name: ``guide``, ``directory``, ``phone`` or ``languages``.

        Returns:
            False when the name is unknown or nothing can be shown.
        """
        if name == "directory":
            self.show_directory()
        elif name == "languages":
            self.language_menu.open(self.language)
        elif name in ("guide", "phone"):
            tile = self.current_tile() or next(iter(self.catalogue.tiles), None)
            if tile is None:
                return False
            if name == "guide":
                self.show_guide(tile.id)
            else:
                self.qr.show_tile(tile, tile.label(self.language))
        else:
            return False
        return True

    # -- back to the defaults -----------------------------------------------------------

    def reset(self) -> None:
        """The session ended: default language, normal text and colours."""
        self.speech.stop()
        self.language_menu.hide()
        self.qr.hide()
        if self.language != self.default_language:
            self.set_language(self.default_language)
        if self.access.scale_index or self.access.high_contrast:
            self.access.reset()

    def _quiet_on_home(self) -> None:
        if self.window.session is None and self.window.stack.currentWidget() in (
            self.window.home, self.directory, self.guide
        ):
            self.window.show_home()
            self.reset()
