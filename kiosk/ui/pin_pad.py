"""The staff PIN pad: big keys, the wait or lock counted down on screen.

Two uses: unlocking (the code is checked by :class:`kiosk.pin.PinGuard`) and,
on a borne where no code was chosen yet, choosing the first one (typed twice).
The pad never tells how long the code is and never shows its digits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.pin import (
    MAX_DIGITS,
    MIN_DIGITS,
    KeyringUnavailableError,
    Outcome,
    PinGuard,
    PinProblem,
    Verdict,
)
from kiosk.ui.staff_widgets import label, screen
from kiosk.ui.style import named


class PinPad(QWidget):
    """Full-window PIN pad.

    Args:
        guard: Checks codes and counts wrong ones.
        purpose: Short line under the title (what the code opens).

    Signals:
        unlocked(): the right code was typed (or a first code was chosen).
        cancelled(): "Retour" touched.
    """

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, guard: PinGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        screen(self)
        self.guard = guard
        self.digits = ""
        self.choosing = False
        self._first_choice: str | None = None
        self.title = label("", "staffTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label("")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = label("", "pinDots", wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(56)
        self.message = label("", "staffMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("", "countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys: dict[str, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 20, 40, 20)
        column.setSpacing(10)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addWidget(self.countdown)
        column.addLayout(self._keypad())
        self.back_button = QPushButton(self.tr("Retour"))
        self.back_button.setMinimumWidth(280)
        self.back_button.clicked.connect(self._cancel)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        column.addLayout(bottom)
        column.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _keypad(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit, digit), index // 3, index % 3)
        grid.addWidget(self._key("back", self.tr("Effacer")), 3, 0)
        grid.addWidget(self._key("0", "0"), 3, 1)
        grid.addWidget(self._key("ok", self.tr("Valider")), 3, 2)
        self.keys["ok"].setObjectName("pinOk")
        self.keys["back"].setObjectName("pinText")
        self.keys["back"].setAccessibleName(self.tr("Effacer le dernier chiffre"))
        return grid

    def _key(self, code: str, text: str) -> QPushButton:
        button = named(QPushButton(text), "pinKey")
        button.setMinimumSize(170, 80)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.press(code))
        self.keys[code] = button
        return button

    # -- showing ---------------------------------------------------------

    def start(self) -> None:
        """Reset the pad and show the current state (call before showing it)."""
        self.digits = ""
        self._first_choice = None
        self.message.setText("")
        status = self.guard.status()
        self.choosing = status.outcome is Outcome.NO_PIN
        self._show_titles()
        self._apply(status)
        self._timer.start()
        self.setFocus()

    def stop(self) -> None:
        """Stop the countdown (the pad is hidden)."""
        self._timer.stop()
        self.digits = ""
        self._first_choice = None

    def _show_titles(self) -> None:
        if not self.choosing:
            self.title.setText(self.tr("Code de l'accueil"))
            self.hint.setText(self.tr("Réservé au personnel et aux bénévoles de l'accueil."))
        elif self._first_choice is None:
            self.title.setText(self.tr("Choisissez le code de l'accueil"))
            self.hint.setText(self.tr(
                "Première utilisation : choisissez un code de %n chiffres ou plus, "
                "à partager avec l'équipe de l'accueil.", "", MIN_DIGITS))
        else:
            self.title.setText(self.tr("Tapez le même code une deuxième fois"))
            self.hint.setText(self.tr("Pour être sûr qu'il n'y a pas d'erreur de frappe."))
        self._show_dots()

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self.digits) if self.digits else "")
        self.dots.setAccessibleName(
            self.tr("Chiffres tapés : %1").replace("%1", str(len(self.digits))))

    def refresh(self) -> None:
        """Re-read the wait or lock (every second while shown)."""
        if not self.choosing:
            self._apply(self.guard.status(), keep_message=True)

    def _apply(self, verdict: Verdict, *, keep_message: bool = False) -> None:
        waiting = verdict.wait_s > 0
        blocked = waiting or verdict.outcome is Outcome.UNAVAILABLE
        for button in self.keys.values():
            button.setEnabled(not blocked)
        if blocked and self.digits:
            self.digits = ""  # nothing typed before a wait counts after it
            self._show_dots()
        if verdict.outcome is Outcome.UNAVAILABLE:
            self.message.setText(self.tr(
                "Le trousseau de la borne ne répond pas : le panneau ne peut pas s'ouvrir. "
                "Prévenez la personne qui s'occupe de l'ordinateur."))
            self.countdown.setText("")
            return
        if not waiting:
            self.countdown.setText("")
            if keep_message and self.message.property("waiting"):
                self.message.setText(self.tr("Vous pouvez réessayer."))
                self.message.setProperty("waiting", False)
            return
        minutes, seconds = divmod(verdict.wait_s, 60)
        if verdict.outcome is Outcome.LOCKED:
            self.message.setText(self.tr(
                "Trop d'essais manqués : le panneau est bloqué un moment. Code oublié ? "
                "La personne qui s'occupe de l'ordinateur peut le remettre à zéro "
                "(commande : sudo borne-admin admin reset-pin)."))
        else:
            self.message.setText(self.tr("Code incorrect. Attendez un peu avant de réessayer."))
        self.message.setProperty("waiting", True)
        if minutes:
            self.countdown.setText(
                self.tr("Nouvel essai possible dans %1 min %2 s").replace("%1", str(minutes))
                .replace("%2", f"{seconds:02d}"))
        else:
            self.countdown.setText(
                self.tr("Nouvel essai possible dans 1 seconde") if seconds == 1
                else self.tr("Nouvel essai possible dans %1 secondes").replace("%1", str(seconds)))

    # -- typing ----------------------------------------------------------

    def press(self, code: str) -> None:
        """Handle one key of the pad (a digit, ``back`` or ``ok``)."""
        if not self.keys[code].isEnabled():
            self.digits = ""
            self._show_dots()
            return
        if code == "back":
            self.digits = self.digits[:-1]
        elif code == "ok":
            self._submit()
            return
        elif len(self.digits) < MAX_DIGITS:
            self.digits += code
        self._show_dots()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Staff with a keyboard: digits, Backspace, Enter, Escape."""
        text = event.text()
        if text.isascii() and text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        elif event.key() == Qt.Key.Key_Escape:
            self._cancel()
        else:
            super().keyPressEvent(event)

    def _cancel(self) -> None:
        self.stop()
        self.cancelled.emit()

    def _submit(self) -> None:
        typed, self.digits = self.digits, ""
        self._show_dots()
        if not typed:
            return
        if self.choosing:
            self._choose(typed)
            return
        verdict = self.guard.check(typed)
        if verdict.outcome is Outcome.OK:
            self.stop()
            self.message.setText("")
            self.unlocked.emit()
            return
        if verdict.outcome is Outcome.NO_PIN:  # reset from the command line meanwhile
            self.start()
            return
        if verdict.outcome is Outcome.WRONG:
            self.message.setText(self.tr("Code incorrect. Réessayez."))
            self.message.setProperty("waiting", False)
        self._apply(verdict)

    def _choose(self, typed: str) -> None:
        if self._first_choice is None:
            from kiosk.pin import pin_problem

            problem = pin_problem(typed)
            if problem is not None:
                self.message.setText(self._problem_text(problem))
                return
            self._first_choice = typed
            self.message.setText("")
            self._show_titles()
            return
        first, self._first_choice = self._first_choice, None
        try:
            problem = self.guard.choose_first(first, typed)
        except KeyringUnavailableError:
            self._apply(Verdict(Outcome.UNAVAILABLE))
            return
        if problem is not None:
            self.message.setText(self._problem_text(problem))
            self._show_titles()
            return
        self.stop()
        self.choosing = False
        self.unlocked.emit()

    def _problem_text(self, problem: PinProblem) -> str:
        texts = {
            PinProblem.NOT_DIGITS: self.tr("Seulement des chiffres."),
            PinProblem.TOO_SHORT: self.tr("Trop court : %n chiffres au moins.", "", MIN_DIGITS),
            PinProblem.TOO_LONG: self.tr("Trop long : %n chiffres au plus.", "", MAX_DIGITS),
            PinProblem.TOO_SIMPLE: self.tr(
                "Trop facile à deviner (chiffres qui se suivent ou tous pareils). "
                "Choisissez-en un autre."),
            PinProblem.MISMATCH: self.tr(
                "Les deux codes sont différents. Recommencez depuis le début."),
            PinProblem.ALREADY_SET: self.tr("Un code existe déjà : tapez-le."),
        }
        if problem is PinProblem.ALREADY_SET:
            self.choosing = False
        return texts[problem]
