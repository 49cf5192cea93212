"""Pre-meeting briefs: one page on one body and one period, every figure cited.

``make_brief(bot, province=..., body=..., period=..., with_llm=None, chart=True) -> Brief``
(``Brief.markdown``, ``.figures``, ``.docx_bytes()``/``.to_docx(path)``, ``.chart_png``). See
``compose`` for how it is assembled and ``table`` for which periods are compared.
"""

from __future__ import annotations

from typing import Any

from assistant.briefs.model import Brief, BriefFigure, BriefSource
from assistant.briefs.select import BriefError

__all__ = ["Brief", "BriefError", "BriefFigure", "BriefSource", "make_brief"]


def make_brief(
    bot: Any,
    *,
    province: str | None = None,
    body: str | None = None,
    period: str,
    with_llm: bool | None = None,
    chart: bool = True,
) -> Brief:
    """A one-page brief in Vietnamese on one body and period (see ``compose.make_brief``)."""
    from assistant.briefs.compose import make_brief as compose

    return compose(bot, province=province, body=body, period=period, with_llm=with_llm, chart=chart)
