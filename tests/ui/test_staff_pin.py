"""PIN pad as staff use it: first code, right code, wrong codes, lock across a restart."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt

from kiosk import pin
from kiosk.pin import PinGuard
from kiosk.ui.pin_pad import PinPad


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def no_pin():
    keyring.get_keyring().delete_password(pin.SERVICE, pin.ACCOUNT)
    yield
    keyring.get_keyring().delete_password(pin.SERVICE, pin.ACCOUNT)


@pytest.fixture
def clock():
    return Clock()


def make_pad(qtbot, tmp_path, clock):
    pad = PinPad(PinGuard(tmp_path / "pin-attempts.json", clock=clock, log_n=10))
    qtbot.addWidget(pad)
    pad.resize(1280, 800)
    pad.show()
    pad.start()
    return pad


def tap(qtbot, pad, code):
    for key in code:
        qtbot.mouseClick(pad.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.keys["ok"], Qt.MouseButton.LeftButton)


def test_first_start_asks_to_choose_a_code_twice(qtbot, tmp_path, clock):
    pad = make_pad(qtbot, tmp_path, clock)
    assert pad.title.text() == "Choisissez le code de l'accueil"
    tap(qtbot, pad, "1234")
    assert "Trop court" in pad.message.text()
    tap(qtbot, pad, "123456")
    assert "Trop facile" in pad.message.text()
    tap(qtbot, pad, "482916")
    assert pad.title.text() == "Tapez le même code une deuxième fois"
    with qtbot.waitSignal(pad.unlocked, timeout=2000):
        tap(qtbot, pad, "482916")
    stored = keyring.get_password("borne-accueil", "staff-pin")
    assert stored.startswith("scrypt$") and "482916" not in stored
    pad.start()
    assert pad.title.text() == "Code de l'accueil"


def test_right_code_unlocks_and_digits_are_never_shown(qtbot, tmp_path, clock):
    PinGuard(tmp_path / "pin-attempts.json", clock=clock, log_n=10).choose_first("482916",
                                                                                "482916")
    pad = make_pad(qtbot, tmp_path, clock)
    for key in "4829":
        qtbot.mouseClick(pad.keys[key], Qt.MouseButton.LeftButton)
    assert pad.dots.text() == "●●●●" and "4" not in pad.dots.text()
    qtbot.mouseClick(pad.keys["back"], Qt.MouseButton.LeftButton)
    assert pad.dots.text() == "●●●"
    with qtbot.waitSignal(pad.unlocked, timeout=2000):
        for key in "916":
            qtbot.mouseClick(pad.keys[key], Qt.MouseButton.LeftButton)
        qtbot.keyClick(pad, Qt.Key.Key_Return)  # staff with a keyboard


def test_wrong_codes_wait_then_lock_and_the_lock_survives_a_restart(qtbot, tmp_path, clock):
    PinGuard(tmp_path / "pin-attempts.json", clock=clock, log_n=10).choose_first("482916",
                                                                                "482916")
    pad = make_pad(qtbot, tmp_path, clock)
    unlocked = []
    pad.unlocked.connect(lambda: unlocked.append(True))
    for _ in range(pin.FREE_ATTEMPTS):
        tap(qtbot, pad, "000001")
        assert pad.message.text() == "Code incorrect. Réessayez."
        assert pad.keys["5"].isEnabled()
    tap(qtbot, pad, "000001")
    assert not pad.keys["5"].isEnabled() and not pad.keys["ok"].isEnabled()
    assert pad.countdown.text() == "Nouvel essai possible dans 5 secondes"
    clock.now += 3
    pad.refresh()
    assert pad.countdown.text() == "Nouvel essai possible dans 2 secondes"
    clock.now += 2
    pad.refresh()
    assert pad.keys["5"].isEnabled() and pad.message.text() == "Vous pouvez réessayer."
    for _ in pin.DELAYS_S[1:]:
        tap(qtbot, pad, "000001")
        clock.now += 60
        pad.refresh()
    tap(qtbot, pad, "000001")  # the lock
    assert "bloqué" in pad.message.text()
    assert pad.countdown.text() == "Nouvel essai possible dans 15 min 00 s"
    assert not unlocked

    pad.close()  # the borne restarts: new objects reading the same file
    clock.now += 60
    again = make_pad(qtbot, tmp_path, clock)
    assert not again.keys["4"].isEnabled()
    assert again.countdown.text() == "Nouvel essai possible dans 14 min 00 s"
    again.digits = "482916"
    again.press("ok")  # even the right code is not looked at during the lock
    assert not unlocked
    clock.now += 14 * 60
    again.refresh()
    with qtbot.waitSignal(again.unlocked, timeout=2000):
        tap(qtbot, again, "482916")
