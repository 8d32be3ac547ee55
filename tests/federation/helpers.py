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
        "autonomie": split(accompagne, ["entierement_accompagne", "partiellement_autonome"]),
        "pathway": split(accompagne, ["acces_aux_droits", "apprentissage"]),
        "role": split(accompagne, ["accueil", "mediateur_numerique", "benevole"]),
        "tranche_age": split(
            accompagne, ["vingt_cinq_trente_neuf", "soixante_dix_plus", "non_communique"]
        ),
        "statut_social": split(accompagne, ["sans_emploi", "retraite", "non_communique"]),
        "feedback": split(sessions - accompagne, ["oui", "en_partie", "non"]),
    }
    for dimension, counts in parts.items():
        for code, value in counts.items():
            if value:
                cells.append(cell(code, value, revision, day, dimension=dimension))
    for metric, value in (
        ("pages_imprimees", sessions * 2),
        ("documents_scannes", sessions // 2),
        ("documents_televerses", sessions // 3),
        ("demandes_aide", 2),
    ):
        cells.append(cell("all", value, revision, day, metric=metric, dimension="total"))
    return cells


class LiveServer:
    """Run an app with uvicorn on a free loopback port, in a thread."""

    def __init__(self, app) -> None:
        import threading

        import uvicorn

        from tests.federation.webdriver import free_port

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", date_header=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        import time

        self.thread.start()
        for _ in range(200):
            if self.server.started:
                break
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
