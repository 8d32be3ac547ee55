"""The language menu: each language written in its own script.

The names are never translated (a person looks for "العربية", not for
"Arabic" in a language they do not read). The choice lasts until the end of
the session; app.py then switches back to the default language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.ui.accessibility import touch_button
from kiosk.ui.cards import CoverOverlay

# Each language's own name (endonym).
ENDONYMS: dict[str, str] = {
    "fr": "Français",
    "en": "English",
    "ar": "العربية",
    "es": "Español",
    "pt": "Português",
    "uk": "Українська",
    "tr": "Türkçe",
}


def endonym(language: str) -> str:
    """Return the name of ``language`` in that language (the code if unknown)."""
    return ENDONYMS.get(language, language)


class LanguageMenu(CoverOverlay):
    """Big buttons, one per offered language, and "Fermer".

    Signals:
        languageChosen(str): the code of the language touched.
    """

    languageChosen = Signal(str)

    def __init__(
        self, languages: Sequence[str], current: str = "fr", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, max_width=900)
        self.add_label(self.tr("Choisissez votre langue"), "cardTitle")
        grid = QGridLayout()
        grid.setSpacing(16)
        self.buttons: dict[str, QPushButton] = {}
        for index, language in enumerate(languages):
            button = touch_button(endonym(language))
            button.setCheckable(True)
            button.setChecked(language == current)
            button.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if language == "ar"
                else Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, code=language: self._choose(code))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[language] = button
        self.column.addLayout(grid)
        self.close_button = touch_button(self.tr("Fermer"), "primary")
        self.close_button.clicked.connect(self.hide)
        self.column.addWidget(self.close_button)

    def open(self, current: str) -> None:
        """Show the menu with ``current`` marked."""
        for code, button in self.buttons.items():
            button.setChecked(code == current)
        self.cover()
        self.buttons.get(current, self.close_button).setFocus()

    def _choose(self, language: str) -> None:
        self.hide()
        self.languageChosen.emit(language)
