"""Token rotation asked by the borne, in two steps, over HTTP (SQLite and PostgreSQL).

A pending token is valid from its first use, which retires the current one;
until then the current token works, and asking again replaces the pending
one. Also: the schema migration 0007 on a database that already has bornes.
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text

from kiosk.federation import crud, db
from kiosk.federation.models import Device
from kiosk.federation.security import digest
from tests.federation.helpers import batch, cell, enrol
from tests.federation.test_api import assert_error, send


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def ask(client, device_id, headers):
    answer = client.post(f"/api/v1/devices/{device_id}/token", headers=headers)
    assert answer.status_code == 201, answer.text
    data = answer.json()
    assert set(data) == {"token", "pending_since"}
    return data["token"]


def state(client, device_id, headers):
    return client.get(f"/api/v1/devices/{device_id}/token", headers=headers)


def test_the_current_token_works_until_the_pending_one_is_used(client, borne):
    device_id, old = borne
    pending = ask(client, device_id, old)
    assert state(client, device_id, old).json()["rotation_pending"] is True
    assert send(client, borne, batch([cell(value=1, revision=1)])).status_code == 200
    answer = state(client, device_id, bearer(pending))  # first use: promoted
    assert answer.status_code == 200
    assert answer.json()["rotation_pending"] is False
    assert_error(send(client, borne, batch([cell(value=2, revision=2)])), 401, "jeton_invalide")
    assert_error(state(client, device_id, old), 401, "jeton_invalide")
    again = send(client, (device_id, bearer(pending)), batch([cell(value=3, revision=3)]))
    assert again.status_code == 200
    assert state(client, device_id, bearer(pending)).json()["rotation_pending"] is False


def test_a_batch_sent_with_the_pending_token_promotes_it(client, borne):
    device_id, old = borne
    pending = ask(client, device_id, old)
    assert send(client, (device_id, bearer(pending)), batch([cell()])).status_code == 200
    assert_error(send(client, borne, batch([cell(value=2, revision=2)])), 401, "jeton_invalide")


def test_asking_again_replaces_the_pending_token(client, borne):
    device_id, old = borne
    lost = ask(client, device_id, old)  # as if the answer never reached the borne
    second = ask(client, device_id, old)
    assert lost != second
    assert_error(state(client, device_id, bearer(lost)), 401, "jeton_invalide")
    assert send(client, borne, batch([cell()])).status_code == 200  # old still valid
    assert state(client, device_id, bearer(second)).status_code == 200
    assert_error(send(client, borne, batch([cell(value=2, revision=2)])), 401, "jeton_invalide")


def test_asking_with_the_pending_token_promotes_it_then_makes_another(client, borne):
    device_id, old = borne
    first = ask(client, device_id, old)
    second = ask(client, device_id, bearer(first))
    assert_error(state(client, device_id, old), 401, "jeton_invalide")
    assert state(client, device_id, bearer(first)).json()["rotation_pending"] is True
    assert state(client, device_id, bearer(second)).json()["rotation_pending"] is False
    assert_error(state(client, device_id, bearer(first)), 401, "jeton_invalide")


def test_a_revoked_borne_can_neither_rotate_nor_promote(client, factory, borne):
    device_id, old = borne
    pending = ask(client, device_id, old)
    crud.revoke(factory, device_id)
    assert_error(client.post(f"/api/v1/devices/{device_id}/token", headers=old), 401,
                 "borne_revoquee")
    assert_error(state(client, device_id, bearer(pending)), 401, "borne_revoquee")
    assert_error(send(client, (device_id, bearer(pending)), batch([cell()])), 401,
                 "borne_revoquee")
    with factory() as session:
        device = session.get(Device, device_id)
        assert device.token_hash == digest(old["Authorization"].split()[1])


def test_the_admin_rotation_cancels_a_pending_token(client, factory, borne):
    device_id, old = borne
    pending = ask(client, device_id, old)
    admin = crud.rotate_token(factory, device_id)
    assert_error(state(client, device_id, bearer(pending)), 401, "jeton_invalide")
    assert_error(state(client, device_id, old), 401, "jeton_invalide")
    assert state(client, device_id, bearer(admin)).json()["rotation_pending"] is False


def test_a_pending_token_cannot_write_another_borne(client, factory, centre_id, borne):
    device_id, old = borne
    other_id, _ = enrol(client, factory, centre_id)
    pending = ask(client, device_id, old)
    assert_error(send(client, (other_id, bearer(pending)), batch([cell()])), 403, "autre_borne")
    assert state(client, device_id, old).json()["rotation_pending"] is True  # not promoted


def test_no_token_or_a_made_up_one_is_refused(client, borne):
    device_id, _ = borne
    assert_error(client.post(f"/api/v1/devices/{device_id}/token"), 401, "jeton_invalide")
    assert_error(state(client, device_id, bearer("nimportequoi")), 401, "jeton_invalide")


def test_migration_0007_keeps_enrolled_bornes_working(database_url):
    engine = db.make_engine(database_url)
    config = db.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO federation (id, name) VALUES (1, 'Nord')"))
        connection.execute(text(
            "INSERT INTO centre (id, name, departement, federation_id, created_at) "
            "VALUES (1, 'Centre', '59', 1, '2026-01-02 03:04:05')"))
        connection.execute(text(
            "INSERT INTO device (id, centre_id, label, token_hash, created_at) "
            "VALUES ('d-1', 1, 'Borne', :h, '2026-01-02 03:04:05')"), {"h": digest("ancien")})
    assert db.migrate(engine) is True
    factory = db.session_factory(engine)
    with factory() as session:
        device = session.scalar(select(Device))
        assert device.token_since == device.created_at
        assert device.pending_token_hash is None
    from fastapi.testclient import TestClient

    from kiosk.federation.app import create_app
    from kiosk.federation.state import Settings

    app = create_app(Settings(database_url=database_url))
    with TestClient(app) as client:
        pending = ask(client, "d-1", bearer("ancien"))
        assert state(client, "d-1", bearer(pending)).status_code == 200
        assert_error(state(client, "d-1", bearer("ancien")), 401, "jeton_invalide")
    app.state.federation.factory.kw["bind"].dispose()
    engine.dispose()


def test_requests_racing_with_the_pending_token_all_succeed(client, borne):
    from concurrent.futures import ThreadPoolExecutor

    device_id, old = borne
    pending = bearer(ask(client, device_id, old))
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: state(client, device_id, pending), range(8)))
    assert [a.status_code for a in answers] == [200] * 8
    assert_error(state(client, device_id, old), 401, "jeton_invalide")
