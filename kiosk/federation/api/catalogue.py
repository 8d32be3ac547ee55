"""Route giving a borne the federation's tile catalogue (bearer token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request, Response

from kiosk.federation import catalogues, ingest
from kiosk.federation.errors import ApiError
from kiosk.federation.state import state_of

router = APIRouter(prefix="/api/v1")


def _bearer(authorization: str | None) -> str | None:
    scheme, _, value = (authorization or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


@router.get(
    "/devices/{device_id}/catalogue",
    summary="Catalogue de tuiles publié par la fédération",
    response_class=Response,
    responses={
        200: {
            "content": {"application/toml": {}},
            "description": "Le catalogue, octets exacts ; Catalogue-Sha256 et "
            "Catalogue-Version en en-têtes",
        },
        304: {"description": "La borne a déjà cette version (If-None-Match)"},
        404: {"description": "Aucun catalogue publié (code aucun_catalogue)"},
    },
)
def get_catalogue(
    request: Request,
    device_id: str,
    authorization: Annotated[str | None, Header()] = None,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    """Send the newest catalogue for the borne's federation, with its SHA-256."""
    state = state_of(request)
    device = ingest.authenticate(state.factory, device_id, _bearer(authorization))
    found = catalogues.latest_for(state.factory, device.centre_id)
    if found is None:
        raise ApiError(404, "aucun_catalogue", "La fédération n'a pas publié de catalogue.")
    etag = f'"{found.sha256}"'
    headers = {
        "ETag": etag,
        "Catalogue-Version": str(found.version),
        "Catalogue-Sha256": found.sha256,
        "Cache-Control": "no-store",
    }
    if if_none_match is not None and if_none_match.strip() == etag:
        return Response(status_code=304, headers=headers)
    return Response(found.body, media_type="application/toml; charset=utf-8", headers=headers)
