"""Sentence phrasings: counts after a merger ("còn"), periods carried in a clause, "từ đầu năm",
business figures, learning counts, thresholds and the items of the next period's tasks."""

# ruff: noqa: E501  (the test sentences are kept on one line, as loaders produce them)

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.facts.context import DocContext
from assistant.facts.sentences import SentenceReader
from ingest.period_model import Period
from tests.assistant.facts.conftest import Extract, table

Q3 = DocContext(
    "d",
    "Hà Giang",
    "khoi-co-quan",
    "Đảng ủy Khối các cơ quan tỉnh",
    "",
    [Period(2025, "9M"), Period(2025, "Q3")],
)


def _read(sentence: str, doc: DocContext = Q3) -> set[tuple[str, str, str, str]]:
    return {(f.metric, f.measure, f.period, f.value) for f in SentenceReader(doc).facts(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sau khi sắp xếp các đơn vị sự nghiệp, Đảng bộ Khối còn 69 tổ chức cơ sở đảng với 3.902 đảng viên.",
        "Sau hợp nhất, Đảng bộ Khối hiện còn 69 TCCS đảng, 3.902 đảng viên.",
        "Toàn Đảng bộ có 69 tổ chức cơ sở đảng, 3.902 đảng viên.",
        "Đảng bộ Khối hiện có 3.902 đảng viên sinh hoạt tại 69 tổ chức cơ sở đảng.",
        "Đảng bộ gồm 69 TCCS đảng với tổng số 3.902 đảng viên.",
        "Đến cuối quý III, Đảng bộ Khối có tổng số 3.902 đảng viên, sinh hoạt ở 69 tổ chức cơ sở đảng.",
        "Tổng số đảng viên toàn Đảng bộ là 3.902 đồng chí, sinh hoạt tại 69 TCCS.",
    ],
)
def test_counts_of_organisations_and_members(sentence: str) -> None:
    assert _read(sentence) == {
        ("to_chuc_co_so_dang", "value", "2025-Q3", "69"),
        ("tong_dang_vien", "value", "2025-Q3", "3.902"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Sau sắp xếp, đến ngày 20/9/2025 Đảng bộ Khối còn 69 tổ chức cơ sở đảng (giảm 5 so với đầu năm) với 3.902 đảng viên.",
        "Đảng bộ Khối còn 69 tổ chức cơ sở đảng, giảm 5 tổ chức so với đầu năm, với 3.902 đảng viên.",
    ],
)
def test_a_count_after_an_aside_on_a_change_keeps_the_cue_before_it(sentence: str) -> None:
    # "còn" governs the count right after it; the members' count after the aside shares it.
    assert _read(sentence) == {
        ("to_chuc_co_so_dang", "value", "2025-Q3", "69"),
        ("tong_dang_vien", "value", "2025-Q3", "3.902"),
    }


def test_a_count_left_after_a_change_is_a_count() -> None:
    assert _read("Số tổ chức cơ sở đảng giảm còn 69.") == {("to_chuc_co_so_dang", "value", "2025-Q3", "69")}
    assert _read("Đến nay còn 48 đảng viên.") == {("tong_dang_vien", "value", "2025-Q3", "48")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Vẫn còn 4 tổ chức cơ sở đảng chưa kết nạp được đảng viên.",
        "Còn 3 đảng viên chưa được chuyển chính thức.",
        "Trong quý có thêm 3 chi bộ cơ sở ra đời ở các doanh nghiệp tư nhân.",
        "Phấn đấu kết nạp 30 đảng viên còn lại để hoàn thành chỉ tiêu năm.",
        "Vận động thành lập tổ chức đảng ở doanh nghiệp có từ 3 đảng viên chính thức trở lên.",
        "Ủy ban Kiểm tra trao quà cho 30 đảng viên có hoàn cảnh khó khăn sau đợt kiểm tra cuối năm của Ban Thường vụ Đảng ủy Khối.",
    ],
)
def test_not_counts(sentence: str) -> None:
    assert _read(sentence) == set()


def test_a_period_named_in_a_clause_dates_the_numbers_after_it() -> None:
    assert _read(
        "Trong quý III đã kiểm tra 14 cuộc; lũy kế 9 tháng là 52 cuộc kiểm tra, 40 cuộc giám sát."
    ) == {
        ("cuoc_kiem_tra", "value", "2025-Q3", "14"),
        ("cuoc_kiem_tra", "value", "2025-9M", "52"),
        ("cuoc_giam_sat", "value", "2025-9M", "40"),
    }


def test_an_aside_period_does_not_date_what_follows_it() -> None:
    doc = DocContext("d", "Hà Giang", "khoi-co-quan", "", "", [Period(2025, "H1")])
    got = _read(
        "Sáu tháng đầu năm, toàn Đảng bộ kết nạp 80 đảng viên, riêng quý II kết nạp 47 đảng viên, xét công nhận đảng viên chính thức cho 70 đồng chí.",
        doc,
    )
    assert got == {
        ("ket_nap", "value", "2025-H1", "80"),
        ("ket_nap", "value", "2025-Q2", "47"),
        ("chuyen_chinh_thuc", "value", "2025-H1", "70"),
    }


@pytest.mark.parametrize(
    ("periods", "to_date"),
    [
        ([Period(2025, "9M"), Period(2025, "Q3")], "2025-9M"),
        ([Period(2025, "Q2")], "2025-H1"),
        ([Period(2025, "Q4")], "2025"),
        ([Period(2025, "Q1")], "2025-Q1"),
    ],
)
def test_since_the_start_of_the_year_is_the_period_to_date(periods: list[Period], to_date: str) -> None:
    doc = DocContext("d", "Hà Giang", "khoi-co-quan", "", "", periods)
    primary = doc.primary
    assert primary is not None
    got = _read(
        "Từ đầu năm đến nay, toàn Đảng bộ đã thi hành kỷ luật 3 đảng viên, trong quý không có đảng viên bị kỷ luật.",
        doc,
    )
    assert got == {("ky_luat", "value", to_date, "3")}  # "không có" after a comma negates nothing before it


def test_learning_counts_with_long_resolution_names() -> None:
    got = _read(
        "Các cấp ủy tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII cho 3.712 cán bộ, đảng viên, đạt 94,0%."
    )
    assert got == {
        ("hoc_tap_nghi_quyet", "value", "2025-Q3", "3.712"),
        ("hoc_tap_nghi_quyet", "rate", "2025-Q3", "94,0%"),
    }
    fact = next(
        f
        for f in SentenceReader(Q3).facts(
            "Tổ chức quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị cho 1.210 cán bộ, đảng viên."
        )
    )
    assert fact.display() == "1.210 cán bộ, đảng viên"


def test_business_figures_with_their_share_of_the_plan() -> None:
    got = _read(
        "Các doanh nghiệp trong Khối đạt doanh thu 2.540 tỷ đồng, bằng 74,2% kế hoạch năm; lợi nhuận trước thuế 186 tỷ đồng; nộp ngân sách nhà nước 215,6 tỷ đồng."
    )
    assert got == {
        ("doanh_thu", "value", "2025-Q3", "2.540 tỷ đồng"),
        ("doanh_thu", "pct_plan", "2025-Q3", "74,2%"),
        ("loi_nhuan", "value", "2025-Q3", "186 tỷ đồng"),
        ("nop_ngan_sach", "value", "2025-Q3", "215,6 tỷ đồng"),
    }
    facts = SentenceReader(Q3).facts(
        "Lũy kế 9 tháng, thu ngân sách trên địa bàn ước đạt 412,7 tỷ đồng, bằng 68% dự toán."
    )
    assert [(f.metric, f.measure, f.period, f.number) for f in facts] == [
        ("thu_ngan_sach", "value", "2025-9M", Decimal("412700000000")),
        ("thu_ngan_sach", "pct_plan", "2025-9M", Decimal(68)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Doanh thu tăng 120 tỷ đồng so với cùng kỳ.",
        "Phấn đấu năm 2025 doanh thu đạt 3.500 tỷ đồng.",
        "Kế hoạch doanh thu năm 2025 là 3.500 tỷ đồng.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 1.250 tỷ đồng.",
        "Thu nhập bình quân của người lao động 9,1 triệu đồng/người/tháng.",
        "Lợi nhuận sau thuế đạt 140 tỷ đồng.",
    ],
)
def test_not_business_figures(sentence: str) -> None:
    assert _read(sentence) == set()


def test_welfare_help_named_by_its_total(extract: Extract) -> None:
    text = (
        "Đảng ủy Khối các cơ quan tỉnh Hà Giang báo cáo kết quả công tác quý IV năm 2025\n\n"
        "Các cơ quan trong Khối chung tay hỗ trợ 4 xã vùng cao với tổng số tiền 1,26 tỷ đồng."
    )
    assert table(extract(text)) == {("an_sinh", "value", "2025-Q4", "1,26 tỷ đồng")}


def test_figures_in_the_items_of_the_next_period_tasks_are_not_results(extract: Extract) -> None:
    text = (
        "Đảng ủy Khối các cơ quan tỉnh Hà Giang giao ban quý III/2025\n\n"
        "Quý III, toàn Đảng bộ kết nạp 21 đảng viên.\n\n"
        "Kết luận hội nghị, đồng chí Bí thư đề nghị các cấp ủy tập trung thực hiện nhiệm vụ quý IV/2025:\n\n"
        "- Kết nạp 40 đảng viên mới, xét công nhận đảng viên chính thức cho 35 đồng chí;\n\n"
        "- Tổ chức 12 cuộc kiểm tra chuyên đề."
    )
    facts = extract(text)
    assert table(facts) == {("ket_nap", "value", "2025-Q3", "21")}
    tasks = [f.value for f in facts if f.metric == "nhiem_vu"]
    assert tasks == [
        "Kết nạp 40 đảng viên mới, xét công nhận đảng viên chính thức cho 35 đồng chí",
        "Tổ chức 12 cuộc kiểm tra chuyên đề",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Đại hội bầu Ban Chấp hành Đảng bộ Khối gồm 31 đồng chí; Ban Chấp hành bầu Ban Thường vụ gồm 9 đồng chí.",
        "Ban Chấp hành Đảng bộ Khối nhiệm kỳ mới có 29 đồng chí, Ủy ban Kiểm tra gồm 5 đồng chí.",
        "Đoàn đại biểu dự Đại hội Đảng bộ tỉnh gồm 18 đồng chí.",
    ],
)
def test_the_members_of_a_committee_are_not_the_party_total(sentence: str) -> None:
    assert not {f for f in _read(sentence) if f[0] == "tong_dang_vien"}


def test_the_party_total_beside_a_committee_election() -> None:
    found = _read(
        "Đại hội bầu Ban Chấp hành gồm 31 đồng chí. Đến ngày 20/9/2025, Đảng bộ Khối có 52 tổ chức cơ sở "
        "đảng với tổng số 4.207 đảng viên."
    )
    assert {f for f in found if f[0] == "tong_dang_vien"} == {("tong_dang_vien", "value", "2025-Q3", "4.207")}
