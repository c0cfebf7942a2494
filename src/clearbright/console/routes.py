"""The console's pages: sign-in, queue, case, decisions, appeals, notices and the dashboard.

Thin: scope and role checks are cases.access (`require`, `check_case`, `case_scope`), writes go
through cases/ (decide, appeals, notices, lifecycle) exactly as the API's do.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query
from fastapi.responses import Response
from markupsafe import Markup
from pydantic import ValidationError
from sqlalchemy import case as when
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearbright.api.ratelimit import RateLimited
from clearbright.audit import record
from clearbright.cases import appeals, tokens
from clearbright.cases.access import STAFF, Actor, Role, case_scope, check_case, require
from clearbright.cases.decisions import DecisionIn, decide
from clearbright.cases.errors import Forbidden, Invalid, NotFound
from clearbright.cases.intake import category_of
from clearbright.cases.lifecycle import ALLOWED, GUARDED, STATES, claim, transition
from clearbright.cases.notices import NoticeIn, file_notice
from clearbright.categories import Category
from clearbright.console import auth, casefile, reasons
from clearbright.console.dashboard import figures
from clearbright.console.web import ConsoleRoute, Visit, visit
from clearbright.policy import Policy
from clearbright.reports.charts import bar_chart_svg
from clearbright.reports.transparency import period
from clearbright.store.cases_schema import Appeal, Case, Decision, Notice, Notifier

router = APIRouter(prefix="/console", route_class=ConsoleRoute, include_in_schema=False)
V = Annotated[Visit, Depends(visit)]
Text = Annotated[str, Form(max_length=10000)]
QUEUE_ROLES = (*STAFF, Role.PLATFORM, Role.SUPERVISOR)
PAGE = 50


@functools.cache
def policy() -> Policy:
    """The packaged policy, whose defaults the decision form shows (loaded once)."""
    return Policy.load()


# --- sign-in ----------------------------------------------------------------------------------


@router.get("/")
def home(v: V) -> Response:
    """Each role's starting page."""
    if v.who.role is Role.NOTIFIER:
        return v.redirect("/console/notices")
    return v.redirect("/console/queue")


@router.get("/login")
def login_page(v: V, next: Annotated[str, Query(max_length=500)] = "/console/") -> Response:
    return v.render("login.html", next=_local(next), error=None)


@router.post("/login")
def login(
    v: V,
    token: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form(max_length=500)] = "/console/",
) -> Response:
    """Exchange an API token for a session; the token itself is not kept in the cookie."""
    address = v.request.client.host if v.request.client else "unknown"
    try:
        # The API's failed-authentication limit counts console guesses too: one budget per address.
        v.ctx.limiter.check_auth(address)
    except RateLimited as refused:
        error = f"Too many failed sign-ins from this address; try again in {refused.retry_after} s."
        page = v.render("login.html", status=429, next=_local(next), error=error)
        page.headers["Retry-After"] = str(refused.retry_after)
        return page
    with v.ctx.reading() as db:
        actor = tokens.authenticate(db, token.strip())
    if actor is None:
        v.ctx.limiter.auth_failed(address)
        return v.render("login.html", status=401, next=_local(next), error="Unknown token.")
    v.session = auth.signed_in(actor.token_id)
    return v.redirect(_local(next))


@router.post("/logout")
def logout(v: V) -> Response:
    v.session = auth.signed_in(None)
    return v.redirect("/console/login")


def _local(url: str) -> str:
    # Only paths inside the console: never an open redirect to another site.
    return url if url.startswith("/console/") and not url.startswith("//") else "/console/"


# --- queue ------------------------------------------------------------------------------------


@router.get("/queue")
def queue(
    v: V,
    category: Annotated[str, Query(max_length=32)] = "",
    region: Annotated[str, Query(max_length=32)] = "",
    platform: Annotated[str, Query(max_length=128)] = "",
    state: Annotated[str, Query(max_length=32)] = "",
    queue: Annotated[str, Query(max_length=64)] = "",
    overdue: Annotated[str, Query(max_length=8)] = "",
    offset: Annotated[int, Query(ge=0, le=10**7)] = 0,
) -> Response:
    """Cases in scope, overdue first, then by priority and deadline; filters and queue counts."""
    who = v.who
    require(who, *QUEUE_ROLES)
    now = datetime.now(UTC)
    filters = {
        "category": category,
        "region": region,
        "platform": platform,
        "state": state,
        "queue": queue,
        "overdue": overdue,
    }
    query = _filtered(who, filters, now)
    with v.ctx.reading() as db:
        total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = list(db.scalars(_ordered(query, now).limit(PAGE).offset(offset)))
        counts = db.execute(
            select(Case.queue, func.count())
            .where(case_scope(who), Case.state != "closed")
            .group_by(Case.queue)
            .order_by(Case.queue)
        ).all()
    return v.render(
        "queue.html",
        cases=rows,
        total=int(total),
        offset=offset,
        page=PAGE,
        counts=counts,
        filters=filters,
        categories=list(Category),
        states=STATES,
        platforms=sorted(v.ctx.registry.platforms),
        regions=_regions(v),
        now=now,
        category_of=category_of,
        entity_name=v.ctx.registry.entity_name,
    )


def _filtered(who: Actor, filters: dict[str, str], now: datetime) -> Any:
    query = select(Case).where(case_scope(who))
    if filters["state"]:
        query = query.where(Case.state == filters["state"])
    else:
        query = query.where(Case.state != "closed")
    for column, key in (
        (Case.platform, "platform"),
        (Case.region, "region"),
        (Case.queue, "queue"),
    ):
        if filters[key]:
            query = query.where(column == filters[key])
    if filters["category"]:
        try:
            number = Category.from_slug(filters["category"]).number
        except ValueError as exc:
            raise Invalid(str(exc), field="category") from None
        query = query.where(Case.category == number)
    if filters["overdue"]:
        query = query.where(Case.due_at < now, Case.acted_at.is_(None))
    return query


def _ordered(query: Any, now: datetime) -> Any:
    late = when((Case.due_at < now, 0), else_=1)
    return query.order_by(late, Case.priority.desc(), Case.due_at, Case.id)


def _regions(v: Visit) -> list[str]:
    return sorted({r.code for p in v.ctx.registry.platforms.values() for r in p.regions})


# --- case -------------------------------------------------------------------------------------


@router.get("/cases/{case_id}")
def case_page(case_id: int, v: V, done: Annotated[str, Query(max_length=32)] = "") -> Response:
    """The case with its marked evidence, findings, history and the decision form."""
    return _case_page(v, case_id, done=done)


def _case_page(
    v: Visit,
    case_id: int,
    *,
    error: str | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
    done: str = "",
) -> Response:
    who = v.who
    require(who, *QUEUE_ROLES)
    with v.ctx.reading() as db:
        case = _load(db, case_id, who)
        first_look = who.role in STAFF and case.claimed_at is None
    if first_look:  # a reviewer opens it for the first time: the SLA's "claimed" time
        with v.ctx.writing() as db:
            claim(db, _load(db, case_id, who, lock=True), who)
    with v.ctx.reading() as db:
        case = _load(db, case_id, who)
        file = casefile.build(db, case, who, v.ctx.registry, policy())
        following = _next_case(db, who, case)
    return v.render(
        "case.html",
        status=status,
        file=file,
        case=case,
        category=category_of(case.category),
        target_name=v.ctx.registry.entity_name(case.target) if case.target else None,
        next_case=following,
        moves=_moves(case),
        error=error,
        values=values or {},
        done=done,
        staff=who.role in STAFF,
        now=datetime.now(UTC),
    )


def _load(db: Session, case_id: int, who: Actor, *, lock: bool = False) -> Case:
    case = db.get(Case, case_id, with_for_update=lock) if 0 < case_id < 2**31 else None
    if case is None:
        raise NotFound(f"no case {case_id}")
    check_case(who, case)
    return case


def _next_case(db: Session, who: Actor, case: Case) -> int | None:
    now = datetime.now(UTC)
    ids = list(
        db.scalars(
            _ordered(select(Case.id).where(case_scope(who), Case.state != "closed"), now).limit(
                1000
            )
        )
    )
    if case.id in ids:
        after = ids[ids.index(case.id) + 1 :]
        return after[0] if after else None
    return ids[0] if ids else None


def _moves(case: Case) -> list[str]:
    return sorted(ALLOWED[case.state] - GUARDED)


@router.post("/cases/{case_id}/transition")
def move(
    case_id: int,
    v: V,
    to: Annotated[str, Form(max_length=32)],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Triage, take (assign to oneself), send to the platform or close."""
    who = v.who
    require(who, *STAFF)
    with v.ctx.writing() as db:
        case = _load(db, case_id, who, lock=True)
        transition(db, case, to, who, note)
        if to == "assigned":
            _assign(db, case, who)
    return v.redirect(f"/console/cases/{case_id}?done={to}")


def _assign(db: Session, case: Case, who: Actor) -> None:
    before = case.assignee
    case.assignee = who.label
    record(
        db, who.label, "case.assign", "case", case.id, {"assignee": before}, {"assignee": who.label}
    )


@router.post("/cases/{case_id}/decision")
def decision(
    case_id: int,
    v: V,
    action: Annotated[str, Form(max_length=32)],
    ground: Text,
    facts: Text,
    label_note: Text = "",
    territorial_scope: Annotated[str, Form(max_length=500)] = "",
    duration_days: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """Record a decision with its statement of reasons; a new case is taken on the way."""
    who = v.who
    require(who, *STAFF)
    values = {
        "action": action,
        "ground": ground,
        "facts": facts,
        "label_note": label_note,
        "territorial_scope": territorial_scope,
        "duration_days": duration_days,
    }
    try:
        reasons.require_filled(ground=ground, facts=facts, label_note=label_note)
        with v.ctx.writing() as db:
            case = _load(db, case_id, who, lock=True)
            data = _decision_in(values, automated_detection=_has_findings(db, case))
            _take(db, case, who)
            decide(db, case, data, who)
    except Invalid as exc:
        return _case_page(v, case_id, error=exc.describe(), values=values, status=422)
    return v.redirect(f"/console/cases/{case_id}?done=decided#history")


def _decision_in(values: dict[str, str], *, automated_detection: bool) -> DecisionIn:
    scope = [s.strip() for s in values["territorial_scope"].split(",") if s.strip()]
    try:
        return DecisionIn(
            action=values["action"],
            ground=values["ground"].strip(),
            facts=values["facts"].strip(),
            label_note=values["label_note"].strip() or None,
            territorial_scope=scope or None,
            duration_days=int(values["duration_days"]) if values["duration_days"].strip() else None,
            automated_detection=automated_detection,
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"])) or "form"
        raise Invalid(str(first["msg"]), field=where) from None
    except ValueError:
        raise Invalid("must be a whole number of days", field="duration_days") from None


def _has_findings(db: Session, case: Case) -> bool:
    from clearbright.store.cases_schema import CaseFinding

    return (
        db.scalar(select(CaseFinding.id).where(CaseFinding.case_id == case.id).limit(1)) is not None
    )


def _take(db: Session, case: Case, who: Actor) -> None:
    """Triage and assign a case the reviewer decides straight from the queue (both audited)."""
    if case.state == "new":
        transition(db, case, "triaged", who, "triaged from the console")
    if case.state == "triaged":
        transition(db, case, "assigned", who, "taken from the console")
        _assign(db, case, who)


@router.post("/cases/{case_id}/appeal")
def appeal(
    case_id: int,
    v: V,
    appellant: Annotated[str, Form(max_length=16)],
    text: Text,
) -> Response:
    """The author (through the platform or staff) or the notifier appeals the last decision."""
    who = v.who
    require(who, Role.PLATFORM, Role.NOTIFIER, *STAFF)
    try:
        data = appeals.AppealIn(appellant=appellant, text=text.strip())
    except ValidationError as exc:
        raise Invalid(str(exc.errors()[0]["msg"]), field="text") from None
    with v.ctx.writing() as db:
        case = db.get(Case, case_id, with_for_update=True) if 0 < case_id < 2**31 else None
        if case is None:
            raise NotFound(f"no case {case_id}")
        if who.role is not Role.NOTIFIER:  # a notifier's scope is its own notice (file_appeal)
            check_case(who, case)
        appeals.file_appeal(db, case, data, who)
    back = "/console/notices" if who.role is Role.NOTIFIER else f"/console/cases/{case_id}"
    return v.redirect(f"{back}?done=appealed")


# --- appeals ----------------------------------------------------------------------------------


@router.get("/appeals")
def appeals_page(v: V, done: Annotated[str, Query(max_length=32)] = "") -> Response:
    """Pending appeals with the decision appealed, for senior reviewers to re-decide."""
    who = v.who
    require(who, Role.SENIOR_REVIEWER, Role.ADMIN)
    with v.ctx.reading() as db:
        rows = db.execute(
            select(Appeal, Decision, Case)
            .join(Decision, Decision.id == Appeal.decision_id)
            .join(Case, Case.id == Appeal.case_id)
            .order_by(Appeal.outcome.is_not(None), Appeal.id.desc())
            .limit(200)
        ).all()
        stats = appeals.counts(db)
    pending = []
    for appeal_row, decided, case in rows:
        category = category_of(case.category)
        actions = reasons.action_order(category)
        name = v.ctx.registry.entity_name(case.target) if case.target else None
        pending.append(
            {
                "appeal": appeal_row,
                "decision": decided,
                "case": case,
                "category": category,
                "actions": actions,
                "grounds": {a: reasons.ground_template(category, a, name) for a in actions},
                "facts": reasons.facts_template([f"Grounds of appeal: {appeal_row.text}"]),
                "own": decided.decided_by == who.label,
            }
        )
    return v.render("appeals.html", rows=pending, stats=stats, done=done)


@router.post("/appeals/{appeal_id}/decision")
def appeal_decision(
    appeal_id: int,
    v: V,
    action: Annotated[str, Form(max_length=32)],
    ground: Text,
    facts: Text,
    label_note: Text = "",
) -> Response:
    """A different reviewer re-decides: the appeal is upheld or overturned."""
    who = v.who
    require(who, Role.SENIOR_REVIEWER, Role.ADMIN)
    reasons.require_filled(ground=ground, facts=facts, label_note=label_note)
    values = {
        "action": action,
        "ground": ground,
        "facts": facts,
        "label_note": label_note,
        "territorial_scope": "",
        "duration_days": "",
    }
    with v.ctx.writing() as db:
        row = db.get(Appeal, appeal_id, with_for_update=True) if 0 < appeal_id < 2**31 else None
        if row is None:
            raise NotFound(f"no appeal {appeal_id}")
        _load(db, row.case_id, who, lock=True)
        appeals.resolve(db, row, _decision_in(values, automated_detection=False), who)
    return v.redirect("/console/appeals?done=decided")


# --- notices ----------------------------------------------------------------------------------


@router.get("/notices")
def notices_page(v: V, done: Annotated[str, Query(max_length=32)] = "") -> Response:
    """A notifier's own notices and their status; staff see every notice with its notifier."""
    who = v.who
    if who.role is not Role.NOTIFIER and who.role not in STAFF:
        raise Forbidden(f"role {who.role.value} may not list notices")
    query = select(Notice, Notifier, Case).join(Notifier, Notifier.id == Notice.notifier_id)
    query = query.join(Case, Case.id == Notice.case_id)
    if who.role is Role.NOTIFIER:
        query = query.where(Notifier.token_id == who.token_id)
    with v.ctx.reading() as db:
        rows = db.execute(query.order_by(Notice.id.desc()).limit(200)).all()
        latest = _latest_decisions(db, [case.id for _, _, case in rows])
    return v.render(
        "notices.html",
        rows=[
            {
                "notice": n,
                "notifier": who_filed if who.role in STAFF else None,
                "state": case.state,
                "decision": latest.get(case.id),
                "category": category_of(n.category),
            }
            for n, who_filed, case in rows
        ],
        categories=list(Category),
        platforms=sorted(v.ctx.registry.platforms),
        regions=_regions(v),
        done=done,
        staff=who.role in STAFF,
    )


def _latest_decisions(db: Session, case_ids: list[int]) -> dict[int, Decision]:
    found: dict[int, Decision] = {}
    for row in db.scalars(
        select(Decision).where(Decision.case_id.in_(case_ids)).order_by(Decision.id)
    ):
        found[row.case_id] = row
    return found


@router.post("/notices")
def file(
    v: V,
    platform: Annotated[str, Form(max_length=128)],
    items: Text,
    category: Annotated[str, Form(max_length=32)],
    relation: Annotated[str, Form(max_length=32)],
    explanation: Text,
    notifier_kind: Annotated[str, Form(max_length=32)],
    notifier_name: Annotated[str, Form(max_length=200)],
    notifier_contact: Annotated[str, Form(max_length=200)] = "",
    region: Annotated[str, Form(max_length=32)] = "",
) -> Response:
    """File a notice from the form; it joins or opens a case."""
    who = v.who
    if who.role is Role.PLATFORM and platform != who.platform:
        raise Forbidden("a platform token files notices about its own platform only")
    try:
        data = NoticeIn.model_validate(
            {
                "platform": platform,
                "items": [line.strip() for line in items.splitlines() if line.strip()],
                "category": category,
                "relation": relation,
                "explanation": explanation.strip(),
                "region": region or None,
                "notifier": {
                    "kind": notifier_kind,
                    "name": notifier_name.strip(),
                    "contact": notifier_contact.strip() or None,
                },
            }
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        raise Invalid(str(first["msg"]), field=".".join(map(str, first["loc"]))) from None
    if platform not in v.ctx.registry.platforms:
        raise Invalid(f"unknown platform {platform!r}", field="platform")
    with v.ctx.writing() as db:
        file_notice(db, data, who, v.ctx.registry.platforms, v.ctx.rules)
    return v.redirect("/console/notices?done=filed")


@functools.lru_cache(maxsize=256)
def _chart(title: str, labels: tuple[str, ...], values: tuple[float | None, ...], unit: str) -> str:
    # matplotlib takes about a third of a second per chart; its output is deterministic, so
    # unchanged figures are drawn once.
    return bar_chart_svg(title, labels, values, unit=unit)  # type: ignore[arg-type]


# --- dashboard --------------------------------------------------------------------------------


@router.get("/dashboard")
def dashboard(
    v: V,
    since: Annotated[str, Query(max_length=10)] = "",
    until: Annotated[str, Query(max_length=10)] = "",
) -> Response:
    """Per platform and region: notices, time to action, share within deadline, overdue,
    appeal reversal rate, and the platforms' dispatch timeliness, over a date range."""
    who = v.who
    require(who, Role.SUPERVISOR, *STAFF)
    today = date.today()
    since = since or (today - timedelta(days=30)).isoformat()
    until = until or today.isoformat()
    start, end = period(since, until)
    with v.ctx.reading() as db:
        data = figures(db, who, start, end)
    labels = [g.label for g in data["groups"]]

    def plot(title: str, attribute: str, unit: str = "") -> Markup:
        values = tuple(getattr(g, attribute) for g in data["groups"])
        return Markup(_chart(title, tuple(labels), values, unit))

    plots = [
        plot("Notices", "notices"),
        plot("Cases opened", "cases"),
        plot("Median time to action", "hours_to_action", "hours"),
        plot("Share within deadline", "within_deadline_share", "share"),
        plot("Overdue cases", "overdue"),
        plot("Appeal reversal rate", "reversal_rate", "share"),
    ]
    return v.render("dashboard.html", data=data, plots=plots, since=since, until=until)
