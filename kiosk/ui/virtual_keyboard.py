"""Qt Virtual Keyboard, only when the borne has no physical keyboard.

Qt chooses its input method when the QApplication is created, so
:func:`configure_environment` must run before it (app.py, first thing).
The keyboard follows the borne's locale (French AZERTY by default, Arabic
when Arabic is chosen). ``BORNE_KEYBOARD=virtual|physical|auto`` overrides
the detection (``auto`` by default).

Detection reads ``/proc/bus/input/devices``: a keyboard is a device whose
handlers include ``kbd`` and which reports key repeat (``EV`` bit 20) and
letter keys, so power buttons, lids and remote controls do not count.
"""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping
from pathlib import Path

from PySide6.QtGui import QGuiApplication

log = logging.getLogger("init")

ENV_CHOICE = "BORNE_KEYBOARD"
INPUT_DEVICES = Path("/proc/bus/input/devices")
IM_MODULE = "qtvirtualkeyboard"

_EV_KEY = 1
_EV_REP = 20
_KEY_Q = 16  # Linux keycodes: KEY_Q = 16 … KEY_P = 25, KEY_A = 30 …
_KEY_A = 30


def _bits(words: str) -> int:
    """Join a /proc bitmap ("120013" or "3 0 0 fffffff") into one integer."""
    value = 0
    for word in words.split():
        value = (value << 64) | int(word, 16)
    return value


def physical_keyboard_present(devices_text: str) -> bool:
    """Whether ``/proc/bus/input/devices`` lists a real letter keyboard."""
    for block in devices_text.split("\n\n"):
        handlers = ev = keys = ""
        for line in block.splitlines():
            if line.startswith("H: Handlers="):
                handlers = line.split("=", 1)[1]
            elif line.startswith("B: EV="):
                ev = line.split("=", 1)[1]
            elif line.startswith("B: KEY="):
                keys = line.split("=", 1)[1]
        if "kbd" not in handlers.split() or not ev or not keys:
            continue
        events, key_bits = _bits(ev), _bits(keys)
        has_letters = bool(key_bits >> _KEY_Q & 1) and bool(key_bits >> _KEY_A & 1)
        if events >> _EV_KEY & 1 and events >> _EV_REP & 1 and has_letters:
            return True
    return False


def wants_virtual_keyboard(choice: str, devices_text: str) -> bool:
    """Decide from ``BORNE_KEYBOARD`` and the input devices."""
    if choice == "virtual":
        return True
    if choice == "physical":
        return False
    return not physical_keyboard_present(devices_text)


def configure_environment(
    environ: MutableMapping[str, str] | None = None, devices: Path = INPUT_DEVICES
) -> bool:
    """Set ``QT_IM_MODULE`` for the virtual keyboard when needed.

    Call before the QApplication exists. An input method the environment
    already chose is kept.

    Returns:
        Whether the virtual keyboard is enabled.
    """
    env = os.environ if environ is None else environ
    try:
        text = devices.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    wanted = wants_virtual_keyboard(env.get(ENV_CHOICE, "auto").strip().lower(), text)
    if wanted:
        env.setdefault("QT_IM_MODULE", IM_MODULE)
    log.info("virtual keyboard: %s", "on" if wanted else "off")
    return wanted and env.get("QT_IM_MODULE") == IM_MODULE


def keyboard_visible() -> bool:
    """Whether the input method (the virtual keyboard) is shown now."""
    method = QGuiApplication.inputMethod()
    return method is not None and method.isVisible()
