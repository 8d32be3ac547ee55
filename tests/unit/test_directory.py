"""The centre's local directory: places, permanences, offices, problems."""

from __future__ import annotations

from datetime import date, datetime, time

from kiosk.directory import (
    EXAMPLE_DIRECTORY,
    KINDS,
    Permanence,
    load_directory,
    parse_directory,
)

WEDNESDAY_10H = datetime(2026, 11, 25, 10, 0)  # a Wednesday


def test_example_file_is_clean_and_covers_every_kind_of_relay():
    directory = load_directory(EXAMPLE_DIRECTORY)
    assert directory.problems == ()
    kinds = {p.kind for p in directory.places}
    assert set(KINDS) - {"autre"} <= kinds
    assert directory.office("caf") is not None
    assert directory.office("impots") is None


def test_missing_file_is_an_empty_directory(tmp_path):
    directory = load_directory(tmp_path / "absent.toml")
    assert directory.places == () and directory.problems == ()


def test_weekly_permanence_next_occurrence():
    tuesday = Permanence(1, None, time(14), time(17))
    assert tuesday.next_start(WEDNESDAY_10H) == datetime(2026, 12, 1, 14, 0)
    wednesday = Permanence(2, None, time(9), time(12))
    # going on right now: still shown for today
    assert wednesday.next_start(WEDNESDAY_10H) == datetime(2026, 11, 25, 9, 0)
    assert wednesday.next_start(datetime(2026, 11, 25, 12, 0)) == datetime(2026, 12, 2, 9, 0)


def test_single_date_permanence_disappears_once_over():
    once = Permanence(None, date(2026, 11, 26), time(9), time(12))
    assert once.next_start(WEDNESDAY_10H) == datetime(2026, 11, 26, 9, 0)
    assert once.next_start(datetime(2026, 11, 26, 12, 1)) is None


def test_upcoming_is_sorted_and_bounded():
    directory = load_directory(EXAMPLE_DIRECTORY)
    upcoming = directory.upcoming(WEDNESDAY_10H, days=7)
    starts = [o.start for o in upcoming]
    assert starts == sorted(starts)
    assert upcoming[0].place.kind == "france_services"  # open now, until 17:00
    assert all(o.start <= datetime(2026, 12, 2, 10, 0) for o in upcoming)
    writer = next(p for p in directory.places if p.kind == "ecrivain_public")
    nexts = directory.next_for(writer, WEDNESDAY_10H)
    assert [o.start for o in nexts] == [datetime(2026, 11, 26, 9), datetime(2026, 12, 1, 14)]
    assert nexts[0].note == "Sur rendez-vous"


def test_places_are_shown_in_kind_order():
    directory = load_directory(EXAMPLE_DIRECTORY)
    order = [KINDS.index(p.kind) for p in directory.sorted_places()]
    assert order == sorted(order)


BROKEN = """schema = 1

[[place]]
kind = "ecrivain_public"
name = "Bon lieu"

[[place.permanence]]
day = "mardy"
start = "14:00"
end = "17:00"

[[place.permanence]]
day = "jeudi"
start = "17:00"
end = "09:00"

[[place]]
kind = "banque"
name = "Lieu inconnu"

[[place]]
kind = "ccas"
name = "CCAS"
colour = "bleu"

[[office]]
tile = "caf"
"""


def test_bad_entries_are_reported_with_line_and_the_rest_is_kept():
    directory = parse_directory(BROKEN, "annuaire.toml")
    assert [p.name for p in directory.places] == ["Bon lieu", "CCAS"]
    assert directory.places[0].permanences == ()
    by_key = {p.key: p for p in directory.problems}
    assert by_key["place[1].permanence[1]"].line == 8  # "mardy"
    assert by_key["place[1].permanence[2]"].line == 14  # end before start
    assert "heures" in by_key["place[1].permanence[2]"].message
    assert by_key["place[2]"].line == 18 and "type inconnu" in by_key["place[2]"].message
    assert by_key["place[3].colour"].line == 24
    assert by_key["office[1]"].line == 27
    assert directory.offices == ()


def test_syntax_error_keeps_nothing_and_says_where():
    directory = parse_directory('schema = 1\n[[place]\n', "annuaire.toml")
    assert directory.places == ()
    assert directory.problems[0].line == 2
    assert "TOML invalide" in directory.problems[0].message
