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
