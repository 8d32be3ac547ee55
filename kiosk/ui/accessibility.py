"""Accessibility of the borne's own screens: text size, high contrast, speech.

- Text size: the application style sheet is re-applied with every
  ``font-size`` multiplied (A− / A+, three steps); the web pages keep their
  own zoom (ServiceScreen's A− / A+).
- High contrast: white text on black, yellow actions, every pair of our
  colours at 7:1 or more (checked by tests/ui/test_accessibility.py).
- Read aloud: QtTextToSpeech when a real speech engine with a voice is
  installed (speech-dispatcher + espeak-ng); the "Écouter" buttons are hidden
  otherwise.

Everything goes back to normal when the session ends (:meth:`Accessibility.reset`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import socket
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSize, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from kiosk.ui import style

log = logging.getLogger("qt")

# Smallest touch target of our own buttons, in pixels.
TOUCH_TARGET = style.TOUCH_TARGET

# Text size steps of A− / A+ for our own screens.
TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5)

# High-contrast theme (white on black, yellow actions, cyan focus ring).
HC_BACKGROUND = "#000000"
HC_SURFACE = "#101010"
HC_TEXT = "#ffffff"
HC_MUTED = "#e6e6e6"
HC_ACCENT = "#ffe14d"  # buttons and frames: 16:1 on black
HC_ON_ACCENT = "#000000"
HC_FOCUS = "#4de8ff"  # focus ring, 14:1 on black
HC_LINE = "#ffffff"
HC_DISABLED = "#a6a6a6"  # greyed buttons, 8.6:1 on black

# (text colour, background colour, where) of the normal theme (≥ 4.5:1).
NORMAL_PAIRS: tuple[tuple[str, str, str], ...] = (
    (style.INK, style.PAPER, "texte sur le fond"),
    (style.INK, style.CARD, "texte sur une carte"),
    (style.MUTED, style.PAPER, "texte secondaire sur le fond"),
    (style.MUTED, style.CARD, "texte secondaire sur une carte"),
    (style.ACCENT, style.CARD, "bouton"),
    ("#ffffff", style.ACCENT, "bouton principal"),
    ("#ffffff", style.ACCENT_DARK, "bouton principal appuyé"),
    (style.INK, style.HELP, "bouton d'aide"),
    (style.INK, style.HELP_DARK, "bouton d'aide appuyé"),
)

# (text colour, background colour, where) of the high-contrast theme (≥ 7:1).
HIGH_CONTRAST_PAIRS: tuple[tuple[str, str, str], ...] = (
    (HC_TEXT, HC_BACKGROUND, "texte sur le fond"),
    (HC_TEXT, HC_SURFACE, "texte sur une carte"),
    (HC_MUTED, HC_BACKGROUND, "texte secondaire"),
    (HC_MUTED, HC_SURFACE, "texte secondaire sur une carte"),
    (HC_ACCENT, HC_BACKGROUND, "bouton"),
    (HC_ACCENT, HC_SURFACE, "bouton sur une carte"),
    (HC_ON_ACCENT, HC_ACCENT, "bouton principal et bouton d'aide"),
    (HC_FOCUS, HC_BACKGROUND, "cadre de sélection"),
    (HC_DISABLED, HC_BACKGROUND, "bouton grisé"),
)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


HIGH_CONTRAST_SHEET = f"""
QWidget, QLabel, #cardText, #cardTitle, #homeTitle, #centreName, #clock, #serviceName,
#tileLabel {{
    color: {HC_TEXT};
}}
QMainWindow, #home, #service, #refused, #guide, #directory, #offline,
#homeHeader, #serviceBar, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {HC_BACKGROUND};
}}
#card, #placeCard, #guideSection {{
    background: {HC_SURFACE};
    border: 2px solid {HC_LINE};
}}
#date, #cardNote, #serviceBar QLabel#zoomLevel {{ color: {HC_MUTED}; }}
#homeHeader, #serviceBar, #homeFooter {{ border-bottom: 2px solid {HC_LINE}; }}
QPushButton, QToolButton, QPushButton#tile {{
    background: {HC_BACKGROUND};
    color: {HC_ACCENT};
    border: 3px solid {HC_ACCENT};
}}
QPushButton:focus, QToolButton:focus, QPushButton#tile:focus {{
    border: 5px solid {HC_FOCUS};
}}
QPushButton:disabled, QToolButton:disabled {{
    color: {HC_DISABLED};
    border-color: {HC_DISABLED};
    background: {HC_BACKGROUND};
}}
QPushButton:pressed, QToolButton:pressed {{ background: {HC_SURFACE}; }}
QPushButton:checked {{ background: {HC_ACCENT}; color: {HC_ON_ACCENT}; }}
QPushButton#primary, QPushButton#help {{
    background: {HC_ACCENT};
    color: {HC_ON_ACCENT};
    border: 3px solid {HC_ACCENT};
}}
QPushButton#primary:focus, QPushButton#help:focus {{ border: 5px solid {HC_FOCUS}; }}
QPushButton#staff {{ color: {HC_MUTED}; border: 2px solid {HC_MUTED}; }}
QPushButton#linkButton {{ color: {HC_ACCENT}; background: transparent; border: none; }}
#helpBanner {{ background: {HC_ACCENT}; }}
#helpBanner QLabel {{ color: {HC_ON_ACCENT}; }}
#overlay {{ background: rgba(0, 0, 0, 230); }}
"""

# Appended to the style sheet (kiosk.ui.style, where kiosk.app sets it before the first paint).
OWN_SHEET = style.OWN_SHEET

_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+)px")
_MIN_HEIGHT = re.compile(r"(min-height:\s*)(\d+)px")


def scaled_sheet(sheet: str, factor: float) -> str:
    """Return ``sheet`` with every font size (and button height) times ``factor``."""
    if factor == 1.0:
        return sheet

    def scale(match: re.Match[str]) -> str:
        return f"{match.group(1)}{round(int(match.group(2)) * factor)}px"

    return _MIN_HEIGHT.sub(scale, _FONT_SIZE.sub(scale, sheet))


class Accessibility(QObject):
    """Text size and contrast of our screens, applied to the whole application.

    Signals:
        changed(): the text size or the contrast changed.
    """

    changed = Signal()

    def __init__(self, app: QApplication, base_sheet: str = style.STYLESHEET) -> None:
        super().__init__(app)
        self._app = app
        self._base = base_sheet
        self.scale_index = 0
        self.high_contrast = False

    @property
    def text_scale(self) -> float:
        """Current text size factor."""
        return TEXT_SCALES[self.scale_index]

    def sheet(self) -> str:
        """The style sheet for the current choices."""
        sheet = self._base + OWN_SHEET + (HIGH_CONTRAST_SHEET if self.high_contrast else "")
        return scaled_sheet(sheet, self.text_scale)

    def apply(self) -> None:
        """Give the application the style sheet of the current choices."""
        sheet = self.sheet()
        if self._app.styleSheet() != sheet:  # the same sheet again would restyle every widget
            self._app.setStyleSheet(sheet)
        self.changed.emit()

    def bigger(self) -> None:
        """A+: one step bigger (up to 150 %)."""
        self.scale_index = min(self.scale_index + 1, len(TEXT_SCALES) - 1)
        self.apply()

    def smaller(self) -> None:
        """A−: one step smaller (down to 100 %)."""
        self.scale_index = max(self.scale_index - 1, 0)
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        """Switch the high-contrast theme on or off."""
        self.high_contrast = on
        self.apply()

    def reset(self) -> None:
        """Back to normal size and colours (end of session)."""
        self.scale_index = 0
        self.high_contrast = False
        self.apply()


def speechd_socket(environ: Mapping[str, str] | None = None) -> Path:
    """Where speech-dispatcher listens (what libspeechd would connect to)."""
    env = os.environ if environ is None else environ
    address = env.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.split(":", 1)[1])
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime:
        return Path(runtime) / "speech-dispatcher" / "speechd.sock"
    return Path.home() / ".cache" / "speech-dispatcher" / "speechd.sock"


def speechd_responds(path: Path, timeout_s: float = 1.0) -> bool | None:
    """Ask a running speech-dispatcher for a sign of life, without waiting long.

    A daemon stuck on a missing sound card makes QtTextToSpeech block the
    whole screen when it connects; this probe never waits more than
    ``timeout_s``.

    Returns:
        ``None`` when no daemon runs yet (libspeechd starts one), else
        whether it answered.
    """
    if not path.exists():
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout_s)
            client.connect(str(path))
            client.sendall(b"SET SELF CLIENT_NAME borne:probe:main\r\n")
            reply = client.recv(64)
            with contextlib.suppress(OSError):  # the daemon may hang up first
                client.sendall(b"QUIT\r\n")
    except OSError:
        return False
    return reply[:1] == b"2"


class Speech(QObject):
    """Reads text aloud when speech-dispatcher (with a voice) is installed.

    The engine is made on the first "Écouter", after checking that the
    daemon answers: the borne never waits on speech at start-up.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: QObject | None = None
        self.available = bool(shutil.which("speech-dispatcher")) and (
            speechd_responds(speechd_socket()) is not False)
        if self.available:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech
            except ImportError:  # pragma: no cover - the wheel ships the module
                self.available = False
            else:
                self.available = "speechd" in QTextToSpeech.availableEngines()

    def _ready_engine(self) -> QObject | None:
        if self._engine is not None or not self.available:
            return self._engine
        from PySide6.QtTextToSpeech import QTextToSpeech

        if speechd_responds(speechd_socket()) is False:
            log.warning("speech-dispatcher does not answer: reading aloud is off")
            self.available = False
            return None
        engine = QTextToSpeech("speechd", self)
        if engine.state() == QTextToSpeech.State.Error:
            log.warning("speech engine unusable: %s", engine.errorString())
            engine.deleteLater()
            self.available = False
            return None
        self._engine = engine
        return engine

    def say(self, text: str, language: str = "fr") -> None:
        """Read ``text`` aloud in ``language`` (stops what was being read)."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self._ready_engine()
        if not isinstance(engine, QTextToSpeech) or not text:
            return
        locale = QLocale(language)
        if locale in engine.availableLocales():
            engine.setLocale(locale)
        engine.stop()
        engine.say(text)

    def stop(self) -> None:
        """Stop reading."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        if isinstance(self._engine, QTextToSpeech):
            self._engine.stop()


def touch_button(text: str, name: str = "", accessible: str = "") -> QPushButton:
    """A push button of at least :data:`TOUCH_TARGET` pixels each way.

    Args:
        text: Visible (translated) text.
        name: Style role (``primary``, ``help`` …).
        accessible: Accessible name when the text alone is not clear ("A+").
    """
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setMinimumSize(QSize(TOUCH_TARGET, TOUCH_TARGET))
    if accessible:
        button.setAccessibleName(accessible)
    return button


class AccessibilityBar(QWidget):
    """A−, A+, "Contraste élevé" and "Écouter" for the borne's own screens.

    Signals:
        speakRequested(): "Écouter" touched (the screen decides what to read).
    """

    speakRequested = Signal()

    def __init__(
        self, access: Accessibility, speech: Speech, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.access = access
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.smaller_button = touch_button(self.tr("A−"), accessible=self.tr("Texte plus petit"))
        self.bigger_button = touch_button(self.tr("A+"), accessible=self.tr("Texte plus grand"))
        self.contrast_button = touch_button(self.tr("Contraste"))
        self.contrast_button.setAccessibleName(self.tr("Couleurs très contrastées"))
        self.contrast_button.setCheckable(True)
        self.speak_button = touch_button(self.tr("Écouter"))
        self.speak_button.setAccessibleName(self.tr("Lire à voix haute"))
        self.speak_button.setVisible(speech.available)
        self.smaller_button.clicked.connect(access.smaller)
        self.bigger_button.clicked.connect(access.bigger)
        self.contrast_button.toggled.connect(access.set_high_contrast)
        self.speak_button.clicked.connect(self.speakRequested)
        for button in (self.smaller_button, self.bigger_button, self.contrast_button,
                       self.speak_button):
            row.addWidget(button)
        access.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.smaller_button.setEnabled(self.access.scale_index > 0)
        self.bigger_button.setEnabled(self.access.scale_index < len(TEXT_SCALES) - 1)
        if self.contrast_button.isChecked() != self.access.high_contrast:
            self.contrast_button.blockSignals(True)
            self.contrast_button.setChecked(self.access.high_contrast)
            self.contrast_button.blockSignals(False)
