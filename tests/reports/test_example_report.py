"""The transparency report over the example data: it renders (charts inline, typical cases by
the documented rule), and no report file holds personal data or the notifier's identity."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner

from clearbright.cli.main import app
from clearbright.reports import transparency, typical
from clearbright.store import Store
from tests.reports.example_data import CRITICISM, HARMS, NOTIFIERS, PERSONAL, populate, scanned

MOBILE = re.compile(r"(?<![0-9A-Za-z.])1[3-9]\d{9}(?![0-9A-Za-z])")
RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z.])\d{17}[\dXx](?![0-9A-Za-z])")


def _forbidden() -> list[str]:
    """Everything that identifies a person or a notifier in the example data."""
    items, _ = scanned()
    values = [*PERSONAL]
    for notifier in NOTIFIERS.values():
        values += [notifier["name"], notifier["contact"]]
    values += [item.id for item in items]  # item ids: never published unmasked
    values += [item.author.id for item in items if item.author]  # handles
    values += [item.url for item in items if item.url and "/" in item.url]
    values += [ref for _, refs, *_ in [*CRITICISM, *HARMS] for ref in refs]
    values += ["顾南笙", "柏知远", "沈知秋", "陶念"]  # people named in items and notices
    return sorted(set(values))


def test_the_example_report_renders_without_personal_data(
    store: Store, db_url: str, tmp_path: Path
) -> None:
    scenario = populate(store)
    out = tmp_path / "report"
    args = ["report", "--since", str(scenario.since), "--until", str(scenario.until)]
    result = CliRunner().invoke(app, [*args, "--out", str(out), "--db", db_url])
    assert result.exit_code == 0, result.output
    files = sorted(out.iterdir())
    assert [f.name for f in files] == ["report.html", "report.json"]
    data = json.loads((out / "report.json").read_text("utf-8"))
    assert data["format"] == transparency.FORMAT
    page = (out / "report.html").read_text("utf-8")

    # What the report must show.
    assert data["notices"]["by_source_type"] == {"enterprise": 6, "person": 1, "public": 1}
    assert data["decisions"]["no_action_speech"] == len(CRITICISM)
    assert data["decisions"]["automated"] > 0 and data["decisions"]["human"] > 0
    assert data["appeals"]["filed"] == 1 and data["appeals"]["reversal_rate"] == 0.0
    assert {c["platform"] for c in data["scorecards"]} == {"weibo", "douyin", "appstore"}
    assert data["trends"]["unit"] == "week" and data["trends"]["periods"]
    cases = data["typical_cases"]
    assert 1 <= len(cases) <= typical.MAX_CASES
    assert any(c["outcome"] == "no_action" and c["speech"] for c in cases)  # criticism kept
    assert typical.RULE in page.replace("&#x27;", "'")
    for heading in ("Notices received", "Decisions", "Appeals", "Platform scorecards"):
        assert heading in page
    assert "No-action decisions that protected criticism" in page
    svgs = re.findall(r"<svg.*?</svg>", page, flags=re.S)
    assert len(svgs) >= 6
    for svg in svgs:
        ET.fromstring(svg)
    # Self-contained: no scripts, no external resources (url(#id) are the SVGs' own clips).
    assert not re.search(r"<script|<link|<img|<iframe|\bsrc=|@import|url\((?!#)", page)

    # What it must never show.
    forbidden = _forbidden()
    for path in files:
        text = path.read_text("utf-8")
        leaked = [value for value in forbidden if value in text]
        assert not leaked, f"{path.name} contains {leaked}"
        assert not MOBILE.search(text), f"{path.name}: {MOBILE.search(text)}"
        assert not RESIDENT_ID.search(text), f"{path.name}: {RESIDENT_ID.search(text)}"
        assert "@" not in text.replace("@import", ""), f"{path.name} holds an address or handle"


def test_the_typical_cases_follow_the_rule(store: Store) -> None:
    scenario = populate(store)
    from sqlalchemy.orm import Session

    with Session(store.engine) as session:
        first = typical.choose(session, *scenario.window())
        again = typical.choose(session, *scenario.window())
    assert first == again  # deterministic
    keys = [(c["category"], c["outcome"] == "no_action") for c in first]
    assert len(keys) == len(set(keys))  # one per group
    for case in first:
        assert case["summary"] and case["label"].startswith("Typical case ")
        assert set(case) >= {"category", "outcome", "ground", "decided_by", "platform_answer"}
