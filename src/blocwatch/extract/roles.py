"""Who is who: the role phrase next to each person ("Secretary of the Security Council of
Armenia Armen Grigoryan", "Putin's spokesman Dmitry Peskov", "Valeri Semerikov, the Acting
Secretary General of the CSTO") read into a title, the state or organization it belongs to, and
whether it is held in an acting capacity. Finding the titles themselves and wording them as the
lexicon does is titles.py's job."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Mention
from .lexicon import Lexicon
from .persons import PersonMention, is_title_word
from .titles import titles_of

_VERBS = re.compile(r"\b(?:is|was|are|were|be|been|said|says|say|told|has|have|had|will|would|could|should|"
                    r"met|meet|expected|made|make|added|noted|stated|announced|took|take|held|hold|"
                    r"posing|posed|showed|invited|inviting|accused|promised|who|which|that|and then)\b", re.I)
# a bracket stops a role phrase, but "(acting)" belongs to it ("President of Moldova (acting) X")
_HARD_STOPS = re.compile(r"(?!\((?:acting|interim)\))[;:(\[\]—]|(?<!\(acting)(?<!\(interim)\)|\.\s|\bwhile\b|\bwhilst\b|\bbut\b|\bwith\b", re.I)
# "adviser to the President X": the title is a complement; not after a verb ("headed by the", "given to the")
# but "under the chairmanship of the President X": X holds the title
# "according to the chief of staff, X" is no complement
_COMPLEMENT = re.compile(r"\b(?<!ed )(?<!en )(?<!ship )(?<!according )(?:under|to|of|by|for)\s+the\s*$", re.I)
# "the work of the Secretary General, X": set off by commas, a title after a thing's "of the" is X's
# ("the spokesman of the President, X" is the spokesman's)
_THINGS_OF = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+the\s*$")
_POSSESSOR = re.compile(r"(?P<who>\b[\w.\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s*$")
# a caption's place marker after a name: "Presidents A (left), B and C (right)"
_PLACE = r"(?:\s*\((?:(?:second|third|far|front|back|centre|center)\s+)?(?:left|right|centre|center|middle|L|R|C)\))?"
_LIST_GAP = re.compile(_PLACE + r"(?:\s+of\s+(?:the\s+)?[^,;]{1,40}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
# "his Georgian, Azerbaijani and Moldovan counterparts, A, B and C"
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<list>[A-Z][\w\-]+(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w\-]+)*)\s+"
                          r"counterparts?\s*,?\s*$")
# a sentence whose subject is the person the sentence before spoke of
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\b")
# ", Belarus " between two names of a list headed by a plural title
_STATE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<st>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+")
# "the committee's spokesman": a body's generic name, possessive
_BODY_WORDS = re.compile(r"\b(?P<word>committee|commission|secretariat)['’]s\s*$", re.I)
_ORG_WORDS = re.compile(r"\bthe\s+(?:organi[sz]ation|alliance|bloc|commonwealth|union)['’]s\s*$", re.I)


# a military rank between a comma and the name: "the chief of the staff, Colonel General X"
_RANK = re.compile(r"\s*(?:(?:Colonel|Lieutenant|Major|Brigadier|Army|Vice|Rear)[\s\-]+)?(?:General|Colonel|Admiral|Marshal|Major|Captain|Lieutenant)\s*")
# people who stand in a relation to a title holder: "the wife of the President, X" is not the President
_PERSON_NOUNS = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "widow", "father", "mother",
                           "aide", "aides", "adviser", "advisers", "advisor", "assistant", "assistants", "deputy",
                           "deputies", "spokesman", "spokeswoman", "representative", "envoy", "guest", "guests"})
# a courtesy title between a role phrase and the name: "Ukraine's President, Mr Leonid Kuchma"
_HONORIFIC = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+$")
# a role in brackets right after a name, its state first or last: "X (Russia, secretary of ...)"
_PAREN_ROLE = re.compile(r"\s*\(\s*(?:(?P<st>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s*,\s*)?(?:the\s+)?(?P<body>[^()]{2,120}?)\s*\)")
# the clause after a name ends at a new clause or another speaker's words
_PRED_STOP = re.compile(r"[;:()\[\]—]|\s[-–]\s|\.\s|\b(?:while|whilst|but|whereas|said|says|told|although)\b", re.I)
# "as (the bloc's next) <title>", "the title of <title>"
_AS = re.compile(r"\b(?P<as>as|(?:performing|perform|performs|performed)\s+the\s+duties\s+of)\s+"
                 r"(?:(?:the|a|an|its|their|his|her|next|new|first|permanent|sole|acting|interim|"
                 r"[A-Z][\w\-]+['’]s|\w+['’]s)\s+){0,3}")
_NOT_AS = re.compile(r"\b(?:such|well|soon|same|so|much|long|far)\s+as$|\bas\s+(?:well|soon|long|far|such)\b", re.I)
# "X ... approved an Armenian general as secretary general": the title is the object's, not X's
_OBJECT_AS = re.compile(r"\b(?:approved|appointed|elected|named|nominated|chose|chosen|endorsed|backed|confirmed|picked|"
                        r"approve|appoint|elect|name|nominate|choose|endorse|back|confirm|pick)\s+(?!as\b)\w", re.I)
_PAST_AS = re.compile(r"\b(?:served|worked|was|were|acted)\s+(?:\w+\s+){0,2}$"
                      # "after eleven years as defence minister", "after two terms as president"
                      r"|\bafter\s+(?:[\w\-]+\s+){0,3}(?:years?|months?|terms?|decades?|stints?)\s+$", re.I)
_PERFECT = re.compile(r"\b(?:has|have|'s)\s+(?:\w+\s+)?(?:served|worked|acted|been)\b", re.I)
# a draft or proposed appointment: "the draft decision appointing X"
_PROPOSED = re.compile(r"\b(?:draft|proposed|proposal|would\s+appoint)\b[^.;,]{0,40}$", re.I)
# after the name, an optional apposition or relative clause: "X, a Russian general who ..., "
_APPOS = r"(?:\s*,\s*(?:[^,;.]{1,120}?,\s*|(?:[^,;.]{0,80}?\s)?who\s+)|\s+)"
_AUX = r"(?:(?:is|are|has|have|had|will|would|shall|now|still|also|currently|already|since\s+\w+|not)\s+)*"
# "X remains acting secretary general", "X, who became Armenia's prime minister"
_COPULA = re.compile(_APPOS + _AUX + r"(?P<cop>is|remains?|remained|becomes?|became|become|be|been|continues?\s+to\s+be)\s+"
                     r"(?:(?:the|a|an|its|our|[A-Z][\w\-]+['’]s|\w+['’]s|new|next|sole|acting|interim|also|now|still)\s+){0,3}")
# "X, who heads the board of the Eurasian Economic Commission", "X had led the secretariat since 2003"
_HEADS = re.compile(_APPOS + r"(?:(?:has|have|had|will|is|also|now|still|already|since\s+\w+)\s+)*"
                    r"(?P<verb>heads|headed|heading|leads|led|leading|runs|running|run|chairs|chairing|"
                    r"(?:took|taken|takes|take|taking)\s+over)\s+(?:the\s+)?(?:[\w\-]+['’]s\s+)?"
                    r"(?:board\s+of\s+the\s+)?(?=(?P<body>secretariat|commission|executive\s+committee|[A-Z]))", re.I)
# "<body> will be headed by (Armenia's former prime minister) X": the words up to the name
_HEADED_BY = re.compile(r"\s(?:is|are|will\s+be|is\s+to\s+be|shall\s+be|has\s+been|have\s+been)\s+(?:now\s+)?"
                        r"(?:headed|led|chaired)\s+(?P<by>by)\b(?P<mods>[^,;.()]{0,60}?)\s*$", re.I)
# "gave X the title of Honorary Chairman", "X was given the title of ..."
_TITLE_OF = re.compile(r"\s*(?:(?:was|were|has|had|been)\s+)*(?:(?:given|awarded|granted)\s+)?the\s+(?:honorary\s+)?"
                       r"title\s+of\s+"
                       # "X took up the post of Secretary General", "assumed the office of"
                       r"|\s*(?:,[^,;.]{1,80},\s*)?(?:has\s+|had\s+)?(?:took|taken|takes|assumed|assumes)\s+(?:up\s+)?"
                       r"the\s+(?:post|office|position)\s+of\s+(?:the\s+)?"
                       # "X, a former minister, was appointed Secretary General": an appointment made
                       # "X, was yesterday appointed executive secretary": a comma or a time word may come between
                       r"|\s*(?:,[^,;.]{1,120},\s*|,\s*)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                       r"(?:(?:yesterday|today|also|formally|officially|unanimously)\s+)?(?:re-?)?"
                       r"(?:appointed|elected|named)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?", re.I)
# "replacing X", "to succeed X", "take over on 1 January from X"
_SUCCEEDS = re.compile(r"\b(?:replacing|replaces|replaced|to\s+replace|succeeding|succeeds|to\s+succeed|"
                       r"(?:will|would|is\s+to|to)\s+replace|in\s+succession\s+to|successor\s+to|(?:take|takes|took|taking|taken)\s+over\b[^.;]{0,40}?\bfrom)"
                       r"\s+(?:the\s+)?(?:[A-Z][\w\-]+['’]s\s+)?$", re.I)
# a succession still to come: the one replaced holds the office now
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+due|due\s+to|next|incoming)\b", re.I)
# "former prime minister", "ex-president": not an office held now
_FORMER = re.compile(r"\b(?:former|ex|onetime|one-time|erstwhile|late|sacked|dismissed|ousted|fired|deposed|outgoing)[\s\-]+(?:[\w'’\-]+\s+){0,2}$", re.I)
# "confirmed the dismissal of X as executive secretary": X no longer holds it
_DISMISSAL = re.compile(r"\b(?:dismissal|removal|ouster|sacking|recall|resignation)\s+of\s+$", re.I)
# a word that may be a state's adjective right before a title ("Polish President X"); not "March",
# and not across a line break ("... on 19 March\n\nPresident of Belarus X")
_FOREIGN = re.compile(r"(?<![\w\-])(?!March\b)[A-Z][a-z]+(?:ish|ian|ese|ch|an|i)[^\S\n]+$")
# "Vice Prime Minister", as translated copy writes it, is the Deputy Prime Minister
_DEPUTY = re.compile(r"\b(?:[Ff]irst\s+)?(?:[Dd]eputy|[Vv]ice)[\s\-]+$")
# a title cut off in the middle ("leader of the union's observer state") is no office
_BROKEN_TITLE = re.compile(r"(?:\b(?:of|an|a|the|to|in|and)|['’]s)$|\s['’]s\b|\bobservers?\b|\bmember\s+(?:state|country)", re.I)


# a minister's portfolio of several words: "minister of industry, mines and trade"
_PF_WORD = r"(?!of\b|the\b|and\b)[A-Za-z]+"
_PF = rf"[Mm]inister\s+of\s+{_PF_WORD}(?:\s+{_PF_WORD})?(?:,\s+{_PF_WORD}(?:\s+{_PF_WORD})?)*,?\s+and\s+{_PF_WORD}"
_PORTFOLIO_LEFT = re.compile(rf"(?P<t>\b{_PF})\s*,\s*$")
_PORTFOLIO_RIGHT = re.compile(rf",\s+(?:the\s+|a\s+|an\s+)?(?P<t>{_PF})\b")


def _portfolio(t: str) -> str:
    words = t.split()
    return " ".join(w if w in ("of", "and") else w[:1].upper() + w[1:] for w in words)


# "<title> (of the <Body>) and (acting) <title>": two titles of one person
_PAIR_GAP = re.compile(r"(?P<of>(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?)\s+and\s+(?:(?:acting|interim)\s+)?")

# small patterns of the readers below, compiled once
_TOKEN = re.compile(r"\S+")
_LIST_REST = re.compile(r"[\s,]*(?:(?:and|the)[\s,]+)*")
_OF_BODYS = re.compile(r"\s+of\s+the\s+\w+['’]s\s+\w+")  # "chairman of the commission's board"
_CAPITALISED = re.compile(r"(?:\s*[A-Z][\w\-]*)*\s*")
_SPACE_TO_CAPITAL = re.compile(r"\s+(?=[A-Z])")
_DASH = re.compile(r"\s*[-–]\s*")
_COMMA_ARTICLE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?")
_RIGHT_STOP = re.compile(r"[,;:.()]\s|[;:()]|\.$")
_TWO_WORDS = re.compile(r"(?:\w+\s+){0,2}")
_WHOSE = re.compile(r"\s*whose\b", re.I)
_GLUED = re.compile(r"\s*(?:['’]{1,2}s)?\s*(?:(?:acting|Acting|next|new)\s+)?")  # between a name and its title
_AND_START = re.compile(r"\s*and\b")
_WHERE_END = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$")  # "ambassador to Belarus", "committee for CIS affairs"
_VICE = re.compile(r"^((?:First )?)Vice\b")
_GENERIC_BODY_END = re.compile(r"\bof the (commission|committee|secretariat)$", re.I)
_ITS_END = re.compile(r"\b[Ii]ts\s+$")
_WHOSE_END = re.compile(r",\s*whose\s+$")
_HIS_HER_END = re.compile(r"\b(?:his|her)\s+$")

_FUNCTION = {"of", "the", "for", "and", "to", "on", "in", "under", "from", "a", "an", "-", "–", ","}


def _role_prefix(tail: str, offset: int, mentions: list[Mention]) -> int:
    """How much of `tail` continues a role phrase: function words, capitalised words and names."""
    covered = [(m.start - offset, m.end - offset) for m in mentions if m.start >= offset]
    pos = 0
    for tok in _TOKEN.finditer(tail):
        word = tok.group(0).strip(",.;:()")
        inside = any(a <= tok.start() < b for a, b in covered)
        # "President of the Republic of Moldova (acting) Marian Lupu" as official readouts write it
        bracketed = tok.group(0).startswith("(") and word.lower() in ("acting", "interim")
        if not (inside or bracketed or word.lower() in _FUNCTION or word[:1].isupper() or word == ""):
            break
        if tok.group(0).endswith((",", ";", ":", ".")) and not inside:
            pos = tok.start() + len(tok.group(0).rstrip(",;:."))
            break
        pos = tok.end()
    return pos


def _two_offices(first: Role | None, second: Role | None, own_state: bool = False) -> bool:
    """Whether two titles joined by "and" are two offices rather than one post's double name:
    only one is held in an acting capacity, the second is an organization's the first is not, or
    the first names its own state ("Prime Minister of the Kyrgyz Republic and Chief of Staff of ...")."""
    return first is not None and second is not None and (
        own_state or first.acting != second.acting
        or (second.of_kind == "org" and (first.of_kind, first.of) != ("org", second.of)))


def _names_state(a: int, b: int, mentions: list[Mention]) -> bool:
    """Whether text[a:b] names a state."""
    return any(m.kind == "state" and a <= m.start and m.end <= b for m in mentions)


def _states_only(text: str, a: int, b: int, mentions: list[Mention]) -> bool:
    """Whether text[a:b] is only the rest of a list of states ("Lithuania and Romania")."""
    inside = [m for m in mentions if a <= m.start and m.end <= b]
    if not inside or any(m.kind != "state" for m in inside):
        return False
    rest = "".join(" " if any(m.start <= i < m.end for m in inside) else c for i, c in enumerate(text[a:b], a))
    return _LIST_REST.fullmatch(rest + " ") is not None


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
    states: tuple[str, ...] = ()  # "the presidents of X and Y, A and B": the states of the list, in order


class RoleReader:
    def __init__(self, lex: Lexicon, org_of: dict[str, str], state_of: dict[str, str]):
        self.lex, self.org_of, self.state_of = lex, org_of, state_of
        self.titles = titles_of(lex)
        self._extra: list[Role] = []
        self._persons: list[PersonMention] = []  # the persons of the sentence being read  # a second office stacked before the one next to the name
        self._recent: list[Role] = []  # the roles of the previous sentence (for successors)
        self._read: list[Role] = []  # the roles of the sentence read so far
        self._seen: list[Mention] = []  # mentions of the sentences read so far (for "its", "the commission")

    def read(self, text: str, sent_start: int, sent_end: int, persons: list[PersonMention],
             mentions: list[Mention]) -> list[Role]:
        """Roles of the persons in one sentence (offsets are document offsets)."""
        out: list[Role] = []
        prev_end = sent_start
        prev: Role | None = None
        self._seen = [m for m in self._seen if m.end <= sent_start] + list(mentions)
        self._persons, self._read = persons, out
        for i, p in enumerate(persons):
            role = self._left(text, max(prev_end, sent_start), p, persons, mentions)
            if role is None:
                nxt = persons[i + 1].start if i + 1 < len(persons) else sent_end
                role = self._right(text, p, min(nxt, sent_end), mentions)
            elif i + 1 == len(persons) and (r2 := self._right(text, p, sent_end, mentions)) is not None \
                    and r2.of is not None and r2.title.lower() != role.title.lower():
                # "the President of Tajikistan X, chairman of the Council of Heads of State": a second office
                self._extra.append(r2)
            if role is None and (cp := _COUNTERPART.search(text, max(sent_start, p.start - 150), p.start)):
                # "X welcomed his Georgian and Moldovan counterparts, A and B": X's title, in their states
                owner = next((r for r in reversed(out) if r.start < cp.start() and r.person.end <= cp.start()), None)
                if owner is None and _PRONOUN_SUBJECT.match(text, sent_start):
                    # "Russian President A held talks ... . He did not meet his Ukrainian counterpart B"
                    owner = next((r for r in self._recent if r.start >= 0 and not r.plural), None)
                states = tuple(dict.fromkeys(m.entity_id.split(":", 1)[1] for m in mentions if m.kind in ("state", "demonym")
                                             and cp.start("list") <= m.start < cp.end("list")))
                if owner is not None and states and not self.lex.is_org_title(owner.title):
                    role = replace(owner, person=p, of_kind="state", of=states[0], acting=False, start=cp.start("list"),
                                   possessor=None, plural=len(states) > 1, states=states)
            if role is None and prev is not None and prev.plural and (
                    (st_gap := _STATE_GAP.fullmatch(text, persons[i - 1].end, p.start)) is not None):
                # "the presidents of Russia A, Belarus B and Armenia C": each name after its state
                st_m = next((m for m in mentions if m.start == st_gap.start("st") and m.kind in ("state", "demonym")), None)
                if st_m is not None:
                    role = replace(prev, person=p, of_kind="state", of=st_m.entity_id.split(":", 1)[1])
            if role is None and prev is not None and prev.plural and _LIST_GAP.fullmatch(text[persons[i - 1].end:p.start]):
                # "the presidents of Azerbaijan and Armenia, A and B": respectively
                k = prev.states.index(prev.of) + 1 if len(prev.states) > 1 and prev.of in prev.states else -1
                of = prev.states[k] if 0 < k < len(prev.states) else None
                role = replace(prev, person=p, of_kind="state" if of else None, of=of)
            # "Alexander Lukashenko of Belarus"
            ofm = _OF_AFTER.match(text, p.end, sent_end)
            st = next((m for m in mentions if ofm and m.start == ofm.end() and m.kind == "state"), None)
            if role is not None and st is not None and not self.lex.is_org_title(role.title):
                if role.of is None or role.plural:
                    role = replace(role, of_kind="state", of=st.key)
                elif role.of_kind == "state" and role.of != st.key:
                    role = None  # "the Russian president, Alexander Lukashenko of Belarus, ...": a list
            if role is not None:
                out.append(role)
            out += self._extra
            self._extra = []
            nxt = persons[i + 1].start if i + 1 < len(persons) else sent_end
            extra = [r for r in self._predicates(text, sent_start, min(nxt, sent_end), p, mentions)
                     if role is None or (r.title.lower(), r.acting) != (role.title.lower(), role.acting)]
            out += extra
            succ = self._successor(text, sent_start, p, out)
            if succ is not None:
                out.append(succ)
            head = self._headed_by(text, sent_start, p, mentions)
            if head is not None and not any(r.person.start == p.start and r.title == head.title for r in out):
                out.append(head)
            prev = role
            prev_end = p.end
        self._recent = [r for r in out if r.start >= 0]
        return out

    # ------------------------------------------------------------------ predicates
    def _predicates(self, text, sent_start, limit, p, mentions) -> list[Role]:
        """Roles stated by the clause after a name: "X, who has run the secretariat as Secretary
        General", "X remains acting secretary general", "X, who heads the board of the Y"."""
        zone_end = limit
        if (stop := _PRED_STOP.search(text, p.end, limit)):
            zone_end = stop.start()
        out: list[Role] = []
        # a draft or proposed appointment asserts no office ("the draft decision appointing X as")
        proposed = bool(_PROPOSED.search(text, max(sent_start, p.start - 60), p.start)
                        or _DISMISSAL.search(text, max(sent_start, p.start - 30), p.start))
        for m in _AS.finditer(text, p.end, zone_end):
            if proposed or _NOT_AS.search(text, max(p.end, m.start() - 12), m.end("as")):
                continue
            before = text[p.end:m.start()]
            if _PAST_AS.search(before) and not _PERFECT.search(before):
                continue  # "who also served as its ambassador": a former post
            if _OBJECT_AS.search(before):
                continue
            t = self.titles.at(text, m.end(), zone_end)
            if t is None:
                continue
            role = self._phrase_role(text, m.end("as"), t, zone_end, p, mentions)
            if role is not None and "duties" in m.group("as"):
                role = replace(role, acting=True)  # "performing the duties of secretary general"
            if role is not None:
                out.append(role)
        after = self._past_state(text, p.end, zone_end, mentions)
        if (c := _COPULA.match(text, after, zone_end)):
            t = self.titles.at(text, c.end(), zone_end)
            if t is not None and not any(r.start <= t[0] for r in out if r.start >= c.start()):
                role = self._phrase_role(text, c.start("cop"), t, zone_end, p, mentions)
                if role is not None:
                    out.append(role)
        if not proposed and (h := _HEADS.match(text, after, zone_end)):
            role = self._head_role(text, h, p, mentions)
            if role is not None:
                out.append(role)
        if (g := _TITLE_OF.match(text, p.end, zone_end)):
            t = self.titles.at(text, g.end(), zone_end)
            if t is not None and (role := self._phrase_role(text, g.end(), t, zone_end, p, mentions)):
                out.append(role)
        return out

    @staticmethod
    def _past_state(text, pos, end, mentions) -> int:
        """Where the clause after a name starts when the name is followed by its state ("X of
        Russia, who has led the commission since ..."): after the state's name."""
        if (ofm := _OF_AFTER.match(text, pos, end)):
            st = next((m for m in mentions if m.start == ofm.end() and m.kind == "state"), None)
            if st is not None:
                return st.end
        return pos

    def _phrase_role(self, text, lo, t, zone_end, p, mentions) -> Role | None:
        t_start, t_end, canon = t
        end = t_end + _role_prefix(text[t_end:zone_end], t_end, mentions)
        if (tail := _OF_BODYS.match(text[t_end:zone_end])):
            end = max(end, t_end + tail.end())  # "chairman of the commission's board"
        return self._make(text, t_start, t_end, end, p, mentions, prefix_from=lo, title=canon)

    def _head_role(self, text, h, p, mentions) -> Role | None:
        """"who heads the board of the Eurasian Economic Commission": the head of a body."""
        pos = h.end()
        word = h.group("body").lower()
        if h.group("verb").lower() in ("led", "headed") and not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$",
                                                                        text[h.start():h.start("verb")]):
            return None  # "who led the secretariat in the 1990s": a past post
        if word == "secretariat":
            return Role(p, "Secretary General", None, None, False, h.start("verb"))
        body = next((m for m in mentions if m.kind in ("body", "office") and h.end("verb") < m.start <= pos), None)
        if body is None and word in ("commission", "executive committee"):
            # "the commission": the body of that name named last
            body = next((m for m in reversed(self._seen) if m.kind in ("body", "office") and m.end <= h.start()
                         and word in m.text.lower()), None)
        head = self._head_of(body) if body is not None else None
        return Role(p, head[0], "org", head[1], False, h.start("verb")) if head else None

    def _head_of(self, body: Mention) -> tuple[str, str | None] | None:
        """The title of whoever heads a body, and its organization: the chairman of the board of a
        commission, the chairman of an executive committee; None for other bodies."""
        org = self.org_of.get(body.entity_id, "")
        name = re.sub(rf"^\s*{re.escape(org)}\s+", "", body.text) if org else body.text
        name = re.sub(r"^(?:the\s+)?(?:chairman\s+of\s+the\s+)?board\s+of\s+(?:the\s+)?", "", name, flags=re.I)
        if "executive committee" in name.lower():
            return "Chairman of the Executive Committee", org or None
        if "commission" in name.lower():
            return f"Chairman of the Board of the {name}", org or None
        return None

    def _headed_by(self, text, sent_start, p, mentions) -> Role | None:
        """"The Eurasian Economic Commission will be headed by Armenia's former prime minister X":
        X heads the body now or from a date to come (a past "was headed by" is history)."""
        hb = _HEADED_BY.search(text, sent_start, p.start)
        if hb is None or _VERBS.search(hb.group("mods")) or any(q.end <= p.start and q.start >= hb.end("by")
                                                                   for q in self._persons if q.start != p.start):
            return None
        body = next((m for m in reversed(mentions) if m.kind in ("body", "office") and m.end <= hb.start()
                     and not text[m.end:hb.start()].strip()), None)
        head = self._head_of(body) if body is not None else None
        return Role(p, head[0], "org", head[1], False, body.start) if head else None

    def _successor(self, text, sent_start, p, out) -> Role | None:
        """"Y will take over as Secretary General, replacing X": X held the office Y takes."""
        if not _SUCCEEDS.search(text, max(sent_start, p.start - 60), p.start):
            return None
        if not _FUTURE.search(text, sent_start, p.start):
            return None  # "after taking over from X": X no longer holds it
        same = [r for r in out if r.person.start != p.start and r.start >= sent_start]
        pool = same or [r for r in self._recent if r.person.text != p.text]
        if not pool:
            return None
        r = pool[-1]
        return Role(p, r.title, r.of_kind, r.of, False, -1)

    # ------------------------------------------------------------------ left of the name
    def _left(self, text, lo, p, persons, mentions) -> Role | None:
        # "the President of Armenia, Mr Robert Kocharian": the role phrase ends before the courtesy title
        name_at = h.start() if (h := _HONORIFIC.search(text, lo, p.start)) else p.start
        if (pf := _PORTFOLIO_LEFT.search(text, lo, name_at)):
            # "its minister of industry, mines and trade, X"
            return self._make(text, pf.start("t"), pf.end("t"), pf.end("t"), p, mentions,
                              title=_portfolio(pf.group("t")))
        seg_start = lo
        left = text[lo:name_at]
        stops = list(_HARD_STOPS.finditer(left))
        if stops:
            seg_start = lo + stops[-1].end()
        left = text[seg_start:name_at]
        last_comma = left.rfind(",")
        after_comma = left[last_comma + 1:] if last_comma >= 0 else left
        role = self._title_in(text, seg_start + (last_comma + 1 if last_comma >= 0 else 0), p, mentions, end=name_at)
        if role is not None and last_comma >= 0 and _CAPITALISED.fullmatch(text[seg_start + last_comma + 1:role.start]):
            # "the chairman of the CSTO Parliamentary Assembly, State Duma Speaker X": two offices stacked
            before = text[seg_start:seg_start + last_comma]
            c2 = before.rfind(",")
            second = self._title_in(text, seg_start + (c2 + 1 if c2 >= 0 else 0), p, mentions, end=seg_start + last_comma)
            apposition = c2 >= 0 and not before[:c2].strip() and self._apposition_of_previous(seg_start)
            if second is not None and not apposition and not second.title.lower().startswith(("leader", "head of state")):
                self._extra.append(second)
        if role is None and last_comma >= 0 and (not after_comma.strip() or _RANK.fullmatch(after_comma)):
            # "the Secretary of the Russian Security Council, X"
            before = text[seg_start:seg_start + last_comma]
            c2 = before.rfind(",")
            while c2 >= 0 and _states_only(text, seg_start + c2 + 1, seg_start + last_comma, mentions):
                c2 = before.rfind(",", 0, c2)  # "the presidents of Poland, Lithuania and Romania, A, B and C"
            if c2 == 0 and not _AND_START.match(before, 1) and self._apposition_of_previous(seg_start):
                return None  # "A, President of Russia, B, Prime Minister of Armenia": the title is A's
            role = self._title_in(text, seg_start + (c2 + 1 if c2 >= 0 else 0), p, mentions,
                                  end=seg_start + last_comma, apposition=True)
        return role

    def _thing_of(self, before: str) -> bool:
        """Whether the words before a title end in "<noun> of the" where the noun is no person's
        ("the work of the", not "the spokesman of the" or "the wife of the")."""
        m = _THINGS_OF.search(before)
        return m is not None and m.group("noun") not in _PERSON_NOUNS and not is_title_word(m.group("noun"), self.lex)

    def _apposition_of_previous(self, pos: int) -> bool:
        """Whether a title after the comma at `pos` belongs to the name before it: "A, then
        chairman of X, Armenian President B" (A has no title before the name), unlike "President
        A, the acting President of Y, Chairman of Z B" (a list of titled names)."""
        q = next((q for q in self._persons if q.end == pos), None)
        return q is not None and not any(r.person.start == q.start and r.start < q.start for r in self._read)

    def _title_in(self, text, start, p, mentions, end=None, apposition=False) -> Role | None:
        end = p.start if end is None else end
        seg = text[start:end]
        titles = [m for m in self.titles.find(seg, start, mentions)
                  if not _COMPLEMENT.search(seg[:m[0]]) or (apposition and self._thing_of(seg[:m[0]]))]
        if not titles:
            return None
        t = titles[-1]
        tail = seg[t[1]:]
        if len(tail) > 110 or _VERBS.search(tail) or not _role_words(tail, start + t[1], mentions):
            return None
        if (word := _SPACE_TO_CAPITAL.match(tail)) and not any(
                m.start == start + t[1] + word.end() and m.kind != "person" for m in mentions):
            return None  # "Presidents Aliyev, Yushchenko and ...": a name the title heads, not a word of the title
        canon = t[2]
        if len(titles) > 1 and (gap := _PAIR_GAP.fullmatch(seg, titles[-2][1], t[0])):
            role = self._make(text, start + t[0], start + t[1], end, p, mentions, title=canon)
            first = self._make(text, start + titles[-2][0], start + titles[-2][1], start + gap.end("of"), p, mentions,
                               title=None if gap.group("of") else titles[-2][2])
            if _two_offices(first, role, _names_state(start + gap.start("of"), start + gap.end("of"), mentions)):
                self._extra.append(first)  # "Chairman of the Supreme Soviet and acting President X"
                return role
            if not gap.group("of") and not _two_offices(role, first):
                t, canon = (titles[-2][0], t[1], None), None  # "Deputy Prime Minister and Foreign Minister X": one post
        if len(titles) > 1 and _DASH.fullmatch(seg[titles[-2][1]:t[0]]):
            # "Chairman of the Executive Committee - Executive Secretary of the CIS": one post, both names
            t, canon = (titles[-2][0], t[1], None), None
        return self._make(text, start + t[0], start + t[1], end, p, mentions, title=canon)

    # ------------------------------------------------------------------ right of the name
    def _right(self, text, p, limit, mentions) -> Role | None:
        if (pr := _PAREN_ROLE.match(text, p.end, limit)):
            return self._paren_role(text, pr, p, mentions)
        m = _COMMA_ARTICLE.match(text[p.end:limit])
        if not m:
            return None
        pos = p.end + m.end()
        seg_end = limit
        stop = _RIGHT_STOP.search(text[pos:limit])
        if stop:
            seg_end = pos + stop.start()
        seg = text[pos:seg_end]
        if (pf := _PORTFOLIO_RIGHT.match(text, p.end, limit)):
            # "X, Minister of Industry, Mines and Trade of Iran"
            end = pf.end("t") + _role_prefix(text[pf.end("t"):limit], pf.end("t"), mentions)
            end = min(end, pf.end("t") + (stop.start() if (stop := re.search(r"[,;:.()]", text[pf.end("t"):limit])) else 10**6))
            return self._make(text, pf.start("t"), pf.end("t"), end, p, mentions, prefix_from=pos,
                              title=_portfolio(pf.group("t")))
        titles = self.titles.find(seg, pos, mentions)
        if not titles:
            return None
        t = titles[0]
        if seg[:t[0]].strip() and not _TWO_WORDS.fullmatch(seg[:t[0]]):
            return None
        if _VERBS.search(seg[:t[0]]) or _WHOSE.match(seg) or _AND_START.match(seg):
            return None  # "A, and the President of Belarus, B": the title after "and" is B's
        # the role phrase ends where its words stop being "of the <Name>" words
        end = pos + t[1] + _role_prefix(text[pos + t[1]:seg_end], pos + t[1], mentions)
        if not text[end:limit].strip() and any(q.start == limit for q in self._persons):
            return None  # "Belarus's A, Kazakh President B": the title before the next name is B's
        if len(titles) > 1 and (gap := _PAIR_GAP.fullmatch(seg, t[1], titles[1][0])):
            end = pos + titles[1][1] + _role_prefix(text[pos + titles[1][1]:seg_end], pos + titles[1][1], mentions)
            first = self._make(text, pos + t[0], pos + t[1], pos + gap.end("of"), p, mentions, prefix_from=pos,
                               title=None if gap.group("of") else t[2])
            second = self._make(text, pos + titles[1][0], pos + titles[1][1], end, p, mentions, prefix_from=pos + gap.end(),
                                title=titles[1][2])
            if _two_offices(first, second, _names_state(pos + gap.start("of"), pos + gap.end("of"), mentions)):
                self._extra.append(second)  # "X, Speaker of the State Duma and Chairman of the CSTO Parliamentary Assembly"
                return first
            # "X, Chairman of the Cabinet of Ministers and Head of the Presidential Administration": one post, read
            # whole; when the whole cannot be read, the first title still holds
            return self._make(text, pos + t[0], pos + t[1], end, p, mentions, prefix_from=pos) or first
        role = self._make(text, pos + t[0], pos + t[1], end, p, mentions, prefix_from=pos, title=t[2])
        if (second := self._second_apposition(text, end, limit, p, mentions)) and _two_offices(role, second):
            self._extra.append(second)  # "X, Foreign Minister of Armenia, the Chairman of the CSTO Council of ..."
        return role

    def _second_apposition(self, text, pos, limit, p, mentions) -> Role | None:
        """A second title set off by commas right after the first one read to the right of a name."""
        m = _COMMA_ARTICLE.match(text, pos, limit)
        if m is None:
            return None
        stop = _RIGHT_STOP.search(text, m.end(), limit)
        seg_end = stop.start() if stop else limit
        titles = self.titles.find(text[m.end():seg_end], m.end(), mentions)
        if not titles or titles[0][0] != 0:
            return None
        t_start, t_end = m.end(), m.end() + titles[0][1]
        end = t_end + _role_prefix(text[t_end:seg_end], t_end, mentions)
        return self._make(text, t_start, t_end, end, p, mentions, prefix_from=t_start, title=titles[0][2])

    def _paren_role(self, text, pr, p, mentions) -> Role | None:
        """"X (Russia, secretary of the Security Council)", "Y (foreign minister of Moldova)"."""
        titles = self.titles.find(pr.group("body"))
        if not titles or titles[0][0] != 0:
            return None
        b = pr.start("body")
        t = titles[0]
        role = self._make(text, b + t[0], b + t[1], pr.end("body"), p, mentions, prefix_from=b, title=t[2])
        st = next((m for m in mentions if pr.group("st") and m.start == pr.start("st") and m.kind in ("state", "demonym")), None)
        if role is not None and role.of is None and st is not None:
            role = replace(role, of_kind="state", of=st.key)
        return role

    # ------------------------------------------------------------------ building the role
    def _make(self, text, t_start, t_end, phrase_end, p, mentions, prefix_from=None,
              title: str | None = None) -> Role | None:
        # Extend left over modifiers glued to the title: acting, demonym/org, possessives.
        # "Deputy Chairman of the Cabinet of Ministers": a deputy's office is an office of its own
        dep = _DEPUTY.search(text, max(0, t_start - 20), t_start)
        lo = t_start
        # a known office name that contains the title ("CSTO Secretary General") belongs to it
        for m in mentions:
            if m.kind in ("office", "body") and m.start < t_start < m.end:
                lo = t_start = m.start
        window_lo = prefix_from if prefix_from is not None else max(0, t_start - 40)
        if dep is not None:
            lo = dep.start()
        # a long name glued to the title may start before the window ("The Collective Security
        # Treaty Organization's spokesman"); copy from some databases doubles the apostrophe
        pre_mentions = [m for m in mentions if window_lo < m.end and m.end <= lo]
        k = lo
        for m in reversed(pre_mentions):
            gap = text[m.end:k]
            if m.kind in ("demonym", "org", "state", "body") and _GLUED.fullmatch(gap):
                lo = m.start
                k = m.start
            else:
                break
        if _FORMER.search(text, max(0, lo - 30), lo):
            return None  # "a former prime minister of Kazakhstan"
        # "Polish President X": a state the reference data does not know; no guess at another state's office
        foreign = _FOREIGN.search(text, max(0, lo - 20), lo)
        if foreign is not None and not any(m.start <= foreign.start() < m.end for m in mentions):
            return None
        acting_zone = text[max(0, lo - 12):phrase_end]
        acting = self.lex.acting_re.search(acting_zone) is not None
        inside = [m for m in mentions if lo <= m.start and m.end <= phrase_end and m.kind != "person"]
        of_kind = of = None
        for m in reversed(inside):
            if m.kind in ("org", "body", "state") and _WHERE_END.search(text[max(0, m.start - 8):m.start]) \
                    and any(x is not m and x.kind in ("state", "demonym") for x in inside):
                # "Russia's permanent representative to the bloc", "the Ukrainian ambassador to Belarus":
                # where the post is, not whose it is
                continue
            if m.kind in ("state", "demonym"):
                of_kind, of = "state", m.entity_id.split(":", 1)[1]
                break
            if m.kind == "org":
                of_kind, of = "org", m.entity_id.split(":", 1)[1]
                break
            if m.kind in ("body", "office") and m.entity_id in self.org_of:
                of_kind, of = "org", self.org_of[m.entity_id]
                break
        title = title or self.titles.clean(text, t_start, phrase_end, inside, self.org_of)
        if dep is not None and not title.lower().startswith(("deputy", "first")):
            title = " ".join(w[:1].upper() + w[1:].lower() for w in dep.group(0).replace("-", " ").split()) + " " + title
            title = _VICE.sub(r"\1Deputy", title)
        if (generic := _GENERIC_BODY_END.search(title)):
            # "chairman of the board of the commission": the commission named last
            named = self._body_named(generic.group(1), lo)
            if named:
                title = title[:generic.start()] + "of the " + named
        plural = False
        head = text[t_start:t_end]
        if head.lower().endswith("s") and head[:-1].lower() in self.titles.known:
            plural = True
            title = self.titles.canonical(title.replace(head, head[:-1], 1))
        possessor = None
        before = text[max(0, lo - 60):lo]
        if of is None and _ORG_WORDS.search(before):
            of_kind = "org-anaphor"
        elif of is None and (bw := _BODY_WORDS.search(before)):
            # "the committee's spokesman": the body of that name named last, else the organization named last that has one
            body = self._last_body(bw.group("word"), lo)
            org = self.org_of.get(body.entity_id) if body is not None else self._org_with_body(bw.group("word"), lo)
            of_kind, of = ("org", org) if org else (None, None)
        elif of is None and _ITS_END.search(before):
            # "its chairman": whose is the entity named last before
            ante = self._antecedent(text, lo, mentions, title)
            if ante is not None:
                k = ante.entity_id.split(":", 1)[1]
                if ante.kind in ("state", "demonym"):
                    of_kind, of = "state", k
                elif ante.kind == "org":
                    of_kind, of = "org", k
                elif ante.entity_id in self.org_of:
                    org = self.org_of[ante.entity_id]
                    of_kind, of = "org", org
                    name = re.sub(rf"^\s*{re.escape(org)}\s+", "", ante.text)
                    if name.lower() not in title.lower():
                        title = f"{title} of the {name}"
        elif of is None and _WHOSE_END.search(before) and (q := self._person_before(lo, p)) is not None:
            possessor = q  # "Lukashenko, whose foreign minister X": X holds the office in Lukashenko's state
        elif of is None and _HIS_HER_END.search(before) and (owner := self._owner_before(lo)) is not None:
            of_kind, of = owner.of_kind, owner.of  # "Armenia's Secretary A ..., his spokeswoman B": Armenia's
        elif of is None and (pm := _POSSESSOR.search(before)):
            a = lo - len(before) + pm.start("who")
            possessor = PersonMention(a, a + len(pm.group("who")), pm.group("who"), None)
        if _BROKEN_TITLE.search(title.strip()):
            return None
        states: tuple[str, ...] = ()
        if plural:
            states = tuple(dict.fromkeys(m.entity_id.split(":", 1)[1] for m in inside if m.kind in ("state", "demonym")))
            if len(states) > 1 and phrase_end <= p.start:
                of_kind, of = "state", states[0]  # the first of the list is the first state's
        return Role(p, title, of_kind, of, acting, lo, possessor, plural, states)

    def _owner_before(self, pos: int) -> Role | None:
        """The role read last in this sentence, of a person named before `pos`, that says whose
        it is: what "his" or "her" before a title points at."""
        return next((r for r in reversed(self._read) if r.person.end <= pos and r.of is not None), None)

    def _person_before(self, pos: int, p: PersonMention) -> PersonMention | None:
        q = next((q for q in reversed(self._persons) if q.end <= pos and q.start != p.start), None)
        return q if q is not None and pos - q.end < 40 else None

    def _last_body(self, word: str, pos: int) -> Mention | None:
        """The body (or office) last named before `pos` that a generic word ("the commission") stands for."""
        return next((m for m in reversed(self._seen)
                     if m.end <= pos and m.kind in ("body", "office") and word.lower() in m.text.lower()), None)

    def _org_with_body(self, word: str, pos: int) -> str | None:
        """The organization named last before `pos` that has a body a generic word ("the committee")
        can stand for, by the reference data's bodies."""
        word = word.lower()
        orgs = {org for body, org in self.org_of.items() if word in body}
        return next((k for m in reversed(self._seen) if m.end <= pos and m.kind == "org"
                     and (k := m.entity_id.split(":", 1)[1]) in orgs), None)

    def _body_named(self, word: str, pos: int) -> str | None:
        """The name of the body last named before `pos` that a generic word ("the commission") stands for."""
        m = self._last_body(word, pos)
        if m is None:
            return None
        org = self.org_of.get(m.entity_id, "")
        name = re.sub(rf"^\s*{re.escape(org)}\s+", "", m.text) if org else m.text
        return re.sub(r"^(?:the\s+)?(?:chairman\s+of\s+the\s+)?board\s+of\s+(?:the\s+)?", "", name, flags=re.I)

    def _antecedent(self, text, pos, mentions, title) -> Mention | None:
        """What "its" stands for: the state (for a state title), the organization or body (for
        an organization's title), else either, named last in the 300 characters before."""
        kinds = ("state", "org", "body")
        if self.lex.is_state_title(title) and not self.lex.is_org_title(title):
            kinds = ("state",)
        elif self.lex.is_org_title(title):
            kinds = ("org", "body")
        for m in reversed(self._seen):
            if m.end <= pos and m.start >= pos - 300 and m.kind in kinds:
                if m.kind == "body" and m.entity_id not in self.org_of:
                    continue
                return m
        return None
