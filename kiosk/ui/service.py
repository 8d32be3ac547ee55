"""Service screen: a top bar above the embedded page (or the refused screen).

The bar holds Accueil, Retour, the service's name, A− / A+, the buttons the
sessions work and the guides add (:meth:`ServiceScreen.add_bar_button`),
"Demander de l'aide" and "Terminer". It never makes the window wider than
the screen (1024 px screens, or big text on a 1366 px one): the zoom
percentage gives way first, then Accueil, Retour and Guide keep only their
picture (their accessible name still says the words), then Guide steps aside.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.refused import RefusalKind, RefusedScreen
from kiosk.ui.style import icon, named

if TYPE_CHECKING:  # QtWebEngine is loaded only when a tile is touched
    from kiosk.ui.browsersession import BrowserSession

log = logging.getLogger("web")

#: Zoom factors reachable with A− / A+ (bounded: 50 % to 200 %).
ZOOM_STEPS: tuple[float, ...] = (0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
DEFAULT_ZOOM_INDEX = ZOOM_STEPS.index(1.0)


def tinted(source: QIcon, colour: str, size: QSize) -> QIcon:
    """Return ``source`` painted in one colour (white icons on dark buttons)."""
    pixmap = source.pixmap(size)
    if pixmap.isNull():
        return source
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(colour))
    painter.end()
    return QIcon(pixmap)


class ServiceScreen(QWidget):
    """One service open in the embedded browser.

    Signals:
        homeRequested(): "Accueil".
        helpRequested(): "Demander de l'aide".
        endRequested(): "Terminer" (the sessions work decides what follows).
    """

    homeRequested = Signal()
    helpRequested = Signal()
    endRequested = Signal()

    def __init__(self, icons_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service")
        self.session: BrowserSession | None = None
        self.zoom_index = DEFAULT_ZOOM_INDEX
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._bar(icons_dir))
        self.stack = QStackedWidget()
        self.blank = QWidget()
        self.stack.addWidget(self.blank)
        self._holders: dict[QWidget, QScrollArea] = {}
        self.refused_screen = RefusedScreen()
        self.refused_screen.backRequested.connect(self.show_page)
        self.add_page(self.refused_screen)
        layout.addWidget(self.stack, 1)

    def _bar(self, icons_dir: Path) -> QWidget:
        bar = self.bar = named(QWidget(), "serviceBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # As wide as the window, never wider: _fit_bar makes the buttons fit.
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = self._row = QHBoxLayout(bar)
        row.setContentsMargins(8, 10, 8, 10)
        row.setSpacing(4)

        def button(text: str, icon_name: str = "", name: str = "") -> QPushButton:
            widget = named(QPushButton(text), name)
            if icon_name:
                widget.setIcon(icon(icons_dir, icon_name))
                widget.setIconSize(QSize(28, 28))
            row.addWidget(widget)
            return widget

        self.home_button = button(self.tr("Accueil"), "home.svg", "primary")
        self.home_button.setIcon(tinted(self.home_button.icon(), "white", QSize(28, 28)))
        self.home_button.clicked.connect(self.homeRequested)
        self.back_button = button(self.tr("Retour"), "back.svg")
        self.back_button.clicked.connect(self.go_back)
        self.title = named(QLabel(), "serviceName")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.title, 1)
        self.zoom_out_button = button(self.tr("A−"))
        self.zoom_out_button.setAccessibleName(self.tr("Texte plus petit"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = named(QLabel(), "zoomLevel")
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.zoom_label)
        self.zoom_in_button = button(self.tr("A+"))
        self.zoom_in_button.setAccessibleName(self.tr("Texte plus grand"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.help_button = button(self.tr("Demander de l'aide"), "help.svg", "help")
        self.help_button.clicked.connect(self.helpRequested)
        self.end_button = button(self.tr("Terminer"), "end.svg")
        self.end_button.clicked.connect(self.endRequested)
        #: Buttons whose words go first when the bar is full (they keep their picture).
        self._words_optional: list[QPushButton] = [self.home_button, self.back_button]
        self._may_step_aside: list[QPushButton] = []
        self._words: dict[QPushButton, str] = {}  # the words taken off, to put back
        self._named: set[QPushButton] = set()  # accessible name given while without words
        self._show_zoom()
        return bar

    def add_bar_button(
        self, button: QPushButton, *, words_optional: bool = False, may_step_aside: bool = False
    ) -> None:
        """Put ``button`` in the bar, before "Demander de l'aide".

        Args:
            button: The button (with a picture if ``words_optional``).
            words_optional: It may keep only its picture when the bar is full.
            may_step_aside: It may leave the bar when even that is not enough
                (what it opens must be reachable another way).
        """
        self._row.insertWidget(self._row.indexOf(self.help_button), button)
        if words_optional:
            self._words_optional.append(button)
        if may_step_aside:
            self._may_step_aside.append(button)
        self._fit_bar()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Fit the bar to the new width."""
        super().resizeEvent(event)
        self._fit_bar()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Bigger text, another language: fit the bar again once restyled."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange,
                            QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self, self._fit_bar)

    def _fit_bar(self) -> None:
        """Every word when it fits; else fewer, step by step (see the module's docstring)."""
        self.zoom_label.setVisible(True)
        for button in self._words_optional:
            self._set_words(button, shown=True)
        for button in self._may_step_aside:
            button.setVisible(True)
        if self._bar_fits():
            return
        self.zoom_label.setVisible(False)
        if self._bar_fits():
            return
        for button in self._words_optional:
            self._set_words(button, shown=False)
        if self._bar_fits():
            return
        for button in self._may_step_aside:
            button.setVisible(False)

    def _bar_fits(self) -> bool:
        return self._row.minimumSize().width() <= self.width()

    def _set_words(self, button: QPushButton, *, shown: bool) -> None:
        if shown and not button.text() and button in self._words:
            button.setText(self._words.pop(button))
            if button in self._named:  # its words say it again
                self._named.discard(button)
                button.setAccessibleName("")
        elif not shown and button.text():
            self._words[button] = button.text()
            if not button.accessibleName():  # a screen reader still says the words
                self._named.add(button)
                button.setAccessibleName(button.text())
            button.setText("")

    # -- showing a session's page ---------------------------------------------

    def show_session(self, session: BrowserSession, title: str) -> None:
        """Show the page ``session`` just opened, under the name ``title``."""
        page, view = session.page, session.view
        if page is None or view is None:
            raise RuntimeError("no page open in this session")
        if session is not self.session:
            self.session = session
            self.zoom_index = DEFAULT_ZOOM_INDEX
            session.interceptor.mainFrameBlocked.connect(self._on_blocked)
        self.title.setText(title)
        self.stack.insertWidget(0, view)
        page.urlChanged.connect(self._update_back)
        page.loadFinished.connect(self._on_load_finished)
        page.refused.connect(self._on_refused)
        self._apply_zoom()
        self.show_page()

    def release(self) -> None:
        """Forget the session (before it is closed)."""
        self.session = None
        self.stack.setCurrentWidget(self.blank)

    def show_page(self) -> None:
        """Show the page again (leaving the refused screen)."""
        view = self.session.view if self.session is not None else None
        self.stack.setCurrentWidget(view if view is not None else self.blank)
        if view is not None:
            view.setFocus()
        self._update_back()

    def add_page(self, page: QWidget) -> None:
        """Add a screen shown instead of the web page (refused, offline).

        It scrolls rather than making the window taller than the screen
        (big text on a 768 px high screen).
        """
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setWidget(page)
        self._holders[page] = holder
        self.stack.addWidget(holder)

    def show_instead(self, page: QWidget) -> None:
        """Show ``page`` (added with :meth:`add_page`) instead of the web page."""
        self.stack.setCurrentWidget(self._holders[page])

    def showing(self, page: QWidget) -> bool:
        """Whether ``page`` (added with :meth:`add_page`) is shown."""
        return self.stack.currentWidget() is self._holders.get(page)

    @property
    def showing_refusal(self) -> bool:
        """Whether the refused screen is shown instead of the page."""
        return self.showing(self.refused_screen)

    def show_refusal(self, kind: RefusalKind, target: str = "") -> None:
        """Show the refused screen instead of the page."""
        self.refused_screen.show_refusal(kind, target)
        self.show_instead(self.refused_screen)
        self._update_back()

    def _on_refused(self, kind: str, target: str) -> None:
        self.show_refusal(RefusalKind(kind), target)

    def _on_blocked(self, _reason: str) -> None:
        self.show_refusal(RefusalKind.OFF_LIST)

    def _on_load_finished(self, _ok: bool) -> None:
        self._apply_zoom()  # Chromium may reset zoom when the host changes
        self._update_back()

    # -- Retour -----------------------------------------------------------------

    def _update_back(self) -> None:
        page = self.session.page if self.session is not None else None
        can = page is not None and page.history().canGoBack()
        self.back_button.setEnabled(self.showing_refusal or can)

    def go_back(self) -> None:
        """Leave the refused screen, or go one page back inside the service."""
        if self.showing_refusal:
            self.show_page()
            return
        page = self.session.page if self.session is not None else None
        if page is not None and page.history().canGoBack():
            page.history().back()

    # -- zoom ---------------------------------------------------------------------

    @property
    def zoom_factor(self) -> float:
        """Zoom factor chosen with A− / A+."""
        return ZOOM_STEPS[self.zoom_index]

    def zoom_in(self) -> None:
        """Make the page bigger, up to 200 %."""
        self.zoom_index = min(self.zoom_index + 1, len(ZOOM_STEPS) - 1)
        self._apply_zoom()

    def zoom_out(self) -> None:
        """Make the page smaller, down to 50 %."""
        self.zoom_index = max(self.zoom_index - 1, 0)
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        page = self.session.page if self.session is not None else None
        if page is not None:
            page.setZoomFactor(self.zoom_factor)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(self.tr("%1 %").replace("%1", str(round(self.zoom_factor * 100))))
        self.zoom_out_button.setEnabled(self.zoom_index > 0)
        self.zoom_in_button.setEnabled(self.zoom_index < len(ZOOM_STEPS) - 1)
