"""Enrolment from the staff panel, then "Envoyer maintenant", against a real federation.

The federation is ``kiosk-federation serve`` on loopback (SQLite), as in
tests/sync; the borne is built by kiosk.app.build (demo, temporary data
folder) with its real journal, outbox and sync worker thread.
"""

from __future__ import annotations

from datetime import datetime

import PySide6.QtWebEngineWidgets  # noqa: F401  (before any QApplication)
import pytest
from PySide6.QtCore import Qt

from kiosk import app as kiosk_app
from kiosk.federation import catalogues
from kiosk.journal import SessionFacts
from kiosk.pin import PinVault, hash_pin
from kiosk.session import EndReason, State
from kiosk.sync import credentials, wire
from tests.sync.conftest import FederationServer

PIN = "135790"
NEW_LABEL = """schema = 1

[[tile]]
id = "caf"

[tile.labels]
fr = "CAF (nouveau nom)"
"""


@pytest.fixture
def borne(qapp, qtbot, tmp_path):
    credentials.forget()
    vault = PinVault()
    vault.put(hash_pin(PIN, log_n=10))
    built = kiosk_app.build(
        kiosk_app.Options(demo=True, demo_port=0, data_dir=tmp_path / "data"), qapp)
    built.window.setGeometry(0, 0, 1280, 800)
    built.window.show()
    qtbot.waitExposed(built.window)
    try:
        yield built
    finally:
        built.close()
        vault.delete()
        credentials.forget()


@pytest.fixture
def federation(tmp_path):
    server = FederationServer(f"sqlite:///{tmp_path / 'federation.sqlite3'}", tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        server.engine.dispose()


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def borne_totals(journal):
    return wire.totals([w for c in journal.cells() if (w := wire.to_wire(c)) is not None])


def test_enrol_from_the_panel_then_send_now_and_totals_match(borne, qtbot, federation):
    server = federation
    borne.finish()
    services = borne.services
    journal = services.journal
    for minute, tile in enumerate(("caf", "impots", "ameli")):
        journal.record(SessionFacts(
            started_at=datetime.now().replace(second=0, microsecond=0, minute=minute),
            duration_s=300, mode="autonome", tiles_opened=(tile,), organismes={tile: tile},
            thematiques_by_tile={tile: ()}, feedback="oui"))
    assert journal.flush()

    flow = services.flow
    flow.open()
    for digit in PIN:
        click(qtbot, flow.pin.keys[digit])
    click(qtbot, flow.pin.keys["ok"])
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is flow.panel, timeout=10_000)
    click(qtbot, flow.panel.nav["borne"])
    page = flow.panel.borne
    assert "n'envoie pas" in page.sync_label.text()  # not enrolled yet: still counting

    form = services.enrol
    form.url.setText(server.url)
    form.code.setText("MAUVAIS-CODE")
    click(qtbot, form.button)
    qtbot.waitUntil(form.button.isEnabled, timeout=20_000)
    assert form.message.text() and "inscrite" not in form.message.text()  # French refusal
    assert credentials.load() is None

    form.code.setText(server.code())
    click(qtbot, form.button)
    qtbot.waitUntil(lambda: "inscrite" in form.message.text(), timeout=20_000)
    enrolment = credentials.load()
    assert enrolment is not None

    def sent() -> bool:
        page.refresh()
        if page.sync_button.isVisible():
            click(qtbot, page.sync_button)  # « Envoyer maintenant »
        return server.totals(enrolment.device_id) == borne_totals(journal)

    qtbot.waitUntil(sent, timeout=60_000)

    def up_to_date() -> bool:  # the round ends after the server answered
        page.refresh()
        return "à jour" in page.sync_label.text()

    qtbot.waitUntil(up_to_date, timeout=20_000)
    assert server.totals(enrolment.device_id) == borne_totals(journal)


def test_new_federation_catalogue_applies_between_sessions_only(borne, qtbot, federation):
    borne.finish()
    services = borne.services
    window = borne.window
    services.synchroniser.enrol(federation.url, federation.code())
    click(qtbot, window.home.tile_buttons["impots"])  # someone is using the borne
    qtbot.waitUntil(lambda: services.controller.session.state is State.ACTIVE, timeout=20_000)
    catalogues.publish(federation.factory, NEW_LABEL)
    services.worker.sync_now()
    qtbot.waitUntil(lambda: services.feed.current()[0] >= 1, timeout=30_000)
    services._polled()  # what the 3 s timer does
    assert window.home.tile_buttons["caf"].text() == "CAF (démo)"  # never under their hands
    services.controller.end(EndReason.USER)
    qtbot.waitUntil(lambda: window.home.tile_buttons["caf"].text() == "CAF (nouveau nom)",
                    timeout=10_000)
    assert window.catalogue.tile("caf").label("fr") == "CAF (nouveau nom)"
