"""The ``baocao brief`` command, and the DOCX opened by LibreOffice (slow)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.cli import main


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BAOCAO_LLM_BASE_URL", "BAOCAO_LLM_MODEL", "BAOCAO_LLM_API_KEY", "BAOCAO_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BAOCAO_EMBEDDER", "hashing")


def test_brief_to_stdout_and_to_docx(
    samples_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None
) -> None:
    args = ["--data-dir", str(samples_store), "brief", "--province", "Lâm Đồng", "--body", "Khối các cơ quan"]
    assert main([*args, "--period", "quý I/2024", "--no-chart"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Bản tin nhanh: Đảng ủy Khối các cơ quan tỉnh Lâm Đồng – quý I/2024")
    target = tmp_path / "ban-tin.docx"
    assert main([*args, "--period", "2024-H1", "--format", "docx", "--out", str(target)]) == 0
    assert target.read_bytes()[:2] == b"PK" and str(target) in capsys.readouterr().out


def test_brief_errors_are_vietnamese_and_list_what_exists(
    samples_store: Path, capsys: pytest.CaptureFixture[str], cli_env: None
) -> None:
    rc = main(["--data-dir", str(samples_store), "brief", "--province", "Hà Tĩnh", "--period", "2024-H1"])
    err = capsys.readouterr().err
    assert rc == 1 and "Chưa có báo cáo 6 tháng đầu năm 2024 của Hà Tĩnh" in err and "quý I/2024" in err
    rc = main(["--data-dir", str(samples_store), "brief", "--period", "2024", "--format", "docx"])
    assert rc == 2 and "--out" in capsys.readouterr().err


@pytest.mark.slow
def test_the_docx_opens_in_libreoffice(samples_store: Path, tmp_path: Path, cli_env: None) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    target = tmp_path / "ban-tin.docx"
    args = ["--data-dir", str(samples_store), "brief", "--province", "Lâm Đồng", "--period", "2024-H1"]
    assert main([*args, "--format", "docx", "--out", str(target), "--no-llm"]) == 0
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(target)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    from pypdf import PdfReader

    reader = PdfReader(str(tmp_path / "ban-tin.pdf"))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert 1 <= len(reader.pages) <= 3
    assert "Bản tin nhanh" in text and "Số liệu chính" in text and "6.471" in text
