"""Which reports a brief is about: the province, body and period asked, resolved against the store.

Arguments are forgiving ("Lâm Đồng" or "lam dong"; "Khối các cơ quan", the display name or the
key "khoi-co-quan"; "2024-Q1" or "quý I/2024"); when nothing matches, the error says in
Vietnamese what the store holds instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import BaocaoError
from ingest.period_model import Period
from ingest.periods import find_periods
from ingest.text import fold


class BriefError(BaocaoError):
    """The brief cannot be made as asked (no such report, ambiguous body...)."""


@dataclass
class Report:
    """One ingested document, as a brief needs it."""

    doc_id: str
    source: str
    title: str
    date: str
    province: str
    body: str
    body_key: str
    periods: list[str]
    doc_type: str = ""

    @classmethod
    def of(cls, record: Any) -> Report:
        meta = record.metadata
        return cls(
            doc_id=record.doc_id,
            source=record.source,
            title=str(meta.get("title") or ""),
            date=str(meta.get("date") or ""),
            province=str(meta.get("province") or ""),
            body=str(meta.get("body") or ""),
            body_key=str(meta.get("body_key") or ""),
            periods=[str(p) for p in meta.get("periods") or []],
            doc_type=str(meta.get("doc_type") or ""),
        )


@dataclass
class Selection:
    """The resolved subject of a brief and the reports on it."""

    province: str
    body_key: str
    body: str
    period: Period
    reports: list[Report]  # reports on ``period`` (formal reports first)
    all_reports: list[Report]  # every report of this province and body


def parse_period(text: str) -> Period:
    """A period key ("2024-Q1") or a Vietnamese phrase ("quý I/2024", "6 tháng đầu năm 2024")."""
    text = (text or "").strip()
    if not text:
        raise BriefError('Cần nêu kỳ báo cáo, ví dụ --period 2024-Q1 hoặc --period "quý I/2024".')
    try:
        return Period.parse_key(text)
    except ValueError:
        pass
    mentions = find_periods(text)
    if not mentions:
        raise BriefError(
            f"Không hiểu kỳ báo cáo «{text}». Ví dụ: 2024-Q1, 2024-H1, 2024-9M, 2024, "
            '"quý I/2024", "6 tháng đầu năm 2024".'
        )
    return mentions[0].period


def select(catalog: Any, province: str | None, body: str | None, period: str) -> Selection:
    """Resolve the arguments against the store's documents (see the module doc)."""
    wanted = parse_period(period)
    reports = [Report.of(r) for r in catalog.documents()]
    if not reports:
        raise BriefError("Chưa nạp báo cáo nào. Hãy nạp trước: baocao ingest THƯ_MỤC")
    if province:
        name = _province(province, reports)
        reports = [r for r in reports if r.province == name]
    if body:
        key = _body_key(body, reports)
        reports = [r for r in reports if r.body_key == key]
    on_period = [r for r in reports if wanted.key in r.periods]
    if not on_period:
        raise BriefError(_missing_message(wanted, province, body, reports))
    subjects = sorted({(r.province, r.body_key) for r in on_period})
    if len(subjects) > 1:
        names = "; ".join(f"{_body_name(on_period, k)} {p}".strip() for p, k in subjects)
        raise BriefError(
            f"Có báo cáo {wanted.label()} của nhiều nơi: {names}. Hãy chọn --province và --body."
        )
    prov, key = subjects[0]
    same = [r for r in reports if (r.province, r.body_key) == (prov, key)]
    on_period.sort(key=lambda r: (r.doc_type != "bao-cao", r.date, r.source))
    return Selection(prov, key, _body_name(on_period, key), wanted, on_period, same)


def _province(text: str, reports: list[Report]) -> str:
    from ingest.gazetteer import find_provinces

    known = sorted({r.province for r in reports if r.province})
    found = find_provinces(text)
    name = found[0].name if found else next((p for p in known if fold(p) == fold(text)), "")
    if not name or name not in known:
        listed = ", ".join(known) or "không có"
        raise BriefError(f"Không có báo cáo nào của «{text}». Các tỉnh, thành phố đã có báo cáo: {listed}.")
    return name


def _body_key(text: str, reports: list[Report]) -> str:
    from ingest.gazetteer import find_bodies

    known = {r.body_key: r.body for r in reports if r.body_key}
    if text in known:
        return text
    found = [b.key for b in find_bodies(text)]
    key = found[0] if found else next((k for k, v in known.items() if fold(v) == fold(text)), "")
    if key not in known:
        listed = "; ".join(f"{v} ({k})" for k, v in sorted(known.items())) or "không có"
        raise BriefError(f"Không có báo cáo nào của cơ quan «{text}». Các cơ quan đã có báo cáo: {listed}.")
    return key


def _body_name(reports: list[Report], key: str) -> str:
    return next((r.body for r in reports if r.body_key == key and r.body), key)


def _missing_message(period: Period, province: str | None, body: str | None, reports: list[Report]) -> str:
    who = " ".join(x for x in (body or "", province or "") if x) or "nào"
    keys = {p for r in reports for p in r.periods}
    have = sorted(keys, key=lambda k: Period.parse_key(k).end_date())
    listed = ", ".join(Period.parse_key(k).label() for k in have) or "không có"
    return f"Chưa có báo cáo {period.label()} của {who}. Các kỳ đã có báo cáo: {listed}."
