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
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.style import named

if TYPE_CHECKING:  # the card is built the first time help is asked (kiosk.ui.help_card)
    from kiosk.ui.help_card import HelpOverlay


class HelpBanner(QFrame):
    """Thin yellow band shown on every screen while help is on its way.

    A QFrame paints its style-sheet background by itself (part of the first
    paint: no widget attribute, hence no ``Qt`` enum, needed).
    """

    doneRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBanner")
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
