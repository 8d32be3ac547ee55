"""Side by side: the borne next to the browser-kiosk approach, same run, same machine.

``.venv/bin/python bench/run.py compare`` prints one table:

1. Start → home rendered to a PNG (median of RUNS, each a new process):
   the borne (shipped catalogue, ``kiosk.app.build`` as ``kiosk run`` does,
   first paint then ``grab()`` saved), a bare PySide6 window with as many
   push buttons, and headless Chromium and Firefox ESR showing an equivalent
   static HTML tile page (bench/tilepage.py) with ``--screenshot`` and a new
   profile each time. Ratios against the borne.
2. Next person: the borne's end of session → home ready (bench_reset.py, a
   real login, storage and a PDF first) vs what a browser kiosk does to wipe
   a session: kill the browser, delete its profile, start it again with a new
   one until the service page is shown (a demo page, screenshot written).
3. Memory of the whole process tree (sum of PSS, bench/procmem.py) with one
   demo service page loaded: the borne vs headless Chromium and Firefox ESR
   on the same page.

Browsers are found on PATH (``chromium``, ``firefox-esr``); a missing one is
reported as such in the table. Offscreen Qt, headless browsers: no GPU.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_startup import _env  # noqa: E402  (same child environment as bench_startup)
from firstpaint import BARE_WINDOW, BORNE_WINDOW, child  # noqa: E402
from procmem import tree_pss_mib  # noqa: E402
from tilepage import write_tile_page  # noqa: E402

from kiosk.demo.server import DemoServer  # noqa: E402

RUNS = 5
SIZE = (1280, 800)
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", f"--window-size={SIZE[0]},{SIZE[1]}",
]

#: After the first paint: the window written to the PNG file given first; prints "png <tiles>".
PNG_DONE = """
def done():
    window.grab().save(sys.argv[1], "PNG")
    print("png", tiles, flush=True)
    os._exit(0)
"""

#: Child: the borne's home, first paint, then the PNG written.
BORNE = child(BORNE_WINDOW, PNG_DONE, watched="window.home")

#: Child: a bare QMainWindow with N push buttons, first paint, PNG written.
BARE = child(BARE_WINDOW, PNG_DONE, watched="central")

#: Child: the borne on the demo, CAF tile opened and loaded; prints "ready", then waits.
BORNE_PAGE = textwrap.dedent(
    """
    import sys, time
    from kiosk import app as A
    from kiosk.ui import screenshot as shots

    qapp = A.application()
    borne = A.build(A.Options(demo=True, demo_port=0), qapp)
    window = borne.window
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    window.open_tile("caf")
    page = window.session.page
    assert shots.wait_for(page.loadFinished, 30_000)
    shots.settle(1500)
    print("ready", flush=True)
    sys.stdin.readline()
    borne.close()
    """
)


def _png_complete(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(-12, os.SEEK_END)
            return handle.read().endswith(b"IEND\xaeB`\x82")
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(30)


def time_until_png(command: list[str], out: Path, env: dict[str, str] | None = None) -> float:
    """Seconds from process start until ``out`` is a complete PNG; the process is then ended."""
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env, cwd=ROOT, start_new_session=True)
    try:
        deadline = start + 120
        while not _png_complete(out):
            if time.perf_counter() > deadline or (process.poll() not in (None, 0)):
                raise RuntimeError(f"no screenshot from {command[0]}")
            time.sleep(0.002)
        return time.perf_counter() - start
    finally:
        _stop(process)


def chromium_shot(url: str, out: Path, profile: Path) -> list[str]:
    return ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={out}", url]


def firefox_shot(url: str, out: Path, profile: Path) -> list[str]:
    return ["firefox-esr", "--headless", "--no-remote", "--profile", str(profile),
            "--window-size", f"{SIZE[0]},{SIZE[1]}", "--screenshot", str(out), url]


def median_ms(measure: Callable[[], float]) -> float:
    measure()  # warm the file cache
    return statistics.median(measure() for _ in range(RUNS)) * 1000


def fresh_profile(work: Path) -> Path:
    """What a browser kiosk does between two people: delete the profile, make a new one."""
    profile = work / "profil"
    shutil.rmtree(profile, ignore_errors=True)
    profile.mkdir()
    return profile


def browser_row(name: str, binary: str, make: Callable[[str, Path, Path], list[str]],
                url: str, work: Path) -> float | None:
    if shutil.which(binary) is None:
        print(f"    {name}: {binary} not installed (tools/setup.sh installs it)")
        return None
    out = work / f"{binary}.png"
    return median_ms(lambda: time_until_png(make(url, out, fresh_profile(work)), out))


def ratio(value: float | None, ours: float) -> str:
    return "    -" if value is None else f"{value / ours:5.2f}"


def start_to_home(work: Path) -> None:
    page, tiles = write_tile_page(work)
    env = _env()
    out = work / "qt.png"
    ours = median_ms(lambda: time_until_png([sys.executable, "-c", BORNE, str(out)], out, env))
    bare = median_ms(lambda: time_until_png([sys.executable, "-c", BARE, str(out), str(tiles)],
                                            out, env))
    chromium = browser_row("Chromium", "chromium", chromium_shot, page.as_uri(), work)
    firefox = browser_row("Firefox ESR", "firefox-esr", firefox_shot, page.as_uri(), work)
    print(f"1. start -> home rendered to PNG, {tiles} tiles, median of {RUNS} "
          "(ratio = other / borne)")
    print("   what                              ms   ratio")
    for label, value in (("borne (kiosk.app.build)", ours), ("bare PySide6 window", bare),
                         ("Chromium, HTML tile page", chromium),
                         ("Firefox ESR, HTML tile page", firefox)):
        shown = "not run" if value is None else f"{value:6.0f}"
        print(f"   {label:<28} {shown:>8}   {ratio(value, ours)}")


def next_person(work: Path, demo_url: str) -> None:
    reset = subprocess.run([sys.executable, str(HERE / "run.py"), "reset"], cwd=ROOT,
                           env=_env(), capture_output=True, text=True, timeout=600, check=False)
    found = re.search(r"end → home ready, median of \d+: ([0-9.]+) ms", reset.stdout)
    ours = float(found.group(1)) if found else None
    chromium = browser_row("Chromium", "chromium", chromium_shot, demo_url, work)
    firefox = browser_row("Firefox ESR", "firefox-esr", firefox_shot, demo_url, work)
    print("2. next person: borne wipe vs browser restarted on a new profile "
          "(until the service page is shown)")
    print("   what                              ms   ratio")
    if ours is None:
        print("   borne: bench_reset failed:", reset.stderr[-500:])
        return
    for label, value in (("borne end -> home ready", ours),
                         ("Chromium kill + new profile", chromium),
                         ("Firefox ESR kill + new profile", firefox)):
        shown = "not run" if value is None else f"{value:6.1f}"
        print(f"   {label:<30} {shown:>6}   {ratio(value, ours)}")


def _settled_pss(process: subprocess.Popen[bytes], settle_s: float) -> tuple[float, int]:
    time.sleep(settle_s)
    return tree_pss_mib(process.pid)


def memory(work: Path, demo: DemoServer) -> None:
    demo_url = demo.url("caf", "/")
    rows: list[tuple[str, float, int]] = []
    ours = subprocess.Popen([sys.executable, "-c", BORNE_PAGE], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(),
                            cwd=ROOT, start_new_session=True)
    try:
        assert ours.stdout is not None
        if ours.stdout.readline().strip() == b"ready":
            rows.append(("borne, CAF demo page", *_settled_pss(ours, 1.0)))
    finally:
        _stop(ours)
    for label, binary, command in (
        ("Chromium, same page", "chromium",
         ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={fresh_profile(work)}", demo_url]),
        ("Firefox ESR, same page", "firefox-esr",
         ["firefox-esr", "--headless", "--no-remote", "--profile", str(fresh_profile(work)),
          demo_url]),
    ):
        if shutil.which(binary) is None:
            continue
        demo.clear_requests()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   cwd=ROOT, start_new_session=True)
        try:
            mib, count = _settled_pss(process, 6.0)
        finally:
            _stop(process)
        if "/" in demo.requests_for("caf"):  # the page really was loaded
            rows.append((label, mib, count))
        else:
            print(f"   {label}: the page did not load, no figure")
    print("3. memory of the whole process tree (sum of PSS), one demo page loaded")
    print("   what                          MiB  processes  ratio")
    base = rows[0][1] if rows else 1.0
    for label, mib, count in rows:
        print(f"   {label:<26} {mib:6.0f}  {count:9d}  {mib / base:5.2f}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as folder, DemoServer() as demo:
        work = Path(folder)
        demo_url = demo.url("caf", "/")
        start_to_home(work)
        next_person(work, demo_url)
        memory(work, demo)


if __name__ == "__main__":
    main()
