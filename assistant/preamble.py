"""The question inside a chatty message: greetings, requests and context removed.

"Chào bạn, mình đang chuẩn bị tài liệu họp chi bộ, cho mình hỏi là quý I/2024 ... có bao nhiêu
đảng viên vậy?" asks what "quý I/2024 ... có bao nhiêu đảng viên?" asks: the greeting, the
user's own context ("mình đang chuẩn bị ... họp chi bộ") and the request ("cho mình hỏi là")
name nothing the reports are asked about, and their words ("chi bộ", "tài liệu") must not be
taken for the asked body or metric. Rules work with or without diacritics (on folded text,
cut at the same offsets in the original).
"""

from __future__ import annotations

import re

from ingest.gazetteer import find_bodies, find_provinces
from ingest.periods import find_periods
from ingest.text import fold

_PRONOUN = r"(?:minh|toi|em|anh|chi|to|tui|chau|chung toi|chung em|bon minh)"
_ADDRESSEE = r"(?:ban|ad|admin|anh|chi|em|tro ly|bot|moi nguoi|a|ca nha)"
_GREETING = re.compile(
    rf"^(?:(?:xin )?chao(?: {_ADDRESSEE})?|{_ADDRESSEE} oi|alo|hi|hello|dear)(?=[\s,.!:;-]|$)[\s,.!:;-]*"
)
# "cho mình hỏi (là)", "bạn cho tôi biết", "nhờ bạn xem giúp", "xin hỏi", "em muốn hỏi về".
_REQUEST = re.compile(
    rf"(?:^|(?<=[\s,.!;:]))(?:"
    rf"(?:{_ADDRESSEE} )?(?:(?:co the|vui long|lam on|giup) )?(?:cho|giup|nho|xin)(?: {_PRONOUN})?"
    rf"(?: (?:duoc|voi|ban))? (?:hoi|biet|xem|tra cuu|tra|tim)"
    rf"|{_PRONOUN} (?:(?:muon|can|dang can|xin|co viec can) )?(?:hoi|biet|tra cuu|tim hieu)"
    rf")(?: (?:giup|voi|chut|mot chut|thu|ve|la|rang|xem|ho|dum|luon))*(?=[\s,:?]|$)[\s,:]*"
)
# Politeness at the end: "... vậy?", "... nhé", "... ạ", "... được không?", "cảm ơn bạn".
_TAIL = re.compile(
    r"(?:[\s,]+(?:vay|nhe|nha|nhi|a|ha|voi|giup (?:minh|toi|em)|duoc khong|khong a|cam on(?: ban)?"
    r"|thank(?:s| you)?))+(?=[\s.!?]*$)"
)
# A leading clause about the user, without anything asked: "mình đang chuẩn bị họp chi bộ".
_ABOUT_USER = re.compile(rf"^{_PRONOUN} (?!muon biet|can biet)")
_ASKING = re.compile(
    r"\b(?:bao nhieu|may|gi|nao|ai|dau|sao|khong|chua|tom tat|liet ke|neu|so sanh|ke ten)\b|\?"
)
_CLAUSE_END = re.compile(r"[,.;!:]\s+")
_MIN_WORDS = 3


def core_question(text: str) -> str:
    """``text`` without a leading greeting, the user's context, request phrases ("cho mình
    hỏi là") and trailing politeness; ``text`` itself when too little would be left. What
    comes before a request is dropped only when it names no province, body or period."""
    text = " ".join(text.split())
    low = fold(text).lower()
    if len(low) != len(text):  # offsets would not line up
        return text
    keep = [True] * len(text)
    start = _chatter_end(text, low)
    keep[:start] = [False] * start
    for match in _REQUEST.finditer(low, start):
        if len(low[match.end() :].split()) < _MIN_WORDS:
            break
        cut = match.start() if _names_something(text[start : match.start()]) else start
        keep[cut : match.end()] = [False] * (match.end() - cut)
        start = _chatter_end(text, low, match.end()) if cut == start else start
    tail = _TAIL.search(low, start)
    if tail:
        keep[tail.start() : tail.end()] = [False] * (tail.end() - tail.start())
    core = " ".join("".join(c for c, k in zip(text, keep, strict=True) if k).split()).strip(" ,;:-")
    if len(core.split()) < _MIN_WORDS:
        return text
    return core[:1].upper() + core[1:] if core != text else core


def _chatter_end(text: str, low: str, start: int = 0) -> int:
    """Offset after the greetings and the leading clauses about the user from ``start``."""
    while True:
        rest = low[start:]
        greeting = _GREETING.match(rest)
        if greeting and greeting.end():
            start += greeting.end()
            continue
        clause = _CLAUSE_END.search(rest)
        if (
            clause
            and _ABOUT_USER.match(rest)
            and not _ASKING.search(rest[: clause.start()])
            and not _names_something(text[start : start + clause.start()])
        ):
            start += clause.end()
            continue
        return start


def _names_something(text: str) -> bool:
    """True when ``text`` names a province, a specific body or a period."""
    if not text.strip():
        return False
    return bool(find_provinces(text) or find_periods(text) or any(b.specific for b in find_bodies(text)))
