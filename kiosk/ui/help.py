"""The help call: "Demander de l'aide" → a clear card, then a banner.

The person who asks for help sees a large card saying someone from the
accueil is coming. They may keep going while they wait ("Continuer en
attendant"): the card folds into a yellow banner that stays on every screen,
so the staff walking up still see that help was asked, until a member of the
staff touches "C'est fait (accueil)". Nothing is blocked meanwhile: a person
in a hurry is never locked out of their own procedure.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.cards import ParentCover
from kiosk.ui.style import named


class HelpOverlay(ParentCover):
    """Dimmed cover over the whole window with the help card in the middle."""

    continueRequested = Signal()
    doneRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = named(QWidget(), "card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card.setMaximumWidth(760)
        column = QVBoxLayout(card)
        column.setContentsMargins(48, 40, 48, 32)
        column.setSpacing(24)
        self.title = named(QLabel(
            self.tr("Une personne de l'accueil va venir vous aider")), "cardTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = named(QLabel(
            self.tr("Restez près de la borne. Vous pouvez continuer en attendant.")), "cardText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = named(QPushButton(self.tr("Continuer en attendant")), "primary")
        self.continue_button.clicked.connect(self.continueRequested)
        self.done_button = named(QPushButton(self.tr("C'est fait (accueil)")), "staff")
        self.done_button.clicked.connect(self.doneRequested)
        column.addWidget(self.title)
        column.addWidget(text)
        column.addWidget(self.continue_button)
        staff_row = QHBoxLayout()
        staff_row.addStretch(1)
        staff_row.addWidget(self.done_button)
        column.addLayout(staff_row)
        outer.addWidget(card)

    def cover(self) -> None:
        """Cover the parent window, come to the front, focus "Continuer"."""
        super().cover()
        self.continue_button.setFocus()


class HelpBanner(QWidget):
    """Thin yellow band shown on every screen while help is on its way."""

    doneRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 8, 32, 8)
        self.label = QLabel(self.tr("Une personne de l'accueil va venir vous aider."))
        self.done_button = named(QPushButton(self.tr("C'est fait (accueil)")), "staff")
        self.done_button.clicked.connect(self.doneRequested)
        row.addWidget(self.label, 1)
        row.addWidget(self.done_button)
        self.hide()


class HelpDesk(QObject):
    """State of the help call, shared by the overlay and the banner.

    Signals:
        requested(): a person asked for help (for the journal, a staff alert…).
        dismissed(): the staff said it is done.
    """

    requested = Signal()
    dismissed = Signal()

    def __init__(self, make_overlay: Callable[[], HelpOverlay], banner: HelpBanner) -> None:
        """Hold the banner; the card is made by ``make_overlay`` the first time help is asked."""
        super().__init__(banner)
        self._make_overlay = make_overlay
        self._overlay: HelpOverlay | None = None
        self.banner = banner
        self.pending = False
        banner.doneRequested.connect(self.dismiss)

    @property
    def overlay(self) -> HelpOverlay:
        """The card (built on first use: the home screen appears without it)."""
        if self._overlay is None:
            overlay = self._overlay = self._make_overlay()
            overlay.continueRequested.connect(self.fold)
            overlay.doneRequested.connect(self.dismiss)
        return self._overlay

    def ask(self) -> None:
        """Show the card (again, if help was already asked)."""
        first = not self.pending
        self.pending = True
        self.banner.hide()
        self.overlay.cover()
        if first:
            self.requested.emit()

    def fold(self) -> None:
        """Let the person go on: the card becomes the banner."""
        if self._overlay is not None:
            self._overlay.hide()
        self.banner.setVisible(self.pending)

    def dismiss(self) -> None:
        """Staff came: remove the card and the banner."""
        if self._overlay is not None:
            self._overlay.hide()
        self.banner.hide()
        if self.pending:
            self.pending = False
            self.dismissed.emit()
