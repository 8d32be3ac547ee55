"""Statistical secrecy: what a small count must not reveal.

Centre level (the INSEE rule): a count from 1 to 10 is shown as "< 11"
(primary suppression). When a table would then have exactly one hidden
cell, its value could be recomputed from the total, so the smallest other
non-zero cell is hidden too (secondary suppression). Zeros are shown.

Across centres (département, federation): a figure is published only when
at least :data:`MIN_CENTRES` centres contribute to it, and never when
exactly one of its contributors is hidden at centre level (the others being
visible, subtraction would give it back). The same secondary rule then
applies inside the group's table.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
C = TypeVar("C", bound=Hashable)

SMALL = 10
MIN_CENTRES = 3


def is_small(value: int) -> bool:
    """Tell whether a count falls under primary suppression (1 to 10)."""
    return 1 <= value <= SMALL


def _secondary(values: Mapping[K, int], hidden: set[K]) -> set[K]:
    """Hide one more cell while exactly one is hidden and another can be hidden."""
    if len(hidden) != 1:
        return hidden
    candidates = [k for k, v in values.items() if k not in hidden and v > 0]
    if candidates:
        hidden = hidden | {min(candidates, key=lambda k: (values[k], str(k)))}
    return hidden


def protect_centre(values: Mapping[K, int]) -> dict[K, int | None]:
    """Return the table to show for one centre: ``None`` marks a hidden cell.

    Args:
        values: One table: code (or month) → count. Its margin (the total of
            sessions) is protected on its own, as a one-cell table.
    """
    hidden = _secondary(values, {k for k, v in values.items() if is_small(v)})
    return {k: (None if k in hidden else v) for k, v in values.items()}


def protect_group(
    per_centre: Mapping[C, Mapping[K, int]], keys: list[K] | None = None
) -> dict[K, int | None]:
    """Return the table to show for a group of centres (``None`` = secret).

    Args:
        per_centre: Centre → (code → count) for the same table.
        keys: Codes to report (default: every code seen).
    """
    codes: list[K] = (
        keys
        if keys is not None
        else sorted({k for table in per_centre.values() for k in table}, key=str)
    )
    protected = {c: protect_centre(table) for c, table in per_centre.items()}
    sums: dict[K, int] = {}
    hidden: set[K] = set()
    for code in codes:
        contributors = [c for c, table in per_centre.items() if table.get(code, 0) > 0]
        sums[code] = sum(per_centre[c].get(code, 0) for c in contributors)
        hidden_at_centre = [c for c in contributors if protected[c].get(code) is None]
        if sums[code] and (len(contributors) < MIN_CENTRES or len(hidden_at_centre) == 1):
            hidden.add(code)
    hidden = _secondary(sums, hidden)
    return {k: (None if k in hidden else sums[k]) for k in codes}
