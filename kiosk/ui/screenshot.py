"""Offscreen rendering of the borne's screens (``kiosk screenshot``, docs, benchmarks).

It builds the borne through the composition root (:func:`kiosk.app.build`),
shows the screen asked for, waits for it to be painted and saves a PNG.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance

from kiosk.app import Borne, Options, build
from kiosk.ui.refused import RefusalKind
from kiosk.ui.startup import after_first_paint, application


@dataclass(frozen=True)
class Shot:
    """Which screen to render, where, at which size."""

    tile: str | None = None
    show: str = "home"  # home, help, refused, handoff, pin, panel, accompagne, question,
    #                     guide, directory, phone, languages
    out: Path = Path("borne.png")
    size: tuple[int, int] = (1280, 800)
    language: str = ""  # "" = the borne's default language
    high_contrast: bool = False


def wait_for(signal_instance: SignalInstance, timeout_ms: int) -> bool:
    """Run the event loop until ``signal_instance`` fires; False on timeout."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_: object) -> None:
        fired.append(True)
        loop.quit()

    signal_instance.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    with contextlib.suppress(RuntimeError):  # the sender may be gone
        signal_instance.disconnect(done)
    return bool(fired)


def settle(ms: int) -> None:
    """Let Qt and Chromium paint for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _show_staff(borne: Borne, what: str) -> None:
    """Staff screens for ``kiosk screenshot`` (the panel without typing the PIN)."""
    from kiosk.staff import AccompanimentStart

    borne.finish()
    services = borne.services
    flow = services.flow
    if what == "pin":
        flow.open()
    elif what == "panel":
        flow.open()
        flow.pin.unlocked.emit()  # as if the right PIN was typed
    elif what == "accompagne":
        flow.accompanimentStarted.emit(AccompanimentStart("mediateur_numerique"))
    else:
        services.feedback.ask()


def _language_and_contrast(borne: Borne, shot: Shot) -> None:
    """Wire the borne now and apply the language and contrast ``shot`` asks for."""
    borne.finish()
    if shot.language:
        borne.inclusion.set_language(shot.language)
    if shot.high_contrast:
        borne.inclusion.access.set_high_contrast(True)


def screenshot(options: Options, shot: Shot) -> str:
    """Render ``shot`` offscreen to a PNG; return ``""`` or a French error."""
    app = application()
    borne = build(options, app, defer_sessions=True)
    window = borne.window
    after_first_paint(window.home, borne.finish)
    try:
        window.setGeometry(0, 0, *shot.size)
        window.show()
        _language_and_contrast(borne, shot)
        tile_id = shot.tile
        if tile_id is None and shot.show in ("refused", "handoff") and borne.catalogue.tiles:
            tile_id = borne.catalogue.tiles[0].id
        if tile_id is not None:
            if borne.catalogue.tile(tile_id) is None:
                return f"Tuile inconnue : {tile_id}"
            window.open_tile(tile_id)
            page = window.session.page if window.session is not None else None
            if page is None or not wait_for(page.loadFinished, 30_000):
                return "La page du service ne s'est pas chargée à temps."
        if shot.show == "help":
            window.help.ask()
        elif shot.show == "refused":
            window.service.show_refusal(RefusalKind.OFF_LIST)
        elif shot.show == "handoff":
            window.service.show_refusal(RefusalKind.HANDOFF, "tel:+33100000000")
        elif shot.show in ("pin", "panel", "accompagne", "question"):
            _show_staff(borne, shot.show)
        elif shot.show in ("guide", "directory", "phone", "languages"):
            borne.inclusion.show_screen(shot.show)
        settle(600)
        if not window.grab().save(str(shot.out), "PNG"):
            return f"Impossible d'écrire {shot.out}"
        return ""
    finally:
        borne.close()
