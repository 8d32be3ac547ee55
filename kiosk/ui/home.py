"""Home screen: the centre's name, the time, the language button, help, tiles.

This is what the borne paints first, so nothing here touches PySide's ``Qt``
namespace (building its 93 Python enums costs a tenth of the start-up):
alignments come from the style sheet (``qproperty-alignment``). The tiles
themselves are in kiosk/ui/tiles.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QSize, QTime, QTimer, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogue import Tile
from kiosk.ui.style import icon, named
from kiosk.ui.tiles import TileButton, TileGrid

# The centre's logo, left of its name: at most this high and this wide.
LOGO_MAX = QSize(200, 64)


def fitted(width: int, height: int, box: QSize) -> QSize:
    """``width`` x ``height`` scaled to fit in ``box``, proportions kept (never enlarged)."""
    scale = min(box.width() / width, box.height() / height, 1.0)
    return QSize(max(1, round(width * scale)), max(1, round(height * scale)))


def logo_pixmap(path: Path) -> QPixmap:
    """Read the centre's logo (PNG or SVG) fitted in :data:`LOGO_MAX`; null if unreadable."""
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid() and not size.isEmpty():
        # The reader scales while reading (smoothly; an SVG is drawn at that size).
        reader.setScaledSize(fitted(size.width(), size.height(), LOGO_MAX))
    image = reader.read()
    if image.isNull():
        return QPixmap()
    if image.width() > LOGO_MAX.width() or image.height() > LOGO_MAX.height():
        # A format that could not tell its size beforehand.
        fit = fitted(image.width(), image.height(), LOGO_MAX)
        image = image.smoothScaled(fit.width(), fit.height())
    return QPixmap.fromImage(image)


class Clock(QWidget):
    """The time (large) and the date, refreshed on each new minute."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_label = named(QLabel(self), "clock")  # aligned by the style sheet
        self.date_label = named(QLabel(self), "date")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.time_label)
        layout.addWidget(self.date_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the current time and wait for the next minute."""
        now = QDateTime.currentDateTime()
        locale = QLocale()
        self.time_label.setText(locale.toString(now.time(), "HH:mm"))
        self.date_label.setText(locale.toString(now.date(), "dddd d MMMM"))
        self._timer.start(60_000 - QTime.currentTime().second() * 1000
                          - QTime.currentTime().msec() + 50)


class HomeScreen(QWidget):
    """Tiles of the catalogue under a header; emits what the person touches.

    Signals:
        tileChosen(str): the id of the tile touched.
        helpRequested(): "Demander de l'aide" touched.
        languageRequested(): the language button touched (filled later).
        countRequested(): "Ce que la borne compte" touched (footer link).
    """

    tileChosen = Signal(str)
    helpRequested = Signal()
    languageRequested = Signal()
    countRequested = Signal()

    def __init__(
        self,
        centre_name: str,
        tiles: Sequence[Tile],
        icons_dir: Path,
        language: str = "fr",
        parent: QWidget | None = None,
        *,
        logo: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header(centre_name, icons_dir, logo))
        layout.addWidget(self._body(tiles, icons_dir, language), 1)

    def _header(self, centre_name: str, icons_dir: Path, logo: Path | None) -> QWidget:
        header = named(QWidget(self), "homeHeader")  # a plain QWidget: its style's background
        row = QHBoxLayout(header)
        row.setContentsMargins(32, 16, 32, 16)
        row.setSpacing(20)
        self.logo_label = QLabel(header)  # hidden without a logo
        self.logo_label.setPixmap(logo_pixmap(logo) if logo is not None else QPixmap())
        self.logo_label.setVisible(not self.logo_label.pixmap().isNull())
        self.logo_label.setAccessibleName(self.tr("Logo du centre"))
        row.addWidget(self.logo_label)
        self.centre_label = named(QLabel(centre_name, header), "centreName")
        self.centre_label.setWordWrap(True)
        row.addWidget(self.centre_label, 1)
        self.clock = Clock(header)
        row.addWidget(self.clock)
        self.language_button = QPushButton(self.tr("Français"), header)
        self.language_button.setIcon(icon(icons_dir, "language.svg"))
        self.language_button.setIconSize(QSize(32, 32))
        self.language_button.setAccessibleName(self.tr("Choisir la langue"))
        self.language_button.clicked.connect(self.languageRequested)
        row.addWidget(self.language_button)
        self.help_button = named(QPushButton(self.tr("Demander de l'aide"), header), "help")
        self.help_button.setIcon(icon(icons_dir, "help.svg"))
        self.help_button.setIconSize(QSize(36, 36))
        self.help_button.clicked.connect(self.helpRequested)
        row.addWidget(self.help_button)
        return header

    def _body(self, tiles: Sequence[Tile], icons_dir: Path, language: str) -> QWidget:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 28, 40, 20)
        column.setSpacing(20)
        column.addWidget(named(QLabel(self.tr("Choisissez un service"), body), "homeTitle"))
        self._language = language
        self.tiles_scroll = TileGrid(icons_dir, body)
        self.tiles_scroll.tileChosen.connect(self.tileChosen)
        self.tiles_scroll.show_tiles(tiles, language)
        column.addWidget(self.tiles_scroll, 1)
        if not tiles:
            empty = self.tr("Aucun service n'est disponible pour le moment.")
            column.addWidget(QLabel(empty, body))
        promise = self.tr("Rien de ce que vous faites ici n'est gardé : tout s'efface à la fin.")
        note = named(QLabel(promise, body), "cardNote")
        note.setWordWrap(True)  # on two lines rather than wider than the screen (A+)
        self.count_button = named(QPushButton(self.tr("Ce que la borne compte"), body),
                                  "linkButton")
        self.count_button.setFlat(True)
        self.count_button.setAccessibleName(
            self.tr("Ce que la borne compte, et ce qu'elle ne garde jamais")
        )
        self.count_button.clicked.connect(self.countRequested)
        footer = QHBoxLayout()
        footer.addWidget(note, 1)  # centred in the room left by the link (style sheet)
        footer.addWidget(self.count_button)
        column.addLayout(footer)
        return body

    def set_language(self, language: str) -> None:
        """Label the tiles made from now on (``set_tiles``) in ``language``."""
        self._language = language

    @property
    def tile_buttons(self) -> dict[str, TileButton]:
        """Tile id → its button, in the order shown."""
        return self.tiles_scroll.buttons

    def set_tiles(self, tiles: Sequence[Tile]) -> None:
        """Show other tiles (accompanied sessions, a new catalogue)."""
        self.tiles_scroll.show_tiles(tiles, self._language)
