"""The home screen's tiles: big when there is room, compact when there is not.

On a tall screen each tile shows its picture above its words. When the big
tiles would not all fit (the shipped nine tiles on a 1366x768 or 1280x800
screen, the most common on reconditioned PCs, or any screen once the text
is enlarged), they become compact: a smaller picture beside the words, in
fewer and wider columns, so that every service stays in sight and readable
without scrolling. The grid only scrolls when even compact tiles cannot fit.

The tiles are part of the first paint: nothing here touches PySide's ``Qt``
namespace (alignments are set by their Qt names).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from kiosk.catalogue import Tile
from kiosk.ui.style import icon, named

TILE_MIN = QSize(200, 190)
TILE_ICON = QSize(96, 96)
TILE_MAX_HEIGHT = 250
COMPACT_MIN = QSize(240, 88)
COMPACT_ICON = QSize(64, 64)
COMPACT_MAX_HEIGHT = 170
SPACING = 24
COMPACT_SPACING = 16


def grid_columns(count: int, *, compact: bool = False) -> int:
    """Columns of the tile grid: few tiles stay big, many stay readable."""
    if count <= 1:
        return 1
    if compact:  # the words sit beside the picture: wider tiles
        return 2 if count <= 4 else 3
    if count <= 3:
        return count
    if count <= 6:
        return 3
    return 4 if count <= 8 else 5


class TileButton(QPushButton):
    """A tile: its picture above its words, or beside them when compact."""

    def __init__(self, label: str, picture: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "tile")
        self.setAccessibleName(label)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self._picture = picture
        self._pixmaps: dict[bool, QPixmap] = {}  # drawn once per size, on first use
        self._box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        # Plain labels ignore presses: a touch on the picture or the words presses the tile.
        self.icon_label = named(QLabel(self), "tileIcon")
        self.text_label = named(QLabel(label, self), "tileLabel")
        self.text_label.setWordWrap(True)
        self._box.addWidget(self.icon_label)
        self._box.addWidget(self.text_label, 1)
        self.compact = True
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """Picture above the words (``False``) or smaller, beside them (``True``)."""
        if compact == self.compact:
            return
        self.compact = compact
        if compact:
            self._box.setDirection(QBoxLayout.Direction.LeftToRight)  # mirrored in Arabic
            self._box.setContentsMargins(18, 8, 14, 8)
            self._box.setSpacing(16)
            self.setMinimumSize(COMPACT_MIN)
            self.setMaximumHeight(COMPACT_MAX_HEIGHT)
            self.text_label.setProperty("alignment", "AlignLeft|AlignVCenter")
        else:
            self._box.setDirection(QBoxLayout.Direction.TopToBottom)
            self._box.setContentsMargins(14, 18, 14, 14)
            self._box.setSpacing(10)
            self.setMinimumSize(TILE_MIN)
            self.setMaximumHeight(TILE_MAX_HEIGHT)
            self.text_label.setProperty("alignment", "AlignHCenter|AlignTop")
        if compact not in self._pixmaps:
            self._pixmaps[compact] = self._picture.pixmap(COMPACT_ICON if compact else TILE_ICON)
        self.icon_label.setPixmap(self._pixmaps[compact])

    def text(self) -> str:
        """The tile's label (what a screen reader says)."""
        return self.text_label.text()


class TileGrid(QScrollArea):
    """The tiles, as big as the screen allows, centred in the space left.

    Signals:
        tileChosen(str): the id of the tile touched.
    """

    tileChosen = Signal(str)

    def __init__(self, icons_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "tiles")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons: dict[str, TileButton] = {}
        self.compact = False
        self._icons_dir = icons_dir
        self._grid: QGridLayout  # made with the tiles, by show_tiles
        self._big_size = (0, 0)  # width, and the height the big tiles needed at that width

    def show_tiles(self, tiles: Sequence[Tile], language: str) -> None:
        """Replace the tiles (big first; :meth:`fit` makes them compact if needed)."""
        self.buttons.clear()
        self.compact = False
        holder = named(QWidget(), "tileGrid")  # the tiles are made inside it
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        # No taller than its tiles allow: this scroll area centres it (style sheet, #tiles).
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        for tile in tiles:
            button = TileButton(tile.label(language), icon(self._icons_dir, tile.icon), holder)
            button.clicked.connect(lambda _=False, tile_id=tile.id: self.tileChosen.emit(tile_id))
            self.buttons[tile.id] = button
        self._place()
        old = self.takeWidget()
        self.setWidget(holder)
        if old is not None:
            old.deleteLater()
        self.fit()

    def fit(self) -> None:
        """Big tiles if they all fit in the space shown, compact ones otherwise."""
        width, height = self.width(), self.height()
        if not self.buttons or height <= 0:
            return
        big_width, big_height = self._big_size
        if self.compact and width == big_width and height < big_height:
            return  # measured at this width: still no room for big tiles
        self._set_compact(False)
        needed = self._needed_height()
        if needed > height:
            self._big_size = (width, needed)
            self._set_compact(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Fit the tiles to the new size, before they are laid out in it (once)."""
        self.fit()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Text enlarged or style changed: measure the big tiles again, once laid out."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._big_size = (0, 0)
            QTimer.singleShot(0, self, self.fit)  # dropped if the grid is deleted meanwhile

    def _needed_height(self) -> int:
        holder = self.widget()
        if holder is None:
            return 0
        needed = holder.heightForWidth(self.width())  # the words wrap: height depends on width
        return needed if needed >= 0 else holder.sizeHint().height()

    def _set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        for button in self.buttons.values():
            button.set_compact(compact)
        self._place()

    def _place(self) -> None:
        self._grid.setSpacing(COMPACT_SPACING if self.compact else SPACING)
        columns = grid_columns(len(self.buttons), compact=self.compact)
        for column in range(max(self._grid.columnCount(), columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, button in enumerate(self.buttons.values()):
            self._grid.removeWidget(button)
            self._grid.addWidget(button, index // columns, index % columns)
