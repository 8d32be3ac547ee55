"""The staff panel's settings page sets the centre's logo (a path field)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.config import load_settings
from kiosk.demo.files import make_png
from kiosk.staff_config import SettingsEditor
from kiosk.ui.staff_settings import SettingsPage


def page_on(qtbot, tmp_path):
    config = tmp_path / "borne.toml"
    config.write_text('# réglages\n[centre]\nname = "Les Tilleuls"\n', encoding="utf-8")
    page = SettingsPage(SettingsEditor(config))
    qtbot.addWidget(page)
    page.show()
    return page, config


def save(qtbot, page):
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def test_a_logo_path_typed_in_the_panel_is_saved(qtbot, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(make_png())
    page, config = page_on(qtbot, tmp_path)
    assert page.logo_edit.text() == ""
    qtbot.keyClicks(page.logo_edit, f" {logo} ")
    save(qtbot, page)
    assert "enregistrés" in page.good.text()
    loaded = load_settings(config)
    assert loaded.problems == ()
    assert loaded.settings.centre.logo == str(logo)
    assert loaded.settings.centre.name == "Les Tilleuls"
    page.logo_edit.clear()  # back to no logo
    save(qtbot, page)
    assert load_settings(config).settings.centre.logo == ""


def test_a_missing_logo_file_is_refused_and_nothing_changes(qtbot, tmp_path):
    page, config = page_on(qtbot, tmp_path)
    before = config.read_text(encoding="utf-8")
    qtbot.keyClicks(page.logo_edit, str(tmp_path / "absent.png"))
    save(qtbot, page)
    assert page.message.text().startswith("Le logo doit être le chemin complet")
    assert page.good.text() == ""
    assert config.read_text(encoding="utf-8") == before
