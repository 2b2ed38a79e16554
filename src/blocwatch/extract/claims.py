"""Claims an article makes about memberships, counts and set relations, found in its text.

`find_claims` reads a sentence together with the entity mentions found in it (by the pipeline's
gazetteer); mentions are masked as tokens and a handful of patterns are matched over the masked
text, and every claim keeps the offsets of its own words. Finding is pure, so it runs wherever
extraction runs (a Dask worker included); judging a claim against the knowledge base is
`reason.claims.judge`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Mention
from .casefold import lower_for_gates

_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUM = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
TOK = r"⟦\d+⟧"
# Words that point back to the last organization named (the alliance, the bloc, it...).
ANAPHOR = r"(?:alliance|organi[sz]ation|bloc|union|commonwealth|grouping|it)"
ITEM = rf"(?:the\s+)?(?:{NUM}\s+)?{TOK}"
LIST = rf"{ITEM}(?:\s*,\s*(?:and\s+)?{ITEM})*(?:\s*,?\s*and\s+{ITEM})?"
MEMBERS = r"(?:member\s+states|member\s+countries|member-states|members|states|countries)"
QUAL = r"(?:full|active|associate|observer|founding)"
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
ORD = r"(?:" + "|".join(_ORDINALS) + r")"
_MONTHS = ("january february march april may june july august september october november december").split()
MONTH = r"(?:" + "|".join(_MONTHS) + r")"
# "since 2005", "since 2 January 2015", "since May 2015", "since January 2, 2015"; or an event dated
# by its year: "since Uzbekistan's membership was suspended in 2012".
SINCE = (rf"since\s+(?:(?P<since>(?:\d{{1,2}}\s+)?(?:{MONTH}\s+)?(?:\d{{1,2}},?\s+)?\d{{4}})\b"
         rf"|[^,.;:()]{{3,60}}?\bin\s+(?P<since_year>\d{{4}})\b)")


def _org(name: str, anaphor: bool = True) -> str:
    alt = f"{TOK}|{ANAPHOR}\\b" if anaphor else TOK
    # "the Moscow-led bloc"; "that alliance" points back to the org last named, not the topic.
    return rf"(?:(?:the|(?P<{name}_dem>that|this))\s+)?(?:(?:{TOK}|\w+)-led\s+)?(?P<{name}>{alt})"


@dataclass(frozen=True)
class Claim:
    """A checkable statement: its own words (minimal span, offsets into the text given) and its form.

    type: subset (orgs[0] within orgs[1]) | not_subset | member | non_member (of every org) |
          count (count members of orgs[0], within groups if named) |
          outside_union (count states of groups[0] in none of orgs; `total` = size of the group) |
          never_member (none of `states` ever belonged to orgs[0]) |
          ordinal (`subject`, if named, was the count-th state to join orgs[0] (as an observer if the
          status says so), after exactly `states` if they are named)
    status: a qualifier in the text: "member" (full, active), "associate", "observer", or None.
    since: the date (ISO, partial) from which a member claim's status or a count held until the claim's date.
    count: with a member claim, "one of the N members" (the org's member count as well).
    """

    text: str
    start: int
    end: int
    type: str
    orgs: tuple[str, ...]
    states: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    count: int | None = None
    total: int | None = None
    status: str | None = None
    since: str | None = None
    subject: str | None = None
    inferred: str | None = None  # how the organization was read when the claim does not name it


# =========================================================================== finding


# (kind, family, gate, pattern): a pattern is only tried on a sentence its gate finds something in,
# and every match of the pattern contains a match of its gate (that is what makes skipping safe).
_PATTERNS: list[tuple[str, str, re.Pattern, re.Pattern]] = []
_GATES: dict[str, re.Pattern] = {}
# Each gate's words, tested before the gate itself: every match of the gate contains one of them (in
# any case; each `_p` below names them beside its gate); and whether the gate is only the alternation
# of its plain words, so that the word test is the whole test.
_GATE_WORDS: dict[re.Pattern, tuple[tuple[str, ...], bool]] = {}
_ALL_GATE_WORDS: set[str] = set()  # looked for once per sentence


def _p(kind: str, family: str, pattern: str, gate: str = r"member", words: tuple[str, ...] = ("member",)) -> None:
    g = _GATES.get(gate)
    if g is None:
        g = _GATES[gate] = re.compile(gate, re.IGNORECASE)
        _GATE_WORDS[g] = (words, gate == "|".join(words) and all(w.isalpha() for w in words))
        _ALL_GATE_WORDS.update(words)
    assert _GATE_WORDS[g][0] == words, gate  # one gate, one set of words
    _PATTERNS.append((kind, family, g, re.compile(pattern, re.IGNORECASE)))


def _gate_passes(gate: re.Pattern, masked: str, present: set[str] | None) -> bool:
    """Whether `masked` holds a match of `gate`; `present`: the gate words it holds (in any case),
    None where the fold characters make the word test unsafe."""
    words, exact = _GATE_WORDS.get(gate, ((), False))
    if present is not None and words:
        if present.isdisjoint(words):
            return False
        if exact:
            return True
    return gate.search(masked) is not None


_p("outside_union", "relation",
   rf"\b(?:out\s+)?of\s+(?:the\s+)?(?P<total>{NUM})\s+(?P<group>{TOK})\s*,\s*(?P<n>{NUM})\s*[-–—:,]?\s*(?P<list>{LIST})\s*[-–—,]?\s*"
   rf"(?:are|were)\s+(?:not\s+members?\s+of\s+(?:either\s+)?{_org('a', False)}\s+or\s+{_org('b', False)}"
   rf"|members?\s+of\s+neither\s+{_org('a2', False)}\s+nor\s+{_org('b2', False)}"
   rf"|in\s+neither\s+{_org('a3', False)}\s+nor\s+{_org('b3', False)})", r"\bnot\b|neither", ("not", "neither"))
_p("not_subset", "relation",
   rf"not\s+(?:all|every)\s+(?:of\s+)?(?:the\s+)?(?:{NUM}\s+)?(?:members?|member\s+states)\s+of\s+{_org('a')}\s+"
   rf"(?:are|is)\s+(?:also\s+)?(?:members?\s+of|in)\s+{_org('b')}", r"\bnot\b", ("not",))
_p("subset", "relation",
   rf"(?<!not\s)(?<!not)\b(?:all|every)\s+(?:of\s+)?(?:the\s+)?(?:(?P<n>{NUM})\s+)?(?:members?|member\s+states)\s+of\s+{_org('a')}\s+"
   rf"(?:are|is)\s+(?:also\s+)?(?:members?\s+of|in)\s+{_org('b')}")
_p("subset", "relation",
   rf"(?<!not\s)\bevery\s+{_org('a')}\s+member(?:\s+state)?\s+(?:also\s+)?(?:belongs\s+to|is\s+(?:also\s+)?(?:a\s+member\s+of|in))\s+{_org('b')}")
_p("non_member", "relation",
   rf"(?P<list>{LIST})\s+(?:are|is|were|was)\s+(?:not\s+members?\s+of\s+(?:either\s+)?{_org('a')}\s+or\s+{_org('b')}"
   rf"|members?\s+of\s+neither\s+{_org('a2')}\s+nor\s+{_org('b2')})",
   r"\bnot\s+members?\s+of\s|\bmembers?\s+of\s+neither\b", ("not", "neither"))  # a space before each alternative
_p("non_member", "relation",
   rf"(?P<list>{LIST})\s+(?:are|is|were|was)\s+not\s+(?:an?\s+)?(?:full\s+)?(?:members?|member\s+states?)\s+of\s+{_org('a')}",
   r"\bnot\s+(?:an?\s+)?(?:full\s+)?member", ("not",))
_p("non_member", "relation", rf"(?P<list>{LIST})\s+(?:are|is|were|was)\s+not(?=\s*(?:[.;)]|$))", r"\bnot\s*(?:[.;)]|$)", ("not",))
# "Ukraine has never been a member of the CIS"
_p("never_member", "relation",
   rf"(?P<list>{LIST})\s+(?:has|have)\s+never\s+been\s+(?:an?\s+)?(?:full\s+)?(?:members?|member\s+states?)\s+of\s+{_org('a')}",
   r"\bnever\s+been\b", ("never",))
# "Georgia is a member of the CSTO", "Armenia remains one of the six members of the CSTO"
_p("member", "relation",
   rf"(?P<list>{LIST})\s*,?\s*(?:which\s+|who\s+)?(?:is|are|was|were|remains?|became|becomes)\s+(?:still\s+|also\s+|now\s+|formally\s+)?"
   rf"(?:an?\s+|one\s+of\s+the\s+(?:(?P<n>{NUM})\s+)?)?(?:(?P<qual>{QUAL})\s+)?(?:members?|member\s+states?)\s+of\s+{_org('a')}",
   r"member(?:s|\s+states?)?\s+of\s")  # its "members of ", "member state of "...
# "Turkmenistan has been only an associate member since 2005", "whose country has been an observer since
# 2020" (the state: the one named just before), "Armenia has been a member of the EAEU since 2 January 2015",
# "Turkmenistan has taken part only as an associate member since 2005"
_p("member", "relation",
   rf"(?:(?P<list>{LIST})|(?P<whose>{TOK})(?:\s+(?:[\w.'’-]+|{TOK})){{0,4}}\s*,\s*whose\s+country)\s+(?:has|have)\s+"
   rf"(?:been|taken\s+part|participated)\s+(?:only\s+|formally\s+)?(?:as\s+)?"
   rf"(?:an?\s+)?(?:(?P<qual>{QUAL})\s+)?(?:member(?:\s+state)?|(?P<obs>observer)(?:\s+state)?)"
   rf"(?:\s+(?:of|in|at)\s+{_org('a')})?\s+{SINCE}", r"\bbeen\b|\btaken\s+part\b|\bparticipated\b",
   ("been", "taken", "participated"))
# "Cuba and Uzbekistan have held observer status since December 2020"
_p("member", "relation",
   rf"(?P<list>{LIST})\s+(?:has|have)\s+(?:held|had|enjoyed)\s+(?P<obs>observer)\s+status"
   rf"(?:\s+(?:of|in|at|with)\s+{_org('a')})?\s+{SINCE}", r"\b(?:held|had|enjoyed)\s+observer\s+status", ("observer",))
# "Turkmenistan, for its part, is the Commonwealth's only associate member"
_p("member", "relation",
   rf"(?P<list>{TOK})(?:\s*,\s*(?:for\s+its\s+part|in\s+turn|meanwhile|by\s+contrast)\s*,)?\s+(?:is|remains)\s+(?:still\s+)?"
   rf"{_org('a')}(?:'s|’s)\s+(?P<only>only)\s+(?:(?P<qual>{QUAL})\s+)?(?:member(?:\s+state)?|(?P<obs>observer)(?:\s+state)?)\b",
   r"\bonly\s+(?:\w+\s+)?(?:member|observer)", ("only",))
# An apposition: "Turkmenistan, an associate member of the Commonwealth", "Moldova, an observer state"
_p("member", "relation",
   rf"(?P<list>{TOK})\s*,\s*(?:itself\s+|now\s+|still\s+)?an?\s+(?:(?P<qual>{QUAL})\s+)?"
   rf"(?:member(?:\s+state)?|(?P<obs>observer)\s+state)(?:\s+of\s+{_org('a')})?(?![\w-])(?!\s+of\b)",
   r",\s*(?:itself\s+|now\s+|still\s+)?an?\s+(?:\w+\s+)?(?:member|observer)", ("member", "observer"))
# A roster: "The CSTO includes Armenia, Belarus, ...", "the CIS, set up in 1991, comprises former Soviet
# republics such as ...", "the GUAM group -- consisting of ...", "the Council is made up of the heads of state
# of ..." (a body of leaders: of its organization); each state named is a member
_p("member", "relation",
   rf"{_org('a')}(?:\s+group)?(?:\s*,\s*(?:which\s+)?(?:[^,;:]{{3,60}}?\s*,\s*)?|\s+[-–—]+\s*|\s+)(?:now\s+|currently\s+|still\s+)?"
   rf"(?:includes|comprises|consists\s+of|consisting\s+of|comprising|(?:is|are)\s+(?:comprised|composed|made\s+up)\s+of)\s+"
   rf"(?:(?P<lead>the\s+(?:heads\s+of\s+state|leaders|presidents)\s+of\s+)|(?:{TOK}|countries|states|republics)\s+(?:such\s+as|like|including)\s+)?"
   rf"(?P<list>{LIST})(?:\s+as\s+(?P<qual>full)\s+members)?", r"includ|compris|consist|made\s+up\s+of|composed\s+of",
   ("includ", "compris", "consist", "made", "composed"))
# "The CSTO members henceforth are A, B ...", "its remaining members are ...", "whose members include ...",
# "the members of the CIS are ..."
_p("member", "relation",
   rf"(?:{_org('a')}(?:'s|’s)?|\b(?P<a2>its|whose|their)|\bthe\s+members\s+of\s+{_org('a3')})\s+"
   rf"(?:(?:current|remaining|present|other|active|founding)\s+)?(?:(?P<qual>full)\s+)?(?:member\s+states|member\s+countries|members)\s+"
   rf"(?:henceforth\s+|now\s+|currently\s+|today\s+|at\s+present\s+)?(?:are|include)\s+(?:now\s+)?(?P<list>{LIST})",
   r"\bmembers?\b.{0,40}?\b(?:are|include)\b", ("member",))
# "CIS members Armenia, Belarus and Russia": the organization named before a list of its members (its
# gate: the organization's token ends right before the member word)
_p("member", "relation",
   rf"(?<!former\s)(?<!non-)(?<!ex-){_org('a', False)}\s+(?:member\s+states|member\s+countries|members)\s+(?P<list>{LIST})", r"⟧\s+member", ("member",))
# "Armenia and Moldova also have the status of observers", "Cuba holds observer status in the union"
_p("member", "relation",
   rf"(?P<list>{LIST})\s+(?:also\s+|already\s+|now\s+)?(?:has|have|hold|holds|had|held|enjoy|enjoys)\s+(?:also\s+|already\s+)?(?:the\s+)?"
   rf"(?P<obs>observer\s+status|status\s+of\s+(?:an?\s+)?observers?(?:\s+states?)?)(?:\s+(?:in|at|of|with)\s+{_org('a')})?",
   r"\bobserver\s+status|status\s+of\s+(?:an?\s+)?observer", ("observer",))
# Ordinals: "Armenia becomes fourth member of the new Eurasian Economic Union", "the fifth state in the bloc
# after Russia, Belarus, Kazakhstan and Armenia", "made Moldova the first country to hold observer status"
_p("ordinal", "relation",
   rf"(?:(?P<subj>{TOK})\s+(?:today\s+|yesterday\s+|now\s+|officially\s+|formally\s+)?(?:becomes|became|has\s+become|is|was)\s+)?(?:the\s+)?(?P<ord>{ORD})\s+(?:full\s+)?"
   rf"(?:member\s+states?|members?|states?|country)\s+(?:of|in|to\s+join)\s+(?:the\s+new\s+)?{_org('a')}"
   rf"(?:\s*,?\s+after\s+(?P<list>{LIST})|(?!\s*,?\s*(?:to|where|that|which|who|whose|in|at)\b))",
   rf"{ORD}\s+(?:full\s+)?(?:member|state|country)", tuple(_ORDINALS))
_p("ordinal", "relation",
   rf"(?:(?P<subj>{TOK})\s+(?:(?:becomes|became|has\s+become|is|was)\s+)?)?the\s+(?P<ord>{ORD})\s+(?:country|state)\s+to\s+"
   rf"(?:hold|receive|get|obtain|gain|be\s+granted|be\s+given|win)\s+(?P<obs>observer)\s+status"
   rf"(?:\s+(?:in|at|with|of)\s+{_org('a')})?", rf"{ORD}\s+(?:country|state)\s+to\s+\w+\s+(?:\w+\s+)?observer",
   ("observer",))
_p("count", "count",
   rf"{_org('a')}\s*,?\s*(?:whilst|while|though|although|which)?\s*(?:now\s+|still\s+|today\s+)?(?:only\s+)?"
   rf"(?:(?:brings?|bringing|unites?|uniting)\s+together|unites|groups)\s+"
   rf"(?:only\s+)?(?P<n>{NUM})\s+(?:of\s+(?:the\s+)?(?:(?P<group>{TOK})|(?:[\w-]+\s+){{0,3}}(?:countries|states|republics))"
   rf"|(?:member\s+)?(?:states|countries|nations|republics)\b)?", r"together|\bunites\b|\bgroups\b", ("together", "unites", "groups"))
# "The seven-nation bloc groups Armenia, Belarus, ...": the number names the members, the list them
_p("count", "count",
   rf"\b(?P<n>{NUM})-(?:nation|member|country|state)\s+{_org('a')}\s+(?:groups|unites|comprises|includes|brings\s+together)\s+"
   rf"(?P<list>{LIST})", r"\w-(?:nation|member|country|state)\s", ("-nation", "-member", "-country", "-state"))
# "the 12-nation commonwealth", "The six-member alliance - Armenia, ... and Tajikistan -": the number
# is its member count (and a list in apposition names them)
_p("count", "count",
   rf"\b(?P<n>{NUM})-(?:nation|member|country|state)\s+{_org('a')}(?:\s+[-–—:]\s*(?P<list>{LIST}))?(?![\w-])",
   r"\w-(?:nation|member|country|state)\s", ("-nation", "-member", "-country", "-state"))
# "eleven states remain in the Commonwealth", "the CIS would be left with nine full members - A, B, ...", "nine
# members would remain: A, B, ..." (the organization or the list must follow; a forecast is a claim about the
# states it names, see _build)
_p("count", "count",
   rf"\b(?P<n>{NUM})\s+(?:(?P<qual>{QUAL})\s+)?(?:member\s+)?(?:states|countries|members)\s+(?:now\s+|still\s+)?"
   rf"(?:(?P<fut>will|would)\s+(?:be\s+left|remain)|remain|are\s+left)(?=\s+in\s|\s*[-–—:])(?:\s+in\s+{_org('a')})?"
   rf"(?:\s*[-–—:]\s*(?P<list>{LIST}))?", r"(?:states|countries|members)\s+(?:now\s+|still\s+)?(?:will\s+|would\s+)?(?:remain|(?:are|be)\s+left)",
   ("remain", "left"))
# "the Eurasian Economic Union, which the five countries form together"
_p("count", "count",
   rf"{_org('a')}\s*,\s*which\s+(?:the\s+|its\s+)?(?P<n>{NUM})\s+(?:member\s+)?(?:states|countries|members)\s+"
   rf"(?:form|make\s+up|constitute)\b(?:\s+together)?", r"\bform\b|\bmake\s+up\b|\bconstitute\b", ("form", "make", "constitute"))
# "the six members of the CSTO" (a determiner: "four member states of the CSTO" may be some of them)
_p("count", "count",
   rf"(?:\ball\s+(?:of\s+)?(?:the\s+)?|\bthe\s+)(?P<n>{NUM})\s+(?:(?P<qual>{QUAL})\s+)?{MEMBERS}\s+of\s+{_org('a')}"
   rf"(?:\s*:\s*(?P<list>{LIST}))?", r"member|states|countries", ("member", "states", "countries"))
# "the CSTO's six members", "the Eurasian Economic Union's (EAEU) five member states"
_p("count", "count",
   rf"{_org('a')}(?:'s|’s|')(?:\s+\({TOK}\))?\s+(?P<n>{NUM})\s+(?:(?P<qual>{QUAL})\s+)?(?:member\s+states|members)",
   r"['’]s?\s+(?:\(\S+\)\s+)?\w+\s+(?:\w+\s+)?member")  # a number and a qualifier are words
# "the union's only observer state"
_p("count", "count",
   rf"{_org('a')}(?:'s|’s|')\s+only\s+(?P<obs>observer)(?:\s+state|\s+country)?\b", r"only\s+observer", ("observer",))
# "the 12 CIS leaders", "the six CSTO heads of state" (all of them; "the two CSTO members" may be some)
_p("count", "count",
   rf"(?<!\bof\s)\bthe\s+(?P<n>{NUM})\s+(?P<a>{TOK})\s+(?:leaders|heads\s+of\s+state|presidents)\b",
   r"⟧\s+(?:leaders|heads|presidents)", ("leaders", "heads", "presidents"))
# "four of the five Eurasian Economic Union leaders"
_p("count", "count",
   rf"\b{NUM}\s+of\s+the\s+(?P<n>{NUM})\s+(?:(?P<a>{TOK})\s+)?(?:leaders|heads\s+of\s+state|member\s+states|members)\b",
   r"\bof\s+the\s+\w+\s+(?:\S+\s+)?(?:leaders|heads|member)", ("leaders", "heads", "member"))
# "the organisation now has six active members: ...", "the grouping has had nine full members since 2009"
_p("count", "count",
   rf"{_org('a')}\s+(?:now\s+|still\s+|today\s+|again\s+)?(?:has\s+had|have\s+had|has|have|had|comprises|consists\s+of|counts)\s+"
   rf"(?:the\s+same\s+)?(?P<n>{NUM})\s+(?:(?P<qual>{QUAL})\s+)?"
   rf"(?:member\s+states|members|member\s+countries|(?P<obs>observer\s+states|observers))"
   rf"(?:\s*:\s*(?P<list>{LIST})|\s+{SINCE})?",
   r"\b(?:has|have|had|comprises|consists\s+of|counts)\s+(?:the\s+same\s+)?\w+\s+(?:\w+\s+)?(?:member|observer)",
   ("has", "have", "had", "comprises", "consists", "counts"))  # "has had": its "had ..."; a number and a qualifier are words
# "The exit leaves nine full members: ..." (of the org last named)
_p("count", "count",
   rf"\b(?:leaves|leaving)\s+(?:(?:it|{_org('a', False)})\s+with\s+)?(?:the\s+same\s+)?(?P<n>{NUM})\s+(?:(?P<qual>{QUAL})\s+)?"
   rf"(?:member\s+states|members|member\s+countries)(?:\s+as\s+in\s+\d{{4}})?(?:\s*[:–—-]\s*(?P<list>{LIST}))?", r"\bleav", ("leav",))
_p("count", "count", rf"\bthe\s+(?P<n>{NUM})\s+(?:(?P<qual>{QUAL})\s+)?member\s+states\b(?!\s+of\b)")
_p("count", "count",
   rf"\ball\s+(?P<n>{NUM})\s+(?:(?:the\s+)?{_org('a', False)}\s+)?(?:(?P<qual>{QUAL})\s+)?(?:member\s+states|members|member\s+countries)")
# "consensus of all six heads of state" (the heads of the member states; not "all nine heads of state invited")
_p("count", "count",
   rf"(?<=\bof\s)all\s+(?P<n>{NUM})\s+(?:(?:the\s+)?{_org('a', False)}\s+)?heads\s+of\s+state\b"
   rf"(?!\s+(?:invited|present|attending|who|that|at|in)\b)", r"\bheads\s+of\s+state", ("heads",))


# The first test, on the plain sentence: every pattern's gate needs one of these words (masking
# mentions only removes words), so a sentence with none of them has no claim.
_GATE = ("member", "observer", "not", "neither", "been", "together", "unites", "groups", "state", "countr", "leaders",
         "heads", "leav", "form", "make", "constitute", "nation", "includ", "compris", "consist", "made up", "composed",
         "presidents")


def find_claims(text: str, mentions: Sequence[Mention], context_org: str | None = None,
                topic_org: str | None = None) -> list[Claim]:
    """Claims in `text`, given the mentions in it (offsets relative to `text`).

    `context_org` (an org key such as "CSTO") is what an elliptical "... are not." refers to
    when the text names no organization before it: the org of the previous clause.
    `topic_org` is what "the alliance", "the organisation" or "it" refer to in that case: the
    org the article is about (default: `context_org`).
    """
    low = text.lower()
    if not any(w in low for w in _GATE):
        return []  # every pattern's gate needs one of these words
    ms = _clean(mentions)
    masked = _mask(text, ms)
    offsets = None  # (starts, ends) of `_offsets`, worked out at the first match: most sentences have none
    low_masked = lower_for_gates(masked)
    present = None if low_masked is None else {w for w in _ALL_GATE_WORDS if w in low_masked}
    out: list[Claim] = []
    taken: dict[str, list[tuple[int, int]]] = {"relation": [], "count": []}
    gates: dict[re.Pattern, bool] = {}
    for kind, family, gate, rx in _PATTERNS:
        if gate not in gates:
            gates[gate] = _gate_passes(gate, masked, present)
        if not gates[gate]:
            continue
        for m in rx.finditer(masked):
            span = (m.start(), m.end())
            if any(a < span[1] and span[0] < b for a, b in taken[family]):
                continue
            if offsets is None:
                offsets = _offsets(text, ms)
            claim = _build(kind, m, ms, text, *offsets, context_org, topic_org or context_org)
            if claim is None:
                continue
            taken[family].append(span)
            if kind == "outside_union" or claim.count is not None and kind in ("member", "subset"):
                taken["count"].append(span)  # "one of the six members of X": one claim, not two
            out.append(claim)
    return sorted(out, key=lambda c: (c.start, c.end))


def _clean(mentions: Sequence[Mention]) -> list[Mention]:
    """Sorted, without overlaps (the longer mention wins)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _mask(text: str, ms: list[Mention]) -> str:
    """The text with each mention replaced by a token "⟦i⟧"."""
    parts, pos = [], 0
    for i, m in enumerate(ms):
        parts.append(text[pos:m.start])
        parts.append(f"⟦{i}⟧")
        pos = m.end
    parts.append(text[pos:])
    return "".join(parts)


def _offsets(text: str, ms: list[Mention]) -> tuple[list[int], list[int]]:
    """For every character of the masked text (`_mask`), the start and end offsets in `text` it stands for."""
    starts, ends, pos = [], [], 0
    for i, m in enumerate(ms):
        starts.extend(range(pos, m.start)); ends.extend(range(pos + 1, m.start + 1))
        tok = f"⟦{i}⟧"
        starts.extend([m.start] * len(tok)); ends.extend([m.end] * len(tok))
        pos = m.end
    starts.extend(range(pos, len(text))); ends.extend(range(pos + 1, len(text) + 1))
    return starts, ends


def _tokens(s: str | None) -> list[int]:
    return [int(x) for x in re.findall(r"⟦(\d+)⟧", s or "")]


def number(s: str | None) -> int | None:
    """The value of a count written in digits or words ("12", "twelve"), else None."""
    if not s:
        return None
    s = s.lower()
    return int(s) if s.isdigit() else _NUMBERS.get(s)


def _key(eid: str) -> str:
    return eid.split(":", 1)[1]


def _build(kind: str, m: re.Match, ms: list[Mention], text: str, starts: list[int], ends: list[int],
           context_org: str | None, topic_org: str | None) -> Claim | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    for k in ("a", "b"):  # alternatives of one pattern name the same slot a2, a3...
        g.setdefault(k, g.get(k + "2") or g.get(k + "3"))
        if g[k] is None:
            del g[k]
    a0, a1 = starts[m.start()], ends[m.end() - 1]
    while a1 > a0 and text[a1 - 1] in " \t\n,;:-–—":
        a1 -= 1
    last_org = _last_org(ms, a0, context_org)
    topic = _last_org(ms, a0, topic_org)

    def org(name: str) -> str | None:
        val = g.get(name)
        if val is None:
            return None
        toks = _tokens(val)
        if toks:
            mm = ms[toks[0]]
            if mm.entity_id.startswith("body:") and g.get("lead"):
                return mm.entity_id[5:].split("/", 1)[0]  # "the Council comprises the heads of state of ..."
            return _key(mm.entity_id) if mm.kind == "org" or mm.entity_id.startswith("org:") else None
        if g.get(name + "_dem") or val.lower() in ("its", "whose", "their"):
            return last_org  # "that alliance", "its members": the org last named
        return topic  # an anaphor: the alliance, the bloc...

    states, groups = [], []
    for t in _tokens(g.get("list") or g.get("whose")):
        mm = ms[t]
        if mm.entity_id.startswith("state:"):
            states.append(_key(mm.entity_id))
        elif mm.entity_id.startswith("group:") and not g.get("whose"):
            groups.append(_key(mm.entity_id))
        else:
            return None  # a list with something other than states in it is not a list of states
    subject = None
    if g.get("subj"):
        sm = ms[_tokens(g["subj"])[0]]
        if not sm.entity_id.startswith("state:"):
            return None
        subject = _key(sm.entity_id)
    qual = (g.get("qual") or "").lower() or ("observer" if g.get("obs") else None)
    status = {"full": "member", "active": "member", "founding": None}.get(qual, qual) if qual else None
    orgs = tuple(o for o in (org("a"), org("b")) if o)
    inferred = None
    for k in ("a", "b"):
        val = g.get(k)
        used = [n for n in (k, k + "2", k + "3") if n in m.re.groupindex and m.group(n) is not None]
        if val is None or not used or not org(k):
            continue
        toks = _tokens(val)
        # an anaphor ("the union"), masked or not: a mention without a capital letter is not a name
        if not toks or not any(ch.isupper() for ch in ms[toks[0]].text):
            word = text[starts[m.start(used[0])]:ends[m.end(used[0]) - 1]]
            inferred = f'"{word}" is read as the {org(k)}'
    if kind == "non_member" and not orgs and g.get("a") is None:
        orgs = (last_org,) if last_org else ()
    if kind in ("count", "ordinal") and not orgs and g.get("a") is None:  # "all six member states"
        orgs = (topic,) if topic else ()
    if (kind == "member" or m.group(0)[:4].lower() == "leav") and not orgs and g.get("a") is None:
        # "Turkmenistan has been only an associate member since 2005", "The exit leaves nine members":
        # of the org last named (in this sentence, else before it).
        orgs = (last_org,) if last_org else ()
        if kind == "count":
            orgs = (last_org or topic,) if last_org or topic else ()
    if orgs and g.get("a") is None and inferred is None:
        inferred = f"no organization is named; read as the {orgs[0]}, the one the text was speaking of"
    needed = {"subset": 2, "not_subset": 2, "outside_union": 2}.get(kind, 1)
    if len(orgs) < needed or (g.get("b") is not None and len(orgs) < 2):
        return None
    if kind in ("member", "non_member", "never_member") and not (states or groups):
        return None
    n = number(g.get("n")) if not g.get("only") else 1  # "the Commonwealth's only associate member"
    if g.get("fut"):  # "nine members will be left: A, B, ...": the count is a forecast; the states named are members now
        if not states:
            return None
        kind, n = "member", None
    scope: tuple[str, ...] = ()
    if kind == "outside_union":
        gm = ms[_tokens(g["group"])[0]]
        if not gm.entity_id.startswith("group:"):
            return None
        scope = (_key(gm.entity_id),)
        return Claim(text[a0:a1], a0, a1, kind, orgs, tuple(states), scope + tuple(groups), n, number(g.get("total")),
                     inferred=inferred)
    if kind == "ordinal":
        if groups or not (subject or states):
            return None  # nothing to check the rank against
        return Claim(text[a0:a1], a0, a1, kind, orgs, tuple(states), (), _ORDINALS[g["ord"].lower()], None,
                     status, subject=subject, inferred=inferred)
    if kind == "count" and g.get("group"):
        gm = ms[_tokens(g["group"])[0]]
        scope = (_key(gm.entity_id),) if gm.entity_id.startswith("group:") else ()
    if kind == "count" and n is None:
        if "only" not in m.group(0).lower():
            return None
        n = 1  # "the union's only observer state"
    since = _date(g.get("since")) or g.get("since_year")
    if (g.get("since") or g.get("since_year")) and since is None:
        return None
    return Claim(text[a0:a1], a0, a1, kind, orgs, tuple(states), scope + tuple(groups), n, None, status, since,
                 inferred=inferred)


def _date(s: str | None) -> str | None:
    """ISO (partial) date of "2005", "May 2015", "2 January 2015", "January 2, 2015"."""
    if not s:
        return None
    words = re.findall(r"[A-Za-z]+|\d+", s)
    year = words[-1] if words and len(words[-1]) == 4 and words[-1].isdigit() else None
    month = next((i + 1 for i, w in enumerate(_MONTHS) for x in words if x.lower() == w), None)
    day = next((int(x) for x in words[:-1] if x.isdigit() and len(x) <= 2), None)
    if year is None or (day is not None and month is None):
        return None
    try:
        from ..model import PartialDate
        return PartialDate(int(year), month, day).iso()
    except Exception:
        return None


def _last_org(ms: list[Mention], before: int, context_org: str | None) -> str | None:
    orgs = [m for m in ms if m.end <= before and m.entity_id.startswith("org:")]
    return _key(orgs[-1].entity_id) if orgs else context_org


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)


def split_sentences(text: str) -> list[Sentence]:
    """A plain splitter (full stops, question and exclamation marks, line breaks); the real
    pipeline brings its own."""
    out = []
    for m in _SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            out.append(Sentence(s, e, text[s:e]))
    return out


def find_all_claims(text: str, mentions: Sequence[Mention]) -> list[Claim]:
    """Every claim in `text`, sentence by sentence, with offsets into `text`. An elliptical
    "... are not." refers to the previous sentence's last organization, and "the alliance" to
    the organization named most so far (the headline's among equals)."""
    out, context, seen = [], None, Counter()
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for s in split_sentences(text):
        i = bisect_left(starts, s.start)
        local = []
        while i < len(ordered) and ordered[i].start < s.end:
            m = ordered[i]
            if m.end <= s.end:
                local.append(Mention(m.start - s.start, m.end - s.start, m.text, m.entity_id, m.kind))
            i += 1
        topic = max(seen, key=lambda k: seen[k]) if seen else None
        for c in find_claims(s.text, local, context, topic):
            out.append(replace(c, start=c.start + s.start, end=c.end + s.start))
        orgs = [_key(m.entity_id) for m in local if m.entity_id.startswith("org:")]
        if orgs:
            context = orgs[-1]
        seen.update(orgs)
    return out


def body_claims(document, mentions: Sequence[Mention], found: list[Claim] | None = None) -> list[Claim]:
    """The claims of a document's title and body (captions, source lines and furniture aside);
    `found`: the claims of its whole text when they are already known (DocState.claims)."""
    body = [s for s in document.sections if s.kind in ("body", "title")] or None
    return [c for c in (find_all_claims(document.text, mentions) if found is None else found)
            if not body or any(s.start <= c.start < s.end for s in body)]
