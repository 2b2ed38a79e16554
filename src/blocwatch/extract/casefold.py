"""Lower-casing for keyword gates: a case-insensitive pattern can only match where its words occur in
the lower-cased text, unless the text holds a character that re.IGNORECASE matches to an ASCII
letter while str.lower() does not turn it into that letter."""

from __future__ import annotations

# dotless i, long s, dotted capital I (which also lower-cases to two characters) and, for good
# measure, the Kelvin sign
_FOLDS_TO_ASCII = ("\u0131", "\u017f", "\u0130", "\u212a")


def lower_for_gates(text: str) -> str | None:
    """`text` lower-cased, offset for offset; None where a lower-case substring test could miss a
    match of a case-insensitive pattern (then a gate must let everything through)."""
    if any(c in text for c in _FOLDS_TO_ASCII):
        return None
    return text.lower()
