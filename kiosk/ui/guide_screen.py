"""A tile's offline guide: short sentences under pictograms, and a QR code.

Readable with or without network. Sections: what the démarche is for, the
papers to have ready, the code received by SMS, the office near here (from
the centre's directory, else "ask the accueil"), what the accueil can do.
A QR code carries the service's public start page to the person's phone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogue import Tile
from kiosk.directory import Office
from kiosk.guides import Guide, LoadedGuide
from kiosk.qr import tile_qr
from kiosk.ui.accessibility import touch_button
from kiosk.ui.qr_overlay import qr_widget
from kiosk.ui.style import named

PICTOGRAM = QSize(72, 72)


def _label(text: str, role: str) -> QLabel:
    label = named(QLabel(text), role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class GuideScreen(QWidget):
    """The guide of one tile.

    Signals:
        closeRequested(): "Fermer".
        speakRequested(str): "Écouter" with the text to read.
        phoneRequested(): "Montrer en grand" under the QR code.
        helpRequested(): "Demander de l'aide".
    """

    closeRequested = Signal()
    speakRequested = Signal(str)
    phoneRequested = Signal()
    helpRequested = Signal()

    def __init__(
        self, icons_dir: Path, can_speak: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.icons_dir = icons_dir
        self.guide: Guide | None = None
        self._spoken = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(16)
        top = QHBoxLayout()
        self.title = _label("", "cardTitle")
        top.addWidget(self.title, 1)
        self.speak_button = touch_button(self.tr("Écouter"))
        self.speak_button.setAccessibleName(self.tr("Lire le guide à voix haute"))
        self.speak_button.setVisible(can_speak)
        self.speak_button.clicked.connect(lambda: self.speakRequested.emit(self._spoken))
        top.addWidget(self.speak_button)
        self.help_button = touch_button(self.tr("Demander de l'aide"), "help")
        self.help_button.clicked.connect(self.helpRequested)
        top.addWidget(self.help_button)
        self.close_button = touch_button(self.tr("Fermer le guide"), "primary")
        self.close_button.clicked.connect(self.closeRequested)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.fallback_note = _label(
            self.tr("Ce guide n'existe pas encore dans votre langue : le voici en français."),
            "cardNote")
        self.fallback_note.hide()
        layout.addWidget(self.fallback_note)
        body = QHBoxLayout()
        body.setSpacing(24)
        self.sections = QWidget()
        self.sections_column = QVBoxLayout(self.sections)
        self.sections_column.setContentsMargins(0, 0, 0, 0)
        self.sections_column.setSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QScroller.grabGesture(
            scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        scroll.setWidget(self.sections)
        body.addWidget(scroll, 1)
        body.addWidget(self._qr_column())
        layout.addLayout(body, 1)

    def _qr_column(self) -> QWidget:
        column_widget = named(QWidget(), "card")
        column_widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        column_widget.setFixedWidth(320)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(20, 20, 20, 20)
        column.addWidget(_label(self.tr("Continuer sur mon téléphone"), "homeTitle"))
        self.qr_slot = QVBoxLayout()
        column.addLayout(self.qr_slot)
        column.addWidget(_label(
            self.tr("Scannez ce code : il ouvre la page d'accueil du service."), "cardNote"))
        self.bigger_code_button = touch_button(self.tr("Montrer en grand"))
        self.bigger_code_button.setAccessibleName(self.tr("Montrer le code en grand"))
        self.bigger_code_button.clicked.connect(self.phoneRequested)
        column.addWidget(self.bigger_code_button)
        column.addStretch(1)
        return column_widget

    def show_guide(
        self, tile: Tile, loaded: LoadedGuide, office: Office | None, label: str
    ) -> None:
        """Fill the screen with ``loaded`` for ``tile`` (named ``label``)."""
        self._clear()
        guide = loaded.guide
        self.guide = guide
        self.fallback_note.setVisible(loaded.fell_back)
        self.title.setText(guide.title if guide is not None else label)
        spoken: list[str] = [self.title.text()]
        if guide is None:
            sentences = [self.tr("Le guide de ce service n'est pas encore écrit."),
                         self.tr("Une personne de l'accueil peut vous expliquer.")]
            self._section("guide_ask.svg", self.tr("Demandez à l'accueil"), sentences)
            spoken += sentences
        else:
            for icon, heading, lines in (
                ("guide_purpose.svg", self.tr("À quoi ça sert"), guide.purpose),
                ("guide_documents.svg", self.tr("Les papiers à préparer"), guide.documents),
                ("guide_sms.svg", self.tr("Le code reçu par SMS"), guide.sms_code),
            ):
                self._section(icon, heading, list(lines))
                spoken += [heading, *lines]
            near = self._near_here(guide, office)
            self._section("guide_office.svg", self.tr("Près d'ici"), near)
            ask = [*guide.ask, self.tr("Une personne de l'accueil peut faire la démarche "
                                       "avec vous.")]
            self._section("guide_ask.svg", self.tr("Demandez à l'accueil"), ask)
            spoken += [self.tr("Près d'ici"), *near, self.tr("Demandez à l'accueil"), *ask]
        self.sections_column.addStretch(1)
        code = qr_widget(tile_qr(tile), 260)
        code.setAccessibleName(self.tr("Code de la page d'accueil du service"))
        self.qr_slot.addWidget(code, 0, Qt.AlignmentFlag.AlignCenter)
        self._spoken = "\n".join(spoken)
        self.close_button.setFocus()

    def _near_here(self, guide: Guide, office: Office | None) -> list[str]:
        lines: list[str] = []
        if office is not None:
            lines.append(office.name)
            lines += [text for text in (office.address, office.hours) if text]
            if office.phone:
                lines.append(self.tr("Téléphone : %1").replace("%1", office.phone))
        else:
            lines.append(self.tr("Demandez à l'accueil l'adresse du bureau le plus proche."))
        if guide.phone:
            phone = self.tr("Numéro national : %1").replace("%1", guide.phone)
            lines.append(f"{phone} ({guide.phone_note})" if guide.phone_note else phone)
        return lines

    def _section(self, icon_name: str, heading: str, sentences: list[str]) -> None:
        section = named(QWidget(), "card")
        section.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(section)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(20)
        picture = QSvgWidget(str(self.icons_dir / icon_name))
        picture.setFixedSize(PICTOGRAM)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(_label(heading, "homeTitle"))
        for sentence in sentences:
            text.addWidget(_label(f"• {sentence}", "cardText"))
        row.addLayout(text, 1)
        self.sections_column.addWidget(section)

    def _clear(self) -> None:
        for layout in (self.sections_column, self.qr_slot):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
