"""Write a transparency report: `report.json` (the data) and `report.html` (self-contained).

The HTML is built from the JSON data alone, every value escaped, with the charts inlined as
SVG (charts.py) and no external assets, scripts or fonts, so the page opens offline and can be
archived as one file.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from clearbright.reports import charts

STYLE = (
    "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',"
    "sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}"
    "table{border-collapse:collapse;margin:0.5rem 0 1.5rem}"
    "td,th{border:1px solid #ccc;padding:0.25rem 0.6rem;text-align:left;vertical-align:top}"
    "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}"
    ".charts{display:flex;flex-wrap:wrap;gap:1rem}.charts figure{margin:0}"
    ".charts svg{max-width:100%;height:auto}"
    ".case{border-left:4px solid #0072B2;padding:0.3rem 0.8rem;margin:0.8rem 0;background:#f8fafc}"
    ".note{color:#555;font-size:0.9rem}.wide{overflow-x:auto}"
)
PLATFORM_COLUMNS = (
    ("platform", "Platform"),
    ("region", "Region"),
    ("dispatched", "Dispatched"),
    ("ack_median", "Median h to acknowledge"),
    ("act_median", "Median h to action"),
    ("act_p90", "p90 h to action"),
    ("within_deadline_share", "Within deadline"),
    ("overdue", "Overdue"),
    ("contested_share", "Contested"),
    ("reviewed", "Audit-sampled"),
    ("agreement_rate", "Agreement"),
    ("under_enforcement", "Under-enforced"),
    ("over_enforcement", "Over-enforced"),
    ("score", "Score"),
)


def write(data: Mapping[str, Any], out: Path) -> list[Path]:
    """Write both files into `out` (created if missing); return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    data_file, page = out / "report.json", out / "report.html"
    _atomic(data_file, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    _atomic(page, to_html(data))
    return [data_file, page]


def to_html(data: Mapping[str, Any]) -> str:
    """The report as one HTML page."""
    since, until = data["period"]["since"][:10], data["period"]["until"][:10]
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>clearbright transparency report {_e(since)}</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Transparency report</h1>",
        f"<p>Period: from {_e(since)} (inclusive) to {_e(until)} (exclusive). Figures are "
        "counts, shares and durations; the typical cases are told from structured fields. "
        "No personal data and no notifier identity are included.</p>",
        *_notices(data["notices"]),
        *_decisions(data["decisions"]),
        *_platform_actions(data.get("platform_actions")),
        *_appeals(data["appeals"]),
        *_scorecards(data),
        *_typical(data.get("typical_cases", []), data.get("typical_case_rule", "")),
        "<h2>How to read this report</h2>",
        "<p class=note>Hours are measured from dispatch (platforms) or from the case's "
        "opening (decisions). A platform's score is the mean of its share answered within the "
        "deadline and its agreement rate in supervisors' audit samples; over-enforcement "
        "(removing protected criticism) and under-enforcement (leaving a harm up) count the "
        "same. The data behind every figure is in report.json.</p>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _notices(notices: Mapping[str, Any]) -> list[str]:
    return [
        f"<h2>Notices received: {_e(notices['total'])}</h2>",
        _charts(
            _bar("Notices by source type", notices["by_source_type"]),
            _bar("Notices by category", notices["by_category"]),
        ),
        _counts("By source type", notices["by_source_type"]),
        _counts("By category", notices["by_category"]),
    ]


def _decisions(decisions: Mapping[str, Any]) -> list[str]:
    hours = decisions["hours_to_decision"]
    return [
        f"<h2>Decisions: {_e(decisions['total'])}</h2>",
        _charts(
            _bar("Decisions by action", decisions["by_action"]),
            _bar(
                "Automated and human decisions",
                {"automated": decisions["automated"], "human": decisions["human"]},
            ),
        ),
        _counts("By action", decisions["by_action"]),
        _counts("By category", decisions["by_category"]),
        _rows(
            ("Measure", "Value"),
            [
                ("Automated decisions", decisions["automated"]),
                ("Human decisions", decisions["human"]),
                ("No-action decisions", decisions["no_action"]),
                (
                    "No action in speech categories (criticism left up)",
                    decisions["no_action_speech"],
                ),
                ("Median hours to decision", hours["median"]),
                ("p90 hours to decision", hours["p90"]),
            ],
        ),
        "<h3>No-action decisions that protected criticism</h3>",
        "<p class=note>Notices in the speech categories (targeted abuse, distortion, false "
        "search or trending, competitor smear) that a person decided to leave up as criticism, "
        "opinion, satire or accurate reporting.</p>",
        _counts("By category", decisions.get("no_action_speech_by_category", {})),
    ]


def _platform_actions(actions: Mapping[str, Any] | None) -> list[str]:
    if actions is None:
        return []
    return [
        f"<h2>Platform answers: {_e(actions['answered'])}</h2>",
        _counts("Actions taken by platforms", actions["by_action"]),
        f"<p>Contested by the platform: {_e(actions['contested'])}</p>",
    ]


def _appeals(appeals: Mapping[str, Any]) -> list[str]:
    return [
        f"<h2>Appeals: {_e(appeals['filed'])}</h2>",
        _rows(
            ("Outcome", "Count"),
            [(k, appeals[k]) for k in ("upheld", "overturned", "pending")]
            + [("Reversal rate", appeals["reversal_rate"])],
        ),
    ]


def _scorecards(data: Mapping[str, Any]) -> list[str]:
    cards = data.get("scorecards", [])
    trends = data.get("trends") or {"periods": [], "platforms": {}, "unit": "week"}
    figures = []
    if cards:
        names = [c["platform"] for c in cards]
        figures.append(
            charts.bar_chart_svg(
                "Median hours to action",
                names,
                [_num(c["hours_to_action"]["median"]) for c in cards],
                unit="hours",
            )
        )
        figures.append(
            charts.bar_chart_svg(
                "Platform score (0-100)", names, [_num(c["score"]) for c in cards], unit="score"
            )
        )
    series = trends["platforms"]
    if trends["periods"] and series:
        unit = "weekly" if trends["unit"] == "week" else "monthly"
        figures.append(
            charts.trend_chart_svg(
                f"Score, {unit}",
                trends["periods"],
                {p: [_num(v) for v in s["score"]] for p, s in series.items()},
                unit="score",
            )
        )
        figures.append(
            charts.trend_chart_svg(
                f"Median hours to action, {unit}",
                trends["periods"],
                {p: [_num(v) for v in s["hours_to_action_median"]] for p, s in series.items()},
                unit="hours",
            )
        )
    return [
        "<h2>Platform scorecards</h2>",
        _charts(*figures),
        "<h3>Per platform</h3>",
        _rows(tuple(title for _, title in PLATFORM_COLUMNS), _platform_rows(cards)),
        "<h3>Per platform and region</h3>",
        _rows(
            tuple(title for _, title in PLATFORM_COLUMNS),
            _platform_rows(data.get("platforms", [])),
        ),
        *_trend_table(trends),
    ]


def _trend_table(trends: Mapping[str, Any]) -> list[str]:
    if not trends["platforms"]:
        return []
    header = ("Platform", "Figure", *trends["periods"])
    rows = []
    for platform, figures in trends["platforms"].items():
        for name in ("dispatched", "within_deadline_share", "agreement_rate", "score"):
            rows.append((platform, name.replace("_", " "), *figures[name]))
    return [f"<h3>Trend per {_e(trends['unit'])}</h3>", _rows(header, rows)]


def _typical(cases: Sequence[Mapping[str, Any]], rule: str) -> list[str]:
    parts = ["<h2>Typical cases</h2>", f"<p class=note>How they are chosen: {_e(rule)}</p>"]
    if not cases:
        parts.append("<p>None in this period.</p>")
    for case in cases:
        parts.append(
            f'<div class="case"><h3>{_e(case["label"])}: {_e(case["category"])}, '
            f"{_e(case['outcome'])}</h3><p>{_e(case['summary'])}</p></div>"
        )
    return parts


def _platform_rows(cards: Sequence[Mapping[str, Any]]) -> list[tuple[object, ...]]:
    rows = []
    for card in cards:
        flat = {
            **card,
            **card["quality"],
            "ack_median": card["hours_to_acknowledge"]["median"],
            "act_median": card["hours_to_action"]["median"],
            "act_p90": card["hours_to_action"]["p90"],
            "score": card.get("score"),
        }
        rows.append(tuple(flat[key] for key, _ in PLATFORM_COLUMNS))
    return rows


def _bar(title: str, counts: Mapping[str, int]) -> str:
    return charts.bar_chart_svg(title, list(counts), [float(v) for v in counts.values()])


def _charts(*svgs: str) -> str:
    if not svgs:
        return ""
    return '<div class="charts">' + "".join(f"<figure>{s}</figure>" for s in svgs) + "</div>"


def _counts(title: str, counts: Mapping[str, int]) -> str:
    return f"<h3>{_e(title)}</h3>" + _rows(("", "Count"), list(counts.items()))


def _rows(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    if not rows:
        return "<p>None in this period.</p>"
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    return f'<div class="wide"><table><tr>{head}</tr>{body}</table></div>'


def _cell(value: object) -> str:
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    return f'<td class="n">{_e(value)}</td>' if numeric else f"<td>{_e(value)}</td>"


def _num(value: float | None) -> float:
    return float("nan") if value is None else float(value)


def _e(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return html.escape(str(value))


def _atomic(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, "utf-8")
    partial.replace(path)
