"""Errors as JSON a staff member can read: a machine code and a French sentence."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.sync.protocol import ProtocolError


class ApiError(Exception):
    """An error answered as ``{"code", "message", "details"}`` with a status."""

    def __init__(self, status: int, code: str, message: str, details: object = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    @classmethod
    def from_protocol(cls, error: ProtocolError) -> ApiError:
        """Map a protocol refusal to its HTTP status (413 for size, else 422)."""
        status = 413 if error.code == "lot_trop_gros" else 422
        return cls(status, error.code, error.message, error.details)


def body(code: str, message: str, details: object = None) -> dict[str, Any]:
    """Return the JSON body of an error."""
    return {"code": code, "message": message, "details": details}


_STATUS_MESSAGES = {
    404: ("introuvable", "Cette adresse n'existe pas."),
    405: ("methode_refusee", "Cette action n'est pas possible à cette adresse."),
}


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the JSON shape."""

    async def api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(
            body(exc.code, exc.message, exc.details), status_code=exc.status, headers=headers
        )

    async def http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code, message = _STATUS_MESSAGES.get(
            exc.status_code, ("erreur", str(exc.detail) or "Demande refusée.")
        )
        return JSONResponse(body(code, message), status_code=exc.status_code)

    async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        fields = [".".join(str(p) for p in e.get("loc", ())) for e in exc.errors()]
        return JSONResponse(
            body("format_invalide", "La demande est mal formée.", {"champs": fields}),
            status_code=422,
        )

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
