"""Removal of web chrome from scraped article text (and from HTML after main-content extraction).

Only whole lines are removed, and only lines that read as page furniture: banners, breadcrumbs,
menus, share/print tools, polls, weather boxes, related-link lists, tag lists, view counters,
copyright footers, photo captions. Article sentences that merely contain such words
("Lãnh đạo chia sẻ kinh nghiệm ...") are never touched. Date lines, bylines and source lines
are removed from the body but labelled, so that metadata extraction can still read them.

Each line is first labelled on its own (``ingest.line_labels``); the rules here add what the
lines around tell: where the article starts and ends, the items of a related-link list or a
poll, bare-name bylines, captions printed twice.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ingest.line_labels import (
    chrome_words,
    is_body,
    is_image_alt,
    is_related_head,
    line_label,
    tidy_line,
    tidy_line_label,
)
from ingest.structure import SENTENCE_END, classify_line
from ingest.text import clean_text

__all__ = ["METADATA_LABELS", "label_lines", "line_label", "metadata_lines", "strip_boilerplate"]

# Labels of removed lines that still carry document metadata.
METADATA_LABELS = frozenset({"date", "byline", "source"})

_BULLETS = "-–—•›»*○◯●◉□☐+?▪◦"


def _looks_like_title(text: str) -> bool:
    words = text.lstrip(_BULLETS + " ").split()
    return 0 < len(words) <= 30 and (not text.endswith(".") or text.endswith(")."))


def _is_name(text: str) -> bool:
    """A bare byline: two to five capitalised words, letters only ("Minh Châu", "MINH THU")."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 40 or text.lower() in chrome_words().nav:
        return False
    return all(w[0].isupper() and all(c.isalpha() or c == "." for c in w) for w in words)


def _linked_item(text: str) -> bool:
    """A bulleted headline of a link list: a title that no full stop or semicolon closes."""
    return text[0] in _BULLETS and not text.endswith((".", ";", ":")) and len(text.split()) <= 30


def _mode_label(mode: str | None, text: str) -> str | None:
    """Label a line gets from the section it sits in (after "Tin liên quan", a poll...)."""
    words = len(text.split())
    if mode == "related" and _looks_like_title(text) and (not is_body(text) or _linked_item(text)):
        return "related"
    if mode == "poll" and (text[0] in _BULLETS or (words <= 15 and not text.endswith("."))):
        return "poll"
    if mode == "tags" and words <= 8:
        return "tags"
    if mode == "image" and words <= 40 and not text.endswith("."):
        return "caption"
    return None


_MODES = {"related": "related", "poll": "poll", "tags": "tags"}
_TAIL_TRIGGERS = frozenset({"comments", "poll", "tags", "copyright"})


def _first_pass(texts: list[str], protected: Collection[int], first_body: int) -> list[str | None]:
    labels: list[str | None] = [None] * len(texts)
    mode: str | None = None
    tail = False
    for i, text in enumerate(texts):
        if not text or i in protected:
            # Past the article, a list of related links may have blank lines between items.
            mode = mode if not text and tail and mode in _MODES else None
            continue
        norm = text.lower()
        zone = "head" if i < first_body else ("tail" if tail else "body")
        label = tidy_line_label(text, norm, zone) or _mode_label(mode, text)
        labels[i] = label
        if label is None:
            mode = None
            continue
        mode = _MODES.get(label, mode if label == "related" else None)
        if label == "caption" and is_image_alt(text):
            mode = "image"
        related_head = label == "related" and is_related_head(norm)
        if i > first_body and (label in _TAIL_TRIGGERS or (related_head and "xem" not in norm)):
            tail = True
    return labels


def _neighbours(texts: list[str], i: int) -> tuple[int | None, int | None]:
    before = next((j for j in range(i - 1, -1, -1) if texts[j]), None)
    after = next((j for j in range(i + 1, len(texts)) if texts[j]), None)
    return before, after


def _second_pass(texts: list[str], labels: list[str | None], first_body: int) -> None:
    """Context rules: bare-name bylines, duplicated captions, short lines of the page tail."""
    tail_start = next(
        (i for i, lab in enumerate(labels) if i > first_body and lab in _TAIL_TRIGGERS | {"related"}),
        len(texts),
    )
    for i, text in enumerate(texts):
        if not text or labels[i] is not None:
            continue
        before, after = _neighbours(texts, i)
        near_article = i < tail_start
        if _is_name(text) and near_article and _byline_context(texts, labels, before, after, i < first_body):
            labels[i] = "byline"
        elif after is not None and texts[after] == text and len(text.split()) <= 40:
            labels[i] = labels[after] = "caption"  # an image caption printed twice
        elif i > tail_start and _short_tail_line(text):
            labels[i] = "tail"


def _short_tail_line(text: str) -> bool:
    """After the article, short non-sentence lines are page furniture (but not headings)."""
    short = len(text.split()) <= 12 and not text.endswith(SENTENCE_END)
    return short and classify_line(text)[0] != "heading"


def _byline_context(
    texts: list[str], labels: list[str | None], before: int | None, after: int | None, head: bool
) -> bool:
    chrome = {"date", "share", "byline", "clock"}
    if head:
        return any(j is not None and labels[j] in chrome for j in (before, after))
    ends_article = (
        before is not None and len(texts[before].split()) >= 8 and texts[before].endswith(SENTENCE_END)
    )
    return ends_article and (after is None or labels[after] is not None)


def label_lines(lines: Sequence[str], protected: Collection[int] = ()) -> list[str | None]:
    """Label every line: None for article content, else the kind of chrome it is.

    ``protected`` lines (e.g. tables) are always kept and count as article content.
    """
    texts = [tidy_line(line) for line in lines]
    first_body = next((i for i, t in enumerate(texts) if i in protected or is_body(t)), len(texts))
    labels = _first_pass(texts, protected, first_body)
    _second_pass(texts, labels, first_body)
    return labels


def strip_boilerplate(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split lines into (kept content lines, removed chrome lines).

    Blank lines are kept (they separate paragraphs). Removed date lines, bylines and source
    lines are also available through ``metadata_lines``.
    """
    labels = label_lines(lines)
    kept = [line for line, label in zip(lines, labels, strict=True) if label is None]
    removed = [line for line, label in zip(lines, labels, strict=True) if label is not None]
    return kept, removed


def metadata_lines(lines: Sequence[str], labels: Sequence[str | None]) -> list[str]:
    """The removed lines that still carry metadata (dates, bylines, source URLs)."""
    pairs = zip(lines, labels, strict=True)
    return [clean_text(line) for line, label in pairs if label in METADATA_LABELS]
