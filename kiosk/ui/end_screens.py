"""The two screens of the end of a session.

1. :class:`LogoutReminder`: "Pensez à vous déconnecter de votre compte",
   with the service's own logout when the tile has one, before the wipe.
2. :class:`ErasedScreen`: "Vos données ont été effacées. À bientôt !", shown
   after the wipe for a few seconds (or until touched), then home.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.cards import CoverOverlay
from kiosk.ui.style import named

#: How long "Vos données ont été effacées" stays before the home screen.
ERASED_SHOWN_MS = 3000

_LOCAL_STYLE = """
#erased { background: #f5f3ee; }
#erasedMark { font-size: 96px; color: #1d7a3a; font-weight: 800; }
#erasedTitle { font-size: 40px; font-weight: 700; }
#erasedBye { font-size: 32px; font-weight: 600; color: #1b4f9c; }
"""


class LogoutReminder(CoverOverlay):
    """Reminder shown when a person ends their session themselves.

    Signals:
        logoutRequested(): open the service's logout page first.
        confirmed(): wipe now.
        cancelled(): back to the site ("Terminer" touched by mistake).
    """

    logoutRequested = Signal()
    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=900)
        self.add_label(self.tr("Pensez à vous déconnecter de votre compte"), "cardTitle")
        self.text = self.add_label(
            self.tr(
                "Si vous vous êtes connecté ou connectée à un site, déconnectez-vous "
                "avant de partir."
            ),
            "cardText",
        )
        self.logout_button = QPushButton("")
        self.logout_button.clicked.connect(self.logoutRequested)
        self.finish_button = named(QPushButton(self.tr("Tout effacer et terminer")), "primary")
        self.finish_button.clicked.connect(self.confirmed)
        self.back_button = QPushButton(self.tr("Revenir au site"))
        self.back_button.clicked.connect(self.cancelled)
        for button in (self.logout_button, self.finish_button, self.back_button):
            self.column.addWidget(button)
        self.add_label(self.tr("Tout ce que vous avez fait sur la borne sera effacé."), "cardNote")
        self.set_service("", has_logout=False)

    def set_service(self, service_name: str, has_logout: bool) -> None:
        """Name the service; the logout button shows only when it has a logout page."""
        self.logout_button.setText(self.tr("Me déconnecter de %1").replace("%1", service_name))
        self.logout_button.setVisible(has_logout and bool(service_name))

    def cover(self) -> None:
        """Show the reminder with the safe choice focused."""
        super().cover()
        self.finish_button.setFocus(Qt.FocusReason.OtherFocusReason)


class ErasedScreen(CoverOverlay):
    """Says "Vos données ont été effacées. À bientôt !", then emits ``done``.

    Signals:
        done(): time is up or the screen was touched: show home.
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None, shown_ms: int = ERASED_SHOWN_MS) -> None:
        super().__init__(parent, max_width=900)
        # Opaque, unlike the other covers: nothing of the previous page shows.
        self.setObjectName("erased")
        self.setStyleSheet(_LOCAL_STYLE)
        mark = self.add_label("✓", "erasedMark")
        mark.setAccessibleName(self.tr("Effacé"))
        self.add_label(self.tr("Vos données ont été effacées."), "erasedTitle")
        self.add_label(self.tr("À bientôt !"), "erasedBye")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(shown_ms)
        self._timer.timeout.connect(self._finish)

    def cover(self) -> None:
        """Show the message and start its short timer."""
        super().cover()
        self._timer.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """A touch goes home at once."""
        event.accept()
        self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        if self.isVisible():
            self.hide()
            self.done.emit()
