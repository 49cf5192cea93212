"""Safe rendering of document and answer text as HTML.

Everything shown in the UI comes from documents or from a language model, so none of it is
trusted: markup is removed first (tags with script/style content, markdown images and links),
then the text is rendered by markdown-it with raw HTML, links and images switched off, so the
browser never runs a script or fetches a remote resource because of a document. The only
links in the output are the citation links generated here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_DROP_BLOCKS = re.compile(
    r"<\s*(script|style|iframe|object|embed|template|noscript)\b[^>]*>.*?(<\s*/\s*\1\s*>|$)", re.I | re.S
)
_COMMENT = re.compile(r"<!--.*?(-->|$)", re.S)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\s*(\([^)]*\)|\[[^\]]*\])")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?[^)\s>]*>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$", re.M)
_CITATION = re.compile(r"\[(\d{1,3})\]")


def strip_markup(text: str) -> str:
    """Plain text: HTML tags, comments, markdown images and links removed (labels kept)."""
    text = _DROP_BLOCKS.sub("", text or "")
    text = _COMMENT.sub("", text)
    text = _TAG.sub("", text)
    text = _MD_IMAGE.sub(lambda m: m.group(1).strip(), text)
    text = _MD_LINK.sub(_link_label, text)
    return _MD_REF_DEF.sub("", text)


def _link_label(match: re.Match[str]) -> str:
    label = match.group(1)
    return f"[{label}]" if label.strip().isdigit() else label


def escape(text: Any) -> str:
    """HTML-escape any value (quotes included)."""
    return html.escape(str(text if text is not None else ""), quote=True)


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    # commonmark without raw HTML; no links, images or autolinks: they stay literal text.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    return md.enable("table").disable(["image", "link", "autolink"])


def markdown_html(text: str) -> str:
    """Safe HTML for markdown ``text`` (markup stripped, raw HTML escaped, no links/images)."""
    return str(_markdown().render(strip_markup(text)))


def link_citations(rendered: str, valid: Iterable[int], turn: int) -> str:
    """Turn "[n]" in rendered HTML into links to source card ``nguon-<turn>-<n>``."""
    numbers = set(valid)

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in numbers:
            return match.group(0)
        return (
            f'<a class="cite" href="#nguon-{turn}-{n}" data-turn="{turn}" data-n="{n}" '
            f'title="Xem nguồn [{n}]">[{n}]</a>'
        )

    return _CITATION.sub(link, rendered)


def plain_paragraphs(text: str) -> str:
    """Escaped text in a block that keeps its line breaks (for quoted chunks)."""
    return f'<div class="plain">{escape(strip_markup(text))}</div>'


def highlight(chunk: str, passage: str) -> str:
    """Escaped ``chunk`` with every part of ``passage`` found in it wrapped in <mark>."""
    chunk = strip_markup(chunk)
    spans = _merge(_find_spans(chunk, strip_markup(passage)))
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(escape(chunk[last:start]))
        out.append(f"<mark>{escape(chunk[start:end])}</mark>")
        last = end
    out.append(escape(chunk[last:]))
    return "".join(out)


def _find_spans(chunk: str, passage: str) -> list[tuple[int, int]]:
    passage = passage.strip()
    if not passage or not chunk:
        return []
    whole = _search(chunk, passage)
    if whole:
        return [whole]
    # A narrowed passage joins sentences that may be apart in the chunk: find each one.
    from assistant.citations import split_sentences

    pieces = [s for line in passage.split("\n") for s in split_sentences(line)]
    return [span for piece in pieces if (span := _search(chunk, piece))]


def _search(chunk: str, piece: str) -> tuple[int, int] | None:
    words = piece.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, chunk)
    return match.span() if match else None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
