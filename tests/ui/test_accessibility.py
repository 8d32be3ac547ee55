"""Accessibility of the borne's own screens: contrast, touch targets, names.

Colours are checked from the style's constants (WCAG 2 formula); touch
targets and accessible names on real widgets, through Qt's accessibility
tree (what a screen reader gets).
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.catalogue import load_catalogue
from kiosk.connectivity import Outage
from kiosk.directory import EXAMPLE_DIRECTORY, Directory, load_directory
from kiosk.guides import load_guide
from kiosk.paths import RESOURCES
from kiosk.ui import style
from kiosk.ui.accessibility import (
    HIGH_CONTRAST_PAIRS,
    HIGH_CONTRAST_SHEET,
    NORMAL_PAIRS,
    TOUCH_TARGET,
    Accessibility,
    AccessibilityBar,
    Speech,
    contrast_ratio,
)
from kiosk.ui.directory_screen import DirectoryScreen
from kiosk.ui.guide_screen import GuideScreen
from kiosk.ui.home import HomeScreen
from kiosk.ui.i18n import switch_language
from kiosk.ui.language_menu import LanguageMenu
from kiosk.ui.offline_screen import OfflineScreen
from kiosk.ui.qr_overlay import QrOverlay

ICONS = RESOURCES / "icons"
LANGUAGES = ("fr", "en", "ar", "es", "pt", "uk", "tr")

INTERACTIVE = {
    QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.Slider,
    QAccessible.Role.SpinBox, QAccessible.Role.Link, QAccessible.Role.ButtonMenu,
    QAccessible.Role.ButtonDropDown, QAccessible.Role.PageTab,
}


@pytest.fixture
def access(qapp):
    before = qapp.styleSheet()
    qapp.setStyleSheet(style.STYLESHEET)
    controller = Accessibility(qapp)
    controller.apply()
    yield controller
    controller.reset()
    qapp.setStyleSheet(before)  # other tests keep the style they expect


def test_normal_theme_contrast_is_at_least_4_5():
    for foreground, background, where in NORMAL_PAIRS:
        assert contrast_ratio(foreground, background) >= 4.5, where


def test_high_contrast_theme_contrast_is_at_least_7():
    for foreground, background, where in HIGH_CONTRAST_PAIRS:
        assert contrast_ratio(foreground, background) >= 7.0, where


def test_high_contrast_sheet_uses_only_checked_colours():
    checked = {c.lower() for pair in HIGH_CONTRAST_PAIRS for c in pair[:2]}
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", HIGH_CONTRAST_SHEET)}
    assert used <= checked


def test_contrast_formula_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


# -- screens ------------------------------------------------------------------


def build_screens(qapp, access) -> dict[str, QWidget]:
    catalogue = load_catalogue(override=None)
    tile = catalogue.tile("caf")
    assert tile is not None
    directory = load_directory(EXAMPLE_DIRECTORY)
    screens: dict[str, QWidget] = {}
    guide = GuideScreen(ICONS, can_speak=True)
    guide.show_guide(tile, load_guide("caf", "fr"), directory.office("caf"), tile.label("fr"))
    screens["guide"] = guide
    listing = DirectoryScreen(directory)
    listing.refresh(datetime(2026, 11, 25, 10))
    screens["directory"] = listing
    empty = DirectoryScreen(Directory())
    empty.refresh()
    screens["directory-empty"] = empty
    offline = OfflineScreen()
    offline.show_outage(Outage.PAS_DE_RESEAU)
    screens["offline"] = offline
    for name, make in (
        ("qr", lambda host: QrOverlay(host).show_tile(tile, tile.label("fr"))),
        ("handoff", lambda host: QrOverlay(host).show_handoff("tel:+33320000000")),
        ("languages", lambda host: LanguageMenu(LANGUAGES, "fr", host).open("fr")),
    ):
        host = QWidget()
        make(host)
        screens[name] = host
    bar_host = QWidget()
    bar = AccessibilityBar(access, Speech(), bar_host)
    bar.speak_button.show()  # checked even where no speech engine is installed
    screens["accessibility-bar"] = bar_host
    for screen in screens.values():
        screen.resize(1280, 800)
        screen.show()
    qapp.processEvents()
    return screens


def visible_buttons(screen: QWidget) -> list[QAbstractButton]:
    return [b for b in screen.findChildren(QAbstractButton) if b.isVisibleTo(screen)]


def test_touch_targets_are_at_least_72_px(qapp, access):
    for name, screen in build_screens(qapp, access).items():
        buttons = visible_buttons(screen)
        assert buttons, name
        for button in buttons:
            assert button.height() >= TOUCH_TARGET, (name, button.text())
            assert button.width() >= TOUCH_TARGET, (name, button.text())


def test_home_screen_buttons_are_big_enough_with_our_sheet(qapp, access):
    catalogue = load_catalogue(override=None)
    home = HomeScreen("Centre social", catalogue.tiles, ICONS, "fr")
    home.resize(1280, 800)
    home.show()
    qapp.processEvents()
    for button in visible_buttons(home):
        assert button.height() >= TOUCH_TARGET, button.text()


def test_touch_targets_stay_big_with_bigger_text(qapp, access):
    access.bigger()
    access.bigger()
    for name, screen in build_screens(qapp, access).items():
        for button in visible_buttons(screen):
            assert button.height() >= TOUCH_TARGET, (name, button.text())


def walk(interface, path=()):
    yield interface, path
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from walk(child, (*path, index))


def nameless_controls(widget: QWidget) -> list[str]:
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    missing = []
    for interface, path in walk(root):
        if interface.state().invisible:
            continue
        if interface.role() in INTERACTIVE and not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{interface.role().name} at {path}")
    return missing


def test_every_control_of_our_screens_has_an_accessible_name(qapp, access):
    for name, screen in build_screens(qapp, access).items():
        assert nameless_controls(screen) == [], name


def test_home_screen_controls_have_names(qapp):
    catalogue = load_catalogue(override=None)
    home = HomeScreen("Centre social", catalogue.tiles, ICONS, "fr")
    home.resize(1280, 800)
    home.show()
    qapp.processEvents()
    assert nameless_controls(home) == []


def test_qr_codes_have_names_for_screen_readers(qapp, access):
    screens = build_screens(qapp, access)
    root = QAccessible.queryAccessibleInterface(screens["guide"])
    names = [i.text(QAccessible.Text.Name) for i, _ in walk(root)]
    assert "Code de la page d'accueil du service" in names


def test_every_button_is_reachable_with_the_keyboard(qapp, access):
    for name, screen in build_screens(qapp, access).items():
        for button in visible_buttons(screen):
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, (name, button.text())


def test_text_size_grows_and_comes_back(qapp, access):
    access.reset()
    label = QLabel("Texte")
    label.setObjectName("cardText")
    label.show()
    qapp.processEvents()
    normal = label.fontInfo().pixelSize()
    access.bigger()
    qapp.processEvents()
    label.ensurePolished()
    bigger = label.fontInfo().pixelSize()
    assert bigger >= normal * 1.2
    access.reset()
    assert qapp.styleSheet() == access.sheet()
    assert access.sheet().startswith(style.STYLESHEET)


def test_high_contrast_paints_white_on_black(qapp, access):
    screen = OfflineScreen()
    screen.show_outage(Outage.SERVICE_INJOIGNABLE)
    screen.resize(1280, 800)
    screen.show()
    access.set_high_contrast(True)
    qapp.processEvents()
    image = screen.grab().toImage()
    assert image.pixelColor(5, 5).name() == "#000000"
    assert screen.title.palette().color(screen.title.foregroundRole()).name() == "#ffffff"
    access.reset()
    qapp.processEvents()
    assert screen.grab().toImage().pixelColor(5, 5).name() == style.PAPER


def test_speech_button_hidden_without_a_speech_engine(qapp, access):
    speech = Speech()
    bar = AccessibilityBar(access, speech)
    assert bar.speak_button.isVisibleTo(bar) == speech.available


def test_arabic_mirrors_the_borne_and_the_session_end_restores_it(qapp, tmp_path):
    current = switch_language(qapp, "ar", tmp_path, [])
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    switch_language(qapp, "fr", tmp_path, current)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_speech_probe_never_waits_on_a_stuck_daemon(tmp_path):
    import socket
    import threading

    from kiosk.ui.accessibility import speechd_responds, speechd_socket

    assert speechd_responds(tmp_path / "absent.sock") is None
    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(2)
    answered = threading.Event()

    def serve():
        stuck, _ = server.accept()  # first client: never answered (stuck daemon)
        good, _ = server.accept()
        good.recv(64)
        good.sendall(b"208 OK CLIENT NAME SET\r\n")
        answered.set()
        good.close()
        stuck.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert speechd_responds(path, timeout_s=0.3) is False
    assert speechd_responds(path, timeout_s=2.0) is True
    assert answered.wait(2)
    server.close()
    assert speechd_socket({"SPEECHD_ADDRESS": "unix_socket:/x/s.sock"}).as_posix() == "/x/s.sock"
    assert speechd_socket({"XDG_RUNTIME_DIR": "/run/user/1000"}).as_posix() == (
        "/run/user/1000/speech-dispatcher/speechd.sock")
