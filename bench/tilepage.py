"""A static HTML page equivalent to the borne's home screen.

The approach of kiosks built on a stock browser (for instance the Centres
Sociaux Connectés borne): a local HTML page of large tiles shown full screen
by Chromium or Firefox. Same tiles, labels and icons as the shipped
catalogue, the centre's name, the time and a help button; inline style, no
script beyond the clock, no network.
"""

from __future__ import annotations

import html
from pathlib import Path


def write_tile_page(folder: Path) -> tuple[Path, int]:
    """Write ``accueil.html`` (and nothing else) in ``folder``; return it and the tile count."""
    from kiosk.catalogue import load_catalogue

    catalogue = load_catalogue(override=None)
    tiles = catalogue.for_session(accompanied=False)
    cells = []
    for tile in tiles:
        icon = tile.icon_path()
        image = (f'<img src="{icon.as_uri()}" alt="" width="96" height="96">'
                 if icon.is_file() else "")
        cells.append(f'<a class="tuile" href="#">{image}<span>'
                     f"{html.escape(tile.label('fr'))}</span></a>")
    page = folder / "accueil.html"
    page.write_text(
        "<!doctype html><html lang=fr><head><meta charset=utf-8><title>Borne</title><style>"
        "body{margin:0;font-family:'DejaVu Sans',sans-serif;background:#f4f1ea;color:#1d1d1b}"
        "header{display:flex;justify-content:space-between;padding:16px 32px;font-size:28px}"
        ".grille{display:grid;grid-template-columns:repeat(4,1fr);gap:24px;padding:24px 48px}"
        ".tuile{display:flex;flex-direction:column;align-items:center;gap:12px;padding:24px;"
        "background:#fff;border-radius:16px;text-decoration:none;color:inherit;font-size:24px;"
        "box-shadow:0 2px 6px rgba(0,0,0,.15)}"
        "button{position:fixed;right:32px;bottom:24px;font-size:26px;padding:18px 28px}"
        "</style></head><body><header><strong>Centre social des Tilleuls</strong>"
        "<span id=heure></span></header><main class=grille>" + "".join(cells) + "</main>"
        "<button>Demander de l'aide</button><script>document.getElementById('heure')"
        ".textContent = new Date().toLocaleTimeString('fr-FR', {hour: '2-digit', "
        "minute: '2-digit'});</script></body></html>",
        encoding="utf-8",
    )
    return page, len(tiles)
