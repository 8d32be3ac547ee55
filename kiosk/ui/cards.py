"""A dimmed cover over the whole window with one calm card in the middle.

The session screens (inactivity countdown, end reminder, "données effacées",
print confirmation) share this shape; the style sheet gives ``#overlay``,
``#card``, ``#cardTitle``, ``#cardText`` and ``#cardNote`` their look.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """Give ``widget`` its style role (``objectName``) and return it."""
    widget.setObjectName(name)
    return widget


class CoverOverlay(QWidget):
    """Cover following its parent's size; content goes into ``self.column``.

    Args:
        parent: The window to cover (the overlay follows its size).
        max_width: Widest the card may grow, in pixels.
    """

    def __init__(self, parent: QWidget | None = None, max_width: int = 820) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = named(QWidget(), "card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.card.setMaximumWidth(max_width)
        self.card.setMinimumWidth(min(max_width, 560))
        self.column = QVBoxLayout(self.card)
        self.column.setContentsMargins(56, 44, 56, 40)
        self.column.setSpacing(26)
        outer.addWidget(self.card)
        if parent is not None:
            parent.installEventFilter(self)
        self.hide()

    def add_label(self, text: str, role: str = "cardText") -> QLabel:
        """Add a centred, wrapped label with the style role ``role``."""
        label = named(QLabel(text), role)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(label)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Follow the parent's size."""
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def cover(self) -> None:
        """Cover the parent and come to the front."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
