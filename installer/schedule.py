"""Print the power-off and wake times the installer writes into the timer.

Usage: ``python3 installer/schedule.py [/etc/borne/borne.toml]`` prints
``HH:MM HH:MM`` (power off, wake up) from ``[session] closes_at`` and
``opens_at``, read by :func:`kiosk.config.load_settings` (run with the source
tree on ``PYTHONPATH``). Problems in the file are reported on stderr and the
defaults are used, as the borne itself does.
"""

from __future__ import annotations

import sys
from datetime import datetime, time, timedelta
from pathlib import Path

from kiosk.config import load_settings

#: Power off this long after the accueil closes (a last visitor may finish).
AFTER_CLOSE = timedelta(minutes=15)
#: Wake this long before it opens (an old PC takes a while to boot).
BEFORE_OPEN = timedelta(minutes=10)


def shifted(moment: time, delta: timedelta) -> str:
    """Return ``moment + delta`` as ``HH:MM``, wrapping around midnight."""
    day = datetime(2000, 1, 1, moment.hour, moment.minute)
    return (day + delta).strftime("%H:%M")


def main(argv: list[str]) -> int:
    """Print ``poweroff wake`` for the settings file named in ``argv``."""
    loaded = load_settings(Path(argv[1]) if len(argv) > 1 else None)
    for problem in loaded.problems:
        print(f"{problem.file}:{problem.line}: {problem.key}: {problem.message}", file=sys.stderr)
    session = loaded.settings.session
    print(shifted(session.closes_at, AFTER_CLOSE), shifted(session.opens_at, -BEFORE_OPEN))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
