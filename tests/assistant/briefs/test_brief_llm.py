"""Briefs with a language model (the scripted OpenAI server): verified prose, safe fallbacks."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant import Assistant
from assistant.briefs.check import check_numbers
from tests.support import Reply, ScriptedOpenAIServer, Status

OpenBot = Callable[..., Assistant]


def _llm_bot(open_bot: OpenBot, server: ScriptedOpenAIServer) -> Assistant:
    return open_bot(llm_base_url=server.base_url, llm_model="scripted", llm_timeout=5, llm_max_retries=0)


def _source_of(bot: Assistant, text: str) -> int:
    """The number the extractive brief gives the source that quotes ``text``."""
    brief = bot.brief(province="Lâm Đồng", period="2024-H1", with_llm=False, chart=False)
    return next(s.n for s in brief.sources if text in s.quote)


def test_the_model_writes_the_prose_and_every_figure_is_checked(
    open_bot: OpenBot, openai_server: ScriptedOpenAIServer
) -> None:
    bot = _llm_bot(open_bot, openai_server)
    n = _source_of(bot, "kết nạp 139 đảng viên")
    reply = (
        "## Kết quả nổi bật\n"
        f"- Toàn Đảng bộ kết nạp 139 đảng viên, đạt 53,5% kế hoạch năm [{n}].\n"
        f"- Toàn Đảng bộ kết nạp 150 đảng viên [{n}].\n"
        "## Hạn chế, tồn tại\n- Báo cáo không nêu.\n"
        f"## Nhiệm vụ kỳ tới\n- Tiếp tục phát triển đảng viên [{n}][99].\n"
    )
    openai_server.script(Reply(reply))
    brief = bot.brief(province="Lâm Đồng", period="2024-H1", chart=False)
    assert brief.mode == "llm" and "llm" in brief.timings
    results = brief.sections["Kết quả nổi bật"]
    assert len(results) == 1 and "139 đảng viên, đạt 53,5%" in results[0]
    assert "150" not in brief.markdown.split("## Nguồn")[0]
    assert any("150" in notice for notice in brief.notices)
    assert any("[99]" in notice for notice in brief.notices)
    cited = re.findall(r"\[(\d+)\]", results[0])
    assert brief.sections["Nhiệm vụ kỳ tới"] == [f"Tiếp tục phát triển đảng viên [{cited[0]}]."]
    assert brief.sections["Hạn chế, tồn tại"]  # "Báo cáo không nêu" keeps the cited extractive items
    assert check_numbers(brief).share == 1.0
    sent = openai_server.chat_requests[0].text_of("user")
    assert "Tổng số đảng viên: 6.471" in sent and "<nguon id=" in sent


def test_a_failing_model_leaves_an_extractive_brief_with_a_notice(
    open_bot: OpenBot, openai_server: ScriptedOpenAIServer
) -> None:
    openai_server.script(Status(500))
    brief = _llm_bot(open_bot, openai_server).brief(province="Lâm Đồng", period="2024-H1", chart=False)
    assert brief.mode == "quote" and brief.sections["Kết quả nổi bật"]
    assert any(n.startswith("Không dùng được mô hình ngôn ngữ") for n in brief.notices)
    assert "sk-" not in " ".join(brief.notices)


def test_an_off_format_reply_is_not_used(open_bot: OpenBot, openai_server: ScriptedOpenAIServer) -> None:
    openai_server.script(Reply("Xin chào, tôi có thể giúp gì?"))
    brief = _llm_bot(open_bot, openai_server).brief(province="Lâm Đồng", period="2024-H1", chart=False)
    assert brief.mode == "quote" and any("sai khuôn dạng" in n for n in brief.notices)
    assert check_numbers(brief).share == 1.0


def test_without_a_model_or_when_asked_no_call_is_made(
    open_bot: OpenBot, openai_server: ScriptedOpenAIServer
) -> None:
    brief = _llm_bot(open_bot, openai_server).brief(province="Lâm Đồng", period="2024-H1", with_llm=False)
    assert brief.mode == "quote" and not openai_server.chat_requests
