"""Our upload picker: only this session's documents (and a USB stick's)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.demo.files import make_pdf
from kiosk.sessionfiles import Document, FileKind, Origin, SessionFolder
from kiosk.ui.upload_picker import UploadPicker, thumbnail

PNG_HEADER = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def folder(tmp_path):
    folder = SessionFolder.create(tmp_path / "sessions")
    (folder.downloads / "attestation.pdf").write_bytes(make_pdf([["Attestation"]]))
    (folder.downloads / "programme.exe").write_bytes(b"MZ\x90\x00")
    (folder.prints / "page imprimee.pdf").write_bytes(make_pdf([["Page"]]))
    return folder


@pytest.fixture
def picker(qtbot):
    picker = UploadPicker()
    picker.resize(1280, 800)
    qtbot.addWidget(picker)
    picker.show()
    yield picker
    picker.close()


def save_png(path, qapp):
    from PySide6.QtGui import QColor, QImage

    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(path), "PNG")


def test_picker_lists_only_this_sessions_documents(qapp, picker, folder, tmp_path):
    save_png(folder.scans / "scan.png", qapp)
    other_session = SessionFolder.create(tmp_path / "sessions")
    (other_session.downloads / "someone else.pdf").write_bytes(make_pdf([["Autre"]]))
    (tmp_path / "loose.pdf").write_bytes(make_pdf([["Ailleurs"]]))
    picker.show_documents(folder.documents())
    names = sorted(p.rsplit("/", 1)[-1] for p in picker.paths())
    assert names == ["attestation.pdf", "scan.png"]
    assert all(p.startswith(str(folder.path)) for p in picker.paths())


def test_choose_one_document(qtbot, picker, folder):
    picker.show_documents(folder.documents())
    assert not picker.send_button.isEnabled()
    item = picker.list.item(0)
    rect = picker.list.visualItemRect(item)
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.send_button.isEnabled()
    with qtbot.waitSignal(picker.chosen) as signal:
        qtbot.mouseClick(picker.send_button, Qt.MouseButton.LeftButton)
    assert signal.args == [[str(folder.downloads / "attestation.pdf")]]


def test_choose_several_when_the_site_allows_it(qtbot, qapp, picker, folder):
    save_png(folder.scans / "scan.png", qapp)
    picker.show_documents(folder.documents(), multiple=True)
    for index in range(picker.list.count()):
        picker.list.item(index).setSelected(True)
    assert picker.send_button.text() == "Envoyer ces documents"
    with qtbot.waitSignal(picker.chosen) as signal:
        picker.send_button.click()
    assert len(signal.args[0]) == 2


def test_usb_documents_are_marked(picker, folder, tmp_path):
    stick_file = tmp_path / "stick" / "avis.pdf"
    stick_file.parent.mkdir()
    stick_file.write_bytes(make_pdf([["Avis"]]))
    usb = [Document(stick_file, FileKind.PDF, Origin.USB, stick_file.stat().st_size)]
    picker.show_documents(folder.documents(), usb)
    assert picker.paths()[-1] == str(stick_file)
    assert "clé USB" in picker.list.item(picker.list.count() - 1).text()


def test_empty_session_says_what_to_do(qtbot, picker):
    picker.show_documents([])
    assert picker.list.isHidden()
    assert picker.empty.isVisible()
    assert "scanner" in picker.empty.text()
    assert picker.send_button.isHidden()
    with qtbot.waitSignal(picker.scanRequested):
        qtbot.mouseClick(picker.scan_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(picker.cancelled):
        qtbot.mouseClick(picker.cancel_button, Qt.MouseButton.LeftButton)


def test_thumbnails_show_the_first_page(qapp, folder):
    picture = thumbnail(folder.downloads / "attestation.pdf", FileKind.PDF).toImage()
    dark = sum(
        1
        for y in range(2, picture.height() - 2)
        for x in range(2, picture.width() - 2)
        if picture.pixelColor(x, y).lightness() < 200
    )
    assert dark > 5  # the heading's letters


def test_thumbnail_of_an_image(qapp, folder):
    save_png(folder.scans / "scan.png", qapp)
    picture = thumbnail(folder.scans / "scan.png", FileKind.PNG).toImage()
    assert picture.pixelColor(picture.width() // 2, picture.height() // 2).name() == "#336699"
