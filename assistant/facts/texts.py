"""Text facts: the theme of the year, the next period's tasks and the limitations named.

* Theme: the quoted words after "chủ đề công tác năm (2024)" ("... là “...”", ": "..."").
* Tasks: the items of a section "Phương hướng, nhiệm vụ ..." / "Nhiệm vụ trọng tâm ..."; in a
  news article, the items after "nhiệm vụ trọng tâm quý II/2024:" (split at ";", or the list
  lines that follow), or after "đề nghị/yêu cầu ..." in a sentence that names a later period.
* Limitations: the items of a section "Hạn chế, tồn tại" (not its "Nguyên nhân"); in an
  article, the items after "hạn chế:" or the sentence that says "chỉ ra hạn chế như ...".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from assistant.facts.context import DocContext, is_limit_section, is_next_section, section_parts
from assistant.facts.model import Fact
from ingest.matching import FoldedText
from ingest.model import Chunk
from ingest.periods import find_periods
from ingest.sentences import sentence_spans
from ingest.text import fold

_THEME = re.compile(
    r"(?<!\w)chu de (?:cong tac(?: cua)?(?: nam)?|nam|cua nam)(?P<between>[^\"“”,.;]{0,80}?)[\"“]"
)
_CLOSING = {'"': '"', "“": "”"}
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*+▪●]|\d{1,2}[.)]|[a-zđ]\))\s+")
_END_OF_BODY = re.compile(r"^(?:noi nhan|t/m\b|\(da ky\)|ky ten)")
_TASK_LEAD = re.compile(
    r"(?:nhiem vu(?: trong tam)?|phuong huong|de nghi|yeu cau|luu y|nhan manh|don suc|cac viec)[^:;]*:\s*"
)
_ASK = re.compile(r"\b(?:de nghi|yeu cau|luu y|nhan manh)\b")
_LIMIT_LEAD = re.compile(r"(?:han che|ton tai|khuyet diem|bat cap)[^:;]{0,40}:\s*")
_LIMIT_SENTENCE = re.compile(r"\bchi ra (?:mot so |nhung )?(?:han che|ton tai)|\bhan che (?:nhu|la)\b")
_ADDRESSEE = re.compile(
    r"^(?:cac cap uy|cac to chuc (?:co so )?dang|cac tccs dang|cac chi bo)(?: trong dang bo(?: khoi)?)?"
    r"(?: can| tap trung(?: thuc hien)?(?: tot)?(?: cac| mot so)? ?(?:nhiem vu(?: trong tam)?)?)?\s*"
)
MAX_ITEMS = 8
Located = tuple[int, Fact]  # (chunk index, fact)


class _Item(NamedTuple):
    """An item found: its chunk, its text, its period ("" for the default) and the quote."""

    chunk: int
    text: str
    period: str
    quote: str


def theme_facts(sentence: str, doc: DocContext) -> list[Fact]:
    """The theme of the year named in ``sentence`` ("chủ đề công tác năm 2024: “...”")."""
    view = FoldedText.of(sentence)
    facts = []
    for match in _THEME.finditer(view.folded):
        opening = view.folded[match.end() - 1]
        close = view.folded.find(_CLOSING[opening], match.end())
        if close < 0 or close - match.end() < 8:
            continue
        start, end = view.span(match.end(), close)
        year = _theme_year(match.group("between"), sentence, view.span(match.start(), match.end())[0], doc)
        if year is not None:
            facts.append(Fact("chu_de_nam", sentence[start:end].strip(), str(year), sentence, "text"))
    return facts


def _theme_year(between: str, sentence: str, at: int, doc: DocContext) -> int | None:
    written = re.search(r"\b(?:19|20|21)\d\d\b", between)
    if written:
        return int(written.group(0))
    before = find_periods(sentence[:at], doc.year)
    return before[-1].period.year if before else doc.year


def task_facts(chunks: list[Chunk], doc: DocContext) -> list[Located]:
    """The next period's tasks: section items first, else items found in sentences."""
    items = _section_items(chunks, is_next_section) or list(_sentence_tasks(chunks, doc))
    period = _next_period(chunks, doc)
    facts = [
        (it.chunk, Fact("nhiem_vu", _tidy(it.text), it.period or period, it.quote, "text")) for it in items
    ]
    return _unique(facts)[:MAX_ITEMS]


def limit_facts(chunks: list[Chunk], doc: DocContext) -> list[Located]:
    """The limitations the report names (section items, else "hạn chế: ..." items)."""
    primary = doc.primary
    if primary is None:
        return []
    items = _section_items(chunks, is_limit_section) or list(_sentence_limits(chunks))
    facts = [(it.chunk, Fact("han_che", _tidy(it.text), primary.key, it.quote, "text")) for it in items]
    return _unique(facts)[:MAX_ITEMS]


def _section_items(chunks: list[Chunk], wanted: Callable[[str], bool]) -> list[_Item]:
    """List items (else sentences) of the chunks under the sections ``wanted`` accepts.

    Reading stops at the end of the body ("Nơi nhận:", the signature), even when the list of
    recipients runs on into the next chunk.
    """
    items: list[_Item] = []
    sentences: list[_Item] = []
    for i, chunk in enumerate(chunks):
        lines, ended = _body_lines(chunk.text)
        if chunk.kind != "table" and wanted(chunk.section):
            headings = set(section_parts(chunk.section))
            for line in lines:
                if fold(line).strip().rstrip(":") in headings:
                    continue
                if _LIST_ITEM.match(line):
                    items.append(_Item(i, line, "", _LIST_ITEM.sub("", line)))
                else:
                    sentences.extend(_Item(i, line[a:b], "", line[a:b]) for a, b in sentence_spans(line))
        if ended:
            break
    return items or [s for s in sentences if len(s.text) > 25 and not s.text.rstrip().endswith(":")]


def _body_lines(text: str) -> tuple[list[str], bool]:
    """The non-empty lines of ``text`` before the end of the body, and whether it ended."""
    lines: list[str] = []
    for line in text.splitlines():
        if _END_OF_BODY.match(fold(line).strip()):
            return lines, True
        if line.strip():
            lines.append(line.strip())
    return lines, False


def _next_period(chunks: list[Chunk], doc: DocContext) -> str:
    for chunk in chunks:
        if is_next_section(chunk.section):
            for part in chunk.section.split(" > "):
                mentions = find_periods(part, doc.year)
                if mentions:
                    return mentions[0].key
    primary = doc.primary
    return primary.next().key if primary else ""


def _sentences(chunks: list[Chunk], skip: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(chunk index, sentence) of the text chunks, in reading order across chunks."""
    out: list[tuple[int, str]] = []
    for i, chunk in enumerate(chunks):
        if chunk.kind != "table" and not skip(chunk.section):
            out.extend((i, chunk.text[a:b]) for a, b in sentence_spans(chunk.text))
    return out


def _sentence_tasks(chunks: list[Chunk], doc: DocContext) -> Iterator[_Item]:
    """Items after "nhiệm vụ trọng tâm ...:" (same sentence or the list lines after it), or
    after "đề nghị/yêu cầu" in a sentence naming a later period; quoted whole."""
    sentences = _sentences(chunks, is_limit_section)
    for k, (i, sentence) in enumerate(sentences):
        period = _future_period(sentence, doc)
        view = FoldedText.of(sentence)
        lead = _TASK_LEAD.search(view.folded)
        ask = _ASK.search(view.folded)
        if lead and (period or "trong tam" in lead.group(0)):
            rest = sentence[view.span(lead.end(), lead.end())[0] :]
            yield from (_Item(i, item, period, sentence) for item in _split_items(rest))
            if not rest.strip():
                for j, line in _following_items(sentences[k + 1 :]):
                    yield _Item(j, line, period, _LIST_ITEM.sub("", line))
        elif period and ask:
            rest = _strip_addressee(sentence[view.span(ask.end(), ask.end())[0] :].strip())
            yield from (_Item(i, item, period, sentence) for item in _split_items(rest))


def _strip_addressee(text: str) -> str:
    view = FoldedText.of(text)
    match = _ADDRESSEE.match(view.folded)
    return text[view.span(match.end(), match.end())[0] :] if match else text


def _future_period(sentence: str, doc: DocContext) -> str:
    for mention in find_periods(sentence, doc.year):
        if doc.is_future(mention.period):
            return mention.key
    return ""


def _following_items(sentences: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    for i, sentence in sentences:
        if not _LIST_ITEM.match(sentence):
            return
        yield i, sentence


def _sentence_limits(chunks: list[Chunk]) -> Iterator[_Item]:
    for i, sentence in _sentences(chunks, is_next_section):
        view = FoldedText.of(sentence)
        lead = _LIMIT_LEAD.search(view.folded)
        if lead:
            rest = sentence[view.span(lead.end(), lead.end())[0] :]
            yield from (_Item(i, item, "", sentence) for item in _split_items(rest))
        elif _LIMIT_SENTENCE.search(view.folded):
            yield _Item(i, sentence, "", sentence)


def _split_items(text: str) -> list[str]:
    return [part.strip() for part in re.split(r";\s+", text) if len(part.strip()) > 12]


def line_key(text: str) -> str:
    """The words of a line without its list marker, folded: compares a task item with a sentence."""
    return " ".join(re.findall(r"\w+", fold(_LIST_ITEM.sub("", text.strip()))))


def task_lines(tasks: list[Located]) -> set[tuple[int, str]]:
    """(chunk, line key) of the tasks that are whole lines (items listed after "nhiệm vụ ...:")."""
    return {(i, line_key(f.quote)) for i, f in tasks if line_key(f.quote) == line_key(f.value)}


def _tidy(item: str) -> str:
    """An item without its list marker or final punctuation, starting with a capital."""
    text = _LIST_ITEM.sub("", item).strip().rstrip(";,.").strip()
    return text[:1].upper() + text[1:]


def _unique(facts: list[Located]) -> list[Located]:
    seen: set[str] = set()
    out = []
    for i, fact in facts:
        key = fold(fact.value)
        if key and key not in seen:
            seen.add(key)
            out.append((i, fact))
    return out
