"""The borne's look: one calm, high-contrast style sheet for every screen.

Colours meet WCAG AA (4.5:1) for text; targets are at least 64 px high;
body text is 20 px or more. Widgets pick their role with ``objectName``.
The home screen's alignments are here too (``qproperty-alignment``): the
first paint then needs no Python enum of PySide's ``Qt`` namespace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

INK = "#14213d"  # main text, 15:1 on white
PAPER = "#f5f3ee"  # warm background
CARD = "#ffffff"
LINE = "#c9ced8"
ACCENT = "#1b4f9c"  # buttons, focus ring; 7.9:1 on white
ACCENT_DARK = "#133a73"
HELP = "#ffd84d"  # "Demander de l'aide": yellow with dark text, 12:1
HELP_DARK = "#f2c200"
MUTED = "#4a5366"  # secondary text, 7.4:1 on PAPER

FONT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Sans Serif")

STYLESHEET = f"""
QWidget {{
    color: {INK};
    font-size: 20px;
}}
QMainWindow, #home, #service, #refused {{
    background: {PAPER};
}}
#homeHeader, #serviceBar {{
    background: {CARD};
    border-bottom: 2px solid {LINE};
}}
#centreName {{
    font-size: 32px;
    font-weight: 700;
}}
#clock {{
    font-size: 30px;
    font-weight: 600;
}}
#date {{
    font-size: 20px;
    color: {MUTED};
}}
#clock, #date {{
    qproperty-alignment: 'AlignRight | AlignVCenter';
}}
#homeTitle {{
    font-size: 28px;
    font-weight: 600;
}}
#serviceName {{
    font-size: 26px;
    font-weight: 700;
}}
QPushButton, QToolButton {{
    min-height: 64px;
    padding: 0 22px;
    border-radius: 14px;
    font-size: 22px;
    font-weight: 600;
    background: {CARD};
    color: {ACCENT};
    border: 2px solid {ACCENT};
}}
QPushButton:pressed, QToolButton:pressed {{
    background: #e3ebf7;
}}
QPushButton:focus, QToolButton:focus {{
    border: 4px solid {ACCENT_DARK};
}}
QPushButton:disabled, QToolButton:disabled {{
    color: #8a93a6;
    border-color: #c3c8d2;
    background: #eef0f3;
}}
QPushButton#primary {{
    background: {ACCENT};
    color: white;
    border: 2px solid {ACCENT};
}}
QPushButton#primary:pressed {{
    background: {ACCENT_DARK};
}}
#serviceBar QPushButton {{
    padding: 0 9px;
    font-size: 19px;
    min-height: 60px;
}}
#serviceBar QLabel#zoomLevel {{
    font-size: 17px;
    color: {MUTED};
}}
QPushButton#help {{
    background: {HELP};
    color: {INK};
    border: 2px solid {HELP_DARK};
}}
QPushButton#help:pressed {{
    background: {HELP_DARK};
}}
QPushButton#help:focus {{
    border: 4px solid {INK};
}}
QPushButton#staff {{
    min-height: 48px;
    font-size: 18px;
    font-weight: 400;
    color: {MUTED};
    border: 1px solid {LINE};
    background: transparent;
}}
QPushButton#tile {{
    background: {CARD};
    border: 2px solid {LINE};
    border-radius: 20px;
    padding: 0;
}}
QPushButton#tile:hover {{
    border: 2px solid {ACCENT};
}}
QPushButton#tile:pressed {{
    background: #e3ebf7;
}}
QPushButton#tile:focus {{
    border: 5px solid {ACCENT};
}}
#tileIcon {{
    qproperty-alignment: AlignCenter;
}}
#tileLabel {{
    color: {INK};
    font-size: 23px;
    font-weight: 700;
}}
QPushButton#linkButton {{
    /* a calm link, not a button calling for a touch (still a big enough target) */
    border: none;
    background: transparent;
    color: {ACCENT};
    text-decoration: underline;
    font-size: 18px;
    min-height: 72px;
    padding: 0 12px;
}}
QScrollArea, #tileGrid {{
    background: transparent;
    border: none;
}}
QScrollArea#tiles {{
    qproperty-alignment: AlignVCenter;
}}
#helpBanner {{
    background: {HELP};
    border-bottom: 2px solid {HELP_DARK};
}}
#helpBanner QLabel {{
    font-size: 22px;
    font-weight: 600;
}}
#overlay {{
    background: rgba(20, 33, 61, 170);
}}
#card {{
    background: {CARD};
    border-radius: 24px;
    border: 2px solid {LINE};
}}
#cardTitle {{
    font-size: 34px;
    font-weight: 700;
}}
#cardText {{
    font-size: 24px;
    color: {INK};
}}
#cardNote {{
    font-size: 20px;
    color: {MUTED};
}}
#home QLabel#cardNote {{
    qproperty-alignment: AlignCenter;
}}
"""

#: Smallest touch target of our own buttons, in pixels (kiosk.ui.accessibility).
TOUCH_TARGET = 72

#: Appended to :data:`STYLESHEET` (kiosk.app at start, kiosk.ui.accessibility):
#: every public button at least TOUCH_TARGET high (the sheet's ``min-height``
#: counts inside the border); our screens' background.
OWN_SHEET = f"""
QPushButton, QToolButton {{ min-height: {TOUCH_TARGET}px; }}
#guide, #directory, #offline {{ background: {PAPER}; }}
"""


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, *, styled: bool = False) -> W:
    """Give ``widget`` its style-sheet role (``objectName``) and return it.

    Args:
        widget: Any widget.
        name: Role used by :data:`STYLESHEET` (``#tile``, ``#help`` …).
        styled: Paint the style sheet's background on a plain QWidget.
    """
    widget.setObjectName(name)
    if styled:
        from PySide6.QtCore import Qt  # not at import: the first paint goes without it

        widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    return widget


def icon(icons_dir: Path, name: str) -> QIcon:
    """Load an SVG icon from ``icons_dir``; an empty icon if it is missing."""
    path = icons_dir / name
    return QIcon(str(path)) if path.is_file() else QIcon()
