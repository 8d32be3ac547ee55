"""What a person sees and touches: home, Retour, zoom, help, going home."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.ui.end_screens import LogoutReminder
from kiosk.ui.service import ZOOM_STEPS
from tests.ui.web import click_and_load, open_tile, path


def touch(button):
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_home_shows_centre_clock_language_help_and_big_tiles(borne):
    home = borne.window.home
    assert home.centre_label.text() == "Centre social des Tilleuls (démo)"
    assert home.clock.time_label.text().count(":") == 1
    assert home.language_button.text() == "Français"
    assert home.help_button.text() == "Demander de l'aide"
    assert list(home.tile_buttons) == ["caf", "impots", "ameli"]
    for button in home.tile_buttons.values():
        assert button.width() >= 180 and button.height() >= 180
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName() == button.text()


def test_touching_a_tiles_picture_or_words_opens_it(qtbot, borne):
    window = borne.window
    tile = window.home.tile_buttons["impots"]
    for part in (tile.text_label, tile.icon_label):
        with qtbot.waitSignal(window.tileOpened, timeout=5000) as opened:
            touch(part)
        assert opened.args == ["impots"]
        window.show_home()


def test_no_browser_exists_before_a_tile_is_touched(borne):
    assert borne.window.session is None


def test_retour_never_leaves_the_service(qtbot, borne):
    page = open_tile(qtbot, borne, "caf")
    service = borne.window.service
    assert not service.back_button.isEnabled()  # first page of the service
    click_and_load(qtbot, page, "lien-connexion", "/connexion")
    qtbot.waitUntil(service.back_button.isEnabled, timeout=3000)
    touch(service.back_button)
    qtbot.waitUntil(lambda: path(page) == "/", timeout=5000)
    qtbot.waitUntil(lambda: not service.back_button.isEnabled(), timeout=3000)
    # Another tile in the same session starts a fresh history.
    touch(service.home_button)
    page = open_tile(qtbot, borne, "impots")
    assert not page.history().canGoBack()
    assert not service.back_button.isEnabled()


def test_zoom_is_bounded(qtbot, borne):
    page = open_tile(qtbot, borne, "caf")
    service = borne.window.service
    for _ in range(len(ZOOM_STEPS) + 3):
        if service.zoom_in_button.isEnabled():
            touch(service.zoom_in_button)
    assert page.zoomFactor() == 2.0
    assert not service.zoom_in_button.isEnabled()
    assert service.zoom_label.text() == "200 %"
    for _ in range(len(ZOOM_STEPS) + 3):
        if service.zoom_out_button.isEnabled():
            touch(service.zoom_out_button)
    assert page.zoomFactor() == 0.5
    assert not service.zoom_out_button.isEnabled()
    service.zoom_in()
    click_and_load(qtbot, page, "lien-connexion", "/connexion")  # kept on the next page
    assert page.zoomFactor() == ZOOM_STEPS[1]


def test_help_card_folds_into_a_banner_until_staff_dismiss_it(qtbot, borne):
    window = borne.window
    asked, done = [], []
    window.help.requested.connect(lambda: asked.append(1))
    window.help.dismissed.connect(lambda: done.append(1))
    touch(window.home.help_button)
    overlay = window.help_overlay
    assert overlay.isVisible()
    assert overlay.title.text() == "Une personne de l'accueil va venir vous aider"
    assert overlay.geometry() == window.centralWidget().rect()
    assert asked == [1]
    # The person keeps going while waiting; the banner stays on every screen.
    touch(overlay.continue_button)
    assert not overlay.isVisible() and window.help_banner.isVisible()
    open_tile(qtbot, borne, "caf")
    assert window.help_banner.isVisible()
    touch(window.service.help_button)  # asked again: the card again, not a second call
    assert overlay.isVisible() and asked == [1]
    touch(overlay.done_button)
    assert not overlay.isVisible() and not window.help_banner.isVisible()
    assert done == [1]


def test_accueil_goes_home_and_drops_the_page(qtbot, borne):
    window = borne.window
    open_tile(qtbot, borne, "caf")
    session = window.session
    touch(window.service.home_button)
    assert window.stack.currentWidget() is window.home
    assert window.session is session and session.page is None and session.view is None


def test_terminer_ends_the_session(qtbot, borne):
    window = borne.window
    open_tile(qtbot, borne, "caf")
    touch(window.service.end_button)
    # The sessions work reminds to log out first (tests/ui/test_session_flow.py).
    reminder = window.findChild(LogoutReminder)
    assert reminder.isVisible()
    with qtbot.waitSignal(window.sessionEnded, timeout=5000):
        touch(reminder.finish_button)
    assert window.session is None
    assert window.stack.currentWidget() is window.home
