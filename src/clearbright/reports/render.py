"""Write a transparency report: `report.json` (the data) and `report.html` (self-contained).

The HTML is built from the JSON data alone, every value escaped, with no external assets.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

STYLE = (
    "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#222}"
    "table{border-collapse:collapse;margin:0.5rem 0 1.5rem}"
    "td,th{border:1px solid #ccc;padding:0.25rem 0.6rem;text-align:left}"
    "th{background:#f3f3f3}"
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
)


def write(data: Mapping[str, Any], out: Path) -> list[Path]:
    """Write both files into `out` (created if missing); return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    data_file, page = out / "report.json", out / "report.html"
    data_file.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    page.write_text(to_html(data), "utf-8")
    return [data_file, page]


def to_html(data: Mapping[str, Any]) -> str:
    """The report as one HTML page."""
    since, until = data["period"]["since"][:10], data["period"]["until"][:10]
    notices, decisions, appeals = data["notices"], data["decisions"], data["appeals"]
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>clearbright transparency report {_e(since)}</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Transparency report</h1>",
        f"<p>Period: from {_e(since)} (inclusive) to {_e(until)} (exclusive). Figures are "
        "counts only; no personal data and no notifier identity are included.</p>",
        f"<h2>Notices received: {_e(notices['total'])}</h2>",
        _counts("By source type", notices["by_source_type"]),
        _counts("By category", notices["by_category"]),
        f"<h2>Decisions: {_e(decisions['total'])}</h2>",
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
                ("Median hours to decision", decisions["hours_to_decision"]["median"]),
                ("p90 hours to decision", decisions["hours_to_decision"]["p90"]),
            ],
        ),
        f"<h2>Appeals: {_e(appeals['filed'])}</h2>",
        _rows(
            ("Outcome", "Count"),
            [(k, appeals[k]) for k in ("upheld", "overturned", "pending")]
            + [("Reversal rate", appeals["reversal_rate"])],
        ),
        "<h2>Platform timeliness</h2>",
        _rows(tuple(title for _, title in PLATFORM_COLUMNS), _platform_rows(data["platforms"])),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _platform_rows(cards: Sequence[Mapping[str, Any]]) -> list[tuple[object, ...]]:
    rows = []
    for card in cards:
        flat = {
            **card,
            **card["quality"],
            "ack_median": card["hours_to_acknowledge"]["median"],
            "act_median": card["hours_to_action"]["median"],
            "act_p90": card["hours_to_action"]["p90"],
        }
        rows.append(tuple(flat[key] for key, _ in PLATFORM_COLUMNS))
    return rows


def _counts(title: str, counts: Mapping[str, int]) -> str:
    return f"<h3>{_e(title)}</h3>" + _rows(("", "Count"), list(counts.items()))


def _rows(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    if not rows:
        return "<p>None in this period.</p>"
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _e(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return html.escape(str(value))
