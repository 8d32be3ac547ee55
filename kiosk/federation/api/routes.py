"""Routes of the borne-facing API: health, enrol, ingest, token rotation."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response
from pydantic import BaseModel, Field

from kiosk.federation import crud, ingest, tokens
from kiosk.federation.errors import ApiError
from kiosk.federation.state import state_of
from kiosk.sync import protocol

router = APIRouter(prefix="/api/v1")

_ERROR = {
    "description": "Erreur",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Erreur"}}},
}


class EnrolRequest(BaseModel):
    """The single-use code given by the federation, and a name for the borne."""

    code: str = Field(min_length=1, max_length=40)
    label: str = Field(default="Borne", max_length=100)


class CentreOut(BaseModel):
    """The centre the borne belongs to."""

    id: int
    name: str


class EnrolResponse(BaseModel):
    """The borne's identity; the token is shown only this once."""

    device_id: str
    token: str
    centre: CentreOut


class TokenResponse(BaseModel):
    """A pending token: valid from its first use, which retires the current one."""

    token: str
    pending_since: datetime


class TokenState(BaseModel):
    """Where the token used for the request stands."""

    device_id: str
    token_since: datetime | None
    rotation_pending: bool


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    too_big = ApiError(
        413,
        "lot_trop_gros",
        f"Le lot dépasse {limit} octets : envoyez-le en plusieurs fois.",
        {"maximum_octets": limit},
    )
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


@router.get("/health", summary="État du serveur")
def health(request: Request) -> dict[str, Any]:
    """Say the server is up, with the versions it accepts."""
    state = state_of(request)
    return {
        "status": "ok",
        "schema_version": protocol.SCHEMA_VERSION,
        "vocabulary_versions": sorted(state.vocabularies.versions),
    }


@router.post(
    "/enrol",
    status_code=201,
    response_model=EnrolResponse,
    summary="Inscrire une borne avec un code à usage unique",
    responses={401: _ERROR, 422: _ERROR},
)
def enrol(request: Request, body: EnrolRequest) -> EnrolResponse:
    """Exchange a single-use code for a device id and its token."""
    state = state_of(request)
    done = crud.enrol(state.factory, body.code, body.label)
    return EnrolResponse(
        device_id=done.device_id,
        token=done.token,
        centre=CentreOut(id=done.centre_id, name=done.centre_name),
    )


@router.post(
    "/devices/{device_id}/batches",
    summary="Envoyer un lot de cellules",
    responses={400: _ERROR, 401: _ERROR, 403: _ERROR, 409: _ERROR, 413: _ERROR, 422: _ERROR},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": protocol.batch_json_schema()}},
        }
    },
)
async def post_batch(
    request: Request,
    response: Response,
    device_id: str,
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Store a batch in one transaction and return its acknowledgement."""
    state = state_of(request)
    moment = state.clock()
    device = ingest.authenticate(state.factory, device_id, _bearer(authorization), moment)
    raw = await _read_body(request, state.settings.max_body_bytes)
    try:
        decoded = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiError(400, "json_invalide", "Le lot n'est pas du JSON lisible.") from None
    try:
        batch = protocol.parse_batch(decoded, state.settings.max_cells)
    except protocol.ProtocolError as error:
        raise ApiError.from_protocol(error) from None
    ingest.validate(batch, state.vocabularies.versions, moment.date())
    outcome = ingest.store(state.factory, device, batch, moment)
    if outcome.replay:
        response.headers["Idempotent-Replay"] = "true"
    return outcome.ack


@router.post(
    "/devices/{device_id}/token",
    status_code=201,
    response_model=TokenResponse,
    summary="Demander un nouveau jeton (valable dès son premier usage)",
    responses={401: _ERROR, 403: _ERROR},
)
def rotate(
    request: Request, device_id: str, authorization: Annotated[str | None, Header()] = None
) -> TokenResponse:
    """Store a pending token and return it; the current one works until it is used."""
    state = state_of(request)
    moment = state.clock()
    device = ingest.authenticate(state.factory, device_id, _bearer(authorization), moment)
    pending = tokens.start(state.factory, device.id, moment)
    return TokenResponse(token=pending.token, pending_since=pending.since)


@router.get(
    "/devices/{device_id}/token",
    response_model=TokenState,
    summary="État du jeton (un jeton en attente devient le jeton courant)",
    responses={401: _ERROR, 403: _ERROR},
)
def token_state(
    request: Request, device_id: str, authorization: Annotated[str | None, Header()] = None
) -> TokenState:
    """Answer with the token's state; used with a pending token, it confirms it."""
    state = state_of(request)
    device = ingest.authenticate(state.factory, device_id, _bearer(authorization), state.clock())
    return TokenState(
        device_id=device.id,
        token_since=device.token_since,
        rotation_pending=device.pending_token_hash is not None,
    )
