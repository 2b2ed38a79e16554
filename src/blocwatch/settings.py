"""One frozen settings object with documented defaults, passed in explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_db() -> str:
    """`BLOCWATCH_DB` if set, else `kb.sqlite` in the user's data directory."""
    return os.environ.get("BLOCWATCH_DB") or str(Path(platformdirs.user_data_dir("blocwatch")) / "kb.sqlite")


@dataclass(frozen=True)
class Settings:
    #: SQLite file path or SQLAlchemy URL of the knowledge base.
    db: str = field(default_factory=default_db)
    #: Largest input file read, in bytes; larger ones are skipped with a reason.
    max_file_bytes: int = 20_000_000
    #: Facts extracted below this confidence are not printed or stored.
    min_confidence: float = 0.5
