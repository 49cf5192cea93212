"""Figures of one sentence: which metric each number counts, for which period.

A number is a fact when the noun after it (``metrics.UNITS``) and the nearest cue word
(``metrics.ACTION_CUES``) name a metric: "kết nạp 58 đảng viên", "46 cuộc kiểm tra", "có 118
tổ chức cơ sở đảng". Numbers joined by "và", "," or "với" share their cues ("kiểm tra 27 tổ
chức đảng và 71 đảng viên"; "58 tổ chức đảng và 163 đảng viên được kiểm tra"). A number with
no noun after it takes the noun before it ("Số đảng viên bị kỷ luật là 3"). Not facts: targets
("phấn đấu kết nạp 75"), changes ("giảm 2"), one of each ("mỗi căn 60 triệu đồng"), document
and ordinal numbers ("số 3", "khóa XIII"), negated counts ("41 tổ chức chưa kết nạp được"),
and sub-counts of a figure already read ("trong đó có 02 đồng chí ...").

A percentage right after a fact ("..., đạt 22,3% kế hoạch năm") is that fact's share of the
plan; a parenthesised plan ("(kế hoạch 260 đảng viên)") its plan.

Periods: the nearest period named before the number in its clause ("; lũy kế 9 tháng là 71
cuộc kiểm tra, 91 cuộc giám sát"), unless it was named as an aside ("riêng quý II ...") before
an earlier number, else the period that opens the sentence ("Năm 2023, ..."), else the
document's own period. "Từ đầu năm (đến nay)" names the period from January to the end of the
reported one (9 months in a third-quarter report).
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.facts import metrics as mx
from assistant.facts.context import DocContext, reported_mentions
from assistant.facts.cues import metric_of, sub_count
from assistant.facts.model import Fact
from assistant.facts.spans import Num, link, scan, topic_of
from assistant.numbers import normalize_number
from ingest.matching import FoldedText
from ingest.period_model import Period
from ingest.sentences import clause_spans

_SCALES = {"nghin": 10**3, "ngan": 10**3, "trieu": 10**6, "ty": 10**9, "ti": 10**9}
_PLAN_BEFORE = re.compile(
    r"(?:ke hoach|chi tieu)(?: nghi quyet)?(?: (?:ca )?nam(?: \d{4})?)?\s*[(:]\s*"
    r"(?:(?:ke hoach|chi tieu)\s*)?$"
)
_PCT_LEAD = re.compile(r"(?:^|,)\s*(?:dat|bang|chiem)\s*$")
_PLAN_AFTER = re.compile(r"^\s*(?:so voi\s+)?(?:ke hoach|chi tieu|du toan)")
_EACH = re.compile(r"(?<!\w)([Mm])ỗi(?!\w)")
_ASIDE = re.compile(r"\b(?:rieng|trong do|trong so do)\s*$")
# Figures of a whole term or of several years ("cả nhiệm kỳ kết nạp 812 đảng viên", "qua 5 năm
# ...", "giai đoạn 2020 - 2025") are not figures of the reported period.
_TERM = re.compile(
    r"\b(?:(?:ca|toan|suot) nhiem ky|nhiem ky qua|(?:qua|sau|trong) \d+ nam|\d+ nam qua"
    r"|giai doan \d{4}\s*-\s*\d{4})\b"
)


class SentenceReader:
    """Reads the facts of the sentences of one document (see the module doc)."""

    def __init__(self, doc: DocContext) -> None:
        self.doc = doc
        # Whether the paragraph read so far speaks of a whole term ("Qua 5 năm ..."): its next
        # sentences that name no period are about that term too.
        self.in_term = False
        self._terms: list[int] = []  # where this sentence names a term (folded offsets)
        self._term_before = False
        self._clauses: list[tuple[int, int]] = []

    def new_paragraph(self) -> None:
        self.in_term = False

    def facts(self, sentence: str) -> list[Fact]:
        # "mỗi" (each) and "mới" (new) fold alike; mark "mỗi" (same length) before folding.
        view = FoldedText.of(_EACH.sub(r"\1xi", sentence))
        mentions = reported_mentions(sentence, self.doc.year, self.doc.to_date)
        self._terms = [m.start() for m in _TERM.finditer(view.folded)]
        self._term_before = self.in_term and not mentions
        self.in_term = bool(self._terms) or self._term_before
        if _about_another_body(sentence, self.doc):
            return []
        spans = [(view.folded_index(m.start), view.folded_index(m.end)) for m in mentions]
        clauses = [(view.folded_index(a), view.folded_index(b)) for a, b in clause_spans(sentence)]
        self._clauses = clauses
        nums = scan(sentence, view, spans, clauses)
        link(nums, view.folded, clauses)
        topic = topic_of(mentions, view, nums)
        found: list[tuple[Fact, int]] = []
        last_end = 0  # where the previous fact's number ends: "trong đó"/"riêng" after it (same clause)
        for num in nums:
            clause_start = clauses[num.clause][0] if num.clause < len(clauses) else 0
            fact = self._fact(num, found, sentence, view, (mentions, topic, clause_start))
            if fact is None or (fact.key, fact.number) in {(f.key, f.number) for f, _ in found}:
                continue
            start = max(last_end, clauses[num.clause][0] if num.clause < len(clauses) else 0)
            if fact.measure == "value" and sub_count(view.folded[start : num.fstart]):
                earlier = {(f.metric, f.period) for f, _ in found}
                if (fact.metric, fact.period) in earlier or mx.metric(fact.metric).kind == "stock":
                    continue
            found.append((fact, num.clause))
            last_end = num.fend
        return [fact for fact, _ in found]

    def _fact(
        self,
        num: Num,
        found: list[tuple[Fact, int]],
        sentence: str,
        view: FoldedText,
        dating: tuple[list, Period | None, int],
    ) -> Fact | None:
        """The fact ``num`` states; ``dating``: the sentence's period mentions, its opening
        period and where the number's clause starts."""
        last = found[-1][0] if found and found[-1][1] == num.clause else None
        if num.unit == "pct":
            return _percent(num, last, sentence)
        if _PLAN_BEFORE.search(num.lead) and num.unit not in ("pct", "money") and _plan_tail(num):
            values = [f for f, clause in found if clause == num.clause and f.measure == "value"]
            return _plan(num, values[-1], sentence) if values else None
        key = metric_of(num, view.folded)
        if key is None:
            return None
        period = self._period(num, view, *dating)
        if period is None:
            return None
        return _make(num, key, "value", period.key, sentence, view)

    def _period(
        self, num: Num, view: FoldedText, mentions: list, topic: Period | None, clause_start: int
    ) -> Period | None:
        # Periods named since the previous number ("...; lũy kế 9 tháng kết nạp 121"), else
        # earlier in the clause ("lũy kế 9 tháng là 71 cuộc kiểm tra, 91 cuộc giám sát") unless
        # that one was an aside ("riêng quý II kết nạp 47, ..."), else the sentence's own.
        lead_start = num.fstart - len(num.lead)
        at_mentions = [(view.folded_index(m.start), m) for m in mentions]
        before = [(at, m) for at, m in at_mentions if at < num.fstart]
        local = [m for at, m in before if at >= lead_start]
        carried = [m for at, m in before if at >= clause_start and not _ASIDE.search(view.folded[:at])]
        chosen = local or carried
        if not chosen and self._of_term(num, clause_start, topic):
            return None
        period = chosen[-1].period if chosen else topic or self.doc.primary
        if period is None or self.doc.is_future(period):
            return None
        return period

    def _of_term(self, num: Num, clause_start: int, topic: Period | None) -> bool:
        """True for a number (with no period of its own) about a whole term: the term is named
        in its clause, or (when no period opens the sentence) earlier in the sentence or paragraph."""
        clause_end = self._clauses[num.clause][1] if num.clause < len(self._clauses) else num.fend
        if any(clause_start <= at < clause_end for at in self._terms):
            return True
        return topic is None and (self._term_before or any(at < num.fstart for at in self._terms))


def _about_another_body(sentence: str, doc: DocContext) -> bool:
    """True when the sentence names a peer committee other than the document's own
    ("Đảng ủy Khối Doanh nghiệp tỉnh kết nạp 19 đảng viên" in a Khối các cơ quan report)."""
    from ingest.gazetteer import find_bodies

    if not doc.body_key.startswith("khoi"):
        return False
    for body in find_bodies(sentence):
        if body.key.startswith("khoi") and body.key not in (doc.body_key, "khoi"):
            return True
        if body.province and doc.province and body.province != doc.province:
            return True
    return False


def _percent(num: Num, last: Fact | None, sentence: str) -> Fact | None:
    if last is None or last.measure != "value" or not _PCT_LEAD.search(num.lead):
        return None
    if _PLAN_AFTER.match(num.tail):
        measure = "pct_plan"
    elif last.metric == "hoc_tap_nghi_quyet":
        measure = "rate"
    else:
        return None
    value = sentence[num.start : num.start + len(num.text)] + "%"
    return Fact(last.metric, value, last.period, sentence, measure, normalize_number(num.text), "%")


def _plan_tail(num: Num) -> bool:
    """A plan figure is followed by its noun or the closing bracket: "(kế hoạch 260 đảng viên)"."""
    return num.unit is not None or re.match(r"^\s*(?:\)|$)", num.tail) is not None


def _plan(num: Num, last: Fact, sentence: str) -> Fact | None:
    if last.measure != "value" or mx.metric(last.metric).kind != "flow":
        return None
    year = Period.parse_key(last.period).year
    unit = mx.metric(last.metric).unit
    return Fact(last.metric, num.text, str(year), sentence, "plan", normalize_number(num.text), unit)


def _make(num: Num, key: str, measure: str, period: str, sentence: str, view: FoldedText) -> Fact:
    value, number = _value(num, sentence, view)
    unit = mx.metric(key).unit
    if key == "hoc_tap_nghi_quyet":
        unit = mx.UNIT_DISPLAY.get(num.unit or "", unit) if num.unit in ("dv", "luot", "cbdv") else unit
    return Fact(key, value, period, sentence, measure, number, unit)


def _value(num: Num, sentence: str, view: FoldedText) -> tuple[str, Decimal | None]:
    """The value as written (with "hơn"/"gần" and "tỷ đồng" when written) and its number."""
    text = num.text
    if num.word_value is not None:
        return text, num.word_value
    match = re.match(r"^([\d.,\s\u00a0]+?)\s*(nghìn|ngàn|triệu|tỷ|tỉ)?$", text, re.I)
    token, scale = (match.group(1), match.group(2)) if match else (text, None)
    number = normalize_number(token)
    if number is not None and scale:
        number *= _SCALES[_fold_word(scale)]
    start = num.start
    qualifier = mx.QUALIFIER.search(view.folded[: num.fstart])
    if qualifier:
        start = view.span(qualifier.start(1), qualifier.end(1))[0]
    end = num.start + len(text)
    if num.unit == "money":
        end = view.span(num.fend, num.unit_end)[1]
    return sentence[start:end].strip(), number


def _fold_word(word: str) -> str:
    from ingest.text import fold

    return fold(word)
