"""Drop stored content that has outlived its retention period; keep its hashes and the audit chain.

What a purge drops, and what it keeps so that cases still open and the audit chain verifies:

- **items**: text, title, URL, author and image hashes go; id, platform, kind, dates, region and
  `content_hash` (the SHA-256 of the item as ingested) stay, so a copy produced later can be
  proven to be the item that was scanned.
- **finding evidence**: span texts, descriptions and details go, and the statement of reasons
  loses the descriptions it quoted; each evidence keeps its kind, offsets, registry reference
  and a SHA-256 of what was dropped.
- **campaigns**: the templates, member accounts and items go; id, target, counts, platforms,
  time span and score stay, with a SHA-256 of what was dropped.
- **notices**: the explanation and the evidence file names go, replaced by their SHA-256; the
  bytes of uploaded evidence files (`evidence_blobs`) go when no kept notice shares them, their
  SHA-256 stays and their size becomes 0.

Nothing in the audit log is touched (its entries name ids and states, not content); each batch
purged is itself recorded there with the ids and hashes of what was dropped. Content that an
open case relies on is held unless the policy says `hold_open_cases: false`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.audit import lock_head, record
from clearbright.cases.intake import category_of
from clearbright.cases.lifecycle import OPEN
from clearbright.categories import Category
from clearbright.retention.policy import RetentionPolicy
from clearbright.store.access_schema import EvidenceBlob, EvidenceFile
from clearbright.store.cases_schema import Case, CaseFinding, Notice
from clearbright.store.schema import ScanRun, StoredCampaign, StoredFinding, StoredItem

ACTOR = "system:retention"
PURGED = "[purged under the retention policy]"
_BATCH = 500


@dataclass
class PurgeReport:
    """What a purge dropped (or, in a dry run, would drop), and what open cases held back."""

    dry_run: bool
    items: list[int] = field(default_factory=list)
    findings: list[int] = field(default_factory=list)
    notices: list[int] = field(default_factory=list)
    blobs: list[str] = field(default_factory=list)
    campaigns: list[str] = field(default_factory=list)
    held: int = 0

    def summary(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "items": len(self.items),
            "findings": len(self.findings),
            "notices": len(self.notices),
            "evidence_files": len(self.blobs),
            "campaigns": len(self.campaigns),
            "held_for_open_cases": self.held,
        }


def purge(
    session: Session,
    policy: RetentionPolicy,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
) -> PurgeReport:
    """Purge expired content in the caller's transaction; audited batch by batch."""
    now = now or datetime.now(UTC)
    report = PurgeReport(dry_run=dry_run)
    if not dry_run:
        lock_head(session)  # one lock order with every other audited writer
    held = _held(session) if policy.hold_open_cases else _Held()
    for finding in _expired_findings(session, policy, now):
        if finding.id in held.findings:
            report.held += 1
        elif not _is_purged_finding(finding):
            report.findings.append(finding.id)
    for item in _expired_items(session, policy, now):
        if item.id in held.items or f"item:{item.platform}:{item.item_id}" in held.keys:
            report.held += 1
        elif "purged_at" not in item.data:
            report.items.append(item.id)
    for notice in _expired_notices(session, policy, now):
        if notice.case_id in held.cases:
            report.held += 1
        elif not notice.explanation.startswith(PURGED):
            report.notices.append(notice.id)
    report.blobs = _expired_blobs(session, report.notices)
    for campaign in _expired_campaigns(session, policy, now):
        if f"campaign:{campaign.id}" in held.keys:
            report.held += 1
        elif "purged" not in campaign.details:
            report.campaigns.append(campaign.id)
    if not dry_run:
        _apply(session, report, now)
    return report


@dataclass
class _Held:
    """What open cases rely on: their ids, linked findings and items, and item keys."""

    cases: set[int] = field(default_factory=set)
    findings: set[int] = field(default_factory=set)
    items: set[int] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)


def _held(session: Session) -> _Held:
    held = _Held()
    for case_id, keys in session.execute(select(Case.id, Case.keys).where(Case.state.in_(OPEN))):
        held.cases.add(case_id)
        held.keys.update(key for key in keys if key.startswith(("item:", "campaign:")))
    rows = session.execute(
        select(CaseFinding.finding_id, StoredFinding.item_pk)
        .join(Case, Case.id == CaseFinding.case_id)
        .join(StoredFinding, StoredFinding.id == CaseFinding.finding_id)
        .where(Case.state.in_(OPEN))
    )
    for finding_id, item_pk in rows:
        held.findings.add(finding_id)
        held.items.add(item_pk)
    return held


def _cutoff(now: datetime, days: int | None) -> datetime | None:
    return None if days is None else now - timedelta(days=days)


def _older(at: datetime, cutoff: datetime | None) -> bool:
    # SQLite hands back naive datetimes (stored as UTC), PostgreSQL aware ones.
    aware = at.replace(tzinfo=UTC) if at.tzinfo is None else at
    return cutoff is not None and aware < cutoff


def _expired_items(
    session: Session, policy: RetentionPolicy, now: datetime
) -> Iterator[StoredItem]:
    query = select(StoredItem, ScanRun.finished_at).join(
        ScanRun, ScanRun.id == StoredItem.first_run
    )
    for item, ran in session.execute(query.order_by(StoredItem.id)):
        if _older(ran, _cutoff(now, policy.items.days(item.kind))):
            yield item


def _expired_findings(
    session: Session, policy: RetentionPolicy, now: datetime
) -> Iterator[StoredFinding]:
    query = select(StoredFinding, ScanRun.finished_at).join(
        ScanRun, ScanRun.id == StoredFinding.run_id
    )
    for finding, ran in session.execute(query.order_by(StoredFinding.id)):
        if _older(ran, _cutoff(now, policy.evidence.days(finding.slug))):
            yield finding


def _expired_notices(session: Session, policy: RetentionPolicy, now: datetime) -> Iterator[Notice]:
    for notice in session.scalars(select(Notice).order_by(Notice.id)):
        slug = category_of(notice.category).slug
        if _older(notice.created_at, _cutoff(now, policy.notices.days(slug))):
            yield notice


def _expired_campaigns(
    session: Session, policy: RetentionPolicy, now: datetime
) -> Iterator[StoredCampaign]:
    # A campaign is evidence of the coordinated-attack category, dated by the last scan of it.
    cutoff = _cutoff(now, policy.evidence.days(Category.COORDINATED_ATTACK.slug))
    query = select(StoredCampaign, ScanRun.finished_at).join(
        ScanRun, ScanRun.id == StoredCampaign.last_run_id
    )
    for campaign, ran in session.execute(query.order_by(StoredCampaign.id)):
        if _older(ran, cutoff):
            yield campaign


def _expired_blobs(session: Session, notices: Sequence[int]) -> list[str]:
    """Evidence files only purged notices refer to (a blob is shared by identical uploads)."""
    purged = set(notices)
    wanted: set[str] = set()
    kept: set[str] = set()
    rows = session.execute(
        select(EvidenceFile.notice_id, EvidenceFile.sha256, EvidenceBlob.size).join(
            EvidenceBlob, EvidenceBlob.sha256 == EvidenceFile.sha256
        )
    )
    for notice_id, sha256, size in rows:
        if notice_id not in purged:
            kept.add(sha256)
        elif size > 0:
            wanted.add(sha256)
    return sorted(wanted - kept)


def _is_purged_finding(finding: StoredFinding) -> bool:
    return all("purged" in e for e in finding.evidence)


def _apply(session: Session, report: PurgeReport, now: datetime) -> None:
    stamp = now.isoformat()
    for ids in _chunks(report.items):
        proof = [_purge_item(session.get_one(StoredItem, pk), stamp) for pk in ids]
        _audit(session, "item", proof, stamp)
    for ids in _chunks(report.findings):
        proof = [_purge_finding(session.get_one(StoredFinding, pk), stamp) for pk in ids]
        _audit(session, "finding", proof, stamp)
    for ids in _chunks(report.notices):
        proof = [_purge_notice(session.get_one(Notice, pk), stamp) for pk in ids]
        _audit(session, "notice", proof, stamp)
    for ids in _chunks(report.campaigns):
        proof = [_purge_campaign(session.get_one(StoredCampaign, pk), stamp) for pk in ids]
        _audit(session, "campaign", proof, stamp)
    for chunk in _chunks(report.blobs):
        proof = [_purge_blob(session.get_one(EvidenceBlob, sha256)) for sha256 in chunk]
        _audit(session, "evidence_file", proof, stamp)
    session.flush()


def _audit(session: Session, entity: str, proof: list[dict[str, Any]], stamp: str) -> None:
    record(
        session,
        ACTOR,
        "retention.purge",
        entity,
        # The first and last ids of the batch, cut to fit the column (blob ids are 64-hex).
        f"{str(proof[0]['id'])[:24]}-{str(proof[-1]['id'])[:24]}",
        None,
        {"purged_at": stamp, "count": len(proof), "rows": proof},
    )


def _purge_item(item: StoredItem, stamp: str) -> dict[str, Any]:
    kept = {k: item.data.get(k) for k in ("id", "platform", "kind", "created_at", "region")}
    item.text = ""
    item.author_id = None
    item.data = {**kept, "text": "", "purged_at": stamp, "content_hash": item.content_hash}
    return {"id": item.id, "sha256": item.content_hash}


def _purge_finding(finding: StoredFinding, stamp: str) -> dict[str, Any]:
    reasons = finding.reasons
    evidence: list[dict[str, Any]] = []
    for old in finding.evidence:
        description = str(old.get("description") or "")
        if description:
            reasons = reasons.replace(description, PURGED)
        span = old.get("span")
        evidence.append(
            {
                "kind": old.get("kind"),
                "description": PURGED,
                "span": {**span, "text": ""} if isinstance(span, dict) else None,
                "registry_ref": old.get("registry_ref"),
                "matched": old.get("matched"),
                "similarity": old.get("similarity"),
                "details": {},
                "purged": {"at": stamp, "sha256": _digest(old)},
            }
        )
    finding.evidence = evidence
    finding.reasons = reasons
    return {"id": finding.id, "sha256": [e["purged"]["sha256"] for e in evidence]}


def _purge_notice(notice: Notice, stamp: str) -> dict[str, Any]:
    digest = _digest({"explanation": notice.explanation, "evidence_files": notice.evidence_files})
    notice.explanation = f"{PURGED} {stamp} sha256:{digest}"
    notice.evidence_files = [f"sha256:{_digest(name)}" for name in notice.evidence_files]
    return {"id": notice.id, "sha256": digest}


def _purge_campaign(campaign: StoredCampaign, stamp: str) -> dict[str, Any]:
    digest = _digest(campaign.details)
    campaign.details = {"campaign_id": campaign.id, "purged": {"at": stamp, "sha256": digest}}
    return {"id": campaign.id, "sha256": digest}


def _purge_blob(blob: EvidenceBlob) -> dict[str, Any]:
    # The row and its SHA-256 stay (files still name it); the bytes go. Size 0 marks it purged.
    blob.content = b""
    proof = {"id": blob.sha256, "sha256": blob.sha256, "size": blob.size}
    blob.size = 0
    return proof


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start : start + _BATCH]
