"""Where each former Soviet republic's tile sits on the home page's map: a grid placed roughly
geographically (north up, west left), Russia wide across the top."""

from __future__ import annotations

#: code -> (column, row, width, height) in grid cells.
TILES: dict[str, tuple[int, int, int, int]] = {
    "EE": (1, 0, 1, 1), "RU": (2, 0, 5, 2),
    "LV": (1, 1, 1, 1),
    "LT": (0, 2, 1, 1), "BY": (1, 2, 1, 1), "KZ": (4, 2, 2, 1),
    "MD": (0, 3, 1, 1), "UA": (1, 3, 1, 1), "GE": (2, 3, 1, 1), "AZ": (3, 3, 1, 1),
    "UZ": (4, 3, 1, 1), "KG": (5, 3, 1, 1),
    "AM": (2, 4, 1, 1), "TM": (4, 4, 1, 1), "TJ": (5, 4, 1, 1),
}
CELL, GAP = 104, 8
COLUMNS, ROWS = 7, 5
WIDTH, HEIGHT = COLUMNS * CELL, ROWS * CELL


def tiles(states: list[dict]) -> list[dict]:
    """States (with `code`) plus their tile's pixel box; states without a place are left out."""
    out = []
    for s in states:
        if s["code"] not in TILES:
            continue
        c, r, w, h = TILES[s["code"]]
        out.append({**s, "x": c * CELL + GAP / 2, "y": r * CELL + GAP / 2,
                    "w": w * CELL - GAP, "h": h * CELL - GAP})
    return out
