"""Charts for reports and the supervisor console, rendered by matplotlib as SVG strings.

Figures are built with the object-oriented API (no pyplot, no GUI backend, no figure left
open). Every chart is deterministic: the same input gives the same bytes (fixed SVG hash salt,
no date in the metadata), and nothing is fetched from the network. Text stays text in the SVG
(`svg.fonttype = 'none'`) so the browser renders the glyphs with its own fonts; matplotlib
still lays the text out, for which a CJK-capable font is preferred when one is installed
(Debian: `fonts-noto-cjk`). Without one, labels still render in the browser; matplotlib's
missing-glyph warnings are silenced since they describe its layout metrics only.
"""

from __future__ import annotations

import contextlib
import glob
import io
import math
import warnings
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

#: Preferred fonts, first found wins for each glyph (matplotlib falls back per glyph).
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "Noto Serif CJK SC",
)
#: Colours of the series, colour-blind safe (Okabe-Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")


#: Where Debian's CJK font packages put their files (fonts-noto-cjk, fonts-wqy-*).
FONT_GLOBS = ("/usr/share/fonts/opentype/noto/NotoSans*CJK*", "/usr/share/fonts/truetype/wqy/*")


@lru_cache(maxsize=1)
def font_families() -> tuple[str, ...]:
    """The installed CJK fonts (in preference order) followed by DejaVu Sans."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    if not installed.intersection(CJK_FONTS):
        # matplotlib's font cache may predate the font package: register the files directly.
        for path in sorted(p for pattern in FONT_GLOBS for p in glob.glob(pattern)):
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                font_manager.fontManager.addfont(path)
        installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return (*(name for name in CJK_FONTS if name in installed), "DejaVu Sans")


def _rc() -> Any:
    return {
        "svg.hashsalt": "clearbright",
        "svg.fonttype": "none",
        "font.family": "sans-serif",
        "font.sans-serif": list(font_families()),
        "font.size": 10,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": False,
    }


@contextlib.contextmanager
def _chart() -> Iterator[None]:
    with matplotlib.rc_context(_rc()), warnings.catch_warnings():
        # Layout of a glyph no installed font has; the browser draws it from the SVG text.
        warnings.filterwarnings("ignore", message=r"Glyph .* missing from", category=UserWarning)
        yield


def _to_svg(fig: Figure) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    # The XML prolog and DOCTYPE are not allowed inside HTML; the <svg> element is enough.
    svg = svg[svg.index("<svg") :]
    return svg


def _label_axis(ax: Any, unit: str) -> None:
    if unit:
        ax.set_ylabel(unit)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def _finite(values: Sequence[float]) -> list[float]:
    return [float(v) if v is not None and math.isfinite(float(v)) else math.nan for v in values]


def bar_chart_svg(
    title: str, labels: Sequence[str], values: Sequence[float], *, unit: str = ""
) -> str:
    """A vertical bar chart, one bar per label, each bar annotated with its value.

    Values that are None or not finite are drawn as gaps. Raises ValueError when the labels
    and values differ in length.
    """
    if len(labels) != len(values):
        raise ValueError(f"{len(labels)} labels but {len(values)} values")
    heights = _finite(values)
    with _chart():
        width = max(4.0, min(12.0, 1.0 + 0.6 * len(labels)))
        fig = Figure(figsize=(width, 3.2))
        ax = fig.subplots()
        positions = list(range(len(labels)))
        bars = ax.bar(positions, [0.0 if math.isnan(h) else h for h in heights], color=PALETTE[0])
        for bar, height in zip(bars, heights, strict=True):
            if not math.isnan(height):
                ax.annotate(
                    _fmt(height),
                    (bar.get_x() + bar.get_width() / 2, height),
                    ha="center",
                    va="bottom",
                    fontsize=8,
                )
        ax.set_xticks(positions, [str(label) for label in labels])
        if _crowded(labels):
            ax.tick_params(axis="x", labelrotation=35)
            for tick in ax.get_xticklabels():
                tick.set_horizontalalignment("right")
        if all(math.isnan(h) or h == int(h) for h in heights):
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 0.5 ticks
        ax.set_title(title)
        _label_axis(ax, unit)
        _zero_based(ax, heights)
        if not labels:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
        return _to_svg(fig)


def trend_chart_svg(
    title: str,
    periods: Sequence[str],
    series: Mapping[str, Sequence[float]],
    unit: str = "",
) -> str:
    """A line chart with one line per series over the periods (e.g. weeks or months).

    Missing values (None or NaN) break the line rather than being drawn as zero. Raises
    ValueError when a series does not have one value per period.
    """
    for name, values in series.items():
        if len(values) != len(periods):
            raise ValueError(f"series {name!r} has {len(values)} values for {len(periods)} periods")
    with _chart():
        fig = Figure(figsize=(max(4.0, min(12.0, 2.0 + 0.7 * len(periods))), 3.2))
        ax = fig.subplots()
        positions = list(range(len(periods)))
        for index, (name, values) in enumerate(sorted(series.items())):
            ax.plot(
                positions,
                _finite(values),
                marker="o",
                markersize=4,
                color=PALETTE[index % len(PALETTE)],
                label=str(name),
            )
        ax.set_xticks(positions, [str(period) for period in periods])
        if _crowded(periods):
            ax.tick_params(axis="x", labelrotation=35)
        ax.set_title(title)
        _label_axis(ax, unit)
        _zero_based(ax, [v for values in series.values() for v in _finite(values)])
        if series:
            ax.legend(fontsize=8, frameon=False, loc="best")
        else:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
        return _to_svg(fig)


def _zero_based(ax: Any, values: Sequence[float]) -> None:
    """Counts, hours and shares start at zero; all-zero data gets a unit axis, not ±0.04."""
    finite = [v for v in values if not math.isnan(v)]
    if finite and min(finite) >= 0:
        ax.set_ylim(bottom=0, top=None if max(finite) > 0 else 1)


def _crowded(labels: Sequence[str]) -> bool:
    # Rotate the tick labels when they would not fit side by side (about 7 characters a bar).
    return len(labels) > 1 and max(len(str(label)) for label in labels) * len(labels) > 7 * max(
        len(labels), 6
    )


def _fmt(value: float) -> str:
    if value == int(value) and abs(value) < 1e12:
        return str(int(value))
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
