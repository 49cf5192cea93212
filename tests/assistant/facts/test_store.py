"""The facts table follows ingest, update and removal, and can be rebuilt from the catalog."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.config import Settings
from assistant.facts import store
from assistant.facts.model import Fact
from assistant.facts.store import VERSION_KEY, best_fact, query_facts, refresh_facts, series

Q1 = (
    "Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết quý I/2024\n\n"
    "Quý I/2024, Đảng bộ Khối có 80 tổ chức cơ sở đảng với 4.400 đảng viên. Toàn Đảng bộ kết nạp "
    "{n} đảng viên, đạt 20,1% kế hoạch năm."
)
H1 = (
    "Đảng ủy Khối các cơ quan tỉnh Phú Yên sơ kết 6 tháng đầu năm 2024\n\n"
    "Sáu tháng đầu năm 2024, Đảng bộ Khối có 79 tổ chức cơ sở đảng với 4.450 đảng viên. Toàn Đảng bộ "
    "kết nạp 90 đảng viên, riêng quý I kết nạp 41 đảng viên."
)


def _rows(bot: Assistant) -> list[tuple[object, ...]]:
    return sorted(tuple(r) for r in bot.catalog.query("SELECT * FROM facts"))


def test_facts_follow_ingest_update_and_remove(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    report = folder / "q1.txt"
    report.write_text(Q1.format(n=41), encoding="utf-8")
    with Assistant.open(settings=settings) as bot:
        bot.ingest([folder])
        facts = query_facts(bot.catalog, metrics=["ket_nap"], measure="value")
        assert [(f.period, f.value) for f in facts] == [("2024-Q1", "41")]
        chunk_ids = bot.catalog.chunk_ids()
        assert all(f.chunk_id in chunk_ids for f in query_facts(bot.catalog, segment=None))
        report.write_text(Q1.format(n=44), encoding="utf-8")
        bot.ingest([folder])
        assert [f.value for f in query_facts(bot.catalog, metrics=["ket_nap"], measure="value")] == ["44"]
        assert len(bot.remove([report])) == 1 and bot.documents() == []
        assert bot.catalog.query("SELECT COUNT(*) AS n FROM facts")[0]["n"] == 0


def test_two_stores_of_the_same_files_hold_the_same_rows(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "q1.txt").write_text(Q1.format(n=41), encoding="utf-8")
    (folder / "h1.txt").write_text(H1, encoding="utf-8")
    dumps = []
    for name in ("a", "b"):
        settings = Settings.load({"data_dir": tmp_path / name, "embedder": "hashing"}, environ={})
        with Assistant.open(settings=settings) as bot:
            bot.ingest([folder])
            dumps.append(_rows(bot))
    assert dumps[0] and dumps[0] == dumps[1]


def test_refresh_rebuilds_facts_from_the_catalog(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "q1.txt").write_text(Q1.format(n=41), encoding="utf-8")
    with Assistant.open(settings=settings) as bot:
        bot.ingest([tmp_path / "q1.txt"])
        before = _rows(bot)
        assert refresh_facts(bot.catalog) == 0  # already current
        bot.catalog.query("DELETE FROM facts")
        bot.catalog.set_state(VERSION_KEY, "old")
        assert refresh_facts(bot.catalog) == 1
        assert _rows(bot) == before


def test_a_failing_extractor_never_loses_the_document(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> list[object]:
        raise RuntimeError("rule bug")

    monkeypatch.setattr(store, "extract_document_facts", broken)
    (tmp_path / "q1.txt").write_text(Q1.format(n=41), encoding="utf-8")
    with Assistant.open(settings=settings) as bot:
        report = bot.ingest([tmp_path / "q1.txt"])
        assert report.added == 1
        assert bot.catalog.query("SELECT COUNT(*) AS n FROM facts")[0]["n"] == 0


def test_series_prefers_each_period_own_report(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "q1.txt").write_text(Q1.format(n=44), encoding="utf-8")
    (tmp_path / "h1.txt").write_text(H1, encoding="utf-8")
    with Assistant.open(settings=settings) as bot:
        bot.ingest([tmp_path])
        data = series(bot.catalog, "Phú Yên", "khoi-co-quan", ["ket_nap", "tong_dang_vien"])
        # The H1 report says "riêng quý I kết nạp 41"; the Q1 report itself says 44.
        assert data["ket_nap"]["2024-Q1"].value == "44"
        assert data["ket_nap"]["2024-H1"].value == "90"
        assert {p: f.value for p, f in data["tong_dang_vien"].items()} == {
            "2024-Q1": "4.400",
            "2024-H1": "4.450",
        }
        q1 = query_facts(bot.catalog, metrics=["ket_nap"], periods=["2024-Q1"], measure="value")
        assert len(q1) == 2 and best_fact(q1).from_own_report


def test_the_whole_count_of_new_members_beats_a_part_named_in_the_same_report() -> None:
    part = "Ở khu vực kinh tế tư nhân còn khó khăn, mới kết nạp được 8 đảng viên."
    row = "Bảng 2. Kết quả 6 tháng — Nội dung | Thực hiện: Kết nạp đảng viên mới | 63"
    facts = [
        Fact("ket_nap", value, "2025-H1", quote, number=Decimal(value), doc_periods=["2025-H1"])
        for value, quote in (("8", part), ("63", row))
    ]
    assert best_fact(facts).value == "63"
