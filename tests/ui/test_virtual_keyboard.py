"""Qt Virtual Keyboard: shown when no physical keyboard, typed on, under Xvfb.

The keyboard never shows offscreen, so each check runs a small Qt program
in a subprocess on a real X server (Xvfb) started here, touches the text
field with xdotool like a finger would, and taps a key of the keyboard.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.ui.virtual_keyboard import (
    configure_environment,
    physical_keyboard_present,
    wants_virtual_keyboard,
)

ROOT = Path(__file__).resolve().parents[2]

# Excerpts of /proc/bus/input/devices on real machines.
USB_KEYBOARD = """I: Bus=0003 Vendor=046d Product=c31c Version=0110
N: Name="Logitech USB Keyboard"
H: Handlers=sysrq kbd leds event3
B: PROP=0
B: EV=120013
B: KEY=1000000000007 ff800000000007ff febeffdff3cfffff fffffffffffffffe
B: MSC=10
B: LED=7
"""
POWER_BUTTON = """I: Bus=0019 Vendor=0000 Product=0001 Version=0000
N: Name="Power Button"
H: Handlers=kbd event0
B: PROP=0
B: EV=3
B: KEY=10000000000000 0
"""
TOUCHSCREEN = """I: Bus=0003 Vendor=0eef Product=0001 Version=0100
N: Name="eGalax Inc. USB TouchController"
H: Handlers=mouse0 event5
B: PROP=2
B: EV=b
B: KEY=400 0 0 0 0 0
B: ABS=3
"""


def test_detection_ignores_buttons_and_touchscreens():
    assert physical_keyboard_present(USB_KEYBOARD)
    assert physical_keyboard_present("\n\n".join([POWER_BUTTON, USB_KEYBOARD]))
    assert not physical_keyboard_present("\n\n".join([POWER_BUTTON, TOUCHSCREEN]))
    assert not physical_keyboard_present("")


def test_choice_overrides_detection():
    assert wants_virtual_keyboard("virtual", USB_KEYBOARD)
    assert not wants_virtual_keyboard("physical", TOUCHSCREEN)
    assert wants_virtual_keyboard("auto", TOUCHSCREEN)
    assert not wants_virtual_keyboard("auto", USB_KEYBOARD)


def test_environment_set_only_without_a_keyboard(tmp_path):
    devices = tmp_path / "devices"
    devices.write_text(TOUCHSCREEN)
    env: dict[str, str] = {}
    assert configure_environment(env, devices)
    assert env["QT_IM_MODULE"] == "qtvirtualkeyboard"
    devices.write_text(USB_KEYBOARD)
    env = {}
    assert not configure_environment(env, devices)
    assert "QT_IM_MODULE" not in env
    env = {"QT_IM_MODULE": "ibus"}  # an input method chosen on purpose stays
    assert not configure_environment(env, tmp_path / "absent")
    assert env["QT_IM_MODULE"] == "ibus"


CHILD = textwrap.dedent("""
    import json, os, subprocess, sys
    from kiosk.ui.virtual_keyboard import configure_environment, keyboard_visible
    enabled = configure_environment()
    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
    QLocale.setDefault(QLocale(os.environ.get("BORNE_TEST_LOCALE", "fr")))
    app = QApplication([])
    window = QWidget()
    column = QVBoxLayout(window)
    field = QLineEdit()
    column.addWidget(field)
    column.addStretch(1)
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    result = {"enabled": enabled}

    def tap(x, y):
        subprocess.run(["xdotool", "mousemove", str(int(x)), str(int(y)), "click", "1"],
                       check=True)

    def touch_field():
        result["before"] = keyboard_visible()
        centre = field.mapToGlobal(field.rect().center())
        tap(centre.x(), centre.y())
        QTimer.singleShot(2500, type_a)

    def type_a():
        result["shown"] = keyboard_visible()
        rect = app.inputMethod().keyboardRectangle()
        result["rect"] = [rect.x(), rect.y(), rect.width(), rect.height()]
        result["locale"] = app.inputMethod().locale().name()
        if result["shown"]:
            # first key of the first row: "a" on the French AZERTY layout
            tap(rect.x() + rect.width() * 0.05, rect.y() + rect.height() * 0.15)
        QTimer.singleShot(1000, finish)

    def finish():
        result["text"] = field.text()
        print("RESULT " + json.dumps(result))
        app.quit()

    QTimer.singleShot(1500, touch_field)
    QTimer.singleShot(30000, app.quit)
    app.exec()
""")


@pytest.fixture(scope="module")
def xvfb():
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.fail("Xvfb and xdotool are needed (tools/setup.sh installs them)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


def run_child(display: str, choice: str, tmp_path: Path, locale: str = "fr") -> dict:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {k: v for k, v in os.environ.items() if k != "QT_IM_MODULE"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_QUICK_BACKEND="software",
               BORNE_KEYBOARD=choice, BORNE_TEST_LOCALE=locale, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, check=False,
                          text=True, timeout=90, cwd=ROOT)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, done.stderr[-3000:]
    return json.loads(lines[-1].removeprefix("RESULT "))


def test_keyboard_appears_on_touch_and_types_in_french(xvfb, tmp_path):
    result = run_child(xvfb, "virtual", tmp_path)
    assert result["enabled"]
    assert result["before"] is False
    assert result["shown"] is True
    _x, y, width, height = result["rect"]
    assert width == 1280 and height > 200 and y + height <= 800
    assert result["locale"] == "fr_FR"
    assert result["text"] == "a"


def test_no_keyboard_when_a_physical_one_is_there(xvfb, tmp_path):
    result = run_child(xvfb, "physical", tmp_path)
    assert result["enabled"] is False
    assert result["shown"] is False
    assert result["text"] == ""


def test_arabic_layout_when_the_borne_speaks_arabic(xvfb, tmp_path):
    result = run_child(xvfb, "virtual", tmp_path, locale="ar")
    assert result["shown"] is True
    assert result["locale"].startswith("ar")
    assert result["text"] and all("\u0600" <= ch <= "\u06ff" for ch in result["text"])
