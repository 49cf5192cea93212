"""A table quoted whole: "số lượng từng hình thức" asks for every row, not the best one."""

from __future__ import annotations

from dataclasses import replace

from assistant.units import Unit

_MAX_ROWS = 15  # a longer table is quoted by its best row, as before


def whole_table(best: Unit, units: list[Unit]) -> Unit:
    """``best`` (a table row) with the other rows of its table (same chunk, same header) in
    their order, as one unit; ``best`` itself when it is not a row or its table is alone."""
    if best.kind != "row":
        return best
    header = best.quote.split("\n", 1)[0]
    rows = {
        u.start: u
        for u in units
        if u.kind == "row" and u.hit.chunk_id == best.hit.chunk_id and u.quote.split("\n", 1)[0] == header
    }
    if len(rows) < 2 or len(rows) > _MAX_ROWS:
        return best
    ordered = [rows[start] for start in sorted(rows)]
    quote = "\n".join([header, *(u.quote.split("\n", 1)[1] for u in ordered)])
    return replace(best, quote=quote, start=ordered[0].start, end=ordered[-1].end)


def whole_tables(picked: list[Unit], units: list[Unit]) -> list[Unit]:
    """``picked`` with each table row widened to its whole table, once per table."""
    out: list[Unit] = []
    for unit in picked:
        wide = whole_table(unit, units)
        if not any(
            u.hit.chunk_id == wide.hit.chunk_id and u.start < wide.end and wide.start < u.end for u in out
        ):
            out.append(wide)
    return out
