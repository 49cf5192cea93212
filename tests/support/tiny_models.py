"""Tiny sentence-transformers models built and saved by the tests themselves.

The Hugging Face hub is unreachable here, so the real loading code is exercised with
models that have a real tokenizer and a real (random, seeded) BERT, saved to a local path.
"""

from __future__ import annotations

from pathlib import Path

WORDS = (
    "đảng viên kết nạp quý năm tháng tổ chức cơ sở kiểm tra giám sát khối cơ quan doanh "
    "nghiệp tỉnh nghệ an thanh hóa báo cáo chi bộ nghị quyết học tập huy hiệu kỷ luật"
).split(" ")


def _tokenizer(directory: Path) -> None:
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    vocab = {tok: i for i, tok in enumerate(specials + sorted(set(WORDS)))}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([normalizers.NFC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    fast.save_pretrained(str(directory))


def _bert(directory: Path, num_labels: int | None = None) -> None:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertModel

    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(WORDS) + 5,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    if num_labels is None:
        BertModel(config).save_pretrained(str(directory))
    else:
        config.num_labels = num_labels
        BertForSequenceClassification(config).save_pretrained(str(directory))


def build_tiny_embedder(target: Path) -> Path:
    """Save a tiny SentenceTransformer (BERT + mean pooling) at ``target`` and return it."""
    from sentence_transformers import SentenceTransformer

    try:
        from sentence_transformers.sentence_transformer import modules as models
    except ImportError:  # sentence-transformers < 6
        from sentence_transformers import models  # type: ignore[no-redef]

    raw = target.with_name(target.name + "-raw")
    raw.mkdir(parents=True, exist_ok=True)
    _tokenizer(raw)
    _bert(raw)
    word = models.Transformer(str(raw), max_seq_length=64)
    pooling = models.Pooling(word.get_embedding_dimension(), pooling_mode="mean")
    SentenceTransformer(modules=[word, pooling], device="cpu").save(str(target))
    return target


def build_tiny_cross_encoder(target: Path) -> Path:
    """Save a tiny CrossEncoder (BERT with one output) at ``target`` and return it."""
    target.mkdir(parents=True, exist_ok=True)
    _tokenizer(target)
    _bert(target, num_labels=1)
    return target
