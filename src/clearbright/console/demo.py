"""The README's demo: the example registry and corpus in a fresh SQLite store, scanned, cases
opened from the findings, a notice filed, one sign-in token per role, and the console served.

    python -m clearbright.console.demo [--data-dir DIR] [--port N] [--no-serve]

The demo store (`DIR/demo.db`) is rebuilt on every run, so the tokens printed are the only
ones that work; `--no-serve` (or CLEARBRIGHT_DEMO_NO_SERVE=1) sets everything up and exits.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.cases import appeals, tokens
from clearbright.cases.access import SYSTEM, Actor, Role
from clearbright.cases.decisions import DecisionIn, decide
from clearbright.cases.findings import open_cases
from clearbright.cases.lifecycle import transition
from clearbright.cases.notices import NoticeIn, file_notice
from clearbright.ingest import ItemReader
from clearbright.registry import Registry
from clearbright.scan import Scanner, ScanReport
from clearbright.store import RunRecord, Store
from clearbright.store.cases_schema import Case
from clearbright.supervision import dispatch

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
# Who signs in to the demo: name, role, platform, region (fictional desks of the examples).
ROLES: tuple[tuple[str, Role, str | None, str | None], ...] = (
    ("demo-reviewer", Role.REVIEWER, None, None),
    ("demo-senior", Role.SENIOR_REVIEWER, None, None),
    ("demo-weibo", Role.PLATFORM, "weibo", None),
    ("demo-douyin", Role.PLATFORM, "douyin", None),
    ("demo-supervisor-zj", Role.SUPERVISOR, None, "CN-ZJ"),
    ("demo-notifier", Role.NOTIFIER, None, None),
    ("demo-admin", Role.ADMIN, None, None),
)


@dataclass(frozen=True)
class Demo:
    """What the set-up made: the store's URL, the case ids and a token per role name."""

    db_url: str
    findings: dict[str, int]
    cases: list[int]
    tokens: dict[str, tuple[Role, str]]


def build(data_dir: Path, examples: Path = EXAMPLES) -> Demo:
    """Rebuild the demo store in `data_dir` and fill it; returns the tokens to sign in with."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db_file = data_dir.resolve() / "demo.db"
    db_file.unlink(missing_ok=True)
    registry = Registry.load(examples / "registry")
    scanner = Scanner(registry)
    report = scanner.scan(list(ItemReader(str(examples / "items.jsonl"))))
    lines = (json.dumps(f.to_json_dict(), ensure_ascii=False) + "\n" for f in report.findings)
    (data_dir / "findings.jsonl").write_text("".join(lines), encoding="utf-8")
    return fill(f"sqlite:///{db_file}", registry, scanner, report, examples)


def fill(
    url: str,
    registry: Registry,
    scanner: Scanner,
    report: ScanReport,
    examples: Path = EXAMPLES,
    *,
    history: bool = True,
) -> Demo:
    """Store a scan of the examples in an empty database, open its cases, file a notice and
    issue a token per role (also used by the console's tests); with `history`, some earlier
    work too (two decisions, a dispatch the platform answered, an appeal waiting)."""
    store = Store.open(url)
    try:
        store.save_run(
            RunRecord(
                id=str(uuid.uuid4()),
                started_at=datetime.now(UTC),
                source=str(examples / "items.jsonl"),
                registry=str(examples / "registry"),
                items_read=len(report.items),
                lines_skipped=0,
                detectors=scanner.detector_names,
            ),
            report.items,
            report.findings,
        )
        with Session(store.engine) as session, session.begin():
            cases = open_cases(session, report.findings, SYSTEM, registry.platforms)
            issued = {
                name: (role, tokens.create(session, name, role, platform=p, region=r)[0])
                for name, role, p, r in ROLES
            }
            notifier = tokens.authenticate(session, issued["demo-notifier"][1])
            assert notifier is not None
            _notice(session, notifier, registry)
            if history:
                _history(session, registry)
    finally:
        store.close()
    by_category = Counter(f.slug for f in report.findings)
    return Demo(url, dict(sorted(by_category.items())), cases, issued)


def _notice(session: Session, notifier: Actor, registry: Registry) -> None:
    """A notice from the enterprise of the examples, so the notifier page has one to follow."""
    data = NoticeIn.model_validate(
        {
            "platform": "weibo",
            "items": ["ex-010"],
            "category": "impersonation",
            "relation": "authorized_representative",
            "region": "CN-ZJ",
            "explanation": "该账号冒充顾南笙本人，以“内部理财名额”为名向粉丝收取费用。",
            "notifier": {
                "kind": "enterprise",
                "name": "澄屿科技法务部",
                "contact": "legal@example.com",
            },
        }
    )
    file_notice(session, data, notifier, registry.platforms)


EARLIER = Actor(name="earlier-reviewer", role=Role.REVIEWER)


def _history(session: Session, registry: Registry) -> None:
    """Earlier work by other desks, so every page of the demo has something to show."""
    labelled = _first_case(session, "ex-022")
    removed = _first_case(session, "ex-011")
    for case, data in (
        (labelled, _statement("label", "false_search_trending", label=True)),
        (removed, _statement("remove", "impersonation")),
    ):
        if case is None:
            continue
        transition(session, case, "triaged", EARLIER, "demo history")
        transition(session, case, "assigned", EARLIER, "demo history")
        case.assignee = EARLIER.label
        decide(session, case, data, EARLIER)
    if removed is None or removed.region is None:
        return
    supervisor = Actor(name="earlier-supervisor", role=Role.SUPERVISOR, region=removed.region)
    platform = Actor(name="earlier-platform", role=Role.PLATFORM, platform=removed.platform)
    (sent,) = dispatch.dispatch(
        session, dispatch.DispatchIn(cases=[removed.id]), supervisor, registry.platforms
    )
    dispatch.acknowledge(session, sent, platform)
    dispatch.act(
        session,
        sent,
        dispatch.ActIn(
            action="remove",
            ground="冒充他人的账号违反平台社区公约。",
            facts="账号自称企业官方并以理财名额收费。",
        ),
        platform,
    )
    appeals.file_appeal(
        session,
        removed,
        appeals.AppealIn(appellant="author", text="该账号是员工个人账号，并非冒充，请复核。"),
        platform,
    )


def _first_case(session: Session, item_ref: str) -> Case | None:
    rows = session.scalars(select(Case).order_by(Case.id))
    return next((c for c in rows if item_ref in c.item_refs and c.state == "new"), None)


def _statement(action: str, slug: str, *, label: bool = False) -> DecisionIn:
    return DecisionIn(
        action=action,
        ground=f"{slug}: the content matches a documented false claim (demo history).",
        facts="Compared with the registry's correction and its source by the earlier reviewer.",
        label_note="【背景信息】该说法已被公开更正。" if label else None,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=Path("clearbright-data"))
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="registry/ and items.jsonl")
    parser.add_argument("--host", default=os.environ.get("CLEARBRIGHT_DEMO_HOST", "127.0.0.1"))
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("CLEARBRIGHT_DEMO_PORT", 8000))
    )
    parser.add_argument(
        "--no-serve",
        action="store_true",
        default=os.environ.get("CLEARBRIGHT_DEMO_NO_SERVE") == "1",
        help="set up and print the sign-ins, then exit",
    )
    args = parser.parse_args(argv)
    demo = build(args.data_dir, args.examples)
    url = f"http://{args.host}:{args.port}/console/"
    found = ", ".join(f"{slug} {n}" for slug, n in demo.findings.items())
    print(f"findings: {sum(demo.findings.values())} ({found})")
    print(f"store: {demo.db_url}  findings file: {args.data_dir / 'findings.jsonl'}")
    print(f"cases opened: {len(demo.cases)}")
    print(f"console: {url}")
    print("sign in with one of these tokens (valid for this demo store only):")
    for name, (role, secret) in demo.tokens.items():
        print(f"  {role.value:<16} {name:<20} {secret}")
    sys.stdout.flush()
    if args.no_serve:
        return 0
    return serve(demo, args.examples, args.host, args.port)


def serve(demo: Demo, examples: Path, host: str, port: int) -> int:
    """Serve the API and the console over the demo store until interrupted."""
    import uvicorn

    from clearbright.api import create_app

    app = create_app(Store.open(demo.db_url), Registry.load(examples / "registry"))
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
