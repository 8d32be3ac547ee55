"""System dialogs a kiosk must never show: file dialog, print dialog, colour and
login boxes; downloads of programs and archives.

Every system dialog is an escape: the Qt file dialog browses the whole disk
(and can launch programs through "Open with" on some desktops), the print
dialog offers "Print to file" anywhere on the disk, and a login box shows an
address the kiosk otherwise never shows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.escape.probe import assert_held, foreign_windows
from tests.ui.web import load, open_tile, real_click, run_js, wait_js


def _picker_then_cancel(qtbot, window, controller, seen):
    desk = controller.desk

    def on_shown():
        desk.pickerShown.disconnect(on_shown)

        def look():
            try:
                seen["picker"] = desk.picker_layer.isVisible()
                seen["system"] = [type(w).__name__ for w in QApplication.allWidgets()
                                  if isinstance(w, QFileDialog)]
                seen["foreign"] = foreign_windows(window)
            finally:
                desk.picker.cancel_button.click()

        QTimer.singleShot(50, look)

    desk.pickerShown.connect(on_shown)


@pytest.mark.parametrize("attributes", ["", "multiple", "webkitdirectory", "accept=.exe"],
                         ids=["file-input", "file-input-multiple", "folder-input",
                              "file-input-accepting-programs"])
def test_file_input_opens_our_picker_never_the_file_dialog(
        qtbot, borne, controller, hostile, attributes):
    """Known failure: kiosks built on a stock browser show the toolkit's file dialog,
    a window onto the whole disk (other users' files, /etc, mounted shares)."""
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, hostile.page("/envoi", f"<!doctype html><input type=file id=f {attributes}"
                                             " style='width:300px;height:80px'>"))
    seen: dict = {}
    _picker_then_cancel(qtbot, borne.window, controller, seen)
    real_click(qtbot, borne.window.session.view, page, "f")
    if attributes == "webkitdirectory":  # a folder input gets nothing at all
        qtbot.wait(800)
        assert seen == {}
    else:  # our picker was shown, and it was the only thing on screen
        qtbot.waitUntil(lambda: "foreign" in seen, timeout=8000)
        assert seen["picker"] and seen["system"] == [] and seen["foreign"] == []
    assert not [w for w in QApplication.allWidgets() if isinstance(w, QFileDialog)]
    assert run_js(qtbot, page, "return document.getElementById('f').files.length;") == 0
    assert_held(qtbot, borne, hostile)


def test_file_system_access_directory_picker_is_refused(qtbot, borne, controller, hostile):
    """showDirectoryPicker would hand a whole folder of the disk to the site."""
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, hostile.page("/dossier", "<!doctype html><button id=b onclick=\""
                                   "showDirectoryPicker().then(function(){window.__r='ok'},"
                                   "function(e){window.__r=e.name})\">x</button>"))
    real_click(qtbot, borne.window.session.view, page, "b")
    qtbot.waitUntil(lambda: run_js(qtbot, page, "return window.__r || null;") is not None,
                    timeout=5000)
    assert run_js(qtbot, page, "return window.__r;") != "ok"
    assert_held(qtbot, borne, hostile)


def test_colour_input_shows_no_system_dialog(qtbot, borne, hostile):
    """<input type=color> opens the toolkit's colour dialog in a stock QtWebEngine view."""
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, hostile.page("/couleur", "<!doctype html><input type=color id=c "
                                               "style='width:200px;height:80px'>"))
    real_click(qtbot, borne.window.session.view, page, "c")
    qtbot.wait(800)
    assert foreign_windows(borne.window) == []
    assert_held(qtbot, borne, hostile)


def test_http_login_box_is_never_shown(qtbot, borne, hostile):
    """A 401 with Basic authentication makes stock browsers show a login box with the
    host in it; on a kiosk it is a trap (a fake 'borne password' prompt)."""
    page = open_tile(qtbot, borne, "caf")
    url = hostile.page("/auth", "<p id=refuse>non</p>", 401,
                       {"WWW-Authenticate": 'Basic realm="Borne"'})
    page.load(QUrl(url))
    qtbot.wait(1200)
    assert foreign_windows(borne.window) == []
    assert QApplication.activeModalWidget() is None
    assert_held(qtbot, borne, hostile)


def _print_case(qtbot, borne, controller, hostile, script):
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, hostile.page("/imprimer", "<!doctype html><p>À imprimer</p>"
                                   "<iframe id=cadre srcdoc='<p>cadre</p>'></iframe>"))
    run_js(qtbot, page, script)
    desk = controller.desk
    qtbot.waitUntil(desk.confirm.isVisible, timeout=10000)
    assert foreign_windows(borne.window) == []  # no QPrintDialog / QPageSetupDialog
    desk.confirm.cancel_button.click()
    assert_held(qtbot, borne, hostile)


def test_window_print_is_our_confirmation_not_the_print_dialog(qtbot, borne, controller, hostile):
    """Known failure: the system print dialog offers "Print to file", a save dialog
    onto the disk, and printer properties with their own file pickers."""
    _print_case(qtbot, borne, controller, hostile, "setTimeout(function(){window.print()}, 10);"
                                                   "return true;")


def test_print_from_a_frame_never_shows_the_print_dialog(qtbot, borne, controller, hostile):
    """Sites often print an attestation from a hidden frame. QtWebEngine signals it
    with printRequestedByFrame, not printRequested: our confirmation shows, never
    the system dialog."""
    _print_case(qtbot, borne, controller, hostile,
                "var f = document.getElementById('cadre'); setTimeout(function(){"
                "f.contentWindow.print()}, 10); return true;")


DOWNLOADS = {
    "exe": ("programme.exe", "application/x-msdownload", b"MZ\x90\x00" + b"\x00" * 60),
    "msi": ("installe.msi", "application/x-msi", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 56),
    "shell-script": ("lance.sh", "application/x-sh", b"#!/bin/sh\nrm -rf ~\n"),
    "debian-package": ("paquet.deb", "application/vnd.debian.binary-package",
                       b"!<arch>\ndebian-binary   "),
    "jar": ("appli.jar", "application/java-archive", b"PK\x03\x04" + b"\0" * 40),
    "zip": ("archive.zip", "application/zip", b"PK\x03\x04" + b"\0" * 40),
    "html-attachment": ("page.html", "text/html", b"<script>alert(1)</script>"),
    "svg-with-script": ("image.svg", "image/svg+xml",
                        b"<svg xmlns='http://www.w3.org/2000/svg'><script>1</script></svg>"),
    "program-disguised-as-pdf": ("facture.pdf", "application/pdf", b"MZ\x90\x00" + b"\0" * 60),
    "program-disguised-as-png": ("photo.png", "image/png", b"MZ\x90\x00" + b"\0" * 60),
}


@pytest.mark.parametrize("case", list(DOWNLOADS))
def test_programs_and_archives_are_never_kept(qtbot, borne, controller, hostile, case):
    """Known failure: kiosks saving any download to ~/Downloads, where the next person
    finds it, or a double-click runs it."""
    name, mime, body = DOWNLOADS[case]
    link = hostile.raw(f"/telecharger/{name}", body, 200, {
        "Content-Type": mime, "Content-Disposition": f'attachment; filename="{name}"'})
    page = open_tile(qtbot, borne, "caf")
    folder = controller.desk.folder
    load(qtbot, page, hostile.page("/liens", f"<!doctype html><a id=l href='{link}'>x</a>"))
    run_js(qtbot, page, "document.getElementById('l').click(); return true;")
    qtbot.waitUntil(controller.desk.notice.isVisible, timeout=8000)
    assert "PDF" in controller.desk.notice.text.text()
    qtbot.wait(300)
    assert list(folder.downloads.iterdir()) == []
    assert_held(qtbot, borne, hostile)


@pytest.mark.parametrize("how", ["blob-download-attribute", "data-download-attribute"])
def test_programs_made_by_the_page_are_never_kept(qtbot, borne, controller, hostile, how):
    """A page can build a file in JavaScript and download it without any server."""
    page = open_tile(qtbot, borne, "caf")
    folder = controller.desk.folder
    load(qtbot, page, hostile.page("/fabrique", "<!doctype html><p>x</p>"))
    href = ("URL.createObjectURL(new Blob(['MZ\\x90\\x00 programme'], "
            "{type: 'application/octet-stream'}))") if how.startswith("blob") \
        else "'data:application/octet-stream;base64,TVqQAA=='"
    run_js(qtbot, page, f"var a = document.createElement('a'); a.href = {href};"
                        "a.download = 'outil.exe'; document.body.appendChild(a); a.click();"
                        "return true;")
    qtbot.wait(1500)
    assert list(folder.downloads.iterdir()) == []
    wait_js(qtbot, page, "document.readyState === 'complete'")
    assert_held(qtbot, borne, hostile)
