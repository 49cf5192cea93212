"""A committee named with its place is answered only from its own reports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant import Assistant
from assistant.config import Settings

NINH_KIEU = """THÀNH ỦY CẦN THƠ
QUẬN ỦY NINH KIỀU
Số 208-BC/QU
ĐẢNG CỘNG SẢN VIỆT NAM
Ninh Kiều, ngày 21 tháng 6 năm 2024

BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2024

1. Thu ngân sách nhà nước trên địa bàn quận 6 tháng đầu năm 2024 đạt 1.732 tỷ đồng, bằng 51,6% dự toán.

2. Toàn Đảng bộ quận kết nạp 86 đảng viên mới, đạt 47,8% kế hoạch năm.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("committees")
    (root / "reports").mkdir()
    (root / "reports" / "quan-uy-ninh-kieu-6-thang-2024.txt").write_text(NINH_KIEU, "utf-8")
    with Assistant.open(settings=Settings(data_dir=root / "data", embedder="hashing")) as opened:
        assert opened.ingest([root / "reports"]).added == 1
        yield opened


def test_the_named_committee_is_answered_from_its_report(bot: Assistant) -> None:
    answer = bot.ask("6 tháng đầu năm 2024 Quận ủy Ninh Kiều thu ngân sách được bao nhiêu?")
    assert not answer.refused and "1.732 tỷ đồng" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "6 tháng đầu năm 2024 Quận ủy Cái Răng thu ngân sách được bao nhiêu?",
        "Quan uy Cai Rang 6 thang dau nam 2024 ket nap bao nhieu dang vien?",
    ],
)
def test_another_committee_of_the_same_kind_is_refused_not_answered_with_its_neighbour(
    bot: Assistant, question: str
) -> None:
    answer = bot.ask(question)
    assert answer.refused
    assert "1.732" not in answer.text and "86 đảng viên" not in answer.text
    assert "Cái Răng" in answer.text or "cai rang" in answer.text.lower()
