"""The session as a person lives it, in the real borne on the demo sites."""

from __future__ import annotations

import os
import signal
from datetime import datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from kiosk.config import SessionSettings
from kiosk.session import State
from kiosk.ui.printing import pdf_page_count
from kiosk.ui.session_controller import SessionController
from tests.ui.web import click, load, open_tile, real_click, run_js, wait_js


@pytest.fixture
def controller(borne):
    found = borne.window.findChild(SessionController)
    assert found is not None
    return found


def short_delays(controller, idle=1, warning=2, **hours):
    settings = SessionSettings(
        idle_autonome_s=idle,
        warning_s=warning,
        opens_at=hours.get("opens_at", time(0, 0)),
        closes_at=hours.get("closes_at", time(0, 0)),
        print_quota_pages=hours.get("quota", 20),
    )
    assert controller.configure(settings, wall=hours.get("wall", datetime.now))


def test_idle_session_is_warned_then_wiped(qtbot, borne, controller):
    short_delays(controller)
    recorded = []
    controller.record = recorded.append
    open_tile(qtbot, borne, "caf")
    folder = borne.window.session.folder
    qtbot.waitUntil(controller.idle.isVisible, timeout=5000)
    assert controller.idle.number.text() in {"1", "2"}
    with qtbot.waitSignal(controller.wiped, timeout=6000):
        pass
    assert borne.window.session is None
    assert not folder.exists()
    assert controller.erased.isVisible()
    assert recorded and recorded[0].end_reason == "inactivite"
    assert recorded[0].tiles_opened == ("caf",)


def test_je_continue_keeps_the_session(qtbot, borne, controller):
    short_delays(controller, idle=1, warning=30)
    open_tile(qtbot, borne, "caf")
    qtbot.waitUntil(controller.idle.isVisible, timeout=5000)
    QTest.mouseClick(controller.idle.continue_button, Qt.MouseButton.LeftButton)
    assert not controller.idle.isVisible()
    assert controller.session.state is State.ACTIVE
    assert borne.window.session is not None


def touch_page(window, view, point):
    """A touch as the platform sends it: to the window, which hands it to the page."""
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, view.mapTo(window, point))


def test_a_touch_inside_the_web_page_counts(qtbot, borne, controller):
    short_delays(controller, idle=3, warning=30)
    open_tile(qtbot, borne, "caf")
    view = borne.window.session.view
    for _ in range(5):  # 5 × 1 s > the 3 s delay: only the touches keep it going
        qtbot.wait(1000)
        touch_page(borne.window, view, QPoint(20, 300))
    assert controller.session.state is State.ACTIVE
    assert not controller.idle.isVisible()
    qtbot.waitUntil(controller.idle.isVisible, timeout=5000)  # no touch: the warning


def test_a_playing_video_does_not_time_out(qtbot, borne, controller, demo):
    short_delays(controller, idle=1, warning=30)
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, demo.url("caf", "/video"))
    wait_js(qtbot, page, "!document.getElementById('video').paused")
    qtbot.wait(5000)
    assert controller.session.state is State.ACTIVE
    assert not controller.idle.isVisible()
    run_js(qtbot, page, "document.getElementById('video').pause(); return true;")
    qtbot.waitUntil(controller.idle.isVisible, timeout=8000)


def test_renderer_crash_ends_and_wipes(qtbot, borne, controller):
    recorded = []
    controller.record = recorded.append
    open_tile(qtbot, borne, "caf")
    session = borne.window.session
    folder = session.folder
    pid = session.page.renderProcessPid()
    assert pid > 0
    with qtbot.waitSignal(controller.wiped, timeout=10000):
        os.kill(pid, signal.SIGKILL)
    assert borne.window.session is None
    assert borne.window.stack.currentWidget() is borne.window.home
    assert controller.erased.isVisible()  # never the previous page
    assert not folder.exists()
    assert recorded[0].end_reason == "plantage"


def test_terminer_with_the_service_logout(qtbot, borne, controller, demo):
    page = open_tile(qtbot, borne, "caf")
    QTest.mouseClick(borne.window.service.end_button, Qt.MouseButton.LeftButton)
    reminder = controller.reminder
    assert reminder.isVisible() and reminder.logout_button.isVisible()
    assert "CAF" in reminder.logout_button.text()
    demo.clear_requests()
    with qtbot.waitSignal(controller.wiped, timeout=8000):
        QTest.mouseClick(reminder.logout_button, Qt.MouseButton.LeftButton)
    assert "/deconnexion" in demo.requests_for("caf")
    assert borne.window.session is None
    del page


def test_revenir_au_site_cancels_the_end(qtbot, borne, controller):
    open_tile(qtbot, borne, "caf")
    QTest.mouseClick(borne.window.service.end_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(controller.reminder.back_button, Qt.MouseButton.LeftButton)
    assert not controller.reminder.isVisible()
    assert borne.window.session is not None
    assert controller.session.state is State.ACTIVE


def test_no_session_in_the_last_minutes_before_closing(qtbot, borne, controller):
    short_delays(
        controller,
        idle=120,
        opens_at=time(8, 30),
        closes_at=time(18, 0),
        wall=lambda: datetime(2026, 11, 25, 17, 55),
    )
    qtbot.waitUntil(controller.closed_notice.isVisible, timeout=3000)
    assert controller.closed_notice.title.text() == "L'accueil ferme bientôt"
    assert "8 h 30" in controller.closed_notice.text.text()
    controller.closed_notice.ok_button.click()
    borne.window.open_tile("caf")  # a tile touched anyway
    qtbot.waitUntil(lambda: borne.window.session is None, timeout=5000)
    assert controller.closed_notice.isVisible()
    assert controller.session.state is State.WAITING


def test_programs_and_archives_are_refused(qtbot, borne, controller):
    page = open_tile(qtbot, borne, "caf")
    folder = controller.desk.folder
    for link in ("lien-programme", "lien-archive"):
        click(qtbot, page, link)
        qtbot.waitUntil(controller.desk.notice.isVisible, timeout=5000)
        assert "PDF" in controller.desk.notice.text.text()
        controller.desk.notice.ok_button.click()
    qtbot.wait(500)
    assert list(folder.downloads.iterdir()) == []


def test_pdf_download_opens_our_viewer_and_prints(qtbot, borne, controller, cups_pdf):
    page = open_tile(qtbot, borne, "caf")
    click(qtbot, page, "lien-attestation")
    desk = controller.desk
    qtbot.waitUntil(desk.viewer_layer.isVisible, timeout=8000)
    assert desk.viewer.page_count() == 2
    assert desk.viewer.page_label.text() == "Page 1 sur 2"
    QTest.mouseClick(desk.viewer.print_button, Qt.MouseButton.LeftButton)
    assert desk.confirm.isVisible()
    assert "2 pages" in desk.confirm.pages_label.text()
    QTest.mouseClick(desk.confirm.print_button, Qt.MouseButton.LeftButton)
    printed = cups_pdf.wait_new()
    assert pdf_page_count(printed) == 2
    assert controller.session.facts.pages_printed == 2
    assert controller.session.pages_left() == 18
    assert "Impression lancée" in desk.notice.title.text()
    QTest.mouseClick(desk.viewer.back_button, Qt.MouseButton.LeftButton)
    assert not desk.viewer_layer.isVisible()


def test_window_print_goes_through_our_confirmation(qtbot, borne, controller, cups_pdf):
    page = open_tile(qtbot, borne, "caf")
    click(qtbot, page, "imprimer")
    desk = controller.desk
    qtbot.waitUntil(desk.confirm.isVisible, timeout=10000)
    pages = desk.confirm.pages
    assert pages >= 1
    QTest.mouseClick(desk.confirm.print_button, Qt.MouseButton.LeftButton)
    printed = cups_pdf.wait_new()
    assert pdf_page_count(printed) == pages
    assert controller.session.facts.pages_printed == pages


def test_print_from_a_hidden_frame_prints_the_frame(qtbot, borne, controller, demo, cups_pdf):
    """An attestation printed from a hidden iframe: our confirmation, then only the
    frame's 3 pages come out (the page around it is 1 page)."""
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, demo.url("caf", "/impression-cadre"))
    click(qtbot, page, "imprimer-cadre")
    desk = controller.desk
    qtbot.waitUntil(desk.confirm.isVisible, timeout=10000)
    assert desk.confirm.pages == 3
    QTest.mouseClick(desk.confirm.print_button, Qt.MouseButton.LeftButton)
    printed = cups_pdf.wait_new()
    assert pdf_page_count(printed) == 3
    assert controller.session.facts.pages_printed == 3
    assert "Impression lancée" in desk.notice.title.text()


def test_print_this_page_button_and_quota(qtbot, borne, controller):
    short_delays(controller, idle=120, quota=0)
    open_tile(qtbot, borne, "caf")
    QTest.mouseClick(controller.print_button, Qt.MouseButton.LeftButton)
    desk = controller.desk
    qtbot.waitUntil(desk.confirm.isVisible, timeout=10000)
    assert not desk.confirm.allowed()  # quota 0: refused, with the reason
    assert desk.confirm.print_button.isHidden()
    QTest.mouseClick(desk.confirm.cancel_button, Qt.MouseButton.LeftButton)
    assert controller.session.facts.pages_printed == 0


def in_the_picker(desk, *steps):
    """Run ``steps`` once the picker shows (inside its local event loop)."""
    def first():
        desk.pickerShown.disconnect(first)
        QTimer.singleShot(50, steps[0])

    desk.pickerShown.connect(first)


def send_first_document(desk, seen):
    seen["paths"] = [p.rsplit("/", 1)[-1] for p in desk.picker.paths()]
    seen["visible"] = desk.picker_layer.isVisible()
    desk.picker.list.item(0).setSelected(True)
    QTest.mouseClick(desk.picker.send_button, Qt.MouseButton.LeftButton)


def sent_format(qtbot, page):
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "return document.getElementById('fichier').files.length;")
        == 1,
        timeout=10000,
    )
    click(qtbot, page, "envoyer")
    wait_js(qtbot, page, "!!document.getElementById('resultat')")
    return run_js(qtbot, page, "return document.getElementById('resultat').dataset.format;")


def test_upload_uses_our_picker_with_session_files_only(qtbot, borne, controller, demo):
    page = open_tile(qtbot, borne, "caf")
    click(qtbot, page, "lien-attestation")
    desk = controller.desk
    qtbot.waitUntil(desk.viewer_layer.isVisible, timeout=8000)
    desk.close_viewer()
    load(qtbot, page, demo.url("caf", "/envoi"))
    seen = {}
    in_the_picker(desk, lambda: send_first_document(desk, seen))
    real_click(qtbot, borne.window.session.view, page, "fichier")  # a gesture: chooseFiles
    assert sent_format(qtbot, page) == "PDF"
    assert seen == {"paths": ["attestation.pdf"], "visible": True}
    assert not desk.picker_layer.isVisible()
    assert controller.session.facts.documents_uploaded == 1


def test_scan_from_the_picker_then_send(qtbot, borne, controller, demo):
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, demo.url("caf", "/envoi"))
    desk = controller.desk
    scanner = desk.scanner
    seen = {}

    def on_scanner(state):
        if state == "ready":
            QTimer.singleShot(0, lambda: QTest.mouseClick(scanner.scan_button,
                                                          Qt.MouseButton.LeftButton))
        elif state == "preview":
            scanner.stateChanged.disconnect(on_scanner)
            QTimer.singleShot(0, save_and_send)

    def save_and_send():
        QTest.mouseClick(scanner.save_button, Qt.MouseButton.LeftButton)
        seen["back_in_picker"] = desk.picker_layer.isVisible()
        seen["selected"] = len(desk.picker.list.selectedItems())
        QTest.mouseClick(desk.picker.send_button, Qt.MouseButton.LeftButton)

    def start_scan():
        seen["empty"] = desk.picker.empty.isVisible()
        scanner.stateChanged.connect(on_scanner)
        QTest.mouseClick(desk.picker.scan_button, Qt.MouseButton.LeftButton)

    in_the_picker(desk, start_scan)
    real_click(qtbot, borne.window.session.view, page, "fichier")
    assert sent_format(qtbot, page) == "JPEG"
    assert seen == {"empty": True, "back_in_picker": True, "selected": 1}
    assert controller.session.facts.documents_scanned == 1
    assert controller.session.facts.documents_uploaded == 1


def test_session_ending_while_the_picker_is_open(qtbot, borne, controller, demo):
    short_delays(controller, idle=1, warning=1)
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, demo.url("caf", "/envoi"))
    shown = []
    controller.desk.pickerShown.connect(lambda: shown.append(True))
    with qtbot.waitSignal(controller.wiped, timeout=10000):
        real_click(qtbot, borne.window.session.view, page, "fichier")
    assert shown == [True]
    assert not controller.desk.picker_layer.isVisible()
    assert borne.window.session is None


def test_top_bar_scanner_button(qtbot, borne, controller):
    open_tile(qtbot, borne, "caf")
    assert controller.scan_button.isVisible() and controller.print_button.isVisible()
    QTest.mouseClick(controller.scan_button, Qt.MouseButton.LeftButton)
    assert controller.desk.scanner_layer.isVisible()
    QTest.mouseClick(controller.desk.scanner.cancel_button, Qt.MouseButton.LeftButton)
    assert not controller.desk.scanner_layer.isVisible()


FSA_SCRIPT = """
window.__fsa = 'attente';
document.body.addEventListener('click', function () {
  if (!window.showOpenFilePicker) { window.__fsa = 'absent'; return; }
  window.showOpenFilePicker().then(function (handles) {
    window.__nom = handles[0].name;
    return handles[0].createWritable();
  }).then(function () { window.__fsa = 'ecriture'; },
          function (e) { window.__fsa = e.name; });
}, {once: true});
return true;
"""

DIRECTORY_SCRIPT = """
window.__dossier = 'attente';
document.body.addEventListener('click', function () {
  window.showDirectoryPicker().then(function () { window.__dossier = 'ouvert'; },
                                    function (e) { window.__dossier = e.name; });
}, {once: true});
return true;
"""


def test_file_system_access_gives_no_write_and_no_folder(qtbot, borne, controller):
    """showOpenFilePicker goes through our picker (read only, session files);
    writing (fileSystemAccessRequested) and folders are refused."""
    page = open_tile(qtbot, borne, "caf")
    desk = controller.desk
    click(qtbot, page, "lien-attestation")
    qtbot.waitUntil(desk.viewer_layer.isVisible, timeout=8000)
    desk.close_viewer()
    seen = {}
    in_the_picker(desk, lambda: send_first_document(desk, seen))
    run_js(qtbot, page, FSA_SCRIPT)
    touch_page(borne.window, borne.window.session.view, QPoint(20, 300))
    qtbot.waitUntil(lambda: run_js(qtbot, page, "return window.__fsa;") != "attente",
                    timeout=10000)
    assert seen["paths"] == ["attestation.pdf"]  # only this session's documents
    assert run_js(qtbot, page, "return window.__nom;") == "attestation.pdf"
    assert run_js(qtbot, page, "return window.__fsa;") not in ("ecriture", "absent")
    run_js(qtbot, page, DIRECTORY_SCRIPT)
    touch_page(borne.window, borne.window.session.view, QPoint(20, 300))
    qtbot.waitUntil(lambda: run_js(qtbot, page, "return window.__dossier;") != "attente",
                    timeout=10000)
    assert run_js(qtbot, page, "return window.__dossier;") != "ouvert"


def test_session_ending_under_a_site_alert(qtbot, borne, controller):
    short_delays(controller, idle=1, warning=1)
    page = open_tile(qtbot, borne, "caf")
    with qtbot.waitSignal(controller.wiped, timeout=10000):
        page.runJavaScript("setTimeout(function () { alert('Message du site'); }, 0);")
    assert borne.window.session is None
    assert not [d for d in borne.window.findChildren(QDialog) if d.isVisible()]


def test_wipe_closes_help_and_resets_zoom(qtbot, borne, controller):
    window = borne.window
    open_tile(qtbot, borne, "caf")
    window.service.zoom_in()
    window.service.zoom_in()
    window.help.ask()
    window.help.fold()
    assert window.help_banner.isVisible()
    with qtbot.waitSignal(controller.wiped, timeout=5000):
        controller.end()
    assert not window.help_banner.isVisible() and not window.help_overlay.isVisible()
    page = open_tile(qtbot, borne, "caf")
    assert page.zoomFactor() == 1.0
    assert window.service.zoom_label.text() == "100 %"


def test_without_a_scanner_the_buttons_say_so(qtbot, borne, controller, tmp_path):
    scanner = controller.desk.scanner
    scanner.device = ""
    scanner.scanimage = str(tmp_path / "no-scanimage")
    with qtbot.waitSignal(controller.desk.scannerAvailable) as signal:
        scanner.probe()
    assert signal.args == [False]
    assert controller.scan_button.text() == "Pas de scanner"
    assert "accueil" in controller.desk.picker.scan_button.text()
    open_tile(qtbot, borne, "caf")
    QTest.mouseClick(controller.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scanner.state.value == "no_scanner", timeout=5000)
    assert "accueil" in scanner.text.text()


def test_with_the_test_scanner_the_button_is_plain(qtbot, controller):
    with qtbot.waitSignal(controller.desk.scannerAvailable, timeout=30000) as signal:
        controller.desk.scanner.probe()
    assert signal.args == [True]
    assert controller.scan_button.text() == "Scanner"


def test_a_usb_stick_is_offered_read_only(qtbot, borne, controller, demo, tmp_path):
    from kiosk.demo.files import make_pdf
    from kiosk.ui.documents import DeskOptions

    stick = tmp_path / "media" / "CLE"
    stick.mkdir(parents=True)
    (stick / "avis.pdf").write_bytes(make_pdf([["Avis sur la clé"]]))
    (stick / "virus.exe").write_bytes(b"MZ\x90\x00")
    desk = controller.desk
    desk.options = DeskOptions(usb_roots=(tmp_path / "media",), is_mount=lambda p: p == stick)
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, demo.url("caf", "/envoi"))
    seen = {}

    def pick_usb():
        seen["labels"] = [desk.picker.list.item(i).text() for i in range(desk.picker.list.count())]
        send_first_document(desk, seen)

    in_the_picker(desk, pick_usb)
    real_click(qtbot, borne.window.session.view, page, "fichier")
    assert sent_format(qtbot, page) == "PDF"
    assert seen["labels"] == ["avis.pdf\n(clé USB)"]
    assert sorted(p.name for p in stick.iterdir()) == ["avis.pdf", "virus.exe"]  # untouched


def test_accompanied_session_closed_by_the_staff(qtbot, borne, controller):
    from kiosk.anonymisation import AssistedFacts
    from kiosk.session import Mode

    recorded = []
    controller.record = recorded.append
    controller.accompany()  # staff start it before the first tile
    open_tile(qtbot, borne, "impots")
    assert controller.session.mode is Mode.ACCOMPAGNE
    assert controller.session.idle_limit_s() == controller.session.settings.idle_accompagne_s
    controller.record_feedback("en_partie")
    assisted = AssistedFacts(role="mediateur_numerique", pathway="acces_aux_droits",
                             thematiques=(), demarche_aboutie=None, autonomie=None,
                             redirection=None)
    with qtbot.waitSignal(controller.wiped, timeout=5000):
        controller.close_accompaniment(assisted)
    facts = recorded[0]
    assert facts.mode == "accompagne" and facts.assisted is assisted
    assert facts.feedback == "en_partie"
    assert facts.organismes == {"impots": "impots"}
    open_tile(qtbot, borne, "caf")  # the next person is autonomous again
    assert controller.session.mode is Mode.AUTONOME


def test_typing_from_the_virtual_keyboard_counts(qtbot, borne, controller, demo):
    """The virtual keyboard is its own window: it types through input-method events."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    short_delays(controller, idle=3, warning=30)
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, demo.url("caf", "/formulaire"))
    view = borne.window.session.view
    real_click(qtbot, view, page, "nom")  # focus the field
    target = view.focusProxy() or view
    for letter in "Marie":
        qtbot.wait(1000)  # 5 × 1 s > the 3 s delay: only the typing keeps it going
        event = QInputMethodEvent("", [])
        event.setCommitString(letter)
        QCoreApplication.sendEvent(target, event)
    assert controller.session.state is State.ACTIVE
    assert not controller.idle.isVisible()
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "return document.getElementById('nom').value;") == "Marie",
        timeout=3000,
    )


def test_countdown_runs_out_even_with_a_field_focused(qtbot, borne, controller, demo):
    """The countdown takes the focus from the page's field: that is not the person."""
    short_delays(controller, idle=3, warning=2)
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, demo.url("caf", "/formulaire"))
    real_click(qtbot, borne.window.session.view, page, "nom")
    wait_js(qtbot, page, "document.activeElement && document.activeElement.id === 'nom'")
    assert controller.session.state is State.ACTIVE
    with qtbot.waitSignal(controller.wiped, timeout=12000):
        pass
    assert borne.window.session is None
