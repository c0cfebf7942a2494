"""The console's request plumbing: the visit (session, actor), page rendering, security headers,
HTML error pages, and the CSRF check run before every form post's handler.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import Scope

from clearbright.api.context import AppContext
from clearbright.cases.access import Actor
from clearbright.cases.errors import CaseError
from clearbright.console import auth, filters
from clearbright.console.auth import ConsoleSession, Sessions, SignInRequired
from clearbright.errors import ClearbrightError

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters.update(filters.ALL)
# Console pages only (the API answers JSON under its own rules): no framing, no inline script,
# no third-party anything, and nothing cached, since pages show case material. Inline styles
# are allowed because the dashboard's matplotlib SVG charts carry style attributes; scripts
# stay 'self' only.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
        "object-src 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def secure(response: Response) -> Response:
    for name, value in HEADERS.items():
        if name not in response.headers:
            response.headers[name] = value
    return response


@dataclass
class Visit:
    """One request to the console: its session and, when signed in, the actor."""

    request: Request
    ctx: AppContext
    session: ConsoleSession
    actor: Actor | None

    @property
    def who(self) -> Actor:
        """The signed-in actor; pages that need one send the others to sign in."""
        if self.actor is None:
            raise SignInRequired()
        return self.actor

    def render(self, name: str, status: int = 200, **context: Any) -> Response:
        response = templates.TemplateResponse(
            self.request,
            name,
            {"visit": self, "who": self.actor, "csrf": self.session.csrf, **context},
            status_code=status,
        )
        return self.keep(response)

    def keep(self, response: Response) -> Response:
        """Set the cookie of a session created on this request."""
        if self.session.fresh:
            sessions(self.request).write(self.request, response, self.session)
        return response

    def redirect(self, url: str) -> Response:
        return self.keep(RedirectResponse(url, status_code=303))


def sessions(request: Request) -> Sessions:
    found: Sessions = request.app.state.console_sessions
    return found


def visit(request: Request) -> Visit:
    """The dependency every console page takes."""
    cached = getattr(request.state, "console_visit", None)
    if isinstance(cached, Visit):
        return cached
    ctx: AppContext = request.app.state.context
    session = sessions(request).read(request)
    with ctx.reading() as db:
        actor = auth.actor_of(db, session)
    found = Visit(request, ctx, session, actor)
    request.state.console_visit = found
    return found


class ConsoleRoute(APIRoute):
    """Checks CSRF on form posts, turns refusals into HTML pages and adds security headers."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                if request.method == "POST":
                    form = await request.form()
                    token = form.get("csrf")
                    auth.check_csrf(
                        request,
                        visit(request).session,
                        token if isinstance(token, str) else None,
                    )
                response = await original(request)
            except SignInRequired:
                target = quote(
                    request.url.path + (f"?{request.url.query}" if request.url.query else "")
                )
                response = visit(request).redirect(f"/console/login?next={target}")
            except CaseError as exc:
                response = error_page(request, exc.status, exc.describe())
            except ClearbrightError as exc:
                response = error_page(request, 422, exc.describe())
            except RequestValidationError as exc:
                fields = ", ".join(".".join(map(str, e.get("loc", ()))) for e in exc.errors())
                response = error_page(request, 422, f"the form does not validate: {fields}")
            return secure(response)

        return handler


def error_page(request: Request, status: int, message: str) -> Response:
    titles = {403: "Not allowed", 404: "Not found", 409: "Conflict", 422: "Cannot accept this"}
    return visit(request).render(
        "error.html", status=status, title=titles.get(status, "Error"), message=message
    )


class SecureStatic(StaticFiles):
    """The console's CSS and script, with the same headers as its pages (cacheable)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response
