"""A supervision scenario over the example corpus, for the report, export and scorecard tests.

The example items are scanned and stored, their findings open cases, notifiers (fictional,
from examples/registry) file notices, including about criticism that must stay up (guard
items, and two criticisms on douyin). A person decides every case (no action for the
criticism), supervisors dispatch them, and three platforms answer in their own ways:

- weibo follows the decisions, within its deadlines, and contests one;
- douyin removes everything, criticism included (over-enforcement), and answers late;
- appstore acts on some and leaves the rest unanswered (overdue).

Supervisors then audit-sample every platform with a fixed seed, reviewing each sampled answer
against the case desk's decision. The console's browser test can build the same data with
`populate` and `write_report`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.cases import appeals
from clearbright.cases.access import Actor, Role
from clearbright.cases.appeals import latest_decision
from clearbright.cases.decisions import DecisionIn, decide
from clearbright.cases.findings import open_cases
from clearbright.cases.intake import category_of
from clearbright.cases.lifecycle import transition
from clearbright.cases.notices import NoticeIn, file_notice
from clearbright.ingest import ItemReader
from clearbright.model import Finding, Item
from clearbright.registry import Registry
from clearbright.reports import render, transparency
from clearbright.scan import Scanner
from clearbright.store import RunRecord, Store
from clearbright.store.cases_schema import Case
from clearbright.store.supervision_schema import Dispatch
from clearbright.supervision import dispatch as d
from clearbright.supervision import quality

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STAFF = Actor(name="central", role=Role.REVIEWER)
SENIOR = Actor(name="senior", role=Role.SENIOR_REVIEWER)
PLATFORMS = {
    p: Actor(name=f"{p}-desk", role=Role.PLATFORM, platform=p)
    for p in ("weibo", "douyin", "appstore")
}
SEED = 20260301

# Notifiers: their names and contacts must never reach a report file.
NOTIFIERS = {
    "chengyu": {
        "kind": "enterprise",
        "name": "澄屿科技法务部 沈知秋",
        "contact": "shen.zhiqiu@chengyu-tech.example",
    },
    "victim": {"kind": "person", "name": "顾南笙", "contact": "13700004321"},
    "public": {"kind": "public", "name": "热心网友 陶念", "contact": "taonian@mail.example"},
}
# Personal data in the example items (and their spaced forms as written there).
PERSONAL = (
    "330106198503121231",
    "3301 0619 8503 1212 31",
    "13912345678",
    "139 1234 5678",
    "13700004321",
)
# Criticism notified as harm: must be left up (no action), whoever removes it over-enforces.
CRITICISM = [
    ("weibo", ["ex-016"], "targeted_abuse", "CN-ZJ"),
    ("weibo", ["ex-021"], "distortion", "CN-ZJ"),
    ("weibo", ["ex-026"], "competitor_smear", "CN-ZJ"),
    ("douyin", ["dy-review-101"], "targeted_abuse", "CN-GD"),
    ("douyin", ["dy-review-102"], "competitor_smear", "CN-GD"),
]
# Harms notified by the people concerned.
HARMS = [
    ("weibo", ["ex-012"], "privacy_leak", "CN-ZJ", "victim"),
    ("weibo", ["ex-010"], "impersonation", "CN-ZJ", "chengyu"),
    ("douyin", ["dy-fake-201"], "impersonation", "CN-GD", "public"),
]
ACTIONS = {
    "counterfeit": "suspend_account",
    "impersonation": "suspend_account",
    "privacy_leak": "remove",
    "targeted_abuse": "remove",
    "distortion": "label",
    "false_search_trending": "demote",
    "black_pr": "remove",
    "extortion": "remove",
    "coordinated_attack": "restrict_visibility",
    "competitor_smear": "label",
}


@dataclass
class Scenario:
    """What `populate` made: the cases by outcome, and the report period covering it."""

    cases: list[int] = field(default_factory=list)
    criticism: list[int] = field(default_factory=list)
    dispatches: dict[str, list[int]] = field(default_factory=dict)
    since: date = field(default_factory=lambda: datetime.now(UTC).date() - timedelta(days=3))
    until: date = field(default_factory=lambda: datetime.now(UTC).date())

    def window(self) -> tuple[datetime, datetime]:
        return transparency.period(str(self.since), str(self.until))


@lru_cache(maxsize=1)
def scanned() -> tuple[tuple[Item, ...], tuple[Finding, ...]]:
    """The example items and their findings (scanned once per test session)."""
    registry = Registry.load(EXAMPLES / "registry")
    items = tuple(ItemReader(str(EXAMPLES / "items.jsonl")))
    return items, tuple(Scanner(registry).scan(items).findings)


def populate(store: Store) -> Scenario:
    """Fill an empty store with the scenario; returns what was made."""
    registry = Registry.load(EXAMPLES / "registry")
    platforms = registry.platforms
    items, findings = scanned()
    run = RunRecord(
        str(uuid.uuid4()), datetime.now(UTC), "examples/items.jsonl", None, len(items), 0, []
    )
    store.save_run(run, list(items), list(findings))
    scenario = Scenario()
    with Session(store.engine, expire_on_commit=False) as session:
        open_cases(session, list(findings), STAFF, platforms)
        for platform, refs, category, region, who in HARMS:
            file_notice(session, _notice(platform, refs, category, region, who), STAFF, platforms)
        for platform, refs, category, region in CRITICISM:
            _, case = file_notice(
                session, _notice(platform, refs, category, region, "chengyu"), STAFF, platforms
            )
            scenario.criticism.append(case.id)
        session.commit()
        cases = list(session.scalars(select(Case).order_by(Case.id)))
        for case in cases:
            _decide(session, case, case.id in scenario.criticism)
        session.commit()
        scenario.cases = [c.id for c in cases]
        start = datetime.now(UTC) - timedelta(hours=60)
        for case in cases:
            _dispatch(session, case, platforms, start, scenario)
        session.commit()
        _answer(session, scenario, start)
        session.commit()
        _appeal(session, cases, scenario)
        _sample(session, scenario)
        session.commit()
    return scenario


def write_report(store: Store, scenario: Scenario, out: Path) -> list[Path]:
    """The transparency report of the scenario's period, written to `out`."""
    with Session(store.engine) as session:
        data = transparency.build(session, *scenario.window())
    return render.write(data, out)


def _notice(platform: str, refs: list[str], category: str, region: str, who: str) -> NoticeIn:
    name, contact = NOTIFIERS[who]["name"], NOTIFIERS[who]["contact"]
    return NoticeIn.model_validate(
        {
            "platform": platform,
            "items": refs,
            "category": category,
            "relation": "self" if who != "public" else "third_party",
            "region": region,
            "explanation": f"举报人 {name}（{contact}）：该内容涉及{category}",
            "notifier": NOTIFIERS[who],
        }
    )


def _decide(session: Session, case: Case, criticism: bool) -> None:
    transition(session, case, "triaged", STAFF)
    transition(session, case, "assigned", STAFF)
    slug = category_of(case.category).slug
    if criticism:
        data = DecisionIn(
            action="no_action",
            ground="protected criticism",
            facts="真实的消费评价与评论，不构成违法",
        )
    else:
        action = ACTIONS[slug]
        data = DecisionIn.model_validate(
            {
                "action": action,
                "ground": f"{slug}: 违反平台规则",
                "facts": "经人工核查，证据见检测结果",
                "automated_detection": True,
                "label_note": "该内容存在争议" if action == "label" else None,
                "duration_days": 30 if action == "suspend_account" else None,
            }
        )
    # Non-speech fraud found by the scan is decided automatically; people decide the rest.
    automated = not criticism and slug in {"counterfeit"}
    decide(session, case, data, STAFF, automated_decision=automated)


def _dispatch(
    session: Session, case: Case, platforms: Any, at: datetime, scenario: Scenario
) -> None:
    if case.platform not in PLATFORMS:
        return
    if case.escalated or case.region is None:
        sender = STAFF  # the central supervisor's queue
    else:
        sender = Actor(name=f"sup-{case.region}", role=Role.SUPERVISOR, region=case.region)
    (row,) = d.dispatch(session, d.DispatchIn(cases=[case.id]), sender, platforms, now=at)
    scenario.dispatches.setdefault(case.platform, []).append(row.id)


def _answer(session: Session, scenario: Scenario, start: datetime) -> None:
    for platform, ids in scenario.dispatches.items():
        actor = PLATFORMS[platform]
        for n, dispatch_id in enumerate(ids):
            row = session.get_one(Dispatch, dispatch_id)
            expected = _expected(session, row.case_id)
            if platform == "weibo":
                if n == 1:
                    d.contest(
                        session,
                        row,
                        d.ContestIn(reason="该账号已自行注销"),
                        actor,
                        now=start + timedelta(hours=3),
                    )
                    continue
                d.acknowledge(session, row, actor, now=start + timedelta(hours=0.5 + n % 3))
                action = "no_action" if expected == "no_action" else "remove"
                d.act(session, row, _act(action), actor, now=start + timedelta(hours=1.5 + n % 5))
            elif platform == "douyin":
                # Removes whatever it is sent, criticism included, and answers late.
                d.act(session, row, _act("remove"), actor, now=start + timedelta(hours=30 + n))
            elif n % 2 == 0:
                d.acknowledge(session, row, actor, now=start + timedelta(hours=2))
                d.act(session, row, _act("remove"), actor, now=start + timedelta(hours=6 + n))


def _act(action: str) -> d.ActIn:
    return d.ActIn.model_validate({"action": action, "ground": "平台规则", "facts": "已核查"})


def _expected(session: Session, case_id: int) -> str:
    decision = latest_decision(session, session.get_one(Case, case_id))
    return "no_action" if decision.action == "no_action" else "enforce"


def _appeal(session: Session, cases: list[Case], scenario: Scenario) -> None:
    """The author of one removed speech item appeals; a senior reviewer upholds the removal."""
    for case in cases:
        if category_of(case.category).is_speech and case.id not in scenario.criticism:
            appeal = appeals.file_appeal(
                session, case, appeals.AppealIn(appellant="author", text="这是我的观点"), STAFF
            )
            keep = DecisionIn(action="remove", ground="辱骂与煽动", facts="复核后维持删除")
            appeals.resolve(session, appeal, keep, SENIOR)
            return


def _sample(session: Session, scenario: Scenario) -> None:
    since, until = datetime.now(UTC) - timedelta(days=5), datetime.now(UTC) + timedelta(days=1)
    for platform in scenario.dispatches:
        supervisor = STAFF
        for row in quality.sample_view(
            session, quality.sample(session, platform, since, until, 10, SEED)
        ):
            data = quality.ReviewIn.model_validate({"expected": row["suggested"]})
            quality.review(session, session.get_one(Dispatch, row["id"]), data, supervisor)
