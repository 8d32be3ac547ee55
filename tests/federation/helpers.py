"""Helpers shared by the federation tests: enrol a borne, build cells and batches."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient

from kiosk.federation import crud
from kiosk.sync import protocol

VOCAB = "coop-cra-v2-2026-06"


def enrol(client: TestClient, factory, centre: int) -> tuple[str, dict[str, str]]:
    code = crud.make_enrol_code(factory, centre)
    answer = client.post("/api/v1/enrol", json={"code": code, "label": "Accueil"})
    assert answer.status_code == 201, answer.text
    data = answer.json()
    return data["device_id"], {"Authorization": f"Bearer {data['token']}"}


def cell(code="all", value=1, revision=1, day="2026-11-24", metric="sessions", dimension=None):
    if dimension is None:
        dimension = "total" if code == "all" else "mode"
    return {
        "day": day,
        "metric": metric,
        "dimension": dimension,
        "code": code,
        "value": value,
        "revision": revision,
    }


def batch(cells, sequence=1, batch_id=None, vocabulary=VOCAB):
    return {
        "batch_id": batch_id or str(uuid.uuid4()),
        "device_sequence": sequence,
        "schema_version": protocol.SCHEMA_VERSION,
        "vocabulary_version": vocabulary,
        "cells": cells,
    }


def day_cells(day: str, sessions: int, revision: int = 1, seed: int = 0) -> list[dict]:
    """A realistic day: partitions that add up, a few assisted-only figures."""
    import random

    rng = random.Random(f"{day}-{seed}")
    cells = [cell("all", sessions, revision, day)]

    def split(total, codes):
        counts = dict.fromkeys(codes, 0)
        for _ in range(total):
            counts[rng.choice(codes)] += 1
        return counts

    accompagne = sessions // 3
    parts = {
        "mode": {"autonome": sessions - accompagne, "accompagne": accompagne},
        "heure": split(sessions, [f"{h:02d}" for h in range(9, 18)]),
        "duree": split(sessions, ["30", "60", "120", "more"]),
        "organisme": split(
            sessions, ["caf", "ameli", "impots", "ants", "france_travail", "webmail"]
        ),
        "demarche_aboutie": split(accompagne, ["oui", "a_finir_seul", "a_revenir", "reoriente"]),
        "structure_de_redirection": split(accompagne // 4, ["administration", "aide_sociale"]),
        "thematique": split(
            sessions, ["famille_scolarite", "logement", "social_sante", "argent_impots", "email"]
        ),
    }
    for dimension, counts in parts.items():
        for code, value in counts.items():
            if value:
                cells.append(cell(code, value, revision, day, dimension=dimension))
    cells.append(
        cell("all", sessions * 2, revision, day, metric="pages_imprimees", dimension="total")
    )
    return cells
