"""Table rows and the asked metric: a row whose label names what is counted ("đảng viên") or
the metric asked before "bao nhiêu" ("tổng doanh thu bao nhiêu": the row "Tổng doanh thu")."""

from __future__ import annotations

from assistant.question import QuestionView, folded_syllables, is_content
from assistant.units import Unit

_METRIC_ROW = 0.15


def row_signal(unit: Unit, q: QuestionView) -> float:
    """A row whose header column names the counted noun; other words in that column hurt."""
    header = unit.quote.split("\n", 1)[0]
    for cell in header.strip("|").split("|"):
        words = folded_syllables(cell)
        if find_words(words, q.unit) >= 0:
            foreign = [w for w in words if is_content(w) and w not in q.terms and w not in q.unit]
            return 0.2 - 0.1 * min(len(foreign), 2)
    return 0.0


def metric_signal(unit: Unit, q: QuestionView) -> float:
    """A table row whose label holds the asked metric, written as in the question ("doanh
    thu" before "bao nhiêu"), when nothing counted is named: among rows sharing the header's
    words ("kế hoạch"), the row of that metric is the answer."""
    if unit.kind != "row" or q.unit or len(q.verb) < 2:
        return 0.0
    rows = unit.quote.split("\n", 1)
    if len(rows) < 2:
        return 0.0
    label = folded_syllables(rows[1].strip().strip("|").split("|", 1)[0])
    return _METRIC_ROW if find_words(label, q.verb) >= 0 else 0.0


def find_words(words: list[str], wanted: list[str]) -> int:
    """The index where ``wanted`` occurs in ``words`` as a run, else -1."""
    n = len(wanted)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == wanted:
            return i
    return -1
