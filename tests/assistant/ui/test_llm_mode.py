"""The app with a language model (a scripted OpenAI-compatible server): streamed deltas, the
model's name shown, the API key never served."""

from __future__ import annotations

from pathlib import Path, PurePath

import httpx
import pytest

from assistant.config import Secret
from tests.assistant.conftest import TEST_KEY
from tests.assistant.ui.browser import ARTIFACTS, needs_chromium, open_page
from tests.assistant.ui.server import DEMO_QUESTION, start_app
from tests.support import Reply, ScriptedOpenAIServer

pytestmark = pytest.mark.slow

REPLY = "Quý I/2024, Đảng bộ Khối các cơ quan tỉnh Lâm Đồng kết nạp 58 đảng viên mới [1]."


def test_llm_answer_streams_and_shows_the_model(openai_server: ScriptedOpenAIServer, tmp_path: Path) -> None:
    openai_server.script(Reply(REPLY, chunk_delay=0.05))
    app = start_app(
        tmp_path,
        llm_base_url=openai_server.base_url,
        llm_model="scripted-model",
        llm_api_key=Secret(TEST_KEY),
        llm_timeout=5.0,
    )
    try:
        doc_id = next(
            d["doc_id"]
            for d in app.bot.documents()
            if PurePath(d["source"]).name == "lam-dong_khoi-co-quan_2024-q1.md"
        )
        job = app.client().submit(DEMO_QUESTION, "", "", "", "", doc_id, api_name="/chat")
        messages, sources, copy_text, _ = job.result(timeout=60)
        partials = [u[0][-1]["content"] for u in job.outputs()[:-1] if u[0]]
        assert any("Đang trả lời" in str(p) and "58" not in str(p) for p in partials)
        assert any("Đang trả lời" in str(p) and "Lâm Đồng" in str(p) for p in partials), "deltas shown"
        final = str(messages[-1]["content"])
        assert "Mô hình ngôn ngữ: scripted-model" in final and 'class="cite"' in final
        assert 'id="nguon-0-1"' in sources and "58" in copy_text

        status = app.client().predict(api_name="/status")
        assert status["llm"].startswith("scripted-model @ 127.0.0.1")
        with httpx.Client(base_url=app.url, timeout=10) as http:
            served = http.get("/").text + http.get("/config").text
        assert TEST_KEY not in served + str(status) + final
    finally:
        app.close()


@pytest.mark.browser
@needs_chromium
def test_llm_mode_in_the_browser(openai_server: ScriptedOpenAIServer, tmp_path: Path) -> None:
    openai_server.script(Reply(REPLY, chunk_delay=0.05))
    app = start_app(
        tmp_path,
        llm_base_url=openai_server.base_url,
        llm_model="scripted-model",
        llm_api_key=Secret(TEST_KEY),
    )
    try:
        with open_page(app.url) as page:
            mode = page.locator("#mode-line")
            mode.get_by_text("scripted-model").wait_for()
            page.fill("#question textarea", DEMO_QUESTION)
            page.click("#send")
            answer = page.locator("#chatbot .answer:not(.streaming)").first
            answer.wait_for()
            meta = answer.locator("xpath=..").inner_text()
            assert "Mô hình ngôn ngữ: scripted-model" in meta or "trích dẫn" in meta
            page.screenshot(path=str(ARTIFACTS / "08-llm-mode.png"), full_page=True)
            assert TEST_KEY not in page.content()
    finally:
        app.close()
