"""The FastAPI application factory of the federation server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.federation import db, errors
from kiosk.federation.api.catalogue import router as catalogue_router
from kiosk.federation.api.routes import router as api_router
from kiosk.federation.crud import now
from kiosk.federation.state import Settings, State
from kiosk.federation.vocabularies import Vocabularies
from kiosk.federation.web.catalogue_page import router as catalogue_page_router
from kiosk.federation.web.routes import install as web_install
from kiosk.federation.web.routes import router as web_router

STATIC = Path(__file__).resolve().parent / "static"


#: Headers of every dashboard page and export (not of the API).
PAGE_HEADERS = (
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
)


class DateHeader:
    """Add a ``Date`` header to every response (the borne checks its clock with it).

    Dashboard pages and exports also get a strict content security policy
    and ``Cache-Control: no-store`` (figures are not for shared caches).
    """

    def __init__(self, app: ASGIApp, clock: Callable[[], datetime]) -> None:
        self.app = app
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, adding the header to the response start."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        path: str = scope.get("path", "")

        async def send_with_date(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                stamp = format_datetime(self.clock(), usegmt=True).encode("ascii")
                headers.append((b"date", stamp))
                if not path.startswith(("/api/", "/static/", "/openapi.json")):
                    names = {k.lower() for k, _ in headers}
                    headers.extend(h for h in PAGE_HEADERS if h[0] not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_date)


def create_app(
    settings: Settings,
    vocabularies: Vocabularies | None = None,
    clock: Callable[[], datetime] = now,
    *,
    migrate: bool = True,
) -> FastAPI:
    """Build the application: database (migrated), API, dashboard, errors."""
    engine = db.make_engine(settings.database_url)
    if migrate:
        db.migrate(engine)
    app = FastAPI(
        title="Fédération des bornes d'accueil",
        version="1",
        description="Chiffres anonymes des bornes des centres sociaux.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.federation = State(
        settings=settings,
        factory=db.session_factory(engine),
        vocabularies=vocabularies or Vocabularies(),
        clock=clock,
    )
    errors.install(app)
    web_install(app)
    app.openapi_schema = None
    app.include_router(api_router)
    app.include_router(catalogue_router)
    app.include_router(web_router)
    app.include_router(catalogue_page_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(DateHeader, clock=clock)
    _add_error_schema(app)
    return app


def _add_error_schema(app: FastAPI) -> None:
    original = app.openapi

    def openapi() -> dict[str, object]:
        if app.openapi_schema is None:
            schema = original()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components["Erreur"] = {
                "type": "object",
                "required": ["code", "message"],
                "properties": {
                    "code": {"type": "string", "description": "code stable pour les programmes"},
                    "message": {"type": "string", "description": "phrase en français"},
                    "details": {},
                },
            }
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
