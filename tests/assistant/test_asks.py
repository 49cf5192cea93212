"""What kind of answer a question wants, with and without diacritics."""

from __future__ import annotations

import pytest

from assistant.asks import asks_of
from assistant.question import analyze
from ingest.text import fold

CASES = [
    ("Hội nghị sơ kết 6 tháng đầu năm 2024 diễn ra ngày nào?", {"date"}, {"number", "issued"}),
    ("Khối các cơ quan Kon Tum sơ kết quý I ngày mấy?", {"date"}, {"number"}),
    ("Hội nghị tổng kết tổ chức vào hôm nào?", {"date"}, {"number"}),
    ("Đại hội chi bộ tổ chức khi nào?", {"date"}, set()),
    ("Hội nghị diễn ra vào tháng mấy?", {"date"}, {"number"}),
    ("6 tháng đầu năm kết nạp mấy đảng viên?", {"number"}, {"date"}),
    ("Báo cáo quý I/2024 của Đảng ủy Khối ban hành ngày nào?", {"date", "issued"}, {"number"}),
    ("Báo cáo số 52-BC/ĐUK được ký ngày nào?", {"date", "issued", "sign"}, set()),
    ("Báo cáo tổng kết năm 2023 gửi tới những nơi nào?", {"recipients"}, {"compare"}),
    (
        "Ban Thường vụ gửi báo cáo tổng kết năm 2023 (số 97-BC/ĐUK) đến các cơ quan nào?",
        {"recipients"},
        set(),
    ),
    ("Nơi nhận của báo cáo quý I gồm những đơn vị nào?", {"recipients"}, set()),
    ("Tỉnh nào kết nạp nhiều hơn, nơi nào cao hơn?", {"compare", "number"}, {"recipients"}),
    ("Ai ký báo cáo quý I/2024?", {"sign", "person"}, {"date"}),
    ("Tóm tắt báo cáo năm 2023", {"summary"}, set()),
]


@pytest.mark.parametrize(("question", "wanted", "unwanted"), CASES)
def test_kinds_of_answer_with_diacritics(question: str, wanted: set[str], unwanted: set[str]) -> None:
    asks = asks_of(question)
    assert wanted <= asks and not unwanted & asks


@pytest.mark.parametrize(("question", "wanted", "unwanted"), CASES)
def test_kinds_of_answer_without_diacritics(question: str, wanted: set[str], unwanted: set[str]) -> None:
    asks = asks_of(fold(question))
    # "ký" typed as "ky" is a signature only after "ai" (it may be "kỳ").
    wanted = wanted - {"sign", "issued"} if "ai" not in fold(question).lower().split() else wanted
    assert wanted <= asks and not unwanted & asks


def test_question_view_carries_the_kinds() -> None:
    assert analyze("khoi cac co quan kon tum so ket 6 thang dau nam 2024 ngay may").asks >= {"date"}
    assert "number" not in analyze("khoi cac co quan kon tum so ket 6 thang dau nam 2024 ngay may").asks
