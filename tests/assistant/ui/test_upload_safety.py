"""Uploads: hostile names, collisions, limits; files end up only under <data_dir>/uploads, and
Gradio's temporary copy does not stay behind."""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path, PurePath
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.ui.library import (
    UPLOADS_DIR,
    discard_temporary,
    gradio_upload_dir,
    ingest_uploads,
    safe_filename,
    store_uploads,
)
from tests.assistant.ui.server import RunningApp

REPORT = """ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH {province}
{province}, ngày 02 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác xây dựng Đảng quý III năm 2024

Trong quý III/2024, Đảng bộ Khối các cơ quan tỉnh {province} kết nạp {n} đảng viên mới.
"""


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("/etc/passwd.txt", "passwd.txt"),
        ("../../../../etc/cron.d/job.md", "job.md"),
        ("C:\\Windows\\System32\\bao-cao.DOCX", "bao-cao.docx"),
        ("..\\..\\..\\bao-cao.pdf", "bao-cao.pdf"),
        ("bao\x00cao.txt", "bao_cao.txt"),
        ("bao-cao.txt\x00.exe", "bao-cao.txt_.exe"),  # NUL cannot hide the real extension
        ("~/.ssh/authorized_keys.txt", "authorized_keys.txt"),
        ("..", "tai-lieu"),
        ("....txt", "txt"),
        ("CON.txt", "CON.txt"),
        ("  bao cao\t\nquy 3 .md  ", "bao cao_quy 3.md"),
    ],
)
def test_hostile_names_become_plain_names(raw: str, expected: str) -> None:
    assert safe_filename(raw) == expected


def test_a_very_long_name_keeps_its_extension() -> None:
    name = safe_filename("Báo cáo " * 200 + ".docx")
    assert len(name) <= 150 and name.endswith(".docx") and name.startswith("Báo cáo")
    assert len(name.encode("utf-8")) < 255  # within any file system's limit


def _report(folder: Path, name: str, province: str, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(REPORT.format(province=province, n=n), encoding="utf-8")
    return path


def test_names_that_collide_never_overwrite_another_report(tmp_path: Path) -> None:
    uploads = tmp_path / "data" / UPLOADS_DIR
    a = _report(tmp_path / "a", "bao-cao.txt", "Kon Tum", 11)
    b = _report(tmp_path / "b", "bao-cao.txt", "Gia Lai", 12)
    c = _report(tmp_path / "c", "bao?cao.txt", "Đắk Lắk", 13)  # "bao_cao.txt"
    d = _report(tmp_path / "d", "bao*cao.txt", "Phú Yên", 14)  # "bao_cao.txt" as well
    stored, rejected = store_uploads([a, b, c, d], uploads, max_bytes=2**20)
    assert not rejected
    assert [p.name for p in stored] == ["bao-cao.txt", "bao-cao (2).txt", "bao_cao.txt", "bao_cao (2).txt"]
    assert [p.read_bytes() for p in stored] == [p.read_bytes() for p in (a, b, c, d)]
    # A later upload: the same content reuses its file, new content gets a free name.
    again, _ = store_uploads([b, _report(tmp_path / "e", "bao-cao.txt", "Bình Phước", 15)], uploads, 2**20)
    assert [p.name for p in again] == ["bao-cao (2).txt", "bao-cao (3).txt"]
    assert len(_files(uploads)) == 5


def test_uploads_are_stored_in_an_owner_only_folder(tmp_path: Path) -> None:
    uploads = tmp_path / "data" / UPLOADS_DIR
    store_uploads([_report(tmp_path / "src", "a.txt", "Kon Tum", 1)], uploads, 2**20)
    assert stat.S_IMODE(os.stat(uploads).st_mode) == 0o700


def test_a_symlink_planted_in_the_uploads_folder_is_not_followed(tmp_path: Path) -> None:
    uploads = tmp_path / "data" / UPLOADS_DIR
    uploads.mkdir(parents=True)
    outside = tmp_path / "outside.txt"
    outside.write_text("không được ghi đè", encoding="utf-8")
    (uploads / "bao-cao.txt").symlink_to(outside)
    stored, _ = store_uploads([_report(tmp_path / "src", "bao-cao.txt", "Kon Tum", 3)], uploads, 2**20)
    assert stored == [(uploads / "bao-cao (2).txt").resolve()]
    assert outside.read_text(encoding="utf-8") == "không được ghi đè"


_NAME_CHARS = st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(_NAME_CHARS, min_size=1, max_size=40), min_size=1, max_size=4))
def test_whatever_the_names_files_land_only_in_the_uploads_folder(tmp_path: Path, stems: list[str]) -> None:
    case = tmp_path / f"case-{len(list(tmp_path.iterdir()))}"
    sources = []
    for i, stem in enumerate(stems):
        name = f"{stem}.txt"
        if name in (".txt", "..txt") or len(name.encode()) > 200:
            continue
        folder = case / "src" / str(i)
        folder.mkdir(parents=True)
        (folder / name).write_text(f"Báo cáo số {i}.", encoding="utf-8")
        sources.append(folder / name)
    data = case / "data"
    stored, rejected = store_uploads(sources, data / UPLOADS_DIR, 2**20)
    root = (data / UPLOADS_DIR).resolve()
    assert all(p.parent == root for p in stored)
    assert {p.resolve() for p in _files(data)} == set(stored)  # nothing anywhere else
    assert len(stored) + len(rejected) == len(sources) and len(set(stored)) == len(stored)


def test_gradio_temporary_copies_are_deleted_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    from assistant import Assistant

    temp = tmp_path / "gradio-temp"
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(temp))
    good = _report(temp / "ab12", "bao-cao.txt", "Kon Tum", 21)
    bad = temp / "cd34" / "cong-cu.exe"
    bad.parent.mkdir()
    bad.write_bytes(b"MZ" * 10)
    mine = _report(tmp_path / "cua-toi", "giu-lai.txt", "Gia Lai", 22)  # a user's own file
    assert gradio_upload_dir() == temp.resolve()
    with Assistant.open(settings=settings) as bot:
        results = ingest_uploads(bot, [good, bad, mine], max_bytes=2**20)
    assert sorted(r.status for r in results) == ["added", "added", "skipped"]
    assert not good.exists() and not bad.exists() and not good.parent.exists()
    assert mine.is_file()
    assert sorted(p.name for p in _files(settings.data_dir / UPLOADS_DIR)) == ["bao-cao.txt", "giu-lai.txt"]
    discard_temporary([temp / "nothing-here.txt", tmp_path])  # absent or outside: left alone
    assert tmp_path.is_dir()


def test_a_vanished_upload_is_reported_not_raised(tmp_path: Path) -> None:
    stored, rejected = store_uploads([tmp_path / "khong-co.txt"], tmp_path / UPLOADS_DIR, 2**20)
    assert stored == [] and [r.reason for r in rejected] == ["unreadable"]


# -- through the running app ------------------------------------------------------------------
@pytest.mark.slow
def test_hostile_and_colliding_names_through_the_app(writable_app: RunningApp, tmp_path: Path) -> None:
    from gradio_client import handle_file

    first = _report(tmp_path / "a", "bao-cao-quy-3.txt", "Kon Tum", 31)
    second = _report(tmp_path / "b", "bao-cao-quy-3.txt", "Gia Lai", 32)
    slashes = _report(tmp_path / "c", "..\\..\\..\\etc\\bao-cao-tinh.txt", "Đắk Lắk", 33)
    long_name = _report(tmp_path / "d", "Báo cáo " * 12 + "quý 3.md", "Phú Yên", 34)
    paths = [first, second, slashes, long_name]
    client = writable_app.client()
    rows, _ = client.predict([handle_file(str(p)) for p in paths], api_name="/upload")
    rows = list(rows["data"]) if isinstance(rows, dict) else list(rows)
    assert [r[1] for r in rows] == ["Đã thêm"] * 4, rows
    uploads = (writable_app.data_dir / UPLOADS_DIR).resolve()
    names = {unicodedata.normalize("NFC", p.name) for p in _files(uploads)}
    assert {"bao-cao-quy-3.txt", "bao-cao-quy-3 (2).txt"} <= names
    assert not any("\\" in n or ".." in n for n in names)
    sources = {PurePath(d["source"]).name: d for d in writable_app.bot.documents()}
    for path in paths:  # every report is in the store, from a file under uploads/
        text = path.read_text(encoding="utf-8")
        match = [p for p in _files(uploads) if p.read_text(encoding="utf-8") == text]
        assert len(match) == 1 and match[0].name in sources
        assert Path(sources[match[0].name]["source"]).resolve().parent == uploads
    # Gradio's copies are gone: the reports exist only under the data directory.
    contents = {p.read_bytes() for p in paths}
    left = [
        p for p in _files(gradio_upload_dir()) if p.stat().st_size < 10_000 and p.read_bytes() in contents
    ]
    assert left == []
    answer = client.predict(
        "Quý III/2024 Khối các cơ quan tỉnh Gia Lai kết nạp bao nhiêu đảng viên?", api_name="/ask"
    )
    assert "32" in answer["text"]
