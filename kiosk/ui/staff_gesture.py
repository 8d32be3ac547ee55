"""The discreet way staff open the PIN pad.

Two gestures, both documented for the staff (and nowhere on screen):

* **press and hold the centre's name** at the top of the home screen for
  :data:`HOLD_MS` (3 seconds) without moving the finger more than
  :data:`SLOP_PX`; lifting the finger earlier does nothing. A person leaning
  on the screen rarely holds one spot that long, and the PIN is asked anyway;
* **Ctrl + Alt + Shift + A** on a keyboard, for staff who have one.

Install with ``gesture.watch_hold(home.centre_label)`` and
``gesture.watch_keys(window)`` (on the window's QWindow, so the chord works
even when a web page has the focus; kiosk.ui.lockdown lets Ctrl+Alt keys
through for AltGr); connect :attr:`StaffGesture.triggered` to the
PIN pad.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

HOLD_MS = 3000
SLOP_PX = 24
CHORD_KEY = Qt.Key.Key_A
CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)


class StaffGesture(QObject):
    """Event filter: a long press on one widget, or a key chord on the window.

    Signals:
        triggered(): the gesture was made; show the PIN pad.
    """

    triggered = Signal()

    def __init__(self, parent: QObject | None = None, hold_ms: int = HOLD_MS) -> None:
        super().__init__(parent)
        self._held: QWidget | None = None
        self._key_targets: set[QObject] = set()
        self._origin: QPointF | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self._hold_done)

    def watch_hold(self, widget: QWidget) -> None:
        """Watch ``widget`` for the long press (the centre's name)."""
        self._held = widget
        widget.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        widget.installEventFilter(self)

    def watch_keys(self, widget: QWidget) -> None:
        """Watch the top-level ``widget``'s window for the key chord.

        The filter goes on its QWindow (like kiosk.ui.lockdown), so the chord
        works whatever has the focus, the embedded web page included.
        """
        top = widget.window()  # never make a child widget native
        top.winId()  # creates the native window if needed
        handle = top.windowHandle()
        target: QObject = handle if handle is not None else top
        self._key_targets.add(target)
        target.installEventFilter(self)

    @property
    def holding(self) -> bool:
        """Tell whether a long press is being counted."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Start, follow or cancel the hold; catch the chord."""
        kind = event.type()
        if watched in self._key_targets and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == CHORD_KEY and event.modifiers() == CHORD_MODIFIERS:
                self.triggered.emit()
                return True
        if watched is not self._held:
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._origin = _position(event)
            self._timer.start()
        elif kind in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate):
            where = _position(event)
            if self._origin is not None and where is not None:
                moved = where - self._origin
                if abs(moved.x()) > SLOP_PX or abs(moved.y()) > SLOP_PX:
                    self._cancel()
        elif kind in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
            QEvent.Type.Leave,
            QEvent.Type.Hide,
        ):
            self._cancel()
        return False

    def _cancel(self) -> None:
        self._timer.stop()
        self._origin = None

    def _hold_done(self) -> None:
        self._origin = None
        self.triggered.emit()


def _position(event: QEvent) -> QPointF | None:
    if isinstance(event, QMouseEvent):
        return event.position()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].position()
    return None
