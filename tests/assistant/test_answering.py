"""Assistant.ask and ask_stream on a real store, in quote mode and against a scripted LLM server."""

# ruff: noqa: E501  (the test reports keep their paragraphs on one line, as loaders produce them)

from __future__ import annotations

import json
import logging
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant import Assistant
from assistant.chain import refusal_text
from assistant.config import Settings
from assistant.quote import NOTICE
from assistant.results import Answer
from tests.assistant.conftest import TEST_KEY
from tests.support import Hang, Reply, ScriptedOpenAIServer, Status, refused_port

SettingsFactory = Callable[..., Settings]

# Three fictional reports written for these tests (not copied from anywhere).
QUANG_TRI_Q1 = """ĐẢNG BỘ TỈNH QUẢNG TRỊ
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số 88-BC/ĐUK

ĐẢNG CỘNG SẢN VIỆT NAM
Đông Hà, ngày 28 tháng 3 năm 2023

BÁO CÁO
Kết quả công tác xây dựng Đảng quý I và nhiệm vụ trọng tâm quý II năm 2023

Quý I/2023, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị báo cáo kết quả công tác xây dựng Đảng như sau.

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I

Hiện Đảng bộ Khối có 84 tổ chức cơ sở đảng với 4.215 đảng viên.

Trong quý I, toàn Đảng bộ kết nạp 37 đảng viên mới, đạt 19,5% kế hoạch năm; xét công nhận đảng viên chính thức cho 31 đồng chí.

Cấp ủy, Ủy ban Kiểm tra các cấp đã kiểm tra 12 tổ chức đảng và giám sát 17 đảng viên; thi hành kỷ luật 2 đảng viên bằng hình thức khiển trách.

II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2023

Ban Thường vụ Đảng ủy Khối đề ra các nhiệm vụ trọng tâm quý II/2023:
- Tổ chức học tập Nghị quyết Hội nghị Trung ương 7 khóa XIII cho toàn thể đảng viên;
- Phấn đấu kết nạp ít nhất 45 đảng viên trong quý II;
- Chuẩn bị sơ kết giữa nhiệm kỳ tại các tổ chức cơ sở đảng.

Nơi nhận:
- Thường trực Tỉnh ủy,
- Lưu Văn phòng Đảng ủy Khối.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
Hoàng Minh Tâm
"""

QUANG_TRI_H1 = """ĐẢNG BỘ TỈNH QUẢNG TRỊ
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số 131-BC/ĐUK

Đông Hà, ngày 26 tháng 6 năm 2023

# BÁO CÁO

**Sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023**

## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

6 tháng đầu năm 2023, toàn Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp 82 đảng viên mới, đạt 43,2% kế hoạch năm.

Bảng 1. Kết quả công tác đảng viên 6 tháng đầu năm 2023

| Nội dung | Quý I/2023 | Quý II/2023 | Cộng 6 tháng |
|---|---|---|---|
| Kết nạp đảng viên mới | 37 | 45 | 82 |
| Chuyển đảng chính thức | 31 | 40 | 71 |

## II. HẠN CHẾ

- Một số chi bộ sinh hoạt chưa đều đặn.
"""

PHU_YEN_Q1 = """ĐẢNG BỘ TỈNH PHÚ YÊN
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số 64-BC/ĐUK

Tuy Hòa, ngày 30 tháng 3 năm 2023

BÁO CÁO
Kết quả công tác xây dựng Đảng quý I năm 2023

Quý I/2023, Đảng ủy Khối các cơ quan tỉnh Phú Yên tập trung lãnh đạo công tác phát triển đảng viên.

Trong quý I, toàn Đảng bộ kết nạp 29 đảng viên mới, đạt 16,1% kế hoạch năm.

Đảng bộ Khối hiện có 61 tổ chức cơ sở đảng với 3.108 đảng viên.
"""

Q1 = "Quý I/2023 Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?"
GOOD = "Quý I/2023, Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp 37 đảng viên mới [1]."


def write_reports(folder: Path) -> Path:
    """The three test reports as files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "quang-tri-q1.txt").write_text(QUANG_TRI_Q1, "utf-8")
    (folder / "quang-tri-h1.md").write_text(QUANG_TRI_H1, "utf-8")
    (folder / "phu-yen-q1.txt").write_text(PHU_YEN_Q1, "utf-8")
    return folder


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with the three reports ingested (hashing embedder, no LLM)."""
    root = tmp_path_factory.mktemp("answering")
    data = root / "data"
    with Assistant.open(settings=Settings(data_dir=data, embedder="hashing")) as bot:
        report = bot.ingest([write_reports(root / "reports")])
        assert report.added == 3
    return data


@pytest.fixture
def quote_bot(store: Path) -> Iterator[Assistant]:
    with Assistant.open(settings=Settings(data_dir=store, embedder="hashing")) as bot:
        yield bot


@pytest.fixture
def llm_bot(store: Path, llm_settings: SettingsFactory) -> Iterator[Callable[..., Assistant]]:
    opened: list[Assistant] = []

    def open_bot(**overrides: Any) -> Assistant:
        bot = Assistant.open(settings=llm_settings(data_dir=store, embedder="hashing", **overrides))
        opened.append(bot)
        return bot

    yield open_bot
    for bot in opened:
        bot.close()


# -- quote mode -----------------------------------------------------------------------------
def test_quote_mode_answers_a_how_many_question_with_the_exact_figure(quote_bot: Assistant) -> None:
    answer = quote_bot.ask(Q1)
    assert answer.mode == "quote" and not answer.refused
    assert answer.text.startswith(NOTICE)
    assert "37 đảng viên mới" in answer.text
    first = answer.citations[0]
    assert first.source.endswith("quang-tri-q1.txt") and first.date == "2023-03-28"
    assert "37 đảng viên mới" in first.passage and first.passage in first.chunk_text
    assert "[1]" in answer.text
    assert {"retrieve", "quote", "total"} <= set(answer.timings)
    assert answer.question == Q1 and answer.standalone_question == Q1


def test_this_year_is_the_year_of_the_latest_report_held(quote_bot: Assistant) -> None:
    # The reports are of 2023 and the clock is later: "năm nay" is the reports' latest year.
    answer = quote_bot.ask(
        "Quý 1 năm nay Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?"
    )
    assert not answer.refused
    assert "37 đảng viên mới" in answer.text
    assert any("«năm nay»" in n and "2023" in n for n in answer.notices)


def test_quote_mode_answers_a_quarter_from_the_half_year_table(quote_bot: Assistant) -> None:
    answer = quote_bot.ask(
        "Riêng quý II/2023, Đảng ủy Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?"
    )
    assert not answer.refused
    assert "| Kết nạp đảng viên mới | 37 | 45 | 82 |" in answer.text
    assert "Quý II/2023" in answer.citations[0].passage
    assert answer.citations[0].source.endswith("quang-tri-h1.md")


def test_a_calendar_date_is_an_event_not_a_monthly_figure_to_refuse(quote_bot: Assistant) -> None:
    # "28/3/2023" points into the Q1 report; it does not ask for a March-only figure.
    answer = quote_bot.ask(
        "Theo báo cáo ngày 28/3/2023, Đảng ủy Khối các cơ quan tỉnh Quảng Trị kỷ luật bao nhiêu đảng viên?"
    )
    assert not answer.refused, answer.text
    assert "thi hành kỷ luật 2 đảng viên" in answer.text
    assert answer.citations[0].source.endswith("quang-tri-q1.txt")


def test_quote_mode_lists_the_tasks(quote_bot: Assistant) -> None:
    answer = quote_bot.ask(
        "Nêu các nhiệm vụ trọng tâm quý II/2023 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị."
    )
    for item in ("Trung ương 7 khóa XIII", "ít nhất 45 đảng viên", "giữa nhiệm kỳ"):
        assert item in answer.text


def test_quote_mode_finds_who_signed(quote_bot: Assistant) -> None:
    answer = quote_bot.ask("Ai ký báo cáo quý I/2023 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị?")
    assert "Hoàng Minh Tâm" in answer.text


def test_comparison_gives_both_sides_each_with_its_report(
    quote_bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "assistant.comparisons", None)  # the facts module is optional
    question = (
        "So sánh số đảng viên kết nạp quý I/2023 của Đảng bộ Khối các cơ quan tỉnh Quảng Trị và Phú Yên."
    )
    answer = quote_bot.ask(question)
    assert "37" in answer.text and "29" in answer.text
    sources = {Path(c.source).name for c in answer.citations}
    assert sources == {"quang-tri-q1.txt", "phu-yen-q1.txt"}


def test_a_period_no_report_covers_is_refused_with_what_exists(quote_bot: Assistant) -> None:
    answer = quote_bot.ask(
        "Quý III/2023 Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?"
    )
    assert answer.refused and not answer.citations
    assert answer.text.startswith(refusal_text())
    assert "Quảng Trị: 6 tháng đầu năm 2023, quý I/2023" in answer.text


def test_a_subject_the_reports_do_not_mention_is_refused(quote_bot: Assistant) -> None:
    answer = quote_bot.ask(
        "Quý I/2023 Đảng ủy Khối các cơ quan tỉnh Phú Yên thi hành kỷ luật bao nhiêu đảng viên?"
    )
    assert answer.refused


def test_follow_up_is_condensed_by_rule_without_a_model(quote_bot: Assistant) -> None:
    history = [("user", Q1), ("assistant", "Quý I/2023 kết nạp 37 đảng viên mới [1].")]
    answer = quote_bot.ask("còn quý II thì sao?", history=history)
    assert (
        answer.standalone_question
        == "Quý II/2023 Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?"
    )
    assert "45" in answer.text and not answer.refused


def test_filters_narrow_the_documents(quote_bot: Assistant) -> None:
    answer = quote_bot.ask("Quý I/2023 kết nạp bao nhiêu đảng viên?", filters={"province": "Phú Yên"})
    assert "29 đảng viên" in answer.text
    assert all(Path(c.source).name == "phu-yen-q1.txt" for c in answer.citations)


def test_quote_mode_streams_pieces_then_the_answer(quote_bot: Assistant) -> None:
    items = list(quote_bot.ask_stream(Q1))
    assert isinstance(items[-1], Answer)
    deltas = items[:-1]
    assert len(deltas) >= 2 and all(isinstance(d, str) for d in deltas)
    assert "".join(d for d in deltas if isinstance(d, str)) == items[-1].text


def test_comparisons_from_facts_are_used_when_they_answer(
    quote_bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def answer_from_facts(question: str, intent: Any, bot: Any) -> Answer | None:
        calls.append(question)
        return Answer(text="Từ bảng số liệu [1].", mode="quote") if "so sánh" in question.lower() else None

    module = types.ModuleType("assistant.comparisons")
    module.answer_from_facts = answer_from_facts  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "assistant.comparisons", module)
    assert quote_bot.ask("So sánh quý I/2023 của Quảng Trị và Phú Yên").text == "Từ bảng số liệu [1]."
    assert "37" in quote_bot.ask(Q1).text
    assert len(calls) == 2


def test_a_failing_facts_module_does_not_break_answering(
    quote_bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = types.ModuleType("assistant.comparisons")

    def broken(*args: Any) -> None:
        raise RuntimeError("boom")

    module.answer_from_facts = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "assistant.comparisons", module)
    assert "37" in quote_bot.ask(Q1).text


# -- LLM mode -------------------------------------------------------------------------------
def test_llm_good_answer_is_kept_with_its_source(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    openai_server.script(Reply(GOOD))
    answer = llm_bot().ask(Q1)
    assert answer.mode == "llm" and not answer.refused
    assert answer.text == GOOD and answer.notices == []
    assert Path(answer.citations[0].source).name == "quang-tri-q1.txt"
    assert "37" in answer.citations[0].passage
    request = openai_server.chat_requests[0]
    assert "37 đảng viên mới" in request.text_of("user")  # the evidence chunk was sent
    assert request.header("Authorization") == f"Bearer {TEST_KEY}"
    assert {"retrieve", "llm", "total"} <= set(answer.timings)


def test_llm_citation_of_a_missing_source_is_removed(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    openai_server.script(Reply(GOOD.replace("[1]", "[1][9]")))
    answer = llm_bot().ask(Q1)
    assert "[9]" not in answer.text and "[1]" in answer.text
    assert any("[9]" in n for n in answer.notices)


def test_llm_sentence_with_a_wrong_number_is_dropped(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    openai_server.script(Reply(GOOD + " Toàn Đảng bộ có 9.999 đảng viên [1]."))
    answer = llm_bot().ask(Q1)
    assert answer.mode == "llm"
    assert "9.999" not in answer.text and "37" in answer.text
    assert any("9.999" in n for n in answer.notices)


def test_llm_answer_with_only_wrong_numbers_falls_back_to_quotes(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    openai_server.script(Reply("Quý I/2023 kết nạp 73 đảng viên [1]."))
    answer = llm_bot().ask(Q1)
    assert answer.mode == "quote" and "37 đảng viên mới" in answer.text
    assert any("73" in n for n in answer.notices)


def test_llm_429_then_success(openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]) -> None:
    openai_server.script(Status(429, retry_after=0), Reply(GOOD))
    answer = llm_bot().ask(Q1)
    assert answer.mode == "llm" and answer.text == GOOD
    assert len(openai_server.chat_requests) == 2


def _assert_quote_fallback(answer: Answer) -> None:
    assert answer.mode == "quote" and not answer.refused
    assert answer.text.startswith(NOTICE) and "37 đảng viên mới" in answer.text
    assert any(n.startswith("Không dùng được mô hình ngôn ngữ") for n in answer.notices)
    assert TEST_KEY not in json.dumps(answer.to_dict(), ensure_ascii=False)


def test_llm_500_falls_back_to_quote_mode_with_a_notice(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    openai_server.script(Status(500), Status(500))
    answer = llm_bot(llm_max_retries=1).ask(Q1)
    _assert_quote_fallback(answer)
    assert any("HTTP 500" in n for n in answer.notices)
    assert len(openai_server.chat_requests) == 2


def test_llm_slower_than_the_timeout_falls_back(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    openai_server.script(Hang(5.0, then=Reply(GOOD)))
    answer = llm_bot(llm_timeout=0.5, llm_max_retries=0).ask(Q1)
    _assert_quote_fallback(answer)
    assert any("quá thời gian chờ" in n for n in answer.notices)
    assert answer.timings["total"] < 4


def test_llm_connection_refused_falls_back(llm_bot: Callable[..., Assistant]) -> None:
    bot = llm_bot(llm_base_url=f"http://127.0.0.1:{refused_port()}/v1", llm_max_retries=0)
    _assert_quote_fallback(bot.ask(Q1))


def test_the_api_key_never_reaches_answers_notices_or_logs(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    openai_server.script(Status(401, message=f"invalid key {TEST_KEY}"), Reply(GOOD))
    bot = llm_bot(llm_max_retries=0)
    failed, good = bot.ask(Q1), bot.ask(Q1)
    assert failed.mode == "quote" and good.mode == "llm"
    for answer in (failed, good):
        assert TEST_KEY not in json.dumps(answer.to_dict(), ensure_ascii=False)
    assert caplog.records and TEST_KEY not in caplog.text


def test_llm_follow_up_is_condensed_with_the_history(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    condensed = "Quý II/2023 Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?"
    openai_server.script(Reply(condensed), Reply("Quý II/2023 kết nạp 45 đảng viên [1]."))
    history = [("user", Q1), ("assistant", "Quý I/2023 kết nạp 37 đảng viên mới [1].")]
    answer = llm_bot().ask("còn quý II thì sao?", history=history)
    condense_request = openai_server.chat_requests[0]
    assert Q1 in condense_request.text_of("user") and "còn quý II thì sao?" in condense_request.text_of(
        "user"
    )
    assert answer.standalone_question == condensed
    assert answer.mode == "llm" and "45" in answer.text
    assert condensed in openai_server.chat_requests[1].text_of("user")


def test_llm_down_during_condensing_answers_by_rule_without_a_second_wait(
    llm_bot: Callable[..., Assistant],
) -> None:
    bot = llm_bot(llm_base_url=f"http://127.0.0.1:{refused_port()}/v1", llm_max_retries=0)
    history = [("user", Q1)]
    answer = bot.ask("còn quý II thì sao?", history=history)
    assert answer.mode == "quote" and "45" in answer.text
    assert "quý ii/2023" in answer.standalone_question.lower()
    assert len([n for n in answer.notices if n.startswith("Không dùng được")]) == 1


def test_llm_refusal_by_coverage_does_not_call_the_model(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    answer = llm_bot().ask(
        "Quý III/2023 Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp bao nhiêu đảng viên?"
    )
    assert answer.refused and answer.mode == "llm"
    assert openai_server.chat_requests == []


def test_llm_stream_yields_deltas_then_the_verified_answer(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    chunks = ["Quý I/2023, ", "Đảng bộ Khối các cơ quan tỉnh Quảng Trị ", "kết nạp 37 đảng viên mới [1]."]
    openai_server.script(Reply(GOOD, chunks=chunks))
    items = list(llm_bot().ask_stream(Q1))
    assert [i for i in items if isinstance(i, str)] == chunks
    assert isinstance(items[-1], Answer) and items[-1].mode == "llm" and items[-1].text == GOOD
    assert openai_server.chat_requests[0].stream


def test_llm_stream_falls_back_to_quotes_when_the_server_fails(
    openai_server: ScriptedOpenAIServer, llm_bot: Callable[..., Assistant]
) -> None:
    openai_server.script(Status(500))
    items = list(llm_bot(llm_max_retries=0).ask_stream(Q1))
    final = items[-1]
    assert isinstance(final, Answer) and final.mode == "quote"
    assert "".join(i for i in items if isinstance(i, str)) == final.text
    assert any(n.startswith("Không dùng được mô hình ngôn ngữ") for n in final.notices)


# -- follow-up rule -------------------------------------------------------------------------
PREVIOUS = "Quý I/2023 Đảng bộ Khối các cơ quan tỉnh Bình Định kết nạp bao nhiêu đảng viên?"


@pytest.mark.parametrize(
    ("follow_up", "standalone"),
    [
        (
            "còn quý II thì sao?",
            "Quý II/2023 Đảng bộ Khối các cơ quan tỉnh Bình Định kết nạp bao nhiêu đảng viên?",
        ),
        (
            "so với năm trước?",
            "Quý I/2023 và quý I/2022 Đảng bộ Khối các cơ quan tỉnh Bình Định kết nạp bao nhiêu đảng viên?",
        ),
        (
            "còn Phú Yên thì sao?",
            "Quý I/2023 Đảng bộ Khối các cơ quan tỉnh Phú Yên kết nạp bao nhiêu đảng viên?",
        ),
        (
            "còn Khối Doanh nghiệp?",
            "Quý I/2023 Đảng ủy Khối Doanh nghiệp tỉnh Bình Định kết nạp bao nhiêu đảng viên?",
        ),
        (
            "còn chuyển đảng chính thức?",
            "chuyển đảng chính thức bao nhiêu (quý I/2023, Đảng bộ Khối các cơ quan tỉnh Bình Định)?",
        ),
        (
            "Năm 2022 Tỉnh ủy Nghệ An có bao nhiêu đảng viên?",
            "Năm 2022 Tỉnh ủy Nghệ An có bao nhiêu đảng viên?",
        ),
    ],
)
def test_follow_up_rule(follow_up: str, standalone: str) -> None:
    from assistant.followup import condense

    history = [
        {"role": "user", "content": PREVIOUS},
        {"role": "assistant", "content": "Kết nạp 37 đảng viên [1]."},
    ]
    assert condense(follow_up, history) == standalone
    assert condense(follow_up, None) == follow_up
