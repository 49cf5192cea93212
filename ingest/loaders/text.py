"""Plain-text and Markdown loaders."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.boilerplate import label_lines, metadata_lines
from ingest.encodings import decode_bytes
from ingest.loaders.columns import unfold_columns
from ingest.loaders.common import decode_named, error
from ingest.loaders.paragraphs import lines_to_blocks, promote_title
from ingest.model import LoadedDocument
from ingest.structure import heading_text, is_table_row
from ingest.text import strip_invisible
from ingest.text_tables import find_tables

_URL = re.compile(r"https?://\S+")
_FRONT_MATTER = re.compile(r"\A---\n((?:[\w-]+\s*:.*\n){1,40})---\n")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FENCE = re.compile(r"^\s*(```|~~~)")
_HINT_KEYS = {"title": "title", "date": "date", "author": "author", "url": "url", "source": "url"}


_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """Decoded text, NFC, without invisible characters; runs of spaces inside a line are kept
    (they align the columns of text tables and of a two-column letterhead)."""
    text, encoding = decode_named(path, data, decode_bytes)
    text = strip_invisible(text).replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    lines = (_ODD_SPACES.sub(" ", line).rstrip() for line in text.split("\n"))
    return "\n".join(lines).strip("\n"), encoding


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Strip a YAML front matter block and keep its title/date/author/url as hints."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    hints: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        name = _HINT_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'")
        if name and value:
            hints.setdefault(name, value)
    return text[match.end() :], hints


def _load(path: Path, data: bytes, *, markdown: bool) -> LoadedDocument:
    text, encoding = _decode(path, data)
    hints: dict[str, str] = {}
    if markdown:
        text, hints = _front_matter(_HTML_COMMENT.sub("", text))
    lines = [line for line in text.split("\n") if not (markdown and _FENCE.match(line))]
    lines = unfold_columns(lines)
    # Chrome is recognised on lines with single spaces, as typed text shows them.
    shown = [heading_text(line) if markdown else " ".join(line.split()) for line in lines]
    protected = {i for i, line in enumerate(lines) if is_table_row(line)}
    protected |= {i for (start, end), _ in find_tables(lines) for i in range(start, end)}
    labels = label_lines(shown, protected)
    kept = [line if label is None else "" for line, label in zip(lines, labels, strict=True)]
    header = metadata_lines(shown, labels)
    blocks = lines_to_blocks(kept, markdown=markdown)
    if not blocks:
        raise error("empty", path, "chỉ có phần khung trang web, không có nội dung bài")
    title = promote_title(blocks)
    if title and "title" not in hints:
        hints["title"] = title
    for line in header:
        url = _URL.search(line)
        if url and "url" not in hints:
            hints["url"] = url.group(0).rstrip(".,)")
    return LoadedDocument(
        source=str(path),
        format="md" if markdown else "txt",
        blocks=blocks,
        encoding=encoding,
        hints=hints,
        header_lines=list(dict.fromkeys(header)),
    )


def load_txt(path: Path, data: bytes) -> LoadedDocument:
    """Load a plain-text file (any supported Vietnamese encoding)."""
    return _load(path, data, markdown=False)


def load_markdown(path: Path, data: bytes) -> LoadedDocument:
    """Load a Markdown file: headings, tables and inline syntax become display text."""
    return _load(path, data, markdown=True)
