"""Finding known names in text: one Aho-Corasick scan for every alias of every known entity.

Matching is case-insensitive for long names and exact for acronyms and short names (CIS, UN,
Zas); a match must start and end at word boundaries; overlapping matches keep the longest.
An acronym a text defines in brackets after a full name ("the Eurasian Economic Community
(EES)") names that organization or body everywhere in that text.
"""

from __future__ import annotations

import re

from collections import Counter

import ahocorasick

from ..model import Mention
from .snapshot import KnowledgeSnapshot

# When two matches cover the same span, the more specific kind wins.
_PRIORITY = {"person": 0, "body": 1, "office": 2, "org": 3, "group": 4, "state": 5, "place": 6, "demonym": 7}


_PROPER = {"person", "place", "state", "demonym"}

# "(EES)", "(ODKB)", "(EvrAzES)" right after a name: a short word in brackets with two capitals or more
_BRACKETED = re.compile(r"[ \t]?\(([A-Z][A-Za-z]{1,7})\)")


def _exact_case(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(surface) <= 4 or (len(letters) > 1 and all(c.isupper() for c in letters))


class Gazetteer:
    def __init__(self, snapshot: KnowledgeSnapshot):
        self.org_of = snapshot.org_of
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, str, str]]] = {}
        names = list(snapshot.names)
        names += self._surnames(snapshot)
        for surface, eid, kind in names:
            surface = surface.strip()
            if len(surface) < 2:
                continue
            entries.setdefault(_key(surface), []).append((surface, eid, kind))
        for key, items in entries.items():
            # each entry with what `find` asks of it, worked out once: whether it must match in its
            # own case (and its form with hyphens as spaces), whether a capital must start the match
            checks = tuple((surface, eid, kind, _exact_case(surface), surface.replace("-", " "),
                            surface[0].isupper() and (kind in _PROPER or " " not in surface))
                           for surface, eid, kind in dict.fromkeys(items))
            self.automaton.add_word(key, (len(key), checks))
        self.automaton.make_automaton()
        focus = {f"org:{o}" for o in snapshot.focus_orgs}
        focus |= {eid for eid in snapshot.org_of if snapshot.org_of[eid] in snapshot.focus_orgs and eid.startswith("body:")}
        self.relevance = ahocorasick.Automaton()
        forms: dict[str, set[str]] = {}
        for surface, eid, kind in snapshot.names:
            if eid in focus and len(surface) >= 3:
                forms.setdefault(_key(surface), set()).add(surface)
        for key, surfaces in forms.items():
            # each form with what `is_relevant` asks of it, worked out once: whether it must match
            # in its own case (and its form with hyphens as spaces), or may stand in lower case
            checks = tuple((_exact_case(s), s.replace("-", " "), not s[0].isupper() or len(s.split()) >= 3)
                           for s in sorted(surfaces))
            self.relevance.add_word(key, (len(key), checks))
        self.relevance.make_automaton()

    @staticmethod
    def _surnames(snapshot: KnowledgeSnapshot) -> list[tuple[str, str, str]]:
        """A known person's surname alone, when no other known person shares it."""
        people = {eid: name for eid, name in snapshot.canonical.items() if eid.startswith("person:")}
        counts = Counter(n.split()[-1] for n in people.values() if len(n.split()) > 1)
        return [(n.split()[-1], eid, "person") for eid, n in people.items()
                if len(n.split()) > 1 and counts[n.split()[-1]] == 1 and len(n.split()[-1]) >= 4]

    def is_relevant(self, text: str) -> bool:
        """Does the text name any organization blocwatch follows? A cheap pre-filter. A name of
        three words or more counts in lower case too: news writes "the collective security
        treaty" or "the eurasian economic union" as a common noun."""
        for end, (n, forms) in self.relevance.iter(_key(text)):
            start = end - n + 1
            if not _bounded(text, start, end + 1):
                continue
            piece = text[start:end + 1]
            if any(piece.replace("-", " ") == spaced if exact else lower_ok or piece[0].isupper()
                   for exact, spaced, lower_ok in forms):
                return True
        return False

    def find(self, text: str) -> list[Mention]:
        found = []
        for end, (n, items) in self.automaton.iter(_key(text)):
            start = end - n + 1
            if not _bounded(text, start, end + 1):
                continue
            piece = text[start:end + 1]
            for surface, eid, kind, exact, spaced, capital in items:
                if exact:
                    if piece.replace("-", " ") != spaced:  # same letters, a hyphen and a space alike
                        continue
                elif capital and not piece[0].isupper():
                    continue  # "turkey" is no state; "former Soviet republics" is still the group
                found.append(Mention(start, end + 1, piece, eid, kind))
        # One name, several bodies ("Collective Security Council" of the CST and of the CSTO):
        # the body of the organization the text names most wins.
        orgs = Counter(m.key for m in found if m.kind == "org")
        found.sort(key=lambda m: (m.start, -(m.end - m.start), _PRIORITY.get(m.kind, 9),
                                  -orgs.get(self.org_of.get(m.entity_id, ""), 0)))
        out: list[Mention] = []
        last_end = -1
        for m in found:
            if m.start < last_end:
                continue
            last_end = m.end
            if m.kind == "body" and out and out[-1].kind == "org" and text[out[-1].end:m.start] == " ":
                # "the NATO Secretariat": a bare body name after an organization's name is that
                # organization's body, or one blocwatch does not know
                m = next((b for b in found if (b.start, b.end) == (m.start, m.end) and b.kind == "body"
                          and self.org_of.get(b.entity_id) == out[-1].key), None)
            if m:
                out.append(m)
        learnt = self._defined_acronyms(text, out)
        return sorted(out + learnt, key=lambda m: m.start) if learnt else out

    def _defined_acronyms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Every use of an acronym the text defines in brackets right after the full name of an
        organization or body ("the Eurasian Economic Community (EES)": every "EES" in the text,
        the one before the definition too, as captions come first). Where the form is already
        a name the scan found ("EEC"), it keeps that meaning; the first definition of a form wins."""
        defined: dict[str, Mention] = {}
        for m in mentions:
            br = _BRACKETED.match(text, m.end) if m.kind in ("org", "body") and " " in m.text else None
            form = br.group(1) if br else None
            if form and sum(c.isupper() for c in form) >= 2 and form not in defined:
                defined[form] = m
        if not defined:
            return []
        taken = [(m.start, m.end) for m in mentions]
        out = []
        for form, named in defined.items():
            for hit in re.finditer(form, text):
                a, b = hit.span()
                if _bounded(text, a, b) and not any(s < b and a < e for s, e in taken):
                    out.append(Mention(a, b, form, named.entity_id, named.kind))
        return out


def _key(text: str) -> str:
    """The form names are matched in: lower case, a hyphen read as a space, so that
    "Secretary-General" and "Secretary General" are one name, shared by every organization
    that has the office (the one the text names most then wins), and "Prime-Minister" is the
    title. Same length as `text`, so offsets hold."""
    return text.lower().replace("-", " ")


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()
