"""Who is who: the role phrase next to each person ("Secretary of the Security Council of
Armenia Armen Grigoryan", "Putin's spokesman Dmitry Peskov", "Valeri Semerikov, the Acting
Secretary General of the CSTO") read into a title, the state or organization it belongs to, and
whether it is held in an acting capacity."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Mention
from .lexicon import Lexicon
from .persons import PersonMention

_VERBS = re.compile(r"\b(?:is|was|are|were|be|been|said|says|say|told|has|have|had|will|would|could|should|"
                    r"met|meet|expected|made|make|added|noted|stated|announced|took|take|held|hold|"
                    r"posing|posed|showed|invited|inviting|accused|promised|who|which|that|and then)\b", re.I)
_HARD_STOPS = re.compile(r"[;:()\[\]—]|\.\s|\bwhile\b|\bwhilst\b|\bbut\b|\bwith\b", re.I)
_COMPLEMENT = re.compile(r"\b(?:under|to|of|by|for)\s+the\s*$", re.I)
_TRAILING = re.compile(r"(?:\s*(?:,|\bof\b|\bthe\b|\bfrom\b|\bin\b|\bfor\b|\bunder\b|\bat\b|\band\b|-|–))+\s*$", re.I)
_POSSESSOR = re.compile(r"(?P<who>\b[\w.\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s*$")
_LIST_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?[^,;]{1,40}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_ORG_WORDS = re.compile(r"\bthe\s+(?:organi[sz]ation|alliance|bloc|commonwealth|union)['’]s\s*$", re.I)


_FUNCTION = {"of", "the", "for", "and", "to", "on", "in", "under", "from", "a", "an", "-", "–", ","}


def _role_prefix(tail: str, offset: int, mentions: list[Mention]) -> int:
    """How much of `tail` continues a role phrase: function words, capitalised words and names."""
    covered = [(m.start - offset, m.end - offset) for m in mentions if m.start >= offset]
    pos = 0
    for tok in re.finditer(r"\S+", tail):
        word = tok.group(0).strip(",.;:()")
        inside = any(a <= tok.start() < b for a, b in covered)
        if not (inside or word.lower() in _FUNCTION or word[:1].isupper() or word == ""):
            break
        if tok.group(0).endswith((",", ";", ":", ".")) and not inside:
            pos = tok.start() + len(tok.group(0).rstrip(",;:."))
            break
        pos = tok.end()
    return pos


def _role_words(tail: str, offset: int, mentions: list[Mention]) -> bool:
    return _role_prefix(tail, offset, mentions) >= len(tail.rstrip())


@dataclass(frozen=True)
class Role:
    person: PersonMention
    title: str
    of_kind: str | None  # "state" | "org" | None when unknown
    of: str | None  # state code or org key
    acting: bool
    start: int  # start of the role phrase
    possessor: PersonMention | None = None
    plural: bool = False  # "Presidents A of X, B of Y": the title covers a list


class RoleReader:
    def __init__(self, lex: Lexicon, org_of: dict[str, str], state_of: dict[str, str]):
        self.lex, self.org_of, self.state_of = lex, org_of, state_of
        self._titles = {t.lower() for t in lex.titles}

    def read(self, text: str, sent_start: int, sent_end: int, persons: list[PersonMention],
             mentions: list[Mention]) -> list[Role]:
        """Roles of the persons in one sentence (offsets are document offsets)."""
        out = []
        prev_end = sent_start
        prev: Role | None = None
        for i, p in enumerate(persons):
            role = self._left(text, max(prev_end, sent_start), p, persons, mentions)
            if role is None:
                nxt = persons[i + 1].start if i + 1 < len(persons) else sent_end
                role = self._right(text, p, min(nxt, sent_end), mentions)
            if role is None and prev is not None and prev.plural and _LIST_GAP.fullmatch(text[persons[i - 1].end:p.start]):
                role = replace(prev, person=p, of_kind=None, of=None)
            # "Alexander Lukashenko of Belarus"
            ofm = _OF_AFTER.match(text, p.end, sent_end)
            if role is not None and ofm and (role.of is None or role.plural):
                st = next((m for m in mentions if m.start == ofm.end() and m.kind == "state"), None)
                if st is not None:
                    role = replace(role, of_kind="state", of=st.key)
            if role is not None:
                out.append(role)
            prev = role
            prev_end = p.end
        return out

    # ------------------------------------------------------------------ left of the name
    def _left(self, text, lo, p, persons, mentions) -> Role | None:
        seg_start = lo
        left = text[lo:p.start]
        stops = list(_HARD_STOPS.finditer(left))
        if stops:
            seg_start = lo + stops[-1].end()
        left = text[seg_start:p.start]
        last_comma = left.rfind(",")
        after_comma = left[last_comma + 1:] if last_comma >= 0 else left
        role = self._title_in(text, seg_start + (last_comma + 1 if last_comma >= 0 else 0), p, mentions)
        if role is None and last_comma >= 0 and not after_comma.strip():
            # "the Secretary of the Russian Security Council, Nikolai Patrushev"
            before = text[seg_start:seg_start + last_comma]
            c2 = before.rfind(",")
            role = self._title_in(text, seg_start + (c2 + 1 if c2 >= 0 else 0), p, mentions,
                                  end=seg_start + last_comma)
        return role

    def _title_in(self, text, start, p, mentions, end=None) -> Role | None:
        end = p.start if end is None else end
        seg = text[start:end]
        titles = [m for m in self.lex.title_re.finditer(seg) if not _COMPLEMENT.search(seg[:m.start()])]
        if not titles:
            return None
        t = titles[-1]
        tail = seg[t.end():]
        if len(tail) > 110 or _VERBS.search(tail) or not _role_words(tail, start + t.end(), mentions):
            return None
        return self._make(text, start + t.start(), start + t.end(), end, p, mentions)

    # ------------------------------------------------------------------ right of the name
    def _right(self, text, p, limit, mentions) -> Role | None:
        m = re.match(r",\s+(?:the\s+|a\s+|an\s+)?", text[p.end:limit])
        if not m:
            return None
        pos = p.end + m.end()
        seg_end = limit
        stop = re.search(r"[,;:.()]\s|[;:()]|\.$", text[pos:limit])
        if stop:
            seg_end = pos + stop.start()
        seg = text[pos:seg_end]
        titles = list(self.lex.title_re.finditer(seg))
        if not titles:
            return None
        t = titles[0]
        if seg[:t.start()].strip() and not re.fullmatch(r"(?:\w+\s+){0,2}", seg[:t.start()]):
            return None
        if _VERBS.search(seg[:t.start()]):
            return None
        # the role phrase ends where its words stop being "of the <Name>" words
        end = pos + t.end() + _role_prefix(text[pos + t.end():seg_end], pos + t.end(), mentions)
        return self._make(text, pos + t.start(), pos + t.end(), end, p, mentions, prefix_from=pos)

    # ------------------------------------------------------------------ building the role
    def _make(self, text, t_start, t_end, phrase_end, p, mentions, prefix_from=None) -> Role:
        # Extend left over modifiers glued to the title: acting, demonym/org, possessives.
        lo = t_start
        # a known office name that contains the title ("CSTO Secretary General") belongs to it
        for m in mentions:
            if m.kind in ("office", "body") and m.start < t_start < m.end:
                lo = t_start = m.start
        window_lo = prefix_from if prefix_from is not None else max(0, t_start - 40)
        pre_mentions = [m for m in mentions if window_lo <= m.start and m.end <= t_start]
        k = t_start
        for m in reversed(pre_mentions):
            gap = text[m.end:k]
            if m.kind in ("demonym", "org", "state", "body") and re.fullmatch(r"\s*(?:['’]s)?\s*(?:acting\s+|Acting\s+)?", gap):
                lo = m.start
                k = m.start
            else:
                break
        acting_zone = text[max(0, lo - 12):phrase_end]
        acting = any(re.search(rf"\b{w}\b", acting_zone) for w in self.lex.acting_words)
        inside = [m for m in mentions if lo <= m.start and m.end <= phrase_end and m.kind != "person"]
        of_kind = of = None
        for m in reversed(inside):
            if m.kind in ("state", "demonym"):
                of_kind, of = "state", m.entity_id.split(":", 1)[1]
                break
            if m.kind == "org":
                of_kind, of = "org", m.entity_id.split(":", 1)[1]
                break
            if m.kind in ("body", "office") and m.entity_id in self.org_of:
                of_kind, of = "org", self.org_of[m.entity_id]
                break
        title = self._clean_title(text, t_start, phrase_end, inside)
        plural = False
        head = text[t_start:t_end]
        if head.lower().endswith("s") and head[:-1].lower() in self._titles:
            plural = True
            title = title.replace(head, head[:-1], 1)
        possessor = None
        before = text[max(0, lo - 60):lo]
        if of is None and _ORG_WORDS.search(before):
            of_kind = "org-anaphor"
        elif of is None and (pm := _POSSESSOR.search(before)):
            a = lo - len(before) + pm.start("who")
            possessor = PersonMention(a, a + len(pm.group("who")), pm.group("who"), None)
        return Role(p, title, of_kind, of, acting, lo, possessor, plural)

    def _clean_title(self, text, t_start, phrase_end, inside: list[Mention]) -> str:
        pieces, pos = [], t_start
        for m in sorted(inside, key=lambda m: m.start):
            if m.start < t_start:
                continue
            pieces.append(text[pos:m.start])
            if m.kind in ("body", "office"):
                org = self.org_of.get(m.entity_id, "")
                pieces.append(re.sub(rf"\b{re.escape(org)}\b\s*", "", m.text) if org else m.text)
            pos = m.end
        pieces.append(text[pos:phrase_end])
        title = "".join(pieces)
        title = re.sub(r"\(\s*[A-Z]{2,6}\s*\)", "", title)
        title = re.sub(r"\s+", " ", title).strip()
        for _ in range(4):
            title = _TRAILING.sub("", title).strip()
        title = re.sub(r"\bof the of\b", "of", title)
        return title[:1].upper() + title[1:] if title[:1].islower() and title.split()[0].lower() in (
            "secretary", "chairman", "president", "minister", "state") else title
