"""The Qt side of starting the borne: application, look, first paint, signals.

The composition root (kiosk/app.py) calls these and imports no PySide6
module itself, so the pure modules it needs first (settings, catalogue,
URL policy) are imported before PySide6 is: PySide's import hook reads the
source of every module imported after it, a cost paid before the home
screen appears.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.style import FONT_FAMILIES, OWN_SHEET, STYLESHEET
from kiosk.ui.virtual_keyboard import configure_environment as configure_keyboard
from kiosk.ui.webengine import prepare_before_application


def application() -> QApplication:
    """Return the QApplication (created with no command line arguments)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    prepare_before_application()
    configure_keyboard()  # Qt Virtual Keyboard only without a physical keyboard
    # No title bar nor close button drawn by Qt under Wayland (cage), even out of full screen.
    os.environ.setdefault("QT_WAYLAND_DISABLE_WINDOWDECORATION", "1")
    app = QApplication(sys.argv[:1])  # never pass Chromium flags from argv
    app.setApplicationName("borne")
    app.setQuitOnLastWindowClosed(False)
    return app


def apply_look(app: QApplication) -> None:
    """The borne's font and style sheet (kiosk.ui.accessibility changes them later)."""
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(20)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET + OWN_SHEET)


def later(milliseconds: int, callback: Callable[[], object]) -> None:
    """Call ``callback`` from the event loop in ``milliseconds``."""
    QTimer.singleShot(milliseconds, callback)


def every(milliseconds: int, callback: Callable[[], object], owner: QObject) -> QTimer:
    """Call ``callback`` every ``milliseconds`` for as long as ``owner`` lives."""
    timer = QTimer(owner)
    timer.timeout.connect(callback)
    timer.start(milliseconds)
    return timer


def exit_application(code: int) -> None:
    """Leave the event loop with ``code``."""
    QApplication.exit(code)


def show_full_screen(window: QWidget, app: QApplication) -> None:
    """Cover the screen: geometry first (no window manager), then full screen."""
    screen = app.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


class _FirstPaint(QObject):
    """Calls back once, just after ``widget`` was painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Wait for the first paint, then call back from the event loop."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``widget`` has been painted (the person sees it)."""
    _FirstPaint(widget, callback)


class SignalBridge(QObject):
    """Turns SIGTERM/SIGINT into a Qt signal, without a polling timer."""

    received = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        import signal  # socket and signal: off the path to the first paint
        import socket

        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)  # the wakeup fd does the work
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        if data:
            self.received.emit()
