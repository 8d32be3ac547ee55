"""``kiosk sync status|now|enrol`` through cli.main, against the real server."""

from __future__ import annotations

from kiosk import cli
from kiosk.journal import Journal
from kiosk.sync import credentials


def test_enrol_now_status_from_the_command_line(tmp_path, sqlite_server, capsys):
    credentials.forget()
    path = tmp_path / "journal.sqlite3"
    db = ["--database", str(path)]
    try:
        assert cli.main(["sync", "status", *db]) == 0
        assert "pas reliée à une fédération" in capsys.readouterr().out
        assert cli.main(["sync", "now", *db]) == 1

        assert cli.main(["sync", "enrol", "http://exemple.fr", "AAAA-BBBB-CCCC", *db]) == 2
        assert "https://" in capsys.readouterr().err
        assert cli.main(["sync", "enrol", sqlite_server.url, "ZZZZ-ZZZZ-ZZZZ", *db]) == 2
        assert "Code d'inscription inconnu" in capsys.readouterr().err

        code = sqlite_server.code()
        assert cli.main(["sync", "enrol", sqlite_server.url, code, *db]) == 0
        assert "Borne inscrite" in capsys.readouterr().out
        device = credentials.load().device_id

        from tests.sync.conftest import Borne

        borne = Borne(tmp_path / "autre")  # only to journal sessions into our file
        borne.journal.close()
        borne.outbox.close()
        borne.journal = Journal(path, known_organismes=frozenset({"caf"}))
        borne.journal.open()
        borne.sessions(6)
        totals = borne.totals()
        borne.journal.close()

        assert cli.main(["sync", "now", *db]) == 0
        out = capsys.readouterr().out
        assert "à jour" in out and "Envois en attente : 0" in out
        assert sqlite_server.totals(device) == totals
        assert cli.main(["sync", "status", *db]) == 0
        out = capsys.readouterr().out
        assert "Dernier envoi réussi : " in out and "jamais" not in out
        assert "127.0.0.1" in out
    finally:
        credentials.forget()
