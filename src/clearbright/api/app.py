"""Build the FastAPI application over a store, a registry and optional routing rules."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.types import ASGIApp

from clearbright.api import errors, links, security
from clearbright.api.context import AppContext
from clearbright.api.ratelimit import RateLimits
from clearbright.api.routes import campaigns, cases, misc, notices, reviews, scan, supervision
from clearbright.api.routes import registry as registry_routes
from clearbright.cases.routing import RuleSet
from clearbright.console import install as install_console
from clearbright.registry import Registry
from clearbright.scan import Scanner
from clearbright.store import Store


class Service(FastAPI):
    """The FastAPI app with the security headers outermost, so 500 answers carry them too."""

    def build_middleware_stack(self) -> ASGIApp:
        # Starlette answers an unhandled error in its outermost middleware; user middleware
        # added with add_middleware sits inside it and never sees that answer.
        return security.SecurityHeaders(super().build_middleware_stack())


@asynccontextmanager
async def startup(app: FastAPI) -> AsyncIterator[None]:
    """Apply the stored registry edits at start: one the folder no longer supports (say, a
    person whose enterprise left the folder) stops the start with its reason."""
    _ = app.state.context.registry
    yield


def create_app(
    store: Store,
    registry: Registry,
    *,
    rules: RuleSet | None = None,
    scanner: Scanner | None = None,
    limits: RateLimits | None = None,
) -> FastAPI:
    """The service; the store must already be migrated (Store.open does it).

    `registry` is the folder's; edits made through the API are layered over it. `limits`
    defaults to the CLEARBRIGHT_RATE_* environment (see api/ratelimit.py).
    """
    app = Service(
        title="clearbright",
        version="0.1.0",
        description="Notices, cases, decisions with reasons, appeals and scans.",
        lifespan=startup,
    )
    app.state.context = AppContext(
        store=store,
        base_registry=registry,
        rules=rules,
        _scanner=scanner,
        limits=limits or RateLimits.from_env(),
    )
    errors.install(app)
    security.configure_logging()
    for module in (misc, registry_routes, scan, notices, cases, campaigns, reviews, supervision):
        app.include_router(module.router)
    install_console(app)  # the review console's pages under /console
    links.install(app)
    return app
