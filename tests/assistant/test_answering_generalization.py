"""Assistant.ask in quote mode on three fictional reports written for these tests, unlike the
development corpus (other provinces, a DOCX with a year-on-year table, a list lead-in that
ends a paragraph), with questions typed as users type them: chatty, without diacritics, about
recipients, dates of issue, last year's column, two periods, a metric no report states."""

# ruff: noqa: E501  (report paragraphs stay on one line, as loaders produce them)

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant import Assistant
from assistant.config import Settings
from assistant.results import Answer
from tests.ingest.builders import DocxBullet, DocxHeading, write_docx

KT_Q1 = """ĐẢNG BỘ TỈNH KON TUM
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số 52-BC/ĐUK

ĐẢNG CỘNG SẢN VIỆT NAM
Kon Tum, ngày 27 tháng 3 năm 2024

BÁO CÁO
Kết quả công tác xây dựng Đảng quý I, nhiệm vụ trọng tâm quý II năm 2024

Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Kon Tum báo cáo kết quả công tác xây dựng Đảng quý I năm 2024 như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I

1. Công tác tổ chức, đảng viên

Đảng bộ Khối hiện có 58 tổ chức cơ sở đảng với 3.164 đảng viên. Trong quý I, toàn Đảng bộ kết nạp 23 đảng viên, đạt 16,4% kế hoạch năm (140 đảng viên); xét công nhận đảng viên chính thức cho 19 đồng chí.

2. Công tác kiểm tra, giám sát

Cấp ủy, Ủy ban Kiểm tra các cấp đã kiểm tra 9 tổ chức đảng và 21 đảng viên; thi hành kỷ luật 1 đảng viên bằng hình thức khiển trách.

3. Công tác dân vận

Cán bộ, đảng viên trong Khối đóng góp 412 triệu đồng ủng hộ Quỹ Vì người nghèo của tỉnh.

Bảng 1. Một số chỉ tiêu quý I năm 2024

| Chỉ tiêu | Quý I/2024 | Kế hoạch năm 2024 | Tỷ lệ (%) |
|---|---|---|---|
| Kết nạp đảng viên | 23 | 140 | 16,4 |
| Lượt đảng viên học tập nghị quyết | 2.870 | - | - |

II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024

Ban Thường vụ Đảng ủy Khối thống nhất chủ đề năm 2024 là "Năm nâng cao chất lượng sinh hoạt chi bộ". Trong quý II, tập trung các nhiệm vụ sau:
- Tổ chức học tập chuyên đề năm 2024 cho 100% chi bộ;
- Phấn đấu kết nạp ít nhất 40 đảng viên;
- Chuẩn bị sơ kết 6 tháng đầu năm 2024.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Ban Tổ chức Tỉnh ủy,
- Các tổ chức cơ sở đảng trực thuộc,
- Lưu Văn phòng Đảng ủy Khối.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
Trần Quang Hiếu
"""

KT_H1 = """ĐẢNG BỘ TỈNH KON TUM
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số 88-BC/ĐUK

Kon Tum, ngày 25 tháng 6 năm 2024

# BÁO CÁO

**Sơ kết công tác xây dựng Đảng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024**

## I. KẾT QUẢ

6 tháng đầu năm 2024, toàn Đảng bộ Khối các cơ quan tỉnh Kon Tum kết nạp 61 đảng viên, đạt 43,6% kế hoạch năm.

| Nội dung | Quý I | Quý II | 6 tháng |
|---|---|---|---|
| Kết nạp đảng viên | 23 | 38 | 61 |
| Kiểm tra tổ chức đảng | 9 | 7 | 16 |

## II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024

Các nhiệm vụ trọng tâm 6 tháng cuối năm 2024:

- Kết nạp 79 đảng viên để hoàn thành chỉ tiêu năm;
- Tổng kết công tác năm 2024 và đề xuất chủ đề năm 2025.
"""

YB_PARAGRAPHS = [
    "ĐẢNG BỘ TỈNH YÊN BÁI",
    "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH",
    "Số 97-BC/ĐUK",
    "Yên Bái, ngày 18 tháng 12 năm 2023",
    "BÁO CÁO",
    "Tổng kết công tác xây dựng Đảng năm 2023",
    "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái báo cáo kết quả công tác xây dựng Đảng năm 2023 như sau:",
    DocxHeading("I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
    "Đảng bộ Khối hiện có 46 tổ chức cơ sở đảng với 1.982 đảng viên. Năm 2023, toàn Đảng bộ kết nạp 81 đảng viên, đạt 101% kế hoạch; xét công nhận đảng viên chính thức cho 70 đồng chí.",
    "Năm 2023, các doanh nghiệp có tổ chức đảng trực thuộc nộp ngân sách nhà nước 655,0 tỷ đồng, vượt 2,3% kế hoạch.",
    "Phụ lục: Một số chỉ tiêu chủ yếu",
    "Cấp ủy, Ủy ban Kiểm tra các cấp đã kiểm tra 14 tổ chức đảng và 37 đảng viên. Trong năm, thi hành kỷ luật 2 đảng viên bằng hình thức khiển trách.",
    DocxHeading("II. HẠN CHẾ", 1),
    DocxBullet("Còn 6 tổ chức cơ sở đảng không kết nạp được đảng viên trong năm."),
    "Nơi nhận:",
    DocxBullet("Thường trực Tỉnh ủy (b/c),"),
    DocxBullet("Ban Dân vận Tỉnh ủy,"),
    DocxBullet("Lưu Văn phòng Đảng ủy Khối."),
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "(đã ký)",
    "Hà Thị Minh Nguyệt",
]
YB_TABLE = [
    ["Chỉ tiêu", "Thực hiện 2022", "Thực hiện 2023", "Kế hoạch 2024"],
    ["Nộp ngân sách nhà nước (tỷ đồng)", "612,4", "655,0", "680"],
    ["Kết nạp đảng viên mới", "74", "81", "85"],
]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("generalization")
    reports = root / "reports"
    reports.mkdir()
    (reports / "kon-tum-q1-2024.txt").write_text(KT_Q1, "utf-8")
    (reports / "kon-tum-6-thang-2024.md").write_text(KT_H1, "utf-8")
    write_docx(reports / "yen-bai-2023.docx", YB_PARAGRAPHS, tables={11: YB_TABLE})
    with Assistant.open(settings=Settings(data_dir=root / "data", embedder="hashing")) as opened:
        assert opened.ingest([reports]).added == 3
        yield opened


def _answered(answer: Answer, *wanted: str) -> None:
    assert not answer.refused, answer.text
    for text in wanted:
        assert text in answer.text, (text, answer.text)
    for citation in answer.citations:  # every quote is exact
        assert all(line in citation.chunk_text for line in citation.passage.split("\n"))


def test_a_chatty_question_is_answered_like_the_plain_one(bot: Assistant) -> None:
    plain = bot.ask("Quý I/2024 Đảng bộ Khối các cơ quan tỉnh Kon Tum có bao nhiêu đảng viên?")
    chatty = bot.ask(
        "Chào bạn, mình đang chuẩn bị tài liệu sinh hoạt chi bộ, cho mình hỏi là quý I/2024 Đảng bộ Khối các cơ quan tỉnh Kon Tum có bao nhiêu đảng viên vậy?"
    )
    _answered(plain, "3.164")
    _answered(chatty, "3.164")
    assert [c.passage for c in chatty.citations] == [c.passage for c in plain.citations]


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        (
            "Nhiệm vụ trọng tâm quý II/2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum gồm những gì?",
            ["40 đảng viên", "Chuẩn bị sơ kết"],
            ["79 đảng viên"],
        ),
        (
            "chu de nam 2024 cua dang uy khoi cac co quan tinh kon tum",
            ["Năm nâng cao chất lượng sinh hoạt chi bộ"],
            [],
        ),
        (
            "bao cao quy 1 2024 khoi cac co quan kon tum gui toi nhung noi nao",
            ["Ban Tổ chức Tỉnh ủy", "Lưu Văn phòng"],
            [],
        ),
        (
            "Báo cáo tổng kết năm 2023 của Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái gửi tới những nơi nào?",
            ["Ban Dân vận Tỉnh ủy"],
            [],
        ),
        (
            "Báo cáo quý I/2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum ban hành ngày nào?",
            ["ngày 27 tháng 3 năm 2024"],
            [],
        ),
        ("ai ky bao cao so 97-BC/DUK", ["Hà Thị Minh Nguyệt"], []),
        (
            "Năm 2022 các doanh nghiệp thuộc Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái nộp ngân sách bao nhiêu tỷ đồng?",
            ["612,4"],
            [],
        ),
        (
            "Đảng ủy Khối các cơ quan tỉnh Kon Tum kết nạp bao nhiêu đảng viên trong quý I và 6 tháng đầu năm 2024?",
            ["23", "61"],
            [],
        ),
    ],
)
def test_questions_users_type_are_answered_from_the_right_passage(
    bot: Assistant, question: str, wanted: list[str], unwanted: list[str]
) -> None:
    answer = bot.ask(question)
    _answered(answer, *wanted)
    assert not [text for text in unwanted if text in answer.text], answer.text


def test_a_summary_gives_key_results_of_the_report_each_cited(bot: Assistant) -> None:
    answer = bot.ask("Tóm tắt báo cáo quý I/2024 của Đảng ủy Khối các cơ quan tỉnh Kon Tum")
    _answered(answer, "3.164", "kỷ luật 1 đảng viên", "412 triệu đồng")
    assert "như sau:" not in answer.text and "ngày 27 tháng 3" not in answer.text
    assert len(answer.citations) >= 2


@pytest.mark.parametrize(
    ("question", "explained"),
    [
        ("Quý I/2024 Đảng ủy Khối các cơ quan tỉnh Kon Tum thu đảng phí được bao nhiêu?", "đảng phí"),
        (
            "6 thang dau nam 2024 khoi cac co quan kon tum co bao nhieu luot dang vien hoc tap nghi quyet",
            "quý I/2024",
        ),
        (
            "Năm 2024 các doanh nghiệp thuộc Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái nộp ngân sách bao nhiêu?",
            "năm 2023",
        ),
    ],
)
def test_what_the_reports_do_not_state_is_refused_with_an_explanation(
    bot: Assistant, question: str, explained: str
) -> None:
    answer = bot.ask(question)
    assert answer.refused, answer.text
    assert explained in answer.text
