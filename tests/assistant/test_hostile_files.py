"""A generated batch of 100+ malformed or hostile files: every one is reported, none crashes
the batch, and nothing already stored is lost."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.config import Settings
from tests.ingest.builders import truncate, write_docx, write_image_pdf, write_pdf, write_zip_bomb_docx

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"
REPORT = (
    "Quý I/2024, Đảng ủy Khối các cơ quan tỉnh Gia Lai kết nạp {n} đảng viên mới, "
    "đạt 20,5% kế hoạch năm; tổng số đảng viên toàn Đảng bộ là 5.{n:03d} đồng chí."
)
Maker = Callable[[Path, int], None]


def _text(n: int) -> str:
    return REPORT.format(n=n)


def _binary(path: Path, n: int) -> None:
    path.write_bytes(random.Random(n).randbytes(4096 + n))


def _empty(path: Path, n: int) -> None:
    path.write_bytes(b"" if n % 2 else b"   \n\t\n  ")


def _truncated_pdf(path: Path, n: int) -> None:
    write_pdf(path, [[_text(n)] * 20, [_text(n + 1)] * 20])
    truncate(path, 0.1 + 0.08 * (n % 10))


def _truncated_docx(path: Path, n: int) -> None:
    write_docx(path, [_text(n)] * 30)
    truncate(path, 0.1 + 0.08 * (n % 10))


def _docx_without_body(path: Path, n: int) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/other.xml", "<x/>" * n)


def _invalid_utf8(path: Path, n: int) -> None:
    good = _text(n).encode("utf-8")
    cut = len(good) // 2
    path.write_bytes(good[:cut] + b"\xff\xfe\xc3\x28\xa0\xa1" * (n + 1) + good[cut:])


def _mixed_encodings(path: Path, n: int) -> None:
    path.write_bytes(_text(n).encode("utf-8") + b"\n" + _text(n + 1).encode("cp1258", "replace"))


def _nested_html(path: Path, n: int) -> None:
    depth = 5_000 * (n + 1)
    path.write_text("<html><body>" + "<div>" * depth + _text(n) + "</div>" * depth + "</body></html>")


def _script_only_html(path: Path, n: int) -> None:
    path.write_text(f"<html><head><script>alert({n})</script></head><body><script>x()</script></body></html>")


def _hostile_html(path: Path, n: int) -> None:
    path.write_text(
        f'<html><body><p onclick="steal()">{_text(n)}</p><img src="http://evil.example/{n}.png">'
        f'<iframe src="http://evil.example"></iframe><p title="{"A" * 100_000}">x</p></body></html>'
    )


def _image_pdf(path: Path, n: int) -> None:
    write_image_pdf(path, pages=1 + n % 3)


def _valid(path: Path, n: int) -> None:
    path.write_text(_text(n) + "\n\nCông tác kiểm tra, giám sát được triển khai đúng kế hoạch.", "utf-8")


def _bomb(path: Path, n: int) -> None:
    write_zip_bomb_docx(path, expanded_bytes=300 * 2**20)


def _huge_text(path: Path, n: int) -> None:
    line = (_text(n) + "\n").encode("utf-8")
    with path.open("wb") as fh:
        for _ in range(50 * 2**20 // len(line) + 1):
            fh.write(line)


# (maker, how many, extension)
CASES: list[tuple[Maker, int, str]] = [
    (_binary, 12, ".txt"),
    (_binary, 4, ".pdf"),
    (_binary, 4, ".docx"),
    (_binary, 4, ".html"),
    (_empty, 10, ".txt"),
    (_empty, 3, ".md"),
    (_empty, 3, ".pdf"),
    (_empty, 3, ".docx"),
    (_truncated_pdf, 10, ".pdf"),
    (_truncated_docx, 10, ".docx"),
    (_docx_without_body, 3, ".docx"),
    (_invalid_utf8, 8, ".txt"),
    (_mixed_encodings, 6, ".txt"),
    (_nested_html, 3, ".html"),
    (_script_only_html, 4, ".html"),
    (_hostile_html, 3, ".html"),
    (_image_pdf, 3, ".pdf"),
    (_valid, 6, ".txt"),
    (_bomb, 1, ".docx"),
    (_huge_text, 1, ".txt"),
]
ODD_NAMES = [
    'báo cáo "quý I".txt',
    "it's a report.txt",
    "..\\..\\windows\\path.txt",  # hidden (leading dot) on POSIX
    "a\\b\\c.md",
    "-rf --json.txt",
    "tên tệp tiếng Việt có dấu.html",
    "名前.txt",
    "new\nline.txt",
    "x" * 200 + ".txt",
    "semi;colon|pipe&amp.txt",
    ".hidden.txt",
    "UPPER.TXT",
    "no_extension",
    "report.exe",
    "table.xlsx",
    "photo.jpg",
]


def _build(folder: Path) -> tuple[list[Path], list[Path]]:
    """Write every case; returns (all files, the valid reports among them)."""
    folder.mkdir()
    files, valid = [], []
    n = 0
    for maker, count, ext in CASES:
        for _ in range(count):
            path = folder / f"{maker.__name__.strip('_')}-{n:03d}{ext}"
            maker(path, n)
            files.append(path)
            if maker is _valid:
                valid.append(path)
            n += 1
    for name in ODD_NAMES:
        path = folder / name
        _valid(path, n)
        n += 1
        if name.startswith("."):
            continue  # hidden files are not ingested from folders, as with any other tool
        files.append(path)
        if path.suffix.lower() in {".txt", ".md", ".html"}:
            valid.append(path)
    return files, valid


@pytest.mark.slow
def test_hostile_batch_is_reported_file_by_file_and_loses_nothing(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "hostile"
    files, valid = _build(folder)
    assert len(files) >= 100
    with Assistant.open(settings=settings) as bot:
        seeded = bot.ingest([SAMPLES])
        assert seeded.ok
        before = {d["source"]: d for d in bot.documents()}
        report = bot.ingest([folder])

        reported = {Path(f.source).name for f in report.files}
        assert reported == {p.name for p in files}, "every visible file gets exactly one result"
        assert len(report.files) == len(files)
        for result in report.skipped:
            assert result.message and result.reason, result
        added = {Path(f.source).name for f in report.files if f.status == "added"}
        assert {p.name for p in valid} <= added
        reasons = {Path(f.source).name: f.reason for f in report.skipped}
        assert reasons[_name_of(files, "bomb")] == "too_large"  # expands past the unzip limit
        assert reasons[_name_of(files, "huge_text")] == "too_large"
        assert all(reasons[p.name] == "corrupt" for p in files if p.name.startswith("truncated_"))
        assert all(reasons[p.name] == "no_text" for p in files if p.name.startswith("image_pdf"))
        assert all(
            reasons[p.name] == "unsupported" for p in files if p.suffix in {".exe", ".xlsx", ".jpg", ""}
        )

        after = {d["source"]: d for d in bot.documents()}
        for source, doc in before.items():
            assert after[source] == doc, f"{source} changed"
        status = bot.status()
        assert status["vectors"] == status["chunks"]
        assert bot.search("Lâm Đồng kết nạp đảng viên", k=3)


def _name_of(files: list[Path], prefix: str) -> str:
    return next(p.name for p in files if p.name.startswith(prefix + "-"))
