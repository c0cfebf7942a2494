"""Evidence packages for the harmed party's legal follow-up, and their verification.

A package is a zip with the case's items as captured, its findings and their evidence, its
decisions with their statements of reasons, the platforms' answers, the audit-chain entries
about all of these (with the chain's hashes from the first of them to the head, so their place
in the chain can be checked), and `manifest.json` listing the SHA-256 of every other member.
Each export is itself an audit entry recording the package's hash.

Only the fraud-type categories get packages (1 counterfeit, 3 privacy leak, 4 impersonation,
7 black PR, 8 extortion): speech categories (2, 5, 6, 10) are opinions and criticism, not
material for lawsuits against their authors, and are refused, as is 9 (a campaign is pursued
through its fraud-type parts).

`verify` checks, offline: every member against the manifest (a changed, missing or added
member is named), the package hash, every audit entry's own hash, the entries' links within
the exported chain segment, and that the decisions and platform answers in the package are the
ones the audit chain recorded. With a database it also checks the segment against the live
chain and finds the export's own audit entry.
"""

from __future__ import annotations

import hashlib
import io
import json
import mimetypes
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.audit.chain import entry_hash
from clearbright.cases import evidence_files
from clearbright.cases.access import Actor
from clearbright.cases.decisions import statement
from clearbright.cases.errors import Invalid, NotFound
from clearbright.cases.intake import category_of
from clearbright.cases.views import appeal_view, case_view, transition_view, when
from clearbright.errors import ClearbrightError
from clearbright.store.cases_schema import (
    Appeal,
    AuditEntry,
    Case,
    CaseFinding,
    Decision,
    Notice,
    Transition,
)
from clearbright.store.schema import StoredFinding, StoredItem
from clearbright.store.supervision_schema import Dispatch
from clearbright.supervision.dispatch import view as dispatch_view

FORMAT = "clearbright.evidence/1"
FRAUD_TYPE = frozenset({1, 3, 4, 7, 8})
MANIFEST = "manifest.json"
# Fixed member timestamp: the zip's bytes depend on the content only.
ZIP_TIME = (2000, 1, 1, 0, 0, 0)


class EvidenceRefused(Invalid):
    """An evidence package that may not be made for this case."""


class PackageError(ClearbrightError):
    """A package that cannot be read at all (not a zip, no manifest)."""


@dataclass
class Exported:
    """What an export wrote: the file, its hash and the audit entry recording it."""

    path: Path
    package_sha256: str
    members: int
    audit_seq: int


@dataclass
class Verification:
    """The outcome of verifying a package; problems name the member at fault."""

    members: int = 0
    audit_entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def export(session: Session, case_id: int, out: Path, actor: Actor) -> Exported:
    """Write the package for a fraud-type case to `out` and audit the export."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    _check_exportable(session, case)
    members = collect(session, case)
    digests = {name: _sha256(data) for name, data in members.items()}
    package = package_hash(digests)
    entry = record(
        session,
        actor.label,
        "evidence.export",
        "case",
        case.id,
        None,
        {"package_sha256": package, "members": len(digests), "format": FORMAT},
    )
    session.flush()
    manifest = {
        "format": FORMAT,
        "case_id": case.id,
        "category": category_of(case.category).slug,
        "exported_at": when(entry.at),
        "exported_by": actor.label,
        "files": digests,
        "package_sha256": package,
        "export_audit": {"seq": entry.seq, "hash": entry.hash},
    }
    members[MANIFEST] = _json(manifest)
    _write_zip(out, members)
    return Exported(out, package, len(members), entry.seq)


def collect(session: Session, case: Case) -> dict[str, bytes]:
    """The package's members (without the manifest), by name."""
    decisions = list(
        session.scalars(select(Decision).where(Decision.case_id == case.id).order_by(Decision.id))
    )
    dispatches = list(
        session.scalars(select(Dispatch).where(Dispatch.case_id == case.id).order_by(Dispatch.id))
    )
    notices = list(
        session.scalars(select(Notice).where(Notice.case_id == case.id).order_by(Notice.id))
    )
    appeals = list(
        session.scalars(select(Appeal).where(Appeal.case_id == case.id).order_by(Appeal.id))
    )
    transitions = session.scalars(
        select(Transition).where(Transition.case_id == case.id).order_by(Transition.id)
    )
    members: dict[str, bytes] = {
        "case.json": _json(
            {**case_view(case), "history": [transition_view(t) for t in transitions]}
        ),
        # created_at in one UTC form on both backends, as the audit entry holds it.
        "decisions.json": _json(
            [{**statement(d), "created_at": when(d.created_at)} for d in decisions]
        ),
        "platform_answers.json": _json([dispatch_view(d) for d in dispatches]),
        "appeals.json": _json([appeal_view(a) for a in appeals]),
        # The notices' substance; who filed them stays out (the party holds its own copy).
        "notices.json": _json([_notice(n) for n in notices]),
        "findings.json": _json(_findings(session, case)),
    }
    for name, item in _items(session, case).items():
        members[f"items/{name}.json"] = _json(item)
    members.update(_notice_files(session, notices))
    entries = _audit_entries(session, case, decisions, dispatches, notices, appeals)
    members["audit/entries.jsonl"] = "".join(
        json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries
    ).encode("utf-8")
    members["audit/chain.json"] = _json(_segment(session, entries))
    return members


def verify(path: Path, session: Session | None = None) -> Verification:
    """Check a package; with a session, also against the live audit chain."""
    result = Verification()
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PackageError("not a zip file", path=str(path)) from None
    with archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        if MANIFEST not in names:
            raise PackageError(f"no {MANIFEST} in the package", path=str(path))
        try:
            manifest = json.loads(archive.read(MANIFEST))
            files: dict[str, str] = dict(manifest["files"])
        except (ValueError, KeyError, TypeError):
            raise PackageError(f"{MANIFEST} is not a package manifest", path=str(path)) from None
        contents = _check_members(archive, names, files, result)
    if package_hash(files) != manifest.get("package_sha256"):
        result.problems.append(f"{MANIFEST}: package hash does not match the files it lists")
    entries = _check_audit(contents, result)
    _check_records(contents, entries, result)
    _check_notice_files(contents, entries, result)
    if session is not None:
        _check_live(session, manifest, contents, result)
    return result


def package_hash(digests: Mapping[str, str]) -> str:
    """One hash over the sorted member names and their SHA-256 values."""
    text = "\n".join(f"{name} {digests[name]}" for name in sorted(digests))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _check_exportable(session: Session, case: Case) -> None:
    category = category_of(case.category)
    if category.is_speech:
        raise EvidenceRefused(
            f"case {case.id} is {category.slug} (category {category.number}), a speech "
            "category: evidence packages are only for fraud-type categories "
            "(1 counterfeit, 3 privacy_leak, 4 impersonation, 7 black_pr, 8 extortion)"
        )
    if category.number not in FRAUD_TYPE:
        raise EvidenceRefused(
            f"case {case.id} is {category.slug} (category {category.number}): evidence packages "
            "are only for fraud-type categories (1, 3, 4, 7, 8)"
        )
    if session.scalar(select(Decision.id).where(Decision.case_id == case.id)) is None:
        raise EvidenceRefused(f"case {case.id} has no decision yet: decide it before exporting")


def _notice(notice: Notice) -> dict[str, Any]:
    return {
        "id": notice.id,
        "platform": notice.platform,
        "items": notice.items,
        "category": category_of(notice.category).slug,
        "relation": notice.relation,
        "explanation": notice.explanation,
        "created_at": when(notice.created_at),
    }


def _notice_files(session: Session, notices: list[Notice]) -> dict[str, bytes]:
    """The files the notifiers attached, as stored (named by id: uploaders pick odd names);
    a file purged under retention is listed with its hash but carries no bytes."""
    listed: list[dict[str, Any]] = []
    members: dict[str, bytes] = {}
    for notice in notices:
        for row in evidence_files.files_of(session, notice.id):
            # Without the uploader's file name: it may name the notifier.
            entry = {k: v for k, v in evidence_files.view(row).items() if k != "name"}
            entry["member"] = None
            try:
                data = evidence_files.content(session, row)
            except evidence_files.Purged:
                entry["purged"] = True
            else:
                entry["member"] = f"notice_files/{row.id}{_suffix(row.media_type)}"
                members[entry["member"]] = data
            listed.append(entry)
    if listed:
        members["notice_files.json"] = _json(listed)
    return members


def _suffix(media_type: str) -> str:
    return mimetypes.guess_extension(media_type) or ".bin"


def _findings(session: Session, case: Case) -> list[dict[str, Any]]:
    rows = session.execute(
        select(StoredFinding, StoredItem.item_id)
        .join(CaseFinding, CaseFinding.finding_id == StoredFinding.id)
        .join(StoredItem, StoredItem.id == StoredFinding.item_pk)
        .where(CaseFinding.case_id == case.id)
        .order_by(StoredFinding.id)
    )
    return [
        {
            "id": f.id,
            "item_id": item_id,
            "category": f.slug,
            "detector": f.detector,
            "score": f.score,
            "action": f.action,
            "automated": f.automated,
            "target": f.target,
            "reasons": f.reasons,
            "evidence": f.evidence,
        }
        for f, item_id in rows
    ]


def _items(session: Session, case: Case) -> dict[str, dict[str, Any]]:
    """The case's stored items as captured, keyed by a safe member name."""
    refs = list(case.item_refs)
    rows = session.scalars(
        select(StoredItem)
        .where(StoredItem.platform == case.platform, StoredItem.item_id.in_(refs))
        .order_by(StoredItem.id)
    )
    out = {}
    for number, item in enumerate(rows, start=1):
        out[f"{number:03d}"] = {
            "platform": item.platform,
            "item_id": item.item_id,
            "captured": item.data,
            "content_sha256": item.content_hash,
        }
    return out


def _audit_entries(
    session: Session,
    case: Case,
    decisions: Iterable[Decision],
    dispatches: Iterable[Dispatch],
    notices: Iterable[Notice],
    appeals: Iterable[Appeal],
) -> list[dict[str, Any]]:
    wanted = {
        "case": [str(case.id)],
        "decision": [str(d.id) for d in decisions],
        "dispatch": [str(d.id) for d in dispatches],
        "notice": [str(n.id) for n in notices],
        "appeal": [str(a.id) for a in appeals],
    }
    clauses = [
        and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids))
        for entity, ids in wanted.items()
        if ids
    ]
    rows = session.scalars(select(AuditEntry).where(or_(*clauses)).order_by(AuditEntry.seq))
    return [_entry_json(e) for e in rows]


def _entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": _instant(entry.at),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def _segment(session: Session, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The chain's (seq, prev, hash) from the first exported entry to the current head."""
    if not entries:
        return {"first": None, "links": []}
    first = entries[0]["seq"]
    rows = session.execute(
        select(AuditEntry.seq, AuditEntry.prev_hash, AuditEntry.hash)
        .where(AuditEntry.seq >= first)
        .order_by(AuditEntry.seq)
    )
    return {"first": first, "links": [[seq, prev, h] for seq, prev, h in rows]}


def _check_members(
    archive: zipfile.ZipFile, names: list[str], files: dict[str, str], result: Verification
) -> dict[str, bytes]:
    contents: dict[str, bytes] = {}
    for name in names:
        if name == MANIFEST:
            continue
        if name not in files:
            result.problems.append(f"{name}: not listed in the manifest (added)")
            continue
        data = archive.read(name)
        result.members += 1
        if _sha256(data) != files[name]:
            result.problems.append(f"{name}: SHA-256 does not match the manifest (modified)")
        contents[name] = data
    for name in sorted(set(files) - set(names)):
        result.problems.append(f"{name}: listed in the manifest but missing")
    return contents


def _check_notice_files(
    contents: Mapping[str, bytes], entries: list[dict[str, Any]], result: Verification
) -> None:
    """Each attached file still has the SHA-256 the audit log recorded when it was uploaded."""
    if "notice_files.json" not in contents:
        return
    uploaded = {
        (e.get("after") or {}).get("sha256")
        for e in entries
        if e.get("action") == "evidence.attach"
    }
    try:
        listed = json.loads(contents["notice_files.json"])
    except ValueError:
        result.problems.append("notice_files.json: not JSON")
        return
    for entry in listed:
        member = entry.get("member")
        if member is None:
            continue
        if member not in contents:
            result.problems.append(f"{member}: listed in notice_files.json but missing")
        elif _sha256(contents[member]) not in uploaded or entry.get("sha256") not in uploaded:
            result.problems.append(f"{member}: differs from the file the audit log recorded")


def _check_audit(contents: Mapping[str, bytes], result: Verification) -> list[dict[str, Any]]:
    member = "audit/entries.jsonl"
    try:
        entries = [json.loads(line) for line in contents.get(member, b"").splitlines() if line]
        chain = json.loads(contents.get("audit/chain.json", b'{"links": []}'))
        links = {int(seq): (prev, h) for seq, prev, h in chain["links"]}
    except (ValueError, KeyError, TypeError):
        result.problems.append(f"{member}: unreadable audit entries or chain segment")
        return []
    result.audit_entries = len(entries)
    previous: str | None = None
    for seq in sorted(links):  # the segment's links are unbroken
        prev, digest = links[seq]
        if previous is not None and prev != previous:
            result.problems.append(f"audit/chain.json: entry {seq} does not link to {seq - 1}")
        previous = digest
    for entry in entries:
        seq = entry.get("seq")
        if _rehash(entry) != entry.get("hash"):
            result.problems.append(f"{member}: entry {seq} does not match its hash (modified)")
        elif links.get(seq) != (entry.get("prev_hash"), entry.get("hash")):
            result.problems.append(f"{member}: entry {seq} is not the chain's entry {seq}")
    return entries


def _check_records(
    contents: Mapping[str, bytes], entries: list[dict[str, Any]], result: Verification
) -> None:
    """The decisions and platform answers are the ones the audit chain recorded last."""
    recorded: dict[tuple[str, str], Any] = {}
    for entry in entries:
        if entry.get("after") is not None:
            recorded[(entry["entity"], entry["entity_id"])] = entry["after"]
    for member, entity in (("decisions.json", "decision"), ("platform_answers.json", "dispatch")):
        try:
            rows = json.loads(contents.get(member, b"[]"))
        except ValueError:
            result.problems.append(f"{member}: not JSON")
            continue
        for row in rows:
            audited = recorded.get((entity, str(row.get("id"))))
            if audited is None:
                result.problems.append(f"{member}: {entity} {row.get('id')} has no audit entry")
            elif _plain(row) != _plain(audited):
                result.problems.append(
                    f"{member}: {entity} {row.get('id')} differs from its audit entry"
                )


def _check_live(
    session: Session,
    manifest: Mapping[str, Any],
    contents: Mapping[str, bytes],
    result: Verification,
) -> None:
    try:
        chain = json.loads(contents.get("audit/chain.json", b'{"links": []}'))
        links = [(int(seq), h) for seq, _, h in chain["links"]]
    except (ValueError, KeyError, TypeError):
        return  # already reported by the offline checks
    rows = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.seq.in_([seq for seq, _ in links]))
    )
    live = {seq: digest for seq, digest in rows}
    for seq, digest in links:
        if live.get(seq) != digest:
            result.problems.append(f"audit/chain.json: entry {seq} differs from the live chain")
    export = manifest.get("export_audit") or {}
    row = session.get(AuditEntry, export.get("seq")) if isinstance(export.get("seq"), int) else None
    if (
        row is None
        or row.hash != export.get("hash")
        or row.action != "evidence.export"
        or (row.after or {}).get("package_sha256") != manifest.get("package_sha256")
    ):
        result.problems.append(f"{MANIFEST}: the export is not recorded in the live audit chain")


def _rehash(entry: Mapping[str, Any]) -> str:
    try:
        row = AuditEntry(
            seq=entry["seq"],
            at=datetime.strptime(entry["at"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC),
            actor=entry["actor"],
            action=entry["action"],
            entity=entry["entity"],
            entity_id=entry["entity_id"],
            before=entry["before"],
            after=entry["after"],
            prev_hash=entry["prev_hash"],
        )
    except (KeyError, TypeError, ValueError):
        return ""
    return entry_hash(row)


def _instant(at: datetime) -> str:
    aware = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return aware.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_zip(out: Path, members: Mapping[str, bytes]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, members[name])
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(buffer.getvalue())
    partial.replace(out)
