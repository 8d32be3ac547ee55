"""The closed list of organisme codes a tile may declare (catalogue, journal, sync protocol).

Its own module so the catalogue, read before the home screen's first paint,
does not import the whole sync protocol.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Organismes a tile may declare (closed list; anything else is ``autre``).
ORGANISMES: Mapping[str, str] = MappingProxyType(
    {
        "caf": "CAF",
        "ameli": "Assurance maladie (ameli)",
        "impots": "Impôts",
        "ants": "ANTS (titres, permis, carte grise)",
        "france_travail": "France Travail",
        "msa": "MSA",
        "info_retraite": "Retraite (info-retraite)",
        "anef": "Préfecture, titres de séjour (ANEF)",
        "service_public": "Service-public.fr",
        "webmail": "Messagerie",
        "centre": "Site du centre",
        "aidants_connect": "Aidants Connect",
        "autre": "Autre service",
    }
)
