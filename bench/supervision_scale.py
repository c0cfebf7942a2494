"""How long the supervision exports take as the store grows (SQLite, or --db URL).

Builds a synthetic store through the real case desk: N cases (notices by fictional notifiers
about invented item ids, one decision each, a dispatch to one of three platforms and its
answer, a seeded audit sample), then times, over R repetitions, the transparency report
(figures + HTML with charts), the statement-of-reasons export, the notice archive export,
a monthly scorecard trend and one evidence package. Prints the median seconds of each, and
per-item rates.

    .venv/bin/python bench/supervision_scale.py --cases 2000 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from clearbright.cases.access import Actor, Role
from clearbright.cases.decisions import DecisionIn, decide
from clearbright.cases.lifecycle import transition
from clearbright.cases.notices import NoticeIn, file_notice
from clearbright.registry import Registry
from clearbright.reports import archive, evidence, render, sor, transparency
from clearbright.store import Store
from clearbright.supervision import dispatch as d
from clearbright.supervision import metrics, quality

ROOT = Path(__file__).resolve().parent.parent
STAFF = Actor(name="bench", role=Role.REVIEWER)
CATEGORIES = ["counterfeit", "privacy_leak", "impersonation", "targeted_abuse", "extortion"]
PLATFORMS = ["weibo", "douyin", "appstore"]


def build(store: Store, cases: int, seed: int) -> int:
    """Fill the store; returns the id of a privacy-leak case for the evidence export."""
    rng = random.Random(seed)
    platforms = Registry.load(ROOT / "examples" / "registry").platforms
    start = datetime.now(UTC) - timedelta(days=60)
    leak = 0
    with Session(store.engine, expire_on_commit=False) as session:
        for n in range(cases):
            platform, category = rng.choice(PLATFORMS), rng.choice(CATEGORIES)
            notice = NoticeIn.model_validate(
                {
                    "platform": platform,
                    "items": [f"bench-{n}"],
                    "category": category,
                    "relation": "self",
                    "region": "CN-ZJ",
                    "explanation": "合成测试数据",
                    "notifier": {"kind": "enterprise", "name": f"虚构企业{n % 50}"},
                }
            )
            _, case = file_notice(session, notice, STAFF, platforms)
            transition(session, case, "triaged", STAFF)
            transition(session, case, "assigned", STAFF)
            speech = category == "targeted_abuse"
            action = "no_action" if speech and rng.random() < 0.5 else "remove"
            decide(session, case, DecisionIn(action=action, ground="规则", facts="事实"), STAFF)
            at = start + timedelta(hours=rng.uniform(0, 24 * 55))
            (row,) = d.dispatch(session, d.DispatchIn(cases=[case.id]), STAFF, platforms, now=at)
            who = Actor(name=platform, role=Role.PLATFORM, platform=platform)
            if rng.random() < 0.9:
                answer = "remove" if platform == "douyin" else action
                data = d.ActIn(action=answer, ground="平台规则", facts="已处理")  # type: ignore[arg-type]
                d.act(session, row, data, who, now=at + timedelta(hours=rng.expovariate(1 / 8)))
            if category == "privacy_leak":
                leak = case.id
            if n % 200 == 199:
                session.commit()
        session.commit()
        window = (start, datetime.now(UTC) + timedelta(days=1))
        for platform in PLATFORMS:
            for view in quality.sample_view(
                session, quality.sample(session, platform, *window, size=50, seed=seed)
            ):
                review = quality.ReviewIn.model_validate({"expected": view["suggested"]})
                quality.review(session, d.load(session, view["id"], STAFF), review, STAFF)
        session.commit()
    return leak


def timed(repeat: int, job: Callable[[], object]) -> float:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        job()
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(args.db or f"sqlite:///{folder / 'bench.db'}")
        began = time.perf_counter()
        leak = build(store, args.cases, args.seed)
        print(f"built {args.cases} cases in {time.perf_counter() - began:.1f} s")
        today = datetime.now(UTC).date()
        since, until = transparency.period(str(today - timedelta(days=61)), str(today))
        admin = Actor(name="bench", role=Role.ADMIN)

        def report() -> object:
            with Session(store.engine) as session:
                data = transparency.build(session, since, until)
            return render.write(data, folder / "report")

        def statements() -> object:
            with Session(store.engine) as session:
                return sor.write_batches(session, folder / "sor")

        def notices() -> object:
            with Session(store.engine) as session:
                return sum(
                    1 for _ in archive.dump(archive.iter_all(session, archive.Filters()), "jsonl")
                )

        def trend() -> object:
            with Session(store.engine) as session:
                return metrics.trend(session, since, until, "week")

        def package() -> object:
            with Session(store.engine) as session, session.begin():
                return evidence.export(session, leak, folder / "leak.zip", admin)

        results = {
            "report (figures + HTML, charts)": timed(args.repeat, report),
            "statements of reasons export": timed(args.repeat, statements),
            "notice archive export (JSONL)": timed(args.repeat, notices),
            "weekly scorecard trend": timed(args.repeat, trend),
            "one evidence package": timed(args.repeat, package),
        }
        store.close()
    print(f"median of {args.repeat} runs, {args.cases} cases:")
    for name, seconds in results.items():
        print(f"  {name:34s} {seconds:8.3f} s   {1000 * seconds / args.cases:7.3f} ms/case")


if __name__ == "__main__":
    main()
