"""Memory of a whole process tree: the sum of PSS over a process and its descendants.

``/usr/bin/time -v`` reports the largest process only; QtWebEngine and
Chromium each run several helper processes, and shared pages must be counted
once: PSS (proportional set size) splits every shared page between the
processes that map it, so the sum over the tree is the tree's real share.
"""

from __future__ import annotations

from pathlib import Path

PROC = Path("/proc")


def children_of(pid: int) -> list[int]:
    """Every descendant of ``pid`` (scans /proc once)."""
    parents: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: split after the last ")".
        fields = stat.rsplit(")", 1)[1].split()
        parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found: list[int] = []
    todo = [pid]
    while todo:
        current = todo.pop()
        for child in parents.get(current, []):
            found.append(child)
            todo.append(child)
    return found


def pss_kib(pid: int) -> int:
    """PSS of one process in KiB (0 if it is gone)."""
    try:
        text = (PROC / str(pid) / "smaps_rollup").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def tree_pss_mib(pid: int) -> tuple[float, int]:
    """Sum of PSS over ``pid`` and its descendants (MiB), and how many processes."""
    pids = [pid, *children_of(pid)]
    return sum(pss_kib(p) for p in pids) / 1024, len(pids)
