"""The sides of a comparison (a period, a province, the bodies asked about) and how they are named."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.facts.context import months
from assistant.facts.model import Fact
from ingest.period_model import Period
from ingest.text import fold


@dataclass
class Side:
    """One compared side and the facts found for it."""

    period: Period
    province: str
    body_keys: list[str] = field(default_factory=list)
    by_body: bool = False
    facts: list[Fact] = field(default_factory=list)  # one per body that reports the figure
    shares: list[Fact | None] = field(default_factory=list)  # the percentage of each fact

    def who(self, bot: Any) -> str:
        """The body (when one is asked about) and the province of this side."""
        body = self.facts[0].body if self.facts and self.by_body else ""
        if not body and len(self.body_keys) == 1:
            body = body_name(bot, self.body_keys[0])
        if self.by_body:  # the province is named once, in the heading
            return body
        return place(body, self.province) or "các báo cáo đã nạp"


def body_name(bot: Any, body_key: str) -> str:
    """How the stored reports name the body ``body_key`` ("Đảng ủy Khối Doanh nghiệp tỉnh")."""
    names = (str(r.metadata.get("body") or "") for r in bot.catalog.documents())
    keys = (r.metadata.get("body_key") for r in bot.catalog.documents())
    return next((name for name, key in zip(names, keys, strict=True) if key == body_key and name), "")


def place(body: str, province: str) -> str:
    """ "Đảng ủy Khối các cơ quan tỉnh Phú Yên"; "Thành ủy Quảng Ngãi" (not "... Quảng Ngãi Quảng Ngãi")."""
    if province and fold(province) in fold(body):
        return body
    return " ".join(x for x in (body, province) if x)


def missing(bot: Any, side: Side) -> str:
    """ "Chưa có báo cáo ... cho ..." with the periods that have one (said only of a side that
    no stored report of that province and body reports or names)."""
    docs = [r.metadata for r in bot.catalog.documents()]
    docs = [m for m in docs if not side.province or m.get("province") == side.province]
    docs = [m for m in docs if not side.body_keys or m.get("body_key") in side.body_keys]
    keys = {p for m in docs for p in m.get("periods") or []}
    have = sorted(keys, key=lambda k: (Period.parse_key(k).end_date(), -months(Period.parse_key(k))))
    listed = ", ".join(Period.parse_key(k).label() for k in have)
    extra = f" (đã có báo cáo: {listed})" if listed else ""
    return f"Chưa có báo cáo {side.period.label()} cho {side.who(bot)}{extra}."


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]
