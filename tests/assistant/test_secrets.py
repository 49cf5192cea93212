"""The API key and the UI password are never logged or shown: settings, errors, the config file's
permissions, CLI output, the UI status and streamed answers."""

from __future__ import annotations

import itertools
import json
import logging
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import safety
from assistant.cli import main
from assistant.config import Secret, Settings
from assistant.errors import ConfigError
from tests.support import Reply, ScriptedOpenAIServer, refused_port

KEY = "sk-live-Kh0aBiMat-7f3e9a1c55d2"
PASSWORD = "Mat-khau-Giao-dien-2024"
SECRETS = (KEY, PASSWORD)

REPORT = """ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH NINH BÌNH
Ninh Bình, ngày 29 tháng 3 năm 2024

BÁO CÁO
Kết quả công tác xây dựng Đảng quý I năm 2024

Trong quý I/2024, Đảng bộ Khối các cơ quan tỉnh Ninh Bình kết nạp 41 đảng viên mới, đạt 20,5% kế hoạch năm.
"""
QUESTION = "Quý I/2024 Đảng bộ Khối các cơ quan tỉnh Ninh Bình kết nạp bao nhiêu đảng viên mới?"


def _assert_hidden(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No BAOCAO_*/OPENAI_* variables from the outside; HOME in tmp_path (no ~/.config file)."""
    for name in list(os.environ):
        if name.startswith(("BAOCAO_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from assistant import Assistant

    root = tmp_path_factory.mktemp("secrets")
    (root / "docs").mkdir()
    (root / "docs" / "ninh-binh-q1-2024.txt").write_text(REPORT, encoding="utf-8")
    with Assistant.open(settings=Settings(data_dir=root / "data", embedder="hashing")) as bot:
        assert bot.ingest([root / "docs"]).added == 1
    return root / "data"


@pytest.fixture
def dead_llm_env(clean_env: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Environment of a user whose model endpoint is down; the key and password are set."""
    values = {
        "BAOCAO_DATA_DIR": str(store),
        "BAOCAO_EMBEDDER": "hashing",
        "BAOCAO_LLM_BASE_URL": f"http://admin:{KEY}@127.0.0.1:{refused_port()}/v1",
        "BAOCAO_LLM_MODEL": "qwen2.5:7b",
        "BAOCAO_LLM_API_KEY": KEY,
        "BAOCAO_LLM_MAX_RETRIES": "0",
        "BAOCAO_UI_PASSWORD": PASSWORD,
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return store


# -- settings and errors ----------------------------------------------------------------------
def test_settings_never_print_their_secrets() -> None:
    s = Settings(llm_api_key=Secret(KEY), ui_password=Secret(PASSWORD))
    _assert_hidden(repr(s), str(s), f"{s}", f"{s.llm_api_key}", json.dumps(s.public_dict()))
    assert s.public_dict()["llm_api_key"] == "***" and s.llm_api_key.reveal() == KEY
    assert safety.settings_secrets(s) == [KEY, PASSWORD]


def test_a_secret_passed_through_load_or_overrides_keeps_its_value() -> None:
    # str() of a Secret is "***": coercing one with str() used to replace the key by "***".
    loaded = Settings.load({"llm_api_key": Secret(KEY), "ui_password": PASSWORD}, environ={})
    assert loaded.llm_api_key.reveal() == KEY and loaded.ui_password.reveal() == PASSWORD
    changed = Settings().with_overrides(llm_api_key=Secret(KEY))
    assert changed.llm_api_key.reveal() == KEY and isinstance(changed.llm_api_key, Secret)


def test_config_errors_do_not_quote_secrets(clean_env: Path) -> None:
    with pytest.raises(ConfigError) as bad_port:
        Settings(llm_api_key=Secret(KEY), ui_password=Secret(PASSWORD), port=0)
    config = clean_env / "config.toml"
    config.write_text(f'llm_api_key = "{KEY}"\nui_password = "{PASSWORD}"\ntop_k = "nhiều"\n', "utf-8")
    os.chmod(config, 0o600)
    with pytest.raises(ConfigError) as bad_value:
        Settings.load({"config_file": str(config)}, environ={})
    config.write_text(f'llm_api_key = "{KEY}\nui_password = {PASSWORD}\n', "utf-8")  # broken TOML
    with pytest.raises(ConfigError) as bad_toml:
        Settings.load({"config_file": str(config)}, environ={})
    assert "port" in str(bad_port.value) and "top_k" in str(bad_value.value)
    for error in (bad_port, bad_value, bad_toml):
        _assert_hidden(str(error.value), repr(error.value))


def test_load_warns_when_a_config_file_with_a_secret_is_readable_by_others(
    clean_env: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    config = clean_env / "config.toml"
    config.write_text(f'llm_api_key = "{KEY}"\n', "utf-8")
    os.chmod(config, 0o644)
    assert Settings.load({"config_file": str(config)}, environ={}).llm_api_key.reveal() == KEY
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "llm_api_key" in warnings[0].getMessage()
    assert "644" in warnings[0].getMessage() and "chmod 600" in warnings[0].getMessage()
    _assert_hidden(caplog.text)

    caplog.clear()
    os.chmod(config, 0o600)
    Settings.load({"config_file": str(config)}, environ={})
    config.write_text('top_k = 5\nui_user = "lanhdao"\n', "utf-8")
    os.chmod(config, 0o644)  # nothing secret in it: its mode is the user's business
    Settings.load({"config_file": str(config)}, environ={})
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# -- command line -----------------------------------------------------------------------------
@pytest.mark.parametrize("args", [["status"], ["status", "--json"], ["-v", "status", "--docs"]])
def test_status_shows_no_secret(
    dead_llm_env: Path, args: list[str], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert "Tài liệu" in out or '"documents"' in out
    _assert_hidden(out, err, caplog.text)


@pytest.mark.parametrize("json_out", [False, True])
def test_ask_with_a_dead_endpoint_shows_no_secret(
    dead_llm_env: Path,
    json_out: bool,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    assert main(["-v", "ask", QUESTION, *(["--json"] if json_out else [])]) == 0
    out, err = capsys.readouterr()
    assert "41 đảng viên mới" in out and "Không dùng được mô hình ngôn ngữ" in out
    assert "127.0.0.1" in out  # the endpoint is named, without its credentials
    _assert_hidden(out, err, caplog.text)
    assert "admin:" not in out + err + caplog.text
    for record in caplog.records:
        _assert_hidden(record.getMessage(), str(record.args), str(record.exc_info))


def test_config_commands_mask_secrets(
    clean_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    data = clean_env / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO(KEY + "\n"))
    assert main(["--data-dir", str(data), "config", "set", "llm_api_key"]) == 0  # read from stdin
    assert main(["--data-dir", str(data), "config", "set", "ui_password", PASSWORD]) == 0
    assert main(["--data-dir", str(data), "config", "get", "llm_api_key"]) == 0
    assert main(["--data-dir", str(data), "config", "show"]) == 0
    assert main(["--data-dir", str(data), "config", "show", "--json"]) == 0
    out, err = capsys.readouterr()
    _assert_hidden(out, err)
    assert "lịch sử shell" in err  # the password typed on the command line was noted
    lines = out.splitlines()
    assert "***" in lines[2] and lines[2].strip() == "***"  # `get llm_api_key`
    assert Settings.load({"data_dir": str(data)}, environ={}).llm_api_key.reveal() == KEY


def test_an_error_message_from_the_cli_shows_no_secret(
    clean_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BAOCAO_LLM_API_KEY", KEY)
    monkeypatch.setenv("BAOCAO_PORT", "70000")
    assert main(["--data-dir", str(clean_env / "data"), "status"]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("Lỗi: ") and "port" in err
    _assert_hidden(err)


def test_a_model_that_echoes_the_key_gets_it_into_no_log_and_no_answer(
    store: Path, openai_server: ScriptedOpenAIServer, caplog: pytest.LogCaptureFixture
) -> None:
    from assistant import Assistant

    caplog.set_level(logging.DEBUG)
    # A rejected condensed question is logged: this one is too long, and it is the key.
    openai_server.script(Reply(f"{KEY} " * 40), Reply(f"Có 41 đảng viên mới [1]. Khóa là {KEY}"))
    values = {"llm_base_url": openai_server.base_url, "llm_model": "m", "llm_max_retries": 0}
    settings = Settings(data_dir=store, embedder="hashing", llm_api_key=Secret(KEY), **values)
    with Assistant.open(settings=settings) as bot:
        answer = bot.ask("còn số đảng viên mới thì sao?", history=[("user", QUESTION)])
    assert len(openai_server.chat_requests) == 2 and answer.mode == "llm" and "41" in answer.text
    assert any("Condensed question rejected" in r.getMessage() for r in caplog.records)
    _assert_hidden(caplog.text, json.dumps(answer.to_dict(), ensure_ascii=False))


# -- the UI's status --------------------------------------------------------------------------
def test_ui_status_shows_no_secret(dead_llm_env: Path) -> None:
    from assistant import Assistant
    from assistant.ui.status import mode_html, status_data, status_html

    settings = Settings.load()
    assert settings.llm_api_key.reveal() == KEY
    with Assistant.open(settings=settings) as bot:
        data = status_data(bot, settings)
        shown = [json.dumps(data, ensure_ascii=False), status_html(data), mode_html(bot, settings)]
    assert data["auth"] is True and data["llm"].startswith("qwen2.5:7b @ 127.0.0.1")
    _assert_hidden(*shown)


@pytest.mark.slow
def test_ui_status_endpoint_shows_no_secret(
    dead_llm_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx

    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")

    from tests.assistant.ui.server import start_app

    settings = Settings.load()
    app = start_app(
        tmp_path / "app",
        llm_base_url=settings.llm_base_url,
        llm_model=settings.llm_model,
        llm_api_key=settings.llm_api_key,
        ui_password=settings.ui_password,
        ui_user="lanhdao",
    )
    try:
        status = app.client(auth=("lanhdao", PASSWORD)).predict(api_name="/status")
        with httpx.Client(base_url=app.url, timeout=10) as http:
            assert http.post("/login", data={"username": "lanhdao", "password": PASSWORD}).status_code == 200
            served = http.get("/").text + http.get("/config").text
        assert status["auth"] is True and status["llm_configured"] is True
        _assert_hidden(json.dumps(status, ensure_ascii=False), served)
    finally:
        app.close()


# -- streamed answers -------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Kết quả ", KEY, KEY[:7], KEY[7:], PASSWORD[:4], "M", "a", "s", " [1]. "]),
        max_size=12,
    ),
    st.lists(st.integers(min_value=0, max_value=200), max_size=8),
)
def test_a_secret_never_leaves_the_stream_guard(pieces: list[str], cuts: list[int]) -> None:
    text = "".join(pieces)
    bounds = sorted({c for c in cuts if c < len(text)} | {0, len(text)})
    guard = safety.StreamGuard(list(SECRETS))
    shown = [guard.feed(text[a:b]) for a, b in itertools.pairwise(bounds)] + [guard.flush()]
    joined = "".join(shown)
    _assert_hidden(joined, *shown)
    assert joined == safety.mask_secrets(text, SECRETS, shapes=False).text  # nothing else changed
