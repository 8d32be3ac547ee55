"""Staff figures: the cost of one PIN check (scrypt, N = 2**15) seen from the GUI
thread, and of refreshing the panel's month of figures from a busy journal.

Run: .venv/bin/python bench/run.py staff
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.memory_keyring.MemoryKeyring")

from kiosk import pin
from kiosk.catalogue import ORGANISMES
from kiosk.journal import Journal, SessionFacts
from kiosk.staff import AccompanimentStart, ClosingForm, assisted_facts
from kiosk.staff_figures import Period, figures, period_bounds

TILES = ("caf", "ameli", "impots", "ants", "france_travail", "msa")


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.1f} ms, max {max(samples) * 1000:.1f} ms"


def bench_pin(folder: Path) -> None:
    stored = pin.hash_pin("482916")
    checks = []
    for _ in range(10):
        start = time.perf_counter()
        pin.verify_pin("482916", stored)
        checks.append(time.perf_counter() - start)
    print(f"pin: one scrypt check (N=2**{pin.SCRYPT_LOG_N}, r=8, p=1): {_ms(checks)}")
    guard = pin.PinGuard(folder / "pin-attempts.json")
    guard.replace("482916", "482916")
    wrong = []
    for _ in range(pin.FREE_ATTEMPTS):
        start = time.perf_counter()
        guard.check("000001")
        wrong.append(time.perf_counter() - start)
    print(f"pin: wrong code incl. keyring read and atomic count write: {_ms(wrong)}")
    guard.reset()


def bench_figures(folder: Path) -> None:
    today = date(2026, 11, 28)
    clock = datetime(2026, 11, 28, 18)
    journal = Journal(folder / "journal.sqlite3", known_organismes=frozenset(ORGANISMES),
                      clock=lambda: clock)
    journal.open()
    rng = random.Random(7)
    per_day = 80
    helped = assisted_facts(AccompanimentStart("accueil"), ClosingForm("oui", "autonome"))
    for offset in range(28):
        day = datetime(2026, 11, 1) + timedelta(days=offset)
        for _ in range(per_day):
            tile = rng.choice(TILES)
            journal.record(SessionFacts(
                day.replace(hour=rng.randint(8, 18)), rng.uniform(60, 3600), "autonome",
                (tile,), {tile: tile}, {}, assisted=helped if rng.random() < 0.25 else None))
    journal.flush(timeout=120)
    refresh = []
    for _ in range(10):
        start = time.perf_counter()
        first, last = period_bounds(Period.MONTH, today)
        figures(journal.totals(first, last), first, last)
        refresh.append(time.perf_counter() - start)
    journal.close()
    print(f"figures: month with {28 * per_day} sessions, totals + series: {_ms(refresh)}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bench_pin(Path(folder))
        bench_figures(Path(folder))


if __name__ == "__main__":
    main()
