"""Timeline geometry: membership intervals as bands on a time axis, one row per organization."""

from __future__ import annotations

import datetime as dt

from ..model import PartialDate

START_YEAR = 1991


def _x(day: dt.date, lo: dt.date, hi: dt.date, width: float) -> float:
    return round((day - lo).days / max((hi - lo).days, 1) * width, 1)


def bands(memberships: list[dict], width: float = 900, today: dt.date | None = None) -> dict:
    """Rows of bands (org, status, from, to, x, w) and year ticks, over 1991..today."""
    today = today or dt.date.today()
    lo, hi = dt.date(START_YEAR, 1, 1), today
    rows: dict[str, list[dict]] = {}
    for m in memberships:
        start = PartialDate.parse(m["from"]).start if m["from"] else lo
        end = PartialDate.parse(m["to"]).start if m["to"] else hi
        start, end = max(start, lo), min(end, hi)
        if end <= start:
            continue
        x = _x(start, lo, hi, width)
        rows.setdefault(m["org"], []).append({**m, "x": x, "w": max(_x(end, lo, hi, width) - x, 2)})
    ticks = [{"year": y, "x": _x(dt.date(y, 1, 1), lo, hi, width)}
             for y in range(START_YEAR, hi.year + 1) if (y - START_YEAR) % 5 == 0 or y == hi.year]
    return {"rows": [{"org": o, "bands": b} for o, b in rows.items()], "ticks": ticks, "width": width}


def dots(meetings: list[dict], width: float = 900, today: dt.date | None = None) -> dict:
    """Meetings as dots on a time axis, one row per organization (dated ones only)."""
    today = today or dt.date.today()
    dated = [m for m in meetings if m.get("date")]
    first = min((PartialDate.parse(m["date"]).start.year for m in dated), default=START_YEAR)
    lo, hi = dt.date(min(first, today.year - 1), 1, 1), dt.date(today.year + 1, 1, 1)
    rows: dict[str, list[dict]] = {}
    for m in dated:
        rows.setdefault(m["org"], []).append({"id": m["id"], "date": m["date"], "body": m["body_name"],
                                              "place": m["place"], "x": _x(PartialDate.parse(m["date"]).start, lo, hi, width)})
    step = 1 if hi.year - lo.year <= 12 else 5
    ticks = [{"year": y, "x": _x(dt.date(y, 1, 1), lo, hi, width)} for y in range(lo.year, hi.year + 1)
             if (y - lo.year) % step == 0]
    return {"rows": [{"org": o, "dots": rows[o]} for o in sorted(rows)], "ticks": ticks, "width": width}
