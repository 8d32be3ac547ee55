"""QR codes as SVG bytes (qrcode's SVG factory: no Pillow needed).

A tile's QR code always carries the service's *public* start page from the
catalogue, never the address shown in the browser at that moment: that one
may hold a file number, a token or a name. ``mailto:``/``tel:``/``sms:``
targets from a site's link are the only other thing put in a code.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

import qrcode
import qrcode.constants
import qrcode.image.svg

from kiosk.catalogue import Tile

#: Schemes a hand-off QR code may carry.
HANDOFF_SCHEMES = ("mailto", "tel", "sms")

#: Longest text put in a code: beyond that the code gets too dense to scan
#: from a screen with an old phone.
MAX_LENGTH = 400

_SIZE_ATTRS = re.compile(rb'\swidth="[^"]*"\sheight="[^"]*"')


class QrError(ValueError):
    """The text cannot become a QR code (empty, too long, wrong kind)."""


def svg_qr(text: str, *, border: int = 4) -> bytes:
    """Return a black-on-white SVG QR code of ``text``.

    The SVG has a white background (it stays scannable on a dark theme) and
    only a ``viewBox``: the widget that shows it chooses the size.

    Args:
        text: What the code holds.
        border: Quiet zone in modules (4 is the standard's minimum).

    Raises:
        QrError: ``text`` is empty or longer than :data:`MAX_LENGTH`.
    """
    if not text:
        raise QrError("texte vide")
    if len(text) > MAX_LENGTH:
        raise QrError(f"texte trop long pour un code lisible ({len(text)} caractères)")
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=border,
        image_factory=qrcode.image.svg.SvgPathFillImage,
    )
    code.add_data(text)
    code.make(fit=True)
    svg: bytes = code.make_image().to_string()
    return _SIZE_ATTRS.sub(b"", svg, count=1)


def public_start_url(tile: Tile) -> str:
    """Return the address a tile's "Continuer sur mon téléphone" code carries.

    The catalogue's start page with any query string or fragment removed:
    a public page, the same for everybody.
    """
    parts = urlsplit(tile.start_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))


def handoff_text(target: str) -> str:
    """Return the text to encode for a ``mailto:``/``tel:``/``sms:`` link.

    Only the address or number goes to the phone: a subject or a message
    body written by the site (``?subject=…&body=…``) may carry a file number
    or a name, and makes the code hard to scan.

    Raises:
        QrError: any other kind of address (a web page is never handed off
            from the current view), or no address at all.
    """
    scheme, _, rest = target.partition(":")
    if scheme.lower() not in HANDOFF_SCHEMES:
        raise QrError("seuls les liens mailto:, tel: et sms: passent au téléphone")
    address = rest.split("?", 1)[0].strip()
    if not address:
        raise QrError("lien sans adresse ni numéro")
    return f"{scheme.lower()}:{address}"


def tile_qr(tile: Tile) -> bytes:
    """Return the SVG QR code of a tile's public start page."""
    return svg_qr(public_start_url(tile))
