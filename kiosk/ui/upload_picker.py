"""Our own file picker for uploads: this session's documents, nothing else.

When a site asks for a file (``<input type=file>``), Chromium would open the
system file dialog, a window onto the whole disk. The browser page instead
calls this picker: large thumbnails of the documents downloaded or scanned
during this session, plus those of a USB stick when one is mounted (read
only), and a "Scanner un document" button. Nothing else of the disk shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.sessionfiles import Document, FileKind, Origin
from kiosk.ui.style import named

THUMB = QSize(180, 240)
_PATH_ROLE = Qt.ItemDataRole.UserRole

_LOCAL_STYLE = """
#picker { background: #f5f3ee; }
#pickerTitle { font-size: 34px; font-weight: 700; }
#pickerHint { font-size: 22px; color: #4a5366; }
#pickerEmpty { font-size: 26px; color: #14213d; }
QListWidget#documents {
    background: #ffffff; border: 2px solid #c9ced8; border-radius: 16px; padding: 12px;
    font-size: 18px;
}
QListWidget#documents::item {
    border: 3px solid transparent; border-radius: 12px; padding: 8px; color: #14213d;
}
QPushButton#primary:disabled { background: #eef0f3; color: #8a93a6; border-color: #c3c8d2; }
QListWidget#documents::item:selected {
    border: 4px solid #1b4f9c; background: #e3ebf7; color: #14213d;
}
"""


def thumbnail(path: Path, kind: FileKind, size: QSize = THUMB) -> QPixmap:
    """A picture of the document's first page, fitted in ``size`` on white."""
    image = QImage()
    if kind is FileKind.PDF:
        document = QPdfDocument()
        if document.load(str(path)) == QPdfDocument.Error.None_ and document.pageCount():
            page = document.pagePointSize(0).toSize()
            image = document.render(0, page.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
        document.close()
    else:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid():
            reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
    canvas = QPixmap(size)
    canvas.fill(QColor("#ffffff"))
    painter = QPainter(canvas)
    if image.isNull():
        painter.setPen(QColor("#4a5366"))
        painter.drawText(canvas.rect(), Qt.AlignmentFlag.AlignCenter, kind.value.upper())
    else:
        painter.drawImage(
            (size.width() - image.width()) // 2, (size.height() - image.height()) // 2, image
        )
    painter.setPen(QColor("#c9ced8"))
    painter.drawRect(canvas.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return canvas


class UploadPicker(QWidget):
    """Full-screen picker of this session's documents.

    Signals:
        chosen(list): paths (as text) of the chosen documents.
        cancelled(): nothing chosen.
        scanRequested(): the person wants to scan a paper first.
    """

    chosen = Signal(list)
    cancelled = Signal()
    scanRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(_LOCAL_STYLE)
        self.multiple = False
        title = named(QLabel(self.tr("Choisir un document à envoyer")), "pickerTitle")
        self.hint = named(QLabel(""), "pickerHint")
        self.hint.setWordWrap(True)
        self.list = named(QListWidget(), "documents")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 60, THUMB.height() + 90))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self._choose())
        self.empty = named(
            QLabel(
                self.tr(
                    "Vous n'avez pas encore de document. Vous pouvez scanner un papier, "
                    "ou télécharger un document sur le site."
                )
            ),
            "pickerEmpty",
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.scan_button = QPushButton(self.tr("Scanner un document"))
        self.scan_button.clicked.connect(self.scanRequested)
        self.send_button = named(QPushButton(self.tr("Envoyer ce document")), "primary")
        self.send_button.clicked.connect(self._choose)

        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.send_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 32, 48, 32)
        column.setSpacing(18)
        column.addWidget(title)
        column.addWidget(self.hint)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty, 1)
        column.addLayout(buttons)

    def show_documents(
        self, session: Sequence[Document], usb: Sequence[Document] = (), multiple: bool = False
    ) -> None:
        """Fill the picker: this session's documents first, then the USB stick's."""
        self.multiple = multiple
        self.list.clear()
        self.list.setSelectionMode(
            QAbstractItemView.SelectionMode.MultiSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        for document in (*session, *usb):
            label = document.name
            if document.origin is Origin.USB:
                label = self.tr("%1\n(clé USB)").replace("%1", document.name)
            elif document.origin is Origin.SCAN:
                label = self.tr("%1\n(scanné)").replace("%1", document.name)
            picture = thumbnail(document.path, document.kind)
            icon = QIcon(picture)
            icon.addPixmap(picture, QIcon.Mode.Selected)  # no blue tint over the page
            item = QListWidgetItem(icon, label)
            item.setSizeHint(QSize(THUMB.width() + 50, THUMB.height() + 80))
            item.setData(_PATH_ROLE, str(document.path))
            item.setToolTip(document.name)
            self.list.addItem(item)
        has_any = self.list.count() > 0
        self.list.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self.hint.setVisible(has_any)
        self.send_button.setVisible(has_any)
        self.hint.setText(
            self.tr("Touchez un document, puis « Envoyer ».")
            if not multiple
            else self.tr("Touchez un ou plusieurs documents, puis « Envoyer ».")
        )
        if usb:
            self.hint.setText(
                self.hint.text() + " " + self.tr("Les documents de la clé USB sont aussi montrés.")
            )
        self._selection_changed()

    def paths(self) -> list[str]:
        """Paths of every document offered, in order."""
        return [str(self.list.item(i).data(_PATH_ROLE)) for i in range(self.list.count())]

    def select(self, path: str) -> None:
        """Select the document at ``path`` (the scan screen hands its result back)."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(_PATH_ROLE) == path:
                item.setSelected(True)

    def _selection_changed(self) -> None:
        count = len(self.list.selectedItems())
        self.send_button.setEnabled(count > 0)
        self.send_button.setText(
            self.tr("Envoyer ces documents") if count > 1 else self.tr("Envoyer ce document")
        )

    def _choose(self) -> None:
        paths = [str(item.data(_PATH_ROLE)) for item in self.list.selectedItems()]
        if paths:
            self.chosen.emit(paths)
