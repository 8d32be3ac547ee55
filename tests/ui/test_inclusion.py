"""The inclusion wiring on the real borne (demo services, real QtWebEngine).

Language switching is checked with a small translation made here (the
shipped .ts files are checked by test_languages.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6.QtWebEngineWidgets  # noqa: F401  (before any QApplication)
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk import app as kiosk_app
from kiosk.directory import EXAMPLE_DIRECTORY, load_directory
from kiosk.ui.inclusion import Inclusion

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="fr">
<context><name>HomeScreen</name>
<message><source>Choisissez un service</source><translation>{choose}</translation></message>
</context>
<context><name>OfflineScreen</name>
<message><source>Réessayer</source><translation>{retry}</translation></message>
</context>
</TS>
"""


@pytest.fixture
def translations(tmp_path) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang, choose, retry in (("ar", "اختر خدمة", "أعد المحاولة"),
                                ("uk", "Виберіть послугу", "Спробувати ще раз")):
        ts = folder / f"borne_{lang}.ts"
        ts.write_text(TS.format(lang=lang, choose=choose, retry=retry), encoding="utf-8")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, timeout=60)
    return folder


@pytest.fixture
def wired(qapp, qtbot, translations):
    before = qapp.styleSheet()
    borne = kiosk_app.build(kiosk_app.Options(demo=True, demo_port=0), qapp)
    window = borne.window
    inclusion = Inclusion(
        qapp, window, borne.catalogue, load_directory(EXAMPLE_DIRECTORY),
        languages=("fr", "en", "ar", "uk"), default_language="fr", translators=[],
        translations_dir=translations, icons_dir=kiosk_app.ICONS)
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield borne, inclusion
    inclusion.reset()  # translators are application-wide: leave French behind
    borne.close()
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setStyleSheet(before)


def home_texts(window) -> list[str]:
    return [label.text() for label in window.home.findChildren(QLabel)]


def open_tile(qtbot, window, tile_id="caf"):
    window.open_tile(tile_id)
    with qtbot.waitSignal(window.session.page.loadFinished, timeout=30_000):
        pass


def test_language_menu_switches_and_mirrors_the_borne(qtbot, wired):
    borne, inclusion = wired
    window = borne.window
    window.home.language_button.click()
    assert inclusion.language_menu.isVisible()
    inclusion.language_menu.buttons["ar"].click()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.home.language_button.text() == "العربية"
    assert "اختر خدمة" in home_texts(window)
    tile = window.home.tile_buttons["caf"]
    assert tile.accessibleName() == borne.catalogue.tile("caf").label("ar")
    assert tile.text() == borne.catalogue.tile("caf").label("ar")
    assert inclusion.offline.retry_button.text() == "أعد المحاولة"
    window.home.set_tiles(borne.catalogue.tiles)  # e.g. an accompanied session starts
    assert window.home.tile_buttons["caf"].text() == borne.catalogue.tile("caf").label("ar")
    inclusion.set_language("uk")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Виберіть послугу" in home_texts(window)
    assert window.home.language_button.text() == "Українська"


def test_session_end_brings_back_french_and_normal_display(qtbot, wired):
    borne, inclusion = wired
    window = borne.window
    inclusion.set_language("ar")
    inclusion.access_bar.bigger_button.click()
    inclusion.access_bar.contrast_button.click()
    assert inclusion.access.high_contrast
    open_tile(qtbot, window)
    assert window.service.title.text() == borne.catalogue.tile("caf").label("ar")
    window.end_session()
    assert inclusion.language == "fr"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Choisissez un service" in home_texts(window)
    assert window.home.tile_buttons["caf"].text() == borne.catalogue.tile("caf").label("fr")
    assert not inclusion.access.high_contrast and inclusion.access.scale_index == 0


def test_choice_forgotten_after_a_quiet_while_on_home(qtbot, wired):
    borne, inclusion = wired
    inclusion._quiet.setInterval(100)
    inclusion.set_language("uk")
    borne.window.userActivity.emit()
    qtbot.waitUntil(lambda: inclusion.language == "fr", timeout=5000)


def test_directory_from_home_and_back(qtbot, wired):
    borne, inclusion = wired
    window = borne.window
    inclusion.directory_button.click()
    assert window.stack.currentWidget() is inclusion.directory
    assert len(inclusion.directory.cards) == 6
    inclusion.directory.close_button.click()
    assert window.stack.currentWidget() is window.home


def test_guide_from_the_service_bar_with_its_qr_code(qtbot, wired):
    borne, inclusion = wired
    window = borne.window
    open_tile(qtbot, window)
    assert inclusion.guide_button.isVisible()
    inclusion.guide_button.click()
    assert window.stack.currentWidget() is inclusion.guide
    assert inclusion.guide.title.text() == "La CAF (allocations familiales)"
    inclusion.guide.bigger_code_button.click()
    assert inclusion.qr.isVisible()
    inclusion.qr.close_button.click()
    inclusion.guide.help_button.click()  # help stays one touch away
    assert window.help.pending
    window.help.dismiss()
    inclusion.guide.close_button.click()
    assert window.stack.currentWidget() is window.service


def test_unreachable_service_shows_the_offline_screen(qtbot, wired):
    borne, inclusion = wired
    window = borne.window
    borne.demo.stop()  # the service's server is gone
    window.open_tile("caf")
    qtbot.waitUntil(
        lambda: window.service.showing(inclusion.offline), timeout=30_000)
    assert inclusion.offline.title.text() in (
        "Ce service ne répond pas", "La borne n'est pas connectée à Internet")
    inclusion.offline.retry_button.click()
    qtbot.waitUntil(
        lambda: window.service.showing(inclusion.offline), timeout=30_000)
    inclusion.offline.guide_button.click()
    assert window.stack.currentWidget() is inclusion.guide
    assert "CAF" in inclusion.guide.title.text()


def test_every_control_of_the_whole_borne_has_a_name_and_is_big_enough(qtbot, wired):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QWidget

    borne, inclusion = wired
    window = borne.window
    interactive = {
        QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
        QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.Slider,
        QAccessible.Role.SpinBox,
    }
    nameless = []
    for widget in window.findChildren(QWidget):  # overlays and hidden screens too
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or interface.role() not in interactive:
            continue
        if not interface.text(QAccessible.Text.Name).strip():
            nameless.append(f"{type(widget.parent()).__name__} > {type(widget).__name__}")
    assert nameless == []
    for screen in (window.home, inclusion.directory):
        window.stack.setCurrentWidget(screen)
        qtbot.wait(10)
        for button in screen.findChildren(QAbstractButton):
            if button.isVisibleTo(window):
                assert button.height() >= 72, button.text() or button.accessibleName()
