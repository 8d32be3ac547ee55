"""Screens laid over the whole window: a dimmed cover with a card, or a full layer.

The session screens (inactivity countdown, end reminder, "données effacées",
print confirmation, notices) are :class:`CoverOverlay` cards; the PDF
viewer, the upload picker and the scan screen fill the window as a
:class:`Layer`. Both follow their parent's size. The style sheet gives
``#overlay``, ``#card``, ``#cardTitle``, ``#cardText`` and ``#cardNote``
their look.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.style import named


class ParentCover(QWidget):
    """A widget that covers its whole parent and follows its size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        if parent is not None:
            parent.installEventFilter(self)
        self.hide()

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


class Layer(ParentCover):
    """A full-window layer holding one screen (PDF viewer, picker, scan screen)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(content)


class CoverOverlay(ParentCover):
    """Dimmed cover with a card in the middle; content goes into ``self.column``.

    Args:
        parent: The window to cover (the overlay follows its size).
        max_width: Widest the card may grow, in pixels.
    """

    def __init__(self, parent: QWidget | None = None, max_width: int = 820) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
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

    def add_label(self, text: str, role: str = "cardText") -> QLabel:
        """Add a centred, wrapped label with the style role ``role``."""
        label = named(QLabel(text), role)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(label)
        return label


class NoticeCard(CoverOverlay):
    """A short message with one "J'ai compris" button.

    Signals:
        closed(): the person touched the button.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.add_label("", "cardTitle")
        self.text = self.add_label("", "cardText")
        self.ok_button = named(QPushButton(self.tr("J'ai compris")), "primary")
        self.ok_button.clicked.connect(self._close)
        self.column.addWidget(self.ok_button)

    def tell(self, title: str, text: str) -> None:
        """Show ``title`` and ``text``."""
        self.title.setText(title)
        self.text.setText(text)
        self.cover()
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close(self) -> None:
        self.hide()
        self.closed.emit()
