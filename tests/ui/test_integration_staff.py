"""The staff pieces wired in the real borne (kiosk.app.build, demo mode, temp data dir).

Real parts: the composition root, QtWebEngine on the demo services, the PIN
guard on the in-memory keyring, the SQLite journal built by its migrations.
"""

from __future__ import annotations

from datetime import date

import PySide6.QtWebEngineWidgets  # noqa: F401  (before any QApplication)
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk import app as kiosk_app
from kiosk.pin import PinVault, hash_pin
from kiosk.session import Mode, State

PIN = "246810"


@pytest.fixture
def borne(qapp, qtbot, tmp_path):
    vault = PinVault()
    vault.put(hash_pin(PIN, log_n=10))
    built = kiosk_app.build(
        kiosk_app.Options(demo=True, demo_port=0, data_dir=tmp_path / "data"), qapp)
    built.window.setGeometry(0, 0, 1280, 800)
    built.window.show()
    qtbot.waitExposed(built.window)
    try:
        yield built
    finally:
        built.close()
        vault.delete()


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_pin(qtbot, pad, pin=PIN):
    for digit in pin:
        click(qtbot, pad.keys[digit])
    click(qtbot, pad.keys["ok"])


def open_panel(qtbot, services):
    flow = services.flow
    flow.open()
    qtbot.waitUntil(lambda: flow.isVisible() and flow.stack.currentWidget() is flow.pin)
    type_pin(qtbot, flow.pin)
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is flow.panel, timeout=10_000)
    return flow


def rows_today(services):
    assert services.journal.flush()
    return services.journal.sessions_on(date.today())


def test_hold_on_the_centre_name_opens_the_pin_pad_and_the_right_pin_the_panel(borne, qtbot):
    borne.finish()
    services = borne.services
    flow = services.flow
    label = borne.window.home.centre_label
    services.gesture._timer.setInterval(300)  # the documented 3 s hold, shortened here
    centre = QPointF(label.rect().center())
    press = QMouseEvent(QEvent.Type.MouseButtonPress, centre, label.mapToGlobal(centre),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(label, press)
    qtbot.waitUntil(lambda: flow.isVisible() and flow.stack.currentWidget() is flow.pin)
    type_pin(qtbot, flow.pin, "111111")
    qtbot.waitUntil(lambda: flow.pin.message.text() != "")
    assert flow.stack.currentWidget() is flow.pin  # a wrong code opens nothing
    type_pin(qtbot, flow.pin)
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is flow.panel, timeout=10_000)


def test_key_chord_opens_the_pin_pad_even_with_a_page_open(borne, qtbot):
    borne.finish()
    services = borne.services
    window = borne.window
    click(qtbot, window.home.tile_buttons["caf"])
    qtbot.waitUntil(lambda: services.controller.session.state is State.ACTIVE, timeout=20_000)
    chord = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.ShiftModifier)
    QApplication.sendEvent(window.windowHandle(),
                           QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, chord))
    flow = services.flow
    qtbot.waitUntil(lambda: flow.isVisible() and flow.stack.currentWidget() is flow.pin)


def test_accompanied_session_from_the_panel_to_the_journal(borne, qtbot):
    borne.finish()
    services = borne.services
    window = borne.window
    flow = open_panel(qtbot, services)
    click(qtbot, flow.panel.start_button)
    click(qtbot, flow.start_screen.roles.buttons["mediateur_numerique"])
    click(qtbot, flow.start_screen.start_button)
    qtbot.waitUntil(lambda: not flow.isVisible())
    # the home now offers the accompanied-only tile, with the badge
    assert "aidants_connect" in window.home.tile_buttons
    assert services.badge.isVisible()
    click(qtbot, window.home.tile_buttons["caf"])
    qtbot.waitUntil(lambda: services.controller.session.state is State.ACTIVE, timeout=20_000)
    assert services.controller.session.mode is Mode.ACCOMPAGNE
    assert services.badge.pause_button.text() == "Pause"
    # pause and resume
    click(qtbot, services.badge.pause_button)
    assert services.controller.session.state is State.PAUSED
    click(qtbot, services.badge.pause_button)
    assert services.controller.session.state is State.ACTIVE
    # "Terminer" → the closing screen → three taps
    click(qtbot, window.service.end_button)
    qtbot.waitUntil(lambda: flow.isVisible() and flow.stack.currentWidget() is flow.closing)
    click(qtbot, flow.closing.outcome.buttons["a_revenir"])
    click(qtbot, flow.closing.autonomie.buttons["partiellement_autonome"])
    click(qtbot, flow.closing.save_button)
    qtbot.waitUntil(lambda: services.controller.session.state is State.WAITING, timeout=10_000)
    [row] = rows_today(services)
    assert (row.mode, row.role) == ("accompagne", "mediateur_numerique")
    assert (row.demarche_aboutie, row.autonomie) == ("a_revenir", "partiellement_autonome")
    assert row.organismes == ("caf",)
    cells = {(c.metric, c.dimension, c.code): c.value
             for c in services.journal.cells(date.today(), date.today()) if c.value}
    assert cells[("accompagnements", "role", "mediateur_numerique")] == 1
    # back to the autonomous home, no badge
    assert "aidants_connect" not in window.home.tile_buttons
    assert not services.badge.isVisible()


def test_an_accompaniment_nobody_started_can_be_cancelled(borne, qtbot):
    borne.finish()
    services = borne.services
    window = borne.window
    flow = open_panel(qtbot, services)
    click(qtbot, flow.panel.start_button)
    click(qtbot, flow.start_screen.roles.buttons["accueil"])
    click(qtbot, flow.start_screen.start_button)
    qtbot.waitUntil(lambda: not flow.isVisible())
    assert services.badge.pause_button.text() == "Annuler"
    assert "aidants_connect" in window.home.tile_buttons
    click(qtbot, services.badge.pause_button)
    assert not services.badge.isVisible()
    assert "aidants_connect" not in window.home.tile_buttons
    click(qtbot, window.home.tile_buttons["ameli"])
    qtbot.waitUntil(lambda: services.controller.session.state is State.ACTIVE, timeout=20_000)
    assert services.controller.session.mode is Mode.AUTONOME


def end_autonomous_session(qtbot, borne):
    services = borne.services
    window = borne.window
    click(qtbot, window.home.tile_buttons["impots"])
    qtbot.waitUntil(lambda: services.controller.session.state is State.ACTIVE, timeout=20_000)
    click(qtbot, window.service.end_button)
    reminder = services.controller.reminder
    qtbot.waitUntil(reminder.isVisible)
    click(qtbot, reminder.finish_button)
    qtbot.waitUntil(services.feedback.isVisible, timeout=10_000)


def test_autonomous_feedback_answer_reaches_the_journal(borne, qtbot):
    borne.finish()
    services = borne.services
    end_autonomous_session(qtbot, borne)
    assert rows_today(services) == []  # waits for the answer
    click(qtbot, services.feedback.buttons["en_partie"])
    [row] = rows_today(services)
    assert (row.mode, row.feedback) == ("autonome", "en_partie")
    assert not borne.window.help.pending


def test_need_help_answer_calls_the_accueil_and_staff_clear_the_banner(borne, qtbot):
    borne.finish()
    services = borne.services
    window = borne.window
    end_autonomous_session(qtbot, borne)
    click(qtbot, services.feedback.buttons["besoin_aide"])
    [row] = rows_today(services)
    assert row.feedback == "besoin_aide"
    assert window.help.pending and len(services.calls.waiting) == 1
    window.help.fold()  # the person goes on: the banner stays
    assert window.help_banner.isVisible()
    flow = open_panel(qtbot, services)
    assert flow.panel.pages.currentWidget() is flow.panel.help  # help calls first
    [done] = flow.panel.help.buttons.values()
    click(qtbot, done)
    assert services.calls.waiting == ()
    assert not window.help.pending and not window.help_banner.isVisible()


def test_what_the_borne_counts_from_the_home_and_the_panel(borne, qtbot):
    borne.finish()
    services = borne.services
    click(qtbot, borne.window.home.count_button)
    assert services.count_page.isVisible()
    services.count_page.closed.emit()
    assert not services.count_page.isVisible()
    flow = open_panel(qtbot, services)
    click(qtbot, services.panel_count_button)
    assert services.count_page.isVisible() and services.count_page.parentWidget() is flow


def test_the_demo_never_writes_to_the_installed_borne_folders(tmp_path):
    settings = kiosk_app._settings(kiosk_app.Options(demo=True))
    assert not str(settings.kiosk.data_dir).startswith(("/var/lib/borne", "/etc/borne"))
    assert settings.kiosk.catalogue_override.parent == settings.kiosk.data_dir
    config = tmp_path / "borne.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "ici"}"\n', encoding="utf-8")
    chosen = kiosk_app._settings(kiosk_app.Options(demo=True, config=config))
    assert chosen.kiosk.data_dir == tmp_path / "ici"  # --config may name one
