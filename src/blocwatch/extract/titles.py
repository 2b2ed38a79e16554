"""Titles: where the lexicon's titles stand in a text ("Secretary of Armenia's Security Council",
"Security Council Secretary", "director of Russia's foreign intelligence service") and how a title
read from the text is put into the lexicon's wording ("premier" is the Prime Minister, "Chairman of
Board of Eurasian Economic Commission" the Chairman of the Board of the Eurasian Economic Commission,
two titles of one post joined as the reference data writes them).

Kept apart from roles.py, which reads whose title it is (the person, the state or organization,
acting or not): what counts as a title and how it is worded depends only on the lexicon, so the
tables are built once per lexicon and the role reader only asks them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from .lexicon import Lexicon

# a word that looks like a state's adjective ("Russian", "Kazakh")
_DEMONYM_WORD = r"(?:[A-Z][a-z]+(?:ish|ian|ese|ch|an|i)|Kazakh|Kyrgyz|Tajik|Uzbek|Turkmen)"
# the head of a unit of a state or a body, named in the text's words: "the director of Russia's foreign
# intelligence service", "the head of the Duma committee for CIS affairs" (a delegation's head holds no office)
_UNIT_HEAD = re.compile(r"(?<![\w-])(?:[Hh]ead|[Dd]irector|[Cc]hief)\s+of\s+(?:the\s+|(?P<poss>[A-Z][\w\-]+['’]s\s+))?"
                        r"(?:[\w\-]+\s+){0,5}?(?:[Cc]ommittee|[Dd]epartment|[Dd]irectorate|[Ss]ervice|[Dd]ivision|[Oo]ffice|"
                        r"[Aa]gency|[Aa]dministration)(?![\w-])"
                        r"(?:\s+(?:for|on)\s+(?:[\w\-]+\s+){0,2}?(?:affairs|policy|issues|relations|cooperation)(?![\w-]))?")
# "chief of the CSTO Joint Staff": a title that names its body by the organization's acronym
_OF_ACRONYM = re.compile(r"\bof\s+(?:the\s+)?[A-Z]{2,6}\s")
# words a role phrase may end in that are no part of the title
_TRAILING = re.compile(r"(?:\s*(?:,|\bof\b|\bthe\b|\bfrom\b|\bin\b|\bfor\b|\bunder\b|\bat\b|\band\b|\bon\b|\bto\b|-|–))+\s*$", re.I)
# a state's name in the form "<Name> Republic" where only "<Name>" is known
_REPUBLIC_AFTER = re.compile(r"\s+Republic\b")
# news words for an office's usual name
_SYNONYMS = {"premier": "Prime Minister"}
# "<title> and <title>", "<title> - <title>": two titles of one post
_TWO_TITLES = re.compile(r"(?P<a>.+?)\s+(?P<sep>and|[-–])\s+(?P<b>[\w\s\-]+)")

# small patterns of the cleaning below, compiled once
_SPACES = re.compile(r"\s+")
_OF_THE = re.compile(r"\bof the\b")
_OF_THE_OF = re.compile(r"\bof the of\b")
_NAMED_BOARD_END = re.compile(r"\bof the ((?:[A-Z][\w\-]*\s){0,3}[A-Z][\w\-]*)\s+Board$")
_BODYS_END = re.compile(r"\bof the (\w+)['’]s (\w+)$")
_TO_THE_END = re.compile(r"\bto\s+(?:the\s+)?$")
_BRACKETED = re.compile(r"\(\s*[A-Z]{2,6}\s*\)|\((?i:acting|interim)\)")


def _unit_title(m: re.Match) -> str:
    """The title of a unit's head as the text words it, a state's possessive read as "the"
    ("director of Russia's foreign intelligence service": director of the foreign intelligence service)."""
    return _SPACES.sub(" ", m.group(0)[:m.start("poss") - m.start()] + "the " + m.group(0)[m.end("poss") - m.start():]
                       if m.group("poss") else m.group(0))


def _loose_key(title: str) -> str:
    """A title without its articles, as translated copy writes it ("Chairman of the Board of
    Eurasian Economic Commission"): the key of `Titles.loose`."""
    return _OF_THE.sub("of", " ".join(title.lower().split()))


@lru_cache(maxsize=None)
def titles_of(lex: Lexicon) -> Titles:
    """The lexicon's `Titles`, built once per lexicon (readers only look them up)."""
    return Titles(lex)


class Titles:
    """The lexicon's titles in lower case (`known`), their canonical wording (`canon`), their loose
    forms (`loose`) and the pattern of a possessed title (`poss_re`), with the lookups built on them."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.known = {t.lower() for t in lex.titles}
        canon: dict[str, str] = {}
        for t in lex.titles:
            if t.lower() not in canon or t[:1].isupper():
                canon[t.lower()] = t
        # the same titles without their articles ("chairman of executive committee")
        loose = {re.sub(r"\bof the\b", "of", k): v for k, v in canon.items() if " of the " in k}
        loose.update({f"{k.split(' of the ', 1)[1]} {k.split(' of the ', 1)[0]}": v
                      for k, v in canon.items() if " of the " in k and len(k.split(" of the ", 1)[0].split()) == 1})
        self.canon, self.loose = canon, loose
        # "secretary of Armenia's Security Council" is the "Secretary of the Security Council" of Armenia
        split = [t.split(" of the ", 1) for t in lex.titles if " of the " in t]
        heads = "|".join(sorted({re.escape(h) for h, _ in split}, key=len, reverse=True))
        rests = "|".join(sorted({re.escape(r) for _, r in split}, key=len, reverse=True))
        self.poss_re = re.compile(rf"(?<![\w-])(?i:(?P<head>{heads}))\s+of\s+(?P<poss>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
                                  rf"['’]s\s+(?i:(?P<rest>{rests}))(?![\w-])"
                                  # "the Secretary of its Security Council": the state named before;
                                  # "Secretary of the Russian Security Council": the state's adjective
                                  rf"|(?<![\w-])(?i:(?P<head2>{heads}))\s+of\s+(?:its|the\s+{_DEMONYM_WORD})\s+"
                                  rf"(?i:(?P<rest2>{rests}))(?![\w-])"
                                  # "chief of the CSTO Joint Staff": an organization's acronym before the body
                                  rf"|(?<![\w-])(?i:(?P<head3>{heads}))\s+of\s+(?:the\s+)?[A-Z]{{2,6}}\s+(?i:(?P<rest3>{rests}))(?![\w-])")

    # ------------------------------------------------------------------ finding titles
    def find(self, seg: str, offset: int = 0, mentions: list[Mention] = ()) -> list[tuple[int, int, str | None]]:
        """Titles in a segment as (start, end, canonical title or None to read it from the text);
        with the segment's `offset` and the sentence's `mentions`, none inside a body's name
        ("Council of Ministers of the Union State" names a body, not a minister)."""
        poss = [(m.start(), m.end(), self.canon.get(f"{m.group('head') or m.group('head2') or m.group('head3')} of the "
                                                     f"{m.group('rest') or m.group('rest2') or m.group('rest3')}".lower()))
                for m in self.poss_re.finditer(seg)]
        poss = [x for x in poss if x[2]]
        # the acronym form is read from the text, which names the body ("the CSTO Joint Staff")
        poss = [(a, b, None if _OF_ACRONYM.search(seg[a:b]) else c) for a, b, c in poss]
        found = [(m.start(), m.end(), self.loose.get(_loose_key(m.group(0))))
                 for m in self.lex.title_re.finditer(seg) if not any(a <= m.start() < b for a, b, _ in poss)]
        found += [(m.start(), m.end(), _unit_title(m)) for m in _UNIT_HEAD.finditer(seg)
                  if not any(a < m.end() and m.start() < b for a, b, _ in found + poss)]
        inner = [(m.start - offset, m.end - offset) for m in mentions if m.kind == "body"]
        return sorted(t for t in found + poss if not any(a < t[0] < b for a, b in inner))

    def at(self, text, pos, end) -> tuple[int, int, str | None] | None:
        """The title that starts at `pos` as (start, end, canonical title or None to read it from
        the text): "secretary of its Security Council" in the lexicon's wording, else a lexicon title."""
        if (m := self.poss_re.match(text, pos, end)) and (t := next((x for x in self.find(m.group(0)) if x[0] == 0), None)):
            return pos, pos + t[1], t[2]
        t = self.lex.title_re.match(text, pos, end)
        return (t.start(), t.end(), None) if t else None

    # ------------------------------------------------------------------ wording
    def canonical(self, title: str) -> str:
        """The lexicon's wording of a title read from the text ("premier", "chairman of Executive
        Committee" without its article)."""
        title = _SYNONYMS.get(title.lower(), title)
        title = self.canon.get(title.lower()) or self.canon.get(title.lower().replace("-", " "), title)
        return self.loose.get(_loose_key(title), title)

    def _combined(self, title: str) -> str | None:
        """One post under two titles ("chairman of the Executive Committee and executive secretary",
        "Chairman of Cabinet of Ministers - Head of Presidential Administration"), each half in the
        lexicon's wording. An organization's double title is joined by a dash as the reference data
        writes it; a state's keeps the text's "and"."""
        both = _TWO_TITLES.fullmatch(title)
        if both is None or not self.lex.title_re.match(both.group("a")):
            return None
        a, b = self.canonical(both.group("a")), self.canonical(both.group("b"))
        if b.lower() not in self.canon:
            return None
        dash = both.group("sep") != "and" or (self.lex.is_org_title(a) and self.lex.is_org_title(b))
        return f"{a} - {b}" if dash else f"{a} and {b}"

    def clean(self, text, t_start, phrase_end, inside: list[Mention], org_of: dict[str, str]) -> str:
        """The title of the role phrase text[t_start:phrase_end] in the lexicon's wording: the names
        `inside` it read without their organization (`org_of` maps a body to it), trailing function
        words, bracketed acronyms and "(acting)" dropped, a body's possessive turned round."""
        pieces, pos = [], t_start
        for m in sorted(inside, key=lambda m: m.start):
            if m.start < t_start:
                continue
            pieces.append(text[pos:m.start])
            if m.kind in ("body", "office"):
                org = org_of.get(m.entity_id, "")
                pieces.append(re.sub(rf"\b{re.escape(org)}\b\s*", "", m.text) if org else m.text)
            elif m.kind == "org" and _TO_THE_END.search(pieces[-1]):
                pieces.append(m.entity_id.split(":", 1)[1])  # "representative to the bloc": to the CSTO
            pos = m.end
            if m.kind == "state" and (rep := _REPUBLIC_AFTER.match(text, pos, phrase_end)):
                pos = rep.end()  # "President of Azerbaijan Republic": the word belongs to the state's name
        pieces.append(text[pos:phrase_end])
        title = "".join(pieces)
        title = _BRACKETED.sub("", title)
        title = _SPACES.sub(" ", title).strip().rstrip(".;:")  # a title at the sentence's end
        for _ in range(4):
            shorter = _TRAILING.sub("", title).strip()
            if shorter == title:
                break  # nothing more to drop: another pass would change nothing either
            title = shorter
        title = _OF_THE_OF.sub("of", title)
        # "chairman of the commission's board" is the chairman of the board of the commission
        title = _BODYS_END.sub(r"of the \2 of the \1", title)
        # "chairman of the Eurasian Economic Commission Board" likewise
        title = _NAMED_BOARD_END.sub(r"of the Board of the \1", title)
        title = self._combined(title) or self.canonical(title)
        return title[:1].upper() + title[1:] if title[:1].islower() and title.split()[0].lower() in (
            "secretary", "chairman", "president", "minister", "state") else title
