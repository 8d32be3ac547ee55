"""Concurrent sends of one borne, and random bodies against the ingest and enrol routes."""

from __future__ import annotations

import json
import random
import string
import threading

import pytest
from sqlalchemy import func, select

from kiosk.federation import ingest
from kiosk.federation.errors import ApiError
from kiosk.federation.models import Batch, Cell, Device, Monthly
from kiosk.sync import protocol
from tests.federation.conftest import NOW
from tests.federation.helpers import batch, cell, day_cells


def run_threads(target, count):
    errors, results = [], []
    barrier = threading.Barrier(count)

    def work(n):
        barrier.wait()
        try:
            results.append(target(n))
        except Exception as error:  # collected and checked by the test
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results, errors


def test_the_same_batch_sent_eight_times_at_once_is_stored_once(client, factory, borne):
    with factory() as s:
        device = s.get(Device, borne[0])
    parsed = protocol.parse_batch(batch(day_cells("2026-11-24", 30)))
    results, errors = run_threads(lambda _n: ingest.store(factory, device, parsed, NOW), 8)
    assert errors == []
    assert sum(not r.replay for r in results) == 1
    assert len({json.dumps(r.ack, sort_keys=True) for r in results}) == 1
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Batch)) == 1
        assert (
            s.scalar(
                select(Monthly.value).where(
                    Monthly.dimension == "total", Monthly.metric == "sessions"
                )
            )
            == 30
        )


def test_concurrent_batches_keep_the_highest_revision_and_exact_sums(client, factory, borne):
    with factory() as s:
        device = s.get(Device, borne[0])

    def send(n):
        cells = [cell("all", 10 * n, n), cell("autonome", n, n)]
        try:
            return ingest.store(factory, device, protocol.parse_batch(batch(cells, n)), NOW)
        except ApiError as error:  # never expected
            raise AssertionError(error.message) from error

    _, errors = run_threads(send, 8)
    assert errors == []
    with factory() as s:
        cells = {c.code: (c.value, c.revision) for c in s.scalars(select(Cell))}
        monthly = {m.code: m.value for m in s.scalars(select(Monthly))}
    assert cells == {"all": (70, 7), "autonome": (7, 7)}
    assert monthly == {"all": 70, "autonome": 7}


def random_json(rng, depth=0):
    kinds = ["int", "str", "float", "bool", "null"] + (["list", "dict"] if depth < 3 else [])
    kind = rng.choice(kinds)
    if kind == "int":
        return rng.choice([0, -1, 1, 2**31, 2**63, 10**20, rng.randint(-999, 999)])
    if kind == "str":
        return "".join(
            rng.choice(string.printable + "éà€\u0000") for _ in range(rng.randint(0, 12))
        )
    if kind == "float":
        return rng.choice([0.5, -1e308, 1e308])
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "null":
        return None
    if kind == "list":
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        rng.choice(["day", "cells", "code", "x"]): random_json(rng, depth + 1)
        for _ in range(rng.randint(0, 4))
    }


def mutated_batch(rng):
    body = batch(day_cells("2026-11-24", rng.randint(0, 40)))
    for _ in range(rng.randint(1, 3)):
        cells = (
            [c for c in body.get("cells") or [] if isinstance(c, dict) and c]
            if isinstance(body.get("cells"), list)
            else []
        )
        target = body if rng.random() < 0.4 or not cells else rng.choice(cells)
        if not target:
            continue
        key = rng.choice(list(target))
        if rng.random() < 0.2:
            del target[key]
        else:
            target[key] = random_json(rng)
    return body


def test_random_bodies_never_cause_a_server_error(client, factory, borne):
    rng = random.Random(20261125)
    device_id, headers = borne
    url = f"/api/v1/devices/{device_id}/batches"
    statuses = {}
    for n in range(300):
        choice = n % 3
        if choice == 0:
            answer = client.post(url, json=mutated_batch(rng), headers=headers)
        elif choice == 1:
            answer = client.post(url, json=random_json(rng), headers=headers)
        else:
            raw = bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
            answer = client.post(
                "/api/v1/enrol", content=raw, headers={"content-type": "application/json"}
            )
        assert answer.status_code < 500, (answer.status_code, answer.text)
        if answer.status_code != 200:
            data = answer.json()
            assert isinstance(data["code"], str) and isinstance(data["message"], str)
        statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
    assert statuses.get(422, 0) > 50 and statuses.get(400, 0) + statuses.get(422, 0) > 150
    with factory() as s:
        stored = s.scalar(select(func.count()).select_from(Batch))
    assert stored == statuses.get(200, 0)


def test_random_enrol_bodies(client):
    rng = random.Random(7)
    for _ in range(100):
        body = random_json(rng)
        answer = client.post("/api/v1/enrol", json={"code": body} if rng.random() < 0.5 else body)
        assert answer.status_code in (401, 422), answer.text
        assert answer.json()["message"]


def test_a_failure_in_the_middle_of_a_batch_leaves_nothing(client, factory, borne, monkeypatch):
    with factory() as s:
        device = s.get(Device, borne[0])
    parsed = protocol.parse_batch(batch(day_cells("2026-11-24", 30)))

    def broken(*_args):
        raise OSError("disque plein")

    monkeypatch.setattr(ingest, "_upsert_sums", broken)  # after the cells are flushed
    with pytest.raises(OSError):
        ingest.store(factory, device, parsed, NOW)
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Cell)) == 0
        assert s.scalar(select(func.count()).select_from(Batch)) == 0
    monkeypatch.undo()
    assert not ingest.store(factory, device, parsed, NOW).replay
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Cell)) == len(parsed.cells)
