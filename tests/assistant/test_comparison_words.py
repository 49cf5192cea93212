"""A figure that a report gives both in a table row and in a sentence is quoted in the sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant import Assistant
from assistant.comparisons import answer_from_facts
from assistant.config import Settings

REPORTS = {
    "thai-binh-q1-2025.md": (
        "**ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH THÁI BÌNH**\n\n"
        "Số 17-BC/ĐUK · ngày 27 tháng 3 năm 2025\n\n"
        "# Báo cáo công tác xây dựng Đảng quý I năm 2025\n\n"
        "## 1. Phát triển đảng viên\n\n"
        "| Chỉ tiêu | Quý I/2025 | Cùng kỳ năm 2024 | Kế hoạch năm 2025 |\n"
        "|---|---|---|---|\n"
        "| Kết nạp đảng viên mới | 31 | 27 | 210 |\n"
        "| Thu đảng phí (triệu đồng) | 305 | 290 | 1.240 |\n\n"
        "Quý I/2025 kết nạp 31 đảng viên mới, đạt 14,8% kế hoạch năm và tăng 4 đảng viên so với cùng kỳ.\n"
    ),
    "ha-tinh-q1-2025.txt": (
        "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh báo cáo kết quả công tác quý I năm 2025\n\n"
        "Trong quý I, toàn Đảng bộ kết nạp 22 đảng viên mới, đạt 11% kế hoạch năm.\n"
    ),
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("words")
    for name, text in REPORTS.items():
        (root / name).write_text(text, encoding="utf-8")
    settings = Settings.load({"data_dir": root / "data", "embedder": "hashing"}, environ={})
    with Assistant.open(settings=settings) as opened:
        opened.ingest([root / name for name in REPORTS])
        yield opened


def test_a_figure_of_a_table_row_is_quoted_from_the_sentence_stating_it(bot: Assistant) -> None:
    q = "So sánh số đảng viên mới kết nạp quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Thái Bình và Hà Tĩnh"
    answer = answer_from_facts(q, None, bot)
    assert answer is not None
    side = next(line for line in answer.text.splitlines() if line.startswith("- Thái Bình"))
    assert "31 đảng viên" in side
    assert "“Quý I/2025 kết nạp 31 đảng viên mới, đạt 14,8% kế hoạch năm" in side
    n = int(side.split("[")[1].split("]")[0])
    passage = answer.citations[n - 1].passage
    assert "kết nạp 31 đảng viên mới" in passage and " | " not in passage
