"""The staff panel through StaffFlow: unlock, figures from a real journal, tiles,
settings, help calls, power actions (injected, never real), idle close."""

from __future__ import annotations

from datetime import date, datetime, time

import keyring
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk import pin
from kiosk.catalogue import ORGANISMES, load_catalogue
from kiosk.config import load_settings
from kiosk.journal import Journal, SessionFacts
from kiosk.pin import PinGuard
from kiosk.staff import (
    AccompanimentStart,
    ClosingForm,
    HelpCalls,
    NoSync,
    assisted_facts,
)
from kiosk.staff_config import SettingsEditor, TileEditor
from kiosk.sync.status import SyncStatus
from kiosk.ui.staff_flow import StaffFlow

NOW = datetime(2026, 11, 25, 16, 30)  # a Wednesday
CODE = "482916"


class Power:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def restart(self) -> None:
        self.calls.append("restart")

    def shutdown(self) -> None:
        self.calls.append("shutdown")

    def quit_to_maintenance(self) -> None:
        self.calls.append("maintenance")


class Offline:
    def __init__(self) -> None:
        self.asked = 0

    def status(self) -> SyncStatus:
        return SyncStatus("hors_ligne", federation_host="federation.example.org",
                          last_success=datetime(2026, 11, 24, 18, 2).astimezone(),
                          pending_batches=2, pending_cells=40)

    def sync_now(self) -> None:
        self.asked += 1


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def session(started, tile, assisted=None):
    return SessionFacts(started, 600, "autonome", (tile,), {tile: tile}, {}, assisted=assisted)


@pytest.fixture
def journal(tmp_path):
    journal = Journal(tmp_path / "journal.sqlite3", known_organismes=frozenset(ORGANISMES),
                      clock=lambda: NOW)
    assert journal.open().ok
    done = assisted_facts(AccompanimentStart("accueil"), ClosingForm("oui", "autonome"))
    back = assisted_facts(AccompanimentStart("benevole"), ClosingForm("a_revenir", "autonome"))
    for hour, tile, helped in [(9, "caf", None), (9, "caf", done), (10, "ameli", None),
                               (14, "caf", back), (14, "impots", None)]:
        journal.record(session(datetime(2026, 11, 25, hour, 10), tile, helped))
    journal.record(session(datetime(2026, 11, 23, 11, 0), "caf"))  # Monday: this week
    journal.record(session(datetime(2026, 11, 3, 11, 0), "ants"))  # this month
    assert journal.flush()
    yield journal
    journal.close()


@pytest.fixture
def files(tmp_path):
    config = tmp_path / "borne.toml"
    config.write_text('# réglages du centre\n[centre]\nname = "Centre social Les Tilleuls"\n',
                      encoding="utf-8")
    return {"override": tmp_path / "tuiles.toml", "config": config}


@pytest.fixture(autouse=True)
def code():
    keyring.get_keyring().delete_password(pin.SERVICE, pin.ACCOUNT)
    yield
    keyring.get_keyring().delete_password(pin.SERVICE, pin.ACCOUNT)


@pytest.fixture
def flow(qtbot, tmp_path, journal, files):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    guard = PinGuard(tmp_path / "pin-attempts.json", log_n=10)
    guard.choose_first(CODE, CODE)
    labels = {t.organisme: t.label("fr") for t in load_catalogue().tiles}
    desk = HelpCalls(clock=lambda: NOW)
    made = StaffFlow(
        window, guard=guard, totals=journal, tiles=TileEditor(files["override"]),
        settings=SettingsEditor(files["config"]), help_calls=desk, sync=NoSync(),
        power=Power(), service_labels=labels, journal_message=lambda: journal.status.message,
        today=lambda: NOW,
    )
    made.test_window = window  # keep the parent alive as long as the flow
    window.show()
    qtbot.waitExposed(window)
    return made


def unlock(qtbot, flow):
    flow.open()
    assert flow.stack.currentWidget() is flow.pin
    for key in CODE:
        click(qtbot, flow.pin.keys[key])
    click(qtbot, flow.pin.keys["ok"])
    assert flow.stack.currentWidget() is flow.panel


def test_unlock_shows_the_panel_and_a_wrong_code_does_not(qtbot, flow):
    flow.open()
    for key in "000001":
        click(qtbot, flow.pin.keys[key])
    click(qtbot, flow.pin.keys["ok"])
    assert flow.stack.currentWidget() is flow.pin
    assert flow.pin.message.text() == "Code incorrect. Réessayez."
    click(qtbot, flow.pin.back_button)
    assert not flow.isVisible()
    unlock(qtbot, flow)
    assert flow.isVisible()
    assert flow.panel.pages.currentWidget() is flow.panel.figures
    click(qtbot, flow.panel.close_button)
    assert not flow.isVisible()


def test_charts_are_filled_from_the_journal(qtbot, flow):
    unlock(qtbot, flow)
    figures = flow.panel.figures
    assert figures.summary.text() == "5 passages, dont 2 accompagnements"
    services = dict(figures.series_values("services"))
    assert services == {"CAF": 3, "Assurance Maladie (ameli)": 1, "Impôts": 1}
    assert figures.series_values("modes") == [("Seul : 3", 3), ("Accompagné : 2", 2)]
    assert dict(figures.series_values("outcomes")) == {"Faite": 1, "Doit revenir": 1}
    assert figures.series_values("hours") == [
        ("9", 2), ("10", 1), ("11", 0), ("12", 0), ("13", 0), ("14", 2)
    ]
    click(qtbot, figures.periods.buttons["week"])
    assert figures.summary.text() == "6 passages, dont 2 accompagnements"
    assert dict(figures.series_values("services"))["CAF"] == 4
    click(qtbot, figures.periods.buttons["month"])
    assert figures.figures.sessions == 7
    assert dict(figures.series_values("services"))["Carte grise, permis, papiers (ANTS)"] == 1


def test_add_a_local_tile_refused_then_saved(qtbot, flow, files):
    unlock(qtbot, flow)
    click(qtbot, flow.panel.nav["tiles"])
    page = flow.panel.tiles
    click(qtbot, page.form_button)
    qtbot.keyClicks(page.name_edit, "Mairie de Lille")
    qtbot.keyClicks(page.url_edit, "https://www.lille.fr/demarches")
    qtbot.keyClicks(page.hosts_edit, "www.roubaix.fr")
    click(qtbot, page.add_button)
    assert page.message.text().startswith("Adresse refusée")
    assert not files["override"].exists()  # nothing written
    page.hosts_edit.clear()
    qtbot.keyClicks(page.hosts_edit, "www.lille.fr *.lille.fr")
    click(qtbot, page.add_button)
    assert page.message.text() == ""
    assert "Enregistré" in page.good.text()
    assert page.name_edit.text() == "" and not page.form.isVisible()
    catalogue = load_catalogue(override=files["override"])
    tile = catalogue.tile("local-mairie-de-lille")
    assert tile is not None and tile.label("fr") == "Mairie de Lille"
    assert tile.start_url == "https://www.lille.fr/demarches"
    assert tile.hosts == ("www.lille.fr", "*.lille.fr")
    assert catalogue.tiles[-1].id == "local-mairie-de-lille"
    assert "remove" in page.rows["local-mairie-de-lille"]


def test_hide_and_move_tiles_from_the_list(qtbot, flow, files):
    unlock(qtbot, flow)
    click(qtbot, flow.panel.nav["tiles"])
    page = flow.panel.tiles
    click(qtbot, page.rows["ameli"]["toggle"])
    click(qtbot, page.rows["impots"]["up"])
    ids = [t.id for t in load_catalogue(override=files["override"]).tiles]
    assert "ameli" not in ids and ids[:2] == ["impots", "caf"]
    assert page.rows["ameli"]["toggle"].text() == "Cachée"
    click(qtbot, page.rows["webmail"]["toggle"])  # address still to fill in
    assert page.message.text().startswith("Refusé, rien n'a été changé")
    assert "webmail" not in [t.id for t in load_catalogue(override=files["override"]).tiles]


def test_settings_saved_with_the_big_buttons(qtbot, flow, files):
    unlock(qtbot, flow)
    click(qtbot, flow.panel.nav["settings"])
    page = flow.panel.settings
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Centre social du Moulin")
    for _ in range(2):
        click(qtbot, page.opens.plus)  # 08:30 → 09:00
    click(qtbot, page.quota.minus)  # 20 → 15 pages
    click(qtbot, page.save_button)
    assert "enregistrés" in page.good.text()
    loaded = load_settings(files["config"])
    assert loaded.problems == ()
    assert loaded.settings.centre.name == "Centre social du Moulin"
    assert loaded.settings.session.opens_at == time(9, 0)
    assert loaded.settings.session.print_quota_pages == 15
    assert files["config"].read_text().startswith("# réglages du centre")
    for _ in range(40):
        click(qtbot, page.closes.minus)  # before the opening time
    click(qtbot, page.save_button)
    assert page.message.text() == "L'heure de fermeture doit venir après l'ouverture."
    assert load_settings(files["config"]).settings.session.closes_at == time(18, 0)


def test_help_calls_are_listed_and_acknowledged(qtbot, flow):
    desk = flow.panel.help.desk
    desk.call("caf")
    desk.call(None)
    unlock(qtbot, flow)
    assert flow.panel.pages.currentWidget() is flow.panel.help  # calls first
    assert flow.panel.nav["help"].text() == "Demandes d'aide (2)"
    first = desk.waiting[0].number
    click(qtbot, flow.panel.help.buttons[first])
    assert [c.service for c in desk.waiting] == [None]
    assert flow.panel.nav["help"].text() == "Demandes d'aide (1)"
    click(qtbot, flow.panel.help.buttons[desk.waiting[0].number])
    assert desk.waiting == () and flow.panel.help.empty.isVisible()


def test_power_actions_are_confirmed_and_maintenance_asks_the_code(qtbot, flow):
    power = flow.panel.borne.power
    unlock(qtbot, flow)
    click(qtbot, flow.panel.nav["borne"])
    borne = flow.panel.borne
    assert "pas reliée" in borne.sync_label.text() and not borne.sync_button.isVisible()
    click(qtbot, borne.shutdown)
    click(qtbot, borne.no)
    click(qtbot, borne.restart)
    assert borne.yes.text() == "Oui, redémarrer"
    click(qtbot, borne.yes)
    assert power.calls == ["restart"]
    click(qtbot, borne.maintenance)
    click(qtbot, borne.yes)
    assert flow.stack.currentWidget() is flow.pin  # the code again
    for key in "000001":
        click(qtbot, flow.pin.keys[key])
    click(qtbot, flow.pin.keys["ok"])
    assert power.calls == ["restart"]
    for key in CODE:
        click(qtbot, flow.pin.keys[key])
    click(qtbot, flow.pin.keys["ok"])
    assert power.calls == ["restart", "maintenance"]


def test_sync_status_from_the_sync_worker_api(qtbot, flow):
    source = Offline()
    flow.panel.borne.sync = source
    unlock(qtbot, flow)
    click(qtbot, flow.panel.nav["borne"])
    borne = flow.panel.borne
    assert "pas joignable" in borne.sync_label.text()
    assert "24/11/2026 à 18:02" in borne.sync_details.text()
    assert "federation.example.org" in borne.sync_details.text()
    click(qtbot, borne.sync_button)
    assert source.asked == 1


def test_accompaniment_through_the_flow(qtbot, flow):
    unlock(qtbot, flow)
    click(qtbot, flow.panel.start_button)
    assert flow.stack.currentWidget() is flow.start_screen
    click(qtbot, flow.start_screen.roles.buttons["accueil"])
    with qtbot.waitSignal(flow.accompanimentStarted) as started:
        click(qtbot, flow.start_screen.start_button)
    assert started.args == [AccompanimentStart("accueil", "acces_aux_droits", ())]
    assert not flow.isVisible()
    flow.close_accompaniment(["ameli"], {"ameli": "ameli"}, {"ameli": ("social_sante",)})
    assert flow.stack.currentWidget() is flow.closing
    with qtbot.waitSignal(flow.accompanimentClosed) as closed:
        click(qtbot, flow.closing.save_button)  # the common case: one tap
    facts = closed.args[0]
    assert (facts.role, facts.demarche_aboutie, facts.thematiques) == (
        "accueil", "oui", ("social_sante",))
    # next time, the role is already ticked
    unlock(qtbot, flow)
    click(qtbot, flow.panel.start_button)
    assert flow.start_screen.roles.current() == "accueil"


def test_panel_left_open_closes_by_itself(qtbot, tmp_path, journal, files):
    window = QWidget()
    qtbot.addWidget(window)
    central = QWidget(window)  # like MainWindow.centralWidget(): the flow covers it
    guard = PinGuard(tmp_path / "p.json", log_n=10)
    guard.choose_first(CODE, CODE)
    flow = StaffFlow(central, guard=guard, totals=journal, tiles=TileEditor(files["override"]),
                     settings=SettingsEditor(files["config"]), help_calls=HelpCalls(),
                     sync=NoSync(), power=Power(), idle_close_ms=200, today=lambda: NOW)
    window.resize(1280, 800)
    central.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    unlock(qtbot, flow)
    flow._idle.stop()
    # a touch anywhere in the window (seen on its QWindow) restarts the countdown
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert flow._idle.isActive()
    assert not central.testAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    with qtbot.waitSignal(flow.hidden, timeout=5000):
        pass
    assert not flow.isVisible()
    assert date(2026, 11, 25) == NOW.date()
