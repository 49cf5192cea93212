"""Numbers of a sentence with the noun after each and the words around them (folded).

``scan`` finds the numbers (digits, and small counts written as words: "một đảng viên"),
leaves out those inside period phrases, and gives each its noun (``metrics.unit_at``), its
``lead`` (the words since the previous number's noun) and ``tail`` (the words up to the
next number). Numbers joined by "và", "," or "với" share their lead and tail, and a number
with no cue word since the previous one keeps the previous one's cue ("Đảng bộ có 112 tổ chức
cơ sở đảng (...), 352 chi bộ trực thuộc, với 6.487 đảng viên").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.facts import metrics as mx
from assistant.numbers import extract_figures
from ingest.matching import FoldedText
from ingest.period_model import Period

_CONNECTOR = re.compile(r"^[\s,()]*(?:va|voi|cung|hoac)?[\s,()]*$")
NUMBER_WORDS = {  # folded Vietnamese number words a count may be written with
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
}
_NUMBER_WORD = re.compile(
    r"(?<![\w/])("
    + "|".join(NUMBER_WORDS)
    + r")(?=\s+(?:dang vien|dong chi|to chuc|cuoc|truong hop|can nha)\b)"
)


@dataclass
class Num:
    """A number of the sentence with its noun and the folded text around it."""

    start: int  # in the sentence
    text: str
    fstart: int  # in the folded sentence
    fend: int
    clause: int
    unit: str | None = None
    unit_end: int = 0
    word_value: Decimal | None = None  # for a number written as a word ("Một đảng viên ...")
    lead: str = ""  # folded text since the previous number's noun (or the clause start)
    tail: str = ""  # folded text after the noun up to the next number (or the clause end)


def scan(
    sentence: str, view: FoldedText, periods: list[tuple[int, int]], clauses: list[tuple[int, int]]
) -> list[Num]:
    """The numbers of ``sentence`` outside the ``periods`` spans, with their nouns, in order."""
    folded = view.folded
    nums = []
    for fig in extract_figures(sentence):
        if fig.kind != "number":
            continue
        fstart = view.folded_index(fig.start)
        fend = view.folded_index(fig.start + len(fig.text))
        if any(a < fend and fstart < b for a, b in periods):
            continue
        clause = next((i for i, (a, b) in enumerate(clauses) if a <= fstart < b), len(clauses))
        num = Num(fig.start, fig.text, fstart, fend, clause)
        unit = mx.unit_at(folded, fend)
        if unit is not None and not (unit[0] == "money" and not _money_ok(fig.text, folded, fend)):
            num.unit, num.unit_end = unit
        nums.append(num)
    nums.extend(_word_numbers(sentence, view, clauses))
    return sorted(nums, key=lambda n: n.fstart)


def _word_numbers(sentence: str, view: FoldedText, clauses: list[tuple[int, int]]) -> list[Num]:
    """Small counts written as words before a counted noun: "Một đảng viên bị kỷ luật"."""
    nums = []
    for match in _NUMBER_WORD.finditer(view.folded):
        start, end = view.span(match.start(), match.end())
        clause = next((i for i, (a, b) in enumerate(clauses) if a <= match.start() < b), len(clauses))
        num = Num(start, sentence[start:end], match.start(), match.end(), clause)
        num.word_value = Decimal(NUMBER_WORDS[match.group(1)])
        unit = mx.unit_at(view.folded, match.end())
        if unit is not None:
            num.unit, num.unit_end = unit
        nums.append(num)
    return nums


def _money_ok(text: str, folded: str, fend: int) -> bool:
    """A number then "đồng": money, unless "đồng chí" (a person) follows."""
    return not re.match(r"\s*dong chi\b", folded[fend:])


def link(nums: list[Num], folded: str, clauses: list[tuple[int, int]]) -> None:
    """Fill ``lead`` and ``tail``; numbers joined by connectors share them."""
    for i, num in enumerate(nums):
        c_start, c_end = clauses[num.clause] if num.clause < len(clauses) else (0, len(folded))
        prev = nums[i - 1] if i and nums[i - 1].clause == num.clause else None
        start = max(c_start, (prev.unit_end or prev.fend) if prev else c_start)
        num.lead = folded[start : num.fstart]
        nxt = nums[i + 1] if i + 1 < len(nums) and nums[i + 1].clause == num.clause else None
        num.tail = folded[num.unit_end or num.fend : nxt.fstart if nxt else c_end]
    for i in range(1, len(nums)):
        if nums[i].clause == nums[i - 1].clause and _CONNECTOR.match(nums[i].lead):
            nums[i].lead = nums[i - 1].lead + nums[i].lead
    for i in range(1, len(nums)):
        # No cue since the previous number: the cue before it still applies ("Đảng bộ có 112
        # tổ chức cơ sở đảng (...), 352 chi bộ trực thuộc, với 6.487 đảng viên"), passing over
        # an aside about a change ("..., giảm 2 tổ chức so với cuối năm 2022, với 4.362 ...").
        if mx.nearest_cue(nums[i].lead) is not None:
            continue
        for j in range(i - 1, -1, -1):
            if nums[j].clause != nums[i].clause:
                break
            cue = mx.nearest_cue(nums[j].lead)
            if cue is not None and cue[0] != "change":
                nums[i].lead = _carried(nums[j].lead, nums[i].lead)
                break
    for i in range(len(nums) - 2, -1, -1):
        if nums[i].clause == nums[i + 1].clause and _CONNECTOR.match(nums[i].tail):
            nums[i].tail = nums[i].tail + nums[i + 1].tail


def _carried(cued: str, own: str) -> str:
    """The lead of a number that takes the cue of an earlier one: the earlier lead, then its
    own; its own first when the cue only holds right before a number ("còn 52 tổ chức cơ sở
    đảng (giảm 4 so với đầu năm) với 3.417 đảng viên": "còn" is followed by its count)."""
    joined = cued + own
    return joined if mx.nearest_cue(joined) is not None else own + cued


def topic_of(mentions: list, view: FoldedText, nums: list[Num]) -> Period | None:
    """The period that opens the sentence: named before its first number."""
    first = nums[0].fstart if nums else len(view.folded)
    before = [m for m in mentions if view.folded_index(m.start) < first]
    return before[-1].period if before else None
