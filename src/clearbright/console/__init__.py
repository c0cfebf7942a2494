"""The review console: server-rendered pages over the case desk, served with the API.

`install(app)` adds the pages under /console, their static files and a redirect from /.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from clearbright.console.auth import Sessions
from clearbright.console.web import HERE, SecureStatic


def install(app: FastAPI, *, secret: str | None = None) -> None:
    """Mount the console on a service built by api.create_app."""
    from clearbright.console import routes  # the pages import the whole case desk

    app.state.console_sessions = Sessions(secret)
    app.include_router(routes.router)
    app.mount("/console/static", SecureStatic(directory=HERE / "static"), name="console-static")

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/console/", status_code=307)
