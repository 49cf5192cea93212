"""Figures of a whole term ("cả nhiệm kỳ", "qua 5 năm") are not figures of the reported year."""

# ruff: noqa: E501  (the test sentences are kept on one line, as loaders produce them)

from __future__ import annotations

import pytest

from assistant.facts.context import DocContext
from assistant.facts.sentences import SentenceReader
from ingest.period_model import Period
from tests.assistant.facts.conftest import Extract, table

YEAR = DocContext("d", "Sơn La", "khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh", "", [Period(2023)])


def _read(*sentences: str) -> set[tuple[str, str, str, str]]:
    reader = SentenceReader(YEAR)
    return {(f.metric, f.measure, f.period, f.value) for s in sentences for f in reader.facts(s)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cả nhiệm kỳ, toàn Đảng bộ kết nạp 640 đảng viên, đạt 106,7% chỉ tiêu.",
        "Toàn Đảng bộ đã kết nạp 640 đảng viên trong cả nhiệm kỳ.",
        "Qua 5 năm thực hiện nghị quyết, các chi bộ kết nạp 640 đảng viên.",
        "Trong giai đoạn 2019 - 2023, Đảng bộ Khối kết nạp 640 đảng viên.",
    ],
)
def test_a_term_figure_is_not_dated_with_the_report(sentence: str) -> None:
    assert _read(sentence) == set()


def test_the_term_carries_to_the_next_sentence_without_a_period() -> None:
    found = _read(
        "Nhìn lại nhiệm kỳ, công tác phát triển đảng viên đạt kết quả tốt: cả nhiệm kỳ kết nạp 640 đảng viên.",
        "Ủy ban Kiểm tra các cấp đã kiểm tra 205 tổ chức đảng; thi hành kỷ luật 17 đảng viên.",
        "Năm 2023, toàn Đảng bộ kết nạp 131 đảng viên, đạt 104,8% kế hoạch.",
    )
    assert found == {("ket_nap", "value", "2023", "131"), ("ket_nap", "pct_plan", "2023", "104,8%")}


def test_a_year_named_in_the_clause_wins_over_the_term() -> None:
    found = _read("Riêng năm 2023 kết nạp 131 đảng viên, nâng tổng số kết nạp cả nhiệm kỳ lên 640 đảng viên.")
    assert ("ket_nap", "value", "2023", "131") in found
    assert all(value != "640" for *_, value in found)


def test_a_news_article_keeps_its_year_figures_apart_from_the_term(extract: Extract) -> None:
    text = (
        "Đảng bộ Khối Doanh nghiệp tỉnh Sơn La tổng kết nhiệm kỳ 2020 - 2025\n\n"
        "Ngày 20/1/2024, Đảng ủy Khối Doanh nghiệp tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        "Qua 5 năm thực hiện Nghị quyết Đại hội, Đảng bộ Khối hoàn thành 10/10 chỉ tiêu. Nổi bật: cả nhiệm kỳ "
        "kết nạp 640 đảng viên. Các cấp đã kiểm tra 205 tổ chức đảng; thi hành kỷ luật 17 đảng viên.\n\n"
        "Riêng năm 2023, toàn Đảng bộ kết nạp 131 đảng viên, đạt 104,8% kế hoạch; thi hành kỷ luật 3 đảng viên.\n"
    )
    rows = {
        (metric, value)
        for metric, measure, _, value in table(extract(text, "tin-son-la.txt"))
        if measure == "value"
    }
    assert ("ket_nap", "131") in rows and ("ky_luat", "3") in rows
    assert not rows & {("ket_nap", "640"), ("ky_luat", "17"), ("to_chuc_dang_kiem_tra", "205")}
