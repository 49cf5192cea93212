"""Optional cross-encoder reranking (sentence-transformers ``CrossEncoder``), offline only.

The model is a name in the local Hugging Face cache or a path (``BAOCAO_RERANKER``). It is
never downloaded: when it is not on this machine, retrieval runs without reranking and says
so in a notice. The model itself loads on first use, so opening a store stays fast.
"""

from __future__ import annotations

import logging
import math
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

BATCH = 16


def _cached(model: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - ships with sentence-transformers
        return False
    try:
        found = try_to_load_from_cache(model, "config.json")
    except Exception:  # an invalid repo id ("./x") is simply not cached
        return False
    return isinstance(found, str)


class CrossEncoderReranker:
    """Scores (question, passage) pairs with a CrossEncoder loaded from local files."""

    def __init__(self, source: str, name: str) -> None:
        self.source = source
        self.name = name
        self._model: Any = None
        self._lock = threading.Lock()
        self.failure = ""

    def _load(self) -> Any:
        with self._lock:
            if self._model is None and not self.failure:
                try:
                    from sentence_transformers import CrossEncoder

                    self._model = CrossEncoder(self.source, device="cpu", local_files_only=True)
                except Exception as exc:
                    self.failure = f"Không nạp được bộ xếp hạng lại '{self.name}': {exc}"
                    log.warning("%s", self.failure)
            return self._model

    @property
    def available(self) -> bool:
        return not self.failure

    def scores(self, query: str, passages: list[str]) -> list[float] | None:
        """Relevance in 0..1 for each passage, or None when the model cannot be used."""
        model = self._load()
        if model is None or not passages:
            return None if model is None else []
        raw = [
            float(x)
            for x in model.predict([(query, p) for p in passages], batch_size=BATCH, show_progress_bar=False)
        ]
        if all(0.0 <= x <= 1.0 for x in raw):
            return raw  # the model's own activation (sigmoid for one label) already applied
        return [_sigmoid(x) for x in raw]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def make_reranker(model: str) -> tuple[CrossEncoderReranker | None, str]:
    """The reranker for ``model`` (a local path or a cached hub name), or None and a notice."""
    model = model.strip()
    if not model:
        return None, ""
    local = Path(model).expanduser()
    if local.exists():
        return CrossEncoderReranker(str(local), str(local)), ""
    if _cached(model):
        return CrossEncoderReranker(model, model), ""
    notice = (
        f"Không dùng bộ xếp hạng lại '{model}': mô hình chưa có sẵn trên máy và không được tải "
        "qua mạng. Sao chép mô hình vào máy rồi đặt BAOCAO_RERANKER=<đường dẫn thư mục>, hoặc "
        "để trống BAOCAO_RERANKER."
    )
    return None, notice
