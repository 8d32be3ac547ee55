"""The service screen never grows past the screen (1024 px screens, big text).

The borne is full screen: a bar wider than the window would leave
"Terminer" or "Demander de l'aide" outside the screen. Words give way to
pictures instead, "Terminer", "Demander de l'aide" and the print and scan
buttons always keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton

from tests.ui.web import open_tile


def bar_buttons(window):
    bar = window.service.bar
    return [b for b in bar.findChildren(QPushButton) if b.isVisible()]


def all_in_sight(window):
    for button in bar_buttons(window):
        right = button.mapTo(window, QPoint(button.width(), 0)).x()
        if right > window.width():
            return False
    return True


def resize_to(qtbot, window, width, height):
    window.setGeometry(0, 0, width, height)
    qtbot.wait(100)


def test_on_a_1024_screen_every_button_stays_on_screen(qtbot, borne):
    window = borne.window
    open_tile(qtbot, borne, "caf")
    resize_to(qtbot, window, 1024, 768)
    assert window.width() == 1024
    assert all_in_sight(window)
    service = window.service
    for button in (service.end_button, service.help_button, borne.services.controller.print_button):
        assert button.isVisible() and button.text()
    # Accueil and Retour keep their picture, and say their name to a screen reader.
    assert service.home_button.isVisible() and not service.home_button.icon().isNull()
    assert service.home_button.accessibleName() in ("Accueil", service.home_button.text())


def test_with_the_text_enlarged_on_a_1366_screen_nothing_leaves_the_screen(qtbot, borne):
    window = borne.window
    open_tile(qtbot, borne, "caf")
    resize_to(qtbot, window, 1366, 768)
    text_size = borne.inclusion.access
    for _ in range(3):
        text_size.bigger()
    try:
        qtbot.wait(200)
        assert (window.width(), window.height()) == (1366, 768)
        assert all_in_sight(window)
        assert window.service.end_button.text() == "Terminer"
    finally:
        text_size.reset()


def test_on_a_wide_screen_every_button_has_its_words(qtbot, borne):
    window = borne.window
    open_tile(qtbot, borne, "caf")
    resize_to(qtbot, window, 1024, 768)
    resize_to(qtbot, window, 1920, 1080)
    service = window.service
    assert all(button.text() for button in bar_buttons(window))
    assert service.home_button.text() == "Accueil" and service.back_button.text() == "Retour"
    assert service.zoom_label.isVisible()
