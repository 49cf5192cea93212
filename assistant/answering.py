"""The answering layer: question -> standalone question -> retrieval -> refusal -> answer.

``Answerer.ask`` answers with the LLM chain (``assistant.chain``) when a model is configured,
else (or when the model fails, is too slow or its reply is unusable) in quote mode
(``assistant.quote``), with a Vietnamese notice saying so. Steps:

1. a follow-up is condensed with the history: by the model when there is one, else by rule;
2. retrieval (``retriever.retrieve``: hits, the parsed intent, notes such as which report was
   used when no period was named);
3. comparisons answered from extracted facts, when ``assistant.comparisons`` can;
4. refusal when no ingested report covers what the question names, or the evidence is weak;
5. the answer; evidence units come from the hits and from the chunks of the documents that
   fit the named province, body and period, so a retrieval miss does not lose the answer.

The API key never reaches an Answer, a notice or a log line: errors are ``LLMError`` messages,
which ``assistant.llm`` scrubs, and every Answer leaves through ``assistant.safety`` (markup made
inert, foreign URLs, secrets and echoes of the system prompt removed), streamed deltas through
its ``StreamGuard`` (secrets masked).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any

from assistant import followup, safety
from assistant.basis import check_basis
from assistant.chain import answer_with_llm, condense_question, stream_with_llm
from assistant.errors import LLMError
from assistant.evidence import score_units
from assistant.llm import make_chat_model
from assistant.period_parts import period_views
from assistant.preamble import core_question
from assistant.question import QuestionView, analyze, with_filters
from assistant.quote import quote_answer, select, whole_report
from assistant.quote_sides import per_side
from assistant.refusal import DEFAULT_THRESHOLD, allowed, check_coverage, check_evidence, fits, refusal
from assistant.relative_periods import anchor_relative
from assistant.results import Answer, AnswerMode
from assistant.shorthand import expand_shorthand
from assistant.streaming import pieces
from assistant.units import Unit, table_header_periods, units_of
from vectorstore.hits import Hit
from vectorstore.notes import MISSING

log = logging.getLogger(__name__)

_DOC_CHUNKS = 60  # at most this many chunks read from the fitting documents
_DOCS_PER_SIDE = 2


def fallback_notice(exc: LLMError) -> str:
    """The notice shown when the model could not be used (the message is already scrubbed)."""
    return f"Không dùng được mô hình ngôn ngữ, câu trả lời là trích dẫn nguyên văn. Chi tiết: {exc}"


@dataclass
class _Work:
    """Everything one question goes through."""

    question: str
    history: Sequence[Any] | None
    standalone: str = ""
    view: QuestionView | None = None
    hits: list[Hit] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    start: float = field(default_factory=perf_counter)
    use_llm: bool = True
    final: Answer | None = None


class Answerer:
    """Answers questions over one Assistant's store, in LLM or quote mode."""

    def __init__(
        self, bot: Any, model: Any = None, *, notices: list[str] | None = None, threshold: float = 0.0
    ) -> None:
        self.bot = bot
        self.model = model
        self.notices = list(notices or [])
        self.k = int(bot.settings.top_k)
        self.secrets = safety.settings_secrets(bot.settings)
        self.threshold = threshold or float(bot.settings.refusal_threshold) or DEFAULT_THRESHOLD

    @classmethod
    def from_assistant(cls, bot: Any) -> Answerer:
        """The answerer of ``bot``: its settings decide the chat model (None: quote mode)."""
        notices: list[str] = []
        try:
            model = make_chat_model(bot.settings)
        except LLMError as exc:
            model = None
            notices.append(fallback_notice(exc))
        return cls(bot, model, notices=notices)

    @property
    def mode(self) -> AnswerMode:
        """ "llm" when a chat model is configured, else "quote"."""
        return "llm" if self.model is not None else "quote"

    # -- public ----------------------------------------------------------------------------
    def ask(
        self,
        question: str,
        history: Sequence[Any] | None = None,
        filters: Mapping[str, Any] | None = None,
        *,
        k: int | None = None,
    ) -> Answer:
        """Answer ``question`` (a follow-up when ``history`` is given) with cited sources."""
        work = self._prepare(question, history, filters, k)
        if work.final is None and work.use_llm:
            start = perf_counter()
            try:
                answer = answer_with_llm(work.standalone, self._llm_hits(work), self.model, history=history)
                work.final = self._checked_llm(work, answer)
            except LLMError as exc:
                work.notices.append(fallback_notice(exc))
            work.timings["llm"] = perf_counter() - start
        if work.final is None:
            work.final = self._quote(work)
        return self._finish(work)

    def stream(
        self,
        question: str,
        history: Sequence[Any] | None = None,
        filters: Mapping[str, Any] | None = None,
        *,
        k: int | None = None,
    ) -> Iterator[str | Answer]:
        """Yield text deltas, then the final verified Answer (which replaces the deltas)."""
        work = self._prepare(question, history, filters, k)
        if work.final is None and work.use_llm:
            start = perf_counter()
            guard = safety.StreamGuard(self.secrets)
            streamed = False
            try:
                for item in stream_with_llm(
                    work.standalone, self._llm_hits(work), self.model, history=history
                ):
                    if isinstance(item, Answer):
                        work.final = self._checked_llm(work, item)
                    elif shown := guard.feed(item):
                        streamed = True
                        yield shown
            except LLMError as exc:
                work.notices.append(fallback_notice(exc))
            if tail := guard.flush():
                streamed = True
                yield tail
            work.timings["llm"] = perf_counter() - start
            if work.final is not None and work.final.mode == "llm":
                yield self._finish(work)
                return
            if streamed:
                yield "\n\n"
        if work.final is None:
            work.final = self._quote(work)
        final = self._finish(work)
        yield from pieces(final.text)
        yield final

    # -- steps -----------------------------------------------------------------------------
    def _prepare(
        self, question: str, history: Sequence[Any] | None, filters: Mapping[str, Any] | None, k: int | None
    ) -> _Work:
        work = _Work(question=" ".join(question.split()), history=history, notices=list(self.notices))
        work.use_llm = self.model is not None
        if not work.question:
            work.final = refusal(question, "Câu hỏi trống: hãy nhập câu hỏi.", self.mode)
            return work
        provinces = {str(d.get("province") or "") for d in self.bot.documents()} - {""}
        work.standalone = expand_shorthand(self._standalone(work), sorted(provinces))
        work.standalone, anchored = anchor_relative(work.standalone, self.bot.documents())
        work.notices.extend(anchored)
        start = perf_counter()
        hits, intent, notes = self._retrieve(work.standalone, k or self.k, dict(filters or {}))
        work.timings["retrieve"] = perf_counter() - start
        work.hits, work.view = hits, with_filters(analyze(work.standalone, intent), filters)
        work.notices.extend(notes)
        missing = next((n for n in notes if n.startswith(MISSING)), "")
        # The named committee has no report: another place's figures are not its own (in a
        # comparison, the missing side is said by the comparison itself).
        if missing and not getattr(intent, "is_comparison", False):
            work.final = refusal(work.question, missing, self.mode)
            return work
        work.final = self._from_facts(work.standalone, intent)
        if work.final is None:
            start = perf_counter()
            self._decide(work, filters)
            work.timings["evidence"] = perf_counter() - start
        return work

    def _standalone(self, work: _Work) -> str:
        asked = core_question(work.question)  # without greetings and "cho mình hỏi là"
        if not work.history:
            return asked
        if self.model is None:
            return followup.condense(asked, work.history)
        start = perf_counter()
        try:
            return condense_question(work.question, work.history, self.model)
        except LLMError as exc:
            # The endpoint is down: do not wait for it a second time for the answer.
            work.notices.append(fallback_notice(exc))
            work.use_llm = False
            return followup.condense(asked, work.history)
        finally:
            work.timings["condense"] = perf_counter() - start

    def _retrieve(self, question: str, k: int, filters: dict[str, Any]) -> tuple[list[Hit], Any, list[str]]:
        result = self.bot.retrieve(question, k=k, filters=filters or None)
        return list(result.hits), result.intent, [str(n) for n in result.notes]

    def _from_facts(self, question: str, intent: Any) -> Answer | None:
        """A comparison answered from extracted facts, when that module exists and can."""
        try:
            from assistant.comparisons import answer_from_facts
        except ImportError:
            return None
        try:
            answer = answer_from_facts(question, intent, self.bot)
        except Exception:  # a broken extension must not break answering
            log.warning("answer_from_facts failed; answering from the reports", exc_info=True)
            return None
        return answer if isinstance(answer, Answer) else None

    def _decide(self, work: _Work, filters: Mapping[str, Any] | None) -> None:
        """Refuse (setting ``work.final``) or gather and score the evidence units."""
        assert work.view is not None
        documents = [d for d in self.bot.documents() if allowed(d, filters)]
        plans = work.view.plan
        decision = check_coverage(work.view, documents, lambda doc: self._tabled(doc, plans))
        if not decision.refuse:
            hits = work.hits + self._document_hits(work, documents)
            work.units = [u for rank, hit in enumerate(hits) for u in units_of(hit, rank)]
            score_units(work.units, work.view)
            decision = check_evidence(work.view, work.units, self.threshold)
            if not decision.refuse:  # is the figure found the asked one?
                decision = check_basis(work.view, documents, work.units, self.threshold)
        if decision.refuse:
            log.info("refused (%s): %s", decision.rule, decision.reason)
            work.final = refusal(work.question, decision.reason, self.mode)

    def _document_hits(self, work: _Work, documents: list[dict[str, Any]]) -> list[Hit]:
        """All chunks of the documents that fit the question (top ones per side), not yet hit."""
        view = work.view
        if view is None or not view.names_something:
            return []
        ranked = {h.doc_id: i for i, h in reversed(list(enumerate(work.hits)))}
        chosen: list[str] = []
        for side in view.sides or period_views(view):
            fitting = [d for d in documents if fits(d, side)]
            fitting.sort(key=lambda d: (ranked.get(d["doc_id"], len(ranked)), not _exact(d, side)))
            chosen += [d["doc_id"] for d in fitting[:_DOCS_PER_SIDE] if d["doc_id"] not in chosen]
        seen = {h.chunk_id for h in work.hits}
        out: list[Hit] = []
        for doc_id in chosen:
            out += [h for h in self._chunks(doc_id) if h.chunk_id not in seen]
        return out[:_DOC_CHUNKS]

    def _tabled(self, doc: Mapping[str, Any], plans: bool) -> set[str]:
        """Periods named by the table headers of a document (a column "Thực hiện 2022"; with
        ``plans``, also "Kế hoạch 2024")."""
        year = max((int(str(p)[:4]) for p in doc.get("periods") or [] if str(p)[:4].isdigit()), default=None)
        keys: set[str] = set()
        for row in self.bot.catalog.chunk_rows(doc["doc_id"]):
            if "|" in row["text"]:
                keys |= table_header_periods(row["text"], year, plans=plans)
        return keys

    def _chunks(self, doc_id: str) -> list[Hit]:
        """The chunks of one document as Hits (document and chunk metadata, like the retriever's)."""
        hits = []
        for row in self.bot.catalog.chunk_rows(doc_id):
            meta = json.loads(row["doc_metadata"])
            meta.update({k: row[k] for k in ("doc_id", "section", "page", "kind", "context")})
            hits.append(Hit(row["text"], 0.0, row["source"], row["chunk_id"], meta))
        return hits

    def _llm_hits(self, work: _Work) -> list[Hit]:
        """The chunks shown to the model: those holding the best evidence first, then the hits."""
        assert work.view is not None
        picked = select(work.units, work.view, self._candidates(work))
        best = sorted(work.units, key=lambda u: -u.score)[: self.k]
        out: dict[str, Hit] = {}
        for hit in [u.hit for u in picked] + [u.hit for u in best] + work.hits:
            out.setdefault(hit.chunk_id, hit)
        return list(out.values())[: max(self.k, len(picked))]

    @staticmethod
    def _candidates(work: _Work) -> list[Hit]:
        return list({u.hit.chunk_id: u.hit for u in work.units}.values())

    def _checked_llm(self, work: _Work, answer: Answer) -> Answer | None:
        """The model's answer made safe, or None (quote mode) when the checks left nothing of it."""
        work.timings.update({k: v for k, v in answer.timings.items() if k != "llm"})
        if answer.refused and any(n.startswith("Đã bỏ câu") for n in answer.notices):
            work.notices.extend(self._safe(answer, work).notices)
            work.notices.append(
                "Mọi câu của mô hình đều bị loại khi kiểm tra số liệu; dưới đây là trích dẫn nguyên văn."
            )
            return None
        safe, removed = safety.sanitized(answer, self.secrets, question=work.question)
        if not safety.usable(safe, removed):
            work.notices.extend(safe.notices)
            work.notices.append(
                "Trả lời của mô hình bị loại khi kiểm tra an toàn; dưới đây là trích dẫn nguyên văn."
            )
            return None
        return safety.renumbered(safe) if removed else safe

    def _safe(self, answer: Answer, work: _Work) -> Answer:
        return safety.sanitize_answer(answer, self.secrets, question=work.question)

    def _quote(self, work: _Work) -> Answer:
        assert work.view is not None
        start = perf_counter()
        picked = select(work.units, work.view, self._candidates(work))
        sided = work.view.sides and not whole_report(work.view)
        gaps = per_side(work.units, work.view)[1] if sided else []
        answer = quote_answer(work.question, picked, gaps) if picked else refusal(work.question, "", "quote")
        work.timings["quote"] = perf_counter() - start
        return answer

    def _finish(self, work: _Work) -> Answer:
        answer = work.final or refusal(work.question, "", "quote")
        answer.question = work.question
        answer.standalone_question = work.standalone or work.question
        answer.notices = list(dict.fromkeys([*work.notices, *answer.notices]))
        answer.timings = {**work.timings, **answer.timings, "total": perf_counter() - work.start}
        return self._safe(answer, work)  # every answer, whichever way it was made


def _exact(doc: Mapping[str, Any], q: QuestionView) -> bool:
    return bool(set(q.periods) & {str(p) for p in doc.get("periods") or []})
