"""Schema authority, and the ``kiosk-federation`` commands."""

from __future__ import annotations

import io

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from kiosk.federation import cli, db
from kiosk.federation.models import Base, Centre, Device


def test_models_and_migrations_agree(database_url):
    engine = db.make_engine(database_url)
    assert db.migrate(engine) is True
    assert db.migrate(engine) is False
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def run(capsys, monkeypatch, *args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_commands_from_centre_to_revoked_borne(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FEDERATION_DATA", str(tmp_path))
    monkeypatch.delenv("FEDERATION_DATABASE", raising=False)
    code, out, _ = run(
        capsys,
        monkeypatch,
        "create-centre",
        "Centre social Le Phare",
        "--departement",
        "2a",
        "--federation",
        "Corse",
    )
    assert code == 0 and "Centre n° 1" in out
    assert (tmp_path / "federation.sqlite3").exists()

    svg = tmp_path / "code.svg"
    code, out, _ = run(
        capsys, monkeypatch, "enrol-code", "1", "--svg", str(svg), "--url", "https://fede.example"
    )
    assert code == 0
    typed = out.split(" : ", 1)[1].split()[0]
    assert len(typed) == 14 and typed.count("-") == 2
    assert "█" in out or "▀" in out
    assert svg.read_text().startswith("<?xml") and "<svg" in svg.read_text()

    code, out, _ = run(capsys, monkeypatch, "init-admin", "admin", stdin="un long mot de passe\n")
    assert code == 0 and "admin" in out
    code, _, err = run(capsys, monkeypatch, "init-admin", "admin2", stdin="court\n")
    assert code == 2 and "au moins 10 caractères" in err

    from kiosk.federation import crud

    factory = db.session_factory(db.make_engine(db.default_url()))
    enrolment = crud.enrol(factory, typed, "Borne")
    code, out, _ = run(capsys, monkeypatch, "rotate-token", enrolment.device_id)
    assert code == 0 and "Nouveau jeton" in out
    code, out, _ = run(capsys, monkeypatch, "list")
    assert "Centre n° 1 : Centre social Le Phare (2A, Corse)" in out
    assert f"borne {enrolment.device_id} « Borne » : jamais synchronisée" in out
    code, out, _ = run(capsys, monkeypatch, "revoke", enrolment.device_id)
    assert code == 0
    assert "retirée" in run(capsys, monkeypatch, "list")[1]
    with factory() as s:
        assert s.get(Device, enrolment.device_id).revoked_at is not None
        assert s.scalar(select(Centre.departement)) == "2A"
    code, _, err = run(capsys, monkeypatch, "rotate-token", enrolment.device_id)
    assert code == 2 and "retirée" in err
    code, _, err = run(
        capsys, monkeypatch, "create-centre", "X", "--departement", "999!", "--federation", "Corse"
    )
    assert code == 2 and "département invalide" in err


def test_serve_answers_with_one_date_header(tmp_path):
    import subprocess
    import sys
    import time

    import httpx

    from tests.federation.webdriver import free_port

    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from kiosk.federation.cli import main; raise SystemExit(main())",
            "--database",
            f"sqlite:///{tmp_path / 'f.sqlite3'}",
            "serve",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        answer = None
        for _ in range(200):
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        assert answer is not None and answer.status_code == 200
        assert len(answer.headers.get_list("date")) == 1
        assert "server" not in answer.headers
    finally:
        process.terminate()
        output = process.communicate(timeout=10)[0].decode()
    assert "GET /api/v1/health" not in output  # no access log: no IP address written
