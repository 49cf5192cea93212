"""Fact extraction from reports written here: every metric, periods, tables, units, decoys."""

# ruff: noqa: E501  (the test reports keep their paragraphs on one line, as loaders produce them)

from __future__ import annotations

from decimal import Decimal

from assistant.facts.context import DocContext
from assistant.facts.tables import table_facts
from tests.assistant.facts.conftest import Extract, table

QUARTER_NEWS = """Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết công tác quý III/2023

Ngày 6/10/2023, Đảng ủy Khối các cơ quan tỉnh Phú Yên tổ chức hội nghị sơ kết công tác xây dựng Đảng quý III, triển khai nhiệm vụ quý IV/2023.

Hiện Đảng bộ Khối có 87 tổ chức cơ sở đảng (31 đảng bộ cơ sở, 56 chi bộ cơ sở) với 4.512 đảng viên.

Trong quý III, các cấp ủy tổ chức quán triệt Nghị quyết số 09-NQ/TW cho 4.120 lượt cán bộ, đảng viên, đạt 95,2%.

Quý III, toàn Đảng bộ kết nạp 33 đảng viên, lũy kế 9 tháng kết nạp 102 đảng viên, đạt 72,9% kế hoạch năm (kế hoạch 140 đảng viên); xét công nhận đảng viên chính thức cho 27 đồng chí; thẩm định tiêu chuẩn chính trị 45 trường hợp. Nhân kỷ niệm 78 năm Cách mạng Tháng Tám, Đảng ủy Khối trao Huy hiệu Đảng cho 18 đảng viên, trong đó có 3 đồng chí nhận Huy hiệu 60 năm tuổi Đảng.

Cấp ủy, UBKT các cấp đã tiến hành 24 cuộc kiểm tra và 30 cuộc giám sát, với 14 tổ chức đảng và 39 đảng viên được kiểm tra; thi hành kỷ luật 2 đảng viên. Tính chung 9 tháng, toàn Đảng bộ thi hành kỷ luật 6 đảng viên.

Các cơ quan trong Khối đóng góp 1,15 tỷ đồng cho các hoạt động an sinh xã hội, trong đó hỗ trợ xây dựng 06 nhà tình thương, mỗi căn 50 triệu đồng.

Hội nghị chỉ ra một số hạn chế: còn 21 tổ chức cơ sở đảng chưa kết nạp được đảng viên; sinh hoạt chi bộ ở một số nơi còn đơn điệu.

Kết luận hội nghị, đồng chí Bí thư Đảng ủy Khối đề nghị các cấp ủy tập trung các nhiệm vụ trọng tâm quý IV/2023: phấn đấu kết nạp ít nhất 40 đảng viên; chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2023; tổng kết công tác xây dựng Đảng năm 2023.
"""

YEAR_REPORT = """ĐẢNG BỘ TỈNH PHÚ YÊN
ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH

Số 301-BC/ĐUK

Tuy Hòa, ngày 18 tháng 12 năm 2023

**BÁO CÁO**

**Tổng kết công tác xây dựng Đảng năm 2023, phương hướng, nhiệm vụ năm 2024**

Năm 2023, Đảng ủy Khối thực hiện chủ đề công tác năm 2023: "Đổi mới phương thức lãnh đạo của tổ chức đảng trong doanh nghiệp".

## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023

Tính đến ngày 30/11/2023, Đảng bộ Khối có 64 tổ chức cơ sở đảng, với tổng số 2.980 đảng viên.

Số đảng viên mới kết nạp trong năm là 96, đạt 106,7% kế hoạch; có 88 đảng viên dự bị được công nhận chính thức.

**Bảng 1. Kết quả một số chỉ tiêu năm 2023**

| Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm 2023 | Kế hoạch năm 2023 | Tỷ lệ (%) |
|---|---|---|---|---|---|---|---|
| Kết nạp đảng viên mới | 18 | 25 | 22 | 31 | 96 | 90 | 106,7 |
| Cuộc kiểm tra | 12 | 15 | 14 | 17 | 58 | 55 | 105,5 |
| Đảng viên bị kỷ luật | 1 | 0 | 2 | 1 | 4 | - | - |

**Bảng 2. Đảng viên theo loại hình doanh nghiệp**

| Loại hình | Số đảng viên | Kết nạp năm 2023 |
|---|---|---|
| Doanh nghiệp nhà nước | 1.240 | 35 |
| Doanh nghiệp ngoài nhà nước | 1.740 | 61 |
| Tổng cộng | 2.980 | 96 |

## II. HẠN CHẾ, TỒN TẠI

- Phát triển đảng viên ở doanh nghiệp ngoài nhà nước còn chậm.
- Một số chi bộ chưa sinh hoạt đúng định kỳ.

## III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024

- Kết nạp ít nhất 95 đảng viên mới.
- Thực hiện chương trình kiểm tra, giám sát năm 2024.

Nơi nhận:
- Thường trực Tỉnh ủy,
- Lưu VP.
"""


def test_every_metric_of_a_quarter_report_with_cumulative_figures(extract: Extract) -> None:
    got = table(extract(QUARTER_NEWS))
    q3, nine = "2023-Q3", "2023-9M"
    expected = {
        ("to_chuc_co_so_dang", "value", q3, "87"),
        ("dang_bo_co_so", "value", q3, "31"),
        ("chi_bo_co_so", "value", q3, "56"),
        ("tong_dang_vien", "value", q3, "4.512"),
        ("hoc_tap_nghi_quyet", "value", q3, "4.120"),
        ("hoc_tap_nghi_quyet", "rate", q3, "95,2%"),
        ("ket_nap", "value", q3, "33"),
        ("ket_nap", "value", nine, "102"),
        ("ket_nap", "pct_plan", nine, "72,9%"),
        ("ket_nap", "plan", "2023", "140"),
        ("chuyen_chinh_thuc", "value", q3, "27"),
        ("tham_dinh_chinh_tri", "value", q3, "45"),
        ("huy_hieu_dang", "value", q3, "18"),
        ("cuoc_kiem_tra", "value", q3, "24"),
        ("cuoc_giam_sat", "value", q3, "30"),
        ("to_chuc_dang_kiem_tra", "value", q3, "14"),
        ("dang_vien_kiem_tra", "value", q3, "39"),
        ("ky_luat", "value", q3, "2"),
        ("ky_luat", "value", nine, "6"),
        ("an_sinh", "value", q3, "1,15 tỷ đồng"),
        ("nha_tinh_thuong", "value", q3, "06"),
    }
    assert got == expected, (got - expected, expected - got)


def test_numbers_and_units_are_read_the_vietnamese_way(extract: Extract) -> None:
    facts = {(f.metric, f.period): f for f in extract(QUARTER_NEWS) if f.measure == "value"}
    assert facts[("tong_dang_vien", "2023-Q3")].number == Decimal(4512)
    assert facts[("an_sinh", "2023-Q3")].number == Decimal("1150000000")
    assert facts[("an_sinh", "2023-Q3")].unit == "đồng"
    assert facts[("hoc_tap_nghi_quyet", "2023-Q3")].unit == "lượt"
    fact = facts[("ket_nap", "2023-9M")]
    assert "lũy kế 9 tháng kết nạp 102 đảng viên" in fact.quote
    assert fact.province == "Phú Yên" and fact.body_key == "khoi-co-quan"


def test_theme_tasks_and_limitations_of_a_news_article(extract: Extract) -> None:
    facts = extract(QUARTER_NEWS)
    tasks = [f for f in facts if f.metric == "nhiem_vu"]
    assert [t.period for t in tasks] == ["2023-Q4"] * 3
    assert tasks[0].value == "Phấn đấu kết nạp ít nhất 40 đảng viên"
    limits = [f.value for f in facts if f.metric == "han_che"]
    assert limits == [
        "Còn 21 tổ chức cơ sở đảng chưa kết nạp được đảng viên",
        "Sinh hoạt chi bộ ở một số nơi còn đơn điệu",
    ]


def test_tables_give_one_fact_per_cell_with_periods_plans_shares_and_parts(extract: Extract) -> None:
    facts = extract(YEAR_REPORT, "bao-cao-nam.md")
    got = table(facts)
    for quarter, kn, kt, kl in (("Q1", "18", "12", "1"), ("Q2", "25", "15", "0"), ("Q3", "22", "14", "2"),
                                ("Q4", "31", "17", "1")):  # fmt: skip
        assert ("ket_nap", "value", f"2023-{quarter}", kn) in got
        assert ("cuoc_kiem_tra", "value", f"2023-{quarter}", kt) in got
        assert ("ky_luat", "value", f"2023-{quarter}", kl) in got
    assert {("ket_nap", "plan", "2023", "90"), ("cuoc_kiem_tra", "plan", "2023", "55")} <= got
    assert ("cuoc_kiem_tra", "pct_plan", "2023", "105,5") in got
    assert {("cuoc_kiem_tra", "value", "2023", "58"), ("ky_luat", "value", "2023", "4")} <= got
    parts = {(f.metric, f.segment, f.value) for f in facts if f.segment}
    assert parts == {
        ("tong_dang_vien", "Doanh nghiệp nhà nước", "1.240"),
        ("ket_nap", "Doanh nghiệp nhà nước", "35"),
        ("tong_dang_vien", "Doanh nghiệp ngoài nhà nước", "1.740"),
        ("ket_nap", "Doanh nghiệp ngoài nhà nước", "61"),
    }
    # Text and table say the same: one fact each, the first place it is written.
    whole = [
        f for f in facts if (f.metric, f.measure, f.period, f.segment) == ("ket_nap", "value", "2023", "")
    ]
    assert len(whole) == 1 and not whole[0].quote.startswith("Bảng")


def test_sentence_forms_theme_and_sections_of_a_formal_report(extract: Extract) -> None:
    facts = extract(YEAR_REPORT, "bao-cao-nam.md")
    got = table(facts)
    assert {
        ("to_chuc_co_so_dang", "value", "2023", "64"),
        ("tong_dang_vien", "value", "2023", "2.980"),
        ("ket_nap", "value", "2023", "96"),  # "Số đảng viên mới kết nạp trong năm là 96"
        ("ket_nap", "pct_plan", "2023", "106,7%"),
        ("chuyen_chinh_thuc", "value", "2023", "88"),  # "88 đảng viên dự bị được công nhận chính thức"
    } <= got
    themes = [(f.period, f.value) for f in facts if f.metric == "chu_de_nam"]
    assert themes == [("2023", "Đổi mới phương thức lãnh đạo của tổ chức đảng trong doanh nghiệp")]
    assert [f.value for f in facts if f.metric == "nhiem_vu"] == [
        "Kết nạp ít nhất 95 đảng viên mới",
        "Thực hiện chương trình kiểm tra, giám sát năm 2024",
    ]
    assert {f.period for f in facts if f.metric == "nhiem_vu"} == {"2024"}
    assert len([f for f in facts if f.metric == "han_che"]) == 2
    assert not any(f.value == "95" for f in facts if f.number is not None)  # a target, not a fact


def test_numbers_that_are_not_facts(extract: Extract) -> None:
    text = (
        "Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết quý I/2024\n\n"
        "Thực hiện Nghị quyết số 09-NQ/TW và Kết luận số 21-KL/TW khóa XIII, nhân kỷ niệm 94 năm Ngày "
        "thành lập Đảng (3/2/1930 - 3/2/2024), Đảng ủy Khối tổ chức 2 hội nghị. Phấn đấu kết nạp 75 "
        "đảng viên trong quý II. Còn 12 tổ chức cơ sở đảng chưa kết nạp được đảng viên. Trong quý giảm "
        "2 tổ chức cơ sở đảng do sáp nhập. Mỗi căn nhà tình thương được hỗ trợ 60 triệu đồng. Doanh "
        "thu tăng 236 tỷ đồng so với cùng kỳ; thu nhập bình quân 8,6 triệu đồng/người/tháng. Phấn đấu "
        "năm 2024 doanh thu đạt 5.000 tỷ đồng. Cùng kỳ, Đảng ủy Khối Doanh nghiệp tỉnh "
        "kết nạp 19 đảng viên. Đảng ủy Khối thành lập mới 01 chi bộ cơ sở."
    )
    assert table(extract(text)) == set()


def test_a_part_of_another_period_is_a_fact_but_a_part_of_a_figure_is_not(extract: Extract) -> None:
    text = (
        "Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết 6 tháng đầu năm 2024\n\n"
        "Sáu tháng đầu năm 2024, toàn Đảng bộ kết nạp 80 đảng viên, riêng quý II kết nạp 47 đảng viên, "
        "trong đó 12 đảng viên là đoàn viên thanh niên."
    )
    got = table(extract(text))
    assert got == {("ket_nap", "value", "2024-H1", "80"), ("ket_nap", "value", "2024-Q2", "47")}


def test_numbers_written_as_words_and_approximate_amounts(extract: Extract) -> None:
    text = (
        "Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết quý I/2024\n\n"
        "Trong quý, một đảng viên bị kỷ luật khiển trách. Cán bộ, đảng viên ủng hộ hơn 1,3 tỷ đồng "
        "cho Quỹ Vì người nghèo."
    )
    facts = {f.metric: f for f in extract(text) if f.number is not None}
    assert facts["ky_luat"].value == "một" and facts["ky_luat"].number == 1
    assert facts["an_sinh"].value == "hơn 1,3 tỷ đồng" and facts["an_sinh"].number == Decimal("1.3E9")


def test_a_pdf_table_with_its_header_flattened_into_a_line() -> None:
    doc = DocContext("d", "Phú Yên", "khoi-co-quan", "", "", [])
    text = (
        "Chỉ tiêu Năm 2022 Năm 2023 Tăng (+), giảm (-)\n\n"
        "| Tổng số đảng viên | 2.901 | 2.980 | +79 |\n| Kết nạp đảng viên mới | 90 | 96 | +6 |"
    )
    got = {(f.metric, f.period, f.value) for f in table_facts(text, "", doc)}
    assert got == {
        ("tong_dang_vien", "2022", "2.901"),
        ("tong_dang_vien", "2023", "2.980"),
        ("ket_nap", "2022", "90"),
        ("ket_nap", "2023", "96"),
    }


def test_facts_have_deterministic_chunk_ids_and_ordinals(extract: Extract) -> None:
    first = extract(QUARTER_NEWS)
    second = extract(QUARTER_NEWS)
    assert [(f.chunk_id, f.ordinal, f.metric, f.value) for f in first] == [
        (f.chunk_id, f.ordinal, f.metric, f.value) for f in second
    ]
    keys = [(f.chunk_id, f.ordinal) for f in first]
    assert len(keys) == len(set(keys))


def test_the_sentences_around_a_table_in_one_chunk_are_read_too(extract: Extract) -> None:
    text = (
        "# BÁO CÁO kết quả công tác đảng 9 tháng năm 2025 của Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh\n\n"
        "## 2. Công tác tổ chức, đảng viên\n\n"
        "Tính đến 30/9/2025, Đảng bộ Khối có 3.318 đảng viên, sinh hoạt tại 97 chi bộ.\n\n"
        "| Chỉ tiêu | Riêng quý III | Lũy kế 9 tháng |\n|---|---|---|\n"
        "| Kết nạp đảng viên mới | 23 | 71 |\n| Kỷ luật đảng viên | 1 | 4 |\n"
    )
    facts = extract(text, "bao-cao-9-thang.md")
    assert ("tong_dang_vien", "value", "2025-9M", "3.318") in table(facts)
    assert ("ket_nap", "value", "2025-9M", "71") in table(facts)
