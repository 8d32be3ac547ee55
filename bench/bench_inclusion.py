"""Cost of the inclusion work on the borne: building it (language menu,
guide and directory screens, footer, .ts reverse index), switching the whole
borne to another language (retranslation + mirrored layout), showing a
guide, building the directory cards with their QR codes, one QR code.

``.venv/bin/python bench/run.py inclusion`` (offscreen). Prints medians.
Translations are read from resources/translations (the figures grow a
little once every language is shipped).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import datetime

RUNS = 7


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    import PySide6.QtWebEngineWidgets  # noqa: F401

    from kiosk import app as kiosk_app
    from kiosk.catalogue import load_catalogue
    from kiosk.directory import EXAMPLE_DIRECTORY, load_directory
    from kiosk.qr import tile_qr
    from kiosk.ui.inclusion import Inclusion

    qapp = kiosk_app.application()
    borne = kiosk_app.build(kiosk_app.Options(), qapp, defer_sessions=True)
    window = borne.window
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    directory = load_directory(EXAMPLE_DIRECTORY)
    made: list[Inclusion] = []

    def build() -> None:
        made.append(Inclusion(
            qapp, window, borne.catalogue, directory,
            languages=borne.settings.kiosk.languages, default_language="fr",
            translators=[], translations_dir=kiosk_app.TRANSLATIONS,
            icons_dir=kiosk_app.ICONS))
        qapp.processEvents()

    build_ms = median_ms(build, 3)
    inclusion = made[-1]

    def switch() -> None:
        inclusion.set_language("ar" if inclusion.language != "ar" else "fr")
        qapp.processEvents()

    switch_ms = median_ms(switch)
    inclusion.set_language("fr")
    guide_ms = median_ms(lambda: (inclusion.show_guide("caf"), qapp.processEvents()))
    cards_ms = median_ms(lambda: (inclusion.directory.refresh(datetime(2026, 11, 25, 10)),
                                  qapp.processEvents()))
    tile = load_catalogue(override=None).tile("caf")
    assert tile is not None
    qr_ms = median_ms(lambda: tile_qr(tile), 50)
    print(f"inclusion built on the window: {build_ms:.1f} ms (median of 3)")
    print(f"whole borne switched to another language: {switch_ms:.1f} ms")
    print(f"guide shown (sections, pictograms, QR): {guide_ms:.1f} ms")
    print(f"directory cards with 6 QR codes: {cards_ms:.1f} ms")
    print(f"one QR code as SVG: {qr_ms:.2f} ms")
    borne.close()


if __name__ == "__main__":
    main()
