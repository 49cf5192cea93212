"""The chat endpoints driven by gradio_client against an app on 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

import pytest

from tests.assistant.ui.server import DEMO_QUESTION, HOSTILE_QUESTION, RunningApp

pytestmark = pytest.mark.slow

# Markup from documents; the only links allowed are the citation links the app generates.
_MARKUP = re.compile(
    r"<\s*/?\s*(script|img|iframe|object|embed|svg|style)\b|<a\b(?! class=\"cite\" href=\"#nguon-\d+-\d+\")"
    r"|\bon\w+\s*=|javascript:|!\[",
    re.I,
)
# In what is shown, not even the address of a remote resource may appear.
_UNSAFE = re.compile(_MARKUP.pattern + r"|evil\.example", re.I)


def _ask(app: RunningApp, question: str, **kwargs: Any) -> dict[str, Any]:
    result = app.client().predict(question, api_name="/ask", **kwargs)
    assert isinstance(result, dict)
    return result


def _doc_id(app: RunningApp, file_name: str) -> str:
    return next(d["doc_id"] for d in app.bot.documents() if PurePath(d["source"]).name == file_name)


def test_ask_returns_the_answer_with_citations(ui_app: RunningApp) -> None:
    result = _ask(ui_app, DEMO_QUESTION)
    assert "58" in result["text"]
    assert result["mode"] == "quote"
    assert result["citations"], result
    numbers = {c["n"] for c in result["citations"]}
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", result["text"])}
    assert cited and cited <= numbers
    first = result["citations"][0]
    assert PurePath(first["source"]).name == "lam-dong_khoi-co-quan_2024-q1.md"
    assert first["province"] == "Lâm Đồng"
    assert "2024-Q1" in first["periods"]
    assert first["passage"] and first["passage"].split()[0] in first["chunk_text"]
    assert 'class="cite"' in result["html"]


def test_chat_streams_and_links_citations_to_source_cards(ui_app: RunningApp) -> None:
    job = ui_app.client().submit(DEMO_QUESTION, "", "", "", "", "", api_name="/chat")
    final = job.result(timeout=60)
    updates = job.outputs()
    assert len(updates) >= 2, "the answer should arrive in several updates"
    messages, sources, copy_text, _ = final
    assert [m["role"] for m in messages] == ["user", "assistant"]
    answer_html = _text(messages[-1]["content"])
    links = re.findall(r'<a class="cite" href="#nguon-0-(\d+)"', answer_html)
    assert links, answer_html
    for n in links:
        assert f'id="nguon-0-{n}"' in sources
    assert "<mark>" in sources and "Lâm Đồng" in sources
    assert "58" in copy_text and "Nguồn:" in copy_text
    assert updates[0][3] == "", "the question box is emptied as soon as the question is sent"


def test_filters_restrict_retrieval(ui_app: RunningApp) -> None:
    question = "Kết nạp bao nhiêu đảng viên mới?"
    by_province = _ask(ui_app, question, province="Bình Định")
    assert by_province["citations"]
    assert {c["province"] for c in by_province["citations"]} == {"Bình Định"}
    doc_id = _doc_id(ui_app, "ha-tinh_khoi-co-quan_2024-q1.html")
    by_doc = _ask(ui_app, question, doc_id=doc_id)
    assert by_doc["citations"]
    assert {PurePath(c["source"]).name for c in by_doc["citations"]} == {"ha-tinh_khoi-co-quan_2024-q1.html"}
    by_period = _ask(ui_app, question, period_from="2024-H1", period_to="2024-H1")
    assert by_period["citations"]
    assert all("2024-H1" in c["periods"] for c in by_period["citations"])


def test_chat_applies_the_filters_of_the_page(ui_app: RunningApp) -> None:
    question = "Kết nạp bao nhiêu đảng viên mới?"
    job = ui_app.client().submit(question, "Bình Định", "", "", "", "", api_name="/chat")
    _, sources, _, _ = job.result(timeout=60)
    cards = re.findall(r"<dt>Tỉnh/thành</dt><dd>([^<]*)</dd>", sources)
    assert cards and set(cards) == {"Bình Định"}
    doc_id = _doc_id(ui_app, "lam-dong_khoi-co-quan_2024-h1.html")
    job = ui_app.client().submit(question, "", "", "", "", doc_id, api_name="/chat")
    _, sources, _, _ = job.result(timeout=60)
    files = re.findall(r"<dt>Tệp</dt><dd>([^<]*)</dd>", sources)
    assert files and set(files) == {"lam-dong_khoi-co-quan_2024-h1.html"}


def test_markup_from_documents_never_reaches_the_output(ui_app: RunningApp) -> None:
    result = _ask(ui_app, HOSTILE_QUESTION)
    assert "19" in result["text"], result["text"]
    assert any("khanh-hoa" in c["source"] for c in result["citations"])
    served = [result["text"], result["html"], *(c["passage"] + c["chunk_text"] for c in result["citations"])]
    job = ui_app.client().submit(HOSTILE_QUESTION, "", "", "", "", "", api_name="/chat")
    messages, sources, copy_text, _ = job.result(timeout=60)
    served += [_text(m["content"]) for m in messages] + [sources, copy_text]
    for text in served:
        assert not _UNSAFE.search(text), text
    assert "trang tin" in sources  # the link's label stays, as text


def test_feedback_is_appended_with_question_answer_and_sources(ui_app: RunningApp) -> None:
    from assistant.feedback import FeedbackLog

    log = FeedbackLog.for_data_dir(ui_app.data_dir)
    before = len(log.read())
    result = _ask(ui_app, DEMO_QUESTION)
    client = ui_app.client()
    sources = [{k: c[k] for k in ("n", "source", "title", "date", "passage")} for c in result["citations"]]
    saved = client.predict(
        "down", DEMO_QUESTION, result["text"], "Thiếu số liệu quý II", sources, api_name="/feedback"
    )
    assert saved["saved"] is True
    records = log.read()
    assert len(records) == before + 1
    last = records[-1]
    assert (last["rating"], last["comment"], last["question"]) == (
        "down",
        "Thiếu số liệu quý II",
        DEMO_QUESTION,
    )
    assert last["answer"] == result["text"]
    assert last["sources"][0]["source"] == result["citations"][0]["source"]
    with pytest.raises(Exception, match="up"):
        client.predict("maybe", DEMO_QUESTION, "x", api_name="/feedback")


def test_status_reports_documents_chunks_and_models(ui_app: RunningApp) -> None:
    status = ui_app.client().predict(api_name="/status")
    n_docs, n_chunks = ui_app.bot.catalog.counts()
    assert (status["documents"], status["chunks"]) == (n_docs, n_chunks)
    assert status["data_dir"] == str(ui_app.data_dir)
    assert status["retrieval"] == "từ vựng (BM25)"
    assert "trích dẫn" in status["llm"]
    assert status["auth"] is False


def test_documents_lists_every_document_with_metadata(ui_app: RunningApp) -> None:
    docs = ui_app.client().predict(api_name="/documents")
    assert {PurePath(d["source"]).name for d in docs} == {p.name for p in ui_app.docs_dir.iterdir()}
    hostile = next(d for d in docs if "khanh-hoa" in d["source"])
    assert hostile["province"] == "Khánh Hòa"
    assert all(not _MARKUP.search(str(v)) for d in docs for v in d.values())


def _text(content: Any) -> str:
    """The text of a chat message as the API returns it (a string or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("value") or "")
    return "".join(_text(part) for part in content or [])
