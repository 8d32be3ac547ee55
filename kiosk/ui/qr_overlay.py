"""QR hand-off: "Continuer sur mon téléphone", and mailto:/tel: links.

The code of a service is its public start page from the catalogue (never
the page on screen, which may hold personal data). A ``mailto:``/``tel:``/
``sms:`` link of a site becomes a code too: the borne cannot call or write,
the person's phone can. A big "Fermer" closes the overlay.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from kiosk.catalogue import Tile
from kiosk.qr import QrError, handoff_text, svg_qr, tile_qr
from kiosk.ui.accessibility import touch_button
from kiosk.ui.cards import CoverOverlay

QR_SIDE = 300


def qr_widget(svg: bytes, side: int = QR_SIDE) -> QSvgWidget:
    """Return a square widget showing an SVG QR code."""
    widget = QSvgWidget()
    widget.load(QByteArray(svg))
    widget.setFixedSize(QSize(side, side))
    return widget


class QrOverlay(CoverOverlay):
    """A card with a QR code, a plain explanation and "Fermer"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=760)
        self.title = self.add_label("", "cardTitle")
        self.text = self.add_label("")
        self.code = QSvgWidget()
        self.code.setFixedSize(QSize(QR_SIDE, QR_SIDE))
        self.code.setAccessibleName(self.tr("Code à scanner avec votre téléphone"))
        self.column.addWidget(self.code, 0, Qt.AlignmentFlag.AlignCenter)
        self.note = self.add_label("", "cardNote")
        self.close_button = touch_button(self.tr("Fermer"), "primary")
        self.close_button.clicked.connect(self.hide)
        self.column.addWidget(self.close_button)

    def show_tile(self, tile: Tile, label: str) -> None:
        """Offer the public start page of ``tile`` (named ``label``)."""
        self.title.setText(self.tr("Continuer sur mon téléphone"))
        self.text.setText(
            self.tr("Scannez ce code avec l'appareil photo de votre téléphone. "
                    "Il ouvre la page d'accueil de %1.").replace("%1", label))
        self.note.setText(
            self.tr("Ce que vous avez fait sur la borne ne passe pas sur votre téléphone."))
        self._show(tile_qr(tile))

    def show_handoff(self, target: str) -> bool:
        """Offer a ``mailto:``/``tel:``/``sms:`` link; False if it is not one."""
        try:
            svg = svg_qr(handoff_text(target))
        except QrError:
            return False
        self.title.setText(self.tr("Ce lien s'ouvre sur un téléphone"))
        self.text.setText(
            self.tr("La borne ne peut pas appeler ni écrire un message. "
                    "Scannez ce code avec votre téléphone pour le faire."))
        self.note.setText("")
        self._show(svg)
        return True

    def _show(self, svg: bytes) -> None:
        self.code.load(QByteArray(svg))
        self.note.setVisible(bool(self.note.text()))
        self.cover()
        self.close_button.setFocus()
