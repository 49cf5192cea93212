"""The "Hỏi đáp" tab: filters, streaming chat, sources panel, copy, feedback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.errors import BaocaoError
from assistant.ui.assets import COPY_JS
from assistant.ui.chat import (
    MAX_QUESTION_CHARS,
    Turn,
    answer_html,
    answer_payload,
    chat_messages,
    copy_text,
    stream_answer,
)
from assistant.ui.context import UIContext
from assistant.ui.filters import ALL, build_filters, filter_choices, filter_summary
from assistant.ui.sources import EMPTY_PANEL, sources_panel
from assistant.ui.status import mode_html

_STREAM_INTERVAL = 0.08  # seconds between chat updates while streaming


@dataclass
class FilterBoxes:
    province: gr.Dropdown
    body: gr.Dropdown
    period_from: gr.Dropdown
    period_to: gr.Dropdown
    document: gr.Dropdown

    def all(self) -> list[gr.Dropdown]:
        return [self.province, self.body, self.period_from, self.period_to, self.document]


def filter_boxes(ctx: UIContext) -> FilterBoxes:
    choices = filter_choices([])  # filled on page load (see app._wire_refresh)

    def box(label: str, key: str, elem_id: str) -> gr.Dropdown:
        # Choices change while the app runs (uploads): API calls may name values added since.
        return gr.Dropdown(
            choices=choices[key],
            value=ALL,
            label=label,
            elem_id=elem_id,
            min_width=180,
            allow_custom_value=True,
        )

    with gr.Accordion("Bộ lọc tìm kiếm", open=False, elem_id="filters"):
        with gr.Row():
            province = box("Tỉnh/thành", "province", "filter-province")
            body = box("Cơ quan ban hành", "body", "filter-body")
            document = box("Tài liệu", "document", "filter-document")
        with gr.Row():
            period_from = box("Từ kỳ", "period", "filter-period-from")
            period_to = box("Đến kỳ", "period", "filter-period-to")
    return FilterBoxes(province, body, period_from, period_to, document)


def respond(
    ctx: UIContext, message: str, turns: list[Turn], *filter_values: str
) -> Iterator[tuple[Any, ...]]:
    """Stream one answer into the chat; the final update adds its sources and copy text."""
    question = (message or "").strip()[:MAX_QUESTION_CHARS]
    if not question:
        yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return
    previous = list(turns or [])
    turn: Turn = {"question": question, "answer": None}
    turns = [*previous, turn]
    model = ctx.model_name
    yield chat_messages(turns, model, pending=""), turns, gr.skip(), gr.skip(), ""
    last = time.monotonic()
    filters = build_filters(*filter_values)
    notes = [filter_summary(filter_values, ctx.choices())] if filters else []
    for text, final in stream_answer(ctx.bot, question, previous, filters):
        if final is None:
            if time.monotonic() - last >= _STREAM_INTERVAL:
                last = time.monotonic()
                yield chat_messages(turns, model, pending=text), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            continue
        turn["answer"] = final
        turn["html"] = answer_html(final, len(turns) - 1, model, notes)
        yield chat_messages(turns, model), turns, sources_panel(turns), copy_text(final), gr.skip()


def new_conversation() -> tuple[Any, ...]:
    """Empty chat, state, sources, copy text, question; feedback note, rating and comment row."""
    return [], [], EMPTY_PANEL, "", "", "", {}, gr.Row(visible=False)


def build_chat_tab(ctx: UIContext) -> FilterBoxes:
    """Lay out the chat tab and wire its events; returns the filter dropdowns."""
    gr.HTML(mode_html(ctx.bot, ctx.settings), elem_id="mode-line")
    filters = filter_boxes(ctx)
    turns = gr.State([])
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=360):
            chatbot = gr.Chatbot(
                label="Trò chuyện",
                elem_id="chatbot",
                height=540,
                render_markdown=False,  # the content is HTML built and escaped by assistant.ui.render
                sanitize_html=True,
                buttons=[],
                feedback_options=("Like", "Dislike"),
                placeholder="Hỏi về các báo cáo đã nạp, ví dụ: “Quý I/2024 kết nạp bao nhiêu đảng viên?”",
            )
            with gr.Row():
                question = gr.Textbox(
                    show_label=False,
                    placeholder="Nhập câu hỏi rồi bấm Enter hoặc nút Gửi…",
                    lines=1,
                    max_lines=6,
                    max_length=MAX_QUESTION_CHARS,
                    scale=6,
                    elem_id="question",
                )
                send = gr.Button("Gửi", variant="primary", scale=1, min_width=80, elem_id="send")
            with gr.Row():
                new_chat = gr.Button("Cuộc trò chuyện mới", size="sm", elem_id="new-chat")
                copy = gr.Button("Sao chép câu trả lời", size="sm", elem_id="copy-answer")
            feedback_note = gr.Markdown("", elem_id="feedback-note")
            with gr.Row(visible=False) as comment_row:
                comment = gr.Textbox(label="Góp ý thêm (không bắt buộc)", scale=5, elem_id="feedback-comment")
                send_comment = gr.Button("Gửi góp ý", size="sm", scale=1, elem_id="feedback-send")
        with gr.Column(scale=2, min_width=300):
            gr.Markdown("### Nguồn trích dẫn")
            sources = gr.HTML(EMPTY_PANEL, label="Nguồn trích dẫn", elem_id="sources")
    copy_box = gr.Textbox(label="Văn bản để sao chép", visible="hidden", elem_id="copy-text")
    rated = gr.State({})

    def _respond(
        message: str,
        state: list[Turn],
        province: str,
        body_key: str,
        period_from: str,
        period_to: str,
        doc_id: str,
    ) -> Iterator[tuple[Any, ...]]:
        yield from respond(ctx, message, state, province, body_key, period_from, period_to, doc_id)

    inputs = [question, turns, *filters.all()]
    outputs = [chatbot, turns, sources, copy_box, question]
    send.click(_respond, inputs, outputs, api_name="chat", show_progress="minimal")
    question.submit(_respond, inputs, outputs, api_visibility="private", show_progress="minimal")
    reset = [chatbot, turns, sources, copy_box, question, feedback_note, rated, comment_row]
    new_chat.click(new_conversation, None, reset, api_visibility="private")
    chatbot.clear(new_conversation, None, reset, api_visibility="private")
    copy.click(None, [copy_box], None, js=COPY_JS, api_visibility="private")
    _wire_feedback(ctx, chatbot, turns, rated, feedback_note, comment_row, comment, send_comment)
    _register_apis(ctx)
    return filters


def _wire_feedback(
    ctx: UIContext,
    chatbot: gr.Chatbot,
    turns: gr.State,
    rated: gr.State,
    note: gr.Markdown,
    comment_row: gr.Row,
    comment: gr.Textbox,
    send_comment: gr.Button,
) -> None:
    def on_like(state: list[Turn], data: gr.LikeData) -> tuple[Any, ...]:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turn_index = int(index) // 2
        if not 0 <= turn_index < len(state or []) or not state[turn_index].get("answer"):
            return gr.skip(), gr.skip(), gr.skip()
        rating = "up" if data.liked is True else "down" if data.liked is False else ""
        _record(ctx, state[turn_index], rating, "")
        text = "Cảm ơn bạn đã đánh giá. Bạn có thể viết thêm góp ý bên dưới."
        return {"turn": turn_index, "rating": rating}, text, gr.Row(visible=True)

    def on_comment(text: str, state: list[Turn], last: dict[str, Any]) -> tuple[Any, ...]:
        if not (text or "").strip():
            return gr.skip(), "Hãy nhập nội dung góp ý trước khi gửi."
        turn_index = int(last.get("turn", len(state or []) - 1)) if last else len(state or []) - 1
        if not 0 <= turn_index < len(state or []):
            return gr.skip(), "Chưa có câu trả lời nào để góp ý."
        _record(ctx, state[turn_index], str(last.get("rating", "")) if last else "", text)
        return "", "Đã ghi nhận góp ý. Cảm ơn bạn!"

    chatbot.like(on_like, [turns], [rated, note, comment_row], api_visibility="private")
    send_comment.click(on_comment, [comment, turns, rated], [comment, note], api_visibility="private")


def _record(ctx: UIContext, turn: Turn, rating: str, comment: str) -> None:
    answer = turn.get("answer") or {}
    ctx.feedback.append(
        rating=rating,
        comment=comment,
        question=str(turn.get("question", "")),
        answer=str(answer.get("text", "")),
        mode=str(answer.get("mode", "")),
        sources=answer.get("citations") or [],
    )


def _register_apis(ctx: UIContext) -> None:
    """The API-only endpoints of the chat: /ask and /feedback."""

    def ask(
        question: str,
        province: str = "",
        body_key: str = "",
        period_from: str = "",
        period_to: str = "",
        doc_id: str = "",
        history: list[dict[str, str]] | None = None,
    ) -> dict[str, Any]:
        """Answer a question; returns the text, a safe HTML rendering and the citations."""
        question = (question or "").strip()[:MAX_QUESTION_CHARS]
        if not question:
            raise gr.Error("Câu hỏi trống.")
        filters = build_filters(province, body_key, period_from, period_to, doc_id)
        try:
            answer = ctx.bot.ask(question, history=history or None, filters=filters)
        except BaocaoError as exc:
            raise gr.Error(str(exc)) from None
        return answer_payload(answer.to_dict(), ctx.model_name)

    def feedback(
        rating: str,
        question: str,
        answer: str,
        comment: str = "",
        sources: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Record feedback ("up", "down" or "" with a comment) on an answer."""
        if rating not in ("up", "down", ""):
            raise gr.Error('Đánh giá phải là "up", "down" hoặc để trống.')
        record = ctx.feedback.append(
            rating=rating, question=question, answer=answer, comment=comment, sources=sources or []
        )
        return {"saved": True, "time": record["time"]}

    gr.api(ask, api_name="ask", concurrency_limit="default")
    gr.api(feedback, api_name="feedback", concurrency_limit=None)
