"""Read Qt Linguist ``.ts`` files (the borne's translations) as plain data.

Used to switch the language of screens already built (the reverse lookup
from a shown text to its French source) and by the tests that check every
string is translated.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TsMessage:
    """One message of a .ts file.

    Attributes:
        context: Qt translation context (the class name).
        source: French source text.
        translations: The translation (several for plural forms); empty
            when the message is not translated.
        finished: False for ``type="unfinished"`` (and vanished/obsolete).
    """

    context: str
    source: str
    translations: tuple[str, ...]
    finished: bool


def read_ts(path: Path) -> tuple[str, list[TsMessage]]:
    """Return the language of a .ts file and its messages.

    Raises:
        ValueError: the file is not a readable .ts file.
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise ValueError(f"{path} : fichier de traduction illisible ({error})") from error
    if root.tag != "TS":
        raise ValueError(f"{path} : ce n'est pas un fichier .ts de Qt")
    messages: list[TsMessage] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            forms: tuple[str, ...] = ()
            finished = False
            if node is not None:
                plural = [form.text or "" for form in node.iter("numerusform")]
                forms = tuple(plural) if plural else ((node.text or ""),)
                forms = tuple(form for form in forms if form)
                finished = node.get("type") not in ("unfinished", "vanished", "obsolete")
            messages.append(TsMessage(name, source, forms, finished))
    return root.get("language", ""), messages


def reverse_index(folder: Path, prefix: str = "borne_") -> dict[str, list[tuple[str, str]]]:
    """Map every shown text (French source or a translation) to its messages.

    Args:
        folder: Folder of the ``<prefix><lang>.ts`` files.
        prefix: File name prefix.

    Returns:
        ``text → [(context, French source), …]``; unreadable files are skipped.
    """
    index: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(folder.glob(f"{prefix}*.ts")):
        try:
            _, messages = read_ts(path)
        except ValueError:
            continue
        for message in messages:
            key = (message.context, message.source)
            for text in (message.source, *message.translations):
                found = index.setdefault(text, [])
                if key not in found:
                    found.append(key)
    return index
