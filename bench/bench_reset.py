"""Reset time: end of a session → home ready for the next person.

A real borne (demo sites, offscreen) opens the CAF demo, logs in (cookies,
storage, IndexedDB, a service worker…), downloads the PDF attestation, then
the session ends. Two figures per run, medians printed:

- end → home ready: from ``SessionController.end()`` (what "Tout effacer et
  terminer", the countdown's end or a crash call) until the wipe is done and
  the home screen is the current screen under "Vos données ont été effacées";
- the wipe alone, as the controller measures it (``last_reset_ms``).

Target: end → home ready ≤ 100 ms. ``.venv/bin/python bench/run.py reset``.
"""

from __future__ import annotations

import statistics
import time

RUNS = 9


def main() -> None:
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import QUrl
    from PySide6.QtTest import QTest

    from kiosk import app as kiosk_app
    from kiosk.session import EndReason
    from kiosk.ui.session_controller import SessionController

    qapp = kiosk_app.application()
    borne = kiosk_app.build(kiosk_app.Options(demo=True, demo_port=0), qapp)
    window, demo = borne.window, borne.demo
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    controller = window.findChild(SessionController)
    assert controller is not None

    def wait(condition, timeout=20.0):
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError
            QTest.qWait(10)

    def loaded(page, url):
        done = []
        page.loadFinished.connect(done.append)
        page.load(QUrl(url))
        wait(lambda: bool(done))

    totals: list[float] = []
    wipes: list[float] = []
    try:
        for _ in range(RUNS):
            window.open_tile("caf")
            page = window.session.page
            wait(lambda page=page: not page.isLoading())
            loaded(page, demo.url("caf", "/connexion"))
            page.runJavaScript(
                "document.getElementById('identifiant').value = 'a';"
                "document.getElementById('motdepasse').value = 'b';"
                "document.getElementById('valider').click();"
            )
            QTest.qWait(800)  # the login script fills every store
            loaded(page, demo.url("caf", "/"))
            page.runJavaScript("document.getElementById('lien-attestation').click();")
            wait(controller.desk.viewer_layer.isVisible)
            wiped: list[float] = []
            controller.wiped.connect(wiped.append)
            started = time.perf_counter()
            controller.end(EndReason.USER)
            while not wiped:
                qapp.processEvents()
            home_ready = window.stack.currentWidget() is window.home and window.session is None
            totals.append((time.perf_counter() - started) * 1000)
            wipes.append(controller.last_reset_ms)
            controller.wiped.disconnect(wiped.append)
            assert home_ready
            controller.erased.hide()
            QTest.qWait(200)
    finally:
        borne.close()
    print(f"reset: end → home ready, median of {RUNS}: {statistics.median(totals):.1f} ms "
          f"(min {min(totals):.1f}, max {max(totals):.1f}; target ≤ 100 ms)")
    print(f"reset: the wipe alone, median: {statistics.median(wipes):.1f} ms")


if __name__ == "__main__":
    main()
