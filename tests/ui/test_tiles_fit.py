"""Every service in sight on the common small screens, big tiles where there is room.

The shipped catalogue on the screens of reconditioned PCs (1366x768,
1280x800) and on a Full HD one, in the real borne window (kiosk.app.build
with the shipped catalogue, its style sheet and fonts).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk import app as kiosk_app


@pytest.fixture
def shipped(qapp, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("BORNE_CONFIG", str(tmp_path / "none.toml"))
    built = kiosk_app.build(kiosk_app.Options(data_dir=tmp_path / "data"), qapp)
    yield built
    built.close()


def show_at(qtbot, borne, width, height):
    window = borne.window
    window.setGeometry(0, 0, width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    return window.home


def every_tile_fully_in_sight(home):
    area = home.tiles_scroll
    for button in home.tile_buttons.values():
        top_left = button.mapTo(area, QPoint(0, 0))
        inside = (top_left.y() >= 0 and top_left.y() + button.height() <= area.height()
                  and top_left.x() >= 0 and top_left.x() + button.width() <= area.width())
        words = button.text_label
        if not inside or words.height() < words.heightForWidth(words.width()):
            return False
    return area.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("size", [(1366, 768), (1280, 800)])
def test_on_a_small_screen_every_service_is_in_sight_without_scrolling(qtbot, shipped, size):
    home = show_at(qtbot, shipped, *size)
    assert len(home.tile_buttons) >= 9
    assert every_tile_fully_in_sight(home)
    for button in home.tile_buttons.values():  # picture beside the words, still a big target
        assert button.icon_label.geometry().right() < button.text_label.geometry().left()
        assert button.height() >= 72 and button.width() >= 240


def test_on_a_full_hd_screen_tiles_are_big_pictures_above_their_words(qtbot, shipped):
    home = show_at(qtbot, shipped, 1920, 1080)
    assert every_tile_fully_in_sight(home)
    for button in home.tile_buttons.values():
        assert button.icon_label.geometry().bottom() < button.text_label.geometry().top()
        assert button.height() >= 180


def test_tiles_follow_the_screen_both_ways(qtbot, shipped):
    home = show_at(qtbot, shipped, 1366, 768)
    caf = home.tile_buttons["caf"]
    assert caf.icon_label.geometry().right() < caf.text_label.geometry().left()
    home = show_at(qtbot, shipped, 1920, 1080)
    assert caf.icon_label.geometry().bottom() < caf.text_label.geometry().top()
    assert every_tile_fully_in_sight(home)


def test_in_arabic_the_picture_stands_at_the_right_of_the_words(qtbot, shipped, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        home = show_at(qtbot, shipped, 1366, 768)
        for button in home.tile_buttons.values():
            assert button.icon_label.geometry().left() > button.text_label.geometry().right()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_with_the_text_enlarged_every_service_stays_in_sight(qtbot, shipped):
    home = show_at(qtbot, shipped, 1280, 1024)  # a 5:4 screen, common in reconditioned fleets
    caf = home.tile_buttons["caf"]
    assert caf.icon_label.geometry().bottom() < caf.text_label.geometry().top()
    text_size = shipped.inclusion.access
    for _ in range(3):
        text_size.bigger()
    assert text_size.text_scale >= 1.5
    try:
        qtbot.waitUntil(lambda: every_tile_fully_in_sight(home), timeout=3000)
        assert caf.icon_label.geometry().right() < caf.text_label.geometry().left()
    finally:
        text_size.reset()
    qtbot.waitUntil(lambda: caf.icon_label.geometry().bottom() < caf.text_label.geometry().top(),
                    timeout=3000)
    assert every_tile_fully_in_sight(home)
