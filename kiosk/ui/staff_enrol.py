"""Enrolment from the staff panel: the federation's address and the single-use code.

The request (one HTTP exchange) runs on its own thread, never on the GUI
thread; the answer comes back through a queued signal. Errors are the
sync's own plain French sentences (:class:`kiosk.sync.worker.EnrolError`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.staff import staff_event
from kiosk.sync.worker import EnrolError
from kiosk.ui.staff_widgets import label
from kiosk.ui.style import named

log = logging.getLogger("sync")


class EnrolForm(QWidget):
    """"Relier la borne à une fédération": address, code, "Inscrire la borne".

    Args:
        enrol: Blocking call ``enrol(url, code)`` (``Synchroniser.enrol``).

    Signals:
        enrolled(): the federation accepted the code (the token is in the keyring).
    """

    enrolled = Signal()
    _answered = Signal(str, str)  # error code ("" when enrolled), French message

    def __init__(self, enrol: Callable[[str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enrol = enrol
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("Adresse de la fédération (https://…)"))
        self.url.setAccessibleName(self.tr("Adresse de la fédération"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Code d'inscription"))
        self.code.setAccessibleName(self.tr("Code d'inscription à usage unique"))
        self.button = named(QPushButton(self.tr("Inscrire la borne")), "primary")
        self.button.clicked.connect(self.submit)
        self.message = label("", "staffHint")
        self._answered.connect(self._finished)
        row = QHBoxLayout()
        row.addWidget(self.url, 3)
        row.addWidget(self.code, 2)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label(self.tr("Relier la borne à une fédération"), "staffSection"))
        column.addLayout(row)
        column.addWidget(self.message)

    def submit(self) -> None:
        """Check the two fields, then enrol off the GUI thread."""
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.message.setText(self.tr(
                "Indiquez l'adresse de la fédération et le code qu'elle vous a donné."))
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Inscription en cours…"))
        threading.Thread(target=self._work, args=(url, code), name="sync-enrol",
                         daemon=True).start()

    def _work(self, url: str, code: str) -> None:
        try:
            self._enrol(url, code)
        except EnrolError as error:
            self._answered.emit(error.code or "erreur", str(error.message))
        except Exception:  # never let a thread die silently
            log.exception("enrolment failed")
            self._answered.emit("erreur", "")
        else:
            self._answered.emit("", "")

    def _finished(self, code: str, message: str) -> None:
        self.button.setEnabled(True)
        if code:
            staff_event("enrol_failed", (code,))
            self.message.setText(message or self.tr(
                "L'inscription n'a pas abouti. Vérifiez l'adresse et le code, puis réessayez."))
            return
        staff_event("enrolled")
        self.code.clear()
        self.message.setText(self.tr(
            "La borne est inscrite : ses chiffres partiront vers la fédération."))
        self.enrolled.emit()
