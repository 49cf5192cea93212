"""Briefs on the sample reports: cited figures, computed comparisons, sections, errors."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant import Assistant
from assistant.briefs import Brief, BriefError
from assistant.briefs.check import check_changes, check_numbers
from assistant.briefs.model import BriefRow
from assistant.facts.metrics import BY_KEY
from ingest.period_model import Period

OpenBot = Callable[..., Assistant]
SUBJECTS = [
    ("Lâm Đồng", "khoi-co-quan", "2024-Q1"),
    ("Lâm Đồng", "Khối các cơ quan", "2024-H1"),
    ("Lâm Đồng", None, "2024"),
    ("Lâm Đồng", None, "quý I/2025"),
    ("Bình Định", None, "2024-Q1"),
    ("Bình Định", "Đảng ủy Khối Doanh nghiệp tỉnh", "6 tháng đầu năm 2024"),
    ("Hà Tĩnh", None, "2023"),
    ("hà tĩnh", None, "2024-Q1"),
]


def _brief(
    open_bot: OpenBot, province: str | None, body: str | None, period: str, **options: object
) -> Brief:
    return open_bot().brief(province=province, body=body, period=period, with_llm=False, **options)


def _row(brief: Brief, metric: str, measure: str = "value") -> BriefRow:
    return next(r for r in brief.rows if (r.metric, r.measure) == (metric, measure))


def test_h1_brief_compares_with_the_latest_earlier_report_and_says_so(open_bot: OpenBot) -> None:
    brief = _brief(open_bot, "Lâm Đồng", "Khối các cơ quan", "2024-H1", chart=False)
    assert brief.period == "2024-H1" and brief.previous_period == "2024-Q1" and not brief.year_ago_period
    members = _row(brief, "tong_dang_vien")
    assert members.previous is not None
    assert (members.current.value, members.previous.value, members.vs_previous) == (
        "6.471",
        "6.418",
        "+53 (+0,8%)",
    )
    admitted = _row(brief, "ket_nap")
    assert admitted.previous is not None
    assert (admitted.current.value, admitted.previous.value) == ("139", "58")
    assert admitted.vs_previous == ""  # six months against three: no difference is computed
    notes = " ".join(brief.notes)
    assert "6 tháng cuối năm 2023" in notes and "quý I/2024" in notes and "6 tháng đầu năm 2023" in notes
    assert (
        "Tổng số đảng viên: 6.471 [" in brief.markdown
        and "tăng 53 (+0,8%) so với quý I/2024" in brief.markdown
    )


def test_year_brief_takes_the_previous_year_from_the_report_table(open_bot: OpenBot) -> None:
    brief = _brief(open_bot, "Lâm Đồng", None, "2024", chart=False)
    assert brief.previous_period == "2023" and not brief.year_ago_period  # the same period here
    admitted = _row(brief, "ket_nap")
    assert admitted.previous is not None
    assert (admitted.current.value, admitted.previous.value, admitted.vs_previous) == (
        "271",
        "248",
        "+23 (+9,3%)",
    )
    assert _row(brief, "ky_luat").vs_previous == "+2 (+22,2%)"
    assert brief.theme.startswith("Chủ đề công tác năm 2024: “Tăng cường kỷ luật, kỷ cương")


@pytest.mark.parametrize(("province", "body", "period"), SUBJECTS)
def test_every_number_in_a_brief_matches_its_cited_source(
    open_bot: OpenBot, province: str, body: str | None, period: str
) -> None:
    brief = _brief(open_bot, province, body, period, chart=False)
    result = check_numbers(brief)
    assert result.checked > 20 and result.share == 1.0, result.problems
    assert check_changes(brief) == []
    assert brief.sections["Hạn chế, tồn tại"] and brief.sections["Nhiệm vụ kỳ tới"]


def test_figures_carry_metric_value_period_and_source(open_bot: OpenBot) -> None:
    brief = _brief(open_bot, "Bình Định", None, "2024-H1", chart=False)
    numbers = {s.n for s in brief.sources}
    assert brief.figures
    for figure in brief.figures:
        assert figure.metric in BY_KEY and figure.value and Period.parse_key(figure.period)
        source = brief.source(figure.n)
        assert source is not None and source.quote == figure.quote
        assert figure.source.endswith((".docx", ".txt")) and re.fullmatch(r"\w+:\d{4}", figure.chunk_id)
    assert len(numbers) == len(brief.sources) and numbers == set(range(1, len(numbers) + 1))


def test_markdown_table_cites_every_figure_cell(open_bot: OpenBot) -> None:
    brief = _brief(open_bot, "Hà Tĩnh", None, "2024-Q1", chart=False)
    lines = brief.markdown.split("## Số liệu chính", 1)[1].split("\n\n")[1].splitlines()
    header, rows = lines[0], lines[2:]
    assert header.startswith("| Chỉ tiêu | Quý I/2024 | Năm 2023 (kỳ trước) | Tăng/giảm |")
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        for cell in (cells[1], cells[2]):
            assert cell == "–" or re.fullmatch(r".+ \[\d+\]", cell), row
    assert "## Nguồn" in brief.markdown and "[1] “" in brief.markdown


def test_docx_has_the_table_the_chart_and_the_sources(open_bot: OpenBot) -> None:
    import io

    from docx import Document

    brief = _brief(open_bot, "Lâm Đồng", None, "2024-H1")
    assert brief.chart_png and brief.chart_png.startswith(b"\x89PNG")
    doc = Document(io.BytesIO(brief.docx_bytes()))
    assert doc.tables and doc.tables[0].rows[0].cells[0].text == "Chỉ tiêu"
    assert len(doc.tables[0].rows) == len(brief.rows) + 1
    assert len(doc.inline_shapes) == 1
    text = "\n".join(p.text for p in doc.paragraphs)
    assert brief.title in text and "Nguồn" in text and "[1] “" in text


def test_markdown_is_written_with_its_chart_beside(open_bot: OpenBot, tmp_path: object) -> None:
    from pathlib import Path

    brief = _brief(open_bot, "Lâm Đồng", None, "2024-Q1")
    path = brief.write_markdown(Path(str(tmp_path)) / "out" / "ban-tin.md")
    assert f"]({brief.chart_name})" in path.read_text("utf-8")
    assert (path.parent / brief.chart_name).read_bytes().startswith(b"\x89PNG")
    assert "![" not in _brief(open_bot, "Lâm Đồng", None, "2024-Q1", chart=False).markdown


@pytest.mark.parametrize(
    ("province", "body", "period", "message"),
    [
        (
            "Lâm Đồng",
            None,
            "2024-Q3",
            "Chưa có báo cáo quý III/2024 của Lâm Đồng. Các kỳ đã có báo cáo: quý I/2024",
        ),
        ("Cà Mau", None, "2024-Q1", "Các tỉnh, thành phố đã có báo cáo: Bình Định, Hà Tĩnh, Lâm Đồng"),
        ("Lâm Đồng", "Khối doanh nghiệp", "2024", "Đảng ủy Khối các cơ quan tỉnh (khoi-co-quan)"),
        (None, None, "2024-Q1", "nhiều nơi"),
        ("Lâm Đồng", None, "kỳ sau", "Không hiểu kỳ báo cáo «kỳ sau»"),
    ],
)
def test_errors_say_what_the_store_holds(
    open_bot: OpenBot, province: str | None, body: str | None, period: str, message: str
) -> None:
    with pytest.raises(BriefError, match=re.escape(message)):
        _brief(open_bot, province, body, period)
