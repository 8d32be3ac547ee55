"""Federation server: ingest rate, replay storm, dashboard render time.

On SQLite (a temporary file) and, when ``BORNE_TEST_POSTGRES_URL`` is set,
on PostgreSQL (a temporary schema):

1. ``BENCH_BORNES`` bornes (default 3,000), one day each (~60 cells), sent
   through HTTP (in-process ASGI client): batches/s and cells/s;
2. the same batches replayed (a replay storm): time, and proof that no
   total moved;
3. the dashboard with a year of data for ``BENCH_CENTRES`` centres
   (default 150 and 3,000, monthly sums written directly): time of the
   federation page, a département page and a centre page.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, insert, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.federation import crud
from kiosk.federation.app import create_app
from kiosk.federation.models import Cell, Centre, Federation, Monthly, Yearly
from kiosk.federation.state import Settings
from tests.federation.helpers import VOCAB, day_cells

PASSWORD = "banc d'essai du tableau"


def postgres_schema(url: str) -> tuple[str, str]:
    name = f"bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    engine.dispose()
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{name}", name


def drop_schema(url: str, name: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    engine.dispose()


def totals(factory) -> tuple[int, int, int]:
    with factory() as s:
        return (
            s.scalar(select(func.count()).select_from(Cell)),
            s.scalar(select(func.coalesce(func.sum(Cell.value), 0))),
            s.scalar(select(func.coalesce(func.sum(Monthly.value), 0))),
        )


def bench_ingest(url: str, bornes: int) -> None:
    app = create_app(Settings(database_url=url))
    factory = app.state.federation.factory
    with TestClient(app) as client:
        devices = []
        for i in range(bornes):
            centre = crud.create_centre(factory, f"Centre {i}", f"{i % 95 + 1:02d}", "Nationale")
            done = crud.enrol(factory, crud.make_enrol_code(factory, centre), "Borne")
            devices.append((done.device_id, {"Authorization": f"Bearer {done.token}"}))
        rng = random.Random(1)
        bodies = []
        for i, (device_id, headers) in enumerate(devices):
            cells = day_cells("2026-11-24", rng.randint(15, 60), seed=i)
            bodies.append(
                (
                    f"/api/v1/devices/{device_id}/batches",
                    headers,
                    {
                        "batch_id": str(uuid.uuid4()),
                        "device_sequence": 1,
                        "schema_version": 1,
                        "vocabulary_version": VOCAB,
                        "cells": cells,
                    },
                )
            )
        n_cells = sum(len(b[2]["cells"]) for b in bodies)
        start = time.perf_counter()
        for path, headers, body in bodies:
            assert client.post(path, json=body, headers=headers).status_code == 200
        first = time.perf_counter() - start
        before = totals(factory)
        start = time.perf_counter()
        for path, headers, body in bodies:
            answer = client.post(path, json=body, headers=headers)
            assert answer.headers.get("idempotent-replay") == "true"
        replay = time.perf_counter() - start
        after = totals(factory)
    factory.kw["bind"].dispose()
    print(
        f"  ingest {bornes} bornes × 1 day ({n_cells} cells, {n_cells / bornes:.0f}/batch): "
        f"{first:.1f} s, {bornes / first:.0f} batches/s, {n_cells / first:.0f} cells/s"
    )
    print(
        f"  replay storm of the same {bornes} batches: {replay:.1f} s, "
        f"{bornes / replay:.0f} batches/s; totals before {before} after {after}: "
        f"{'unchanged' if before == after else 'CHANGED'}"
    )


def bench_dashboard(url: str, centres: int) -> None:
    app = create_app(Settings(database_url=url))
    factory = app.state.federation.factory
    rng = random.Random(2)
    with factory.begin() as s:
        fed = Federation(name="Régionale")
        s.add(fed)
        s.flush()
        now = crud.now()
        s.execute(
            insert(Centre),
            [
                {
                    "name": f"Centre {i}",
                    "departement": f"{i % 5 + 59}",
                    "federation_id": fed.id,
                    "created_at": now,
                }
                for i in range(centres)
            ],
        )
        ids = list(s.scalars(select(Centre.id)))
    template = day_cells("2026-01-10", 40)
    rows = []
    for centre in ids:
        for month in range(1, 13):
            scale = rng.randint(10, 40)
            for c in template:
                rows.append(
                    {
                        "centre_id": centre,
                        "month": f"2026-{month:02d}",
                        "metric": c["metric"],
                        "dimension": c["dimension"],
                        "code": c["code"],
                        "value": c["value"] * scale // 2,
                    }
                )
    sums: dict[tuple, int] = {}
    for r in rows:
        key = (r["centre_id"], r["month"][:4], r["metric"], r["dimension"], r["code"])
        sums[key] = sums.get(key, 0) + r["value"]
    years = [
        dict(zip(("centre_id", "year", "metric", "dimension", "code"), k, strict=True), value=v)
        for k, v in sums.items()
    ]
    start = time.perf_counter()
    with factory.begin() as s:
        for table, data in ((Monthly, rows), (Yearly, years)):
            for i in range(0, len(data), 20_000):
                s.execute(insert(table), data[i : i + 20_000])
    load = time.perf_counter() - start
    crud.create_user(factory, "banc", PASSWORD, federation_name="Régionale")
    with TestClient(app) as client:
        form = client.get("/connexion").text
        token = form.split('name="csrf" value="')[1].split('"')[0]
        client.post(
            "/connexion", data={"identifiant": "banc", "mot_de_passe": PASSWORD, "csrf": token}
        )
        for label, path in (
            ("federation page", f"/federations/{fed.id}?annee=2026"),
            ("département page", f"/federations/{fed.id}/departements/59?annee=2026"),
            ("centre page", f"/centres/{ids[0]}?annee=2026"),
            ("overview (all centres)", "/tableau"),
            ("federation CSV export", f"/federations/{fed.id}/export.csv?annee=2026"),
        ):
            times = []
            for _ in range(3):
                start = time.perf_counter()
                answer = client.get(path)
                times.append(time.perf_counter() - start)
                assert answer.status_code == 200, answer.text[:300]
                assert "Connexion" not in answer.text[:2000], path
            print(
                f"  {centres} centres × 1 year ({len(rows)} monthly rows, loaded in "
                f"{load:.1f} s): {label} {min(times) * 1000:.0f} ms (best of 3)"
            )
    factory.kw["bind"].dispose()


def main() -> None:
    bornes = int(os.environ.get("BENCH_BORNES", "3000"))
    sizes = [int(n) for n in os.environ.get("BENCH_CENTRES", "150,3000").split(",")]
    targets = [("SQLite", None)]
    if os.environ.get("BORNE_TEST_POSTGRES_URL"):
        targets.append(("PostgreSQL", os.environ["BORNE_TEST_POSTGRES_URL"]))
    for name, base in targets:
        print(f"{name}:")
        for job, arg in [("ingest", bornes)] + [("dashboard", n) for n in sizes]:
            folder = tempfile.mkdtemp(prefix="bench-federation-")
            schema = None
            if base is None:
                url = f"sqlite:///{folder}/federation.sqlite3"
            else:
                url, schema = postgres_schema(base)
            try:
                if job == "ingest":
                    bench_ingest(url, arg)
                else:
                    bench_dashboard(url, arg)
            finally:
                if schema and base:
                    drop_schema(base, schema)


if __name__ == "__main__":
    main()
