"""Export the daily cells as CSV or ODS, with national codes and French labels.

Columns (documented in docs/statistiques.md): ``jour``, ``indicateur``,
``dimension``, ``code``, ``libelle``, ``valeur``, ``version_vocabulaire``.
The ODS file is written by hand (a zip holding ``mimetype``, the manifest
and ``content.xml``): no extra dependency. Files are written to a temporary
name and renamed, so an interrupted export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from kiosk import stats
from kiosk.models.records import Cell
from kiosk.vocabulary import Vocabulary

COLUMNS: tuple[str, ...] = (
    "jour",
    "indicateur",
    "dimension",
    "code",
    "libelle",
    "valeur",
    "version_vocabulaire",
)
FORMATS: tuple[str, ...] = ("csv", "ods")
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"

#: One exported line: (jour, indicateur, dimension, code, libellé, valeur, version).
Row = tuple[str, str, str, str, str, int, str]


def rows(cells: Iterable[Cell], vocabulary: Vocabulary) -> list[Row]:
    """Turn cells into export lines, ordered by day, indicator, dimension, code."""
    lines = [
        (
            cell.day.isoformat(),
            cell.metric,
            cell.dimension,
            cell.code,
            stats.label(vocabulary, cell.dimension, cell.code),
            cell.value,
            cell.vocabulary_version,
        )
        for cell in cells
    ]
    return sorted(lines, key=lambda row: row[:4])


def csv_text(lines: Sequence[Row]) -> str:
    """Return the CSV document (UTF-8 text, comma, header line first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(lines)
    return buffer.getvalue()


def _cell_xml(value: object, kind: str) -> str:
    if kind == "float":
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if kind == "date":
        return (
            f'<table:table-cell office:value-type="date" office:date-value={quoteattr(str(value))}>'
            f"<text:p>{escape(str(value))}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
        "</table:table-cell>"
    )


def ods_content(lines: Sequence[Row]) -> str:
    """Return ``content.xml`` of a one-sheet spreadsheet holding the lines."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">',
        '<office:body><office:spreadsheet><table:table table:name="Statistiques">',
        f'<table:table-column table:number-columns-repeated="{len(COLUMNS)}"/>',
        "<table:table-row>",
        *(_cell_xml(name, "string") for name in COLUMNS),
        "</table:table-row>",
    ]
    kinds = ("date", "string", "string", "string", "string", "float", "string")
    for line in lines:
        out.append("<table:table-row>")
        out.extend(_cell_xml(value, kind) for value, kind in zip(line, kinds, strict=True))
        out.append("</table:table-row>")
    out.append("</table:table></office:spreadsheet></office:body></office:document-content>")
    return "".join(out)


_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2"'
    f' manifest:media-type="{ODS_MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods_bytes(lines: Sequence[Row]) -> bytes:
    """Return the ODS file: ``mimetype`` first and uncompressed, as the format asks."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), ODS_MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", ods_content(lines), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def write_export(cells: Iterable[Cell], vocabulary: Vocabulary, fmt: str, out: Path) -> int:
    """Write the cells to ``out`` in ``fmt`` (``csv`` or ``ods``).

    Returns:
        The number of data lines written.

    Raises:
        ValueError: for an unknown format.
        OSError: when the file cannot be written (the old file, if any, is kept).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format inconnu : {fmt} (csv ou ods)")
    lines = rows(cells, vocabulary)
    data = csv_text(lines).encode("utf-8") if fmt == "csv" else ods_bytes(lines)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(lines)
