"""Line-level structure of plain-text and Markdown reports: headings, list items, tables.

Formal Vietnamese reports number their sections "I." (level 1), "1." (level 2), "1.1." or
"a)" (level 3); "A. PHẦN ..." and "Phần I" open level 1. A numbered line is a heading only
when it is short and does not read like a sentence; otherwise it is a list item.
"""

from __future__ import annotations

import re
import unicodedata

from ingest.model import BlockKind

_ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_NUMBERING: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+(?:" + _ROMAN + r"|\d{1,2}|THỨ \w+|thứ \w+)\b"), 1),
    (re.compile(_ROMAN + r"[.)]\s+\S"), 1),
    (re.compile(r"[A-ZĐ][.)]\s+\S"), 1),
    (re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+\S"), 4),
    (re.compile(r"\d{1,2}\.\d{1,2}\.?\s+\S"), 3),
    (re.compile(r"\d{1,2}[.)]\s+\S"), 2),
    (re.compile(r"[a-zđ]\)\s+\S"), 3),
)
_BULLET = re.compile(r"[-–—+*•●○◦▪■□➢➤✓]\s+\S")
_MD_HEADING = re.compile(r"(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_ONLY = re.compile(r"(\*\*|__)(?P<text>[^*_].*?)\1[:.]?$")
_TABLE_ROW = re.compile(r"\|.*\|$")
_TABLE_SEPARATOR = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")
# Last characters of a line that closes a sentence (a hard-wrapped line ends otherwise).
SENTENCE_END = (".", "!", "?", "…", ";", ":", '"', "”", ")")
_CAPTION = re.compile(r"(?:BẢNG|Bảng|BIỂU|Biểu)\s*(?:số\s*)?(?:\d{1,3}[a-z]?|[IVX]{1,4})?\s*[.:\-–]\s*\S")
_MAX_HEADING_CHARS = 150
_MAX_HEADING_WORDS = 25


def numbering_level(text: str) -> int | None:
    """Outline level told by a heading's numbering ("I." -> 1, "1." -> 2, "1.1." -> 3)."""
    for pattern, level in _NUMBERING:
        if pattern.match(text):
            return level
    return None


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _has_sentence_break(text: str) -> bool:
    """A period after a lower-case word, then more text: two sentences ("Bảng 1. X" is not)."""
    for match in re.finditer(r"(\S+)[.!?]\s+\S", text):
        word = match.group(1)
        if len(word) >= 3 and word.isalpha() and word.islower():
            return True
    return False


def is_caption(text: str) -> bool:
    """A table caption ("Bảng 1. ...", "Biểu 2: ...", "Bảng: ..."): never a heading, so that the
    text after the table does not land in a section named after the table."""
    return bool(_CAPTION.match(text.strip().strip("*_").strip()))


def reads_like_heading(text: str) -> bool:
    """Short, and not a sentence: no closing period or semicolon, no inner sentence break."""
    words = text.split()
    if is_caption(text):
        return False
    if len(text) >= _MAX_HEADING_CHARS or len(words) > _MAX_HEADING_WORDS or ";" in text:
        return False
    if _mostly_upper(text):
        return True
    if _has_sentence_break(text.rstrip(".:")):
        return False
    if text.endswith((".", "!", "?")):
        return len(words) <= 8
    if text.endswith((",", "…")):
        return False
    return not text.endswith(":") or len(words) <= 12


def is_rule(line: str) -> bool:
    """Horizontal rules and decorative lines ("-----", "*", "* * *", "#"): no letter, no digit."""
    stripped = line.strip()
    return bool(stripped) and not any(c.isalnum() for c in stripped) and "|" not in stripped


def is_table_row(line: str) -> bool:
    """A Markdown table row: "| a | b |"."""
    return bool(_TABLE_ROW.fullmatch(line.strip())) and line.count("|") >= 2


def is_table_separator(line: str) -> bool:
    """The "|---|:---:|" row under a Markdown table header."""
    stripped = line.strip()
    return "-" in stripped and bool(_TABLE_SEPARATOR.fullmatch(stripped))


def classify_line(line: str) -> tuple[BlockKind, int]:
    """Kind and heading level of one line of a TXT, Markdown or PDF report."""
    text = line.strip()
    if is_table_row(text):
        return "table", 0
    heading = _MD_HEADING.fullmatch(text)
    if heading:
        inner = strip_inline_markdown(heading.group(2))
        return "heading", numbering_level(inner) or len(heading.group(1))
    bold = _BOLD_ONLY.fullmatch(text)
    if bold and "**" not in bold.group("text"):
        inner = strip_inline_markdown(bold.group("text"))
        if reads_like_heading(inner):
            return "heading", numbering_level(inner) or 4
    text = strip_inline_markdown(text)
    if _BULLET.match(text):
        return "list_item", 0
    level = numbering_level(text)
    if level is None:
        return "paragraph", 0
    return ("heading", level) if reads_like_heading(text) else ("list_item", 0)


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_EMPHASIS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<![\w\\])__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"`([^`]+)`"),
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def strip_inline_markdown(text: str) -> str:
    """Display text of Markdown inline syntax: emphasis markers, links -> text, images dropped."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text)
    for pattern in _EMPHASIS:
        text = pattern.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text).strip()


def heading_text(line: str) -> str:
    """A heading line without its Markdown markers ("## I. KẾT QUẢ" -> "I. KẾT QUẢ")."""
    text = line.strip()
    match = _MD_HEADING.fullmatch(text)
    if match:
        text = match.group(2)
    return strip_inline_markdown(text)


def split_table_row(line: str) -> list[str]:
    """Cells of a Markdown table row, inline syntax removed."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    cells = re.split(r"(?<!\\)\|", inner)
    return [clean_cell(cell.replace("\\|", "|")) for cell in cells]


def clean_cell(cell: str) -> str:
    """Display text of a table cell: inline Markdown removed, NFC, single spaces."""
    text = unicodedata.normalize("NFC", strip_inline_markdown(cell))
    return " ".join(text.split())


def render_table(rows: list[list[str]]) -> str:
    """Render rows as "| a | b |" lines, header first; empty rows are dropped."""
    kept = [[" ".join(c.split()) for c in row] for row in rows if any(c.strip() for c in row)]
    return "\n".join("| " + " | ".join(row) + " |" for row in kept)
