"""Helpers to report TOML problems with the file, line and key a person can fix."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

_DECODE_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True)
class TomlProblem:
    """One value that was ignored, and where to find it.

    Attributes:
        file: Path of the file, as given.
        line: 1-based line number, 0 when unknown.
        key: Dotted key (``session.idle_autonome_s``) or table name.
        message: Plain French explanation.
    """

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        key = f" [{self.key}]" if self.key else ""
        return f"{where}{key} : {self.message}"


def line_of_key(text: str, key: str, start_line: int = 1) -> int:
    """Find the 1-based line where ``key`` is assigned or opened as a table.

    Args:
        text: Whole TOML document.
        key: Bare key name (last component of a dotted key).
        start_line: First line to look at (to search inside one block).

    Returns:
        The line number, or 0 when the key is not written literally.
    """
    pattern = _key_pattern(key)
    lines = text.splitlines()
    for number in range(max(start_line, 1), len(lines) + 1):
        if pattern.match(lines[number - 1]):
            return number
    return 0


def key_lines(lines: list[str], key: str) -> list[int]:
    """Every 1-based line of ``lines`` where ``key`` is assigned or opened (see line_of_key).

    The same test as line_of_key's pattern, with string methods: no pattern
    to compile per key while the borne starts.
    """
    return [number for number, line in enumerate(lines, 1) if key in line and _opens(line, key)]


def _opens(line: str, key: str) -> bool:
    rest = line.lstrip()
    if rest.startswith("["):
        rest = rest[2:] if rest.startswith("[[") else rest[1:]
        rest = rest.lstrip()
    if rest[:1] in ("\"", "'"):
        rest = rest[1:]
    if not rest.startswith(key):
        return False
    rest = rest[len(key):]
    if rest[:1] in ("\"", "'"):
        rest = rest[1:]
    return rest.lstrip()[:1] in ("=", "]", ".")


def _key_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*(\[\[?\s*)?[\"']?{re.escape(key)}[\"']?\s*(=|\]|\.)", re.MULTILINE)


def decode_error_line(error: tomllib.TOMLDecodeError, text: str = "") -> int:
    """Return the 1-based line a TOML syntax error points at (0 when unknown).

    Python 3.11 and 3.12 only give the position inside the message
    ("… (at line 3, column 7)"); ``lineno`` appeared later. An error "at end
    of document" points at the last line of ``text`` when it is given.
    """
    lineno = getattr(error, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = _DECODE_LINE.search(str(error))
    if match:
        return int(match.group(1))
    if "end of document" in str(error) and text:
        return len(text.splitlines())
    return 0
