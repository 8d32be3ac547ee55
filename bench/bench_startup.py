"""Start-up of the borne: (a) process start → home painted, next to a bare
PySide6 window with as many plain buttons, in the same run; (b) tile touched
→ demo page loaded, with a fresh off-the-record profile each time.

``.venv/bin/python bench/run.py startup`` (offscreen). Prints medians.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

RUNS = 7
ROOT = Path(__file__).resolve().parent.parent

#: Child printing "painted <tiles>" once the home screen's first paint is done.
BORNE = textwrap.dedent(
    """
    import os
    import time
    from kiosk import app as A
    from PySide6.QtCore import QEvent, QObject, QTimer

    start = time.perf_counter()
    qapp = A.application()
    borne = A.build(A.Options(), qapp, defer_sessions=True)  # as kiosk run does
    window = borne.window
    tiles = len(window.home.tile_buttons)

    def done():
        print("painted", tiles, flush=True)
        painted = time.perf_counter()
        borne.finish()  # what kiosk run does next, while nobody touches yet
        print("finished", time.perf_counter() - painted, flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, done)
            return False

    spy = FirstPaint()
    window.home.installEventFilter(spy)
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    qapp.exec()
    """
)

#: The same, with nothing but QtWidgets: a window and N push buttons in a grid.
BARE = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QGridLayout, QMainWindow, QPushButton, QWidget

    tiles = int(sys.argv[1])
    qapp = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    grid = QGridLayout(central)
    for index in range(tiles):
        grid.addWidget(QPushButton(f"Service {index}"), index // 4, index % 4)
    window.setCentralWidget(central)

    def done():
        print("painted", tiles, flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, done)
            return False

    spy = FirstPaint()
    central.installEventFilter(spy)
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    qapp.exec()
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")
    env["BORNE_CONFIG"] = "/nonexistent/borne.toml"  # shipped defaults
    if os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    return env


def _time_child(script: str, *args: str) -> tuple[float, int, float]:
    """Seconds from process start to "painted", tiles, seconds of the deferred wiring."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=_env(), cwd=ROOT,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    rest, errors = child.communicate(timeout=120)
    if not line.startswith("painted"):
        raise RuntimeError(f"child failed: {errors[-1500:]}")
    finished = next((x for x in rest.splitlines() if x.startswith("finished")), "finished 0")
    return elapsed, int(line.split()[1]), float(finished.split()[1])


def bench_home() -> None:
    borne_times: list[float] = []
    bare_times: list[float] = []
    finish_times: list[float] = []
    tiles = 0
    _time_child(BORNE)  # warm the file cache for both
    for _ in range(RUNS):
        elapsed, tiles, finished = _time_child(BORNE)
        borne_times.append(elapsed)
        finish_times.append(finished)
        bare_times.append(_time_child(BARE, str(tiles))[0])
    borne, bare = statistics.median(borne_times), statistics.median(bare_times)
    print(f"(a) process start -> home painted, {tiles} tiles, median of {RUNS}:")
    print(f"    borne home screen : {borne * 1000:7.0f} ms")
    print(f"    bare PySide6 window: {bare * 1000:7.0f} ms")
    print(f"    ratio              : {borne / bare:7.2f} x  (target <= 1.5 x)")
    print(f"    then sessions work wired after the paint: "
          f"{statistics.median(finish_times) * 1000:.0f} ms")


def bench_tile() -> None:
    from kiosk import app as kiosk_app

    qapp = kiosk_app.application()
    borne = kiosk_app.build(kiosk_app.Options(demo=True, demo_port=0), qapp)
    window = borne.window
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    kiosk_app.settle(200)
    fresh: list[float] = []
    warm: list[float] = []
    try:
        for _ in range(RUNS):
            for timings in (fresh, warm):  # new profile, then same session again
                if timings is warm:
                    window.show_home()
                start = time.perf_counter()
                window.open_tile("caf")
                page = window.session.page if window.session else None
                if page is None or not kiosk_app.wait_for(page.loadFinished, 30_000):
                    raise RuntimeError("demo page did not load")
                timings.append(time.perf_counter() - start)
            window.end_session()
    finally:
        borne.close()
    print("(b) tile touched -> demo page loaded:")
    print(f"    first touch after start (Chromium starts): {fresh[0] * 1000:6.0f} ms")
    print(f"    median of {RUNS}:")
    print(f"    new session (fresh profile + renderer): {statistics.median(fresh) * 1000:6.0f} ms")
    print(f"    same session, tile again             : {statistics.median(warm) * 1000:6.0f} ms")


def main() -> None:
    bench_home()
    bench_tile()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    sys.path.insert(0, str(ROOT))
    main()
