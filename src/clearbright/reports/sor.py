"""Statements of reasons as JSON records modelled on the EU DSA Transparency Database.

One record per decision and item (`puid` is the platform's own id of the item), in the format
of `schema/statement_of_reasons.schema.json` and docs/statement-of-reasons.md. Every record is
validated against that schema before it is written or served; an invalid record is refused
with the field that failed. Free text (grounds, facts) has personal identifiers masked, and
nothing about the notifier except the kind of source is included.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import (  # type: ignore[import-untyped]  # no stubs in the runtime deps
    Draft202012Validator,
    FormatChecker,
)
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from clearbright.cases.intake import category_of
from clearbright.categories import Category
from clearbright.detectors.privacy.recognize import redact
from clearbright.errors import ClearbrightError
from clearbright.store.cases_schema import Case, Decision, Notice, Notifier
from clearbright.store.schema import StoredItem

FORMAT = "clearbright.sor/1"
SCHEMA_FILE = "statement_of_reasons.schema.json"
MAX_BATCH = 100
CHUNK = 500  # decisions read and enriched at a time
COUNTRY = "CN"

# What each action restricts, in the DSA's terms (visibility list, account decision).
VISIBILITY = {
    "remove": ["DECISION_VISIBILITY_CONTENT_REMOVED"],
    "label": ["DECISION_VISIBILITY_CONTENT_LABELLED"],
    "demote": ["DECISION_VISIBILITY_CONTENT_DEMOTED"],
    "restrict_visibility": ["DECISION_VISIBILITY_OTHER"],
}
VISIBILITY_OTHER = "visibility restricted: kept online but left out of search, recommendations "
VISIBILITY_OTHER += "and trending lists"
CATEGORY = {
    Category.COUNTERFEIT: "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
    Category.TARGETED_ABUSE: "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    Category.PRIVACY_LEAK: "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
    Category.IMPERSONATION: "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    Category.DISTORTION: "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
    Category.FALSE_SEARCH_TRENDING: (
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"
    ),
    Category.BLACK_PR: "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    Category.EXTORTION: "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    Category.COORDINATED_ATTACK: "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
    Category.COMPETITOR_SMEAR: "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
}
# Fraud-type categories are decided on a legal ground; the others on the platform's rules.
LEGAL_GROUND = {
    Category.COUNTERFEIT: "Trademark Law of the PRC, art. 57 (use of an identical or similar mark)",
    Category.PRIVACY_LEAK: "Personal Information Protection Law of the PRC, arts. 10 and 13",
    Category.IMPERSONATION: "Anti-Unfair Competition Law of the PRC, art. 6 (confusion)",
    Category.BLACK_PR: "Anti-Unfair Competition Law of the PRC, art. 11 (commercial defamation)",
    Category.EXTORTION: "Criminal Law of the PRC, art. 274 (extortion)",
}
TERMS_GROUND = "platform community rules on {slug}"
CONTENT_TYPE = {
    "post": ("CONTENT_TYPE_TEXT", None),
    "comment": ("CONTENT_TYPE_TEXT", None),
    "app": ("CONTENT_TYPE_APP", None),
    "mini_app": ("CONTENT_TYPE_APP", None),
    "account": ("CONTENT_TYPE_OTHER", "account profile"),
    "domain": ("CONTENT_TYPE_OTHER", "domain name"),
    "search_suggestion": ("CONTENT_TYPE_OTHER", "search suggestion"),
    "trending_topic": ("CONTENT_TYPE_OTHER", "trending topic"),
}
SOURCE = {
    "enterprise": "SOURCE_ARTICLE_16",
    "person": "SOURCE_ARTICLE_16",
    "public": "SOURCE_ARTICLE_16",
    "platform": "SOURCE_TYPE_OTHER_NOTIFICATION",
    "supervisor": "SOURCE_TRUSTED_FLAGGER",
}


class SorError(ClearbrightError):
    """A statement of reasons that does not validate against the shipped schema."""


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema shipped in the package."""
    text = resources.files("clearbright.reports").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=FormatChecker())


def validate(record: dict[str, Any]) -> None:
    """Raise SorError naming the first field that breaks the schema."""
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = ".".join(str(p) for p in first.absolute_path) or "(record)"
        raise SorError(first.message, path=str(record.get("sor_id", "statement")), field=where)


def records(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
    where: ColumnElement[bool] | None = None,
) -> list[dict[str, Any]]:
    """Validated records of decisions made in [since, until), oldest decision first.

    `where` narrows the cases (e.g. an actor's scope, `access.case_scope`).
    """
    out: list[dict[str, Any]] = []
    for index, record in enumerate(iter_records(session, since, until, where=where)):
        if index < offset:
            continue
        if limit is not None and len(out) >= limit:
            break
        out.append(record)
    return out


def count(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    where: ColumnElement[bool] | None = None,
) -> int:
    """How many records the range gives (one per decision and item)."""
    query = _decisions_query(since, until, where).with_only_columns(Case.item_refs)
    rows = session.execute(query)
    return sum(max(1, len(refs or [])) for (refs,) in rows)


def iter_records(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    where: ColumnElement[bool] | None = None,
) -> Iterator[dict[str, Any]]:
    """Every record in range, each validated before it is yielded."""
    rows = session.execute(_decisions_query(since, until, where))
    while chunk := [(decision, case) for decision, case in rows.fetchmany(CHUNK)]:
        # Sources and item kinds for a whole chunk of decisions in two queries.
        sources = _source_types(session, {case.id for _, case in chunk})
        kinds = _kinds(session, [case for _, case in chunk])
        for decision, case in chunk:
            refs = list(case.item_refs) or [f"case-{case.id}"]
            for index, ref in enumerate(refs, start=1):
                kind, content_date = kinds.get((case.platform, ref), ("post", None))
                source = sources.get(case.id, "SOURCE_VOLUNTARY")
                record = build(decision, case, ref, index, kind, content_date, source)
                validate(record)
                yield record


def build(
    decision: Decision,
    case: Case,
    puid: str,
    index: int,
    kind: str,
    content_date: date | None,
    source_type: str,
) -> dict[str, Any]:
    """One record for one item of a decision (not yet validated)."""
    category = category_of(decision.category)
    applied = _aware(decision.created_at)
    content, content_other = CONTENT_TYPE.get(kind, ("CONTENT_TYPE_OTHER", kind))
    visibility = VISIBILITY.get(decision.action, [])
    account = "DECISION_ACCOUNT_SUSPENDED" if decision.action == "suspend_account" else None
    end = _end(applied, decision.duration_days)
    record: dict[str, Any] = {
        "format": FORMAT,
        "sor_id": f"cb-{decision.id}-{index}",
        "puid": puid,
        "platform": case.platform,
        "decision_id": decision.id,
        "case_id": case.id,
        "decision_visibility": visibility,
        "decision_visibility_other": VISIBILITY_OTHER
        if "DECISION_VISIBILITY_OTHER" in visibility
        else None,
        "decision_monetary": None,
        "decision_provision": None,
        "decision_account": account,
        **_ground(decision, category),
        "category": CATEGORY[category],
        "category_clearbright": {
            "number": category.number,
            "slug": category.slug,
            "speech": category.is_speech,
        },
        "content_type": [content],
        "content_type_other": content_other,
        "content_date": content_date.isoformat() if content_date else None,
        "application_date": applied.date().isoformat(),
        "end_date_visibility_restriction": end if visibility else None,
        "end_date_monetary_restriction": None,
        "end_date_service_restriction": None,
        "end_date_account_restriction": end if account else None,
        "decision_facts": _masked(decision.facts, 5000),
        "source_type": source_type,
        "automated_detection": "Yes" if decision.automated_detection else "No",
        "automated_decision": "AUTOMATED_DECISION_FULLY"
        if decision.automated_decision
        else "AUTOMATED_DECISION_NOT_AUTOMATED",
        "territorial_scope": _scope(decision.territorial_scope),
        "appeal_of": decision.appeal_of,
        "created_at": applied.isoformat(),
    }
    return record


def write_batches(
    session: Session,
    out: Path,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    batch_size: int = MAX_BATCH,
) -> list[Path]:
    """Write `sor-00001.json`… (each `{"statements": [...]}`, at most batch_size records).

    Batches are streamed into a hidden folder inside `out` and moved into place only when
    every record has validated, so a bad record leaves no partial export behind and memory
    holds one batch at a time.
    """
    if not 1 <= batch_size <= MAX_BATCH:
        raise SorError(f"the batch size must be 1 to {MAX_BATCH}", field="batch-size")
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".sor-", dir=out))
    try:
        staged = _stage(iter_records(session, since, until), staging, batch_size)
        for stale in out.glob("sor-*.json"):  # an earlier export's batches
            stale.unlink()
        written = []
        for path in staged:
            target = out / path.name
            path.replace(target)
            written.append(target)
        return written
    except BaseException:
        if created:
            shutil.rmtree(out, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _stage(records: Iterator[dict[str, Any]], folder: Path, batch_size: int) -> list[Path]:
    paths: list[Path] = []
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        path = folder / f"sor-{len(paths) + 1:05d}.json"
        body = json.dumps({"statements": batch}, ensure_ascii=False, indent=1) + "\n"
        path.write_text(body, "utf-8")
        paths.append(path)
        batch.clear()

    for record in records:
        batch.append(record)
        if len(batch) == batch_size:
            flush()
    if batch:
        flush()
    return paths


def _decisions_query(
    since: datetime | None, until: datetime | None, where: ColumnElement[bool] | None = None
) -> Any:
    query = select(Decision, Case).join(Case, Case.id == Decision.case_id)
    if where is not None:
        query = query.where(where)
    if since is not None:
        query = query.where(Decision.created_at >= since)
    if until is not None:
        query = query.where(Decision.created_at < until)
    return query.order_by(Decision.id)


def _ground(decision: Decision, category: Category) -> dict[str, str]:
    explanation = _masked(decision.ground, 2000)
    if decision.action == "no_action":
        return {
            "decision_ground": "DECISION_GROUND_NO_VIOLATION",
            "no_violation_explanation": explanation,
        }
    if category in LEGAL_GROUND:
        return {
            "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
            "illegal_content_legal_ground": LEGAL_GROUND[category],
            "illegal_content_explanation": explanation,
        }
    return {
        "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "incompatible_content_ground": TERMS_GROUND.format(slug=category.slug),
        "incompatible_content_explanation": explanation,
        "incompatible_content_illegal": "No",
    }


def _source_types(session: Session, case_ids: set[int]) -> dict[int, str]:
    """Each case's source type; a case no notice mentions was found by the scan (voluntary)."""
    kinds: dict[int, set[str]] = {}
    rows = session.execute(
        select(Notice.case_id, Notifier.kind)
        .join(Notifier, Notice.notifier_id == Notifier.id)
        .where(Notice.case_id.in_(case_ids))
    )
    for case_id, kind in rows:
        kinds.setdefault(case_id, set()).add(kind)
    return {case_id: _source(found) for case_id, found in kinds.items()}


def _source(kinds: set[str]) -> str:
    # The most formal source wins: a supervisor's referral, then a platform's, then a notice.
    for kind in ("supervisor", "platform", "enterprise", "person", "public"):
        if kind in kinds:
            return SOURCE[kind]
    return "SOURCE_ARTICLE_16"


def _kinds(
    session: Session, cases: Sequence[Case]
) -> dict[tuple[str, str], tuple[str, date | None]]:
    wanted = {(case.platform, ref) for case in cases for ref in case.item_refs}
    if not wanted:
        return {}
    rows = session.execute(
        select(
            StoredItem.platform, StoredItem.item_id, StoredItem.kind, StoredItem.created_at
        ).where(StoredItem.item_id.in_({ref for _, ref in wanted}))
    )
    return {
        (platform, ref): (kind, _aware(created).date() if created else None)
        for platform, ref, kind, created in rows
        if (platform, ref) in wanted
    }


def _scope(regions: Sequence[str]) -> list[str]:
    codes = [r.upper() for r in regions if r and r.upper() != "PLATFORM-WIDE"]
    valid = [c for c in codes if _is_code(c)]
    return sorted(set(valid)) or [COUNTRY]


def _is_code(code: str) -> bool:
    country, _, part = code.partition("-")
    return (
        len(country) == 2
        and country.isascii()
        and country.isalpha()
        and (not part or (1 <= len(part) <= 3 and part.isascii() and part.isalnum()))
    )


def _masked(text: str, limit: int) -> str:
    masked = redact(text).strip() or "(none given)"
    return masked if len(masked) <= limit else masked[: limit - 1] + "…"


def _end(applied: datetime, days: int | None) -> str | None:
    return None if days is None else (applied + timedelta(days=days)).date().isoformat()


def _aware(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
