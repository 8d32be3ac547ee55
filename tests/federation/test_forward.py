"""Forwarding: a regional federation sends its départements' sums to a national one."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from kiosk.federation import crud, forward
from kiosk.federation.app import create_app
from kiosk.federation.models import Cell, Centre, Device, ForwardOutbox
from kiosk.federation.state import Settings
from tests.federation.conftest import NOW
from tests.federation.helpers import VOCAB, LiveServer, batch, cell, enrol


def national_cells(factory, device_id):
    with factory() as s:
        return {
            (c.day, c.dimension, c.code): (c.value, c.revision)
            for c in s.scalars(select(Cell).where(Cell.device_id == device_id))
        }


def test_departement_sums_go_upstream_once_with_three_centres(client, factory, tmp_path, clock):
    national = create_app(
        Settings(database_url=f"sqlite:///{tmp_path / 'national.sqlite3'}"), clock=clock
    )
    national_factory = national.state.federation.factory
    national_centre = crud.create_centre(national_factory, "Nord (régional)", "59", "France")
    centres = [crud.create_centre(factory, f"Centre {n}", "59", "Nord") for n in range(3)]
    bornes = [enrol(client, factory, c) for c in centres]
    for n, (device_id, headers) in enumerate(bornes):
        days = [cell("all", 10 + n, 1), cell("all", 5, 1, day="2026-11-20")]
        if n == 2:
            days = [cell("all", 10 + n, 1)]  # only two centres report the 20th
        answer = client.post(
            f"/api/v1/devices/{device_id}/batches", json=batch(days), headers=headers
        )
        assert answer.status_code == 200

    with LiveServer(national) as upstream:
        code = crud.make_enrol_code(national_factory, national_centre)
        device = forward.enrol_upstream(factory, "Nord", "59", upstream.base, code)
        report = forward.forward(factory, VOCAB, NOW)
        assert report.errors == []
        assert (report.sent_batches, report.sent_cells, report.withheld_days) == (1, 1, 1)
        sent = national_cells(national_factory, device)
        assert sent == {("2026-11-24", "total", "all"): (33, int(NOW.timestamp()))}

        again = forward.forward(factory, VOCAB, NOW + timedelta(hours=1))
        assert (again.sent_batches, again.sent_cells) == (0, 0)

        device_id, headers = bornes[0]
        client.post(
            f"/api/v1/devices/{device_id}/batches",
            json=batch([cell("all", 20, 2)], sequence=2),
            headers=headers,
        )
        later = NOW + timedelta(days=1)
        assert forward.forward(factory, VOCAB, later).sent_cells == 1
        assert national_cells(national_factory, device)[("2026-11-24", "total", "all")] == (
            43,
            int(later.timestamp()),
        )

    # Upstream gone: the batch waits in the outbox and goes, identical, next time.
    client.post(
        f"/api/v1/devices/{device_id}/batches",
        json=batch([cell("all", 25, 3)], sequence=3),
        headers=headers,
    )
    offline = forward.forward(factory, VOCAB, later + timedelta(hours=1))
    assert offline.sent_batches == 0 and "injoignable" in offline.errors[0]
    with factory() as s:
        pending = list(s.scalars(select(ForwardOutbox)))
    assert len(pending) == 1
    # the national server comes back on another port: the admin updates the link
    with LiveServer(national) as upstream:
        from kiosk.federation.models import UpstreamLink

        with factory.begin() as s:
            s.scalar(select(UpstreamLink)).url = upstream.base
        back = forward.forward(factory, VOCAB, later + timedelta(hours=2))
        assert back.errors == [] and back.sent_batches == 1
    assert national_cells(national_factory, device)[("2026-11-24", "total", "all")][0] == 48
    with factory() as s:
        assert list(s.scalars(select(ForwardOutbox))) == []
        assert s.scalar(select(Centre.name).join(Device, Device.centre_id == Centre.id)) is not None
    national_factory.kw["bind"].dispose()
