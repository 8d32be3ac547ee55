"""Scanning through SANE's ``scanimage``: find the scanner, scan one page.

Pure Python around a subprocess: the Qt side may run the same command line
through ``QProcess`` (:func:`scan_command`, :func:`interpret`) so the screen
never freezes, or call :func:`scan_page` from a worker thread.

Size target for upload portals
------------------------------
French administration portals usually cap one file at 2 to 10 Mo (some at
2 Mo). The borne aims at **at most 1 Mo per page and 2 Mo per document**
(:data:`PAGE_TARGET_BYTES`, :data:`DOCUMENT_TARGET_BYTES`): pages are scanned
at 150 dpi (:data:`DEFAULT_RESOLUTION`, readable for an ID card or a pay slip),
in grey by default, and encoded as JPEG at the best quality that fits the
budget (:func:`fit_quality`); a page that does not fit even at the lowest
quality is scanned again at :data:`FALLBACK_RESOLUTION`.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

log = logging.getLogger("session")

SCANIMAGE = "scanimage"
DEFAULT_RESOLUTION = 150
FALLBACK_RESOLUTION = 100
PAGE_TARGET_BYTES = 1_000_000
DOCUMENT_TARGET_BYTES = 2_000_000
#: JPEG qualities tried, best first, until the page fits its budget.
QUALITIES = (85, 75, 65, 55, 45, 35)
LIST_TIMEOUT_S = 20.0
SCAN_TIMEOUT_S = 120.0
_FIELD_SEP = "\x1f"


class ColorMode(StrEnum):
    """Colour or grey scan (SANE ``--mode`` values)."""

    COLOR = "Color"
    GRAY = "Gray"


class ImageFormat(StrEnum):
    """Formats ``scanimage`` writes."""

    PNM = "pnm"
    PNG = "png"
    JPEG = "jpeg"

    @property
    def extension(self) -> str:
        """The file extension for this format (with the dot)."""
        return {"pnm": ".pnm", "png": ".png", "jpeg": ".jpg"}[self.value]


class ScanProblem(StrEnum):
    """Why scanning did not work (codes; the Qt side words them)."""

    NOT_INSTALLED = "not_installed"  # no scanimage on this machine
    NO_SCANNER = "no_scanner"
    BUSY = "busy"
    NO_DOCUMENT = "no_document"  # empty feeder
    JAMMED = "jammed"
    COVER_OPEN = "cover_open"
    TIMEOUT = "timeout"
    FAILED = "failed"


class ScanError(Exception):
    """Scanning failed; ``code`` says why."""

    def __init__(self, code: ScanProblem) -> None:
        super().__init__(code.value)
        self.code = code


@dataclass(frozen=True)
class Device:
    """One scanner SANE can see."""

    name: str
    vendor: str = ""
    model: str = ""
    kind: str = ""


Runner = Callable[..., "subprocess.CompletedProcess[bytes]"]

# SANE_Status values, which scanimage returns as its exit code.
_STATUS_CODES = {
    3: ScanProblem.BUSY,
    6: ScanProblem.JAMMED,
    7: ScanProblem.NO_DOCUMENT,
    8: ScanProblem.COVER_OPEN,
}
_STDERR_HINTS = (
    ("device busy", ScanProblem.BUSY),
    ("out of documents", ScanProblem.NO_DOCUMENT),
    ("no documents", ScanProblem.NO_DOCUMENT),
    ("jammed", ScanProblem.JAMMED),
    ("cover", ScanProblem.COVER_OPEN),
    ("open of device", ScanProblem.NO_SCANNER),
    ("no sane devices", ScanProblem.NO_SCANNER),
    ("no scanners were identified", ScanProblem.NO_SCANNER),
)


def interpret(returncode: int, stderr: str) -> ScanProblem | None:
    """Turn scanimage's exit code and messages into an error code (``None``: fine)."""
    if returncode == 0:
        return None
    lowered = stderr.lower()
    for hint, code in _STDERR_HINTS:
        if hint in lowered:
            return code
    return _STATUS_CODES.get(returncode, ScanProblem.FAILED)


def list_command(scanimage: str = SCANIMAGE) -> list[str]:
    """The command listing scanners, one per line, fields separated by 0x1F."""
    sep = _FIELD_SEP
    return [scanimage, "-f", f"%d{sep}%v{sep}%m{sep}%t%n"]


def parse_devices(output: str) -> list[Device]:
    """Read the output of :func:`list_command`."""
    devices = []
    for line in output.splitlines():
        fields = line.split(_FIELD_SEP)
        if fields and fields[0].strip():
            fields += [""] * (4 - len(fields))
            devices.append(Device(fields[0].strip(), fields[1], fields[2], fields[3]))
    return devices


def list_devices(
    scanimage: str = SCANIMAGE, timeout: float = LIST_TIMEOUT_S, runner: Runner = subprocess.run
) -> list[Device]:
    """Scanners available now (an empty list when there is none).

    Raises:
        ScanError: ``NOT_INSTALLED`` without scanimage, ``TIMEOUT`` if SANE hangs.
    """
    try:
        done = runner(list_command(scanimage), capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError as error:
        raise ScanError(ScanProblem.NOT_INSTALLED) from error
    except subprocess.TimeoutExpired as error:
        raise ScanError(ScanProblem.TIMEOUT) from error
    if done.returncode != 0:
        return []
    return parse_devices(done.stdout.decode("utf-8", errors="replace"))


def scan_command(
    device: str,
    out: Path,
    *,
    mode: ColorMode = ColorMode.GRAY,
    resolution: int = DEFAULT_RESOLUTION,
    image_format: ImageFormat = ImageFormat.PNM,
    scanimage: str = SCANIMAGE,
    extra: Sequence[str] = (),
) -> list[str]:
    """The command scanning one page of ``device`` into ``out``."""
    return [
        scanimage,
        "--device-name",
        device,
        "--mode",
        mode.value,
        "--resolution",
        str(resolution),
        f"--format={image_format.value}",
        "--output-file",
        str(out),
        *extra,
    ]


def scan_page(
    device: str,
    out: Path,
    mode: ColorMode = ColorMode.GRAY,
    resolution: int = DEFAULT_RESOLUTION,
    image_format: ImageFormat = ImageFormat.PNM,
    *,
    scanimage: str = SCANIMAGE,
    timeout: float = SCAN_TIMEOUT_S,
    extra: Sequence[str] = (),
    runner: Runner = subprocess.run,
) -> Path:
    """Scan one page into ``out``; nothing is left at ``out`` when it fails.

    Raises:
        ScanError: With the reason (no scanner, busy, jammed, timeout …).
    """
    partial = out.with_name(out.name + ".part")
    command = scan_command(
        device,
        partial,
        mode=mode,
        resolution=resolution,
        image_format=image_format,
        scanimage=scanimage,
        extra=extra,
    )
    try:
        done = runner(command, capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError as error:
        raise ScanError(ScanProblem.NOT_INSTALLED) from error
    except subprocess.TimeoutExpired as error:
        partial.unlink(missing_ok=True)
        raise ScanError(ScanProblem.TIMEOUT) from error
    code = interpret(done.returncode, done.stderr.decode("utf-8", errors="replace"))
    if code is None and (not partial.exists() or partial.stat().st_size == 0):
        code = ScanProblem.FAILED
    if code is not None:
        partial.unlink(missing_ok=True)
        log.info("scan failed: %s", code.value)
        raise ScanError(code)
    return partial.replace(out)


def page_budget(pages: int) -> int:
    """Bytes one page may take so that ``pages`` pages fit the document target."""
    if pages <= 0:
        return PAGE_TARGET_BYTES
    return min(PAGE_TARGET_BYTES, DOCUMENT_TARGET_BYTES // pages)


def fit_quality(
    encode: Callable[[int], bytes], budget: int, qualities: Sequence[int] = QUALITIES
) -> tuple[int, bytes] | None:
    """Encode at the best quality whose result fits ``budget`` bytes.

    Args:
        encode: Encodes the page at a JPEG quality (0–100) and returns the bytes.
        budget: Most bytes allowed.
        qualities: Qualities to try, best first.

    Returns:
        ``(quality, data)``, or ``None`` when even the last quality is too big
        (scan again at :data:`FALLBACK_RESOLUTION`).
    """
    for quality in qualities:
        data = encode(quality)
        if len(data) <= budget:
            return quality, data
    return None


@dataclass(frozen=True)
class JpegPage:
    """One scanned page, already JPEG-encoded, with what a PDF needs to place it."""

    data: bytes
    width: int
    height: int
    gray: bool
    dpi: int = DEFAULT_RESOLUTION


def pdf_from_jpegs(pages: Sequence[JpegPage]) -> bytes:
    """Assemble JPEG pages into a PDF, one page each, at their scanned size.

    The JPEG bytes are embedded as they are (``DCTDecode``), so the PDF weighs
    the sum of its pages plus about 1 kB: what :func:`fit_quality` chose holds.
    """
    if not pages:
        raise ValueError("no page")
    count = len(pages)
    # Objects: 1 catalog, 2 page tree, then for each page: page, content, image.
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(count))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    for index, page in enumerate(pages):
        width_pt = page.width * 72 / page.dpi
        height_pt = page.height * 72 / page.dpi
        content_id, image_id = 4 + 3 * index, 5 + 3 * index
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width_pt:.2f} {height_pt:.2f}] "
                f"/Resources << /XObject << /Im0 {image_id} 0 R >> >> "
                f"/Contents {content_id} 0 R >>"
            ).encode()
        )
        draw = f"q {width_pt:.2f} 0 0 {height_pt:.2f} 0 0 cm /Im0 Do Q".encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
        space = "/DeviceGray" if page.gray else "/DeviceRGB"
        objects.append(
            (
                f"<< /Type /XObject /Subtype /Image /Width {page.width} /Height {page.height} "
                f"/ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode "
                f"/Length {len(page.data)} >>\nstream\n"
            ).encode()
            + page.data
            + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
