"""Bodies generated from the published OpenAPI schema (valid, then broken): never a 5xx.

A small schema-driven generator in the spirit of schemathesis: it reads
``/openapi.json``, builds bodies that follow the schema of the enrol and
ingest routes, and breaks one part of them at a time (wrong type, value out
of range, unknown enum value, missing required field, extra field).
"""

from __future__ import annotations

import random
import uuid

import pytest

from tests.federation.helpers import VOCAB


def resolve(schema, spec):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = spec["components"]["schemas"][name]
    return schema


def wrong_value(rng):
    return rng.choice([None, True, -1, 2**64, 1.5, "", "x" * 300, [], {}, "é€\u0000"])


def generate(schema, spec, rng, break_rate):
    schema = resolve(schema, spec)
    if rng.random() < break_rate:
        return wrong_value(rng)
    if "enum" in schema:
        return rng.choice(schema["enum"]) if rng.random() > break_rate else "hors_liste"
    kind = schema.get("type")
    if kind == "object":
        body = {}
        for name, sub in schema.get("properties", {}).items():
            if name in schema.get("required", []) or rng.random() < 0.5:
                if rng.random() < break_rate / 3:
                    continue  # a required field missing
                body[name] = generate(sub, spec, rng, break_rate)
        if rng.random() < break_rate / 3:
            body["champ_en_trop"] = wrong_value(rng)
        return body
    if kind == "array":
        count = rng.randint(0, 4)
        return [generate(schema["items"], spec, rng, break_rate) for _ in range(count)]
    if kind == "integer":
        low = schema.get("minimum", -(2**31))
        high = schema.get("maximum", 2**40)
        return rng.choice([low, high, rng.randint(low, min(high, low + 100))])
    if kind == "string":
        if schema.get("format") == "uuid":
            return str(uuid.uuid4())
        if "AAAA-MM-JJ" in schema.get("description", ""):
            return rng.choice(["2026-11-24", "2026-11-25", "inconnu", "2026-13-01"])
        return rng.choice(["all", "caf", "autonome", "09", VOCAB, "ABCD-EFGH-JKMN"])
    return wrong_value(rng)


def request_schema(spec, path):
    operation = spec["paths"][path]["post"]
    return operation["requestBody"]["content"]["application/json"]["schema"]


@pytest.mark.parametrize("break_rate", [0.0, 0.05, 0.3])
def test_generated_batches_never_cause_a_server_error(client, borne, break_rate):
    spec = client.get("/openapi.json").json()
    device_id, headers = borne
    schema = request_schema(spec, "/api/v1/devices/{device_id}/batches")
    rng = random.Random(f"batches-{break_rate}")
    seen = set()
    for _ in range(150):
        body = generate(schema, spec, rng, break_rate)
        answer = client.post(f"/api/v1/devices/{device_id}/batches", json=body, headers=headers)
        assert answer.status_code < 500, (body, answer.text)
        data = answer.json()
        if answer.status_code != 200:
            assert data["code"] and data["message"], data
        else:
            assert data["batch_id"] == body["batch_id"]
        seen.add(answer.status_code)
    assert 422 in seen
    if break_rate == 0.0:
        assert 200 in seen


def test_generated_enrol_bodies_never_cause_a_server_error(client):
    spec = client.get("/openapi.json").json()
    schema = request_schema(spec, "/api/v1/enrol")
    rng = random.Random("enrol")
    for n in range(150):
        body = generate(schema, spec, rng, break_rate=0.05 * (n % 4))
        answer = client.post("/api/v1/enrol", json=body)
        assert answer.status_code in (401, 422), (body, answer.text)
        assert answer.json()["message"]
