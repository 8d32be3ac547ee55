"""Everything the staff see, in one cover over the main window.

:class:`StaffFlow` chains the screens: the unlock gesture → the PIN pad (or
"choose a code" on a new borne) → the staff panel → "Démarrer un
accompagnement" → back to the public session with an accompaniment running;
later the closing screen → the journal. The panel and the PIN pad close by
themselves after :data:`IDLE_CLOSE_MS` without a touch, so a panel left open
never stays open for the public.

The composition root builds it once, connects the gesture to :meth:`open`,
:attr:`accompanimentStarted` to the session controller, and calls
:meth:`close_accompaniment` when the staff end an accompanied session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from kiosk.pin import PinGuard
from kiosk.staff import AccompanimentStart, HelpCalls, SyncStatusSource
from kiosk.staff_config import SettingsEditor, TileEditor
from kiosk.ui.accompany import ClosingScreen, StartAccompaniment
from kiosk.ui.pin_pad import PinPad
from kiosk.ui.staff_figures import TotalsSource
from kiosk.ui.staff_panel import PowerActions, StaffPanel

IDLE_CLOSE_MS = 120_000
_ACTIVITY = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin}
)


class StaffFlow(QWidget):
    """The staff screens over the whole window.

    Signals:
        accompanimentStarted(object): an :class:`~kiosk.staff.AccompanimentStart`;
            start an accompanied session (``Mode.ACCOMPAGNE``) with it.
        accompanimentClosed(object): the :class:`~kiosk.journal.AssistedFacts`;
            put it in the session's ``SessionFacts.assisted``, then end and wipe.
        closingCancelled(): "Revenir à la session": the session goes on.
        hidden(): the cover went away (the public screen is back).
    """

    accompanimentStarted = Signal(object)
    accompanimentClosed = Signal(object)
    closingCancelled = Signal()
    hidden = Signal()

    def __init__(
        self,
        window: QWidget,
        *,
        guard: PinGuard,
        totals: TotalsSource,
        tiles: TileEditor,
        settings: SettingsEditor,
        help_calls: HelpCalls,
        sync: SyncStatusSource,
        power: PowerActions,
        service_labels: Mapping[str, str] | None = None,
        journal_message: Callable[[], str] = str,
        today: Callable[[], datetime] = datetime.now,
        idle_close_ms: int = IDLE_CLOSE_MS,
    ) -> None:
        super().__init__(window)
        self.pin = PinPad(guard)
        self.panel = StaffPanel(
            totals=totals, tiles=tiles, settings=settings, help_calls=help_calls, sync=sync,
            power=power, service_labels=dict(service_labels or {}),
            journal_message=journal_message, ask_pin=self.ask_pin, today=today,
        )
        self.start_screen = StartAccompaniment()
        self.closing = ClosingScreen()
        self.stack = QStackedLayout(self)
        for page in (self.pin, self.panel, self.start_screen, self.closing):
            self.stack.addWidget(page)
        self.current: AccompanimentStart | None = None
        self.last_role: str | None = None
        self._after_pin: Callable[[], None] | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_close_ms)
        self._idle.timeout.connect(self._idle_timeout)
        self.pin.unlocked.connect(self._unlocked)
        self.pin.cancelled.connect(self._pin_cancelled)
        self.panel.closeRequested.connect(self.close_cover)
        self.panel.accompanimentRequested.connect(self.show_start)
        self.start_screen.started.connect(self._started)
        self.start_screen.cancelled.connect(lambda: self._show(self.panel))
        self.closing.finished.connect(self._closed)
        self.closing.backRequested.connect(self._closing_back)
        self._input_source: QObject = window
        window.installEventFilter(self)  # follow its size
        # Touches are watched on the window's QWindow, like kiosk.ui.lockdown: a
        # Python filter on the QApplication crashes PySide6 6.11 with QtWebEngine.
        top = window.window()  # never make a child widget native
        top.winId()
        handle = top.windowHandle()
        if handle is not None:
            self._input_source = handle
            handle.installEventFilter(self)
        self.hide()

    # -- entry points for the composition root -----------------------------

    def open(self) -> None:
        """The unlock gesture: ask the PIN, then show the panel."""
        if self.isVisible() and self.stack.currentWidget() is not self.pin:
            return  # already open
        self._after_pin = None
        self.pin.start()
        self._show(self.pin)

    def close_accompaniment(
        self,
        tiles_opened: Sequence[str],
        organismes: Mapping[str, str],
        thematiques_by_tile: Mapping[str, Sequence[str]],
    ) -> None:
        """Show the closing screen of the running accompaniment (pre-filled)."""
        start = self.current or AccompanimentStart(self.last_role or "accueil")
        self.closing.prepare(start, tiles_opened, organismes, thematiques_by_tile)
        self._show(self.closing)

    def refresh_help(self) -> None:
        """A help call arrived or was answered elsewhere: update the panel."""
        self.panel.help.refresh()
        self.panel.update_help_count()

    def ask_pin(self, then: Callable[[], None]) -> None:
        """Ask the PIN again (maintenance), then call ``then``."""
        self._after_pin = then
        self.pin.start()
        self._show(self.pin)

    def show_start(self) -> None:
        """Show "Démarrer un accompagnement" (the last role pre-selected)."""
        self.start_screen.prepare(self.last_role)
        self._show(self.start_screen)

    def close_cover(self) -> None:
        """Back to the public screen."""
        self.pin.stop()
        self._after_pin = None
        self.hide()
        self.hidden.emit()

    # -- internals ----------------------------------------------------------

    def _show(self, page: QWidget) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.stack.setCurrentWidget(page)
        self.show()
        self.raise_()
        self._idle.start()

    def _unlocked(self) -> None:
        then, self._after_pin = self._after_pin, None
        if then is not None:
            self._show(self.panel)
            then()
            return
        self.panel.open()
        self._show(self.panel)

    def _pin_cancelled(self) -> None:
        if self._after_pin is not None:
            self._after_pin = None
            self._show(self.panel)
        else:
            self.close_cover()

    def _started(self, start: AccompanimentStart) -> None:
        self.current = start
        self.last_role = start.role
        self.close_cover()
        self.accompanimentStarted.emit(start)

    def _closed(self, assisted: object) -> None:
        self.current = None
        self.close_cover()
        self.accompanimentClosed.emit(assisted)

    def _closing_back(self) -> None:
        self.close_cover()
        self.closingCancelled.emit()

    def _idle_timeout(self) -> None:
        if self.isVisible() and self.stack.currentWidget() in (self.pin, self.panel,
                                                                self.start_screen):
            self.close_cover()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        """No idle countdown while hidden."""
        self._idle.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Follow the window's size; any touch restarts the idle timer."""
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        elif watched is self._input_source and event.type() in _ACTIVITY and self.isVisible():
            self._idle.start()
        return False
