"""Change the language of screens that are already built.

The screens set their words once, with ``self.tr(...)``, when they are
built. To switch language without rebuilding the window (a session and its
overlays may exist), :class:`Retranslator` walks the widget tree: each
label, button text, accessible name and tooltip that is a known string of
the borne (French source or any shipped translation, read from the .ts
files) is translated again with the new translators. The translation
context is the nearest borne class among the widget's ancestors, as
lupdate records it. Words built at show time (a guide, a refusal) come out
in the current language by themselves.

Tile labels come from the catalogue, not from Qt's translations: the caller
sets them (see :func:`relabel_tiles`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.catalogue import Catalogue
from kiosk.tsfiles import reverse_index

Getter = Callable[[QWidget], str]
Setter = Callable[[QWidget, str], None]


def _label_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    # the base method: a tile button draws its label itself (text() is overridden)
    return QAbstractButton.text(widget) if isinstance(widget, QAbstractButton) else ""


def _set_label_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLabel | QAbstractButton):
        widget.setText(text)


_PROPERTIES: tuple[tuple[str, Getter, Setter], ...] = (
    ("text", _label_text, _set_label_text),
    ("accessibleName", QWidget.accessibleName, QWidget.setAccessibleName),
    ("toolTip", QWidget.toolTip, QWidget.setToolTip),
    ("windowTitle", QWidget.windowTitle, QWidget.setWindowTitle),
)


def contexts_of(widget: QObject) -> Iterator[str]:
    """Class names of ``widget`` and its ancestors that belong to the borne."""
    current: QObject | None = widget
    while current is not None:
        for cls in type(current).__mro__:
            if cls.__module__.startswith("kiosk."):
                yield cls.__name__
        current = current.parent()


class Retranslator:
    """Translates again every known string of a widget tree.

    Args:
        translations_dir: Folder of ``borne_<lang>.ts``.
    """

    def __init__(self, translations_dir: Path) -> None:
        self.index = reverse_index(translations_dir)

    def source_of(self, widget: QWidget, text: str) -> tuple[str, str] | None:
        """Return ``(context, French source)`` of a shown ``text``, if known."""
        candidates = self.index.get(text)
        if not candidates:
            return None
        contexts = set(contexts_of(widget))
        return next((c for c in candidates if c[0] in contexts), candidates[0])

    def retranslate(self, root: QWidget) -> int:
        """Translate ``root`` and every widget under it; return the changes made."""
        changed = 0
        for widget in [root, *root.findChildren(QWidget)]:
            for _name, get, put in _PROPERTIES:
                text = get(widget)
                if not text:
                    continue
                found = self.source_of(widget, text)
                if found is None:
                    continue
                new = QCoreApplication.translate(found[0], found[1])
                if new and new != text:
                    put(widget, new)
                    changed += 1
        return changed


def relabel_tiles(buttons: dict[str, QWidget], catalogue: Catalogue, language: str) -> None:
    """Give each tile button its label in ``language`` (text and accessible name).

    Args:
        buttons: Tile id → button (``HomeScreen.tile_buttons``).
        catalogue: Where the labels per language are.
        language: Language code.
    """
    for tile_id, button in buttons.items():
        tile = catalogue.tile(tile_id)
        if tile is None:
            continue
        label = tile.label(language)
        text_label = getattr(button, "text_label", None)
        if isinstance(text_label, QLabel):
            text_label.setText(label)
        elif isinstance(button, QAbstractButton):
            button.setText(label)
        button.setAccessibleName(label)
