"""The brief's chart: headline figures of the body across every period in the store (PNG).

Small panels, one per metric with figures for at least two periods: the number of party
members as a line (a count at a date), activity counts as bars labelled with their period
("Q1/24", "6T/24", "9T/24", "Năm 24"), the brief's own period highlighted. matplotlib is
imported here only, through its object API and the Agg canvas (no global backend is set);
text uses DejaVu Sans, which ships with matplotlib and covers Vietnamese.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from assistant.briefs.arith import vn_number
from assistant.briefs.select import Selection
from assistant.facts.metrics import metric
from assistant.facts.store import series
from ingest.period_model import Period

CHART_METRICS = (
    "tong_dang_vien",
    "ket_nap",
    "cuoc_kiem_tra",
    "ky_luat",
    "chuyen_chinh_thuc",
    "huy_hieu_dang",
)
MAX_PANELS = 4
_HIGHLIGHT, _LINE = "#b22222", "#1f4e79"
# Bars of totals over periods of different lengths are told apart by colour (and a legend).
_KIND_COLORS = {"quarter": "#a9c1de", "part": "#5b86b8", "year": "#24466e", "month": "#d0dbe9"}
_KIND_NAMES = {"quarter": "Quý", "part": "6 / 9 tháng", "year": "Năm", "month": "Tháng"}


def short_label(period: Period) -> str:
    """Compact period label for an axis: "Q1/24", "6T/24", "6T2/24", "9T/24", "Năm 24", "T3/24"."""
    yy = f"{period.year % 100:02d}"
    kind = period.kind
    if kind.startswith("Q"):
        return f"{kind}/{yy}"
    if kind.startswith("M"):
        return f"T{int(kind[1:])}/{yy}"
    return {"Y": f"Năm {yy}", "H1": f"6T/{yy}", "H2": f"6T2/{yy}", "9M": f"9T/{yy}"}[kind]


def brief_chart(catalog: Any, sel: Selection) -> bytes | None:
    """PNG bytes of the chart, or None when no metric has figures for two periods."""
    data = series(catalog, sel.province, sel.body_key, CHART_METRICS)
    panels = [(m, data[m]) for m in CHART_METRICS if len(data.get(m, {})) >= 2][:MAX_PANELS]
    if not panels:
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = 1 if len(panels) <= 2 else 2
    fig = Figure(figsize=(7.0, 2.1 * rows + 0.5), dpi=140)
    FigureCanvasAgg(fig)
    grid = fig.subplots(rows, 2, squeeze=False)
    axes = [ax for line in grid for ax in line]
    for ax, (key, by_period) in zip(axes, panels, strict=False):
        _panel(ax, key, by_period, sel.period)
    for ax in axes[len(panels) :]:
        ax.set_visible(False)
    fig.suptitle(f"{sel.body} {sel.province}: số liệu các kỳ đã nạp", fontsize=10, fontfamily="DejaVu Sans")
    _legend(fig)
    fig.tight_layout(rect=(0, 0.05, 1, 0.94))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _panel(ax: Any, key: str, by_period: dict[str, Any], current: Period) -> None:
    periods = sorted((Period.parse_key(p) for p in by_period), key=lambda p: (p.end_date(), p.sort_key()))
    values = [float(by_period[p.key].number or 0) for p in periods]
    labels = [short_label(p) for p in periods]
    xs = list(range(len(periods)))
    if metric(key).kind == "stock":
        ax.plot(xs, values, marker="o", color=_LINE)
        low, high = min(values), max(values)
        pad = max((high - low) * 0.3, high * 0.01, 1.0)
        ax.set_ylim(low - pad, high + pad)
    else:
        colors = [_KIND_COLORS[_kind(p)] for p in periods]
        edges = [_HIGHLIGHT if p == current else "none" for p in periods]
        ax.bar(xs, values, color=colors, edgecolor=edges, linewidth=2)
        ax.set_ylim(0, max(values) * 1.2 or 1)
    ax.yaxis.set_major_formatter(_vn_ticks())
    for x, p, v in zip(xs, periods, values, strict=True):
        weight = "bold" if p == current else "normal"
        text = vn_number(by_period[p.key].number or Decimal(0))
        ax.annotate(text, (x, v), textcoords="offset points", xytext=(0, 3), ha="center", fontsize=7,
                    fontweight=weight)  # fmt: skip
    ax.set_xticks(xs, labels, fontsize=7, rotation=30)
    ax.set_title(metric(key).label, fontsize=8.5)
    ax.tick_params(axis="y", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)


def _kind(period: Period) -> str:
    if period.kind.startswith("Q"):
        return "quarter"
    if period.kind.startswith("M"):
        return "month"
    return "year" if period.kind == "Y" else "part"


def _vn_ticks() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: vn_number(Decimal(round(value))))


def _legend(fig: Any) -> None:
    from matplotlib.patches import Patch

    handles = [
        Patch(color=_KIND_COLORS[k], label=f"Tổng {_KIND_NAMES[k].lower()}")
        for k in ("quarter", "part", "year")
    ]
    handles.append(Patch(facecolor="white", edgecolor=_HIGHLIGHT, linewidth=2, label="Kỳ của bản tin"))
    fig.legend(handles=handles, loc="lower center", ncol=4, fontsize=7, frameon=False)
