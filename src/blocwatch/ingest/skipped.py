"""The record for an input that was not read, and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skipped:
    """An input file (or WARC record) that gave no Document.

    `reason` is one line for a person to read; `failed` is True for unexpected errors (a bug or
    an unreadable disk), False for expected skips (empty, binary, too large, no article text).
    """

    path: str
    reason: str
    failed: bool = False
