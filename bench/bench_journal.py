"""Journal figures: the cost of record() seen from the GUI thread, a year of
sessions counted into cells, and the start-up cost of open().

Run: .venv/bin/python bench/run.py journal
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.journal import Journal
from kiosk.models import repository
from tests.helpers.journal_facts import KNOWN, assisted, autonomous

YEAR_START = datetime(2026, 1, 1, 8)
TILES = ("caf", "ameli", "impots", "ants", "webmail")


def _facts(rng: random.Random, day: datetime):
    started = day.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59))
    tiles = tuple(rng.sample(TILES, rng.randint(1, 3)))
    if rng.random() < 0.2:
        return assisted(
            started,
            *tiles,
            duration_s=rng.uniform(300, 5400),
            tranche_age=rng.choice(["non_communique", "soixante_dix_plus"]),
        )
    return autonomous(
        started,
        *tiles,
        duration_s=rng.uniform(20, 2400),
        pages_printed=rng.randint(0, 4),
        feedback=rng.choice([None, "oui", "non"]),
        urls_visited=("https://www.caf.fr/allocataires",),
    )


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def bench_record(folder: Path) -> None:
    rng = random.Random(1)
    journal = Journal(folder / "record.sqlite3", known_organismes=KNOWN, clock=lambda: YEAR_START)
    journal.open()
    facts = [_facts(rng, YEAR_START + timedelta(days=i % 28)) for i in range(10_000)]
    timings = []
    for item in facts:
        start = time.perf_counter_ns()
        journal.record(item)
        timings.append((time.perf_counter_ns() - start) / 1e6)
    start = time.perf_counter()
    journal.flush(timeout=120)
    drained = time.perf_counter() - start
    journal.close()
    print(
        f"record() seen from the caller, 10,000 calls: p50 {_percentile(timings, 0.5):.3f} ms, "
        f"p99 {_percentile(timings, 0.99):.3f} ms, max {max(timings):.2f} ms"
    )
    print(f"writer thread caught up {drained:.2f} s after the last call")


def bench_year(folder: Path) -> None:
    rng = random.Random(2)
    path = folder / "year.sqlite3"
    journal = Journal(path, known_organismes=KNOWN, clock=lambda: YEAR_START)
    journal.open()
    start = time.perf_counter()
    for index in range(50_000):  # in time order, as a borne would write them
        journal.record(_facts(rng, YEAR_START + timedelta(days=index * 365 // 50_000)))
        if index % 5_000 == 4_999:
            journal.flush(timeout=300)
    journal.flush(timeout=300)
    filled = time.perf_counter() - start
    engine = journal._engine  # the bench reaches inside on purpose
    assert engine is not None
    compute, write, cpu = [], [], []
    for _ in range(5):
        with engine.connect() as connection, connection.begin():
            connection.exec_driver_sql("DELETE FROM stat_cell")
            t0, c0 = time.perf_counter(), time.thread_time()
            cells = repository.compute_cells(connection, None)
            t1 = time.perf_counter()
            written = repository.store_cells(connection, None, cells, "bench")
            t2, c2 = time.perf_counter(), time.thread_time()
        compute.append((t1 - t0) * 1000)
        write.append((t2 - t1) * 1000)
        cpu.append((c2 - c0) * 1000)
    with engine.connect() as connection:
        day_times = []
        for offset in range(0, 365, 30):
            day = date(2026, 1, 1) + timedelta(days=offset)
            t0 = time.perf_counter()
            with connection.begin():
                repository.store_cells(
                    connection, [day], repository.compute_cells(connection, [day]), "bench"
                )
            day_times.append((time.perf_counter() - t0) * 1000)
    journal.close()
    size = path.stat().st_size / 1e6
    print(
        f"a year: 50,000 sessions written through record() in {filled:.1f} s "
        f"({50_000 / filled:.0f} sessions/s, cells recomputed per batch), file {size:.1f} MB"
    )
    print(
        f"50,000 sessions -> {len(cells):,} cells: counting {statistics.median(compute):.0f} ms, "
        f"writing {written:,} cells {statistics.median(write):.0f} ms "
        f"(median of 5; total {statistics.median(compute) + statistics.median(write):.0f} ms "
        f"wall clock, {statistics.median(cpu):.0f} ms of CPU)"
    )
    print(
        f"recomputing one day (what the writer does per batch): "
        f"median {statistics.median(day_times):.1f} ms"
    )
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        again = Journal(path, known_organismes=KNOWN, clock=lambda: YEAR_START)
        again.open()
        timings.append((time.perf_counter() - start) * 1000)
        again.close()
    print(
        f"open() of that {size:.0f} MB file (integrity quick_check included): "
        f"median {statistics.median(timings):.0f} ms"
    )


def bench_open(folder: Path) -> None:
    path = folder / "open.sqlite3"
    start = time.perf_counter()
    first = Journal(path, known_organismes=KNOWN)
    first.open()
    created = time.perf_counter() - start
    first.close()
    timings = []
    for _ in range(20):
        start = time.perf_counter()
        journal = Journal(path, known_organismes=KNOWN)
        journal.open()
        timings.append((time.perf_counter() - start) * 1000)
        journal.close()
    print(f"open() creating the file (migrations run): {created * 1000:.0f} ms")
    print(
        f"open() at start-up, no migration needed: median {statistics.median(timings):.1f} ms, "
        f"max {max(timings):.1f} ms (20 runs)"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bench_open(folder)
        bench_record(folder)
        bench_year(folder)


if __name__ == "__main__":
    main()
