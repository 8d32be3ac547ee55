"""Child scripts timed to their first paint (bench_startup.py, bench_compare.py).

A child is three parts: code building ``qapp`` and ``window`` (the borne as
``kiosk run`` builds it, or a bare window with as many push buttons), a
``done()`` function, and the common tail here, which shows the window at
1280x800 and calls ``done()`` from the event loop just after ``watched``'s
first paint. The borne and the bare window are thus measured the same way.
"""

from __future__ import annotations

import textwrap

#: The borne's window, built as ``kiosk run`` builds it (shipped catalogue).
BORNE_WINDOW = """
import os, sys
from kiosk import app as A

qapp = A.application()
borne = A.build(A.Options(), qapp, defer_sessions=True)  # as kiosk run does
window = borne.window
tiles = len(window.home.tile_buttons)
"""

#: The floor of any Qt application: a window and N push buttons (N = last argument).
BARE_WINDOW = """
import os, sys
from PySide6.QtWidgets import QApplication, QGridLayout, QMainWindow, QPushButton, QWidget

qapp = QApplication(sys.argv[:1])
window = QMainWindow()
central = QWidget()
grid = QGridLayout(central)
tiles = int(sys.argv[-1])
for index in range(tiles):
    grid.addWidget(QPushButton(f"Service {index}"), index // 4, index % 4)
window.setCentralWidget(central)
"""

_SHOW = """
from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False


spy = FirstPaint()
{watched}.installEventFilter(spy)
window.setGeometry(0, 0, 1280, 800)
window.show()
qapp.exec()
"""


def child(window: str, done: str, watched: str) -> str:
    """The script of a child: ``window`` built, ``done()`` defined, shown until painted."""
    parts = (window, done, _SHOW.format(watched=watched))
    return "\n".join(textwrap.dedent(part) for part in parts)
