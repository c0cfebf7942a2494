"""SVG charts: deterministic, text kept as text, no warnings for CJK labels."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from clearbright.reports import charts

LABELS = ["假冒账号", "隐私泄露", "勒索"]


def test_bar_chart_is_deterministic_svg_with_text_labels() -> None:
    first = charts.bar_chart_svg("通知按类别", LABELS, [3, 1.5, 0], unit="notices")
    again = charts.bar_chart_svg("通知按类别", LABELS, [3, 1.5, 0], unit="notices")
    assert first == again
    assert first.startswith("<svg")
    ET.fromstring(first)  # well-formed XML that can be inlined into HTML
    for label in [*LABELS, "通知按类别", "notices", "1.50"]:
        assert label in first  # text stays text: the browser renders the glyphs
    assert "<dc:date>" not in first


def test_trend_chart_breaks_lines_on_missing_values() -> None:
    svg = charts.trend_chart_svg(
        "处理时长", ["2026-01", "2026-02", "2026-03"], {"平台甲": [1.0, None, 3.0], "b": [2, 2, 2]}
    )  # type: ignore[dict-item]
    ET.fromstring(svg)
    assert "平台甲" in svg and "2026-02" in svg


def test_length_mismatch_is_refused() -> None:
    with pytest.raises(ValueError, match="2 labels but 1 values"):
        charts.bar_chart_svg("t", ["a", "b"], [1])
    with pytest.raises(ValueError, match="series 'x'"):
        charts.trend_chart_svg("t", ["p1", "p2"], {"x": [1]})


def test_empty_charts_render() -> None:
    assert "no data" in charts.bar_chart_svg("t", [], [])
    assert "no data" in charts.trend_chart_svg("t", [], {})


def test_no_cjk_font_falls_back_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    # pytest turns warnings into errors: a missing-glyph warning would fail this test.
    monkeypatch.setattr(charts, "CJK_FONTS", ())
    monkeypatch.setattr(charts, "FONT_GLOBS", ())
    charts.font_families.cache_clear()
    try:
        assert charts.font_families() == ("DejaVu Sans",)
        svg = charts.bar_chart_svg("无字体", LABELS, [1, 2, 3])
        assert "无字体" in svg
    finally:
        charts.font_families.cache_clear()
