"""Pure parts of the sync: backoff, clock comparison, answers, addresses, mapping."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

import pytest

from kiosk.models.records import Cell as JournalCell
from kiosk.sync import clock, wire
from kiosk.sync.client import AddressError, Answer, Verdict, classify, normalise_url
from kiosk.sync.worker import Backoff


def test_backoff_doubles_with_jitter_up_to_a_cap_and_obeys_retry_after():
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(10)]
    for failures, delay in enumerate(delays, start=1):
        ceiling = min(60.0, 2 ** (failures - 1))
        assert ceiling / 2 <= delay <= ceiling
    assert len({round(d, 6) for d in delays[-4:]}) == 4  # jitter: never in lockstep
    assert backoff.next_delay(retry_after=45.0) >= 45.0
    assert backoff.next_delay(retry_after=10_000.0) <= 60.0
    backoff.reset()
    assert backoff.next_delay() <= 1.0


def test_clock_check_from_the_date_header():
    server = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    header = format_datetime(server, usegmt=True)
    right = clock.compare(server + timedelta(seconds=40), header)
    assert right is not None and not right.wrong and right.code == "ok"
    ahead = clock.compare(server + timedelta(days=1), header)
    assert ahead.wrong and ahead.code == "en_avance"
    assert "en avance de 1 jour" in ahead.message()
    behind = clock.compare(server - timedelta(minutes=20), header)
    assert behind.code == "en_retard" and "20 minutes" in behind.message()
    assert clock.compare(server, None) is None
    assert clock.compare(server, "pas une date") is None


def test_answers_are_classified_and_retry_after_read():
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert Answer(503, {"retry-after": "30"}).retry_after() == 30.0
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert Answer(503, {"retry-after": later}).retry_after(now) == pytest.approx(90.0)
    assert Answer(503, {"retry-after": "999999"}).retry_after() == 6 * 3600.0
    assert Answer(503).retry_after() is None
    assert classify(Answer(200)) is Verdict.ACKNOWLEDGED
    assert classify(Answer(401)) is Verdict.REVOKED
    assert classify(Answer(409)) is Verdict.CONFLICT
    assert classify(Answer(413)) is Verdict.TOO_BIG
    assert classify(Answer(422)) is Verdict.REFUSED
    assert classify(Answer(502)) is Verdict.RETRY
    assert classify(Answer(404)) is Verdict.RETRY
    body = b'{"code": "x", "message": "Phrase en fran\xc3\xa7ais."}'
    assert Answer(422, {}, body).error() == ("x", "Phrase en français.")
    assert Answer(500, {}, b"<html>").error()[0] == "http_500"


def test_federation_addresses():
    assert normalise_url(" https://fede.exemple.fr/ ") == "https://fede.exemple.fr"
    assert normalise_url("http://127.0.0.1:8000") == "http://127.0.0.1:8000"
    for bad in ("http://fede.exemple.fr", "fede.exemple.fr", "ftp://x", ""):
        with pytest.raises(AddressError):
            normalise_url(bad)


def test_journal_cells_map_one_to_one_onto_protocol_cells():
    day = date(2026, 11, 24)

    def cell(metric, dimension, code):
        return JournalCell(day, metric, dimension, code, 3, 9, "v")

    assert wire.to_wire(cell("sessions", "total", "total")).key == (
        "2026-11-24", "sessions", "total", "all")
    assert wire.to_wire(cell("sessions", "aide", "oui")).metric == "demandes_aide"
    assert wire.to_wire(cell("sessions", "aide", "non")) is None
    assert wire.to_wire(cell("sessions", "duree_detail", "5_15")) is None
    assert wire.to_wire(cell("accompagnements", "total", "total")) is None
    assert wire.to_wire(cell("accompagnements", "parcours", "apprentissage")).dimension == "pathway"
    assert wire.to_wire(cell("documents_numerises", "total", "total")).metric == (
        "documents_scannes")
    mapped = wire.to_wire(cell("sessions", "mode", "autonome"))
    assert (mapped.value, mapped.revision) == (3, 9)
