"""A real uvicorn server in a background thread over a copy of the reference knowledge base."""

from __future__ import annotations

import httpx
import pytest

import blocwatch
from blocwatch.api import create_app
from blocwatch.model import Document, Evidence, Fact, PartialDate, Section, Source
from blocwatch.api.server import serve_in_thread

TOKEN = "test-token-123"


@pytest.fixture
def server(kb_path):
    """Base URL of a server that accepts writes with TOKEN."""
    with serve_in_thread(create_app(bw_factory=lambda: blocwatch.open(str(kb_path)), token=TOKEN)) as url:
        yield url


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


# A short article written for these tests, with the facts an extractor would draw from it.
ARTICLE = ("Armenia freezes its CSTO participation\n"
           "Yerevan, 23 February 2024. Armenia has frozen its participation in the Collective Security "
           "Treaty Organization, the prime minister said on Thursday. "
           "Imangali Tasmagambetov remains the alliance's Secretary General.\n")


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def write_article(kb_path, text: str = ARTICLE) -> str:
    """Stores the article and two facts with evidence spans in it; returns the document id."""
    doc = Document(id=Document.make_id(text), text=text, title=text.split("\n", 1)[0],
                   published=PartialDate.parse("2024-02-23"), site="example.test",
                   sections=(Section("title", 0, text.index("\n")), Section("body", text.index("\n") + 1, len(text))))
    src = Source(id=f"doc:{doc.id}", kind="document", title=doc.title, published="2024-02-23")

    def ev(phrase: str) -> Evidence:
        a, b = span(text, phrase)
        return Evidence(source_id=src.id, doc_id=doc.id, start=a, end=b, text=text[a:b],
                        extractor="test.v1", confidence=0.9, reported="2024-02-23")

    suspended = "Armenia has frozen its participation in the Collective Security Treaty Organization"
    facts = [Fact("membership", "state:AM", "org:CSTO", "suspended", PartialDate.parse("2024-02-22"),
                  evidence=(ev(suspended),)),
             Fact("office", "person:imangali-tasmagambetov", "org:CSTO", "Secretary General",
                  PartialDate.parse("2023-01-01"), evidence=(ev("Imangali Tasmagambetov remains the alliance's "
                                                                 "Secretary General"),))]
    with blocwatch.open(str(kb_path)) as bw:
        bw.kb.write(sources=[src], document=doc, facts=facts)
    return doc.id


@pytest.fixture
def article(kb_path) -> str:
    return write_article(kb_path)
