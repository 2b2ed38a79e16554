"""The Python API: one object over a knowledge base that the CLI, HTTP API and batch runner wrap.

    import blocwatch
    bw = blocwatch.open("kb.sqlite")          # built from the reference data on first use
    bw.members("CIS - CSTO", at="2018-11-21")
"""

from __future__ import annotations


import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from .extract.pipeline import Extraction
from .ingest import Skipped
from .kb import refdata
from .kb.store import KnowledgeBase
from .model import Document, Fact, PartialDate, Source
from .reason import meetings as _meetings
from .reason import offices as _offices
from .reason.membership import DEFAULT_STATUSES, Member, Memberships, Status, parse_statuses
from .settings import Settings


def _at(value) -> PartialDate:
    return PartialDate.today() if value in (None, "") else PartialDate.parse(value)


class Blocwatch:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.kb = KnowledgeBase(self.settings.db)
        self.reference_loaded = self._ensure_reference()
        self._memberships: Memberships | None = None
        self._reference_memberships: Memberships | None = None
        self._extractor = None

    def _ensure_reference(self) -> bool:
        """Load (or reload) the reference data when the shipped data differs from what is stored."""
        if self.kb.get_meta("reference_hash") == refdata.data_hash():
            return False
        data = refdata.load()
        self.kb.replace_reference(data.entities, data.sources, data.facts, data.hash)
        return True

    def reload_reference(self) -> None:
        data = refdata.load()
        self.kb.replace_reference(data.entities, data.sources, data.facts, data.hash)
        self._memberships = self._reference_memberships = self._extractor = None

    @property
    def memberships(self) -> Memberships:
        if self._memberships is None:
            self._memberships = Memberships(self.kb)
        return self._memberships

    @property
    def reference_memberships(self) -> Memberships:
        """Memberships from the curated reference data alone (what claims are judged against)."""
        if self._reference_memberships is None:
            self._reference_memberships = Memberships(self.kb, reference_only=True)
        return self._reference_memberships

    def close(self) -> None:
        self.kb.close()

    def __enter__(self) -> "Blocwatch":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ queries
    def members(self, expr: str, at=None, statuses: str | tuple | None = DEFAULT_STATUSES) -> list[Member]:
        if isinstance(statuses, str):
            statuses = parse_statuses(statuses)
        return self.memberships.members(expr, _at(at), statuses)

    def status(self, state: str, org: str, at=None) -> list[Status]:
        return self.memberships.status(state, org, _at(at))

    def history(self, state: str):
        return self.memberships.history(state)

    def holders(self, of: str, office: str | None = None, at=None):
        return _offices.holders(self.kb, of, _at(at), office)

    def meetings(self, org: str | None = None, start=None, end=None, place: str | None = None,
                 participant: str | None = None):
        return _meetings.meetings(self.kb, org, PartialDate.parse_opt(start), PartialDate.parse_opt(end),
                                  place, participant)

    # ------------------------------------------------------------------ charter rules and reasoning
    def chair(self, org: str, at=None, next: bool = False):  # noqa: A002 - mirrors the CLI flag
        from .reason import charter as _charter
        return _charter.chair(self.kb, org, _at(at), next=next)

    def accession(self, state: str, org: str, at=None):
        from .reason import accession as _accession
        return _accession.accession(self.kb, self.memberships, state, org, _at(at))

    def check_text(self, text: str, at=None, mentions=None):
        """Claims about memberships and counts in `text`, each judged at `at` (today if None)."""
        from .reason import claims as _claims
        if mentions is None:
            mentions = self.extractor.gazetteer.find(text)
        return _claims.check_text(self, text, PartialDate.parse_opt(at), mentions)

    def conflicts(self, org: str | None = None):
        from .reason import conflicts as _conflicts
        return _conflicts.conflicts(self.kb, org)

    def diff(self, date1, date2, org: str | None = None):
        from .reason import diff as _diff
        return _diff.diff(self.kb, PartialDate.parse(date1), PartialDate.parse(date2), org)


    # ------------------------------------------------------------------ reading articles
    @property
    def extractor(self):
        """The extraction pipeline, built once from a snapshot of this knowledge base."""
        if self._extractor is None:
            from .extract.pipeline import Extractor
            from .extract.snapshot import KnowledgeSnapshot
            self._extractor = Extractor(KnowledgeSnapshot.from_kb(self.kb))
        return self._extractor

    def extract_document(self, document: Document) -> Extraction:
        """Facts of one document, with its claims judged against the knowledge base."""
        result = self.extractor.extract(document)
        if not result.relevant:
            return result
        return replace(result, facts=result.facts + self.claim_facts(result))

    def claim_facts(self, result: Extraction) -> list[Fact]:
        """The claims of an extracted article as facts, judged at the article's date."""
        from .extract.assemble import claim_fact
        when = self._article_date(result)
        return [claim_fact(result.document, j, when) for j in self.judge_claims(result, when)]

    @staticmethod
    def _article_date(result: Extraction) -> PartialDate | None:
        """The date an article speaks of (published, else its main event's), for judging it."""
        return next((PartialDate.parse(f.attrs["as_of"]) for f in result.facts if f.attrs.get("as_of")),
                    result.document.published)

    def judge_claims(self, result: Extraction, at=None) -> list:
        """The claims of an extracted article's body, judged at `at` (default: the article's date)
        against the reference data."""
        from .reason.claims import judge
        when = PartialDate.parse_opt(at) or self._article_date(result)
        claims = result.claims
        if claims is None:  # an Extraction from elsewhere: find them now
            from .extract.claims import body_claims
            claims = body_claims(result.document, result.mentions)
        return [judge(c, self, when) for c in claims]

    def check_article(self, path: str | os.PathLike, at=None) -> tuple[Document, list]:
        """Read one article (text, HTML) and judge its claims at `at`, else at its own date."""
        from .errors import DocumentError
        for item in self.extract([path]):
            if isinstance(item, Skipped):
                raise DocumentError(f"Cannot check {item.path}: {item.reason}.")
            return item.document, self.judge_claims(item, at)
        raise DocumentError(f"{path} holds no article to check.")

    def extract(self, paths: Iterable[str | os.PathLike]) -> Iterator[Extraction | Skipped]:
        """Read each file (text, HTML, WARC, directories) and extract its facts."""
        from .ingest import read_documents
        for item in read_documents(paths, self.settings):
            yield item if isinstance(item, Skipped) else self.extract_document(item)

    def extract_contract(self, paths: Iterable[str | os.PathLike]) -> list[dict]:
        """The facts of `paths` as contract dicts (ARCHITECTURE §3), skipped files left out."""
        from .extract.contract import to_contract
        return [to_contract(f, r.document.id) for r in self.extract(paths) if isinstance(r, Extraction)
                for f in r.facts]

    def store(self, result: Extraction) -> int:
        """Write a document and its facts in one transaction; returns the new evidence count."""
        doc = result.document
        return self.kb.write(entities=result.entities, sources=[Source.of_document(doc)], facts=result.facts,
                             document=doc)

    def ingest_document(self, document: Document) -> Extraction:
        result = self.extract_document(document)
        self.store(result)
        return result

    def ingest_text(self, text: str, path: str | None = None) -> Extraction:
        from .ingest import read_text_document
        return self.ingest_document(read_text_document(text, path))

    def ingest(self, paths: Iterable[str | os.PathLike], on_item=None) -> IngestSummary:
        """Store every readable document of `paths` with its facts; a file that cannot be read is
        skipped with its reason, and the run goes on. `on_item(item)` is told of each one."""
        summary = IngestSummary()
        for item in self.extract(paths):
            if isinstance(item, Skipped):
                summary.add_skipped(item)
            else:
                known = self.kb.has_document(item.document.id)
                self.store(item)
                summary.add(item, known)
            if on_item:
                on_item(item)
        return summary


@dataclass
class IngestSummary:
    ingested: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    facts: int = 0
    irrelevant: int = 0
    reasons: list[str] = field(default_factory=list)

    def add(self, result: Extraction, known: bool) -> None:
        if known:
            self.unchanged += 1
        else:
            self.ingested += 1
        self.irrelevant += not result.relevant
        self.facts += len(result.facts)

    def add_skipped(self, item: Skipped) -> None:
        if item.failed:
            self.failed += 1
        else:
            self.skipped += 1
        self.reasons.append(f"{item.path}: {item.reason}")


def open(db: str | None = None, **settings) -> Blocwatch:  # noqa: A001 - the API's entry point
    s = Settings(**settings) if db is None else Settings(db=db, **settings)
    return Blocwatch(s)


__all__ = ["Blocwatch", "open"]
