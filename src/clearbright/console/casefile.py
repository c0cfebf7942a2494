"""Everything the case page shows, gathered in one read: items with marked evidence, findings
grouped with their evidence (each rendered by its kind), the history and the decision form's
starting point. Scope is checked before this runs (cases.access.check_case).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from clearbright.cases.access import Actor, Role
from clearbright.cases.intake import category_of
from clearbright.console import reasons
from clearbright.console.filters import aware
from clearbright.console.text import DiffPart, Mark, Segment, diff, masked, segments
from clearbright.model import Item, TextField
from clearbright.policy import Policy
from clearbright.registry import Registry
from clearbright.store.cases_schema import (
    Appeal,
    AuditEntry,
    Case,
    CaseFinding,
    Decision,
    Notice,
)
from clearbright.store.schema import StoredFinding, StoredItem
from clearbright.store.supervision_schema import Dispatch

FIELDS: tuple[TextField, ...] = ("title", "text", "url", "author.name", "author.id")
LOOKALIKE_KINDS = frozenset(
    {"lookalike_name", "lookalike_domain", "lookalike_package", "lookalike_logo", "identity_claim"}
)
BY_KIND = {
    "quote_mismatch": "quote",
    "figure_mismatch": "figure",
    "headline_figure": "figure",
    "claim_match": "claim",
    "coordinated_campaign": "campaign",
    "context_label": "label",
    "extortion_offer": "offer",
}


@dataclass
class EvidenceView:
    """One piece of evidence, with what its kind's template needs."""

    ref: str
    kind: str
    template: str
    description: str
    span_field: str | None
    span_text: str
    registry_ref: str | None
    registry_name: str | None
    matched: str
    similarity: float | None
    details: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FindingView:
    id: int
    item_id: str
    platform: str
    slug: str
    detector: str
    score: float
    action: str
    automated: bool
    reasons: str
    evidence: list[EvidenceView]


@dataclass
class ItemView:
    ref: str
    platform: str
    kind: str | None
    created_at: datetime | None
    region: str | None
    fields: list[tuple[str, list[Segment]]]
    stored: bool


@dataclass
class CaseFile:
    """The case page's content."""

    case: Case
    items: list[ItemView]
    findings: list[FindingView]
    history: list[AuditEntry]
    decisions: list[Decision]
    appeals: list[Appeal]
    notices: list[Notice]
    form: dict[str, Any]


def build(session: Session, case: Case, who: Actor, registry: Registry, policy: Policy) -> CaseFile:
    """Assemble the case page for an actor already allowed to see the case."""
    rows = session.execute(
        select(StoredFinding, StoredItem)
        .join(CaseFinding, CaseFinding.finding_id == StoredFinding.id)
        .join(StoredItem, StoredItem.id == StoredFinding.item_pk)
        .where(CaseFinding.case_id == case.id)
        .order_by(StoredFinding.score.desc(), StoredFinding.id)
    ).all()
    findings = [
        _finding(session, index, f, i, who, case, registry) for index, (f, i) in enumerate(rows, 1)
    ]
    marks: dict[tuple[str, str], list[Mark]] = {}
    for finding in findings:
        for ev in finding.evidence:
            span = ev.extra.get("span")
            if span is not None:
                key = (finding.item_id, span["field"])
                marks.setdefault(key, []).append(Mark(span["start"], span["end"], ev.ref, ev.kind))
    items = _items(session, case, marks)
    decisions = list(
        session.scalars(select(Decision).where(Decision.case_id == case.id).order_by(Decision.id))
    )
    appeals = list(
        session.scalars(select(Appeal).where(Appeal.case_id == case.id).order_by(Appeal.id))
    )
    notices = list(
        session.scalars(select(Notice).where(Notice.case_id == case.id).order_by(Notice.id))
    )
    history = _history(session, case, decisions, appeals, notices)
    return CaseFile(
        case, items, findings, history, decisions, appeals, notices, _form(case, findings, policy)
    )


def _items(
    session: Session, case: Case, marks: dict[tuple[str, str], list[Mark]]
) -> list[ItemView]:
    stored = {
        row.item_id: row
        for row in session.scalars(
            select(StoredItem).where(
                StoredItem.platform == case.platform, StoredItem.item_id.in_(case.item_refs)
            )
        )
    }
    views = []
    for ref in case.item_refs:
        row = stored.get(ref)
        item = _item(row)
        if row is None or item is None:
            views.append(ItemView(ref, case.platform, None, None, None, [], False))
            continue
        fields: list[tuple[str, list[Segment]]] = []
        for name in FIELDS:
            value = item.field_text(name)
            if value:
                fields.append((name, segments(value, marks.get((ref, name), []))))
        views.append(
            ItemView(ref, item.platform, item.kind, item.created_at, item.region, fields, True)
        )
    return views


def _item(row: StoredItem | None) -> Item | None:
    if row is None:
        return None
    try:
        return Item.model_validate(row.data)
    except ValidationError:
        return None


def _finding(
    session: Session,
    index: int,
    stored: StoredFinding,
    item: StoredItem,
    who: Actor,
    case: Case,
    registry: Registry,
) -> FindingView:
    evidence = [
        _evidence(session, f"ev-{index}-{n}", raw, who, case, registry)
        for n, raw in enumerate(stored.evidence, 1)
    ]
    return FindingView(
        id=stored.id,
        item_id=item.item_id,
        platform=item.platform,
        slug=stored.slug,
        detector=stored.detector,
        score=stored.score,
        action=stored.action,
        automated=stored.automated,
        reasons=masked(stored.reasons),
        evidence=evidence,
    )


def _evidence(
    session: Session, ref: str, raw: dict[str, Any], who: Actor, case: Case, registry: Registry
) -> EvidenceView:
    kind = str(raw.get("kind", "evidence"))
    details = raw.get("details") or {}
    span = raw.get("span")
    template = BY_KIND.get(kind, "generic")
    if kind in LOOKALIKE_KINDS:
        template = "lookalike"
    elif "masked" in details:
        template = "privacy"
    registry_ref = raw.get("registry_ref")
    view = EvidenceView(
        ref=ref,
        kind=kind,
        template=template,
        description=masked(raw.get("description")),
        span_field=span.get("field") if span else None,
        span_text=masked(span.get("text")) if span else "",
        registry_ref=registry_ref,
        registry_name=registry.entity_name(registry_ref) if registry_ref else None,
        matched=masked(raw.get("matched")),
        similarity=raw.get("similarity"),
        details={k: v for k, v in details.items() if k != "campaign"},
    )
    if span:
        view.extra["span"] = span
    if template == "quote":
        view.extra["quote"], view.extra["passage"] = _quote_diff(details)
    elif template == "lookalike" and registry_ref:
        view.extra["record"] = _record(registry, registry_ref)
    elif template == "campaign":
        view.extra["campaign"] = _campaign(session, details.get("campaign") or {}, who, case)
    return view


def _quote_diff(details: dict[str, Any]) -> tuple[list[DiffPart], list[DiffPart]]:
    return diff(str(details.get("quote") or ""), str(details.get("transcript_passage") or ""))


def _record(registry: Registry, ref: str) -> dict[str, Any]:
    """The registry record a lookalike was matched against, as the page lists it."""
    enterprise = registry.enterprises.get(ref)
    if enterprise is not None:
        accounts = [
            f"{platform}: {a.name or a.handle} ({a.handle})"
            for platform, rows in enterprise.official_accounts.items()
            for a in rows
        ]
        return {
            "name": enterprise.name,
            "short names": ", ".join(enterprise.short_names),
            "trademarks": ", ".join(enterprise.trademarks),
            "official domains": ", ".join(enterprise.official_domains),
            "official accounts": "; ".join(accounts),
            "official apps": ", ".join(f"{a.name} ({a.package})" for a in enterprise.official_apps),
        }
    person = registry.people.get(ref)
    if person is not None:
        return {
            "name": person.name,
            "role": person.role or "",
            "enterprise": registry.entity_name(person.enterprise) if person.enterprise else "",
        }
    return {"id": ref}


def _campaign(session: Session, campaign: dict[str, Any], who: Actor, case: Case) -> dict[str, Any]:
    """The campaign's posts in time order, with accounts across platforms."""
    by_platform: dict[str, list[str]] = campaign.get("items_by_platform") or {}
    conditions = [
        and_(StoredItem.platform == platform, StoredItem.item_id.in_(refs))
        for platform, refs in by_platform.items()
    ]
    rows = list(session.scalars(select(StoredItem).where(or_(*conditions)))) if conditions else []
    rows.sort(key=lambda r: (r.created_at is None, _epoch(r.created_at), r.item_id))
    # Another platform's posts are shown to staff and supervisors; a platform sees its own text.
    show_all = who.role is not Role.PLATFORM
    start = rows[0].created_at if rows and rows[0].created_at else None
    timeline = [
        {
            "platform": r.platform,
            "item": r.item_id,
            "account": f"{r.platform}:{r.author_id}" if r.author_id else "",
            "at": r.created_at,
            "minutes": _minutes(start, r.created_at),
            "text": masked(r.text) if show_all or r.platform == case.platform else None,
        }
        for r in rows
    ]
    return {
        "id": campaign.get("campaign_id", ""),
        "target": campaign.get("target_name") or campaign.get("target") or "",
        "accounts": campaign.get("accounts") or [],
        "platforms": campaign.get("platforms") or [],
        "minutes": campaign.get("minutes"),
        "templates": [masked(t) for t in campaign.get("templates") or []],
        "timeline": timeline,
    }


def _epoch(at: datetime | None) -> float:
    found = aware(at)
    return found.timestamp() if found is not None else 0.0


def _minutes(start: datetime | None, at: datetime | None) -> float | None:
    if start is None or at is None:
        return None
    return round((at - start).total_seconds() / 60, 1)


def _history(
    session: Session,
    case: Case,
    decisions: Sequence[Decision],
    appeals: Sequence[Appeal],
    notices: Sequence[Notice],
) -> list[AuditEntry]:
    """Audit entries about the case and its decisions, appeals, notices and dispatches."""
    dispatch_ids = list(session.scalars(select(Dispatch.id).where(Dispatch.case_id == case.id)))
    related = [
        ("case", [case.id]),
        ("decision", [d.id for d in decisions]),
        ("appeal", [a.id for a in appeals]),
        ("notice", [n.id for n in notices]),
        ("dispatch", dispatch_ids),
    ]
    clauses = [
        and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_([str(i) for i in ids]))
        for entity, ids in related
        if ids
    ]
    return list(session.scalars(select(AuditEntry).where(or_(*clauses)).order_by(AuditEntry.seq)))


def _form(case: Case, findings: Sequence[FindingView], policy: Policy) -> dict[str, Any]:
    """The decision form's starting point: the policy's default and the templates."""
    category = category_of(case.category)
    rule = policy.rule(category)
    labels = [
        e.details.get("label") for f in findings for e in f.evidence if e.kind == "context_label"
    ]
    target = next((e.registry_name for f in findings for e in f.evidence if e.registry_name), None)
    actions = reasons.action_order(category)
    return {
        "category": category,
        "policy_action": rule.action,
        "policy_auto": rule.auto.action if rule.auto else None,
        "default": reasons.default_action(rule.action, category),
        "actions": actions,
        "grounds": {a: reasons.ground_template(category, a, target) for a in actions},
        "facts": reasons.facts_template(e.description for f in findings for e in f.evidence),
        "label_note": next((str(x) for x in labels if x), ""),
    }
