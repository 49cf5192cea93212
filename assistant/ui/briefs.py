"""Brief generation for the UI: the brief, its chart and its files (DOCX, Markdown)."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.ui.render import markdown_html

_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$", re.M)


@dataclass
class BriefFiles:
    """A generated brief as the UI shows and offers it."""

    title: str
    markdown: str
    html: str
    chart: Path | None
    docx: Path
    md: Path


def file_stem(*parts: str) -> str:
    """An ASCII file name stem from the brief's province, body and period."""
    text = "-".join(p for p in parts if p) or "ban-tin"
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:80] or "ban-tin"


def brief_html(brief: Any) -> str:
    """The brief as safe HTML; the chart is shown beside it, so its image line is left out."""
    return f'<div class="brief-view">{markdown_html(_IMAGE_LINE.sub("", str(brief.markdown or "")))}</div>'


def make_brief_files(bot: Any, province: str, body: str, period: str, out_dir: Path) -> BriefFiles:
    """Generate the brief and write its files into a fresh folder under ``out_dir``.

    Raises ``BaocaoError`` (``BriefError``) with a Vietnamese message when it cannot be made.
    """
    brief = bot.brief(province=province or None, body=body or None, period=period or "")
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="brief-", dir=out_dir))
    stem = "ban-tin-" + file_stem(brief.province or province, brief.body_key or body, brief.period or period)
    md_path = brief.write_markdown(folder / f"{stem}.md")  # the chart PNG goes beside it
    docx_path = brief.to_docx(folder / f"{stem}.docx")
    chart: Path | None = None
    if brief.chart_png:
        chart = folder / (brief.chart_name or f"{stem}.png")
        if not chart.exists():
            chart.write_bytes(brief.chart_png)
    return BriefFiles(
        title=str(brief.title or ""),
        markdown=str(brief.markdown),
        html=brief_html(brief),
        chart=chart,
        docx=Path(docx_path),
        md=Path(md_path),
    )
