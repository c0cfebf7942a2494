"""Request dependencies: the shared context, the authenticated actor, pagination."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from clearbright.api.context import AppContext
from clearbright.cases import tokens
from clearbright.cases.access import Actor

bearer = HTTPBearer(auto_error=False, description="An API token from `clearbright token create`")


def context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.context
    return ctx


def actor(
    request: Request,
    ctx: Annotated[AppContext, Depends(context)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Actor:
    """The token's actor; unknown, expired and revoked tokens are 401 alike (nothing leaks)."""
    if credentials is None:
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    address = request.client.host if request.client else "unknown"
    # An address that guessed wrong too often is refused before its next guess is checked.
    ctx.limiter.check_auth(address)
    with ctx.reading() as session:
        found = tokens.authenticate(session, credentials.credentials)
    if found is None:
        ctx.limiter.auth_failed(address)
        raise HTTPException(
            401, "unknown, expired or revoked token", headers={"WWW-Authenticate": "Bearer"}
        )
    return found


class Page(BaseModel):
    """Offset pagination of a list endpoint."""

    limit: int = 50
    offset: int = 0

    def wrap(self, items: list[dict[str, Any]], total: int) -> dict[str, Any]:
        return {"items": items, "total": total, "limit": self.limit, "offset": self.offset}


def page(
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


Ctx = Annotated[AppContext, Depends(context)]
Who = Annotated[Actor, Depends(actor)]
Paging = Annotated[Page, Depends(page)]
# Row ids fit a 32-bit integer on both backends; larger ones are a 422, not a database error.
RowId = Annotated[int, Path(ge=1, le=2_147_483_647)]
