"""The borne-facing API through HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

from sqlalchemy import func, select

from kiosk.federation import crud
from kiosk.federation.models import Batch, Cell, Device, Monthly, Yearly
from tests.federation.helpers import VOCAB, batch, cell, enrol


def send(client, borne, body, **kwargs):
    device_id, headers = borne
    return client.post(f"/api/v1/devices/{device_id}/batches", json=body, headers=headers, **kwargs)


def stored_cells(factory):
    with factory() as s:
        return {
            (c.day, c.dimension, c.code): (c.value, c.revision) for c in s.scalars(select(Cell))
        }


def counts(factory):
    with factory() as s:
        return (
            s.scalar(select(func.count()).select_from(Cell)),
            s.scalar(select(func.count()).select_from(Batch)),
            s.scalar(select(func.coalesce(func.sum(Monthly.value), 0))),
        )


def assert_error(answer, status, code):
    assert answer.status_code == status, answer.text
    data = answer.json()
    assert data["code"] == code
    assert isinstance(data["message"], str) and len(data["message"]) > 10
    return data


def test_health_and_date_header_on_every_response(client):
    answer = client.get("/api/v1/health")
    assert answer.json()["status"] == "ok"
    assert VOCAB in answer.json()["vocabulary_versions"]
    assert answer.headers["date"] == "Wed, 25 Nov 2026 09:00:00 GMT"
    missing = client.get("/nulle-part")
    assert missing.status_code == 404 and "date" in missing.headers
    assert missing.json()["code"] == "introuvable"


def test_openapi_lists_the_versioned_routes(client):
    spec = client.get("/openapi.json").json()
    assert "/api/v1/enrol" in spec["paths"]
    assert "/api/v1/devices/{device_id}/batches" in spec["paths"]
    body = spec["paths"]["/api/v1/devices/{device_id}/batches"]["post"]["requestBody"]
    assert "cells" in body["content"]["application/json"]["schema"]["properties"]


def test_enrol_gives_a_token_once_and_the_code_is_single_use(client, factory, centre_id):
    code = crud.make_enrol_code(factory, centre_id)
    first = client.post("/api/v1/enrol", json={"code": code.lower().replace("-", " ")})
    assert first.status_code == 201
    data = first.json()
    assert data["centre"]["name"] == "Centre social des Oliviers"
    with factory() as s:
        device = s.get(Device, data["device_id"])
        assert device is not None and data["token"] not in device.token_hash
    assert_error(client.post("/api/v1/enrol", json={"code": code}), 401, "code_deja_utilise")
    assert_error(
        client.post("/api/v1/enrol", json={"code": "AAAA-BBBB-CCCC"}), 401, "code_invalide"
    )
    assert_error(client.post("/api/v1/enrol", json={"nope": 1}), 422, "format_invalide")


def test_an_expired_code_is_refused(client, factory, centre_id, clock):
    code = crud.make_enrol_code(factory, centre_id, hours=-1)
    assert_error(client.post("/api/v1/enrol", json={"code": code}), 401, "code_expire")


def test_a_batch_is_stored_and_an_identical_replay_returns_the_same_ack(client, factory, borne):
    body = batch([cell("all", 12, 3), cell("autonome", 9, 2), cell("accompagne", 3, 2)])
    first = send(client, borne, body)
    assert first.status_code == 200, first.text
    assert first.json()["applied"] == 3 and first.json()["ignored"] == []
    before = counts(factory)
    for _ in range(3):
        again = send(client, borne, body)
        assert again.status_code == 200
        assert again.json() == first.json()
        assert again.headers["idempotent-replay"] == "true"
    shuffled = dict(body, cells=list(reversed(body["cells"])))
    assert send(client, borne, shuffled).json() == first.json()
    assert counts(factory) == before == (3, 1, 24)


def test_same_batch_id_with_another_body_is_a_conflict(client, factory, borne):
    body = batch([cell("all", 12, 1)])
    assert send(client, borne, body).status_code == 200
    changed = dict(body, cells=[cell("all", 13, 1)])
    data = assert_error(send(client, borne, changed), 409, "lot_different")
    assert data["details"]["batch_id"] == body["batch_id"]
    assert stored_cells(factory)[("2026-11-24", "total", "all")] == (12, 1)


def test_a_batch_id_of_another_borne_is_a_conflict(client, factory, centre_id, borne):
    other = enrol(client, factory, centre_id)
    body = batch([cell("all", 5, 1)])
    assert send(client, borne, body).status_code == 200
    assert_error(send(client, other, body), 409, "lot_different")


def test_newer_revisions_replace_older_ones_are_ignored(client, factory, borne):
    assert send(client, borne, batch([cell("all", 10, 5)])).status_code == 200
    newer = send(client, borne, batch([cell("all", 14, 6), cell("autonome", 4, 1)], sequence=2))
    assert newer.json()["applied"] == 2
    older = send(client, borne, batch([cell("all", 3, 4), cell("autonome", 5, 2)], sequence=3))
    assert older.status_code == 200
    ack = older.json()
    assert ack["applied"] == 1
    assert ack["ignored"] == [
        {
            "day": "2026-11-24",
            "metric": "sessions",
            "dimension": "total",
            "code": "all",
            "stored_revision": 6,
        }
    ]
    cells = stored_cells(factory)
    assert cells[("2026-11-24", "total", "all")] == (14, 6)
    assert cells[("2026-11-24", "mode", "autonome")] == (5, 2)
    with factory() as s:
        monthly = {(m.dimension, m.code): m.value for m in s.scalars(select(Monthly))}
        assert monthly == {("total", "all"): 14, ("mode", "autonome"): 5}
        assert s.get(Device, borne[0]).last_sequence == 3


def test_a_day_more_than_one_day_ahead_is_refused(client, factory, borne):
    tomorrow = (client.app.state.federation.clock() + timedelta(days=1)).date().isoformat()
    assert send(client, borne, batch([cell("all", 1, 1, day=tomorrow)])).status_code == 200
    data = assert_error(
        send(client, borne, batch([cell("all", 1, 1, day="2026-11-27")])), 422, "periode_future"
    )
    assert data["details"]["jours"] == ["2026-11-27"]
    assert ("2026-11-27", "total", "all") not in stored_cells(factory)


def test_unknown_period_is_accepted(client, factory, borne):
    assert send(client, borne, batch([cell("all", 2, 1, day="inconnu")])).status_code == 200
    assert stored_cells(factory)[("inconnu", "total", "all")] == (2, 1)


def test_unknown_codes_are_named_and_nothing_is_stored(client, factory, borne):
    body = batch(
        [
            cell("all", 12, 1),
            cell("en_voiture", 3, 1, dimension="thematique"),
            cell("kazoo", 3, 1, dimension="organisme"),
            cell("logement", 3, 1, dimension="thematique"),
        ]
    )
    data = assert_error(send(client, borne, body), 422, "codes_inconnus")
    assert data["details"] == [
        {"dimension": "thematique", "code": "en_voiture"},
        {"dimension": "organisme", "code": "kazoo"},
    ]
    assert "en_voiture" in data["message"] and "kazoo" in data["message"]
    assert counts(factory) == (0, 0, 0)
    assert_error(send(client, borne, batch([cell()], vocabulary="v0")), 422, "vocabulaire_inconnu")


def test_one_invalid_cell_stores_nothing(client, factory, borne):
    good = [cell("all", 12, 1), cell("autonome", 9, 1)]
    for bad in (
        cell("accompagne", -1, 1),
        cell("accompagne", 1, 1, day="2026-02-30"),
        cell("accompagne", "3", 1),
        cell("accompagne", 1, 1, metric="cafes_bus"),
        cell("all", 1, 1, metric="pages_imprimees", dimension="mode"),
        good[0],
    ):
        answer = send(client, borne, batch([*good, bad]))
        assert answer.status_code == 422, answer.text
        assert answer.json()["message"]
    assert counts(factory) == (0, 0, 0)


def test_malformed_json_and_wrong_shapes(client, borne):
    device_id, headers = borne
    url = f"/api/v1/devices/{device_id}/batches"
    raw = client.post(url, content=b"{pas du json", headers=headers)
    assert_error(raw, 400, "json_invalide")
    assert_error(client.post(url, content=b"\xff\xfe", headers=headers), 400, "json_invalide")
    assert_error(client.post(url, json=[1, 2], headers=headers), 422, "format_invalide")
    body = batch([cell()])
    assert_error(send(client, borne, dict(body, batch_id="x")), 422, "format_invalide")
    assert_error(send(client, borne, dict(body, schema_version=99)), 422, "version_non_geree")
    assert_error(send(client, borne, dict(body, cells=[cell(), cell()])), 422, "cellule_en_double")


def test_size_limits(client, factory, borne):
    too_many = [
        cell(f"{h:02d}", 1, 1, dimension="heure", day=f"2026-11-{d:02d}")
        for d in range(1, 11)
        for h in range(24)
    ]
    assert len(too_many) > 200
    assert_error(send(client, borne, batch(too_many)), 413, "lot_trop_gros")
    device_id, headers = borne
    huge = json.dumps(batch([cell()])).encode() + b" " * 70_000
    url = f"/api/v1/devices/{device_id}/batches"
    assert_error(client.post(url, content=huge, headers=headers), 413, "lot_trop_gros")

    def chunks():
        yield json.dumps(batch([cell()])).encode()
        for _ in range(100):
            yield b" " * 1000

    streamed = client.post(url, content=chunks(), headers=headers)
    assert_error(streamed, 413, "lot_trop_gros")
    assert counts(factory) == (0, 0, 0)


def test_wrong_missing_and_revoked_tokens(client, factory, borne):
    device_id, headers = borne
    url = f"/api/v1/devices/{device_id}/batches"
    body = batch([cell()])
    assert_error(client.post(url, json=body), 401, "jeton_invalide")
    wrong = {"Authorization": "Bearer " + "x" * 43}
    assert_error(client.post(url, json=body, headers=wrong), 401, "jeton_invalide")
    crud.revoke(factory, device_id)
    answer = assert_error(client.post(url, json=body, headers=headers), 401, "borne_revoquee")
    assert answer["message"].startswith("Cette borne")
    assert counts(factory) == (0, 0, 0)


def test_a_token_writes_only_its_own_borne(client, factory, centre_id, borne):
    other_centre = crud.create_centre(factory, "Centre Arc-en-ciel", "62", "Nord")
    victim_id, _ = enrol(client, factory, other_centre)
    _, headers = borne
    answer = client.post(
        f"/api/v1/devices/{victim_id}/batches", json=batch([cell()]), headers=headers
    )
    assert_error(answer, 403, "autre_borne")
    assert counts(factory) == (0, 0, 0)


def test_rotating_the_token_stops_the_old_one_at_the_new_ones_first_use(client, factory, borne):
    device_id, headers = borne
    answer = client.post(f"/api/v1/devices/{device_id}/token", headers=headers)
    assert answer.status_code == 201
    new = {"Authorization": f"Bearer {answer.json()['token']}"}
    assert send(client, borne, batch([cell()])).status_code == 200  # still valid: pending
    assert send(client, (device_id, new), batch([cell(value=3, revision=3)])).status_code == 200
    assert_error(send(client, borne, batch([cell()])), 401, "jeton_invalide")
    token = crud.rotate_token(factory, device_id)
    assert (
        send(
            client,
            (device_id, {"Authorization": f"Bearer {token}"}),
            batch([cell(value=4, revision=4)]),
        ).status_code
        == 200
    )


def test_two_bornes_of_a_centre_add_up_in_the_monthly_sums(client, factory, centre_id, borne):
    second = enrol(client, factory, centre_id)
    send(client, borne, batch([cell("all", 4, 1), cell("all", 6, 1, day="2026-10-02")]))
    send(client, second, batch([cell("all", 5, 1)]))
    send(client, borne, batch([cell("all", 7, 2)], sequence=2))
    with factory() as s:
        months = {m.month: m.value for m in s.scalars(select(Monthly))}
        years = {y.year: y.value for y in s.scalars(select(Yearly))}
    assert months == {"2026-11": 12, "2026-10": 6}
    assert years == {"2026": 18}


def test_random_batch_ids_from_the_same_borne_never_collide(client, factory, borne):
    ids = {
        send(client, borne, batch([cell("all", n, n)], sequence=n)).json()["batch_id"]
        for n in range(1, 6)
    }
    assert len(ids) == 5 and all(uuid.UUID(i) for i in ids)
    assert stored_cells(factory)[("2026-11-24", "total", "all")] == (5, 5)


def test_an_older_vocabulary_version_can_be_accepted_too(database_url, clock, tmp_path):
    from fastapi.testclient import TestClient

    from kiosk.federation.app import create_app
    from kiosk.federation.state import Settings
    from kiosk.federation.vocabularies import Vocabularies
    from kiosk.paths import VOCABULARY

    old = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    old["version"] = "coop-cra-v2-2026-01"
    del old["thematique_numerique"]["intelligence_artificielle"]
    old_file = tmp_path / "vocabulary-2026-01.json"
    old_file.write_text(json.dumps(old), encoding="utf-8")
    app = create_app(
        Settings(database_url=database_url), Vocabularies([old_file, VOCABULARY]), clock
    )
    with TestClient(app) as client:
        factory = app.state.federation.factory
        centre = crud.create_centre(factory, "Centre", "59", "Nord")
        borne = enrol(client, factory, centre)
        ia = cell("intelligence_artificielle", 2, 1, dimension="thematique")
        refused = send(client, borne, batch([ia], vocabulary="coop-cra-v2-2026-01"))
        assert_error(refused, 422, "codes_inconnus")
        email = cell("email", 2, 1, dimension="thematique")
        assert (
            send(client, borne, batch([email], vocabulary="coop-cra-v2-2026-01")).status_code == 200
        )
        assert send(client, borne, batch([ia], vocabulary=VOCAB)).status_code == 200
        health = client.get("/api/v1/health").json()
        assert health["vocabulary_versions"] == ["coop-cra-v2-2026-01", VOCAB]
    factory.kw["bind"].dispose()


def test_yearly_sums_of_a_big_centre_pass_two_to_the_31(client, factory, centre_id):
    from datetime import date, timedelta

    from kiosk.sync.protocol import MAX_VALUE

    days = [(date(2025, 1, 1) + timedelta(days=n)).isoformat() for n in range(365)]
    for _ in range(6):
        borne = enrol(client, factory, centre_id)
        for chunk in (days[:180], days[180:]):
            cells = [cell("all", MAX_VALUE, 1, day) for day in chunk]
            assert send(client, borne, batch(cells)).status_code == 200
    with factory() as s:
        assert s.scalar(select(Yearly.value).where(Yearly.year == "2025")) == 6 * 365 * MAX_VALUE
