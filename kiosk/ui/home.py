"""Home screen: the centre's name, the time, the language button, help, tiles.

This is what the borne paints first, so nothing here touches PySide's ``Qt``
namespace (building its 93 Python enums costs a tenth of the start-up):
alignments come from the style sheet (``qproperty-alignment``), tiles let
their labels' touches go through to them as any child widget does.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QSize, QTime, QTimer, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogue import Tile
from kiosk.ui.style import named

TILE_MIN = QSize(200, 190)
TILE_ICON = QSize(96, 96)
TILE_MAX_HEIGHT = 250
# The centre's logo, left of its name: at most this high and this wide.
LOGO_MAX = QSize(200, 64)


def icon(icons_dir: Path, name: str) -> QIcon:
    """Load an SVG icon from ``icons_dir``; an empty icon if it is missing."""
    path = icons_dir / name
    return QIcon(str(path)) if path.is_file() else QIcon()


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


def grid_columns(count: int) -> int:
    """Columns of the tile grid: few tiles stay big, many stay readable."""
    if count <= 3:
        return max(count, 1)
    if count <= 6:
        return 3
    return 4 if count <= 8 else 5


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
        self.tile_buttons: dict[str, TileButton] = {}
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
        self._icons_dir, self._language = icons_dir, language
        self.tiles_scroll = named(QScrollArea(body), "tiles")
        self.tiles_scroll.setWidgetResizable(True)
        self.tiles_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tiles_scroll.setWidget(self._grid(tiles))
        column.addWidget(self.tiles_scroll, 1)
        if not tiles:
            empty = self.tr("Aucun service n'est disponible pour le moment.")
            column.addWidget(QLabel(empty, body))
        promise = self.tr("Rien de ce que vous faites ici n'est gardé : tout s'efface à la fin.")
        note = named(QLabel(promise, body), "cardNote")
        self.count_button = named(QPushButton(self.tr("Ce que la borne compte"), body),
                                  "linkButton")
        self.count_button.setFlat(True)
        self.count_button.setAccessibleName(
            self.tr("Ce que la borne compte, et ce qu'elle ne garde jamais")
        )
        self.count_button.clicked.connect(self.countRequested)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(note)
        footer.addWidget(self.count_button)
        footer.addStretch(1)
        column.addLayout(footer)
        return body

    def set_language(self, language: str) -> None:
        """Label the tiles made from now on (``set_tiles``) in ``language``."""
        self._language = language

    def set_tiles(self, tiles: Sequence[Tile]) -> None:
        """Show other tiles (accompanied sessions, a new catalogue)."""
        self.tile_buttons.clear()
        old = self.tiles_scroll.takeWidget()
        self.tiles_scroll.setWidget(self._grid(tiles))
        if old is not None:
            old.deleteLater()

    def _grid(self, tiles: Sequence[Tile]) -> QWidget:
        icons_dir, language = self._icons_dir, self._language
        grid_widget = named(QWidget(), "tileGrid")  # the tiles are made inside it
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(24)
        # No taller than its tiles allow: the scroll area centres it (style sheet, #tiles).
        grid.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        columns = grid_columns(len(tiles))
        for column_index in range(columns):
            grid.setColumnStretch(column_index, 1)
        for index, tile in enumerate(tiles):
            button = self._tile_button(tile, icons_dir, language, grid_widget)
            grid.addWidget(button, index // columns, index % columns)
        return grid_widget

    def _tile_button(
        self, tile: Tile, icons_dir: Path, language: str, parent: QWidget
    ) -> TileButton:
        button = TileButton(tile.label(language), icon(icons_dir, tile.icon), parent)
        button.clicked.connect(lambda: self.tileChosen.emit(tile.id))
        self.tile_buttons[tile.id] = button
        return button


class TileButton(QPushButton):
    """A big tile: the icon above a label that wraps onto two lines if needed."""

    def __init__(self, label: str, tile_icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "tile")
        self.setAccessibleName(label)
        self.setMinimumSize(TILE_MIN)
        self.setMaximumHeight(TILE_MAX_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 18, 14, 14)
        column.setSpacing(10)
        # Plain labels ignore presses: a touch on the icon or the text presses the tile.
        self.icon_label = named(QLabel(self), "tileIcon")
        self.icon_label.setPixmap(tile_icon.pixmap(TILE_ICON))
        self.text_label = named(QLabel(label, self), "tileLabel")
        self.text_label.setWordWrap(True)
        column.addWidget(self.icon_label)
        column.addWidget(self.text_label, 1)

    def text(self) -> str:
        """The tile's label (what a screen reader says)."""
        return self.text_label.text()
