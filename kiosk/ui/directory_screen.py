"""The centre's local directory as big cards, with a QR code each, printable.

Each card: what kind of place, its name, address, phone, a short note and
the next permanences (days and hours). The QR code holds the name, address
and phone as plain text, so a phone keeps them. "Imprimer" prints the whole
list on the borne's printer through the sessions' print path (a PDF sent to
the default CUPS queue, no system dialog).
"""

from __future__ import annotations

import html
import logging
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, Qt, QTime, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.directory import Directory, Occurrence, Place
from kiosk.qr import QrError, svg_qr
from kiosk.ui.accessibility import touch_button
from kiosk.ui.printing import PrintError, PrintProblem, print_pdf
from kiosk.ui.qr_overlay import qr_widget
from kiosk.ui.style import named

log = logging.getLogger("session")

CARD_QR = 170


def _label(text: str, role: str) -> QLabel:
    label = named(QLabel(text), role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DirectoryScreen(QWidget):
    """Where to find help near here.

    Signals:
        closeRequested(): "Fermer".
        printed(str): ``"ok"`` or a :class:`PrintProblem` value.
        helpRequested(): "Demander de l'aide".
    """

    closeRequested = Signal()
    printed = Signal(str)
    helpRequested = Signal()

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.directory = directory
        self.printer_name = ""  # "" = the default queue
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(16)
        top = QHBoxLayout()
        top.addWidget(_label(self.tr("Où trouver de l'aide près d'ici"), "cardTitle"), 1)
        self.print_button = touch_button(self.tr("Imprimer la liste"))
        self.print_button.clicked.connect(self.print_list)
        top.addWidget(self.print_button)
        self.help_button = touch_button(self.tr("Demander de l'aide"), "help")
        self.help_button.clicked.connect(self.helpRequested)
        top.addWidget(self.help_button)
        self.close_button = touch_button(self.tr("Fermer"), "primary")
        self.close_button.clicked.connect(self.closeRequested)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.status = _label("", "cardNote")
        self.status.hide()
        layout.addWidget(self.status)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(20)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QScroller.grabGesture(
            scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        scroll.setWidget(self.grid_widget)
        layout.addWidget(scroll, 1)
        self.cards: list[QWidget] = []

    # -- words ----------------------------------------------------------------

    def kind_label(self, kind: str) -> str:
        """The translated name of a kind of place."""
        labels = {
            "ecrivain_public": self.tr("Écrivain public"),
            "ccas": self.tr("CCAS (aide sociale de la ville)"),
            "france_services": self.tr("France Services"),
            "mission_locale": self.tr("Mission Locale (16-25 ans)"),
            "fle_alphabetisation": self.tr("Apprendre le français"),
            "acces_au_droit": self.tr("Aide juridique gratuite"),
            "autre": self.tr("Autre aide"),
        }
        return labels.get(kind, labels["autre"])

    def when(self, occurrence: Occurrence) -> str:
        """"mardi 1 décembre, 14:00 – 17:00" in the current language."""
        locale = QLocale()
        begin, end = occurrence.start, occurrence.end
        day = QDate(begin.year, begin.month, begin.day)
        hours = (f"{locale.toString(QTime(begin.hour, begin.minute), 'HH:mm')} – "
                 f"{locale.toString(QTime(end.hour, end.minute), 'HH:mm')}")
        text = f"{locale.toString(day, 'dddd d MMMM')}, {hours}"
        return f"{text} ({occurrence.note})" if occurrence.note else text

    def place_lines(self, place: Place, now: datetime) -> list[str]:
        """Address, phone, note and next permanences of ``place``."""
        lines = [text for text in (place.address, place.note) if text]
        if place.phone:
            lines.append(self.tr("Téléphone : %1").replace("%1", place.phone))
        if place.email:
            lines.append(self.tr("E-mail : %1").replace("%1", place.email))
        coming = self.directory.next_for(place, now)
        if coming:
            lines.append(self.tr("Prochaines permanences :"))
            lines += [f"• {self.when(o)}" for o in coming]
        return lines

    # -- cards ----------------------------------------------------------------

    def refresh(self, now: datetime | None = None) -> None:
        """Rebuild the cards for ``now`` (the current time by default)."""
        now = now or datetime.now()
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        places = self.directory.sorted_places()
        if not places:
            empty = _label(self.tr("L'accueil n'a pas encore rempli cette liste. "
                                   "Demandez directement à l'accueil."), "cardText")
            self.grid.addWidget(empty, 0, 0)
            self.cards.append(empty)
            self.print_button.setEnabled(False)
            return
        self.print_button.setEnabled(True)
        for index, place in enumerate(places):
            card = self._card(place, now)
            self.grid.addWidget(card, index // 2, index % 2)
            self.cards.append(card)

    def _card(self, place: Place, now: datetime) -> QWidget:
        card = named(QWidget(), "card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(card)
        row.setContentsMargins(24, 20, 24, 20)
        row.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(_label(self.kind_label(place.kind), "cardNote"))
        column.addWidget(_label(place.name, "homeTitle"))
        lines = self.place_lines(place, now)
        for line in lines:
            column.addWidget(_label(line, "cardText"))
        column.addStretch(1)
        row.addLayout(column, 1)
        try:
            # name, address and phone only: a short text keeps the code easy to scan
            svg = svg_qr("\n".join(t for t in (place.name, place.address, place.phone) if t))
        except QrError:
            return card
        code = qr_widget(svg, CARD_QR)
        code.setAccessibleName(self.tr("Code à scanner : garder ces informations"))
        row.addWidget(code, 0, Qt.AlignmentFlag.AlignTop)
        return card

    # -- printing ---------------------------------------------------------------

    def write_pdf(self, path: Path, now: datetime | None = None) -> None:
        """Write the list as an A4 PDF at ``path``."""
        now = now or datetime.now()
        parts = [f"<h1>{html.escape(self.tr('Où trouver de l’aide près d’ici'))}</h1>"]
        for place in self.directory.sorted_places():
            parts.append(f"<h2>{html.escape(place.name)}</h2>")
            parts.append(f"<p><i>{html.escape(self.kind_label(place.kind))}</i><br/>")
            parts.append("<br/>".join(html.escape(line) for line in self.place_lines(place, now)))
            parts.append("</p>")
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml("".join(parts))
        writer = QPdfWriter(str(path))
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        writer.setTitle("Borne - annuaire")
        document.print_(writer)

    def print_list(self) -> None:
        """Print the list on the default queue; say how it went."""
        with tempfile.TemporaryDirectory(prefix="borne-annuaire-") as folder:
            path = Path(folder) / "annuaire.pdf"
            self.write_pdf(path)
            try:
                print_pdf(path, 1, self.printer_name)
                code = "ok"
            except PrintError as error:
                code = error.code.value
        messages = {
            "ok": self.tr("C'est imprimé. Prenez la feuille à l'imprimante."),
            PrintProblem.NO_PRINTER.value: self.tr(
                "La borne n'a pas d'imprimante. Demandez une copie à l'accueil."),
        }
        self.status.setText(messages.get(code, self.tr(
            "L'impression n'a pas marché. Demandez une copie à l'accueil.")))
        self.status.show()
        self.printed.emit(code)
