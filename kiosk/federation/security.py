"""Secrets: device tokens, enrolment codes, passwords, browser sessions.

High-entropy secrets (tokens, codes, session ids) are stored as SHA-256;
people's passwords with argon2id.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()
#: Letters for enrolment codes: no 0/O, 1/I/L to misread when typing.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
MIN_PASSWORD = 10


def new_token() -> str:
    """Return a new device token (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def new_enrol_code() -> str:
    """Return a code easy to type: three groups of four characters (~59 bits)."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[0:4]}-{raw[4:8]}-{raw[8:12]}"


def normalise_code(code: str) -> str:
    """Upper-case a typed code and put the dashes back where they belong."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def digest(secret: str) -> str:
    """Return the SHA-256 (hex) stored in place of a high-entropy secret."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    """Compare two secrets in constant time."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def hash_password(password: str) -> str:
    """Hash a person's password with argon2id."""
    return _HASHER.hash(password)


def check_password(stored: str, password: str) -> bool:
    """Tell whether ``password`` matches the stored argon2 hash."""
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


_DUMMY = hash_password("mot de passe factice pour égaliser le temps")


def waste_password_time(password: str) -> None:
    """Spend the time of a real check when the login does not exist."""
    check_password(_DUMMY, password)
