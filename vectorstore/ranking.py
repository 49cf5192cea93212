"""Ranking helpers of the retriever: lexical query tokens and weights, top-k selection, the
preference for recent reports (and the older chunks that state the question's words exempt
from it), tasks-ahead chunks for questions about tasks, chunks that state
the theme of a year for questions about it, and interleaving the sides of a comparison."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from ingest.period_model import Period
from ingest.text import fold, has_diacritics, index_form
from vectorstore.lexical import LexicalSnapshot
from vectorstore.query import QueryIntent
from vectorstore.scoring import DocWeights
from vectorstore.terms import concept_words, expansions, stopwords
from vectorstore.tokens import ascii_fold, basic_tokens, fold_token, query_tokens

ENTITY_WEIGHT = 0.3  # names of provinces, bodies, periods: metadata already selects by them
RECENCY_STEP = 0.8  # each newer report ahead multiplies a report's weight by this
RECENCY_FLOOR = 0.3
RECENCY_SHARE = 0.5  # reports whose best chunk scores at least this share of the best compete
PHRASE_DEPTH = 10  # candidates read for the question's phrases when recency was applied
_PHRASE_LEN = 3  # words of a phrase of the question
PLAN_MISS = 0.7  # a chunk about tasks ahead, for a question about results or other tasks
RESULTS_MISS = 0.85  # a chunk about results, for a question about tasks ahead
SETTER_RESULTS = 0.5  # a results chunk of the report that sets the tasks asked about (its tasks part answers)
_WORDS = re.compile(r"\d+(?:[.,/]\d+)*|\w+|[^\w\s]+")  # numbers stay whole ("5.016", "3/2")
_ASCII_WORD = re.compile(r"\w+")
THEME_MISS = 0.3  # a chunk that names no theme of the year asked about (only mentions or proposes one)
# The theme of a year, stated: "chủ đề (công tác) năm 2023 [của ... / được ... lựa chọn là]
# "…"" or "...: Năm ...", on folded text. "Đề xuất chủ đề năm 2024" with no wording states none.
_THEME_HINT = re.compile(r"chủ\s+đề|chu\s+de")  # on lowercase NFC text (chunks are NFC)
_THEME_STATED = re.compile(
    r"(?<!\w)(?P<cue>de xuat |du kien |du thao )?chu de "
    r"(?:(?:cong tac |hanh dong )?(?:cua )?nam(?: (?P<year>\d{4}))?|cong tac)"
    r"[^.;:\"“”«»\n]{0,60}?(?:[\"“«]|:\s*[\"“«]?\s*\w)"
)


def search_tokens(intent: QueryIntent) -> tuple[list[str], list[float]]:
    """Lexical query tokens and their weights: the question without question words, plus the
    words of its abbreviations' expansions, in the view (accented or folded) the question was
    typed in; names of provinces, bodies and periods weigh ``ENTITY_WEIGHT`` (metadata already
    selects the documents; within one, the period's words still pick the right row)."""
    accented = has_diacritics(intent.text)
    weights: dict[str, float] = {}
    for token in query_tokens(intent.entity_text, accented=accented):
        weights[token] = ENTITY_WEIGHT
    content = query_tokens(_without_stopwords(intent.search_text, accented), accented=accented)
    concepts = concept_words(intent.text)
    if concepts:
        content += query_tokens(concepts, accented=accented)
    if not accented:
        content += [fold_token(t) for extra in expansions(intent.text) for t in basic_tokens(extra)]
    for token in content:
        weights[token] = 1.0
    return list(weights), list(weights.values())


def _without_stopwords(text: str, accented: bool) -> str:
    """``text`` (an index form) without function words: accented ones as written, or the
    unambiguous folded ones for a question typed without diacritics."""
    stop_accented, stop_folded = stopwords()
    stop = stop_accented if accented else stop_folded
    return " ".join(w for w in _WORDS.findall(index_form(text)) if w not in stop)


def plan_factor(snap: LexicalSnapshot, intent: QueryIntent, weights: DocWeights) -> np.ndarray:
    """Per chunk: tasks-ahead chunks for a question about tasks, results chunks otherwise.

    When the question names the period the tasks are for, only the tasks set by a report
    before it (``weights.planning``) are those tasks: a half-year report's tasks are for the
    next half-year, not for the quarter inside it that a question asks about. In the report
    that sets them, its tasks part comes before its results (when it has a tasks part)."""
    plan = snap.plan
    if not intent.asks_plan:
        return np.where(plan, PLAN_MISS, 1.0).astype(np.float32)
    if weights.planning is not None and weights.planning.any():
        setting = weights.planning[snap.chunk_doc]
        with_tasks = np.bincount(snap.chunk_doc[plan], minlength=len(snap.docs)) > 0
        results = np.where(setting & with_tasks[snap.chunk_doc], SETTER_RESULTS, RESULTS_MISS)
        return np.where(plan, np.where(setting, 1.0, PLAN_MISS), results).astype(np.float32)
    return np.where(plan, 1.0, RESULTS_MISS).astype(np.float32)


def stated_theme_years(text: str, own_years: set[int]) -> set[int]:
    """Years whose theme ``text`` states (a theme without a year is of the report's own years);
    proposed themes ("đề xuất chủ đề năm 2024: ...") are not stated yet."""
    years: set[int] = set()
    lower = text.lower()
    for hint in _THEME_HINT.finditer(lower):  # fold only around "chủ đề": folding is slow
        window = fold(lower[max(0, hint.start() - 10) : hint.start() + 160])
        for match in _THEME_STATED.finditer(window):
            if match.group("cue"):
                continue
            years |= {int(match.group("year"))} if match.group("year") else own_years
    return years


def prefer_stated_theme(
    snap: LexicalSnapshot,
    intent: QueryIntent,
    scores: np.ndarray,
    depth: int,
    texts: Callable[[list[int]], dict[int, str]],
) -> np.ndarray:
    """For a question about the theme of a year, the chunks among the best ``depth`` that
    state it keep their score; the others (a proposal, a passing mention) weigh ``THEME_MISS``.
    ``texts(rows)`` reads the text of chunk rows."""
    rows = [r for r, _ in top_rows(scores, depth)]
    if not rows:
        return scores
    own = [_doc_years(snap, int(snap.chunk_doc[r])) for r in rows]
    out = scores * np.float32(THEME_MISS)
    out[rows] = scores[rows] * theme_factor(rows, texts(rows), own, intent.years)
    return out


def _doc_years(snap: LexicalSnapshot, doc: int) -> set[int]:
    years = set()
    for key in snap.docs.docs[doc]["periods"]:
        try:
            years.add(Period.parse_key(key).year)
        except ValueError:
            continue
    return years


def theme_factor(
    rows: list[int], texts: dict[int, str], own_years: list[set[int]], asked: list[int]
) -> np.ndarray:
    """Per candidate row: 1 when its text states the theme of an asked year (of any year when
    none is asked), else ``THEME_MISS``. ``own_years[i]`` are the years row ``rows[i]`` reports."""
    out = np.full(len(rows), THEME_MISS, dtype=np.float32)
    for i, row in enumerate(rows):
        stated = stated_theme_years(texts.get(row, ""), own_years[i])
        if stated and (not asked or stated & set(asked)):
            out[i] = 1.0
    return out


def top_rows(scores: np.ndarray, depth: int) -> list[tuple[int, float]]:
    """The ``depth`` best rows with a positive score, best first (ties: index order)."""
    positive = np.flatnonzero(scores > 0)
    if positive.size > depth:
        part = np.argpartition(-scores[positive], depth - 1)[:depth]
        positive = positive[part]
    order = positive[np.lexsort((positive, -scores[positive]))]
    return [(int(r), float(scores[r])) for r in order]


def prefer_recent(snap: LexicalSnapshot, scores: np.ndarray, weights: DocWeights) -> np.ndarray:
    """Without a named period, the newest of the competing reports comes first: each report
    that scores within ``RECENCY_SHARE`` of the best is weighted down by its recency rank."""
    if not np.any(scores > 0):
        return scores
    best = np.zeros(len(snap.docs), dtype=np.float32)
    np.maximum.at(best, snap.chunk_doc, scores)
    competing = np.flatnonzero(best >= RECENCY_SHARE * best.max())
    ends = snap.docs.report_end[competing]
    distinct = np.unique(ends)[::-1]  # newest first
    rank = np.searchsorted(-distinct, -ends)
    factor = np.full(len(snap.docs), RECENCY_STEP ** len(distinct), dtype=np.float32)
    factor[competing] = np.maximum(RECENCY_FLOOR, RECENCY_STEP**rank)
    np.maximum(factor, RECENCY_FLOOR, out=factor)
    weights.recency = factor
    return scores * factor[snap.chunk_doc]


def question_phrases(intent: QueryIntent) -> list[tuple[str, ...]]:
    """Runs of ``_PHRASE_LEN`` consecutive words of the question's lexical text (folded) with
    content words only ("đại hội điểm"), for ``keep_stated_phrases``."""
    stop = stopwords()[1]
    words = _ASCII_WORD.findall(ascii_fold(intent.search_text))
    runs = (tuple(words[i : i + _PHRASE_LEN]) for i in range(len(words) - _PHRASE_LEN + 1))
    return list(dict.fromkeys(r for r in runs if all(w not in stop and not w.isdigit() for w in r)))


def keep_stated_phrases(
    snap: LexicalSnapshot,
    intent: QueryIntent,
    scores: np.ndarray,
    weights: DocWeights,
    texts: Callable[[list[int]], dict[int, str]],
) -> np.ndarray:
    """Recency yields to the event's own words: among the best ``PHRASE_DEPTH`` rows, a chunk
    of an older report that states a phrase of the question word for word ("đại hội điểm")
    keeps its score before recency when no candidate chunk of a newer report even holds all
    the phrase's words (the newer report tells of something else)."""
    recency = weights.recency
    phrases = question_phrases(intent)
    if recency is None or not phrases:
        return scores
    rows = [r for r, _ in top_rows(scores, PHRASE_DEPTH)]
    factors = {r: float(recency[snap.chunk_doc[r]]) for r in rows}
    if all(f >= 1.0 for f in factors.values()):
        return scores
    found = texts(rows)
    words = {r: _ASCII_WORD.findall(ascii_fold(found.get(r, ""))) for r in rows}
    lines = {r: f" {' '.join(w)} " for r, w in words.items()}
    places = {r: _positions(w) for r, w in words.items()}
    out = scores.copy()
    for r in rows:
        newer = [places[q] for q in rows if factors[q] > factors[r]]
        if factors[r] < 1.0 and any(
            f" {' '.join(p)} " in lines[r] and not any(_near(have, p) for have in newer) for p in phrases
        ):
            out[r] = scores[r] / np.float32(factors[r])
    return out


def _positions(words: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        out.setdefault(word, []).append(i)
    return out


def _near(places: dict[str, list[int]], phrase: tuple[str, ...], reach: int = 2 * _PHRASE_LEN) -> bool:
    """True when all the words of ``phrase`` stand within ``reach`` words of one of its first
    word's places ("kết nạp được 17 đảng viên" holds "kết nạp đảng viên" loosely)."""
    if any(word not in places for word in phrase):
        return False
    return any(
        all(any(abs(j - i) <= reach for j in places[word]) for word in phrase[1:]) for i in places[phrase[0]]
    )


def interleave(rankings: list[list[tuple[int, float]]], k: int) -> list[tuple[int, float]]:
    """Round-robin over the sides' rankings (one ranking: itself), without repeats."""
    if len(rankings) == 1:
        return rankings[0][:k]
    out: list[tuple[int, float]] = []
    seen: set[int] = set()
    for i in range(max((len(r) for r in rankings), default=0)):
        for ranking in rankings:
            if i < len(ranking) and ranking[i][0] not in seen:
                seen.add(ranking[i][0])
                out.append(ranking[i])
    return out[:k]
