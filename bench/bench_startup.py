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
import time
from pathlib import Path

from firstpaint import BARE_WINDOW, BORNE_WINDOW, child

RUNS = 7
ROOT = Path(__file__).resolve().parent.parent

#: After the first paint: print "painted <tiles>", then what kiosk run does next (the
#: sessions work in slices, QtWebEngine at 1.5 s) under a 2 ms heartbeat on the GUI
#: thread that measures its longest busy slice.
BORNE_DONE = """
import time
from PySide6.QtCore import QTimer
from kiosk.ui.webengine import BrowserSessionFactory

keep = []


def done():
    print("painted", tiles, flush=True)
    painted = time.perf_counter()
    beats = [painted]
    gaps = {"wiring": 0.0, "preload": 0.0}

    def beat():
        now = time.perf_counter()
        phase = "wiring" if now - painted < 1.45 else "preload"
        gaps[phase] = max(gaps[phase], now - beats[-1])
        beats.append(now)
        if borne.finished and "finished" not in gaps:
            gaps["finished"] = now - painted
        if now - painted > 3.0:
            print("finished", gaps.get("finished", 0.0), flush=True)
            print("slices", gaps["wiring"], gaps["preload"], flush=True)
            os._exit(0)

    heart = QTimer()
    heart.timeout.connect(beat)
    heart.start(2)
    keep.append(heart)
    borne.finish_in_slices()
    QTimer.singleShot(1500, BrowserSessionFactory.preload)
"""

#: Child printing "painted <tiles>" once the home screen's first paint is done.
BORNE = child(BORNE_WINDOW, BORNE_DONE, watched="window.home")

#: The same, with nothing but QtWidgets: a window and N push buttons in a grid.
BARE = child(BARE_WINDOW, """
def done():
    print("painted", tiles, flush=True)
    os._exit(0)
""", watched="central")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")
    env["BORNE_CONFIG"] = "/nonexistent/borne.toml"  # shipped defaults
    if os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    return env


def _compile_package() -> None:
    """Write the package's bytecode, as an installed borne has it (pip/dpkg compile it).

    Without it (PYTHONDONTWRITEBYTECODE, a fresh checkout) every child would
    compile kiosk/ from source while the bare window only loads compiled code.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kiosk")],
                   check=True, stdout=subprocess.DEVNULL)


def _time_child(script: str, *args: str) -> tuple[float, int, list[float]]:
    """Seconds to "painted", tiles, then the wiring's seconds and longest GUI slices."""
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
    after = [float(x) for row in rest.splitlines() if row.startswith(("finished", "slices"))
             for x in row.split()[1:]]
    return elapsed, int(line.split()[1]), after or [0.0, 0.0, 0.0]


def bench_home() -> None:
    borne_times: list[float] = []
    bare_times: list[float] = []
    after: list[list[float]] = []
    tiles = 0
    _compile_package()
    _time_child(BORNE)  # warm the file cache for both
    for _ in range(RUNS):
        elapsed, tiles, wiring = _time_child(BORNE)
        borne_times.append(elapsed)
        after.append(wiring)
        bare_times.append(_time_child(BARE, str(tiles))[0])
    borne, bare = statistics.median(borne_times), statistics.median(bare_times)
    print(f"(a) process start -> home painted, {tiles} tiles, median of {RUNS}:")
    print(f"    borne home screen : {borne * 1000:7.0f} ms")
    print(f"    bare PySide6 window: {bare * 1000:7.0f} ms")
    print(f"    ratio              : {borne / bare:7.2f} x  (target <= 1.5 x)")
    finished, wiring, preload = (statistics.median(x) * 1000 for x in zip(*after, strict=True))
    print(f"    then sessions work wired after the paint: {finished:.0f} ms")
    print(f"    longest GUI-thread slice meanwhile      : {wiring:.0f} ms  (target <= ~100 ms)")
    print(f"    longest slice of QtWebEngine's preload  : {preload:.0f} ms  (at 1.5 s)")


def bench_tile() -> None:
    from kiosk import app as kiosk_app
    from kiosk.ui import screenshot as shots

    qapp = kiosk_app.application()
    borne = kiosk_app.build(kiosk_app.Options(demo=True, demo_port=0), qapp)
    window = borne.window
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    shots.settle(200)
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
                if page is None or not shots.wait_for(page.loadFinished, 30_000):
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
