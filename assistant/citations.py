"""Checks applied in code to every LLM answer before anyone sees it.

1. Citation markers are normalised ("[1, 2]", "[1-3]", "[Nguồn 2]" -> "[1][2]", ...) and
   those pointing to sources that were not given are removed, with a notice.
2. Every number and date of a sentence must be written in a source the sentence cites (in
   any given source when it cites none), or in the user's question, or be the difference
   or sum of two such numbers of the same sentence (a comparison). A sentence with an
   unsupported figure is DROPPED, never merely marked: a reader skims past marks, and the
   promise of this tool is that every figure shown can be found in the cited report. The
   notices say, in Vietnamese, which sentence was removed and which figure was missing.

``renumber_citations`` then keeps only the sources the answer cites, numbered 1..m in the
order they are first cited, and rewrites the markers to match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.numbers import (
    Figure,
    derived_from,
    extract_figures,
    format_date,
    format_period,
    is_supported,
    support_keys,
)
from assistant.results import Citation

_MARKER = re.compile(
    r"[ \t]*\[\s*(?:(?:nguồn|nguon|source)\s*)?"
    r"(\d{1,3}(?:\s*(?:[,;]|[-–—]|và)\s*\d{1,3})*)\s*\]",
    re.I,
)
_CANONICAL = re.compile(r"\[(\d+)\]")
_MAX_RANGE = 20
_BULLET = re.compile(r"^\s*(?:(?:[-*•+]|\d{1,2}[.)]|[a-zđ][.)])\s+|#{1,6}\s+)", re.I)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)*]*(?:[ \t]*\[\d+\])*[ \t]+")
_ABBREVIATIONS = {"tp", "tx", "q", "p", "ths", "ts", "gs", "pgs", "bs", "ks", "đ/c", "đc", "tt"}
_ABBREVIATIONS |= {"tr", "v.v", "vv", "st", "ng", "nxb", "tw", "t.ư", "ubnd", "hđnd"}
_NOTICE_CHARS = 160


@dataclass
class VerificationResult:
    """The checked answer text and what was changed in it.

    ``cited_numbers`` maps a source number to the figures (as written in the kept text)
    found in that source; ``cited`` lists the sources cited by the kept text, first
    citation first; ``invalid_citations`` the numbers that pointed to no given source.
    """

    text: str
    notices: list[str] = field(default_factory=list)
    removed_sentences: list[str] = field(default_factory=list)
    cited_numbers: dict[int, list[str]] = field(default_factory=dict)
    cited: list[int] = field(default_factory=list)
    invalid_citations: list[int] = field(default_factory=list)


def source_fields(citation: Citation) -> list[tuple[str, str]]:
    """The attributes shown to the model for a source (and searched when verifying)."""
    meta = citation.metadata
    periods = meta.get("periods") or []
    if isinstance(periods, str):
        periods = [p for p in re.split(r"[,;]\s*", periods) if p]
    pairs = [
        ("title", citation.title),
        ("date", format_date(citation.date)),
        ("body", str(meta.get("body") or "")),
        ("province", str(meta.get("province") or "")),
        ("period", ", ".join(format_period(str(p)) for p in periods)),
        ("doc_number", str(meta.get("doc_number") or "")),
        ("section", str(meta.get("section") or "")),
    ]
    return [(name, value.strip()) for name, value in pairs if value and value.strip()]


def source_text(citation: Citation) -> str:
    """All the text of a source the model was shown: attributes and chunk."""
    values = [value for _, value in source_fields(citation)]
    return "\n".join([*values, citation.date, citation.chunk_text or citation.passage])


def parse_marker(body: str) -> list[int]:
    """Source numbers inside one marker: "1, 2" -> [1, 2]; "1-3" -> [1, 2, 3]."""
    numbers: list[int] = []
    for part in re.split(r"\s*(?:[,;]|và)\s*", body.strip()):
        bounds = [int(x) for x in re.split(r"\s*[-–—]\s*", part) if x]
        if len(bounds) == 2 and 0 <= bounds[1] - bounds[0] < _MAX_RANGE:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return list(dict.fromkeys(numbers))


def normalize_markers(text: str, valid: set[int]) -> tuple[str, list[int]]:
    """Rewrite markers as "[1][2]" keeping only ``valid`` numbers; return the removed ones."""
    invalid: list[int] = []

    def rewrite(match: re.Match[str]) -> str:
        numbers = parse_marker(match.group(1))
        invalid.extend(n for n in numbers if n not in valid and n not in invalid)
        kept = [n for n in numbers if n in valid]
        lead = match.group(0)[: len(match.group(0)) - len(match.group(0).lstrip(" \t"))]
        return lead + "".join(f"[{n}]" for n in kept) if kept else ""

    return _MARKER.sub(rewrite, text), invalid


def cited_in(text: str) -> list[int]:
    """Source numbers cited by canonical markers in ``text``, first citation first."""
    return list(dict.fromkeys(int(n) for n in _CANONICAL.findall(text)))


def split_sentences(line: str) -> list[str]:
    """Split one line into sentences; a marker after the full stop stays with its sentence."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        following = line[match.end() :].lstrip('"“(*')
        word = line[start : match.start()].rsplit(maxsplit=1)[-1:] or [""]
        if not following or not (following[0].isupper() or following[0].isdigit()):
            continue
        token = word[0].lower().strip('("“')
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        sentences.append(line[start : match.end()].strip())
        start = match.end()
    tail = line[start:].strip()
    return [*sentences, tail] if tail else sentences


def verify_answer(text: str, citations: list[Citation], question: str = "") -> VerificationResult:
    """Remove citations to unknown sources and sentences whose figures no source supports."""
    valid = {c.n for c in citations}
    text, invalid = normalize_markers(text.strip(), valid)
    result = VerificationResult(text="", invalid_citations=invalid)
    if invalid:
        result.notices.append(_invalid_notice(invalid, sorted(valid)))
    keys = {c.n: support_keys(source_text(c)) for c in citations}
    question_keys = support_keys(question)
    lines: list[str] = []
    for line in text.split("\n"):
        bullet = _BULLET.match(line)
        prefix = bullet.group(0) if bullet else ""
        sentences = split_sentences(line[len(prefix) :])
        kept = [s for s in sentences if _check(s, keys, question_keys, result)]
        if kept or not sentences:
            lines.append(prefix + " ".join(kept))
    result.text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    result.cited = cited_in(result.text)
    return result


def _check(
    sentence: str, keys: dict[int, set[str]], question_keys: set[str], result: VerificationResult
) -> bool:
    """Keep ``sentence`` (recording its figures) or record why it is dropped."""
    cited = [n for n in cited_in(sentence) if n in keys]
    pool = cited or sorted(keys)
    allowed = question_keys.union(*(keys[n] for n in pool))
    figures = extract_figures(_CANONICAL.sub(" ", sentence))
    supported = [f for f in figures if is_supported(f, allowed)]
    missing = [f for f in figures if not is_supported(f, allowed) and not derived_from(f, supported)]
    if missing:
        result.removed_sentences.append(sentence)
        result.notices.append(_dropped_notice(sentence, missing, cited))
        return False
    for figure in figures:
        for n in pool:
            if is_supported(figure, keys[n]):
                result.cited_numbers.setdefault(n, []).append(figure.text)
    return True


def _short(text: str) -> str:
    return text if len(text) <= _NOTICE_CHARS else text[: _NOTICE_CHARS - 1].rstrip() + "…"


def _invalid_notice(invalid: list[int], valid: list[int]) -> str:
    markers = ", ".join(f"[{n}]" for n in invalid)
    given = f"chỉ có nguồn [1] đến [{max(valid)}]" if valid else "không có nguồn nào"
    return f"Đã xóa trích dẫn {markers}: không có nguồn tương ứng ({given})."


def _dropped_notice(sentence: str, missing: list[Figure], cited: list[int]) -> str:
    figures = ", ".join(dict.fromkeys(f.text for f in missing))
    where = "nguồn " + "".join(f"[{n}]" for n in cited) if cited else "các nguồn đã cho"
    return (
        f"Đã bỏ câu «{_short(sentence)}» vì số liệu {figures} không có trong {where} "
        "(mọi con số phải chép đúng từ nguồn được dẫn)."
    )


def renumber_citations(text: str, citations: list[Citation]) -> tuple[str, list[Citation]]:
    """Keep the cited sources only, numbered 1..m by first citation; rewrite the markers."""
    by_n = {c.n: c for c in citations}
    order = [n for n in cited_in(text) if n in by_n]
    new = {old: i for i, old in enumerate(order, start=1)}
    text = _CANONICAL.sub(lambda m: f"[{new.get(int(m.group(1)), 0)}]", text)
    text = re.sub(r"(\[(\d+)\])(?:\1)+", r"\1", text).replace("[0]", "")
    return text, [replace(by_n[old], n=new[old]) for old in order]


def focus_passage(citation: Citation, figures: list[str]) -> str:
    """The sentences of the source that hold ``figures``; the whole chunk when none do."""
    chunk = citation.chunk_text or citation.passage
    if not figures:
        return chunk
    wanted = [f for text in figures for f in extract_figures(text)]
    picked = [
        sentence
        for line in chunk.split("\n")
        for sentence in split_sentences(line)
        if any(is_supported(f, support_keys(sentence)) for f in wanted)
    ]
    return " ".join(picked) if picked else chunk
