"""Bar charts drawn on the server as inline SVG: no script, no library, no CDN.

Each chart is decorative for screen readers (``aria-hidden``) because the
same figures are always printed in a table right below it. A hidden cell
is drawn as a dashed outline labelled with its display text ("< 11").
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from kiosk.federation.stats import Row

BAR = "#1f5f99"
HIDDEN = "#6b6b6b"
TEXT = "#1a1a1a"


def _scale(rows: Sequence[Row]) -> int:
    return max([r.value or 0 for r in rows] + [1])


def horizontal(rows: Sequence[Row], width: int = 640) -> Markup:
    """Draw one bar per row, label on the left, figure on the right."""
    label_w, value_w, row_h = 290, 70, 24
    area = width - label_w - value_w
    top = _scale(rows)
    height = row_h * len(rows) + 6
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-hidden="true" focusable="false">'
    ]
    for i, row in enumerate(rows):
        y = 3 + i * row_h
        label = row.label if len(row.label) <= 36 else row.label[:35] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" fill="{TEXT}" '
            f'font-size="13">{escape(label)}</text>'
        )
        if row.value is None:
            parts.append(
                f'<rect x="{label_w}" y="{y + 4}" width="24" height="{row_h - 8}" fill="none" '
                f'stroke="{HIDDEN}" stroke-dasharray="3 2"/>'
            )
            end = label_w + 24
        else:
            bar = round(area * row.value / top)
            parts.append(
                f'<rect x="{label_w}" y="{y + 4}" width="{bar}" height="{row_h - 8}" fill="{BAR}"/>'
            )
            end = label_w + bar
        parts.append(
            f'<text x="{end + 6}" y="{y + 16}" fill="{TEXT}" font-size="13">'
            f"{escape(row.display)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def vertical(rows: Sequence[Row], width: int = 640, height: int = 220) -> Markup:
    """Draw columns (months, hours), label under each, figure above."""
    bottom, top_pad = 28, 22
    area = height - bottom - top_pad
    slot = width / max(len(rows), 1)
    top = _scale(rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-hidden="true" focusable="false">',
        f'<line x1="0" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" '
        f'stroke="{TEXT}"/>',
    ]
    small = len(rows) > 14
    for i, row in enumerate(rows):
        x = i * slot
        centre = x + slot / 2
        bar_w = slot * 0.7
        if row.value is None:
            h = 10
            parts.append(
                f'<rect x="{x + slot * 0.15:.1f}" y="{height - bottom - h}" width="{bar_w:.1f}" '
                f'height="{h}" fill="none" stroke="{HIDDEN}" stroke-dasharray="3 2"/>'
            )
        else:
            h = round(area * row.value / top)
            parts.append(
                f'<rect x="{x + slot * 0.15:.1f}" y="{height - bottom - h}" '
                f'width="{bar_w:.1f}" height="{h}" fill="{BAR}"/>'
            )
        size = 10 if small else 12
        if row.value != 0:
            parts.append(
                f'<text x="{centre:.1f}" y="{height - bottom - h - 5}" text-anchor="middle" '
                f'font-size="{size}" fill="{TEXT}">{escape(row.display)}</text>'
            )
        parts.append(
            f'<text x="{centre:.1f}" y="{height - 9}" text-anchor="middle" font-size="{size}" '
            f'fill="{TEXT}">{escape(row.label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
