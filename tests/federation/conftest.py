"""Fixtures of the federation tests: a real server on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from kiosk.federation import crud
from kiosk.federation.app import create_app
from kiosk.federation.state import Settings
from tests.federation.helpers import enrol

POSTGRES_ENV = "BORNE_TEST_POSTGRES_URL"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def postgres_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{POSTGRES_ENV} is not set in CI: tools/services.sh must start PostgreSQL")
        pytest.skip(f"{POSTGRES_ENV} not set (run: source tools/services.sh && start_services)")
    return url


def fresh_postgres_schema(url: str) -> str:
    """Create an empty schema for one test and return a URL using it."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    engine.dispose()
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{name}"


def drop_postgres_schema(url: str, search_url: str) -> None:
    name = search_url.rsplit("%3D", 1)[1]
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'federation.sqlite3'}"
        return
    base = postgres_url()
    assert base is not None
    url = fresh_postgres_schema(base)
    try:
        yield url
    finally:
        drop_postgres_schema(base, url)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(database_url) -> Settings:
    return Settings(database_url=database_url, max_cells=200, max_body_bytes=60_000)


@pytest.fixture
def app(settings, clock):
    application = create_app(settings, clock=clock)
    yield application
    application.state.federation.factory.kw["bind"].dispose()


@pytest.fixture
def client(app) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def factory(app):
    return app.state.federation.factory


@pytest.fixture
def centre_id(factory) -> int:
    return crud.create_centre(factory, "Centre social des Oliviers", "59", "Nord")


@pytest.fixture
def borne(client, factory, centre_id) -> tuple[str, dict[str, str]]:
    return enrol(client, factory, centre_id)
