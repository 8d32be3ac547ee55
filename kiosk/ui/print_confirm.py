"""Our print confirmation: how many pages, how many copies, what is left.

Shown before anything reaches the printer, for a PDF, a web page or
``window.print()``. The per-session quota comes from the pure session
(:meth:`kiosk.session.Session.pages_left`); above it, printing is refused
with a plain sentence and the way to the accueil.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.cards import CoverOverlay
from kiosk.ui.style import named

MAX_COPIES = 5

_LOCAL_STYLE = """
#copiesValue { font-size: 44px; font-weight: 800; min-width: 90px; }
QPushButton#stepper { min-width: 96px; min-height: 80px; font-size: 40px; font-weight: 800; }
#total { font-size: 28px; font-weight: 700; }
#quotaRefused { font-size: 22px; font-weight: 600; color: #8a1c1c; }
"""


class PrintConfirm(CoverOverlay):
    """The confirmation card.

    Signals:
        confirmed(int): print with this many copies.
        cancelled(): do not print.
    """

    confirmed = Signal(int)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=860)
        self.setStyleSheet(_LOCAL_STYLE)
        self.pages = 1
        self.copies = 1
        self.pages_left = 0
        self.add_label(self.tr("Imprimer"), "cardTitle")
        self.pages_label = self.add_label("", "cardText")

        row = QHBoxLayout()
        row.setSpacing(20)
        self.less_button = named(QPushButton("−"), "stepper")
        self.less_button.setAccessibleName(self.tr("Une copie de moins"))
        self.less_button.clicked.connect(lambda: self.set_copies(self.copies - 1))
        self.copies_value = named(QLabel("1"), "copiesValue")
        self.copies_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_button = named(QPushButton("+"), "stepper")
        self.more_button.setAccessibleName(self.tr("Une copie de plus"))
        self.more_button.clicked.connect(lambda: self.set_copies(self.copies + 1))
        copies_caption = named(QLabel(self.tr("Nombre de copies :")), "cardText")
        row.addStretch(1)
        row.addWidget(copies_caption)
        row.addWidget(self.less_button)
        row.addWidget(self.copies_value)
        row.addWidget(self.more_button)
        row.addStretch(1)
        self.column.addLayout(row)

        self.total_label = self.add_label("", "total")
        self.left_label = self.add_label("", "cardNote")
        self.refused_label = self.add_label("", "quotaRefused")
        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.print_button = named(QPushButton(self.tr("Imprimer")), "primary")
        self.print_button.clicked.connect(lambda: self.confirmed.emit(self.copies))
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.print_button, 1)
        self.column.addLayout(buttons)

    def ask(self, pages: int, pages_left: int) -> None:
        """Show the card for a document of ``pages`` pages."""
        self.pages = max(0, pages)
        self.pages_left = max(0, pages_left)
        self.copies = 1
        self.pages_label.setText(
            self.tr("Ce document a %1.").replace("%1", self._pages_text(self.pages))
        )
        self.set_copies(1)
        self.cover()

    def _pages_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 page")
        return self.tr("%1 pages").replace("%1", str(count))

    def total(self) -> int:
        """Sheets this print would use."""
        return self.pages * self.copies

    def allowed(self) -> bool:
        """Whether the print fits in what is left of the session's quota."""
        return 0 < self.total() <= self.pages_left

    def set_copies(self, copies: int) -> None:
        """Change the number of copies (1 to :data:`MAX_COPIES`)."""
        self.copies = max(1, min(copies, MAX_COPIES))
        self.copies_value.setText(str(self.copies))
        self.less_button.setEnabled(self.copies > 1)
        self.more_button.setEnabled(
            self.copies < MAX_COPIES and self.pages * (self.copies + 1) <= self.pages_left
        )
        self.total_label.setText(
            self.tr("En tout : %1").replace("%1", self._pages_text(self.total()))
        )
        self.left_label.setText(
            self.tr("Vous pouvez encore imprimer %1 pendant cette session.").replace(
                "%1", self._pages_text(self.pages_left)
            )
        )
        allowed = self.allowed()
        self.print_button.setEnabled(allowed)
        self.print_button.setVisible(allowed)
        self.refused_label.setVisible(not allowed)
        self.refused_label.setText(
            self.tr(
                "C'est plus que ce qui reste pour cette session. "
                "Demandez à l'accueil pour imprimer davantage."
            )
        )
        self.total_label.setVisible(allowed)
