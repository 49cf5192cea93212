"""Building the bm25s index in bulk, with a cache of tokenized chunks.

``bm25s.BM25.index`` walks Python lists of tokens, which costs gigabytes at 100k chunks. Here
each chunk becomes (token id, term frequency) pairs in numpy arrays, and the BM25 matrix is
computed with bm25s's own "lucene" formulas into a ``bm25s.BM25`` object (``scores``,
``vocab_dict``), which bm25s then saves, loads and scores as usual.

Tokenizing is the slow part (the word segmenter), so the pairs of every chunk are cached by
the hash of the chunk's indexed text (``TokenCache``, stored with the index): a refresh after
an ingest only tokenizes new or changed chunks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

K1, B = 1.5, 0.75  # bm25s defaults
CACHE_FILE = "tokens.npz"
VOCAB_FILE = "tokens_vocab.json"


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


@dataclass
class TokenCache:
    """Term frequencies of chunks by text hash: chunk ``i`` owns ``cols/tf[offsets[i]:offsets[i+1]]``."""

    keys: np.ndarray  # (n,) bytes16
    offsets: np.ndarray  # (n + 1,) int64
    cols: np.ndarray  # token ids into ``vocab``
    tf: np.ndarray  # term frequencies
    lengths: np.ndarray  # (n,) token count of each chunk
    vocab: list[str]

    @classmethod
    def empty(cls) -> TokenCache:
        z = np.zeros(0, dtype=np.int32)
        return cls(np.zeros(0, dtype="S16"), np.zeros(1, dtype=np.int64), z, z.copy(), z.copy(), [])

    @classmethod
    def load(cls, directory: Path) -> TokenCache:
        """The cache stored in ``directory``; empty when absent or unreadable."""
        try:
            with np.load(directory / CACHE_FILE) as npz:
                arrays = {k: npz[k] for k in ("keys", "offsets", "cols", "tf", "lengths")}
            vocab = json.loads((directory / VOCAB_FILE).read_text(encoding="utf-8"))
            return cls(vocab=list(vocab), **arrays)
        except (OSError, ValueError, KeyError):
            return cls.empty()

    def save(self, directory: Path) -> None:
        np.savez(
            directory / CACHE_FILE,
            keys=self.keys,
            offsets=self.offsets,
            cols=self.cols,
            tf=self.tf,
            lengths=self.lengths,
        )
        (directory / VOCAB_FILE).write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")


def _pairs(tokens: list[str], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    ids = np.fromiter((vocab.setdefault(t, len(vocab)) for t in tokens), dtype=np.int32, count=len(tokens))
    return np.unique(ids, return_counts=True)


def tokenize_all(texts: Sequence[str], tokenize: Callable[[str], list[str]], cache: TokenCache) -> TokenCache:
    """Term frequencies of every text, reusing the cached ones; the result is a new cache
    holding exactly ``texts`` (in order) over a compacted vocabulary."""
    vocab = {t: i for i, t in enumerate(cache.vocab)}
    slot = {bytes(k): i for i, k in enumerate(cache.keys)}
    keys, cols, tfs, lengths = [], [], [], []
    for text in texts:
        key = text_key(text)
        i = slot.get(key)
        if i is not None:
            a, b = cache.offsets[i], cache.offsets[i + 1]
            c, f, n = cache.cols[a:b], cache.tf[a:b], int(cache.lengths[i])
        else:
            tokens = tokenize(text)
            c, f = _pairs(tokens, vocab)
            n = len(tokens)
        keys.append(key)
        cols.append(c.astype(np.int32, copy=False))
        tfs.append(f.astype(np.int32, copy=False))
        lengths.append(n)
    names = [""] * len(vocab)
    for token, i in vocab.items():
        names[i] = token
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(c) for c in cols], out=offsets[1:])
    flat = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int32)
    return _compact(
        TokenCache(
            keys=np.array(keys, dtype="S16"),
            offsets=offsets,
            cols=flat,
            tf=np.concatenate(tfs) if tfs else np.zeros(0, dtype=np.int32),
            lengths=np.array(lengths, dtype=np.int32),
            vocab=names,
        )
    )


def _compact(cache: TokenCache) -> TokenCache:
    """Drop vocabulary entries no chunk uses any more (after removals and updates)."""
    used = np.unique(cache.cols)
    if used.size == len(cache.vocab):
        return cache
    remap = np.full(len(cache.vocab), -1, dtype=np.int32)
    remap[used] = np.arange(used.size, dtype=np.int32)
    cache.cols = remap[cache.cols]
    cache.vocab = [cache.vocab[i] for i in used]
    return cache


def bm25_from_cache(cache: TokenCache) -> Any:
    """A ``bm25s.BM25`` (lucene variant, k1=1.5, b=0.75) over the cached chunks."""
    import bm25s

    n_docs, n_vocab = len(cache.keys), len(cache.vocab)
    rows = np.repeat(np.arange(n_docs, dtype=np.int32), np.diff(cache.offsets))
    cols, tf = cache.cols, cache.tf.astype(np.float32)
    df = np.bincount(cols, minlength=n_vocab).astype(np.float32)
    idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
    lengths = cache.lengths.astype(np.float32)
    avg = float(lengths.mean()) if n_docs else 1.0
    norm = K1 * (1.0 - B + B * lengths[rows] / avg)
    scores = idf[cols] * tf / (tf + norm)
    order = np.argsort(cols, kind="stable")
    indptr = np.zeros(n_vocab + 2, dtype=np.int64)  # one more column: bm25s's empty token ""
    np.cumsum(np.bincount(cols, minlength=n_vocab), out=indptr[1 : n_vocab + 1])
    indptr[-1] = indptr[-2]
    bm25 = bm25s.BM25(k1=K1, b=B, method="lucene")
    bm25.scores = {
        "data": scores[order].astype(np.float32),
        "indices": rows[order].astype(np.int32),
        "indptr": indptr,
        "num_docs": n_docs,
    }
    bm25.vocab_dict = {t: i for i, t in enumerate(cache.vocab)}
    bm25.vocab_dict.setdefault("", n_vocab)
    bm25.unique_token_ids_set = set(bm25.vocab_dict.values())
    bm25.nonoccurrence_array = None  # only BM25L and BM25+ use it
    return bm25
