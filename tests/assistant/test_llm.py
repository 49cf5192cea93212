"""The OpenAI-compatible chat model against a real scripted HTTP server."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import pytest

from assistant.chain import answer_with_llm
from assistant.config import Secret, Settings
from assistant.errors import LLMError
from assistant.llm import describe_model, make_chat_model, normalize_base_url, scrub
from tests.assistant.conftest import TEST_KEY
from tests.support import Hang, Malformed, Reply, ScriptedOpenAIServer, Status, refused_port
from vectorstore.hits import Hit

SettingsFactory = Callable[..., Settings]
HITS = [Hit("Năm 2023 có 86 đảng viên mới.", 0.9, "a.txt", "a#0", {"title": "Báo cáo A"})]


def _ask(settings: Settings) -> str:
    model = make_chat_model(settings)
    assert model is not None
    return answer_with_llm("Bao nhiêu đảng viên mới?", HITS, model).text


def test_no_model_without_configuration() -> None:
    assert make_chat_model(Settings(llm_model="")) is None
    assert make_chat_model(Settings(llm_model="m")) is None  # neither URL nor key
    assert "trích dẫn" in describe_model(Settings())


def test_request_carries_model_key_temperature(
    openai_server: ScriptedOpenAIServer, llm_settings: SettingsFactory
) -> None:
    openai_server.script(Reply("Năm 2023 có 86 đảng viên mới [1]."))
    assert _ask(llm_settings(llm_temperature=0.2)) == "Năm 2023 có 86 đảng viên mới [1]."
    (request,) = openai_server.chat_requests
    assert request.path == "/v1/chat/completions"
    assert request.body["model"] == "scripted-model"
    assert request.body["temperature"] == 0.2
    assert request.header("Authorization") == f"Bearer {TEST_KEY}"


def test_local_server_without_key_gets_a_placeholder_and_v1_path(
    openai_server: ScriptedOpenAIServer, llm_settings: SettingsFactory
) -> None:
    bare = f"http://127.0.0.1:{openai_server.port}"
    openai_server.script(Reply("Năm 2023 có 86 đảng viên mới [1]."))
    assert _ask(llm_settings(llm_base_url=bare, llm_api_key=Secret("")))
    (request,) = openai_server.chat_requests
    assert request.path == "/v1/chat/completions"
    assert request.header("Authorization") == "Bearer not-needed"
    assert normalize_base_url("http://h:1/api/v1/") == "http://h:1/api/v1"


def test_describe_model_names_model_and_host_never_the_key() -> None:
    settings = Settings(
        llm_model="qwen2.5", llm_base_url="http://user:pw@gpu:8000/v1", llm_api_key=Secret(TEST_KEY)
    )
    description = describe_model(settings)
    assert description == "qwen2.5 @ gpu:8000"
    assert TEST_KEY not in repr(make_chat_model(settings))
    assert describe_model(Settings(llm_model="gpt-x", llm_api_key=Secret(TEST_KEY))).endswith(
        "api.openai.com"
    )


def test_429_is_retried_then_succeeds(
    openai_server: ScriptedOpenAIServer, llm_settings: SettingsFactory
) -> None:
    openai_server.script(Status(429, retry_after=0.05), Reply("Năm 2023 có 86 đảng viên mới [1]."))
    assert _ask(llm_settings(llm_max_retries=2)).startswith("Năm 2023")
    assert len(openai_server.chat_requests) == 2


def test_500_is_retried_then_fails_with_llm_error(
    openai_server: ScriptedOpenAIServer, llm_settings: SettingsFactory
) -> None:
    openai_server.script(Status(500), Status(502), Status(503))
    with pytest.raises(LLMError) as info:
        _ask(llm_settings(llm_max_retries=2))
    assert len(openai_server.chat_requests) == 3  # 1 try + 2 retries, with backoff
    message = str(info.value)
    assert message.startswith(f"Không kết nối được mô hình ngôn ngữ tại {openai_server.base_url}")
    assert "HTTP 503" in message


def test_slow_reply_times_out_quickly(
    openai_server: ScriptedOpenAIServer, llm_settings: SettingsFactory
) -> None:
    openai_server.script(Hang(10), Hang(10))
    start = time.monotonic()
    with pytest.raises(LLMError, match=r"quá thời gian chờ 0\.5 giây"):
        _ask(llm_settings(llm_timeout=0.5, llm_max_retries=1))
    assert time.monotonic() - start < 2.5
    assert len(openai_server.chat_requests) == 2  # timeouts are retried too


def test_connection_refused_raises_llm_error(llm_settings: SettingsFactory) -> None:
    url = f"http://127.0.0.1:{refused_port()}/v1"
    start = time.monotonic()
    with pytest.raises(LLMError, match=f"Không kết nối được mô hình ngôn ngữ tại {url}"):
        _ask(llm_settings(llm_base_url=url, llm_max_retries=1))
    assert time.monotonic() - start < 2.5


@pytest.mark.parametrize(
    "body",
    ['{"id": "x", "choices": [ {"message": ', '{"id": "x", "object": "chat.completion"}', "[]"],
)
def test_malformed_reply_raises_llm_error(
    openai_server: ScriptedOpenAIServer, llm_settings: SettingsFactory, body: str
) -> None:
    openai_server.script(Malformed(body))
    with pytest.raises(LLMError, match="không dùng được"):
        _ask(llm_settings(llm_max_retries=0))


def test_api_key_never_leaks_into_errors_or_logs(
    openai_server: ScriptedOpenAIServer,
    llm_settings: SettingsFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    leaky = f"Incorrect API key provided: {TEST_KEY}"  # a server that echoes the key
    openai_server.script(
        Status(401, message=leaky),
        Status(500, message=leaky),
        Malformed(f'{{"k": "{TEST_KEY}"'),
        Hang(10),
    )
    settings = llm_settings(llm_max_retries=0, llm_timeout=0.3)
    refused = llm_settings(llm_base_url=f"http://127.0.0.1:{refused_port()}/v1", llm_max_retries=0)
    errors = []
    for current in (settings, settings, settings, settings, refused):
        with pytest.raises(LLMError) as info:
            _ask(current)
        errors.append(info.value)
    assert "khóa API bị từ chối" in str(errors[0])
    for error in errors:
        assert TEST_KEY not in str(error) and TEST_KEY not in repr(error)
        assert error.__cause__ is None and error.__suppress_context__
    assert caplog.records and TEST_KEY not in caplog.text
    assert all(TEST_KEY not in r.getMessage() for r in caplog.records)


def test_scrub_masks_keys_tokens_and_url_passwords() -> None:
    text = f"key {TEST_KEY} Bearer abc.def sk-abcdefgh1234 http://u:p@h/v1 api_key=zzz"
    assert scrub(text, [TEST_KEY]) == "key *** Bearer *** sk-*** http://***@h/v1 api_key=***"
