"""Small files the demo sites serve, built in pure Python (no dependency).

A two-page PDF, a PNG picture, a looping WAV sound, a ZIP archive and a
fake Windows program (the last two exist so the borne can refuse them).
"""

from __future__ import annotations

import io
import math
import struct
import zipfile
import zlib
from collections.abc import Sequence

PDF_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _pdf_string(text: str) -> bytes:
    """Encode ``text`` as a PDF literal string in WinAnsi (cp1252)."""
    raw = text.encode("cp1252", errors="replace")
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def _pdf_text(text: str) -> bytes:
    """Encode ``text`` for the information dictionary (UTF-16BE with its mark)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _page_stream(lines: Sequence[str]) -> bytes:
    """Return the content stream drawing ``lines``: the first big, the rest normal."""
    parts = [b"BT", b"/F1 22 Tf", b"72 760 Td"]
    for index, line in enumerate(lines):
        if index == 1:
            parts += [b"/F1 13 Tf", b"0 -40 Td"]
        elif index > 1:
            parts.append(b"0 -22 Td")
        parts.append(_pdf_string(line) + b" Tj")
    parts.append(b"ET")
    return b"\n".join(parts) + b"\n"


def make_pdf(pages: Sequence[Sequence[str]], title: str = "") -> bytes:
    """Build a valid PDF 1.4 with one A4 page of text per item of ``pages``.

    Args:
        pages: For each page, its lines of text (the first one is the heading).
        title: Document title stored in the information dictionary.

    Returns:
        The PDF bytes, with a correct cross-reference table.
    """
    count = len(pages)
    # Objects: 1 catalog, 2 page tree, 3 font, 4 info, then (page, content) pairs.
    page_ids = [5 + 2 * i for i in range(count)]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % pid for pid in page_ids)
        + b"] /Count %d >>" % count,
        PDF_FONT,
        b"<< /Title " + _pdf_text(title) + b" /Producer (borne-accueil demo) >>",
    ]
    for pid, lines in zip(page_ids, pages, strict=True):
        stream = _page_stream(lines)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (pid + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    """Return one PNG chunk: length, type, data, CRC of type+data."""
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def make_png(width: int = 96, height: int = 64, seed: int = 0) -> bytes:
    """Build a valid 8-bit RGB PNG with a soft colour gradient.

    Args:
        width: Width in pixels.
        height: Height in pixels.
        seed: Changes the colours, so two pictures can be told apart.

    Returns:
        The PNG bytes.
    """
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows += bytes(
                (
                    (40 + 3 * x + 50 * seed) % 256,
                    (90 + 2 * y) % 256,
                    (200 - x - y + 70 * seed) % 256,
                )
            )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _png_chunk(b"IEND", b"")
    )


def make_wav(seconds: float = 2.0, frequency: float = 440.0, rate: int = 8000) -> bytes:
    """Build a quiet mono 16-bit PCM WAV tone (the demo's looping sound)."""
    frames = int(seconds * rate)
    samples = b"".join(
        struct.pack("<h", int(3000 * math.sin(2 * math.pi * frequency * i / rate)))
        for i in range(frames)
    )
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(samples)) + samples
    return b"RIFF" + struct.pack("<I", len(body)) + body


def make_zip() -> bytes:
    """Build a small ZIP archive holding one text file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("lisez-moi.txt", "Archive de démonstration (site fictif).\n")
    return buffer.getvalue()


def make_exe() -> bytes:
    """Return bytes that look like a Windows program (MZ header); never runnable."""
    return b"MZ" + b"\x90\x00" * 30 + b"Programme de demonstration, site fictif.\r\n"
