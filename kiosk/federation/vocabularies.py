"""Vocabulary versions the server accepts, and the labels of their codes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from kiosk.paths import VOCABULARY
from kiosk.sync.protocol import METRICS, label_of
from kiosk.vocabulary import load_vocabulary

Lists = Mapping[str, Mapping[str, str]]


class Vocabularies:
    """Every known vocabulary version; the newest gives the labels."""

    def __init__(self, paths: Iterable[Path] = (VOCABULARY,)) -> None:
        self.versions: dict[str, Lists] = {}
        self.current: Lists = {}
        self.current_version = ""
        for path in paths:
            vocabulary = load_vocabulary(path)
            self.versions[vocabulary.version] = vocabulary.lists
            self.current, self.current_version = vocabulary.lists, vocabulary.version

    def label(self, dimension: str, code: str) -> str:
        """Return the French label of a code (from any known version)."""
        found = label_of(dimension, code, self.current)
        if found != code:
            return found
        for lists in self.versions.values():
            found = label_of(dimension, code, lists)
            if found != code:
                return found
        return code

    @staticmethod
    def metric_label(metric: str) -> str:
        """Return the French label of a metric."""
        return METRICS[metric][0] if metric in METRICS else metric
