"""Every string of the borne's screens is translated in every shipped language.

The .ts files must be in sync with the code (lupdate over the same sources
as tools/build-translations.sh, into a temporary folder), with no unfinished
or empty translation, and the same %1 / %n place-holders as the French.
The translations must also load and change what the screens say.
"""

from __future__ import annotations

import glob
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.config import KioskSettings
from kiosk.tsfiles import read_ts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SCRIPT = ROOT / "tools" / "build-translations.sh"
SHIPPED = tuple(lang for lang in KioskSettings().languages if lang != "fr")
PLACEHOLDER = re.compile(r"%(?:\d|n)")

Message = tuple[str, str]  # (context, French source)


def lupdate_sources() -> list[str]:
    """The source files tools/build-translations.sh gives to lupdate."""
    match = re.search(r"^\s*sources=\((.*)\)\s*$", SCRIPT.read_text(), re.MULTILINE)
    assert match, "tools/build-translations.sh no longer lists its sources"
    files: list[str] = []
    for pattern in shlex.split(match.group(1)):
        files += sorted(glob.glob(str(ROOT / pattern)))
    assert files
    return files


def messages_of(path: Path) -> set[Message]:
    return {(m.context, m.source) for m in read_ts(path)[1]}


@pytest.fixture(scope="module")
def current_messages(tmp_path_factory) -> set[Message]:
    out = tmp_path_factory.mktemp("lupdate") / "borne_xx.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *lupdate_sources(), "-no-obsolete", "-locations", "none",
         "-source-language", "fr", "-target-language", "en", "-ts", str(out)],
        check=True, capture_output=True, cwd=ROOT, timeout=120)
    messages = messages_of(out)
    assert len(messages) > 50
    return messages


@pytest.mark.parametrize("language", SHIPPED)
def test_ts_file_is_in_sync_with_the_code(language, current_messages):
    path = TRANSLATIONS / f"borne_{language}.ts"
    assert path.is_file(), f"{path.name} missing: tools/build-translations.sh --update {language}"
    shipped = messages_of(path)
    missing = sorted(current_messages - shipped)
    stale = sorted(shipped - current_messages)
    assert missing == [], f"not in {path.name}: run tools/build-translations.sh --update"
    assert stale == [], f"strings gone from the code still in {path.name}"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_is_translated(language):
    shipped_language, messages = read_ts(TRANSLATIONS / f"borne_{language}.ts")
    assert shipped_language.startswith(language)
    problems = []
    for message in messages:
        where = f"{message.context}: « {message.source} »"
        if not message.finished:
            problems.append(f"{where} unfinished")
        elif not message.translations or not all(t.strip() for t in message.translations):
            problems.append(f"{where} empty")
        else:
            wanted = sorted(set(PLACEHOLDER.findall(message.source)))
            for text in message.translations:
                if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                    problems.append(f"{where} place-holders differ")
    assert problems == []


@pytest.mark.parametrize("language", SHIPPED)
def test_translation_loads_and_changes_the_screens(qapp, language, tmp_path):
    qm = tmp_path / f"borne_{language}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / f"borne_{language}.ts"),
                    "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from kiosk.ui.offline_screen import OfflineScreen

        screen = OfflineScreen()
        assert screen.retry_button.text() != "Réessayer"
        assert screen.retry_button.text() == QCoreApplication.translate(
            "OfflineScreen", "Réessayer")
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("fr"))


def test_french_names_are_never_translated():
    from kiosk.ui.language_menu import ENDONYMS

    assert set(SHIPPED) | {"fr"} <= set(ENDONYMS)
    assert ENDONYMS["ar"] == "العربية" and ENDONYMS["uk"] == "Українська"
