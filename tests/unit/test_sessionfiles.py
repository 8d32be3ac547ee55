"""The per-session folder: private, typed by bytes, safely named, fully deleted."""

from __future__ import annotations

import stat

import pytest

from kiosk.demo.files import make_pdf
from kiosk.sessionfiles import (
    FileKind,
    Origin,
    Refused,
    Rejection,
    SessionFolder,
    matches_accept,
    mime_may_be_allowed,
    purge_stale,
    safe_stem,
    sniff,
    usb_documents,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 32
PDF = make_pdf([["Attestation"]])


@pytest.fixture
def folder(tmp_path):
    return SessionFolder.create(tmp_path / "base")


def test_folder_is_private(folder):
    assert stat.S_IMODE(folder.path.stat().st_mode) == 0o700
    for sub in (folder.downloads, folder.scans, folder.prints):
        assert sub.is_dir()
        assert stat.S_IMODE(sub.stat().st_mode) == 0o700


def test_two_sessions_get_two_folders(tmp_path):
    one = SessionFolder.create(tmp_path)
    two = SessionFolder.create(tmp_path)
    assert one.path != two.path


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (PDF, FileKind.PDF),
        (PNG, FileKind.PNG),
        (JPEG, FileKind.JPEG),
        (b"\n\n%PDF-1.7 junk first", FileKind.PDF),
        (b"PK\x03\x04zip", None),
        (b"MZ\x90\x00program", None),
        (b"<html>%PDF-", FileKind.PDF),  # a PDF header is a PDF to any reader
        (b"GIF89a", None),
        (b"", None),
    ],
)
def test_kind_comes_from_bytes(head, kind):
    assert sniff(head) is kind


def test_a_program_named_pdf_is_refused_and_deleted(folder):
    path = folder.downloads / "attestation.pdf"
    path.write_bytes(b"MZ\x90\x00" + b"\0" * 100)
    result = folder.accept(path)
    assert result == Rejection(Refused.TYPE)
    assert not path.exists()
    assert folder.documents() == []


def test_an_empty_file_is_refused(folder):
    path = folder.downloads / "vide.pdf"
    path.write_bytes(b"")
    assert folder.accept(path) == Rejection(Refused.EMPTY)
    assert not path.exists()


def test_a_pdf_named_txt_gets_its_real_extension(folder):
    path = folder.downloads / "attestation.txt"
    path.write_bytes(PDF)
    document = folder.accept(path)
    assert not isinstance(document, Rejection)
    assert document.kind is FileKind.PDF
    assert document.name == "attestation.pdf"
    assert document.path.read_bytes() == PDF


@pytest.mark.parametrize(
    ("suggested", "stem"),
    [
        ("attestation.pdf", "attestation"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\evil.exe", "evil"),
        (".bashrc", "bashrc"),
        ("relevé de situation.pdf", "relevé de situation"),
        ("a\x00b\x1bc.pdf", "abc"),
        ("x" * 300 + ".pdf", "x" * 60),
        ("", "document"),
        ("...", "document"),
        ("a/b/", "document"),
        ("<script>.png", "script"),
    ],
)
def test_safe_names(suggested, stem):
    assert safe_stem(suggested) == stem


def test_names_are_unique(folder):
    first = folder.unique_path(folder.downloads, "attestation.pdf", FileKind.PDF)
    first.write_bytes(PDF)
    second = folder.unique_path(folder.downloads, "attestation.pdf", FileKind.PDF)
    assert second.name == "attestation (2).pdf"
    second.write_bytes(PDF)
    third = folder.unique_path(folder.downloads, "attestation", FileKind.PDF)
    assert third.name == "attestation (3).pdf"


def test_documents_lists_downloads_and_scans_only(folder, tmp_path):
    (folder.downloads / "a.pdf").write_bytes(PDF)
    (folder.scans / "scan.jpg").write_bytes(JPEG)
    (folder.prints / "page.pdf").write_bytes(PDF)  # print files are not offered for upload
    (folder.downloads / "note.txt").write_text("texte")
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(PDF)
    (folder.downloads / "link.pdf").symlink_to(outside)
    documents = folder.documents()
    assert sorted((d.name, d.origin) for d in documents) == [
        ("a.pdf", Origin.DOWNLOAD),
        ("scan.jpg", Origin.SCAN),
    ]


def test_delete_removes_everything(folder):
    (folder.downloads / "a.pdf").write_bytes(PDF)
    locked = folder.scans / "locked.png"
    locked.write_bytes(PNG)
    locked.chmod(0o400)
    folder.scans.chmod(0o500)
    folder.delete()
    assert not folder.path.exists()
    folder.delete()  # twice is fine


def test_purge_stale_folders(tmp_path):
    base = tmp_path / "base"
    left = SessionFolder.create(base)
    (left.downloads / "a.pdf").write_bytes(PDF)
    keep = base / "not-a-session"
    keep.mkdir()
    assert purge_stale(base) == 1
    assert not left.path.exists()
    assert keep.exists()
    assert purge_stale(tmp_path / "missing") == 0


def test_purge_stale_keeps_what_it_cannot_delete_and_goes_on(tmp_path, monkeypatch):
    base = tmp_path / "base"
    first, second = SessionFolder.create(base), SessionFolder.create(base)
    real_delete = SessionFolder.delete

    def stuck(folder):
        if folder.path == first.path:
            raise PermissionError("busy")
        real_delete(folder)

    monkeypatch.setattr(SessionFolder, "delete", stuck)
    assert purge_stale(base) == 1
    assert first.path.exists() and not second.path.exists()


@pytest.mark.parametrize(
    ("mime", "allowed"),
    [
        ("application/pdf", True),
        ("image/png", True),
        ("image/jpeg; charset=binary", True),
        ("application/octet-stream", True),  # judged on its bytes afterwards
        ("", True),
        ("application/zip", False),
        ("application/x-msdownload", False),
        ("text/html", False),
        ("image/svg+xml", False),
    ],
)
def test_mime_precheck(mime, allowed):
    assert mime_may_be_allowed(mime) is allowed


def test_usb_documents_on_mounted_sticks_only(tmp_path):
    media = tmp_path / "media"
    stick = media / "borne" / "CLE_USB"
    (stick / "papiers").mkdir(parents=True)
    (stick / "papiers" / "avis.pdf").write_bytes(PDF)
    (stick / "photo.png").write_bytes(PNG)
    (stick / "virus.exe").write_bytes(b"MZ\x90\x00")
    (stick / ".cache").mkdir()
    (stick / ".cache" / "hidden.pdf").write_bytes(PDF)
    unmounted = media / "vide"
    unmounted.mkdir()
    (unmounted / "old.pdf").write_bytes(PDF)
    documents = usb_documents([media, tmp_path / "run-media"], is_mount=lambda p: p == stick)
    assert sorted(d.path.relative_to(stick).as_posix() for d in documents) == [
        "papiers/avis.pdf",
        "photo.png",
    ]
    assert {d.origin for d in documents} == {Origin.USB}


def test_no_usb_stick_means_no_documents(tmp_path):
    assert usb_documents([tmp_path / "nothing"]) == []


@pytest.mark.parametrize(
    ("kind", "accepted", "fits"),
    [
        (FileKind.PDF, [], True),
        (FileKind.PDF, [".pdf"], True),
        (FileKind.PDF, ["application/pdf"], True),
        (FileKind.PDF, ["image/*"], False),
        (FileKind.JPEG, ["image/*"], True),
        (FileKind.JPEG, [".jpeg"], True),
        (FileKind.JPEG, [".JPG"], True),
        (FileKind.PNG, [".jpg", ".pdf"], False),
        (FileKind.PNG, ["*/*"], True),
        (FileKind.JPEG, ["image/jpg"], True),
        (FileKind.PDF, [" ", ""], True),
    ],
)
def test_accept_lists(kind, accepted, fits):
    assert matches_accept(kind, accepted) is fits


def test_adopt_an_existing_folder(tmp_path):
    path = tmp_path / "browser-session"
    path.mkdir(mode=0o755)
    folder = SessionFolder.adopt(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o700
    assert folder.downloads.is_dir() and folder.scans.is_dir() and folder.prints.is_dir()
    assert SessionFolder.adopt(path).path == path  # twice is fine
