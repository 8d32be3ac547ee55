"""The tiles: which public services the borne opens, and where each may go.

INTERFACE CONTRACT (implemented by the catalogue work, used by kiosk/ui).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.paths import RESOURCES
from kiosk.tomlsource import TomlProblem

SHIPPED_CATALOGUE = RESOURCES / "catalogue.toml"


@dataclass(frozen=True)
class Tile:
    """One service on the home screen.

    Attributes:
        id: Stable identifier (``caf``, ``ameli`` …), also the icon's base name.
        labels: Short label per language code; ``fr`` is always present.
        start_url: Public start page of the service.
        hosts: Allowed hosts: ``"caf.fr"`` exact, ``"*.caf.fr"`` sub-domains.
        organisme: Organisme code for the journal (closed list; else ``autre``).
        thematiques: Codes from vocabulary.json ``thematique_administrative``.
        icon: Icon file name under resources/icons/.
        order: Position on the home screen (ascending).
        enabled: Hidden when false.
        logout_url: Page to log out of the service, if it has one.
        accompanied_only: Shown only in an accompanied session (Aidants Connect).
    """

    id: str
    labels: dict[str, str]
    start_url: str
    hosts: tuple[str, ...]
    organisme: str
    thematiques: tuple[str, ...]
    icon: str
    order: int
    enabled: bool = True
    logout_url: str | None = None
    accompanied_only: bool = False

    def label(self, language: str) -> str:
        """Return the label in ``language``, falling back to French."""
        return self.labels.get(language) or self.labels["fr"]


@dataclass(frozen=True)
class Catalogue:
    """The tiles to show (enabled, sorted) and every problem met reading them."""

    tiles: tuple[Tile, ...]
    problems: tuple[TomlProblem, ...] = ()

    def tile(self, tile_id: str) -> Tile | None:
        """Return the tile with this id, or ``None``."""
        return next((t for t in self.tiles if t.id == tile_id), None)


def load_catalogue(shipped: Path = SHIPPED_CATALOGUE, override: Path | None = None) -> Catalogue:
    """Read the shipped catalogue, then apply the centre's override file."""
    raise NotImplementedError
