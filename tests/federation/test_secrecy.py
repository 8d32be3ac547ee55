"""The small-cell rules, as pure functions."""

from __future__ import annotations

import itertools

from kiosk.federation.secrecy import protect_centre, protect_group


def recomputable(shown, total):
    """Cells a reader could get back from the total and the visible cells."""
    hidden = [k for k, v in shown.items() if v is None]
    return hidden if len(hidden) == 1 and total is not None else []


def test_primary_suppression_hides_one_to_ten_only():
    shown = protect_centre({"a": 0, "b": 1, "c": 10, "d": 11, "e": 250})
    assert shown == {"a": 0, "b": None, "c": None, "d": 11, "e": 250}


def test_a_lone_hidden_cell_takes_the_smallest_other_with_it():
    shown = protect_centre({"autonome": 4, "accompagne": 40, "x": 0, "y": 12})
    assert shown == {"autonome": None, "accompagne": 40, "x": 0, "y": None}


def test_nothing_to_hide_with_is_fine_when_the_total_is_small_too():
    assert protect_centre({"a": 5, "b": 0}) == {"a": None, "b": 0}


def test_no_single_hidden_cell_can_be_recomputed_from_the_total():
    for values in itertools.product([0, 1, 5, 10, 11, 30], repeat=4):
        table = dict(zip("abcd", values, strict=True))
        total = sum(values)
        shown = protect_centre(table)
        total_shown = None if 1 <= total <= 10 else total
        assert recomputable(shown, total_shown) == [], table
        assert all(shown[k] in (None, table[k]) for k in table)


def test_group_needs_three_centres():
    two = {"A": {"caf": 30}, "B": {"caf": 40}}
    assert protect_group(two) == {"caf": None}
    three = {**two, "C": {"caf": 50}}
    assert protect_group(three) == {"caf": 120}


def test_group_never_gives_back_a_single_hidden_centre_cell():
    per_centre = {
        "A": {"caf": 5, "ameli": 0, "impots": 40},
        "B": {"caf": 20, "ameli": 30, "impots": 40},
        "C": {"caf": 30, "ameli": 30, "impots": 40},
        "D": {"caf": 40, "ameli": 30, "impots": 40},
    }
    shown = protect_group(per_centre)
    # caf of A is hidden at centre level and is the only hidden caf cell:
    # B, C, D visible → caf group sum would give A back.
    assert shown["caf"] is None
    # A's impots was hidden at centre level as the secondary cell, so the
    # group's impots would give it back too: hidden as well.
    assert shown["impots"] is None
    assert shown["ameli"] == 90


def test_two_hidden_contributors_can_be_summed():
    per_centre = {
        "A": {"caf": 5, "ameli": 20},
        "B": {"caf": 6, "ameli": 20},
        "C": {"caf": 30, "ameli": 20},
    }
    assert protect_group(per_centre) == {"ameli": 60, "caf": 41}
