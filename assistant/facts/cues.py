"""Which metric a number counts: its noun, the nearest cue word, and what rules it out.

See ``assistant.facts.sentences`` for the rules in words; the vocabulary is in ``metrics``.
"""

from __future__ import annotations

import re

from assistant.facts import metrics as mx
from assistant.facts.spans import Num

_TAIL_STOP = re.compile(r"[,;(]")
_CUE_REACH = 35  # characters between a verb and the number it governs
# "quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII cho 2.203
# đảng viên": the name of what is studied stands between the verb and those who study it.
_LEARNING_REACH = 130
_FOR = re.compile(r"\bcho\s*$")
# "doanh nghiệp có từ 3 đảng viên chính thức trở lên": a threshold, not a count.
_THRESHOLD_AFTER = re.compile(r"^[^,;]{0,40}\btro len\b")
_LEAD_FORM_GAP = re.compile(r"^[^,;()]{0,45}$")
_LEAD_FORM_END = re.compile(r"(?:\bla|\blen|\bdat|\bcon|:)\s*$")
# "Đại hội bầu Ban Chấp hành Đảng bộ Khối gồm 27 đồng chí", "Ban Thường vụ gồm 7 đồng chí",
# "200 đại biểu": the members of a committee or a congress, not those of the party organisation.
_COMMITTEE = re.compile(
    r"\b(?:ban chap hanh|ban thuong vu|thuong truc|uy ban kiem tra|ban can su|doan dai bieu"
    r"|dai bieu|bau)\b[^,;:]*$"
)


def metric_of(num: Num, folded: str) -> str | None:
    """The metric ``num`` counts in the folded sentence ``folded``, or None for no fact."""
    # "thứ" (ordinal) and "thu" (revenue) fold alike: "doanh thu 2.540 tỷ đồng" is no ordinal.
    ordinal = num.unit != "money" and mx.ORDINAL_BEFORE.search(num.lead[-20:])
    if ordinal or mx.NEGATION_AFTER.match(_TAIL_STOP.split(num.tail, 1)[0]):
        return None
    if re.search(r"\btu\s*$", num.lead) and _THRESHOLD_AFTER.match(num.tail):
        return None
    if re.match(r"[^,;]{0,30}dau hieu vi pham", num.tail) or mx.TARGET.search(num.lead):
        return None
    if re.match(r"^\s*(?:\w+\s+){0,2}con lai\b", num.tail):
        return None
    unit, cue_text = num.unit, ""
    if unit is None:
        found = _lead_form(num)
        if found is None:
            return None
        unit, cue_text = found
    if unit in mx.UNIT_METRIC:
        return None if _blocked(num.lead) else mx.UNIT_METRIC[unit]
    if unit == "money":
        return _money_metric(num, folded)
    if unit == "nha":
        return None if _blocked(num.lead) or not mx.WELFARE.search(folded) else "nha_tinh_thuong"
    if unit == "luot":
        learning = mx.LEARNING.search(folded) or "tham gia" in num.tail
        return "hoc_tap_nghi_quyet" if learning and not _blocked(num.lead) else None
    cue = _cue(num, cue_text, unit)
    if cue is None or cue in mx.BLOCK_CUES:
        return None
    if cue == "stock" and mx.STOCK_PREDICATE.search(_TAIL_STOP.split(num.tail, maxsplit=1)[0]):
        return None
    if cue == "stock" and _COMMITTEE.search(num.lead):
        return None
    if cue == "hoc_tap" and not mx.LEARNING.search(folded):
        return None
    return mx.UNIT_CUE_METRIC.get((unit, cue))


def _lead_form(num: Num) -> tuple[str, str] | None:
    """ "Số đảng viên bị kỷ luật là 3": the noun and the words between it and the number."""
    if num.tail.strip() and not re.match(r"^\s*(?:[,.;)(]|trong do|gom|dat)", num.tail):
        return None
    if not _LEAD_FORM_END.search(num.lead):
        return None
    found = mx.last_unit_before(num.lead, len(num.lead))
    if found is None or not _LEAD_FORM_GAP.match(num.lead[found[2] :]):
        return None
    return found[0], num.lead[found[2] :]


def _cue(num: Num, between: str, unit: str) -> str | None:
    """The action that the number counts: passive words after it first, else the nearest before.

    A generic "có"/"gồm" before the number gives way to an action named earlier in the same
    stretch ("đối tượng được kiểm tra gồm 27 tổ chức đảng").
    """
    names = tuple(n for n in mx.ACTION_CUES if n != "stock")
    if between:
        after = mx.first_cue(between, names)
        if after:
            return after[0]
    tail = _TAIL_STOP.split(num.tail, maxsplit=1)[0][:60]
    after = mx.first_cue(tail, names)
    passive = after is not None and (
        mx.PASSIVE.search(tail[: after[1]]) or tail[after[1] :].startswith("tham gia")
    )
    if after is not None and passive and not (after[0] == "hoc_tap" and unit != "dv"):
        return after[0]
    lead = num.lead if not between else num.lead[: len(num.lead) - len(between)]
    nearest = mx.nearest_cue(lead)
    if nearest and nearest[0] == "stock":
        return mx.last_action_cue(lead) or "stock"
    if nearest and nearest[0] in mx.ACTION_CUES and len(lead) - nearest[1] > _reach(nearest[0], lead):
        return None  # the verb is too far away to govern this number
    return nearest[0] if nearest else None


def _reach(cue: str, lead: str) -> int:
    return _LEARNING_REACH if cue == "hoc_tap" and _FOR.search(lead) else _CUE_REACH


def _blocked(lead: str) -> bool:
    nearest = mx.nearest_cue(lead[-40:])
    return nearest is not None and nearest[0] in ("target", "change", "per", "org_change", "sign")


def _money_metric(num: Num, folded: str) -> str | None:
    business = list(mx.BUSINESS.finditer(num.lead))
    if business:
        last = business[-1]
        planned = mx.PLANNED_BEFORE.search(num.lead[: last.start()])  # "Kế hoạch doanh thu ... là"
        return None if planned or mx.NOT_BUSINESS_VALUE.search(num.lead[last.end() :]) else last.lastgroup
    if not mx.WELFARE.search(folded) or mx.NOT_WELFARE.search(num.lead) or _blocked(num.lead):
        return None
    return "an_sinh"


def sub_count(before: str) -> bool:
    """True when a "trong đó"/"riêng" in ``before`` (the text since the previous fact) makes
    the number part of an earlier figure; "riêng quý II ..." names another period instead."""
    found = list(mx.SUB_COUNT.finditer(before))
    if not found:
        return False
    match = found[-1]
    return not (match.group(0) == "rieng" and re.match(r"\s*(?:quy|thang|nam|\d)", before[match.end() :]))
