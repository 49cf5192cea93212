"""Chat logic without a server: streaming, errors, history, filters, the sources panel."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.config import Secret, Settings
from assistant.errors import LLMError
from assistant.results import Answer, Citation
from assistant.ui.chat import chat_messages, copy_text, history_from, stream_answer
from assistant.ui.filters import build_filters, filter_choices, filter_summary
from assistant.ui.sources import EMPTY_PANEL, sources_panel
from assistant.ui.status import mode_html

CITATION = Citation(
    n=1,
    source="/data/lam-dong_2024-q1.md",
    title="Báo cáo quý I/2024",
    date="2024-04-05",
    passage="Quý I kết nạp 58 đảng viên.",
    chunk_text="Mở đầu. Quý I kết nạp 58 đảng viên. Kết thúc.",
    metadata={"province": "Lâm Đồng", "body": "Đảng ủy Khối các cơ quan tỉnh", "periods": ["2024-Q1"]},
)


class FakeBot:
    def __init__(self, items: list[Any] | None = None, error: BaseException | None = None) -> None:
        self.items = items or []
        self.error = error
        self.calls: list[dict[str, Any]] = []

    def ask_stream(self, question: str, history: Any = None, filters: Any = None) -> Iterator[Any]:
        self.calls.append({"question": question, "history": history, "filters": filters})
        yield from self.items
        if self.error:
            raise self.error


def test_stream_yields_growing_text_then_the_final_answer() -> None:
    final = Answer(text="Có 58 đảng viên [1].", citations=[CITATION], mode="llm")
    bot = FakeBot(["Có 58", " đảng viên", final])
    updates = list(stream_answer(bot, "Bao nhiêu?", [], {"province": "Lâm Đồng"}))
    assert updates[:2] == [("Có 58", None), ("Có 58 đảng viên", None)]
    text, answer = updates[-1]
    assert answer is not None and text == final.text and answer["citations"][0]["n"] == 1
    assert bot.calls[0]["filters"] == {"province": "Lâm Đồng"}


@pytest.mark.parametrize(
    ("error", "shown", "hidden"),
    [
        (LLMError("Máy chủ mô hình không phản hồi."), "Máy chủ mô hình không phản hồi.", None),
        (RuntimeError("secret internal path /root/x"), "nhật ký máy chủ", "/root/x"),
    ],
)
def test_errors_become_a_message_in_the_chat(error: BaseException, shown: str, hidden: str | None) -> None:
    text, answer = list(stream_answer(FakeBot(["Đang"], error=error), "Hỏi?", [], None))[-1]
    assert answer is not None and answer["refused"] and shown in text
    assert hidden is None or hidden not in text


def test_history_carries_plain_answers_of_finished_turns() -> None:
    turns: list[dict[str, Any]] = [
        {"question": "Câu 1?", "answer": Answer(text="Đáp <b>1</b> [1]").to_dict()},
        {"question": "Câu 2?", "answer": None},
    ]
    assert history_from(turns) == [
        {"role": "user", "content": "Câu 1?"},
        {"role": "assistant", "content": "Đáp <b>1</b> [1]"},
    ]


def test_messages_escape_questions_and_link_citations() -> None:
    turns = [
        {
            "question": "<img src=x onerror=alert(1)>?",
            "answer": Answer(text="58 [1]", citations=[CITATION]).to_dict(),
        }
    ]
    user, assistant = chat_messages(turns, pending=None)
    assert "<img" not in user["content"] and "&lt;img" in user["content"]
    assert 'href="#nguon-0-1"' in assistant["content"]
    pending = chat_messages([{"question": "Hỏi?", "answer": None}], pending="Có 5")
    assert "Đang trả lời" in pending[-1]["content"] and "Có 5" in pending[-1]["content"]


def test_sources_panel_has_a_card_per_citation_with_the_passage_marked() -> None:
    turns = [{"question": "Hỏi?", "answer": Answer(text="58 [1]", citations=[CITATION]).to_dict()}]
    panel = sources_panel(turns)
    assert 'id="nguon-0-1"' in panel
    assert "<mark>Quý I kết nạp 58 đảng viên.</mark>" in panel
    for shown in (
        "Lâm Đồng",
        "Đảng ủy Khối các cơ quan tỉnh",
        "quý I/2024",
        "05/04/2024",
        "lam-dong_2024-q1.md",
    ):
        assert shown in panel
    assert sources_panel([]) == EMPTY_PANEL


def test_copy_text_lists_the_sources() -> None:
    text = copy_text(Answer(text="Có 58 đảng viên [1].", citations=[CITATION]).to_dict())
    assert text.startswith("Có 58 đảng viên [1].")
    assert "[1] Báo cáo quý I/2024 (lam-dong_2024-q1.md, 2024-04-05)" in text


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (("", "", "", "", ""), None),
        (("Lâm Đồng", "khoi-co-quan", "", "", ""), {"province": "Lâm Đồng", "body_key": "khoi-co-quan"}),
        (("", "", "2024-Q1", "2024-Q1", ""), {"period": "2024-Q1"}),
        (
            ("", "", "2023", "2024-H1", "abc"),
            {"period_from": "2023", "period_to": "2024-H1", "doc_id": "abc"},
        ),
        (("", "", "", "2024", ""), {"period_to": "2024"}),
    ],
)
def test_build_filters(values: tuple[str, ...], expected: dict[str, str] | None) -> None:
    assert build_filters(*values) == expected


def test_filter_choices_come_from_the_documents() -> None:
    docs = [
        {
            "doc_id": "a",
            "source": "/x/a.md",
            "title": "A",
            "province": "Lâm Đồng",
            "body": "Đảng ủy Khối các cơ quan tỉnh",
            "body_key": "khoi-co-quan",
            "periods": ["2024-Q1", "2023"],
        },
        {
            "doc_id": "b",
            "source": "/x/b.md",
            "title": "B",
            "province": "Bình Định",
            "body": "Đảng ủy Khối Doanh nghiệp tỉnh",
            "body_key": "khoi-doanh-nghiep",
            "periods": ["2024-H1"],
        },
    ]
    choices = filter_choices(docs)
    assert choices["province"] == [("Tất cả", ""), ("Bình Định", "Bình Định"), ("Lâm Đồng", "Lâm Đồng")]
    assert [v for _, v in choices["period"]] == ["", "2023", "2024-H1", "2024-Q1"]
    assert ("Quý I/2024", "2024-Q1") in choices["period"]
    assert ("Đảng ủy Khối Doanh nghiệp tỉnh", "khoi-doanh-nghiep") in choices["body"]
    assert [v for _, v in choices["document"]] == ["", "a", "b"]


def test_filter_summary_names_the_chosen_filters() -> None:
    choices = {"province": [("Tất cả", ""), ("Lâm Đồng", "Lâm Đồng")], "period": [("Quý I/2024", "2024-Q1")]}
    summary = filter_summary(["Lâm Đồng", "", "2024-Q1", "", ""], choices)
    assert summary == "Bộ lọc — Tỉnh/thành: Lâm Đồng; Từ kỳ: Quý I/2024"
    assert filter_summary(["", "", "", "", ""], choices) == ""


@pytest.mark.parametrize("neural", [True, False])
def test_mode_line_names_the_model_never_the_key(neural: bool) -> None:
    settings = Settings(
        llm_model="qwen2.5-7b",
        llm_base_url="http://user:pa55word@gpu-box:8000",
        llm_api_key=Secret("sk-live-0123456789abcdef"),
    )
    bot = SimpleNamespace(embedder=SimpleNamespace(neural=neural))
    html = mode_html(bot, settings)
    assert "qwen2.5-7b @ gpu-box:8000" in html
    assert ("ngữ nghĩa" if neural else "từ vựng (BM25)") in html
    assert "sk-live" not in html and "pa55word" not in html
    assert "Chế độ trích dẫn" in mode_html(bot, Settings())
