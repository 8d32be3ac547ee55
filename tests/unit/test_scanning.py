"""Scanning through the real scanimage and SANE's ``test`` backend.

tools/services.sh (start_sane) enables the test backend in /etc/sane.d/dll.conf.
"""

from __future__ import annotations

import pytest

from kiosk.scanning import (
    DOCUMENT_TARGET_BYTES,
    PAGE_TARGET_BYTES,
    ColorMode,
    ImageFormat,
    JpegPage,
    ScanError,
    ScanProblem,
    fit_quality,
    interpret,
    list_devices,
    page_budget,
    parse_devices,
    pdf_from_jpegs,
    scan_page,
)

TEST_DEVICE = "test:0"


def pnm_header(path):
    lines = [line for line in path.read_bytes().split(b"\n") if not line.startswith(b"#")]
    magic, size = lines[:2]
    width, height = (int(v) for v in size.split())
    return magic, width, height


def test_the_test_scanner_is_listed():
    devices = list_devices()
    names = [d.name for d in devices]
    assert TEST_DEVICE in names, "SANE test backend missing: run start_sane (tools/services.sh)"
    test0 = devices[names.index(TEST_DEVICE)]
    assert test0.vendor == "Noname"
    assert test0.kind == "virtual device"


def test_scan_a_grey_page(tmp_path):
    out = scan_page(TEST_DEVICE, tmp_path / "page.pnm", ColorMode.GRAY, 150)
    magic, width, height = pnm_header(out)
    assert magic == b"P5"  # greyscale
    # The test scanner's default area is 80 × 100 mm: 472 × 590 pixels at 150 dpi.
    assert (width, height) == (472, 590)
    assert not (tmp_path / "page.pnm.part").exists()


def test_scan_in_colour_at_another_resolution(tmp_path):
    out = scan_page(TEST_DEVICE, tmp_path / "page.pnm", ColorMode.COLOR, 100)
    magic, width, height = pnm_header(out)
    assert magic == b"P6"  # colour
    assert (width, height) == (314, 393)


def test_scan_straight_to_jpeg(tmp_path):
    out = scan_page(
        TEST_DEVICE,
        tmp_path / "page.jpg",
        image_format=ImageFormat.JPEG,
        extra=["--test-picture", "Grid"],
    )
    data = out.read_bytes()
    assert data.startswith(b"\xff\xd8\xff")
    assert len(data) <= PAGE_TARGET_BYTES


def test_busy_scanner_is_reported_and_leaves_no_file(tmp_path):
    with pytest.raises(ScanError) as caught:
        scan_page(
            TEST_DEVICE,
            tmp_path / "page.pnm",
            extra=["--read-return-value", "SANE_STATUS_DEVICE_BUSY"],
        )
    assert caught.value.code is ScanProblem.BUSY
    assert list(tmp_path.iterdir()) == []


def test_jammed_feeder_is_reported(tmp_path):
    with pytest.raises(ScanError) as caught:
        scan_page(
            TEST_DEVICE, tmp_path / "p.pnm", extra=["--read-return-value", "SANE_STATUS_JAMMED"]
        )
    assert caught.value.code is ScanProblem.JAMMED


def test_unknown_device_means_no_scanner(tmp_path):
    with pytest.raises(ScanError) as caught:
        scan_page("absent:0", tmp_path / "page.pnm")
    assert caught.value.code is ScanProblem.NO_SCANNER
    assert list(tmp_path.iterdir()) == []


def test_missing_scanimage(tmp_path):
    with pytest.raises(ScanError) as caught:
        scan_page(TEST_DEVICE, tmp_path / "p.pnm", scanimage=str(tmp_path / "no-scanimage"))
    assert caught.value.code is ScanProblem.NOT_INSTALLED
    with pytest.raises(ScanError) as caught:
        list_devices(scanimage=str(tmp_path / "no-scanimage"))
    assert caught.value.code is ScanProblem.NOT_INSTALLED


def test_a_hanging_scanner_times_out(tmp_path):
    slow = ["--read-delay=yes", "--read-delay-duration", "200000", "--read-limit=yes",
            "--read-limit-size", "1", "-x", "200", "-y", "200"]
    with pytest.raises(ScanError) as caught:
        scan_page(TEST_DEVICE, tmp_path / "p.pnm", extra=slow, timeout=1.0)
    assert caught.value.code is ScanProblem.TIMEOUT
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("rc", "stderr", "code"),
    [
        (0, "", None),
        (3, "scanimage: sane_read: Device busy", ScanProblem.BUSY),
        (1, "scanimage: open of device x failed: Invalid argument", ScanProblem.NO_SCANNER),
        (7, "scanimage: sane_start: Document feeder out of documents", ScanProblem.NO_DOCUMENT),
        (8, "", ScanProblem.COVER_OPEN),
        (9, "scanimage: sane_read: Error during device I/O", ScanProblem.FAILED),
    ],
)
def test_interpret(rc, stderr, code):
    assert interpret(rc, stderr) is code


def test_parse_devices_ignores_blank_lines():
    text = "test:0\x1fNoname\x1fframe\x1fvirtual device\n\nescl:http://x\x1fHP\n"
    devices = parse_devices(text)
    assert [d.name for d in devices] == ["test:0", "escl:http://x"]
    assert devices[1].vendor == "HP" and devices[1].model == ""


def test_size_budget():
    assert page_budget(1) == PAGE_TARGET_BYTES
    assert page_budget(4) == DOCUMENT_TARGET_BYTES // 4
    assert page_budget(0) == PAGE_TARGET_BYTES


def test_fit_quality_takes_the_best_quality_that_fits():
    def encode(quality):
        return b"x" * (quality * 10_000)

    assert fit_quality(encode, 700_000) == (65, b"x" * 650_000)
    assert fit_quality(encode, 10_000_000)[0] == 85
    assert fit_quality(encode, 100) is None


def _jpeg_size(data):
    """Width and height from a baseline JPEG's SOF0 marker."""
    index = data.index(b"\xff\xc0")
    height = int.from_bytes(data[index + 5 : index + 7], "big")
    width = int.from_bytes(data[index + 7 : index + 9], "big")
    return width, height


def test_scanned_jpeg_pages_assemble_into_a_pdf(tmp_path):
    pages = []
    for picture in ("Grid", "Color pattern"):
        out = scan_page(
            TEST_DEVICE,
            tmp_path / f"{picture}.jpg",
            image_format=ImageFormat.JPEG,
            extra=["--test-picture", picture],
        )
        data = out.read_bytes()
        width, height = _jpeg_size(data)
        pages.append(JpegPage(data, width, height, gray=True, dpi=150))
    pdf = pdf_from_jpegs(pages)
    assert pdf.startswith(b"%PDF-1.4")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert pdf.count(b"/Type /Page ") == 2
    assert b"/Count 2" in pdf
    # The JPEG bytes are embedded untouched: the size is theirs plus a little.
    assert all(page.data in pdf for page in pages)
    assert len(pdf) - sum(len(p.data) for p in pages) < 2000
    # Every cross-reference offset points at its object.
    xref_at = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    rows = pdf[xref_at:].split(b"\n")[3:3 + 8]
    for number, row in enumerate(rows, start=1):
        offset = int(row[:10])
        assert pdf[offset:].startswith(b"%d 0 obj" % number)
    # 472 × 590 px at 150 dpi is 80 × 100 mm: 226.56 × 283.20 points.
    assert b"/MediaBox [0 0 226.56 283.20]" in pdf


def test_no_page_no_pdf():
    with pytest.raises(ValueError):
        pdf_from_jpegs([])
