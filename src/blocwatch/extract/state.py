"""The working state of one document inside the pipeline (`doc._.bw`).

Each component reads what earlier ones assigned and adds its own part; the last step turns the
collected facts into `Fact` records.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..model import Document, Evidence, Fact, Mention, PartialDate
from .casefold import lower_for_gates
from .claims import Claim, find_all_claims
from .dates import DateContext, DateMention
from .persons import PersonIndex, PersonMention
from .roles import Role
from .snapshot import KnowledgeSnapshot


@lru_cache(maxsize=None)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """A pattern that matches any of `words` (as they are): one scan of a span instead of one per word."""
    return re.compile("|".join(re.escape(w) for w in words))


@dataclass
class Sentence:
    start: int
    end: int
    section: str  # title | body | caption | source | dateline

    def contains(self, a: int, b: int | None = None) -> bool:
        return self.start <= a and (b if b is not None else a) <= self.end


@dataclass
class DocState:
    document: Document
    snapshot: KnowledgeSnapshot
    relevant: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    date_context: DateContext | None = None
    persons: list[PersonMention] = field(default_factory=list)
    people: PersonIndex | None = None
    roles: list[Role] = field(default_factory=list)
    meetings: list = field(default_factory=list)  # meetings.MeetingDraft
    as_of: PartialDate | None = None
    facts: list[Fact] = field(default_factory=list)

    @cached_property
    def text(self) -> str:
        return self.document.text  # read in every inner loop: kept on the instance after the first time

    @cached_property
    def claims(self) -> list[Claim]:
        """Every claim of the whole text, found once when first asked for (after the gazetteer has
        set `mentions`): memberships read counts from them and the extraction returns them."""
        return find_all_claims(self.text, self.mentions)

    @cached_property
    def _low(self) -> str | None:
        """The text lower-cased, offset for offset; None where `may_contain` could be wrong."""
        return lower_for_gates(self.text)

    def may_contain(self, a: int, b: int, words: tuple[str, ...]) -> bool:
        """Whether text[a:b] may hold one of `words` (lower-case ASCII), ignoring case: a keyword
        gate. A case-insensitive pattern every match of which contains one of `words` cannot match
        in a span where this is False. True when unsure."""
        if self._low is None:
            return True
        return bool(words) and self.may_match(a, b, _any_of(words))

    def may_match(self, a: int, b: int, cue: re.Pattern) -> bool:
        """Whether text[a:b] may hold a match of `cue`, a case-sensitive pattern of lower-case ASCII
        words, ignoring case: the keyword gate of `may_contain` where a word alone would pass too
        often. True when unsure."""
        low = self._low
        if low is None:
            return True
        return cue.search(low, a, b) is not None

    def in_sentence(self, sent: Sentence, items):
        return [x for x in items if sent.start <= x.start and x.end <= sent.end]

    def evidence(self, start: int, end: int, extractor: str, confidence: float) -> Evidence:
        return Evidence(source_id=f"doc:{self.document.id}", doc_id=self.document.id, start=start, end=end,
                        text=self.text[start:end], extractor=extractor, confidence=confidence,
                        reported=self.document.published.iso() if self.document.published else None)

    def sentence_of(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def last_org_before(self, pos: int) -> str | None:
        orgs = [m for m in self.mentions if m.end <= pos and m.kind in ("org", "body")]
        for m in reversed(orgs):
            if m.kind == "org":
                return m.entity_id.split(":", 1)[1]
            if m.entity_id in self.snapshot.org_of:
                return self.snapshot.org_of[m.entity_id]
        return None

    def dominant_state(self) -> str | None:
        c = Counter(m.entity_id.split(":", 1)[1] for m in self.mentions
                    if m.kind in ("state", "demonym") and self._in_body(m.start))
        return c.most_common(1)[0][0] if c else None

    def dominant_org(self) -> str | None:
        focus = set(self.snapshot.focus_orgs)
        c = Counter()
        for m in self.mentions:
            key = m.entity_id.split(":", 1)[1] if m.kind == "org" else self.snapshot.org_of.get(m.entity_id)
            if key in focus:
                c[key] += 1
        # "the Collective Security Treaty" in an article about the CSTO counts for the CSTO
        for old in list(c):
            new = self.snapshot.successor.get(old)
            if new in c:
                c[new] += c.pop(old)
        return c.most_common(1)[0][0] if c else None

    def _in_body(self, pos: int) -> bool:
        s = self.document.section_at(pos)
        return s is None or s.kind in ("body", "title", "caption")
