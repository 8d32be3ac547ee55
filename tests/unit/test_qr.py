"""QR codes: SVG without Pillow, read back with zbar; a tile's code is public."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pyzbar import pyzbar

from kiosk.catalogue import load_catalogue
from kiosk.qr import MAX_LENGTH, QrError, handoff_text, public_start_url, svg_qr, tile_qr


@pytest.fixture
def gui(qapp):  # a QApplication (pytest-qt), so UI tests can follow in the same run
    return qapp


def read_back(svg: bytes) -> list[str]:
    """Render the SVG like the borne does (QtSvg) and decode it with zbar."""
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    image = QImage(400, 400, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    width = image.bytesPerLine()
    return [s.data.decode() for s in pyzbar.decode((data, width, image.height()))]


def test_svg_is_readable_by_a_phone_reader(gui):
    svg = svg_qr("https://www.caf.fr/")
    assert svg.startswith(b"<svg") and b"viewBox" in svg
    assert b'fill="white"' in svg  # stays scannable on a dark theme
    assert b"mm" not in svg.split(b">")[0]  # the widget chooses the size
    assert read_back(svg) == ["https://www.caf.fr/"]


def test_handoff_targets_are_read_back(gui):
    assert read_back(svg_qr(handoff_text("tel:+33320000000"))) == ["tel:+33320000000"]
    assert read_back(svg_qr(handoff_text("mailto:accueil@example.org"))) == [
        "mailto:accueil@example.org"]


def test_only_the_address_goes_to_the_phone(gui):
    text = handoff_text("mailto:accueil@example.org?subject=Dossier%20123&body=Nom%20Pr%C3%A9nom")
    assert text == "mailto:accueil@example.org"
    assert handoff_text("SMS:+33600000000?body=code") == "sms:+33600000000"
    with pytest.raises(QrError):
        handoff_text("mailto:?subject=x")


def test_only_phone_links_are_handed_off():
    with pytest.raises(QrError):
        handoff_text("https://www.caf.fr/mon-compte?dossier=123")
    with pytest.raises(QrError):
        handoff_text("javascript:alert(1)")


def test_tile_code_is_the_public_start_page_never_a_personal_address(gui):
    tile = load_catalogue(override=None).tile("caf")
    assert tile is not None
    assert read_back(tile_qr(tile)) == ["https://www.caf.fr/"]
    personal = dataclasses.replace(
        tile, start_url="https://wwwd.caf.fr/wps/portal/?numero=1234567#etape2")
    assert public_start_url(personal) == "https://wwwd.caf.fr/wps/portal/"


def test_empty_or_too_long_text_is_refused_clearly():
    with pytest.raises(QrError, match="vide"):
        svg_qr("")
    with pytest.raises(QrError, match="trop long"):
        svg_qr("x" * (MAX_LENGTH + 1))
