"""The help card: "Une personne de l'accueil va venir vous aider".

Built the first time a person asks for help (:class:`kiosk.ui.help.HelpDesk`),
never before the home screen is painted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
