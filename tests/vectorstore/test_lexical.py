from __future__ import annotations

from pathlib import Path

import pytest

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


def test_bulk_build_scores_exactly_like_bm25s_index() -> None:
    import bm25s
    import numpy as np

    from vectorstore.lexical_build import TokenCache, bm25_from_cache, tokenize_all

    cache = tokenize_all(TEXTS, document_tokens, TokenCache.empty())
    ours = bm25_from_cache(cache)
    reference = bm25s.BM25()
    reference.index([document_tokens(t) for t in TEXTS], show_progress=False)
    for query in ("quý I kết nạp đảng viên", "doanh thu 38.460", "khoa xiii", "dang vien"):
        tokens = [t for t in query_tokens(query) if t in reference.vocab_dict]
        assert np.allclose(ours.get_scores(tokens), reference.get_scores(tokens), atol=1e-6)


def test_a_refresh_tokenizes_only_new_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vectorstore.lexical as lexical_module

    cat = _catalog(tmp_path)
    index = LexicalIndex(tmp_path / "lex")
    index.refresh(cat)
    seen: list[str] = []

    def counting(text: str) -> list[str]:
        seen.append(text)
        return document_tokens(text)

    monkeypatch.setattr(lexical_module, "document_tokens", counting)
    extra = "Quý III/2022 trao Huy hiệu Đảng cho 52 đảng viên."
    cat.put_document(DocumentRecord("d2", "/b.txt", "h2", "txt", 1, {}), [Chunk(extra, 0, len(extra))], "t")
    assert index.refresh(cat)
    assert seen == [extra]
    assert index.search("huy hiệu đảng", 1)[0][0] == "d2:0000"
    assert LexicalIndex(tmp_path / "lex").search("quý II/2022 kết nạp", 1)[0][0] == "d1:0001"


def test_each_refresh_installs_a_new_immutable_snapshot(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    index = LexicalIndex(tmp_path / "lex")
    index.refresh(cat)
    before = index.snapshot
    cat.delete_document("d1")
    index.refresh(cat)
    assert index.snapshot is not before
    assert len(before) == 4 and len(index.snapshot) == 0  # the old one is untouched


def test_a_different_catalog_with_the_same_generation_is_not_trusted(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    LexicalIndex(tmp_path / "lex").refresh(cat)
    other = Catalog(tmp_path / "other.sqlite")
    other.put_document(DocumentRecord("x", "/x.txt", "h", "txt", 1, {}), [Chunk("khác hẳn", 0, 8)], "t")
    assert other.generation == cat.generation
    index = LexicalIndex(tmp_path / "lex")
    assert index.refresh(other)
    assert index.chunk_ids == ["x:0000"]
