"""What a brief is made of: figures with their sources, table rows, sections, the Brief itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePath
from typing import Any

from assistant.facts.model import Fact

# Section headings, in the order a brief shows them.
COMPARE, RESULTS, LIMITS, TASKS = "So sánh", "Kết quả nổi bật", "Hạn chế, tồn tại", "Nhiệm vụ kỳ tới"
SECTION_ORDER = (COMPARE, RESULTS, LIMITS, TASKS)


@dataclass
class BriefSource:
    """Source [n] of a brief: a sentence (or table row) of one report."""

    n: int
    source: str
    title: str
    date: str
    quote: str
    chunk_id: str = ""

    @property
    def file_name(self) -> str:
        return PurePath(self.source).name


@dataclass
class BriefFigure:
    """One figure shown in a brief, with the sentence it was read from (source [n])."""

    metric: str
    label: str
    value: str  # as written in the report
    number: Decimal | None
    unit: str
    period: str
    source: str
    chunk_id: str
    quote: str
    measure: str = "value"
    role: str = "current"  # "current", "previous" (kỳ trước) or "year_ago" (cùng kỳ năm trước)
    n: int = 0

    @classmethod
    def of(cls, fact: Fact, label: str, role: str, n: int) -> BriefFigure:
        # Counts show as written ("6.471"): the label says what they count; money and
        # percentages keep their unit ("2,87 tỷ đồng", "53,5%").
        value = fact.display() if fact.unit == "%" else fact.value
        return cls(
            metric=fact.metric,
            label=label,
            value=value,
            number=fact.number,
            unit=fact.unit,
            period=fact.period,
            source=fact.source,
            chunk_id=fact.chunk_id,
            quote=fact.quote,
            measure=fact.measure,
            role=role,
            n=n,
        )


@dataclass
class BriefRow:
    """One line of the headline table: a metric now, before, a year before, and the changes."""

    metric: str
    label: str
    measure: str
    current: BriefFigure
    previous: BriefFigure | None = None
    year_ago: BriefFigure | None = None
    vs_previous: str = ""  # computed change, Vietnamese format ("+53 (+0,8%)"), "" if none
    vs_year_ago: str = ""


@dataclass
class Brief:
    """A one-page brief on one body and one period (see ``assistant.briefs``)."""

    province: str
    body: str
    body_key: str
    period: str
    period_label: str
    title: str = ""
    main_report: str = ""  # "title (file, date)" of the report the brief is mainly read from
    next_period: str = ""  # the period the tasks are for
    markdown: str = ""
    figures: list[BriefFigure] = field(default_factory=list)
    rows: list[BriefRow] = field(default_factory=list)
    sources: list[BriefSource] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)  # heading -> lines with [n]
    theme: str = ""
    previous_period: str = ""
    year_ago_period: str = ""
    notes: list[str] = field(default_factory=list)  # about the comparisons (missing reports...)
    notices: list[str] = field(default_factory=list)  # about how it was made (LLM fallback...)
    mode: str = "quote"  # "llm" when the prose was written by the language model
    chart_png: bytes | None = None
    chart_name: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    def write_markdown(self, path: str | Path) -> Path:
        """Write the Markdown and, beside it, the chart PNG its image link points to."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.markdown, encoding="utf-8")
        if self.chart_png and self.chart_name:
            (path.parent / self.chart_name).write_bytes(self.chart_png)
        return path

    def docx_bytes(self) -> bytes:
        """The brief as a DOCX document (python-docx), chart and sources included."""
        from assistant.briefs.docx_export import brief_docx

        return brief_docx(self)

    def to_docx(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.docx_bytes())
        return path

    def source(self, n: int) -> BriefSource | None:
        return next((s for s in self.sources if s.n == n), None)

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        data = asdict(self)
        data.pop("chart_png")
        for figure in data["figures"]:
            figure["number"] = None if figure["number"] is None else str(figure["number"])
        for row in data["rows"]:
            for key in ("current", "previous", "year_ago"):
                if row[key]:
                    row[key]["number"] = None if row[key]["number"] is None else str(row[key]["number"])
        return data
