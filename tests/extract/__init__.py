"""Tests of the extraction stage (src/blocwatch/extract), one module per extraction module.

The pipeline is built once per test session from a snapshot of the reference knowledge base
(`extractor_for`), so each test only pays for the documents it reads.
"""

from __future__ import annotations

from functools import lru_cache

import blocwatch
from blocwatch.extract.pipeline import Extraction, Extractor
from blocwatch.extract.snapshot import KnowledgeSnapshot
from blocwatch.ingest import read_text_document
from blocwatch.model import Document, Fact


@lru_cache(maxsize=None)
def extractor_for(kb_path: str) -> Extractor:
    """One Extractor per knowledge base file for the whole session."""
    with blocwatch.open(kb_path) as bw:
        snapshot = KnowledgeSnapshot.from_kb(bw.kb)
    return Extractor(snapshot)


def article(body: str, title: str = "Regional news in brief", published: str | None = None) -> Document:
    """A Document as ingest reads a pasted page: a headline, an optional date line, the body."""
    head = f"{title}\n\n" + (f"Published: {published}\n\n" if published else "")
    return read_text_document(head + body.strip() + "\n")


def facts_of(extraction: Extraction, kind: str) -> list[Fact]:
    return [f for f in extraction.facts if f.kind == kind]
