"""The one optional question at the end of an autonomous session.

"Avez-vous pu faire votre démarche ?" with four big pictogram buttons
(oui / en partie / non / j'ai besoin d'aide) and "Passer". The widget only
emits a code of the vocabulary list ``avis`` (or ``None`` when skipped);
the session code puts it in :class:`kiosk.journal.SessionFacts` and, for
``besoin_aide``, calls the accueil (wired in kiosk/app.py).

The pictograms are drawn here with QPainter (shape AND colour differ, for
people who do not tell colours apart).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QPushButton, QToolButton, QWidget

from kiosk.ui.cards import CoverOverlay
from kiosk.ui.style import HELP, INK, named
from kiosk.vocabulary import LOCAL_LISTS

#: Codes offered, in screen order (the journal's list ``avis``).
ANSWERS: tuple[str, ...] = tuple(LOCAL_LISTS["avis"])
#: Code that also calls someone from the accueil.
HELP_ANSWER = "besoin_aide"

ICON_SIZE = 112
_COLOURS = {"oui": "#1d7a3a", "en_partie": "#b35c00", "non": "#b3261e", "besoin_aide": HELP}

_LOCAL_STYLE = """
QToolButton#answer {
    min-width: 196px; min-height: 230px; padding: 10px;
    font-size: 26px; font-weight: 700; color: #14213d;
    background: #ffffff; border: 3px solid #c9ced8; border-radius: 22px;
}
QToolButton#answer:pressed { background: #e3ebf7; }
QToolButton#answer:focus { border: 5px solid #1b4f9c; }
"""


def pictogram(code: str, size: int = ICON_SIZE) -> QPixmap:
    """Draw the pictogram of an answer: a coloured disc with a mark inside."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRectF(4, 4, size - 8, size - 8)
    colour = QColor(_COLOURS.get(code, INK))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(disc)
    mark = QPen(QColor("white"), size * 0.11)
    mark.setCapStyle(Qt.PenCapStyle.RoundCap)
    mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    s = size / 100.0
    if code == "oui":
        painter.setPen(mark)
        path = QPainterPath(QPointF(28 * s, 52 * s))
        path.lineTo(44 * s, 68 * s)
        path.lineTo(73 * s, 35 * s)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif code == "en_partie":
        painter.setBrush(QColor("white"))
        inner = QRectF(22 * s, 22 * s, 56 * s, 56 * s)
        painter.drawPie(inner, 90 * 16, 180 * 16)  # half a disc: "half done"
        painter.setPen(QPen(QColor("white"), size * 0.06))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
    elif code == "non":
        painter.setPen(mark)
        painter.drawLine(QPointF(33 * s, 33 * s), QPointF(67 * s, 67 * s))
        painter.drawLine(QPointF(67 * s, 33 * s), QPointF(33 * s, 67 * s))
    else:  # besoin_aide: a big question mark, dark on yellow
        painter.setPen(QColor(INK))
        font = QFont()
        font.setPixelSize(int(66 * s))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    return pixmap


class FeedbackQuestion(CoverOverlay):
    """"Avez-vous pu faire votre démarche ?" — answered once, or skipped.

    Signals:
        answered(object): an ``avis`` code (``oui``, ``en_partie``, ``non``,
            ``besoin_aide``) or ``None`` when the person touched "Passer".
    """

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=1100)
        self.setStyleSheet(_LOCAL_STYLE)
        self.add_label(self.tr("Avez-vous pu faire votre démarche ?"), "cardTitle")
        self.add_label(self.tr("Une seule question, pour améliorer l'accueil. "
                               "Vous pouvez passer."), "cardNote")
        labels = {
            "oui": self.tr("Oui"),
            "en_partie": self.tr("En partie"),
            "non": self.tr("Non"),
            "besoin_aide": self.tr("J'ai besoin\nd'aide"),
        }
        grid = QGridLayout()
        grid.setSpacing(18)
        self.buttons: dict[str, QToolButton] = {}
        for index, code in enumerate(ANSWERS):
            button = named(QToolButton(), "answer")
            button.setText(labels.get(code, code))
            button.setIcon(QIcon(pictogram(code)))
            button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAccessibleName(labels.get(code, code).replace("\n", " "))
            button.clicked.connect(lambda _checked=False, c=code: self._answer(c))
            grid.addWidget(button, 0, index)
            self.buttons[code] = button
        self.column.addLayout(grid)
        self.skip_button = QPushButton(self.tr("Passer"))
        self.skip_button.clicked.connect(lambda: self._answer(None))
        self.column.addWidget(self.skip_button)

    def ask(self) -> None:
        """Show the question over the parent window."""
        self.cover()
        self.skip_button.setFocus()

    def _answer(self, code: str | None) -> None:
        self.hide()
        self.answered.emit(code)
