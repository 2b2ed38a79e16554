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
NAME_RE = re.compile(rf"(?<![\w.]){_TOKEN}(?:\s?{_TOKEN}){{1,6}}(?![\w])")
_TRANSLIT = [("yy", "y"), ("iy", "y"), ("ii", "i"), ("kh", "h"), ("ya", "ia"), ("yu", "iu"), ("ye", "e"),
             ("ey", "ei"), ("j", "zh"), ("ck", "k")]


_GIVEN = re.compile(r"(?<![\w.'’-])(?P<w>[A-Z][a-z\u00C0-\u024F]+(?:-[A-Z][a-z\u00C0-\u024F]+)?) "
                    r"(?P<pat>[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|ogly|oglu|kyzy|qizi|uly) )?$")
# a patronymic between given name and surname ("Nikolai Nikolaevich Bordyuzha") as official readouts write it
PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|ogly|oglu|kyzy|qizi|uly)")
_NON_SPACE = re.compile(r"\S+")
_POSSESSIVE_END = re.compile(r"['’]s$")
_THE_END = re.compile(r"\b[Tt]he\s+$")


# the last word of an institution's name ("Human Rights Commission", "Constitutional Court")
_INSTITUTIONS = frozenset({"Commission", "Committee", "Council", "Commissioner", "Assembly", "Ministry", "Court",
                           "Service", "Agency", "Union", "Organization", "Organisation", "Party", "Bank", "Fund",
                           "Forum", "Institute", "Centre", "Center", "Office", "University", "Foundation"})
_NEXT_WORD = re.compile(r"[ ]([A-Z][a-z]+)\b")
# capitalised function words that can stand before a surname at a sentence's start
_NOT_GIVEN = {"Until", "Unless", "Because", "Once", "Whether", "Unlike", "Like", "Without", "Against", "Between",
              "Among", "Upon", "Via", "Per", "Only", "Even", "Just", "Ex", "Gen", "Col", "Mr", "Mrs", "Ms", "Dr"}
@lru_cache(maxsize=None)
def _title_words(lex: Lexicon) -> frozenset[str]:
    """The words of the lexicon's titles in lower case, worked out once per lexicon."""
    return frozenset(w.lower() for t in lex.titles for w in t.split())


def is_title_word(word: str, lex: Lexicon) -> bool:
    """Whether a word is a word of a lexicon title, or its plural ("Presidents", "ministers")."""
    w = word.lower()
    return w in _title_words(lex) or (w.endswith("s") and w[:-1] in _title_words(lex))


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    text: str
    entity_id: str | None  # a known person, or None for a new name


def name_candidates(text: str, mentions: list[Mention], lex: Lexicon) -> list[PersonMention]:
    """Known people, and capitalised 2-3 word names that are no known entity."""
    out = []
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        if m.kind != "person":
            continue
        a = m.start
        # "Akylbek Japarov" where only the surname is known: the given name belongs to the span
        # (PersonIndex decides whether it is the known person or a namesake)
        if " " not in m.text.strip() and (g := _GIVEN.search(text, max(0, m.start - 40), m.start)):
            word = g.group("w")
            if word not in lex.not_names and word not in _NOT_GIVEN and not is_title_word(word, lex) \
                    and not any(s < g.end() and g.start() < e for s, e in taken) \
                    and not re.search(rf"\b{re.escape(word.lower())}\b", text):
                a = g.start("w")
            elif g.group("pat"):
                a = g.start("pat")  # a given name we cannot take ("Nursultan" is also a city): the patronymic still goes
            if g.group("pat") and a < m.start:
                taken.append((a, m.end))
                given = f"{word} " if a == g.start("w") else ""
                out.append(PersonMention(a, m.end, f"{given}{m.text.strip()}", m.entity_id))
                continue
        out.append(PersonMention(a, m.end, text[a:m.end], m.entity_id))

    def bad(a: int, b: int, word: str) -> bool:
        return word in lex.not_names or word.rstrip(".") in lex.not_names or any(s < b and a < e for s, e in taken)

    for m in NAME_RE.finditer(text):
        toks = [(t.start() + m.start(), t.end() + m.start(), t.group(0)) for t in _NON_SPACE.finditer(m.group(0))]
        while toks and bad(*toks[0]):
            toks.pop(0)
        while toks and bad(*toks[-1]):
            toks.pop()
        # "State Duma Speaker Vyacheslav Volodin", "Cabinet of Ministers Hojamyrat X": a title word ends the role
        cut = max((i for i, t in enumerate(toks) if is_title_word(t[2], lex)), default=-1)
        if cut >= 0:
            toks = toks[cut + 1:]
        if len(toks) < 2 or len(toks) > 3 or any(bad(*t) for t in toks):
            continue
        if (nxt := _NEXT_WORD.match(text, toks[-1][1])) and nxt.group(1) in _INSTITUTIONS:
            continue  # "the Human Rights Commission": the words name an institution, not a person
        # "Dorin Recean's government": the possessive is no part of the name
        if _POSSESSIVE_END.search(toks[-1][2]):
            s_, e_, w_ = toks[-1]
            toks[-1] = (s_, e_ - 2, w_[:-2])
        # "the Jogorku Kenesh", "the Halk Maslahaty": a name after an article is an institution's
        if _THE_END.search(text[max(0, toks[0][0] - 4):toks[0][0]]):
            continue
        words = [t[2] for t in toks]
        if len(words) == 3 and PATRONYMIC.fullmatch(words[1]):
            words = [words[0], words[2]]  # the patronymic is no part of the canonical name
        if words[-1].endswith(".") or all(len(w.rstrip(".")) == 1 for w in words):
            continue
        a, b = toks[0][0], toks[-1][1]
        out.append(PersonMention(a, b, " ".join(words), None))
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


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A looser key than `fold` for one name word: consonants only, voicing and w/v, th/t merged
    ('Sarkisyan'/'Sargsyan', 'Berdymuhamedov'/'Berdimuhamedow', 'Arthur'/'Artur'), h with g,
    as Russian writes a foreign h ('Geydar'/'Heydar'), and q with k, as the Kazakh Latin alphabet
    writes it ('Toqaev'/'Tokayev')."""
    s = fold(word).replace("th", "t").replace("w", "v").replace("g", "k").replace("h", "k").replace("q", "k")
    s = s.replace(" ", "")
    s = s[:1] + re.sub(r"[aeiouy]", "", s[1:])
    return re.sub(r"(.)\1", r"\1", s)


def loosely_same(a: str, b: str) -> bool:
    """Two spellings of one name word, allowing a dropped Russian ending ('Rakhmonov'/'Rahmon')."""
    ka, kb = skeleton(a), skeleton(b)
    return ka == kb or (min(len(ka), len(kb)) >= 4 and (ka == kb + "v" or kb == ka + "v"))


_KNOWN: dict[int, tuple[dict, dict[str, list[tuple[str, str]]], dict[str, str | None]]] = {}


def _known_by_skeleton(canonical: dict[str, str]) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str | None]]:
    """Known people by the start of their surname's skeleton, and a cache of names looked up."""
    got = _KNOWN.get(id(canonical))
    if got is None or got[0] is not canonical:
        idx: dict[str, list[tuple[str, str]]] = {}
        for eid, name in canonical.items():
            parts = name.split()
            if eid.startswith("person:") and len(parts) >= 2:
                idx.setdefault(skeleton(parts[-1])[:3], []).append((eid, name))
        got = _KNOWN[id(canonical)] = (canonical, idx, {})
    return got[1], got[2]


def _known_variant(canonical: dict[str, str], text: str) -> str | None:
    idx, cache = _known_by_skeleton(canonical)
    if text not in cache:
        if len(cache) > 65536:
            cache.clear()
        pa = text.split()
        hits = set()
        if len(pa) >= 2 and len(pa[0]) >= 2 and pa[0][:1].isalpha():
            hits = {eid for eid, name in idx.get(skeleton(pa[-1])[:3], ())
                    if loosely_same(pa[-1], name.split()[-1]) and loosely_same(pa[0], name.split()[0])
                    and skeleton(pa[0])[:1] == skeleton(name.split()[0])[:1]}
        cache[text] = hits.pop() if len(hits) == 1 else None
    return cache[text]


_ALIASES: dict[int, dict[str, set[str]]] = {}


def _person_aliases(names: list[tuple[str, str, str]]) -> dict[str, set[str]]:
    """Full names (two words or more) the reference data lists for known people -> their ids
    (built once per snapshot)."""
    got = _ALIASES.get(id(names))
    if got is None:
        got = {}
        for surface, eid, kind in names:
            if kind == "person" and " " in surface:
                got.setdefault(surface, set()).add(eid)
        _ALIASES.clear()
        _ALIASES[id(names)] = got
    return got


class PersonIndex:
    """Clusters a document's person mentions; gives each cluster one id and canonical name."""

    def __init__(self, canonical: dict[str, str], names: list[tuple[str, str, str]] | None = None):
        self.canonical = canonical
        self.aliases = _person_aliases(names or [])
        self.clusters: list[dict] = []

    def known_variant(self, text: str) -> str | None:
        """The one known person a new full name is another spelling of ('Serj Sarkisyan')."""
        return _known_variant(self.canonical, text)

    def add(self, text: str, entity_id: str | None) -> dict:
        if entity_id and self._namesake(text, entity_id):
            # "Akylbek Zhaparov" is not the known Sadyr Japarov, but his surname is spelt as the reference data spells it
            known = self.canonical.get(entity_id, "").split()
            if known and fold(known[-1]) == fold(text.split()[-1]):
                text = " ".join(text.split()[:-1] + [known[-1]])
            entity_id = None
        elif entity_id is None and (eid := self.known_variant(text)):
            entity_id = eid  # a known person in another transliteration
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

    def _namesake(self, text: str, entity_id: str) -> bool:
        """A full name whose surname is a known person's but whose given name is another's."""
        known = self.canonical.get(entity_id, "")
        pa, pb = text.split(), known.split()
        if len(pa) < 2 or len(pb) < 2 or text in known or len(pa[0].rstrip(".")) == 1 \
                or entity_id in self.aliases.get(text, ()):  # "Alyaksandr Lukashenka": a listed spelling
            return False
        a, b = fold(pa[0]), fold(pb[0])
        return not (a == b or a.startswith(b) or b.startswith(a) or a[:3] == b[:3])

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
