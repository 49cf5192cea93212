"""``baocao ask``: the printed answer with numbered sources, and the JSON form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from tests.assistant.test_answering import Q1, write_reports


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ask_cli")
    write_reports(root / "reports")
    assert main(["--data-dir", str(root / "data"), "ingest", "--no-progress", str(root / "reports")]) == 0
    return root / "data"


@pytest.fixture(autouse=True)
def _no_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "BAOCAO_LLM_BASE_URL",
        "BAOCAO_LLM_API_KEY",
        "BAOCAO_LLM_MODEL",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BAOCAO_EMBEDDER", "hashing")


def test_ask_json_parses_and_carries_the_citations(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "ask", Q1, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["mode"] == "quote" and answer["refused"] is False
    assert "37 đảng viên mới" in answer["text"]
    citation = answer["citations"][0]
    assert citation["n"] == 1 and Path(citation["source"]).name == "quang-tri-q1.txt"
    assert citation["passage"] in citation["chunk_text"] and citation["date"] == "2023-03-28"
    assert answer["timings"]["total"] > 0


def test_ask_prints_answer_sources_mode_and_time(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "ask", Q1, "--k", "3"]) == 0
    out = capsys.readouterr().out
    assert "37 đảng viên mới" in out
    assert "\nNguồn:\n[1] " in out
    assert "— quang-tri-q1.txt, 28/03/2023" in out and "«Trong quý I, toàn Đảng bộ kết nạp 37" in out
    assert "Chế độ: trích dẫn nguyên văn (không dùng mô hình ngôn ngữ)." in out
    assert "Thời gian:" in out


def test_ask_refusal_exits_zero_and_says_what_exists(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    question = "Năm 2021 Đảng ủy Khối các cơ quan tỉnh Phú Yên kết nạp bao nhiêu đảng viên?"
    assert main(["--data-dir", str(data_dir), "ask", question]) == 0
    out = capsys.readouterr().out
    assert "Các báo cáo đã nạp về Đảng ủy Khối các cơ quan tỉnh Phú Yên: quý I/2023." in out
    assert "từ chối trả lời" in out and "Nguồn:" not in out


def test_ask_rejects_a_bad_k(data_dir: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data_dir), "ask", Q1, "--k", "0"])
