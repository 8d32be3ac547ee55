"""The shared batch format, as pure functions (what the borne also runs)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kiosk.sync import protocol
from kiosk.sync.protocol import ProtocolError, parse_acknowledgement, parse_batch
from kiosk.vocabulary import load_vocabulary
from tests.federation.helpers import batch, cell, day_cells


def lists():
    return load_vocabulary().lists


def test_a_realistic_day_parses_and_its_codes_are_all_known():
    body = batch(day_cells("2026-11-24", 40))
    parsed = parse_batch(body)
    assert len(parsed.cells) == len(body["cells"]) >= 50
    assert protocol.unknown_codes(parsed.cells, lists()) == []
    assert parsed.to_json() == json.loads(json.dumps(body))


def test_every_dimension_of_the_table_has_codes():
    for name in protocol.DIMENSIONS:
        assert protocol.allowed_codes(name, lists()), name
    assert set(protocol.METRICS["sessions"][1]) == set(protocol.DIMENSIONS)
    assert protocol.allowed_codes("heure", {}) == {f"{h:02d}" for h in range(24)}


def test_digest_ignores_cell_order_but_not_values():
    cells = [cell("all", 3), cell("autonome", 2), cell("accompagne", 1)]
    a = parse_batch(batch(cells, batch_id="6c1f1d0e-8f53-4d1b-9a53-8e3c0d2b7a11"))
    b = parse_batch(batch(cells[::-1], batch_id="6c1f1d0e-8f53-4d1b-9a53-8e3c0d2b7a11"))
    c = parse_batch(
        batch([cell("all", 4), *cells[1:]], batch_id="6c1f1d0e-8f53-4d1b-9a53-8e3c0d2b7a11")
    )
    assert a.digest() == b.digest() != c.digest()


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda b: b.update(batch_id="pas-un-uuid"), "format_invalide"),
        (lambda b: b.update(schema_version=2), "version_non_geree"),
        (lambda b: b.update(device_sequence=-1), "format_invalide"),
        (lambda b: b.update(device_sequence=True), "format_invalide"),
        (lambda b: b.update(cells="tout"), "format_invalide"),
        (lambda b: b.update(vocabulary_version=""), "format_invalide"),
        (lambda b: b["cells"].append(cell(day="24/11/2026")), "format_invalide"),
        (lambda b: b["cells"].append(cell(value=1.5)), "format_invalide"),
        (lambda b: b["cells"].append(cell(revision=None)), "format_invalide"),
        (lambda b: b["cells"].append(cell(metric="visites")), "mesure_inconnue"),
        (lambda b: b["cells"].append(cell("caf", dimension="ville")), "dimension_inconnue"),
        (lambda b: b["cells"].append(cell("x" * 65, dimension="organisme")), "format_invalide"),
        (lambda b: b["cells"].append(b["cells"][0]), "cellule_en_double"),
        (
            lambda b: b["cells"].extend(
                cell(f"{h:02d}", dimension="heure", day=f"2026-01-{d:02d}")
                for d in range(1, 32)
                for h in range(24)
            ),
            "lot_trop_gros",
        ),
    ],
)
def test_refusals_have_a_code_and_a_french_message(mutate, code):
    body = batch([cell()])
    mutate(body)
    with pytest.raises(ProtocolError) as caught:
        parse_batch(body, max_cells=700)
    assert caught.value.code == code
    assert caught.value.message.endswith(".")


def test_unknown_codes_are_listed_once_each():
    cells = parse_batch(
        batch(
            [
                cell("kazoo", dimension="organisme"),
                cell("kazoo", dimension="organisme", day="2026-11-23"),
                cell("25", dimension="heure"),
                cell("caf", dimension="organisme"),
            ]
        )
    ).cells
    assert protocol.unknown_codes(cells, lists()) == [
        {"dimension": "organisme", "code": "kazoo"},
        {"dimension": "heure", "code": "25"},
    ]


def test_future_days_allow_one_day_of_clock_difference():
    cells = parse_batch(
        batch(
            [
                cell(day="2026-11-26"),
                cell(day="2026-11-27"),
                cell(day="inconnu"),
            ]
        )
    ).cells
    assert protocol.future_days(cells, date(2026, 11, 25)) == ["2026-11-27"]


def test_acknowledgement_round_trip():
    ack = protocol.Acknowledgement(
        batch_id="b",
        device_id="d",
        device_sequence=3,
        applied=2,
        ignored=(protocol.Ignored(("2026-11-24", "sessions", "total", "all"), 9),),
        received_at="2026-11-25T09:00:00+00:00",
    )
    assert parse_acknowledgement(json.loads(json.dumps(ack.to_json()))) == ack
    with pytest.raises(ProtocolError):
        parse_acknowledgement({"batch_id": "b"})
