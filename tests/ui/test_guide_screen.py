"""Guide screen, QR hand-off overlay and language menu, as a person sees them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QWidget
from pyzbar import pyzbar

from kiosk.catalogue import load_catalogue
from kiosk.directory import EXAMPLE_DIRECTORY, load_directory
from kiosk.guides import load_guide
from kiosk.paths import RESOURCES
from kiosk.ui.guide_screen import GuideScreen
from kiosk.ui.language_menu import LanguageMenu
from kiosk.ui.qr_overlay import QrOverlay

LANGUAGES = ("fr", "en", "ar", "es", "pt", "uk", "tr")


@pytest.fixture
def catalogue():
    return load_catalogue(override=None)


def decode(widget: QWidget) -> list[str]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    return [s.data.decode() for s in pyzbar.decode((data, image.bytesPerLine(), image.height()))]


def shown(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_guide_shows_sections_office_and_public_qr(qtbot, catalogue):
    tile = catalogue.tile("caf")
    directory = load_directory(EXAMPLE_DIRECTORY)
    screen = GuideScreen(RESOURCES / "icons")
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show_guide(tile, load_guide("caf", "fr"), directory.office("caf"), "CAF")
    screen.show()
    text = shown(screen)
    for words in ("À quoi ça sert", "Les papiers à préparer", "Le code reçu par SMS",
                  "Près d'ici", "Accueil de la CAF", "Numéro national : 3230",
                  "• Votre numéro allocataire : il est sur les courriers de la CAF."):
        assert words in text
    assert not screen.fallback_note.isVisibleTo(screen)
    codes = [w for w in screen.findChildren(QSvgWidget) if w.accessibleName()]
    assert decode(codes[0]) == ["https://www.caf.fr/"]


def test_guide_without_office_says_ask_the_accueil(qtbot, catalogue):
    tile = catalogue.tile("impots")
    screen = GuideScreen(RESOURCES / "icons")
    qtbot.addWidget(screen)
    screen.show_guide(tile, load_guide("impots", "fr"), None, "Impôts")
    assert "Demandez à l'accueil l'adresse du bureau le plus proche." in shown(screen)


def test_missing_translation_shows_french_and_says_so(qtbot, catalogue, tmp_path):
    # Every shipped tile has every language now: a folder with French only.
    (tmp_path / "msa").mkdir()
    french = (RESOURCES / "guides" / "msa" / "fr.toml").read_text(encoding="utf-8")
    (tmp_path / "msa" / "fr.toml").write_text(french, encoding="utf-8")
    tile = catalogue.tile("msa")
    screen = GuideScreen(RESOURCES / "icons")
    qtbot.addWidget(screen)
    screen.show_guide(tile, load_guide("msa", "uk", tmp_path), None, tile.label("uk"))
    assert screen.fallback_note.isVisibleTo(screen)
    assert screen.title.text() == "La MSA (monde agricole)"


def test_speak_button_hands_the_whole_guide(qtbot, catalogue):
    tile = catalogue.tile("caf")
    screen = GuideScreen(RESOURCES / "icons", can_speak=True)
    qtbot.addWidget(screen)
    screen.show_guide(tile, load_guide("caf", "fr"), None, "CAF")
    with qtbot.waitSignal(screen.speakRequested) as blocker:
        screen.speak_button.click()
    spoken = blocker.args[0]
    assert "Les papiers à préparer" in spoken and "3230" in spoken


def test_continue_on_my_phone_carries_the_start_page(qtbot, catalogue):
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1280, 800)
    overlay = QrOverlay(host)
    tile = catalogue.tile("ameli")
    overlay.show_tile(tile, tile.label("fr"))
    host.show()
    assert overlay.isVisible()
    assert decode(overlay.code) == ["https://www.ameli.fr/"]
    overlay.close_button.click()
    assert not overlay.isVisible()


def test_phone_links_become_a_code_and_web_pages_do_not(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1280, 800)
    overlay = QrOverlay(host)
    assert overlay.show_handoff("mailto:contact@example.org")
    host.show()
    assert decode(overlay.code) == ["mailto:contact@example.org"]
    overlay.hide()
    assert not overlay.show_handoff("https://wwwd.caf.fr/mon-dossier?id=42")
    assert not overlay.isVisible()


def test_language_menu_offers_each_language_in_its_own_script(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    menu = LanguageMenu(LANGUAGES, "fr", host)
    menu.open("fr")
    assert [b.text() for b in menu.buttons.values()] == [
        "Français", "English", "العربية", "Español", "Português", "Українська", "Türkçe"]
    assert menu.buttons["fr"].isChecked()
    with qtbot.waitSignal(menu.languageChosen) as blocker:
        menu.buttons["uk"].click()
    assert blocker.args == ["uk"]
    assert not menu.isVisible()
