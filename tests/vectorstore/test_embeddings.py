from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.errors import ModelUnavailableError
from tests.support.tiny_models import build_tiny_embedder
from vectorstore.embeddings import HashingEmbeddings, make_embedder


def _cos(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b))


def test_hashing_is_deterministic_normalised_and_accent_insensitive() -> None:
    emb = HashingEmbeddings(256)
    a = emb.embed_query("Đảng ủy Khối kết nạp đảng viên")
    assert a == HashingEmbeddings(256).embed_query("Đảng ủy Khối kết nạp đảng viên")
    assert abs(np.linalg.norm(a) - 1.0) < 1e-5
    folded = emb.embed_query("dang uy khoi ket nap dang vien")
    old_tones = emb.embed_query("Đảng uỷ Khối kết nạp đảng viên")
    other = emb.embed_query("doanh thu nộp ngân sách")
    assert _cos(a, folded) > 0.99 and _cos(a, old_tones) > 0.99
    assert _cos(a, other) < 0.5


def test_hashing_rejects_tiny_dimension() -> None:
    with pytest.raises(ValueError, match="dim"):
        HashingEmbeddings(4)


def test_auto_mode_degrades_to_hashing_without_hanging(tmp_path: Path) -> None:
    settings = Settings.load(
        {"data_dir": tmp_path, "embedder_model": "no-such-org/no-such-model"}, environ={}
    )
    started = time.perf_counter()
    choice = make_embedder(settings)
    assert time.perf_counter() - started < 10
    assert not choice.neural and choice.name.startswith("hashing")
    assert "ngoại tuyến" in choice.notice.lower()


def test_explicit_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings.load(
        {"data_dir": tmp_path, "embedder": "no-such-org/x", "hf_offline": True}, environ={}
    )
    with pytest.raises(ModelUnavailableError, match="BAOCAO_EMBEDDER"):
        make_embedder(settings)


def test_auto_mode_honours_the_recorded_hashing_dimension(tmp_path: Path) -> None:
    settings = Settings.load({"data_dir": tmp_path}, environ={})
    choice = make_embedder(settings, recorded="hashing-v1-128")
    assert choice.name == "hashing-v1-128"


@pytest.mark.slow
def test_real_sentence_transformer_loads_from_a_local_path(tmp_path: Path) -> None:
    path = build_tiny_embedder(tmp_path / "tiny")
    settings = Settings.load({"data_dir": tmp_path, "embedder": str(path)}, environ={})
    choice = make_embedder(settings)
    assert choice.neural and choice.name == f"st:{path}"
    vectors = choice.embeddings.embed_documents(["đảng viên kết nạp", "kiểm tra giám sát"])
    assert len(vectors) == 2 and len(vectors[0]) == 32
    assert abs(np.linalg.norm(vectors[0]) - 1.0) < 1e-4
    query = choice.embeddings.embed_query("đảng viên kết nạp")
    assert _cos(query, vectors[0]) > _cos(query, vectors[1])
