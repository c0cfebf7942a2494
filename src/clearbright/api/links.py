"""OpenAPI links: how the due-process chain's answers feed the next request.

A filed notice names its case; a case is triaged, decided and appealed; an appeal is
re-decided. The links let clients (and the stateful API fuzzing in the tests) follow the
chain with real ids instead of guessing them.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

# (operation that answers, its status) → {link name: (target path, method, {parameter: source})}
LINKS: dict[tuple[str, str, str], dict[str, tuple[str, str, dict[str, str]]]] = {
    ("/v1/notices", "post", "201"): {
        "GetNotice": ("/v1/notices/{notice_id}", "get", {"notice_id": "$response.body#/id"}),
        "GetCase": ("/v1/cases/{case_id}", "get", {"case_id": "$response.body#/case_id"}),
        "MoveCase": (
            "/v1/cases/{case_id}/transitions",
            "post",
            {"case_id": "$response.body#/case_id"},
        ),
        "DecideCase": (
            "/v1/cases/{case_id}/decisions",
            "post",
            {"case_id": "$response.body#/case_id"},
        ),
        "AppealCase": (
            "/v1/cases/{case_id}/appeals",
            "post",
            {"case_id": "$response.body#/case_id"},
        ),
        "ListEvidence": (
            "/v1/notices/{notice_id}/evidence",
            "get",
            {"notice_id": "$response.body#/id"},
        ),
    },
    ("/v1/cases/{case_id}/decisions", "post", "201"): {
        "GetDecision": (
            "/v1/decisions/{decision_id}",
            "get",
            {"decision_id": "$response.body#/id"},
        ),
        "AppealCase": (
            "/v1/cases/{case_id}/appeals",
            "post",
            {"case_id": "$request.path.case_id"},
        ),
    },
    ("/v1/cases/{case_id}/appeals", "post", "201"): {
        "DecideAppeal": (
            "/v1/appeals/{appeal_id}/decision",
            "post",
            {"appeal_id": "$response.body#/id"},
        ),
    },
}


def operation_ref(path: str, method: str) -> str:
    """A JSON pointer to an operation of this document (`/` in a path is `~1`)."""
    return "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


def add_links(document: dict[str, Any]) -> dict[str, Any]:
    """The document with the links above on the responses that exist in it."""
    paths = document.get("paths", {})
    for (path, method, status), links in LINKS.items():
        response = paths.get(path, {}).get(method, {}).get("responses", {}).get(status)
        if response is None:
            continue
        response["links"] = {
            name: {"operationRef": operation_ref(target, verb), "parameters": parameters}
            for name, (target, verb, parameters) in links.items()
            if verb in paths.get(target, {})
        }
    return document


def install(app: FastAPI) -> None:
    """Serve the document with its links (built once, like FastAPI's own)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = add_links(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
