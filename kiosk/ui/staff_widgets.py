"""Building blocks of the staff screens: big chips, chip groups, a staff style.

Every target is at least 72 px high (staff often stand, in a hurry, with
gloves or reading glasses in hand). The app-wide style sheet
(:mod:`kiosk.ui.style`) gives the base look; :data:`STAFF_STYLE` adds the
staff screens' own roles and is set on each staff screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.style import ACCENT, ACCENT_DARK, CARD, INK, LINE, MUTED, PAPER, named

TARGET = 72  # px: smallest height of anything staff touch

STAFF_STYLE = f"""
#staffScreen {{ background: {PAPER}; }}
#staffTitle {{ font-size: 34px; font-weight: 700; }}
#staffSection {{ font-size: 24px; font-weight: 700; margin-top: 6px; }}
#staffHint {{ font-size: 20px; color: {MUTED}; }}
#staffMessage {{ font-size: 24px; font-weight: 600; color: #8a1c1c; }}
#staffGood {{ font-size: 22px; font-weight: 600; color: #1d6b35; }}
#staffCard {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 18px; }}
QPushButton {{ min-height: {TARGET}px; }}
QPushButton#chip {{
    min-height: {TARGET}px; padding: 0 18px; border-radius: 36px;
    font-size: 21px; font-weight: 600; background: {CARD}; color: {INK};
    border: 2px solid {LINE};
}}
QPushButton#chip:checked {{
    background: {ACCENT}; color: white; border: 2px solid {ACCENT_DARK};
}}
QPushButton#pinKey, QPushButton#pinText, QPushButton#pinOk {{
    min-height: 80px; font-size: 38px; font-weight: 700;
    color: {INK}; border: 2px solid {LINE}; border-radius: 20px; background: {CARD};
}}
QPushButton#pinText {{ font-size: 24px; }}
QPushButton#pinOk {{
    font-size: 26px; color: white; background: {ACCENT}; border: 2px solid {ACCENT_DARK};
}}
QPushButton#pinOk:pressed {{ background: {ACCENT_DARK}; }}
QPushButton#pinKey:pressed, QPushButton#pinText:pressed {{ background: #e3ebf7; }}
QPushButton#pinKey:disabled, QPushButton#pinText:disabled, QPushButton#pinOk:disabled {{
    color: #a0a7b5; background: #eef0f3; border-color: #c3c8d2;
}}
#pinDots {{ font-size: 44px; letter-spacing: 10px; color: {INK}; }}
#countdown {{ font-size: 30px; font-weight: 700; color: #8a1c1c; }}
QPushButton#danger {{ color: #8a1c1c; border: 2px solid #8a1c1c; }}
QPushButton#navButton {{
    min-height: {TARGET}px; text-align: left; padding-left: 22px; color: {INK};
    border: 2px solid transparent; background: transparent;
}}
QPushButton#navButton:checked {{ background: {CARD}; border: 2px solid {ACCENT}; }}
QListWidget {{ font-size: 22px; background: {CARD}; border: 2px solid {LINE}; }}
QListWidget::item {{ min-height: {TARGET}px; padding: 0 12px; }}
QListWidget::item:selected {{ background: #e3ebf7; color: {INK}; }}
QLineEdit, QSpinBox, QTimeEdit {{
    min-height: 60px; font-size: 22px; padding: 0 10px;
    border: 2px solid {LINE}; border-radius: 10px; background: {CARD};
}}
QCheckBox {{ font-size: 22px; min-height: {TARGET}px; }}
QCheckBox::indicator {{ width: 40px; height: 40px; }}
"""


def vocabulary_text(label: str) -> str:
    """Pass a label of the national vocabulary through Qt's translation system."""
    return QCoreApplication.translate("vocabulary", label)


def label(text: str, role: str = "staffHint", *, wrap: bool = True) -> QLabel:
    """Return a label with a staff style role."""
    made = named(QLabel(text), role)
    made.setWordWrap(wrap)
    return made


def screen(widget: QWidget) -> QWidget:
    """Give a top-level staff screen its background and style."""
    named(widget, "staffScreen", styled=True)
    widget.setStyleSheet(STAFF_STYLE)
    return widget


class ChipGroup(QWidget):
    """A grid of big checkable chips, one per code.

    Args:
        choices: (code, text) pairs, in order.
        exclusive: One chip at most (and, with ``required``, exactly one).
        columns: Chips per row.

    Signals:
        changed(): the selection changed (by a tap or by :meth:`select`).
    """

    changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        *,
        exclusive: bool = True,
        columns: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # exclusivity handled here: a chip can be un-ticked
        self._exclusive = exclusive
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for index, (code, text) in enumerate(choices):
            button = named(QPushButton(text), "chip")
            button.setCheckable(True)
            button.setAccessibleName(text)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, c=code: self._tapped(c))
            self._group.addButton(button)
            self.buttons[code] = button
            grid.addWidget(button, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def _tapped(self, code: str) -> None:
        if self._exclusive and self.buttons[code].isChecked():
            for other, button in self.buttons.items():
                if other != code:
                    button.setChecked(False)
        self.changed.emit()

    def select(self, codes: Iterable[str | None]) -> None:
        """Tick exactly ``codes`` (unknown ones are ignored)."""
        wanted = {c for c in codes if c is not None}
        for code, button in self.buttons.items():
            button.setChecked(code in wanted)
        self.changed.emit()

    def selected(self) -> tuple[str, ...]:
        """Return the ticked codes, in display order."""
        return tuple(code for code, button in self.buttons.items() if button.isChecked())

    def current(self) -> str | None:
        """Return the single ticked code (exclusive groups), or ``None``."""
        chosen = self.selected()
        return chosen[0] if chosen else None
