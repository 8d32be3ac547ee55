"""Run every benchmark: ``.venv/bin/python bench/run.py [name …]``.

Each ``bench/bench_<name>.py`` has a ``main()`` that prints its figures.
Benchmarks print; they never assert (timing does not belong in tests).
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")
# Benchmarks never touch a real keyring: the tests' in-memory backend.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.memory_keyring.MemoryKeyring")
if os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

HERE = Path(__file__).resolve().parent


def machine() -> str:
    """Describe the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    wanted = set(sys.argv[1:])
    print(f"machine: {machine()}")
    sys.path.insert(0, str(HERE.parent))
    failed: list[str] = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"\n== {name} ==", flush=True)
        try:
            module.main()
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
    if failed:
        raise SystemExit(f"benchmarks that failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
