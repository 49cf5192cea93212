"""Embedders: sentence-transformers models, and the offline hashing embedder.

Chroma needs a vector for every record. When no neural model can be loaded offline, the
product uses ``HashingEmbeddings``: feature-hashed bags of accent-folded syllables and
syllable pairs. It is honest about what it is (a lexical vector, not a semantic one) and its
name says so; retrieval then relies on the BM25 index.
"""

from __future__ import annotations

import itertools
import logging
import socket
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import ModelUnavailableError
from ingest.text import fold, syllables

if TYPE_CHECKING:
    from assistant.config import Settings

log = logging.getLogger(__name__)

HASHING_PREFIX = "hashing"
ST_PREFIX = "st:"


class HashingEmbeddings(Embeddings):
    """Signed feature hashing of folded syllables and syllable bigrams, L2-normalised."""

    def __init__(self, dim: int = 384) -> None:
        if dim < 16:
            raise ValueError(f"dim must be >= 16, got {dim}")
        self.dim = dim

    @property
    def name(self) -> str:
        return f"{HASHING_PREFIX}-v1-{self.dim}"

    def _vector(self, text: str) -> list[float]:
        tokens = syllables(fold(text))
        features = tokens + [a + "_" + b for a, b in itertools.pairwise(tokens)]
        vec = np.zeros(self.dim, dtype=np.float32)
        for feature in features:
            h = zlib.crc32(feature.encode())
            vec[h % self.dim] += 1.0 if (h >> 31) & 1 else -1.0
        norm = float(np.linalg.norm(vec))
        return (vec / norm if norm else vec).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def _e5_prefixes(model: str) -> tuple[str, str]:
    """e5 models expect "query: " and "passage: " prefixes (by the model's own name)."""
    lowered = Path(model.rstrip("/")).name.lower()
    if lowered.startswith("e5") or "-e5" in lowered or "_e5" in lowered:
        return "query: ", "passage: "
    return "", ""


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers model used with its query/passage prefixes (e5 style)."""

    def __init__(self, model: Any, model_name: str, batch_size: int = 32) -> None:
        self._model = model
        self.model_name = model_name
        self.batch_size = batch_size
        self.query_prefix, self.passage_prefix = _e5_prefixes(model_name)

    @property
    def name(self) -> str:
        return ST_PREFIX + self.model_name

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return [list(map(float, v)) for v in vectors]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode([self.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self.query_prefix + text])[0]


@dataclass
class EmbedderChoice:
    """The embedder in use and, when the neural default could not be used, why."""

    embeddings: Embeddings
    name: str
    neural: bool
    notice: str = ""


def _hub_reachable(timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection(("huggingface.co", 443), timeout=timeout):
            return True
    except OSError:
        return False


def _is_cached(model: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - huggingface_hub ships with sentence-transformers
        return False
    found = try_to_load_from_cache(model, "config.json")
    return isinstance(found, str)


def load_sentence_transformer(model: str, *, offline: bool) -> SentenceTransformerEmbeddings:
    """Load a model from a local path, the local cache, or (when allowed and reachable) the hub.

    Raises ModelUnavailableError instead of hanging on a download that cannot succeed.
    """
    local = Path(model).expanduser()
    if local.exists():
        source, local_only = str(local), True
    elif _is_cached(model):
        source, local_only = model, True
    elif offline or not _hub_reachable():
        why = "HF_HUB_OFFLINE đang bật" if offline else "không kết nối được Hugging Face"
        raise ModelUnavailableError(
            f"Không tải được mô hình nhúng '{model}' ({why}) và máy chưa có sẵn mô hình này. "
            "Hãy sao chép mô hình vào máy và đặt BAOCAO_EMBEDDER_MODEL=<đường dẫn thư mục>, "
            "hoặc dùng BAOCAO_EMBEDDER=hashing."
        )
    else:
        source, local_only = model, False
    try:
        from sentence_transformers import SentenceTransformer

        st = SentenceTransformer(source, device="cpu", local_files_only=local_only)
    except Exception as exc:
        raise ModelUnavailableError(f"Không nạp được mô hình nhúng '{model}': {exc}") from exc
    return SentenceTransformerEmbeddings(st, model_name=model if not local.exists() else str(local))


def make_embedder(settings: Settings, recorded: str | None = None) -> EmbedderChoice:
    """Pick the embedder from settings; in "auto" mode honour the one the store was built with."""
    mode = settings.embedder.strip()
    if mode == "auto" and recorded:
        mode = "hashing" if recorded.startswith(HASHING_PREFIX) else recorded.removeprefix(ST_PREFIX)
        if mode == "hashing":
            return _hashing_choice(recorded)
    if mode == "hashing":
        return _hashing_choice(recorded)
    if mode == "auto":
        try:
            st = load_sentence_transformer(settings.embedder_model, offline=settings.hf_offline)
        except ModelUnavailableError as exc:
            notice = (
                "Chế độ ngoại tuyến: chưa có mô hình nhúng ngữ nghĩa, tìm kiếm dùng chỉ mục từ "
                f"vựng (BM25) và vector băm. Chi tiết: {exc}"
            )
            log.info("neural embedder unavailable, using hashing embedder: %s", exc)
            return _hashing_choice(None, notice=notice)
        return EmbedderChoice(st, st.name, neural=True)
    st = load_sentence_transformer(mode, offline=settings.hf_offline)
    return EmbedderChoice(st, st.name, neural=True)


def _hashing_choice(recorded: str | None, notice: str = "") -> EmbedderChoice:
    dim = 384
    if recorded and recorded.startswith(HASHING_PREFIX):
        dim = int(recorded.rsplit("-", 1)[-1])
    emb = HashingEmbeddings(dim)
    return EmbedderChoice(emb, emb.name, neural=False, notice=notice)
