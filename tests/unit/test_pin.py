"""Staff PIN: scrypt hash in the keyring, growing waits, lock surviving a restart."""

from __future__ import annotations

import json

import keyring
import pytest

from kiosk import pin
from kiosk.pin import Outcome, PinGuard, PinProblem


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def empty_keyring():
    keyring.get_keyring().delete_password(pin.SERVICE, pin.ACCOUNT)
    yield
    keyring.get_keyring().delete_password(pin.SERVICE, pin.ACCOUNT)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def guard(tmp_path, clock):
    made = PinGuard(tmp_path / "pin-attempts.json", clock=clock, log_n=10)
    assert made.choose_first("482916", "482916") is None
    return made


def test_hash_is_salted_slow_scrypt_and_never_the_pin():
    first, second = pin.hash_pin("482916"), pin.hash_pin("482916")
    assert first != second  # a fresh salt each time
    assert first.startswith("scrypt$15$8$1$")
    assert "482916" not in first
    assert pin.verify_pin("482916", first)
    assert not pin.verify_pin("482917", first)
    assert not pin.verify_pin("482916", "scrypt$15$8$1$garbage")
    assert not pin.verify_pin("482916", "")


def test_only_the_hash_goes_to_the_keyring(guard, tmp_path):
    stored = keyring.get_password("borne-accueil", "staff-pin")
    assert stored and stored.startswith("scrypt$") and "482916" not in stored
    assert not any("482916" in p.read_text() for p in tmp_path.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("candidate", "problem"),
    [
        ("12a456", PinProblem.NOT_DIGITS),
        ("48291", PinProblem.TOO_SHORT),
        ("4829164829164", PinProblem.TOO_LONG),
        ("000000", PinProblem.TOO_SIMPLE),
        ("123456", PinProblem.TOO_SIMPLE),
        ("987654", PinProblem.TOO_SIMPLE),
        ("901234", PinProblem.TOO_SIMPLE),
        ("٤٨٢٩١٦", PinProblem.NOT_DIGITS),
        ("482916", None),
    ],
)
def test_weak_or_malformed_pins_are_refused(candidate, problem):
    assert pin.pin_problem(candidate) == problem


def test_first_pin_typed_twice_and_only_once(tmp_path, clock):
    fresh = PinGuard(tmp_path / "a.json", clock=clock, log_n=10)
    assert fresh.status().outcome is Outcome.NO_PIN
    assert fresh.check("482916").outcome is Outcome.NO_PIN
    assert fresh.choose_first("482916", "482917") is PinProblem.MISMATCH
    assert fresh.choose_first("482916", "482916") is None
    assert fresh.status().outcome is Outcome.READY
    assert fresh.choose_first("111222", "111222") is PinProblem.ALREADY_SET
    assert fresh.check("482916").outcome is Outcome.OK


def test_wrong_pins_then_growing_waits_then_lock(guard, clock):
    outcomes = []
    for _ in range(pin.FREE_ATTEMPTS):
        verdict = guard.check("000001")
        outcomes.append((verdict.outcome, verdict.wait_s))
    assert outcomes == [(Outcome.WRONG, 0)] * 3
    waits = []
    for _ in pin.DELAYS_S:
        verdict = guard.check("000001")
        assert verdict.outcome is Outcome.WAIT
        waits.append(verdict.wait_s)
        # a try during the wait is not even looked at, even the right PIN
        assert guard.check("482916").outcome is Outcome.WAIT
        clock.now += verdict.wait_s
    assert waits == list(pin.DELAYS_S)
    locked = guard.check("000001")
    assert locked.outcome is Outcome.LOCKED and locked.wait_s == pin.LOCK_S
    assert locked.tries_before_lock == 0
    clock.now += pin.LOCK_S - 1
    assert guard.check("482916").outcome is Outcome.LOCKED
    clock.now += 1
    assert guard.status().outcome is Outcome.READY
    # still no free try: one more wrong PIN locks again at once
    assert guard.check("000001").outcome is Outcome.LOCKED
    clock.now += pin.LOCK_S
    assert guard.check("482916").outcome is Outcome.OK
    assert guard.check("000001").outcome is Outcome.WRONG  # count cleared by the right PIN


def test_lock_survives_a_restart(tmp_path, clock):
    state = tmp_path / "pin-attempts.json"
    first = PinGuard(state, clock=clock, log_n=10)
    first.choose_first("482916", "482916")
    for _ in range(pin.LOCK_AFTER):
        verdict = first.check("000001")
        clock.now += verdict.wait_s if verdict.outcome is Outcome.WAIT else 0
    assert first.status().outcome is Outcome.LOCKED
    clock.now += 60
    restarted = PinGuard(state, clock=clock, log_n=10)  # a new process reading the same file
    status = restarted.status()
    assert status.outcome is Outcome.LOCKED
    assert status.wait_s == pin.LOCK_S - 60
    assert restarted.check("482916").outcome is Outcome.LOCKED


def test_clock_put_back_never_lengthens_a_wait(guard, clock):
    for _ in range(pin.LOCK_AFTER):
        verdict = guard.check("000001")
        clock.now += verdict.wait_s if verdict.outcome is Outcome.WAIT else 0
    clock.now -= 10 * 24 * 3600
    assert guard.status().wait_s == pin.LOCK_S


def test_damaged_count_file_is_not_a_fresh_start(guard, tmp_path, clock):
    state = tmp_path / "pin-attempts.json"
    state.write_text("{not json")
    assert guard.status().outcome is Outcome.READY
    assert guard.check("000001").outcome is Outcome.WAIT  # free tries counted as used
    assert json.loads(state.read_text())["failures"] == pin.FREE_ATTEMPTS + 1


def test_reset_forgets_pin_and_count(guard, clock):
    guard.check("000001")
    assert guard.reset() is True
    assert guard.status().outcome is Outcome.NO_PIN
    assert guard.reset() is False


def test_unreachable_keyring_is_said_not_hidden(tmp_path, clock):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what a headless PC without a keyring has
    try:
        guard = PinGuard(tmp_path / "a.json", clock=clock)
        assert guard.status().outcome is Outcome.UNAVAILABLE
        assert guard.check("482916").outcome is Outcome.UNAVAILABLE
        with pytest.raises(pin.KeyringUnavailableError):
            guard.choose_first("482916", "482916")
    finally:
        keyring.set_keyring(previous)


# -- kiosk admin -------------------------------------------------------------


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "borne.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    return path


def run_admin(config, *args, stdin=""):
    import io
    import sys

    from kiosk import cli

    previous = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return cli.main(["admin", "--config", str(config), *args])
    finally:
        sys.stdin = previous


def test_admin_set_status_reset(config, tmp_path, capsys):
    assert run_admin(config, "status") == 0
    assert "Aucun code" in capsys.readouterr().out
    assert run_admin(config, "set-pin", "--pin-stdin", stdin="482916\n482917\n") == 1
    assert "différentes" in capsys.readouterr().err
    assert run_admin(config, "set-pin", "--pin-stdin", stdin="1234\n1234\n") == 1
    assert "au moins 6" in capsys.readouterr().err
    assert run_admin(config, "set-pin", "--pin-stdin", stdin="482916\n482916\n") == 0
    guard = PinGuard(tmp_path / "data" / pin.STATE_FILE_NAME)
    assert guard.check("482916").outcome is Outcome.OK
    for _ in range(pin.FREE_ATTEMPTS + 1):
        guard.check("000001")
    assert run_admin(config, "status") == 0
    out = capsys.readouterr().out
    assert "Code défini" in out and "Essais manqués d'affilée : 4" in out and "Attente" in out
    assert run_admin(config, "reset-pin") == 0
    assert "Code effacé" in capsys.readouterr().out
    assert guard.status().outcome is Outcome.NO_PIN
    assert not (tmp_path / "data" / pin.STATE_FILE_NAME).exists()


def test_admin_without_keyring_says_how(config, capsys):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert run_admin(config, "status") == 2
        assert "borne-admin" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)
