"""Vietnamese sentence and clause splitting for formal reports and news articles.

Rules (regex candidates, then a cheap per-candidate decision):

* A sentence ends after "." / "…" / "..." followed by whitespace and then an uppercase
  letter, a digit, an opening quote or bracket. Closing quotes and brackets after the
  mark stay with the sentence (``"...".`` and ``...?"``).
* "!" and "?" end a sentence unless the next word starts in lowercase.
* ";" does not end a sentence: in these reports it separates the items of one long
  enumeration that shares its lead-in. ``clause_spans`` splits there for evidence selection.
* A "." never ends a sentence after an abbreviation ("TP.", "TS.", "Q.", "tr."), after a
  name initial ("Nguyễn V. A."), or after a section number that opens the sentence
  ("1.", "I.", "a.", "1.2.", "Bảng 1.") or follows ": " ("như sau: 1. ..."). Dots inside
  tokens ("5.016", "T.Ư", "v.v.") are never candidates since no whitespace follows them.
  "v.v." and an ellipsis end a sentence only when an uppercase letter follows.
* A line break ends a sentence when the previous line ends with . ! ? : ; or the next
  line is a list item ("- ", "• ", "1. ", "a) ") or does not start in lowercase or with a
  digit; a lowercase or digit continuation is taken as a hard-wrapped line. A blank line
  always ends a sentence.
"""

from __future__ import annotations

import re


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A run of end marks plus trailing closers, followed by whitespace; or a line break run.
_CANDIDATE = re.compile(r"(?P<term>[.!?…]+[\"”’»)\]]*)(?=\s)|(?P<nl>[ \t]*\n\s*)")
_OPENERS = frozenset("\"“‘«([{'")
_CLOSERS = "\"”’»)]}'"
_LINE_END_MARKS = frozenset(".!?…:;")
_LIST_MARKER = re.compile(r"(?:[-–•*+▪●○◦]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[IVXLC]+\.)\s")
# Words written with a trailing dot that do not end a sentence (case-sensitive).
_ABBREVIATIONS = _word_set(
    "TP Tp TX TS ThS Ths Th.S PGS GS BS Bs KS CN Q P tr Tr trg St Mr Mrs Ms Dr NXB Nxb TSKH NCS ĐC Đ/c đ/c"
)
# Words after which a single capital letter is a numbering ("quý I.", "phương án A."),
# not a name initial.
_ORDINAL_WORDS = _word_set(
    "quý khóa khoá kỳ kì phần lần thứ số mục điểm điều chương bảng biểu hình loại hạng "
    "nhóm cụm án khối tổ vùng khu đợt"
)
# A section number opening a sentence: "1.", "1.2.", "I.", "a.", "Bảng 1.", "**2.".
_ENUMERATOR = re.compile(
    r"[\s#>*\-•+]*(?:(?:Bảng|Biểu|Biểu đồ|Sơ đồ|Hình|Phụ lục|Phụ biểu|Mục|Điều|Chương"
    r"|Phần|Khoản)\s+)?(?:[IVXLCDM]+|\d{1,3}(?:\.\d{1,3})*|[A-Za-zĐđ])"
)
# The same after a colon or semicolon inside a sentence: "như sau: 1. Công tác ...".
_INLINE_ENUMERATOR = re.compile(r"[:;]\s+(?:\d{1,2}|[IVXLC]+|[a-zđ])$")
_CLAUSE_END = re.compile(r";(?=\s)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text``, in order.

    Spans carry no surrounding whitespace and together cover every non-whitespace
    character of the text.
    """
    cuts: list[int] = []
    sent_start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group("nl") is not None:
            cut = _line_break_ends_sentence(text, match)
            pos = match.start()
        else:
            cut = _mark_ends_sentence(text, match.start(), match.end(), sent_start)
            pos = match.end()
        if cut:
            cuts.append(pos)
            sent_start = pos
    cuts.append(len(text))
    return _stripped_segments(text, cuts)


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` (see ``sentence_spans``)."""
    return [text[start:end] for start, end in sentence_spans(text)]


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Return sentence spans further split after each ";" (enumeration items).

    The ";" stays with the clause it ends. Used to pick short evidence from long sentences.
    """
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        cuts = [m.end() for m in _CLAUSE_END.finditer(text, start, end)]
        cuts.append(end)
        spans.extend(_stripped_segments(text, cuts, start))
    return spans


def clauses(text: str) -> list[str]:
    """Return the clauses of ``text`` (see ``clause_spans``)."""
    return [text[start:end] for start, end in clause_spans(text)]


def _stripped_segments(text: str, cuts: list[int], start: int = 0) -> list[tuple[int, int]]:
    """Turn cut positions into whitespace-stripped, non-empty spans."""
    spans: list[tuple[int, int]] = []
    prev = start
    for cut in cuts:
        segment = text[prev:cut]
        stripped = segment.strip()
        if stripped:
            left = prev + len(segment) - len(segment.lstrip())
            spans.append((left, left + len(stripped)))
        prev = cut
    return spans


def _line_break_ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Decide whether a line break ends the sentence (see the module rules)."""
    after = match.end()
    if after >= len(text):
        return False
    if match.group("nl").count("\n") > 1:
        return True
    before = text[max(0, match.start() - 8) : match.start()].rstrip().rstrip(_CLOSERS)
    if before and before[-1] in _LINE_END_MARKS:
        return True
    if _LIST_MARKER.match(text, after):
        return True
    first = text[after]
    return not (first.islower() or first.isdigit() or first in ",;)%")


def _mark_ends_sentence(text: str, start: int, end: int, sent_start: int) -> bool:
    """Decide whether the end marks at ``text[start:end]`` end the sentence."""
    nxt_pos = end
    while nxt_pos < len(text) and text[nxt_pos].isspace():
        if text[nxt_pos] == "\n":
            return False  # the line-break rule decides
        nxt_pos += 1
    if nxt_pos >= len(text):
        return False
    nxt = text[nxt_pos]
    marks = text[start:end].rstrip(_CLOSERS)
    if "!" in marks or "?" in marks:
        return not nxt.islower()
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if marks != "." or end != start + 1:
        return True  # an ellipsis, or a dot followed by a closing quote/bracket
    return not _dot_is_internal(text, start, sent_start)


def _dot_is_internal(text: str, dot: int, sent_start: int) -> bool:
    """True when the dot at ``dot`` belongs to an abbreviation, initial or numbering."""
    window = text[max(sent_start, dot - 40) : dot]
    words = window.split()
    if not words:
        return False
    word = words[-1].lstrip('"“‘«([')
    if word in _ABBREVIATIONS or word.rsplit(".", 1)[-1] in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper() and len(words) > 1:
        prev = words[-2].rstrip(",")
        is_initial = len(prev) == 2 and prev[0].isupper() and prev[1] == "."
        if is_initial or (prev[:1].isupper() and prev.lower() not in _ORDINAL_WORDS):
            return True
    if dot - sent_start <= 40 and _ENUMERATOR.fullmatch(text, sent_start, dot):
        return True
    return _INLINE_ENUMERATOR.search(window) is not None
