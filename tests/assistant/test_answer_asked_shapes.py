"""What the answer must look like: a place for "ở đơn vị nào", a report's forward section for
"những chỉ tiêu gì cho năm sau", and a summary covering every section that names its head."""

# ruff: noqa: E501  (report paragraphs stay on one line, as loaders produce them)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.asks import asks_of
from assistant.evidence import score_units
from assistant.question import analyze
from assistant.quote import quote_answer, select
from assistant.refusal import DEFAULT_THRESHOLD, check_evidence
from assistant.units import Unit, units_of
from vectorstore.hits import Hit
from vectorstore.query import parse_question

TB_H1 = {
    "title": "Báo cáo sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026",
    "date": "2026-06-20",
    "periods": ["2026-H1"],
    "mentioned_periods": ["2026-H1"],
    "province": "Thái Bình",
    "body": "Đảng ủy Khối Doanh nghiệp tỉnh",
    "body_key": "khoi-doanh-nghiep",
    "doc_id": "tb-h1",
}
HT_YEAR = {
    **TB_H1,
    "title": "Báo cáo kết quả năm 2025, phương hướng năm 2026",
    "date": "2025-12-15",
    "periods": ["2025"],
    "mentioned_periods": ["2025", "2026"],
    "province": "Hà Tĩnh",
    "body": "Thành ủy Hà Tĩnh",
    "body_key": "thanh-uy",
    "doc_id": "ht-2025",
}
ND_KT = {
    **TB_H1,
    "title": "Báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng 6 tháng đầu năm 2026",
    "province": "Nam Định",
    "body": "Ủy ban Kiểm tra Tỉnh ủy",
    "body_key": "",
    "doc_id": "nd-kt",
}


def _hit(text: str, meta: Mapping[str, Any], chunk: str, section: str = "") -> Hit:
    return Hit(
        text=text,
        score=1.0,
        source=f"/r/{meta['doc_id']}.txt",
        chunk_id=chunk,
        metadata={**meta, "section": section},
    )


def _units(question: str, hits: list[Hit]) -> tuple[Any, list[Unit]]:
    view = analyze(question, parse_question(question))
    units = [u for rank, hit in enumerate(hits) for u in units_of(hit, rank)]
    score_units(units, view)
    return view, units


def test_which_unit_asks_for_a_place() -> None:
    assert "place" in asks_of("Đại hội điểm tổ chức ở đơn vị nào?")
    assert "place" in asks_of("Hội nghị diễn ra ở đâu?")
    assert "place" not in asks_of("Ở đầu năm 2026 kết nạp bao nhiêu đảng viên?")


def test_the_unit_naming_the_place_answers_which_unit() -> None:
    text = "- Hoàn thành đại hội các tổ chức cơ sở đảng trước ngày 30/7/2026. Ban Thường vụ chỉ đạo đại hội điểm tại Đảng bộ Công ty Cổ phần Xi măng Sông Trà (ngày 14/5/2026). Thu đảng phí 1.020 triệu đồng."
    question = "Đại hội điểm của Đảng ủy Khối Doanh nghiệp Thái Bình năm 2026 tổ chức ở đơn vị nào?"
    view, units = _units(question, [_hit(text, TB_H1, "tb-h1:0001")])
    assert "Xi măng Sông Trà" in quote_answer(question, select(units, view)).text.split("\n")[3]


def test_targets_for_next_year_come_from_the_forward_section() -> None:
    done = "1. Tăng trưởng kinh tế ước đạt 8,1%, vượt chỉ tiêu Nghị quyết (7,5%).\n2. Thu ngân sách ước 2.415 tỷ đồng, đạt 108% dự toán."
    ahead = "1. Phấn đấu tăng trưởng kinh tế 8,8%; thu ngân sách đạt 2.600 tỷ đồng.\n2. Kết nạp 260 đảng viên mới."
    hits = [
        _hit(done, HT_YEAR, "ht-2025:0001", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"),
        _hit(ahead, HT_YEAR, "ht-2025:0002", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    ]
    question = "Thanh uy Ha Tinh dat ra nhung chi tieu gi cho nam 2026?"
    view, units = _units(question, hits)
    assert not check_evidence(view, units, DEFAULT_THRESHOLD).refuse
    text = quote_answer(question, select(units, view)).text
    assert "2.600" in text and "8,8%" in text
    assert "2.415" not in text


def test_a_summary_covers_every_section_naming_its_head_and_states_totals() -> None:
    hits = [
        _hit(
            "Cấp ủy các cấp kiểm tra 120 tổ chức đảng và 305 đảng viên; giám sát 160 tổ chức đảng.",
            ND_KT,
            "nd-kt:0001",
            "I. KẾT QUẢ > 1. Kiểm tra, giám sát của cấp ủy",
        ),
        _hit(
            "- Kiểm tra khi có dấu hiệu vi phạm 9 tổ chức đảng và 21 đảng viên.\n- Kiểm tra tài chính đảng tại 15 tổ chức đảng, thu hồi 1,2 tỷ đồng.\n- Giải quyết 7 đơn tố cáo đối với đảng viên.",
            ND_KT,
            "nd-kt:0002",
            "I. KẾT QUẢ > 2. Kiểm tra, giám sát của ủy ban kiểm tra",
        ),
        _hit(
            "Thi hành kỷ luật 2 tổ chức đảng và 33 đảng viên:\n\n| Hình thức | Số đảng viên |\n| Khiển trách | 20 |\n| Khai trừ | 4 |",
            ND_KT,
            "nd-kt:0003",
            "I. KẾT QUẢ > 3. Thi hành kỷ luật",
        ),
    ]
    question = "Tóm tắt kết quả công tác kiểm tra, giám sát 6 tháng đầu năm 2026 của Ủy ban Kiểm tra Tỉnh ủy Nam Định"
    view, units = _units(question, hits)
    text = quote_answer(question, select(units, view)).text
    assert "120 tổ chức đảng" in text
    assert "1,2 tỷ đồng" in text
    assert "33 đảng viên" in text
