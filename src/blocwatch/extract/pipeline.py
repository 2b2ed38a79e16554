"""The extraction pipeline: one spaCy `Language` of small registered components.

    mentions (gazetteer) -> sentences -> dates -> persons and roles -> meetings
        -> offices, memberships, stances, chairmanships -> facts

A document that names none of the organizations blocwatch follows is dropped after the first
cheap scan (no tokenization), so a news stream costs little. Components do no I/O: what they know
of the world comes from a `KnowledgeSnapshot` given at construction.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..model import Document, Entity, Fact, Mention
from . import assemble
from .claims import body_claims
from .clauses import ASIDE, mentions_within
from .dates import DateContext, find_dates
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .meetings import MeetingReader
from .memberships import read_memberships
from .persons import PersonIndex, name_candidates
from .roles import RoleReader
from .snapshot import KnowledgeSnapshot
from .stances import read_chairmanships, read_stances
from .state import DocState, Sentence

VERSION = "1"
if not Doc.has_extension("bw"):
    Doc.set_extension("bw", default=None)


@dataclass(frozen=True)
class Extraction:
    document: Document
    facts: list[Fact]
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relevant: bool = True
    #: Claims about memberships and counts in the article's body, not yet judged (None: not looked for)
    claims: list | None = None


class _Component:
    """A pipeline step that needs the snapshot and the lexicon, given once by `configure`."""

    snapshot: KnowledgeSnapshot
    lex: Lexicon

    def configure(self, snapshot: KnowledgeSnapshot, lex: Lexicon, gazetteer: Gazetteer) -> None:
        self.snapshot, self.lex, self.gazetteer = snapshot, lex, gazetteer


class MentionsComponent(_Component):
    """Known names, then "the alliance", "the Commonwealth", "the bloc" as the organization the
    article is about (when it is one such a word can stand for)."""

    def __call__(self, doc: Doc) -> Doc:
        st: DocState = doc._.bw
        st.mentions = self.gazetteer.find(st.text)
        main = st.dominant_org()
        named = {m.key for m in st.mentions if m.kind == "org"}
        taken = [(m.start, m.end) for m in st.mentions]
        extra = []
        for m in self.lex.generic_org_re.finditer(st.text):
            want = self.lex.generic_orgs.get(m.group("word").lower())
            # a predecessor ("the original treaty") stands where its successor is named
            word = m.group("word").lower()
            # a predecessor ("the original treaty") stands where its successor is named; a lone
            # word ("the treaty") only for an organization the article names
            org = want if want in named or (want and " " in word and self.snapshot.successor.get(want) in named) \
                else (main if want is None else None)
            a, b = m.start("word"), m.end("word")
            if org and not any(s < b and a < e for s, e in taken):
                extra.append(Mention(a, b, m.group("word"), f"org:{org}", "org"))
        if extra:
            st.mentions = sorted(st.mentions + extra, key=lambda m: m.start)
        return doc


class SentencesComponent(_Component):
    """Sentences from spaCy's sentencizer, also broken at line ends and section edges."""

    def __call__(self, doc: Doc) -> Doc:
        st: DocState = doc._.bw
        sections = st.document.sections
        cuts = {s.start for s in sections} | {s.end for s in sections}
        out: list[Sentence] = []
        for sent in doc.sents:
            a, z = sent.start_char, sent.end_char
            # break at line ends and at section edges inside the sentence
            marks = sorted({(i, 1) for i in _newlines(st.text, a, z)} | {(c, 0) for c in cuts if a < c < z})
            pieces, pos = [], a
            for i, skip in marks:
                if skip or i > pos:
                    pieces.append((pos, i))
                    pos = i + skip
            pieces.append((pos, z))
            for lo, hi in pieces:
                while lo < hi and st.text[lo].isspace():
                    lo += 1
                while hi > lo and st.text[hi - 1].isspace():
                    hi -= 1
                if hi > lo:
                    sec = st.document.section_at(lo)
                    out.append(Sentence(lo, hi, sec.kind if sec else "body"))
        st.sentences = out
        return doc


def _newlines(text: str, a: int, z: int):
    i = text.find("\n", a, z)
    while i >= 0:
        yield i
        i = text.find("\n", i + 1, z)


class DatesComponent(_Component):
    def __call__(self, doc: Doc) -> Doc:
        st: DocState = doc._.bw
        body = [s for s in st.document.sections if s.kind in ("body", "title", "caption", "dateline")]
        dates = find_dates(st.text)
        if body:
            dates = [d for d in dates if any(s.start <= d.start < s.end for s in body)]
        st.dates = dates
        st.date_context = DateContext.of(dates, st.document.published, text=st.text)
        return doc


class PersonsComponent(_Component):
    def __call__(self, doc: Doc) -> Doc:
        st: DocState = doc._.bw
        st.people = PersonIndex(self.snapshot.canonical, self.snapshot.names)
        reader = RoleReader(self.lex, self.snapshot.org_of, self.snapshot.state_of)
        text = st.text
        for sent in st.sentences:
            if sent.section not in ("body", "title", "caption"):
                continue
            ms = mentions_within(st, sent.start, sent.end)  # the mentions inside the sentence, in order
            local = name_candidates(text[sent.start:sent.end],
                                    [m.__class__(m.start - sent.start, m.end - sent.start, m.text, m.entity_id, m.kind) for m in ms],
                                    self.lex)
            persons = [p.__class__(p.start + sent.start, p.end + sent.start, p.text, p.entity_id) for p in local]
            roles = reader.read(text, sent.start, sent.end, persons, ms)
            with_role = {r.person.start for r in roles}
            # A new name counts only with a role; a known person counts anywhere.
            kept = [p for p in persons if p.entity_id or p.start in with_role]
            for p in kept:
                st.people.add(p.text, p.entity_id)
            st.persons += kept
            st.roles += roles
        return doc


class MeetingsComponent(_Component):
    def __call__(self, doc: Doc) -> Doc:
        st: DocState = doc._.bw
        st.meetings = MeetingReader(self.lex).read(st)
        st.as_of = assemble.as_of(st)
        return doc


_IN_YEAR = re.compile(r"\bin\s+(?:[A-Z][a-z]+\s+)?(1[89]\d\d|20\d\d)\b")
# a sentence the next one refutes ("'Turkmenistan has pulled out,' one wrote. That is not what was agreed")
_REFUTES = re.compile(r"\s*(?:(?:That|This)\s+(?:is|was)\s+(?:not\b|wrong|incorrect|false|untrue|inaccurate)|(?:Wrong|Not\s+so|Incorrect|False)\b)")


def _refuted(st: DocState) -> set[tuple[int, int]]:
    out = set()
    for a, b in zip(st.sentences, st.sentences[1:]):
        if _REFUTES.match(st.text, b.start):
            out.add((a.start, a.end))
    return out


class FactsComponent(_Component):
    def __call__(self, doc: Doc) -> Doc:
        st: DocState = doc._.bw
        facts = assemble.meeting_facts(st)
        facts += assemble.office_facts(st, self.lex)
        refuted = _refuted(st)
        stances = [x for x in read_stances(st) if (x[4], x[5]) not in refuted]
        observations = [x for x in read_memberships(st) if (x[3], x[4]) not in refuted]
        facts += assemble.membership_facts(st, observations, st.meetings, stances)
        # a state that has left an organization withdrew from it: the exit is also a stance
        stances += [(state, "withdraw", org, None, a, b, conf * 0.9)
                    for state, org, status, a, b, conf, _ in observations if status == "former"]
        # a stance the sentence dates years before the article ("suspended its membership in 2012")
        # is history told as background, not a position the article reports; a past withdrawal
        # is the exception: the conventions list it ("declined to extend the treaty in 1999"); a year
        # in an aside dates the aside only ("Georgia, which quit the CIS in 2009, now seeks to join NATO")
        year = st.as_of.start.year if st.as_of else None
        stances = [x for x in stances if not year or x[1] == "withdraw" or not (ys := [int(y) for y in _IN_YEAR.findall(ASIDE.sub(",", st.text[x[4]:x[5]]))])
                   or max(ys) > year - 2]
        facts += assemble.stance_facts(st, stances)
        facts += assemble.chair_facts(st, read_chairmanships(st))
        st.facts = facts
        return doc


_STEPS = [
    ("blocwatch_mentions_v1", MentionsComponent, ["doc._.bw"], ["doc._.bw"]),
    ("blocwatch_sentences_v1", SentencesComponent, ["token.is_sent_start"], ["doc._.bw"]),
    ("blocwatch_dates_v1", DatesComponent, ["doc._.bw"], ["doc._.bw"]),
    ("blocwatch_persons_v1", PersonsComponent, ["doc._.bw"], ["doc._.bw"]),
    ("blocwatch_meetings_v1", MeetingsComponent, ["doc._.bw"], ["doc._.bw"]),
    ("blocwatch_facts_v1", FactsComponent, ["doc._.bw"], ["doc._.bw"]),
]

for _name, _cls, _req, _assigns in _STEPS:
    if _name not in Language.factories:
        Language.factory(_name, requires=_req, assigns=_assigns, func=(lambda cls: lambda nlp, name: cls())(_cls))


class Extractor:
    """Runs the pipeline on documents; one per process, built from a snapshot."""

    def __init__(self, snapshot: KnowledgeSnapshot):
        self.snapshot = snapshot
        self.lex = Lexicon.load()
        self.gazetteer = Gazetteer(snapshot)
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        for name, *_ in _STEPS:
            comp = self.nlp.add_pipe(name)
            comp.configure(snapshot, self.lex, self.gazetteer)

    def extract(self, document: Document) -> Extraction:
        if not self.gazetteer.is_relevant(document.text):
            return Extraction(document, [], relevant=False)
        doc = self.nlp.make_doc(document.text)
        doc._.bw = DocState(document, self.snapshot, relevant=True)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        st: DocState = doc._.bw
        return Extraction(document, st.facts, st.mentions, assemble.new_people(st, st.facts),
                          claims=body_claims(document, st.mentions, st.claims))


def extract_document(document: Document, snapshot: KnowledgeSnapshot) -> list[Fact]:
    """The pure function a batch runner maps over documents."""
    return extractor_for(snapshot).extract(document).facts


_CACHE: dict[int, Extractor] = {}


def extractor_for(snapshot: KnowledgeSnapshot) -> Extractor:
    # Building the automaton costs ~0.1 s; a worker process reuses it for every document.
    ex = _CACHE.get(id(snapshot))
    if ex is None:
        _CACHE.clear()
        ex = _CACHE[id(snapshot)] = Extractor(snapshot)
    return ex
