"""Idempotency keys: a POST retried with the same key gets the first answer, not a duplicate."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.api.context import AppContext
from clearbright.api.errors import body
from clearbright.cases.access import Actor
from clearbright.store.cases_schema import IdempotentResponse


def run(
    ctx: AppContext,
    actor: Actor,
    key: str | None,
    request: Any,
    create: Callable[[Session], dict[str, Any]],
    status: int = 201,
) -> JSONResponse:
    """Create once per (token, key) and commit before answering; replay a stored answer."""
    fingerprint = hashlib.sha256(
        json.dumps(request, sort_keys=True, default=str).encode("utf-8")
    ).hexdigest()
    with ctx.writing() as session:
        if key and actor.token_id is not None:
            stored = session.scalars(
                select(IdempotentResponse).where(
                    IdempotentResponse.token_id == actor.token_id, IdempotentResponse.key == key
                )
            ).first()
            if stored is not None:
                if stored.request_hash != fingerprint:
                    return JSONResponse(
                        body("conflict", "this Idempotency-Key was used with a different request"),
                        status_code=409,
                    )
                return JSONResponse(
                    stored.body, status_code=stored.status, headers={"Idempotent-Replayed": "true"}
                )
        result = create(session)
        if key and actor.token_id is not None:
            session.add(
                IdempotentResponse(
                    token_id=actor.token_id,
                    key=key,
                    request_hash=fingerprint,
                    status=status,
                    body=result,
                    created_at=datetime.now(UTC),
                )
            )
    return JSONResponse(result, status_code=status)
