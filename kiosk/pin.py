"""The staff PIN: a slow salted hash in the keyring, and a guard against guessing.

The PIN itself is never stored: :func:`hash_pin` derives a scrypt hash with a
random 16-byte salt (N = 2**15, r = 8, p = 1: 32 MiB and about a tenth of a
second per try on an old PC), and only that text goes to the system keyring
(service ``borne-accueil``, account ``staff-pin``), next to the federation
token. No file, setting or environment variable can hold or bypass it.

Wrong PINs are counted by :class:`PinGuard`: the first
:data:`FREE_ATTEMPTS` cost nothing (typing errors), the next ones impose a
growing wait (:data:`DELAYS_S`), then the panel locks for :data:`LOCK_S`;
while the count is not cleared by a right PIN, every further wrong PIN locks
it again. The count lives in a small JSON file in the data directory
(``pin-attempts.json``), written atomically, so that closing or crashing the
application does not clear it. Why a file and not the keyring: the count is
not a secret, it is written at every wrong try (a Secret Service round trip
re-encrypts the whole keyring file each time), and the administrator can read
it with ``kiosk admin status``; the public cannot reach the disk of a locked
borne. A damaged or unreadable file is never taken as "no wrong tries": the
guard then starts from the waiting steps.

Times come from an injected wall clock (seconds since the epoch), because the
count must survive a restart; a clock put back never lengthens a wait beyond
its own duration. A forgotten PIN is reset from the command line only
(``kiosk admin reset-pin``), by whoever administers the PC.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import itertools
import json
import logging
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger("session")

SERVICE = "borne-accueil"
ACCOUNT = "staff-pin"
STATE_FILE_NAME = "pin-attempts.json"

MIN_DIGITS = 6
MAX_DIGITS = 12
#: Wrong PINs allowed without any wait.
FREE_ATTEMPTS = 3
#: Wait imposed after each further wrong PIN, in seconds.
DELAYS_S: tuple[int, ...] = (5, 15, 30, 60)
#: Wrong PINs in a row after which the panel locks.
LOCK_AFTER = FREE_ATTEMPTS + len(DELAYS_S) + 1
#: Length of a lock, in seconds.
LOCK_S = 15 * 60

#: scrypt cost: N = 2**SCRYPT_LOG_N, r, p.
SCRYPT_LOG_N = 15
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16
_HASH_BYTES = 32
_SCHEME = "scrypt"


class PinProblem(StrEnum):
    """Why a new PIN is refused (the Qt side says it in plain words)."""

    NOT_DIGITS = "not_digits"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    TOO_SIMPLE = "too_simple"
    MISMATCH = "mismatch"
    ALREADY_SET = "already_set"


class KeyringUnavailableError(Exception):
    """The system keyring cannot be read or written."""


def pin_problem(pin: str) -> PinProblem | None:
    """Tell what is wrong with a new PIN, or ``None`` when it can be used.

    Refused: anything but digits, fewer than :data:`MIN_DIGITS` or more than
    :data:`MAX_DIGITS`, one digit repeated, or digits counting up or down
    (``123456``, ``987654``), the first PINs anybody tries.
    """
    if not pin.isascii() or not pin.isdigit():
        return PinProblem.NOT_DIGITS
    if len(pin) < MIN_DIGITS:
        return PinProblem.TOO_SHORT
    if len(pin) > MAX_DIGITS:
        return PinProblem.TOO_LONG
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if len(steps) == 1 and steps <= {0, 1, 9}:
        return PinProblem.TOO_SIMPLE
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    n = 1 << log_n
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p,
        maxmem=2 * 128 * r * n * p + (1 << 20), dklen=_HASH_BYTES,
    )


def hash_pin(pin: str, *, log_n: int = SCRYPT_LOG_N, salt: bytes | None = None) -> str:
    """Return ``scrypt$logN$r$p$salt$hash`` (base64) for ``pin``, with a fresh salt."""
    salt = secrets.token_bytes(_SALT_BYTES) if salt is None else salt
    digest = _derive(pin, salt, log_n, SCRYPT_R, SCRYPT_P)
    return f"{_SCHEME}${log_n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """Tell whether ``pin`` matches a :func:`hash_pin` text (constant-time compare).

    A damaged stored text never matches.
    """
    try:
        scheme, log_n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME or not 10 <= int(log_n) <= 20 or int(r) < 1 or int(p) < 1:
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _derive(pin, base64.b64decode(salt, validate=True), int(log_n), int(r), int(p))
    except (ValueError, binascii.Error, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


class PinVault:
    """Where the hash lives: one entry of the system keyring, nothing else."""

    def get(self) -> str | None:
        """Return the stored hash, or ``None`` when no PIN was chosen.

        Raises:
            KeyringUnavailableError: the keyring cannot be read.
        """
        try:
            return keyring.get_password(SERVICE, ACCOUNT) or None
        except (KeyringError, RuntimeError) as error:
            raise KeyringUnavailableError(type(error).__name__) from None

    def put(self, stored: str) -> None:
        """Store a hash (replacing the previous one).

        Raises:
            KeyringUnavailableError: the keyring cannot be written.
        """
        try:
            keyring.set_password(SERVICE, ACCOUNT, stored)
        except (KeyringError, RuntimeError) as error:
            raise KeyringUnavailableError(type(error).__name__) from None

    def delete(self) -> bool:
        """Remove the hash; return whether there was one.

        Raises:
            KeyringUnavailableError: the keyring cannot be reached.
        """
        try:
            if keyring.get_password(SERVICE, ACCOUNT) is None:
                return False
            keyring.delete_password(SERVICE, ACCOUNT)
        except PasswordDeleteError:
            return False
        except (KeyringError, RuntimeError) as error:
            raise KeyringUnavailableError(type(error).__name__) from None
        return True


@dataclass(frozen=True)
class Attempts:
    """Wrong PINs in a row, and the wall-clock time before which no try is taken.

    Attributes:
        failures: Wrong PINs since the last right one.
        until: Seconds since the epoch; tries before it are refused.
        locked: The wait in force is a lock (not a short delay).
    """

    failures: int = 0
    until: float = 0.0
    locked: bool = False


def write_atomically(path: Path, text: str, mode: int = 0o600) -> None:
    """Write ``text`` to ``path`` through a temporary file renamed over it.

    A crash leaves either the old file or the new one, never half of one.

    Raises:
        OSError: the folder cannot be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class AttemptFile:
    """The wrong-PIN count in ``pin-attempts.json`` (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        """Use ``path`` (usually ``Settings.kiosk.data_dir / STATE_FILE_NAME``)."""
        self.path = path

    def load(self) -> Attempts:
        """Read the count; a damaged file counts as the free tries used up."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            failures, until, locked = raw["failures"], raw["until"], raw["locked"]
            if (
                isinstance(failures, bool) or not isinstance(failures, int) or failures < 0
                or not isinstance(until, int | float) or not isinstance(locked, bool)
            ):
                raise TypeError("unexpected types")
            return Attempts(failures, float(until), locked)
        except FileNotFoundError:
            return Attempts()
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
            log.error("PIN attempt count unreadable: waiting steps apply")
            return Attempts(failures=FREE_ATTEMPTS)

    def save(self, attempts: Attempts) -> None:
        """Write the count atomically (a failure is logged, never raised)."""
        text = json.dumps(
            {"failures": attempts.failures, "until": attempts.until, "locked": attempts.locked}
        )
        try:
            write_atomically(self.path, text)
        except OSError as error:
            log.error("PIN attempt count not saved: %s", error.strerror)

    def clear(self) -> None:
        """Forget the count (right PIN, or reset by the administrator)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class Outcome(StrEnum):
    """Answer of the guard (codes; the PIN pad says them in plain words)."""

    READY = "ready"  # a PIN may be typed
    OK = "ok"  # right PIN
    WRONG = "wrong"  # wrong PIN, may try again now
    WAIT = "wait"  # wrong PIN(s): wait ``wait_s`` seconds
    LOCKED = "locked"  # too many wrong PINs: locked for ``wait_s`` seconds
    NO_PIN = "no_pin"  # no PIN chosen yet: choose one
    UNAVAILABLE = "unavailable"  # keyring unreachable


@dataclass(frozen=True)
class Verdict:
    """What the PIN pad should show.

    Attributes:
        outcome: What happened or what stands.
        wait_s: Whole seconds before the next try is taken (0: now).
        failures: Wrong PINs in a row.
        tries_before_lock: Wrong PINs still possible before the lock.
    """

    outcome: Outcome
    wait_s: int = 0
    failures: int = 0
    tries_before_lock: int = LOCK_AFTER


def penalty_s(failures: int) -> tuple[int, bool]:
    """Return (seconds to wait, whether it is a lock) after ``failures`` wrong PINs."""
    if failures <= FREE_ATTEMPTS:
        return 0, False
    if failures >= LOCK_AFTER:
        return LOCK_S, True
    return DELAYS_S[failures - FREE_ATTEMPTS - 1], False


class PinGuard:
    """Checks PINs against the keyring, counting wrong ones across restarts.

    Args:
        state_path: The attempt-count file.
        clock: Wall clock in seconds since the epoch (``time.time``).
        vault: Where the hash lives (the system keyring).
        log_n: scrypt cost for new PINs (tests may lower it to stay quick).
    """

    def __init__(
        self,
        state_path: Path,
        *,
        clock: Callable[[], float] = time.time,
        vault: PinVault | None = None,
        log_n: int = SCRYPT_LOG_N,
    ) -> None:
        self._file = AttemptFile(state_path)
        self._clock = clock
        self._vault = vault or PinVault()
        self._log_n = log_n

    def _verdict(self, attempts: Attempts, outcome: Outcome | None = None) -> Verdict:
        now = self._clock()
        # a clock put back never makes a wait longer than it was
        longest = LOCK_S if attempts.locked else max(DELAYS_S)
        left = min(max(attempts.until - now, 0.0), float(longest))
        wait = int(left) + (1 if left % 1 else 0)
        if outcome is None:
            outcome = Outcome.READY
        if wait and outcome in (Outcome.READY, Outcome.WRONG, Outcome.WAIT):
            outcome = Outcome.LOCKED if attempts.locked else Outcome.WAIT
        return Verdict(outcome, wait, attempts.failures, max(LOCK_AFTER - attempts.failures, 0))

    def status(self) -> Verdict:
        """Return where things stand before a try (no PIN, waiting, locked, ready)."""
        try:
            if self._vault.get() is None:
                return Verdict(Outcome.NO_PIN)
        except KeyringUnavailableError:
            return Verdict(Outcome.UNAVAILABLE)
        return self._verdict(self._file.load())

    def check(self, pin: str) -> Verdict:
        """Check a PIN; a try during a wait or a lock is not even looked at."""
        try:
            stored = self._vault.get()
        except KeyringUnavailableError:
            return Verdict(Outcome.UNAVAILABLE)
        if stored is None:
            return Verdict(Outcome.NO_PIN)
        attempts = self._file.load()
        before = self._verdict(attempts)
        if before.wait_s:
            return before
        if verify_pin(pin, stored):
            if attempts.failures:
                self._file.clear()
            log.info("staff PIN accepted")
            return Verdict(Outcome.OK)
        failures = attempts.failures + 1
        wait, locked = penalty_s(failures)
        attempts = Attempts(failures, self._clock() + wait, locked)
        self._file.save(attempts)
        log.warning("wrong staff PIN (%d in a row)", failures)
        return self._verdict(attempts, Outcome.WRONG)

    def choose_first(self, pin: str, again: str) -> PinProblem | None:
        """Store the first PIN (only when none exists): typed twice, then checked.

        Raises:
            KeyringUnavailableError: the keyring cannot be reached.
        """
        if self._vault.get() is not None:
            return PinProblem.ALREADY_SET
        return self.replace(pin, again)

    def replace(self, pin: str, again: str) -> PinProblem | None:
        """Store a new PIN whatever was there (command line, or an unlocked panel).

        Raises:
            KeyringUnavailableError: the keyring cannot be reached.
        """
        if pin != again:
            return PinProblem.MISMATCH
        problem = pin_problem(pin)
        if problem is not None:
            return problem
        self._vault.put(hash_pin(pin, log_n=self._log_n))
        self._file.clear()
        log.info("staff PIN changed")
        return None

    def reset(self) -> bool:
        """Forget the PIN and the wrong-PIN count (command line only).

        Returns:
            Whether a PIN was stored.

        Raises:
            KeyringUnavailableError: the keyring cannot be reached.
        """
        existed = self._vault.delete()
        self._file.clear()
        log.warning("staff PIN reset from the command line")
        return existed
