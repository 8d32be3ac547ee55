"""The calm screen shown instead of a page the borne does not open.

It never shows the address that was refused. A ``mailto:``/``tel:`` link
is not opened either: its target is offered as a QR code to scan with the
person's own phone.
"""

from __future__ import annotations

import contextlib
import enum

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.style import named

QR_SIZE = QSize(260, 260)


class RefusalKind(enum.Enum):
    """Why the refused screen is shown."""

    OFF_LIST = "off-list"  # not part of this service (or forbidden address)
    HANDOFF = "handoff"  # mailto:, tel:, sms: → scan on a phone
    CERTIFICATE = "certificate"  # the site's certificate is not valid


def qr_svg(text: str) -> bytes:
    """Return an SVG QR code of ``text`` (quiet zone, white background: kiosk.qr)."""
    from kiosk.qr import handoff_text, svg_qr  # only when a phone link is met

    return svg_qr(handoff_text(text))


class RefusedScreen(QWidget):
    """Centred card: what happened, in plain words, and "Revenir au service"."""

    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refused")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.kind: RefusalKind | None = None
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = named(QWidget(), "card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card.setMaximumWidth(800)
        column = QVBoxLayout(card)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(24)
        self.title = named(QLabel(), "cardTitle")
        self.text = named(QLabel(), "cardText")
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QSvgWidget()
        self.qr.setFixedSize(QR_SIZE)
        self.back_button = named(QPushButton(self.tr("Revenir au service")), "primary")
        self.back_button.clicked.connect(self.backRequested)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.back_button)
        outer.addWidget(card)

    def show_refusal(self, kind: RefusalKind, handoff_target: str = "") -> None:
        """Fill the card for ``kind``.

        Args:
            kind: Why the page is not shown.
            handoff_target: For :attr:`RefusalKind.HANDOFF`, the ``mailto:``
                or ``tel:`` address put in the QR code (never displayed as text).
        """
        self.kind = kind
        self.qr.hide()
        if kind is RefusalKind.HANDOFF:
            self.title.setText(self.tr("Ce lien s'ouvre sur un téléphone"))
            self.text.setText(
                self.tr("La borne ne peut pas appeler ni écrire un message. "
                        "Scannez ce code avec votre téléphone pour le faire.")
            )
            if handoff_target:
                with contextlib.suppress(ValueError):  # no address in the link: no code
                    self.qr.load(QByteArray(qr_svg(handoff_target)))
                    self.qr.show()
        elif kind is RefusalKind.CERTIFICATE:
            self.title.setText(self.tr("Cette page n'est pas disponible sur la borne"))
            self.text.setText(
                self.tr("La connexion avec ce site n'est pas sûre en ce moment. "
                        "Réessayez plus tard ou demandez de l'aide à l'accueil.")
            )
        else:
            self.title.setText(self.tr("Cette page n'est pas disponible sur la borne"))
            self.text.setText(
                self.tr("Elle ne fait pas partie de ce service. Vous pouvez revenir "
                        "au service ou demander de l'aide à l'accueil.")
            )
        self.back_button.setFocus()
