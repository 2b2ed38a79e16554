"""People in a document: known people from the gazetteer, new names next to a role or a speech
verb, and one canonical name per person across spelling variants ('Valeri'/'Valery Semerikov',
'N. Patrushev')."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

from ..model import Mention
from .lexicon import Lexicon

_TOKEN = r"(?:[A-Z]\.|[A-Z][a-z\u00C0-\u024F'’]+(?:-[A-Z][a-z\u00C0-\u024F'’]+)?)"
NAME_RE = re.compile(rf"(?<![\w.]){_TOKEN}(?:\s?{_TOKEN}){{1,4}}(?![\w])")
_TRANSLIT = [("yy", "y"), ("iy", "y"), ("ii", "i"), ("kh", "h"), ("ya", "ia"), ("yu", "iu"), ("ye", "e"),
             ("ey", "ei"), ("j", "zh"), ("ck", "k")]


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    text: str
    entity_id: str | None  # a known person, or None for a new name


def name_candidates(text: str, mentions: list[Mention], lex: Lexicon) -> list[PersonMention]:
    """Known people, and capitalised 2-3 word names that are no known entity."""
    out = [PersonMention(m.start, m.end, m.text, m.entity_id) for m in mentions if m.kind == "person"]
    taken = [(m.start, m.end) for m in mentions]

    def bad(a: int, b: int, word: str) -> bool:
        return word in lex.not_names or word.rstrip(".") in lex.not_names or any(s < b and a < e for s, e in taken)

    for m in NAME_RE.finditer(text):
        toks = [(t.start() + m.start(), t.end() + m.start(), t.group(0)) for t in re.finditer(r"\S+", m.group(0))]
        while toks and bad(*toks[0]):
            toks.pop(0)
        while toks and bad(*toks[-1]):
            toks.pop()
        if len(toks) < 2 or len(toks) > 3 or any(bad(*t) for t in toks):
            continue
        words = [t[2] for t in toks]
        if words[-1].endswith(".") or all(len(w.rstrip(".")) == 1 for w in words):
            continue
        a, b = toks[0][0], toks[-1][1]
        out.append(PersonMention(a, b, text[a:b], None))
    out.sort(key=lambda p: p.start)
    return out


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A spelling-insensitive key for a name: 'Valeri' and 'Valery' fold alike."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if c.isalpha() or c == " ")
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1", r"\1", s)
    return re.sub(r"[iy]\b", "i", s)


def same_person(a: str, b: str) -> bool:
    """Two spellings of one person: same surname (folded), compatible first names or initials."""
    pa, pb = a.replace(".", ". ").split(), b.replace(".", ". ").split()
    if len(pa) < 2 or len(pb) < 2 or fold(pa[-1]) != fold(pb[-1]):
        return False
    fa, fb = pa[0].rstrip("."), pb[0].rstrip(".")
    if len(fa) == 1 or len(fb) == 1:
        return fa[0].lower() == fb[0].lower()
    return fold(fa) == fold(fb)


class PersonIndex:
    """Clusters a document's person mentions; gives each cluster one id and canonical name."""

    def __init__(self, canonical: dict[str, str]):
        self.canonical = canonical
        self.clusters: list[dict] = []

    def add(self, text: str, entity_id: str | None) -> dict:
        for c in self.clusters:
            if text in c["variants"] and (entity_id is None or c["id"] in (None, entity_id)):
                if entity_id and not c["id"]:
                    c["id"] = entity_id
                return c
        for c in self.clusters:
            if (entity_id and c["id"] == entity_id) or any(same_person(text, v) for v in c["variants"]) \
                    or (entity_id is None and c["id"] and same_person(text, self.canonical.get(c["id"], ""))):
                c["variants"].append(text)
                if entity_id and not c["id"]:
                    c["id"] = entity_id
                return c
        c = {"id": entity_id, "variants": [text]}
        self.clusters.append(c)
        return c

    def name(self, cluster: dict) -> str:
        if cluster["id"] and cluster["id"] in self.canonical:
            return self.canonical[cluster["id"]]
        full = [v for v in cluster["variants"] if len(v.split()[0].rstrip(".")) > 1]
        return (full or cluster["variants"])[0]

    def person_id(self, cluster: dict) -> str:
        if cluster["id"]:
            return cluster["id"]
        return "person:" + slug(self.name(cluster))


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")
