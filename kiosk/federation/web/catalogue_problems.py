"""The borne loader's catalogue problems, said in plain French for federation staff.

The problems come from :func:`kiosk.sync.catalogue_feed.federation_problems`
(the borne's own loader and URL policy); this module only words them and
points each at a line of the text the person typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalogue import SHIPPED_CATALOGUE
from kiosk.sync.catalogue_feed import MAX_BYTES, SOURCE
from kiosk.tomlsource import TomlProblem, key_lines

_TILE_KEY = re.compile(r"^tile\[(?P<id>[^\]]*)\](?:\.(?P<rest>.+))?$")
_GROUP_KEY = re.compile(r"^host_groups(?:\.(?P<name>.+))?$")
_INVALID = re.compile(
    r"^TOML invalide, fichier ignoré : (?P<detail>.*?)\s*"
    r"(\(at line \d+, column (?P<column>\d+)\))?$"
)
_POLICY_CODE = re.compile(r"\s*\([a-z]+(?:-[a-z]+)+\)")


@dataclass(frozen=True)
class Explained:
    """One problem, ready for the page.

    Attributes:
        line: Line of the typed text (1-based; 0 when it has none).
        where: Plain words for the key (« tuile « caf », clé start_url »).
        message: What is wrong, in French.
        quoted: The typed line itself, to recognise it ("" when no line).
    """

    line: int
    where: str
    message: str
    quoted: str


def _quote(name: str) -> str:
    """French quotes held to the word by no-break spaces."""
    return f"«\u00a0{name}\u00a0»"


def _where(key: str) -> str:
    tile = _TILE_KEY.match(key)
    if tile:
        words = f"tuile {_quote(tile['id'])}" if tile["id"] else "une tuile"
        return f"{words}, clé {_quote(tile['rest'])}" if tile["rest"] else words
    group = _GROUP_KEY.match(key)
    if group:
        return f"groupe de sites {_quote(group['name'])}" if group["name"] else "groupes de sites"
    return f"clé {_quote(key)}" if key else ""


def _tile_line(lines: list[str], key: str) -> int:
    """Line of the typed text that changes the shipped tile named in ``key``.

    The line giving the same key in that tile's block, else its ``hosts``
    (what usually breaks a shipped tile), else the line giving its id.
    """
    tile = _TILE_KEY.match(key)
    if not tile or not tile["id"]:
        return 0
    wanted = re.compile(rf"^\s*id\s*=\s*[\"']{re.escape(tile['id'])}[\"']")
    start = next((n for n, line in enumerate(lines, 1) if wanted.match(line)), 0)
    if not start:
        return 0
    end = next(
        (n for n in range(start + 1, len(lines) + 1) if lines[n - 1].lstrip().startswith("[")),
        len(lines) + 1,
    )
    block = lines[start : end - 1]
    for name in (tile["rest"] or "", "hosts"):
        found = key_lines(block, name.split(".")[0]) if name else []
        if found:
            return start + found[0]
    return start


def _message(problem: TomlProblem) -> str:
    invalid = _INVALID.match(problem.message)
    if invalid:
        column = f", colonne {invalid['column']}" if invalid["column"] else ""
        return (
            f"le texte n'est pas écrit dans le bon format (TOML) à cet endroit{column} : "
            "vérifiez les guillemets, les crochets et les signes « = ». Rien du texte n'a pu "
            f"être lu. Détail technique : {invalid['detail']}"
        )
    if problem.message.startswith("catalogue trop gros"):
        limit = f"{MAX_BYTES:,}".replace(",", " ")
        return f"le texte est trop long : {limit} octets au plus. Raccourcissez-le."
    message = _POLICY_CODE.sub("", problem.message)
    if message.startswith("clé inconnue"):
        message += ". Vérifiez son orthographe : les clés permises sont dans l'aide, sous le texte"
    return message


def schema_help(path: Path = SHIPPED_CATALOGUE) -> str:
    """The keys as the shipped catalogue's header comment documents them (the page's help)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].removeprefix(" "))
    start = next((n for n, line in enumerate(lines) if line.startswith("Clés")), 0)
    return "\n".join(lines[start:]).strip()


def explain(problems: list[TomlProblem], text: str) -> list[Explained]:
    """Word each problem for staff and point it at a line of ``text``.

    A problem found in the catalogue shipped with the bornes (the layer makes a
    shipped tile break) is pointed at the typed line giving that tile's id.
    """
    lines = text.splitlines()
    found = []
    for problem in problems:
        message = _message(problem)
        line = problem.line
        if problem.file != SOURCE:
            line = _tile_line(lines, problem.key)
            shipped = f", ligne {problem.line}" if problem.line else ""
            message = message.removeprefix("tuile ignorée : ")
            message = (
                "avec ce texte, cette tuile livrée avec les bornes ne marcherait plus "
                f"(catalogue livré{shipped}) : {message}"
            )
        quoted = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        found.append(Explained(line, _where(problem.key), message, quoted))
    return sorted(found, key=lambda e: (e.line == 0, e.line))
