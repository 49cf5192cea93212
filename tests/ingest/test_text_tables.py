"""Plain-text tables in TXT and Markdown files (ingest.text_tables and the text loaders)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.loaders import load_document
from ingest.model import LoadedDocument
from ingest.text_tables import find_tables, is_table_rule, table_rows
from tests.ingest.builders import write_encoded

ROWS = [
    ["Chỉ tiêu", "Năm 2022", "Năm 2023"],
    ["Kết nạp đảng viên", "141", "156"],
    ["Tổ chức đảng được kiểm tra", "27", "31"],
]
RENDERED = (
    "| Chỉ tiêu | Năm 2022 | Năm 2023 |\n"
    "| Kết nạp đảng viên | 141 | 156 |\n"
    "| Tổ chức đảng được kiểm tra | 27 | 31 |"
)
INTRO = "Kết quả công tác đảng viên hai năm gần đây của Đảng bộ Khối được tổng hợp như sau."


def _pad(rows: list[list[str]]) -> list[list[str]]:
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    return [[cell.ljust(width) for cell, width in zip(row, widths, strict=True)] for row in rows]


def _bare_pipes(rows: list[list[str]]) -> list[str]:
    return [" | ".join(row) for row in _pad(rows)]


def _outer_pipes(rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(row) + " |" for row in _pad(rows)]


def _grid(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [rule]
    for row in _outer_pipes(rows):
        lines += [row, rule]
    return lines


SHAPES = {
    "dashes around bare pipes": lambda r: [
        "-" * 50,
        _bare_pipes(r)[0],
        "-" * 50,
        *_bare_pipes(r)[1:],
        "-" * 50,
    ],
    "pipe rules": lambda r: [_outer_pipes(r)[0], "|" + "-" * 40 + "|", *_outer_pipes(r)[1:]],
    "grid": _grid,
    "markdown without outer pipes": lambda r: [_bare_pipes(r)[0], "---|---|---", *_bare_pipes(r)[1:]],
    "equals rules": lambda r: ["=" * 48, _outer_pipes(r)[0], "=" * 48, *_outer_pipes(r)[1:], "=" * 48],
    "space aligned": lambda r: [
        "  ".join(_pad(r)[0]),
        "-" * 48,
        *("   ".join(row) for row in _pad(r)[1:]),
        "-" * 48,
    ],
}


def _load(path: Path) -> LoadedDocument:
    return load_document(path)


def test_every_plain_text_shape_becomes_one_table_with_its_header_first(tmp_path: Path) -> None:
    for name, shape in SHAPES.items():
        for suffix in (".txt", ".md"):
            text = "\n".join([INTRO, "", *shape(ROWS), "", "Các chỉ tiêu đều tăng so với năm trước."])
            document = _load(write_encoded(tmp_path / f"t{suffix}", text, "utf-8"))
            tables = [b for b in document.blocks if b.kind == "table"]
            assert [t.text for t in tables] == [RENDERED], (name, suffix, document.blocks)
            assert "---" not in document.text and "+-" not in document.text and "===" not in document.text


def test_a_caption_line_right_above_the_rules_stays_a_paragraph(tmp_path: Path) -> None:
    text = "\n".join(["Bảng 2: Kết quả công tác đảng viên", *SHAPES["dashes around bare pipes"](ROWS)])
    document = _load(write_encoded(tmp_path / "c.txt", text, "utf-8"))
    assert [b.kind for b in document.blocks] == ["paragraph", "table"]
    assert document.blocks[0].text == "Bảng 2: Kết quả công tác đảng viên"


def test_grid_rows_over_several_lines_are_joined_cell_by_cell() -> None:
    lines = [
        "+--------------------+-------+",
        "| Nội dung           | Số    |",
        "+--------------------+-------+",
        "| Đảng viên được     | 212   |",
        "| tặng Huy hiệu Đảng |       |",
        "+--------------------+-------+",
        "| Kết nạp mới        | 48    |",
        "+--------------------+-------+",
    ]
    assert table_rows(lines) == [
        ["Nội dung", "Số"],
        ["Đảng viên được tặng Huy hiệu Đảng", "212"],
        ["Kết nạp mới", "48"],
    ]


def test_menus_share_bars_and_prose_are_not_tables(tmp_path: Path) -> None:
    lines = [
        "Trang chủ | Thời sự | Xây dựng Đảng",
        "Chia sẻ: Facebook | Zalo | In bài",
        "",
        "-" * 30,
        "Các chi bộ đã họp.  Sau đó thảo luận.",
        "Đảng ủy Khối chỉ đạo.  Các cấp ủy thực hiện.",
        "-" * 30,
    ]
    assert find_tables(lines) == []
    assert not any(is_table_rule(line) for line in ("- Kết nạp 5 đảng viên", "--", "* * *"))


_CELL = st.text(alphabet="abcdeghiklmnopqrstuvxyđáàảãạâấầêếôốơớưứ", min_size=1, max_size=12)
_NUMBER = st.integers(min_value=0, max_value=99999).map(str)


@settings(max_examples=60, deadline=None)
@given(
    header=st.lists(_CELL, min_size=2, max_size=5, unique=True),
    body=st.lists(st.lists(_NUMBER, min_size=5, max_size=5), min_size=1, max_size=6),
    shape=st.sampled_from(sorted(SHAPES)),
)
def test_every_shape_reads_back_its_cells(header: list[str], body: list[list[str]], shape: str) -> None:
    rows = [[c.capitalize() for c in header], *[["Dòng " + row[0], *row[1 : len(header)]] for row in body]]
    ((_, found),) = find_tables(SHAPES[shape](rows))
    assert found == rows
