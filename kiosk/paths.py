"""Where the borne finds its shipped resources (catalogue, icons, guides …)."""

from __future__ import annotations

import os
from pathlib import Path

#: resources/ beside the package in a checkout or an installed source tree;
#: ``$BORNE_RESOURCES`` points elsewhere (the installer keeps it in the venv).
RESOURCES = Path(
    os.environ.get("BORNE_RESOURCES", Path(__file__).resolve().parent.parent / "resources")
)
VOCABULARY = RESOURCES / "vocabulary.json"
