"""A tile touched while the sessions work is still being wired after start-up.

``kiosk run`` paints the home first and wires the idle countdown, the wipe
and the journal in slices afterwards; a person may touch a tile in between.
Their session must still be watched (countdown, wipe), never a bare browser.
"""

from __future__ import annotations

from kiosk import app as kiosk_app
from kiosk.session import State
from kiosk.ui.session_controller import SessionController


def test_a_tile_touched_before_the_wiring_ends_gets_a_watched_session(qapp, qtbot, tmp_path):
    borne = kiosk_app.build(
        kiosk_app.Options(demo=True, demo_port=0, data_dir=tmp_path), qapp, defer_sessions=True
    )
    try:
        borne.window.setGeometry(0, 0, 1280, 800)
        borne.window.show()
        qtbot.waitExposed(borne.window)
        assert borne.window.findChild(SessionController) is None  # still being wired

        borne.window.home.tileChosen.emit("caf")

        controller = borne.window.findChild(SessionController)
        assert controller is not None
        assert controller.session.state is State.ACTIVE
    finally:
        borne.close()
