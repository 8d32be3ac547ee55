"""The countdown "Êtes-vous toujours là ?" before an inactive session ends.

A full-screen cover with a large countdown and one big "Je continue" button.
At closing time the same cover says the accueil is closing; there is nothing
to continue then, only "Terminer maintenant".
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.cards import CoverOverlay
from kiosk.ui.style import named

_LOCAL_STYLE = """
#countdown { font-size: 120px; font-weight: 800; color: #1b4f9c; }
#countdownUnit { font-size: 26px; font-weight: 600; }
QPushButton#bigPrimary {
    min-height: 110px; font-size: 36px; font-weight: 700; border-radius: 20px;
    background: #1b4f9c; color: white; border: 2px solid #1b4f9c;
}
QPushButton#bigPrimary:pressed { background: #133a73; }
QPushButton#bigPrimary:focus { border: 5px solid #14213d; }
"""


class IdleOverlay(CoverOverlay):
    """The countdown cover.

    Signals:
        continued(): the person touched "Je continue".
        endNowRequested(): at closing time, "Terminer maintenant".
    """

    continued = Signal()
    endNowRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=860)
        self.setStyleSheet(_LOCAL_STYLE)
        self.closing = False
        self.title = self.add_label("", "cardTitle")
        self.text = self.add_label("", "cardText")
        self.number = self.add_label("", "countdown")
        self.unit = self.add_label("", "countdownUnit")
        self.continue_button = named(QPushButton(self.tr("Je continue")), "bigPrimary")
        self.continue_button.clicked.connect(self.continued)
        self.end_button = QPushButton(self.tr("Terminer maintenant"))
        self.end_button.clicked.connect(self.endNowRequested)
        self.column.addWidget(self.continue_button)
        self.column.addWidget(self.end_button)
        self.number.setAccessibleName(self.tr("Secondes restantes"))
        self.set_closing(False)
        self.set_seconds(30)

    def set_closing(self, closing: bool) -> None:
        """Switch between the inactivity question and the closing notice."""
        self.closing = closing
        if closing:
            self.title.setText(self.tr("L'accueil va fermer"))
            self.text.setText(
                self.tr("La session se termine et tout ce que vous avez fait sera effacé dans :")
            )
        else:
            self.title.setText(self.tr("Êtes-vous toujours là ?"))
            self.text.setText(
                self.tr(
                    "Sans réponse, la session se termine et tout ce que vous avez fait "
                    "sera effacé dans :"
                )
            )
        self.continue_button.setVisible(not closing)
        self.end_button.setVisible(closing)

    def set_seconds(self, seconds: float) -> None:
        """Show the seconds left (rounded up: never shows 0 before the end)."""
        whole = max(0, math.ceil(seconds))
        self.number.setText(str(whole))
        self.unit.setText(self.tr("seconde") if whole <= 1 else self.tr("secondes"))

    def cover(self) -> None:
        """Show the cover with the main button focused."""
        super().cover()
        button = self.end_button if self.closing else self.continue_button
        button.setFocus(Qt.FocusReason.OtherFocusReason)
