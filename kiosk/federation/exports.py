"""CSV and ODS exports of a view, in the national codes with their labels.

The same protected tables as the page: a hidden cell is written as its
display text ("< 11" or "secret"), never as its value. The ODS file is
written by hand (a zip of three XML files), no library needed.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from xml.sax.saxutils import escape

from kiosk.federation.stats import Table, View
from kiosk.sync.protocol import DIMENSIONS, METRICS

COLUMNS = (
    "niveau",
    "perimetre",
    "annee",
    "mesure",
    "mesure_libelle",
    "ventilation",
    "ventilation_libelle",
    "code",
    "libelle",
    "valeur",
)


def rows(view: View) -> Iterator[tuple[str, str, int, str, str, str, str, str, str, int | str]]:
    """Yield one line per published cell of the view (header excluded)."""
    if not view.published:
        return
    total = Table("sessions", "total", DIMENSIONS["total"].label, (view.total,))
    for table in (total, view.months, *view.tables):
        for row in table.rows:
            value: int | str = row.display if row.value is None else row.value
            yield (
                view.level,
                view.title,
                view.year,
                table.metric,
                METRICS[table.metric][0],
                table.dimension,
                table.title,
                row.code,
                row.label,
                value,
            )


def to_csv(view: View) -> bytes:
    """Return the view as CSV (UTF-8 with BOM, ``;`` separated, for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(view))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" \
manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

_CONTENT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="{name}">
"""
_CONTENT_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>\n"


def _cell(value: int | str) -> str:
    if isinstance(value, int):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
        "</table:table-cell>"
    )


def to_ods(view: View) -> bytes:
    """Return the view as an OpenDocument spreadsheet."""
    lines = [_CONTENT_HEAD.format(name=escape(f"Chiffres {view.year}", {'"': "&quot;"}))]
    table: list[tuple[int | str, ...]] = [COLUMNS, *rows(view)]
    for line in table:
        lines.append("<table:table-row>" + "".join(_cell(v) for v in line) + "</table:table-row>")
    lines.append(_CONTENT_TAIL)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("META-INF/manifest.xml", _MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", "".join(lines), compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
