"""``baocao config``: the TOML file Settings reads, written owner-only, validated, secrets masked."""

from __future__ import annotations

import io
import os
import stat
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.cli import main
from assistant.cli.config_cmds import edited, toml_value
from assistant.config import Settings, config_keys, write_private

KEY = "sk-cfg-Bi-Mat-5c1d0e9f7a"


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No outside BAOCAO_*/OPENAI_* variables, HOME in tmp_path, a permissive umask."""
    for name in list(os.environ):
        if name.startswith(("BAOCAO_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    old = os.umask(0o022)  # the usual umask: files 0644 unless we say otherwise
    yield tmp_path
    os.umask(old)


def _run(*args: str) -> int:
    return main(list(args))


def test_set_creates_an_owner_only_file_in_a_new_owner_only_folder(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = env / "new" / "data"
    assert _run("--data-dir", str(data), "config", "set", "llm_api_key", KEY) == 0
    config = data / "config.toml"
    assert _mode(config) == 0o600 and _mode(data) == 0o700 and _mode(data.parent) == 0o700
    assert tomllib.loads(config.read_text("utf-8")) == {"llm_api_key": KEY}
    assert [p.name for p in data.iterdir()] == ["config.toml"]  # no temporary file left
    out, _ = capsys.readouterr()
    assert out.strip() == f"Đã lưu llm_api_key = *** vào {config}." and KEY not in out
    loaded = Settings.load({"data_dir": str(data)}, environ={})
    assert loaded.llm_api_key.reveal() == KEY and loaded.config_file == config


def test_path_get_and_show(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = env / "data"
    assert _run("--data-dir", str(data), "config", "path") == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(data / "config.toml") and "chưa có" in err
    for key, value in (("llm_api_key", KEY), ("top_k", "5"), ("llm_model", "qwen2.5:7b")):
        assert _run("--data-dir", str(data), "config", "set", key, value) == 0
    monkeypatch.setenv("BAOCAO_LLM_MODEL", "gpt-4o-mini")
    capsys.readouterr()
    assert _run("--data-dir", str(data), "config", "get", "top_k") == 0
    assert _run("--data-dir", str(data), "config", "get", "llm_api_key") == 0
    assert _run("--data-dir", str(data), "config", "get", "llm_model") == 0
    assert capsys.readouterr().out.splitlines() == ["5", "***", "gpt-4o-mini"]  # the value in use
    assert _run("--data-dir", str(data), "config", "show") == 0
    shown = capsys.readouterr().out
    assert KEY not in shown
    rows = {line.split("=")[0].strip(): line for line in shown.splitlines()[1:]}
    assert set(rows) == set(config_keys())
    assert rows["llm_api_key"].endswith("= ***  # tệp cấu hình")
    assert rows["top_k"].endswith("= 5  # tệp cấu hình")
    assert rows["llm_model"].endswith("= gpt-4o-mini  # biến môi trường BAOCAO_LLM_MODEL")
    assert rows["port"].endswith("= 7860  # mặc định")
    assert rows["ui_password"].endswith("=   # mặc định")  # unset secrets show as empty


def test_unknown_keys_are_refused_with_the_valid_ones(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = env / "data"
    for action in (("set", "api_key", KEY), ("get", "api_key"), ("unset", "api_key")):
        assert _run("--data-dir", str(data), "config", *action) == 1
        err = capsys.readouterr().err
        assert "Khóa cấu hình không tồn tại: api_key" in err and "llm_api_key, llm_model" in err
        assert KEY not in err
    assert not (data / "config.toml").exists()


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("port", "0", "port"),
        ("port", "bảy nghìn", "port"),
        ("top_k", "-3", "top_k"),
        ("llm_max_retries", "2.5", "llm_max_retries"),
        ("hf_offline", "có lẽ", "hf_offline"),
        ("max_file_mb", "0", "max_file_mb"),
    ],
)
def test_bad_values_are_refused_naming_the_setting(
    env: Path, capsys: pytest.CaptureFixture[str], key: str, value: str, named: str
) -> None:
    data = env / "data"
    assert _run("--data-dir", str(data), "config", "set", "top_k", "6") == 0
    before = (data / "config.toml").read_text("utf-8")
    capsys.readouterr()
    assert _run("--data-dir", str(data), "config", "set", key, value) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and named in err
    assert (data / "config.toml").read_text("utf-8") == before


def test_values_are_written_typed_and_read_back(env: Path) -> None:
    data = env / "data"
    values = {
        "llm_timeout": ("12.5", 12.5),
        "hf_offline": ("yes", True),
        "port": ("8080", 8080),
        "ui_user": ('Lãnh đạo "Văn phòng" \\ ban', 'Lãnh đạo "Văn phòng" \\ ban'),
        "llm_base_url": ("http://localhost:11434/v1", "http://localhost:11434/v1"),
    }
    for key, (raw, _) in values.items():
        assert _run("--data-dir", str(data), "config", "set", key, raw) == 0
    stored = tomllib.loads((data / "config.toml").read_text("utf-8"))
    assert stored == {key: typed for key, (_, typed) in values.items()}
    loaded = Settings.load({"data_dir": str(data)}, environ={})
    assert (loaded.llm_timeout, loaded.hf_offline, loaded.port) == (12.5, True, 8080)
    assert loaded.ui_user == values["ui_user"][1]


def test_editing_keeps_comments_and_other_lines(env: Path) -> None:
    data = env / "data"
    data.mkdir()
    config = data / "config.toml"
    config.write_text('# của tôi\nllm_model = "qwen2.5:7b"  # mô hình\n\ntop_k = 6\n', "utf-8")
    os.chmod(config, 0o600)
    assert _run("--data-dir", str(data), "config", "set", "top_k", "9") == 0
    assert _run("--data-dir", str(data), "config", "set", "port", "8000") == 0
    assert _run("--data-dir", str(data), "config", "unset", "llm_model") == 0
    assert config.read_text("utf-8") == "# của tôi\n\ntop_k = 9\nport = 8000\n"


def test_a_wider_existing_file_is_tightened_with_a_warning(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = env / "data"
    data.mkdir(mode=0o755)
    config = data / "config.toml"
    config.write_text(f'llm_api_key = "{KEY}"\n', "utf-8")
    os.chmod(config, 0o644)
    assert _run("--data-dir", str(data), "config", "get", "top_k") == 0
    err = capsys.readouterr().err
    assert _mode(config) == 0o600
    assert "quyền 644" in err and "đã đổi thành 600" in err and KEY not in err
    os.chmod(config, 0o664)
    assert _run("--data-dir", str(data), "config", "set", "top_k", "4") == 0
    assert _mode(config) == 0o600 and "quyền 664" in capsys.readouterr().err
    assert _mode(data) == 0o755  # an existing folder is the user's choice
    assert _run("--data-dir", str(data), "config", "show") == 0
    assert "Cảnh báo" not in capsys.readouterr().err  # already private: nothing to say


def test_a_symlinked_config_is_updated_where_it_points(env: Path) -> None:
    real = env / "dotfiles" / "baocao.toml"
    real.parent.mkdir()
    real.write_text("top_k = 3\n", "utf-8")
    data = env / "data"
    data.mkdir()
    (data / "config.toml").symlink_to(real)
    assert _run("--data-dir", str(data), "config", "set", "top_k", "7") == 0
    assert (data / "config.toml").is_symlink() and real.read_text("utf-8") == "top_k = 7\n"
    assert _mode(real) == 0o600


def test_baocao_config_and_a_missing_file_it_names(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = env / "etc" / "baocao.toml"
    monkeypatch.setenv("BAOCAO_CONFIG", str(target))
    assert _run("config", "set", "collection", "bao-cao-tinh") == 0  # the file did not exist yet
    assert _mode(target) == 0o600
    assert Settings.load().collection == "bao-cao-tinh"
    other = env / "other.toml"
    assert _run("--config", str(other), "config", "set", "top_k", "3") == 0  # --config wins
    assert tomllib.loads(other.read_text("utf-8")) == {"top_k": 3}


def test_a_broken_file_can_be_fixed_with_the_command(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = env / "data"
    data.mkdir()
    (data / "config.toml").write_text("port = 0\ntop_k = 6\n", "utf-8")
    assert _run("--data-dir", str(data), "status") == 1  # every other command refuses it
    capsys.readouterr()
    assert _run("--data-dir", str(data), "config", "set", "port", "7861") == 0
    assert "port không hợp lệ" in capsys.readouterr().err  # said, then fixed
    assert Settings.load({"data_dir": str(data)}, environ={}).port == 7861
    assert _run("--data-dir", str(data), "config", "unset", "top_k") == 0
    assert tomllib.loads((data / "config.toml").read_text("utf-8")) == {"port": 7861}


def test_a_secret_can_be_typed_without_the_command_line(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = env / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO(KEY + "\n"))
    assert _run("--data-dir", str(data), "config", "set", "ui_password", "-") == 0
    out, err = capsys.readouterr()
    assert KEY not in out + err and "lịch sử shell" not in err
    assert Settings.load({"data_dir": str(data)}, environ={}).ui_password.reveal() == KEY


def test_an_environment_variable_that_overrides_the_file_is_pointed_out(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-khac-0000000000")
    assert _run("--data-dir", str(env / "data"), "config", "set", "llm_api_key", KEY) == 0
    err = capsys.readouterr().err
    assert "OPENAI_API_KEY" in err and "ưu tiên" in err and "sk-khac" not in err


def test_write_private_is_exact_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_private(tmp_path / "a" / "b" / "c.toml", "x = 1\n")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a" / "b" / "c.toml") == 0o600
    assert _mode(tmp_path / "a") == 0o700 and _mode(tmp_path / "a" / "b") == 0o700


# Values a config file may hold: the TOML written for them reads back the same.
toml_scalars = st.one_of(
    st.text(max_size=40),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
)


@given(toml_scalars)
def test_toml_values_round_trip(value: object) -> None:
    assert tomllib.loads(f"k = {toml_value(value)}\n") == {"k": value}


@given(
    st.dictionaries(st.sampled_from(config_keys()), toml_scalars, max_size=5), st.sampled_from(config_keys())
)
def test_edited_text_reads_back_as_intended(values: dict[str, object], key: str) -> None:
    text = "# đầu tệp\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in values.items())
    assert tomllib.loads(edited(text, values, key, "mới")) == {**values, key: "mới"}
    assert tomllib.loads(edited(text, values, key, None)) == {k: v for k, v in values.items() if k != key}
