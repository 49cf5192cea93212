"""A committee named with its place ("Quận ủy Vị Hoàng") is matched on the place too: another
quận's report of the same province answers nothing, and a note says the named one is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from vectorstore.filters import committee_match, place_key, same_place
from vectorstore.notes import MISSING
from vectorstore.query import named_committees, parse_question

REPORTS = {
    "vi-hoang-6t-2024.txt": (
        "TỈNH ỦY NAM ĐỊNH\nQUẬN ỦY VỊ HOÀNG\nSố 112-BC/QU\n      ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "      Vị Hoàng, ngày 20 tháng 6 năm 2024\n\nBÁO CÁO\nSơ kết công tác 6 tháng đầu năm 2024\n\n"
        "Thu ngân sách nhà nước trên địa bàn quận 6 tháng đầu năm 2024 ước đạt 842 tỷ đồng, "
        "bằng 51,6% dự toán giao. Kết nạp 37 đảng viên mới."
    ),
    "loc-ha-6t-2024.txt": (
        "TỈNH ỦY NAM ĐỊNH\nQUẬN ỦY LỘC HẠ\nSố 58-BC/QU\n      ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "      Lộc Hạ, ngày 21 tháng 6 năm 2024\n\nBÁO CÁO\nSơ kết công tác 6 tháng đầu năm 2024\n\n"
        "Sáu tháng đầu năm 2024, quận hoàn thành cải tạo 3 tuyến phố và kết nạp 19 đảng viên mới."
    ),
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("places")
    for name, text in REPORTS.items():
        (root / name).write_text(text, encoding="utf-8")
    with Assistant.open(data_dir=root / "data", embedder="hashing") as assistant:
        assistant.ingest([root / name for name in REPORTS])
        yield assistant


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Quận ủy Vị Hoàng (Nam Định) 6 tháng đầu năm 2024 thu ngân sách bao nhiêu?",
            [("quan-uy", "Vị Hoàng")],
        ),
        ("Huyện ủy huyện Mỹ Lộc năm 2024 kết nạp bao nhiêu đảng viên?", [("huyen-uy", "Mỹ Lộc")]),
        ("quan uy Q. Vi Hoang nam 2024", [("quan-uy", "Vi Hoang")]),
        ("Đảng ủy xã Nam Phong quý III/2024", [("dang-uy-xa", "Nam Phong")]),
        ("Huyện ủy Vũ Thư Q1 năm 2024 kiểm tra bao nhiêu đảng viên?", [("huyen-uy", "Vũ Thư")]),  # a code
        ("Huyện ủy Vũ Thư Quý I/2024", [("huyen-uy", "Vũ Thư")]),  # a period after the name
        ("Quận ủy Quận 5 năm 2024", [("quan-uy", "5")]),
        ("Thành ủy Hà Tĩnh năm 2024", []),  # the place is a province
        ("Đảng ủy Khối các cơ quan tỉnh Thái Bình năm 2024", []),  # a Khối's "tỉnh X" is a province
    ],
)
def test_committees_named_with_their_place(question: str, expected: list[tuple[str, str]]) -> None:
    assert named_committees(question) == expected
    assert parse_question(question).committees == expected


def test_a_place_is_compared_without_accents_nor_its_kind() -> None:
    assert place_key("Vị Hoàng") == place_key("quận Vi Hoang") == place_key("Q. Vị Hoàng") == ("vi", "hoang")
    assert place_key("Q.Vị Hoàng") == ("vi", "hoang")
    assert same_place("Vị Hoàng", "Vị Hoàng Q1") and not same_place("Vị Hoàng", "Lộc Hạ")
    assert not same_place("5", "15") and not same_place("", "Lộc Hạ")
    doc = {"body": "Quận ủy Lộc Hạ", "body_key": "quan-uy"}
    assert committee_match(("quan-uy", "Vị Hoàng"), doc) == 0.0
    assert committee_match(("quan-uy", "Lộc Hạ"), doc) == 1.0
    assert committee_match(("huyen-uy", "Lộc Hạ"), doc) == 1.0  # another kind: left to the body rule


def test_a_named_committee_without_a_report_is_said_missing(bot: Assistant) -> None:
    result = bot.retriever.retrieve(
        "Quận ủy Trực Ninh (Nam Định) 6 tháng đầu năm 2024 thu ngân sách bao nhiêu?", 5
    )
    assert f"{MISSING}Quận ủy Trực Ninh." in result.notes


@pytest.mark.parametrize(
    "question",
    [
        "Quận ủy Lộc Hạ 6 tháng đầu năm 2024 thu ngân sách nhà nước trên địa bàn bao nhiêu?",
        "quan uy quan Loc Ha 6 thang dau nam 2024 thu ngan sach bao nhieu",
    ],
)
def test_only_the_named_committee_reports_are_searched(bot: Assistant, question: str) -> None:
    result = bot.retriever.retrieve(question, 5)
    assert result.hits
    assert {Path(h.source).name for h in result.hits} == {"loc-ha-6t-2024.txt"}
    assert not any(n.startswith(MISSING) for n in result.notes)


def test_a_report_of_the_kind_whose_place_is_unknown_is_not_said_missing(tmp_path: Path) -> None:
    report = tmp_path / "quan-uy-6t-2024.txt"
    report.write_text(
        "Quận ủy sơ kết công tác 6 tháng đầu năm 2024\n\n"
        "Sáu tháng đầu năm 2024, quận kết nạp 21 đảng viên mới.",
        encoding="utf-8",
    )
    with Assistant.open(data_dir=tmp_path / "data", embedder="hashing") as assistant:
        assistant.ingest([report])
        assert [d["body_key"] for d in assistant.documents()] == ["quan-uy"]
        result = assistant.retriever.retrieve(
            "Quận ủy Vị Hoàng 6 tháng đầu năm 2024 kết nạp bao nhiêu đảng viên?", 5
        )
    assert result.hits
    assert not any(n.startswith(MISSING) for n in result.notes)


def test_a_committee_compared_with_another_body_is_not_said_missing(tmp_path: Path) -> None:
    reports = {
        "vi-hoang.txt": REPORTS["vi-hoang-6t-2024.txt"],
        "khoi.txt": (
            "ĐẢNG BỘ TỈNH NAM ĐỊNH\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nSố 77-BC/ĐUK\n"
            "      ĐẢNG CỘNG SẢN VIỆT NAM\n      Nam Định, ngày 24 tháng 6 năm 2024\n\nBÁO CÁO\n"
            "Sơ kết công tác 6 tháng đầu năm 2024\n\nSáu tháng đầu năm 2024, toàn Đảng bộ Khối kết nạp "
            "44 đảng viên mới."
        ),
    }
    for name, text in reports.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Assistant.open(data_dir=tmp_path / "data", embedder="hashing") as assistant:
        assistant.ingest([tmp_path / name for name in reports])
        result = assistant.retriever.retrieve(
            "6 tháng đầu năm 2024 ở Nam Định, Quận ủy Vị Hoàng và ĐUK các cơ quan tỉnh, "
            "bên nào kết nạp nhiều hơn?",
            5,
        )
    assert {Path(h.source).name for h in result.hits} == set(reports)
    assert not any(n.startswith(MISSING) for n in result.notes)
