"""Translations: the borne's own strings (French source) and Qt's.

The source text of every string is French. ``borne_<lang>.qm`` (built from
``resources/translations/borne_<lang>.ts`` by tools/build-translations.sh)
translates it; ``qtbase_<lang>.qm`` from the PySide6 wheel translates Qt's
own buttons ("Yes"/"No" in the site's dialogs …).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

log = logging.getLogger("init")

#: Languages written right to left: the whole borne mirrors.
RIGHT_TO_LEFT = frozenset({"ar"})


def install_translators(
    app: QCoreApplication, language: str, translations_dir: Path
) -> list[QTranslator]:
    """Install the translators for ``language`` and make it the default locale.

    Args:
        app: The running application.
        language: Language code (``fr``, ``en`` …).
        translations_dir: Folder holding ``borne_<lang>.qm``.

    Returns:
        The translators installed (keep them alive; remove them to switch).
    """
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for name, folder in (("qtbase", qt_dir), ("borne", str(translations_dir))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif not (name == "borne" and language == "fr"):  # French is the source
            log.info("no %s translation for %s", name, language)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators set by :func:`install_translators`."""
    for translator in translators:
        app.removeTranslator(translator)


def layout_direction(language: str) -> Qt.LayoutDirection:
    """Right to left for Arabic, left to right otherwise."""
    from PySide6.QtCore import Qt  # not at import: the home is painted without it
    if language in RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def switch_language(
    app: QGuiApplication,
    language: str,
    translations_dir: Path,
    current: list[QTranslator],
) -> list[QTranslator]:
    """Replace the translators ``current`` by those of ``language``.

    Sets the layout direction too (Arabic mirrors the whole borne). Call it
    again with the default language when the session ends.

    Returns:
        The new translators (keep them alive).
    """
    remove_translators(app, current)
    installed = install_translators(app, language, translations_dir)
    app.setLayoutDirection(layout_direction(language))
    return installed
