from __future__ import annotations

from pathlib import Path

from ingest.model import Chunk
from vectorstore.catalog import Catalog, DocumentRecord
from vectorstore.lexical import LexicalIndex
from vectorstore.tokens import document_tokens, query_tokens

TEXTS = [
    "Quý I/2022 toàn Đảng bộ kết nạp 47 đảng viên mới, đạt 18,8% kế hoạch năm.",
    "Quý II/2022 toàn Đảng bộ kết nạp 61 đảng viên mới, đạt 24,4% kế hoạch năm.",
    "Học tập Nghị quyết Trung ương 4 khóa XIII cho 7.215 lượt cán bộ, đảng viên.",
    "Doanh thu của các doanh nghiệp đạt 38.460 tỷ đồng.",
]


def _catalog(tmp_path: Path, texts: list[str] = TEXTS) -> Catalog:
    cat = Catalog(tmp_path / "c.sqlite")
    chunks = [Chunk(text=t, start=0, end=len(t)) for t in texts]
    cat.put_document(DocumentRecord("d1", "/a.txt", "h", "txt", 1, {}), chunks, "t")
    return cat


def test_tokens_keep_roman_numerals_single_letters_and_whole_numbers() -> None:
    tokens = document_tokens("Quý I/2022, khóa XIII, 5.016 đảng viên")
    assert {"quý", "i", "2022", "khóa", "xiii", "5016", "quy", "khoa"} <= set(tokens)
    assert "đảng_viên" in tokens and "dang_vien" in tokens


def test_query_without_diacritics_uses_folded_tokens() -> None:
    tokens = query_tokens("quy 1 nam 2022 ket nap bao nhieu dang vien")
    assert "quy" in tokens and "dang_vien" in tokens
    assert all(t == t.encode("ascii", "ignore").decode() for t in tokens)


def test_search_distinguishes_quarters_and_matches_unaccented_queries(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    index = LexicalIndex(tmp_path / "lex")
    assert index.refresh(cat)
    assert index.search("quý I/2022 kết nạp đảng viên", 1)[0][0] == "d1:0000"
    assert index.search("quy II 2022 ket nap dang vien", 1)[0][0] == "d1:0001"
    assert index.search("NQ Trung ương 4 khóa XIII", 1)[0][0] == "d1:0002"
    assert index.search("zzz", 3) == []


def test_index_persists_and_follows_the_catalog_generation(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    LexicalIndex(tmp_path / "lex").refresh(cat)
    reopened = LexicalIndex(tmp_path / "lex")
    assert reopened.generation == cat.generation
    assert not reopened.refresh(cat)
    cat.delete_document("d1")
    assert reopened.refresh(cat)
    assert reopened.search("đảng viên", 5) == []


def test_a_torn_index_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    LexicalIndex(tmp_path / "lex").refresh(cat)
    (tmp_path / "lex" / "state.json").write_text("{not json", encoding="utf-8")
    index = LexicalIndex(tmp_path / "lex")
    assert index.generation == -1
    assert index.refresh(cat)
    assert index.search("doanh thu", 1)[0][0] == "d1:0003"
