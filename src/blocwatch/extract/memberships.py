"""Memberships stated in text: "A, B and C are not members of the CSTO", "members of neither X
nor Y", "not all members of X are members of Y. A and B are not.", "X joined Y in 2015",
"an observer at Y", "non-member Azerbaijan", lists of member states, and summit participants.

Each is a point observation at the article's date (`as_of`), or an interval start where the
text dates the change ("joined in 2015").
"""

from __future__ import annotations

import re

from .claims import MONTH, NUM, number
from .clauses import GUARDS, key, words_in, mention_states, scan, clause_start, clause_subjects, list_after, list_subject, mentions_within, org_then, person_state_before, org_key as org_of, subject_state, orgs_between, recent_orgs, standing_org, states_between
from .state import DocState

_NOT_MEMBER = re.compile(r"\b(?:are|is|were|was|remain|remains)\s+not\s+(?:yet\s+)?(?:a\s+|an\s+)?(?:full\s+)?(?:members?\s+(?:states?\s+)?(?:of|in)|part(?:y|ies)\s+to|signator(?:y|ies)\s+(?:of|to))\s+(?:either\s+)?", re.I)
_NEITHER = re.compile(r"\b(?:are|is|were|was)\s+members?\s+of\s+neither\b", re.I)
_NOT_ELLIPSIS = re.compile(r"\b(?:are|is|were|was)\s+not\s*[.!]?\s*$", re.I)
_NOT_ALL = re.compile(r"\bnot\s+all\s+(?:the\s+)?members\s+of\s+", re.I)
_MEMBER = re.compile(r"\b(?:are|is|were|was|became|become|becomes|remain|remains|has\s+been|have\s+been|had\s+been)\s+(?:still\s+|also\s+|now\s+)?(?:(?:formally|officially|technically|nominally|legally)\s+)?(?:one\s+of\s+(?:the\s+)?(?:its\s+)?(?:\w+\s+)?|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|newest|latest|\d+(?:st|nd|rd|th))\s+)?(?:a\s+|an\s+|full\s+|founding\s+|full-fledged\s+)*(?P<kind>associate\s+)?(?:member|members|member\s+states?)\s+(?:of|in)\b", re.I)
# "Russia, Belarus and Kazakhstan founded it", "A, B, C and D formed last year the GUAM group": the
# organization named right after the verb (`named`: where its mention must start)
_FOUNDED = re.compile(r"\b(?:founded|co-founded|created|set\s+up|established)\s+(?:it|the\s+(?:union|bloc|alliance|organi[sz]ation|commonwealth))\b|"
                      r"\b(?:founded|co-founded|created|set\s+up|established|formed)\s+(?:(?:in\s+\d{4}|last\s+year|that\s+year)\s+)?(?:the\s+)?[“\"‘']?(?P<named>)(?=(?-i:[A-Z]))", re.I)
_ALONGSIDE = re.compile(r"\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\b", re.I)
_OBSERVER = re.compile(r"\bbecame\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}[\w-]+['’]s\s+)?(?:first|second|third|fourth|fifth|newest|latest|\d+(?:st|nd|rd|th))\s+observer\b|\b(?:holds?|held|has|have|had|with|granted|received|obtained|gained)\s+(?:the\s+)?status\s+of\s+(?:an?\s+)?observers?(?:\s+states?)?\s*(?:in|at|of|to|with)?\b|\b(?:has|have|had|holds|hold|held|granted|received|gained|got|obtained|with|is|are|was|were|became|become|been)\s+(?:(?:also|still|now|already)\s+)?(?:an\s+|the\s+)?(?:only\s+|first\s+|sole\s+)?observers?(?:\s+status|\s+states?)?\s*(?:in|at|of|to|with)?\b", re.I)
_JOINED = re.compile(r"\b(?:joined|acceded\s+to|was\s+admitted\s+to|were\s+admitted\s+to|became\s+(?:a\s+|full\s+)*members?\s+of|rejoined|returned\s+to)\b", re.I)
_NON_MEMBER_NOUN = re.compile(r"\bnon[\s-]?members?\s+(?:state\s+)?(?:of\s+)?", re.I)
_RELUCTANT = re.compile(r"\b(?:reluctant|unwilling|refus\w*|declined)\s+to\s+(?:join|participate)\b", re.I)
_MEMBER_LIST = re.compile(r"\b(?:member\s+(?:states|countries|nations)(?:['’]\s+(?:leaders|heads\s+of\s+state|presidents)|\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?=\s*[–—(]|\s+-\s))?|(?:active|full|founding|current|remaining|other)\s+members|members(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?=are\b|were\b|include))?)\s*"
                          r"(?:(?:henceforth|now|currently|today|presently|at\s+present|thus)\s+(?=are\b|were\b|include))?(?:,|:|\(|are|were|include|includes|—|–|-)\s*", re.I)
_AS_MEMBERS = re.compile(r"\bas\s+(?:its\s+|the\s+)?(?:founding\s+|full\s+|first\s+)?members\b", re.I)
_CEASED = re.compile(r"\b(?:declined|refused|chose\s+not|did\s+not|failed)\s+to\s+(?:sign\s+(?:the\s+)?protocol\s+)?(?:extend|renew|prolong)(?:ing)?\b|\blet\s+(?:it|the\s+treaty|its\s+(?:membership|participation))\s+lapse\b|\b(?:ceased|ceases|stopped)\s+to\s+be\s+(?:a\s+)?members?\s+of\b|\b(?:walk|walked|drop|dropped|pull|pulled)\s+out\b|\b(?:left|quit|exited)\s+(?:the\s+)?(?=(?-i:[A-Z])|(?:(?:original|earlier|first|underlying)\s+)?(?:\d{4}\s+)?(?:collective\s+security\s+)?treaty|(?:grouping|group|bloc|alliance|union|organi[sz]ation|commonwealth|community)\b)|\b(?:left|quit|withdrew)\s+(?=in\s+\d{4}|(?:the\s+following|that|last)\s+year|(?:several|a\s+few|many|\w+)\s+years\s+ago\b|\.)|\bcompleted\s+(?:its|their)\s+withdrawal\b|\ballowed\s+(?:its|their)\s+(?:membership|participation)\s+(?:of|in)\s+[^,;.]{0,60}?\s+to\s+lapse\b|\b(?:are|is)\s+no\s+longer\s+(?:covered|bound|members?|a\s+member|part(?:y|ies)?|a\s+party|in)\b|\bwithdr[ae]w\w*\s+from\b|\bwithdrawal\s+from\b[^.]{0,40}\btakes\s+effect", re.I)
# "..., but returned in 2006": a departure undone later
_CAME_BACK = re.compile(r"\bbut\s+(?:later\s+|then\s+|eventually\s+)?(?:returned|rejoined|came\s+back)\b", re.I)
_SUSPENDED = re.compile(r"\bhad\s+(?:its|their)\s+membership\s+suspended\b|\bsuspend(?:ed|s|ing)?\s+(?:its\s+|their\s+|the\s+)?(?:membership|participation|involvement)\b|\bmembership\s+(?:was|has\s+been|is)\s+suspended\b", re.I)
_ASSOCIATE = re.compile(r"\b(?:to|as|an)\s+associate\s+member\b|\bassociate\s+(?:member|membership|status)\s+(?:of|in)\b", re.I)
_NOT_JOINED = re.compile(r"\b(?:(?:has|have|had|did)\s+(?:in\s+fact\s+|still\s+|yet\s+)?(?:not|never)|never)\s+(?:yet\s+)?(?:applied\s+to\s+join|applied(?=\s*[,.;])|joined|been\s+(?:a\s+(?:full\s+)?member|part)\s+of|ratified\s+(?:the|its)\s+(?:[\w’'-]+\s+){0,3}?(?:charter|founding\s+treaty|statute))\b|\b(?:is|are|was|were)\s+(?:not|never)\s+(?:a\s+)?part\s+of\b|\bis\s+not\s+joining\b|\bnever\s+(?:came|come)\s+back\b|\b(?:has|have|had)\s+never\s+belonged\s+to\b|\bnever\s+signed\s+(?:the\s+|that\s+|this\s+)?(?:\d{4}\s+)?(?=(?-i:[A-Z])|(?:collective\s+security\s+)?treaty|charter)|\b(?:has|have|had)?\s*(?:kept|keeps|keep)\s+out\s+of\b|\bnever\s+returned\b|\bstays?\s+out(?:side)?\s+of\b|\bremains?\s+outside\b", re.I)
# "the fifth state in the bloc after Russia, Belarus, Kazakhstan and Armenia": all are members
_NTH_AFTER = re.compile(r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                        r"(?:member(?:\s+state)?|state|country|nation|republic)\s+(?:(?:in|of|to\s+join)\s+(?:the\s+)?[\w’'\s-]{2,40}?\s+)?after\s+", re.I)
# "Tajikistan is in the alliance but not in the economic union"
_IN_NOT_IN = re.compile(r"\b(?:is|are|was|were|remains?)\s+in\s+(?P<yes>[^,;.]{2,40}?)\s*,?\s+but\s+not\s+in\s+", re.I)
# "The union now has three observer states: Moldova, ..."
_OBSERVER_LIST = re.compile(r"\b(?:observer\s+(?:states|countries)|observers)\s*(?::|\binclude\b|\bare\b|—)\s*", re.I)
# "Armenia still formally belongs to the CSTO"; "the bloc it still formally belongs to"
_BELONGS = re.compile(r"\b(?P<it>it\s+|they\s+)?(?:still\s+)?(?:formally\s+|officially\s+|technically\s+|nominally\s+)?belongs?\s+to\b", re.I)
# "Uzbekistan's prime minister, representing one of the union's observer states"
_OBSERVER_OF = re.compile(r"\b(?P<verb>representing|(?:as\s+)?(?:the\s+)?(?:head|leader|president|representative)\s+of|as|is|was|became)\s+(?:one\s+of\s+)?(?:the\s+|an\s+)?"
                          r"(?:\w+['’]s\s+)?(?:only\s+|first\s+|newest\s+|two\s+|three\s+|four\s+)?observer\s+(?:states?|countries|country|nations?)\b", re.I)
# "Armenia is still formally one of the alliance's six members"
_ONE_OF = re.compile(r"\b(?:is|are|was|were|remains?|,)\s+(?:still\s+)?(?:(?:formally|officially|technically|nominally|legally)\s+)?"
                     r"one\s+of\s+(?:the\s+)?(?P<org>[\w\s]{2,40}?)['’]s\s+(?:\w+\s+){0,2}?members\b", re.I)
# "Kazakhstan, a founding member of the union, ..."; "Moldova, an observer in the EAEU, ..."
_APPOSITIVE = re.compile(r",\s+(?:a|an|one\s+of\s+the|the|its|their)\s+(?:(?:founding|full|full-fledged|fellow|key|loyal|small|core|only|newest|oldest)\s+)*"
                         r"(?P<kind>associate\s+member|member(?:\s+state|\s+country)?|observer(?:\s+state|\s+country)?|founder)s?\s+(?:of|in|to)\b", re.I)
# "the CSTO, which groups Armenia, Belarus, ...", "the union comprises Russia, Belarus, ..."
_COMPRISES = re.compile(r"\b(?:comprises|comprised(?:\s+of)?|comprising|groups|grouped|grouping|includes|included|including|brings\s+together|brought\s+together|"
                        r"bringing\s+together|unites|united|uniting|consists\s+of|consisted\s+of|consisting\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of|(?:is|was)\s+composed\s+(?:of|by))\s+(?:the\s+)?", re.I)
# "the council comprises the heads of state of A, B and C": a standing body made
# of the leaders of states (present tense: a meeting "brought together" guests as well)
_BODY_OF_LEADERS = re.compile(r"(?:comprises|consists\s+of|is\s+made\s+up\s+of|is\s+composed\s+of|includes)\s+(?:the\s+)?", re.I)
_LEADERS_OF = re.compile(r"(?:heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|presidents|prime\s+ministers|"
                         r"leaders|(?:[\w-]+\s+){0,2}?ministers|secretaries\s+of\s+(?:the\s+)?security\s+councils)\s+of\s+(?:the\s+)?", re.I)
# "CSTO members Armenia and Belarus objected", "fellow EAEU member states Kazakhstan and Russia", "the
# EurAsEC heads of state (Belarus, Russia ...)": the organization's members by name
_MEMBERS_NAMED = re.compile(r"\b(?:(?P<qual>observer|associate)\s+)?(?:member\s+(?:states?|countries|nations)|members?|states|countries|heads\s+of\s+state|leaders)"
                            r"\s+(?:[-–—:(]\s*)?(?=(?-i:[A-Z]))", re.I)
# "Armenia's membership in the CSTO is frozen": still a member
_POSS_MEMBERSHIP = re.compile(r"\b(?P<who>(?-i:[A-Z])[\w-]+)['’]s\s+(?:full\s+)?membership\s+(?:of|in)\s+", re.I)
# "Outside the alliance are Azerbaijan, Georgia and Moldova"
_OUTSIDE = re.compile(r"\boutside\s+(?:the\s+)?(?P<o>[\w\s’'-]{2,40}?)\s+(?:are|is|remain|remains|stand|stands|stay|stays)\s+", re.I)
# "the presidents of Armenia and Belarus, the bloc's two other members, did not attend"
_POSS_APPOSITIVE = re.compile(r",\s+(?:the\s+)?(?P<org>[\w-]+)['’]s\s+(?:(?:\w+)\s+){0,2}?(?P<kind>members?|member\s+states?|observers?|observer\s+states?)\s*[,.;)]", re.I)
# "Tajik President Rahmon, whose country is also outside the union"
_OUTSIDE_VERB = re.compile(r"\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:also\s+|still\s+|firmly\s+)?outside\s+(?:of\s+)?(?:the\s+)?", re.I)
# "Tajikistan, which takes part in the CIS and the CSTO"; "it remains in the Commonwealth too"
_TAKES_PART = re.compile(r"\b(?:still\s+)?(?:participates?|participated|takes?\s+part|took\s+part|remains?|remained|stays?|stayed)\s+"
                         r"(?:formally\s+|still\s+)?(?:in|inside|within)\s+(?:the\s+)?", re.I)
_MEETING_NOUN = re.compile(r"\s*(?:['’]s\s+)?(?:summits?|meetings?|sessions?|talks|exercises|drills|forums?|games|events?|work|activities|bodies|structures)\b", re.I)
# "the same six members it had in April 1999: Armenia, Belarus, ..."
_MEMBERS_COLON = re.compile(r"\b(?:members\b(?:\s+(?!and\b|or\b|but\b|plus\b)[\w'’-]+){1,6}|(?:alliance|bloc|union|grouping|group|club)\s+of\s+(?:\w+\s+){0,2}?\w+)\s*:\s*", re.I)
# "since Georgia's exit in 2009": a completed departure (not a planned or threatened one)
_POSS_EXIT = re.compile(r"\b(?P<who>(?-i:[A-Z])[\w-]+)['’]s\s+(?P<adj>planned\s+|possible\s+|proposed\s+|threatened\s+|eventual\s+|formal\s+)?"
                        r"(?:exit|withdrawal|departure)\b(?:\s+from\s+(?:the\s+)?)?", re.I)
# "Georgia formally remains a member" with the organization in the sentences before
_MEMBER_BARE = re.compile(r"\b(?:remains?|remained|is\s+still|stays?)\s+(?:formally\s+|still\s+|officially\s+|legally\s+)?(?:a\s+)?(?:full\s+)?member\b(?!\s*(?:of|in|state|country|s\b))", re.I)
# "Tajikistan, whose country is not a member" with the organization in the sentences before
_NOT_MEMBER_BARE = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?not\s+(?:yet\s+)?(?:a\s+)?(?:full\s+)?member\b(?!\s*(?:of|in|state|country|s\b))", re.I)
# "the union launched by Russia, Belarus and Kazakhstan", "GUAM was founded in 1997 as a forum of Georgia,
# Ukraine, Azerbaijan and Moldova": its founders
_FOUNDED_BY = re.compile(r"\b(?:launched|founded|created|set\s+up|established|formed)\s+(?:in\s+\d{4}\s+)?(?:by|as\s+(?:an?\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:forum|group|grouping|union|alliance|bloc|club|association|organi[sz]ation)\s+of)\s+(?:the\s+)?", re.I)
# "the founders of the union, Russia's Vladimir Putin, Kazakhstan's ... and Lukashenko himself, signed"
_FOUNDERS = re.compile(r"\b(?:founders|founding\s+(?:members|states|countries))\s+of\s+(?:the\s+)?", re.I)
# "the GUAM group of Georgia, Ukraine, Azerbaijan and Moldova"
_GROUP_OF = re.compile(r"\b(?:group|grouping|bloc|club|alliance|union)\s+of\s+(?=(?-i:[A-Z]))", re.I)
# "the treaty was signed in Tashkent by A, B and C", "a treaty establishing the EAEU was signed by the
# leaders of A, B and C" (`what`: where the treaty's organization is named); "A, B and C signed the treaty
# on the Eurasian Economic Union": the signatories of an organization's treaty are its members
_TREATY_SIGNED_BY = re.compile(r"\btreaty\b(?P<what>[^.;]{0,80}?)\b(?:was|were|has\s+been|had\s+been)\s+signed\b[^.;]{0,60}?\bby\s+"
                               r"(?:the\s+(?:leaders|presidents|heads\s+of\s+state)\s+of\s+)?", re.I)
_SIGNED_TREATY_ON = re.compile(r"\bsigned\s+(?:the|a)\s+(?:founding\s+)?treaty\s+(?:on|establishing|creating|founding)\s+"
                               r"(?:the\s+(?:establishment|creation|founding)\s+of\s+)?(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# "Neither Tajikistan nor Uzbekistan has applied to join"
_NEITHER_NOR = re.compile(r"\bneither\s+(?P<a>[^,;.]{2,40}?)\s+nor\s+(?P<b>[^,;.]{2,40}?)\s+(?:has|have|is|are|was|were)\s+(?:yet\s+)?(?:applied|joined|a\s+member|members|in\b)", re.I)
# "Uzbekistan belonged to the group from 1999 until 2005": a past membership
_BELONGED_UNTIL = re.compile(r"\b(?:belonged\s+to|was\s+a\s+member\s+of|were\s+members\s+of)\s+[^,;.]{2,60}?\buntil\s+(?:[A-Z][a-z]+\s+)?\d{4}\b", re.I)
# "renewed for five years only by Armenia, Belarus ..."; "..., leaving Armenia, Belarus and Russia"
_KEPT_BY = re.compile(r"\b(?:renewed|extended|prolonged)\b[^.;]{0,40}?\bby\s+(?:the\s+)?|,\s*leaving\s+(?=(?-i:[A-Z]))", re.I)
# "A, B and C have signed the prolongation protocol": the parties that renewed a treaty stay in it
_SIGNED_RENEWAL = re.compile(r"\bsigned\s+(?:the\s+|a\s+)?(?:prolongation|extension|renewal)\s+protocol\b|"
                             r"\bsigned\s+(?:the\s+|a\s+)?protocol\s+(?:on\s+)?(?:extending|prolonging|renewing|the\s+(?:extension|prolongation|renewal))\b", re.I)
# "The six-member alliance - A, B, C, D, E and F - ...", "Five states: A, B, ...", "nine full members today -
# A, B, ...": a count with the list of its members in apposition (the count must match the list); "the
# five member states of the EAEU, A, B, ...", "nine members will be left in the CIS - A, B, ...": the organization named
_COUNT_LIST = re.compile(rf"\b(?P<n>{NUM})(?:-(?:member|nation|country|state)\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?[\w-]+)"
                         rf"|\s+(?:(?:full|active|founding|current)\s+)?(?P<bare>member\s+states|member\s+countries|members|"
                         rf"states|countries|nations|republics|(?P<obs>observer\s+states|observers))(?:\s+(?:today|now|at\s+present))?"
                         rf"(?:\s+(?:(?:will\s+(?:be\s+left|remain)|are\s+left|remain|remained|were\s+left)\s+)?(?:of|in)\s+(?:the\s+)?"
                         rf"(?P<org>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){{0,4}}))?)"
                         rf"\s*(?:[-–—:(]|,\s*(?:namely\s+)?)\s*(?=(?-i:[A-Z]))", re.I)
_APPLICANT = re.compile(r"\b(?:expects|expected|is\s+due|is\s+set|was\s+set|plans|hopes|intends|is\s+expected)\s+to\s+join\b|"
                        r"\b(?:announced|declared|stated|confirmed)\s+(?:its|their)\s+intention\s+to\s+join\b|\bvot(?:ed|es)\s+(?:on\s+\w+\s+|\w+ly\s+)?to\s+join\b|\bapplied\s+(?:to\s+join|for\s+(?:full\s+)?membership)\b|\bsigned\s+(?:the|an|its|his\s+country['’]s|her\s+country['’]s|their\s+countries['’]|(?-i:[A-Z])\w+['’]s)\s+(?:(?:own\s+)?accession\s+(?:treaty|agreement)|(?:treaty|agreement)\s+(?:on|of)\s+(?:(?:his|her|its|their)\s+(?:country['’]s\s+|countries['’]\s+)?)?accession)\b|\bhopes?\s+to\s+sign\s+(?:its|their|the)\s+(?:own\s+)?accession\s+(?:treaty|agreement)\b", re.I)

# "Armenia plans to leave the CSTO", "Georgia announced it would quit the CIS", "is in the process of
# leaving the CIS": an exit still to come, so the state is a member yet (its stance is read in stances.py)
_EXIT_VERB = r"(?:leave|quit|exit|withdraw\s+from|pull\s+out\s+of)\s+"
_EXIT_PLAN = re.compile(rf"\b(?:plans?|planned|planning|intends?|intended|decided|is\s+going)\s+to\s+{_EXIT_VERB}|"
                        rf"\b(?:announced|said|declared|confirmed)\s+(?:that\s+)?(?:it|they)\s+would\s+{_EXIT_VERB}|"
                        r"\b(?:is|are)\s+in\s+the\s+process\s+of\s+(?:leaving|quitting|exiting|withdrawing\s+from)\s+", re.I)
_EXIT_PLAN_CUE = re.compile(rf"(?:to|would)\s+{_EXIT_VERB}|process\s+of\s+(?:leaving|quitting|exiting|withdrawing)")
_EXIT_DONE = re.compile(r"\b(?:took|takes|has\s+taken)\s+effect\b|\bcame\s+into\s+force\b|\bcompleted\b|\b(?:has|have|had)\s+(?:since\s+|formally\s+)?(?:left|quit|exited)\b", re.I)
# "one-time member Georgia departed in 2008", "former member state Uzbekistan": a former member
_FORMER_MEMBER = re.compile(r"\b(?:one-time|onetime|former|ex-)\s*(?:full\s+)?member(?:\s+(?:state|country|nation))?\s+(?=(?-i:[A-Z]))", re.I)
# "Cuba and Uzbekistan already hold such status" after a sentence about observer status
_SUCH_STATUS = re.compile(r"\b(?:hold|holds|held|have|has|had|enjoy|enjoys|enjoyed)\s+(?:already\s+|also\s+)?(?:such|this|that|the\s+same)\s+status\b", re.I)
# "It includes A, B and C": the organization of the sentences before
_IT_SUBJECT = re.compile(r"\s*It\s+(?:now\s+|currently\s+|also\s+)?")


EXTRACTOR = "blocwatch.memberships.v1"


def read_memberships(st: DocState) -> list[tuple]:
    """(state, org, status, start, end, confidence, valid_from) observations."""
    out: list[tuple] = []
    planned: list[tuple] = []  # members planning an exit: dropped where the article says they left
    text = st.text
    prev = None
    in_text = words_in(text.lower(), _NEEDS)  # only these can be in a sentence
    for sent in st.sentences:
        if sent.section not in ("body", "title", "caption"):
            prev = None
            continue
        s, e = sent.start, sent.end
        body = text[s:e]
        present = words_in(body.lower(), _NEEDS, in_text)
        if GUARDS["on"] and not present:  # no pattern below can match without one of its words
            prev = sent
            continue
        for m in scan(_NOT_MEMBER, body, present, _NEEDS):
            states = clause_subjects(st, sent, s + m.start())
            orgs = orgs_between(st, s + m.end(), e)
            _add(out, states, orgs[:2] if "either" in m.group(0).lower() or " or " in text[s + m.end():e] else orgs[:1], "non-member", sent, 0.85)
        for m in scan(_NEITHER, body, present, _NEEDS):
            subj_lo = clause_start(text, s, s + m.start())
            _add(out, states_between(st, subj_lo, s + m.start()), orgs_between(st, s + m.end(), e)[:2], "non-member", sent, 0.85)
        # (every _NOT_ELLIPSIS match has "not", which is one of the guard words: `present` knows)
        if prev is not None and (not GUARDS["on"] or "not" in present) and _NOT_ELLIPSIS.search(body):
            pb = text[prev.start:prev.end]
            states = states_between(st, clause_start(text, s, e), e)
            na = _NOT_ALL.search(pb)
            orgs = orgs_between(st, prev.start, prev.end)
            if na and len(orgs) >= 2:
                superset = orgs_between(st, prev.start + na.end(), prev.end)
                _add(out, states, superset[:1], "member", sent, 0.8, evidence=(prev.start, e))
                _add(out, states, superset[1:2], "non-member", sent, 0.85, evidence=(prev.start, e))
            elif orgs:
                _add(out, states, orgs[-1:], "non-member", sent, 0.75, evidence=(prev.start, e))
        for m in scan(_MEMBER, body, present, _NEEDS):
            pre = body[max(0, m.start() - 12):m.start()]
            if re.search(r"\bnot\b|\bnever\b|n't", body[max(0, m.start() - 20):m.end()], re.I) or re.search(r"\ball\s*$", pre, re.I) \
                    or re.match(r"\s*(?:neither|none)\b", body[m.end():]):
                continue
            status = "associate" if m.group("kind") else "member"
            orgs = orgs_between(st, s + m.end(), e)[:1]
            subjects = clause_subjects(st, sent, s + m.start()) or list_subject(st, sent, s + m.start())
            al = _ALONGSIDE.search(text, s + m.end(), e)
            if al and subjects:  # "Armenia remains one of the six members, alongside Belarus, ..."
                stop = re.search(r"[;:]|\s[-–—]\s|,\s+and\s+the\b|\.\s", text[al.end():e])
                subjects += states_between(st, al.end(), al.end() + stop.start() if stop else e)
            _add(out, subjects, orgs, status, sent, 0.8)
        for m in scan(_OBSERVER, body, present, _NEEDS):
            if re.search(r"\b(?:ask\w*|want\w*|seek\w*|sought|hop\w*|plan\w*|aim\w*|appl\w*|request\w*|wish\w*|intend\w*)\s+to\s+$", body[:m.start()], re.I):
                continue  # "asked to become observers": a wish, not a status
            orgs = orgs_between(st, s + m.end(), e)[:1] or orgs_between(st, s + m.start(), s + m.end())[:1]
            if not orgs and re.match(rf"\s*(?:since|from|for|(?:in\s+)?(?:{MONTH}\s+)?\d|,|\.|$)", text[s + m.end():e], re.I):
                orgs = recent_orgs(st, sent)[:1]  # "... and Moldova has been an observer since 2018."
            _add(out, list_subject(st, sent, s + m.start()), orgs, "observer", sent, 0.75)
        for m in scan(_APPOSITIVE, body, present, _NEEDS):
            before = [x for x in st.mentions if s <= x.start and x.end <= s + m.start() and mention_states(st, x)]
            if not before or text[before[-1].end:s + m.start()].strip():
                continue  # the appositive describes a state named right before the comma
            kind = m.group("kind").lower()
            if kind == "founder" and re.search(r"\b(?:never|not)\s+(?:\w+\s+){0,2}?(?:a\s+)?(?:full\s+)?(?:member|ratified|joined)\b", body[m.end():], re.I):
                continue  # "Ukraine, a founder of the CIS, never became a full member"
            status = "associate" if kind.startswith("associate") else "observer" if kind.startswith("observer") else "member"
            _add(out, states_between(st, before[-1].start, before[-1].end),
                 orgs_between(st, s + m.end(), min(e, s + m.end() + 60))[:1], status, sent, 0.75)
        for m in scan(_COMPRISES, body, present, _NEEDS):
            lo = clause_start(text, s, s + m.start())
            head_lo, head_hi = lo, s + m.start()
            orgs = orgs_between(st, lo, s + m.start())[-1:]
            if not orgs and re.search(r"\b(?:which|that)\s*$", text[s:lo]):  # "the CSTO, which groups ..."
                orgs = orgs_between(st, max(s, lo - 60), lo)[-1:]
                head_lo, head_hi = max(s, lo - 60), lo
            if not orgs and _IT_SUBJECT.fullmatch(text, lo, s + m.start()):
                orgs = recent_orgs(st, sent, back=1)[:1]  # "... a regional organization. It includes A, B and C."
            head = _head_words(st, head_lo, head_hi)
            leaders = _leaders_of_body(st, lo, s + m.start(), s + m.end())
            if leaders:
                skip, orgs = leaders
            elif not orgs or re.search(r"\b(?:summit|meeting|session|talks|council|forum|delegation|agenda|programme|program|list|group)s?\b",
                                       head.split(",")[-1] if "which" not in head else head, re.I):
                continue  # "the summit brought together the leaders of ...": participants, not members
            else:
                lead = re.match(r"(?:\w+\s+){0,2}?(?:states|countries|members|nations|republics)\s*(?:[-–—:(]|,\s*(?:namely\s+)?)\s*", text[s + m.end():e])
                skip = lead.end() if lead else 0
            _add(out, list_after(st, s + m.end() + skip, e), orgs, "member", sent, 0.7)
        for m in scan(_MEMBERS_NAMED, body, present, _NEEDS):
            orgs = orgs_between(st, max(s, s + m.start() - 25), s + m.start())[-1:]
            if orgs and not re.search(r"\b(?:non|former|ex)[\s-]*$", body[max(0, m.start() - 30):m.start()], re.I):
                status = (m.group("qual") or "member").lower()  # "EAEU observer states - A, B and C"
                _add(out, list_after(st, s + m.end(), e), orgs, status, sent, 0.7)
        for m in scan(_POSS_MEMBERSHIP, body, present, _NEEDS):
            if re.search(r"suspen|terminat|revok|ceas|\bend|bid|applica|appl(?:y|ied)|seek|sought|request|restor|candida", body, re.I):
                continue
            who = states_between(st, s + m.start("who"), s + m.end("who"))
            _add(out, who, orgs_between(st, s + m.end(), min(e, s + m.end() + 60))[:1], "member", sent, 0.7)
        for m in scan(_OUTSIDE, body, present, _NEEDS):
            orgs = orgs_between(st, s + m.start("o"), s + m.end("o"))
            _add(out, list_after(st, s + m.end(), e), orgs[:1], "non-member", sent, 0.7)
        for m in scan(_POSS_APPOSITIVE, body, present, _NEEDS):
            subj = list_subject(st, sent, s + m.start())  # the list right before the comma
            kind = m.group("kind").lower()
            orgs = orgs_between(st, s + m.start("org"), s + m.end("org") + 2)[:1]
            _add(out, subj, orgs, "observer" if kind.startswith("observer") else "member", sent, 0.7)
        for m in scan(_OUTSIDE_VERB, body, present, _NEEDS):
            orgs = [o for x in st.mentions if s + m.end() <= x.start < s + m.end() + 3
                    for o in [org_of(st, x)] if o in st.snapshot.focus_orgs][:1]
            if not orgs and re.match(r"(?:it|them)\b", text[s + m.end():e]):  # "... are outside it"
                orgs = orgs_between(st, s, s + m.start())[-1:] or recent_orgs(st, sent)[:1]
            _add(out, list_subject(st, sent, s + m.start()), orgs, "non-member", sent, 0.7)
        for m in scan(_TAKES_PART, body, present, _NEEDS):
            first = next((x for x in st.mentions if s + m.end() <= x.start < s + m.end() + 2), None)
            org = org_of(st, first) if first is not None and first.kind == "org" else None
            if org not in st.snapshot.focus_orgs or _MEETING_NOUN.match(text, first.end):
                continue  # "took part in the CIS summit" is attendance, not membership
            if re.search(r"\b(?:whether|if|considering|might|could|may|not|never)\b[^.;]{0,25}$", body[:m.start()], re.I):
                continue  # "considering whether to remain in the CIS"
            more = re.match(r"\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:(?:in|the)\s+)*", text[first.end:e])
            second = next((x for x in st.mentions if more and x.start == first.end + more.end() and x.kind == "org"), None)
            orgs = [org] + ([org_of(st, second)] if second is not None and org_of(st, second) in st.snapshot.focus_orgs
                            and not _MEETING_NOUN.match(text, second.end) else [])
            _add(out, list_subject(st, sent, s + m.start()), orgs, "member", sent, 0.7)
        for m in (scan(_MEMBERS_COLON, body, present, _NEEDS) if st.may_match(s, e, _MEMBERS_COLON_CUE) else ()):
            orgs = orgs_between(st, max(s, s + m.start() - 60), s + m.start())[-1:] or recent_orgs(st, sent)[:1]
            _add(out, list_after(st, s + m.end(), e), orgs, "member", sent, 0.7)
        for m in (scan(_COUNT_LIST, body, present, _NEEDS) if st.may_match(s, e, _COUNT_LIST_CUE) else ()):
            listed = _counted_list(st, number(m.group("n")), s + m.end(), e)
            if m.group("noun"):  # "the six-member alliance": an organization, not "a five-member delegation"
                orgs = orgs_between(st, s + m.start("noun"), s + m.end("noun"))[-1:]
                if not orgs and re.search(_ORG_NOUN, m.group("noun"), re.I):
                    orgs = recent_orgs(st, sent)[:1]
            elif re.fullmatch(r"states|countries|nations|republics", m.group("bare"), re.I) \
                    and "member" not in (body + (text[prev.start:prev.end] if prev else "")).lower():
                orgs = []  # "Four countries: A, B, C and D" is a member list only where members are spoken of
            elif m.group("org"):
                orgs = orgs_between(st, s + m.start("org"), s + m.end("org"))[:1]
            else:
                orgs = orgs_between(st, s, s + m.start())[-1:] or recent_orgs(st, sent)[:1]
            _add(out, listed, orgs, "observer" if m.group("obs") else "member", sent, 0.75)
        for m in scan(_POSS_EXIT, body, present, _NEEDS):
            if (m.group("adj") or "").strip().lower() not in ("", "formal") or re.search(
                    r"\b(?:would|could|might|may|will|if|whether|talk\s+of|threat|plans?\s+for)\b", body[max(0, m.start() - 30):m.start()], re.I) \
                    or re.search(r"\b(?:would|could|will|might)\b", body[m.end():m.end() + 40], re.I):
                continue  # "with Moldova's departure only nine would remain": a supposed exit
            if re.match(r"\s+(?:note|notice|notification|request|application|letter|bid|plan|process|procedure|papers|documents)\b", text[s + m.end():e], re.I):
                continue  # "Georgia's withdrawal note": a request on its way, not a completed exit
            who = states_between(st, s + m.start("who"), s + m.end("who"))
            orgs = orgs_between(st, s + m.end(), _clause_end(text, s + m.end(), min(e, s + m.end() + 60)))[:1] or recent_orgs(st, sent)[:1]
            dates = [d for d in st.dates if s + m.end() <= d.start < min(e, s + m.end() + 40) and d.year]
            when = st.date_context.resolve(dates[0]) if dates and st.date_context else None
            _add(out, who, orgs, "former", sent, 0.7, valid_from=when)
        for m in scan(_KEPT_BY, body, present, _NEEDS):
            listed = list_after(st, s + m.end(), e)
            if len(listed) >= 2:
                orgs = orgs_between(st, s, s + m.start())[-1:] or recent_orgs(st, sent)[:1]
                _add(out, listed, orgs, "member", sent, 0.65)
        for m in scan(_SIGNED_RENEWAL, body, present, _NEEDS):
            if re.search(r"\b(?:not|never|refus\w+|declin\w+|would|will|could|may|might|to)\s+(?:\w+\s+)?$", body[:m.start()], re.I):
                continue  # "refused to sign the prolongation protocol"
            orgs = orgs_between(st, s + m.end(), e)[:1] or orgs_between(st, s, s + m.start())[-1:] or recent_orgs(st, sent)[:1]
            _add(out, list_subject(st, sent, s + m.start()), orgs, "member", sent, 0.7)
        for m in scan(_BELONGED_UNTIL, body, present, _NEEDS):
            orgs = orgs_between(st, s + m.start(), s + m.end())[:1] or recent_orgs(st, sent)[:1]
            _add(out, list_subject(st, sent, s + m.start()), orgs, "former", sent, 0.7)
        for m in scan(_MEMBER_BARE, body, present, _NEEDS):
            if re.search(r"\b(?:not|never|no\s+longer)\b", body[max(0, m.start() - 15):m.start()], re.I):
                continue
            orgs = orgs_between(st, s + m.end(), min(e, s + m.end() + 8))[:1] or recent_orgs(st, sent)[:1]
            _add(out, list_subject(st, sent, s + m.start()), orgs, "member", sent, 0.7)
        for m in scan(_NOT_MEMBER_BARE, body, present, _NEEDS):
            _add(out, list_subject(st, sent, s + m.start()), recent_orgs(st, sent)[:1], "non-member", sent, 0.7)
        for m in scan(_FOUNDED_BY, body, present, _NEEDS):
            orgs = orgs_between(st, max(s, s + m.start() - 60), s + m.start())[-1:]
            _add(out, list_after(st, s + m.end(), e), orgs, "member", sent, 0.7)
        for m in scan(_FOUNDERS, body, present, _NEEDS):
            first = next((x for x in mentions_within(st, s + m.end(), min(e, s + m.end() + 50)) if org_of(st, x)), None)
            if first is None:
                continue
            stop = re.search(r",?\s+(?:signed|said|agreed|met|were|are|have|had|will|did|also)\b|[;.]\s", text[first.end:e])
            end = first.end + stop.start() if stop else e
            founders = states_between(st, first.end, end)
            for p in st.persons:  # "Russia's Vladimir Putin, ... and Lukashenko himself": each leader's state
                if first.end <= p.start < end:
                    pid = st.people.person_id(st.people.add(p.text, p.entity_id))
                    c = st.snapshot.state_of.get(pid)
                    if c and c not in founders:
                        founders.append(c)
            _add(out, founders, [org_of(st, first)], "member", sent, 0.7)
        for m in scan(_GROUP_OF, body, present, _NEEDS):
            orgs = [o for x in mentions_within(st, max(s, s + m.start() - 30), s + m.end()) for o in [org_of(st, x)] if o][-1:]
            listed = list_after(st, s + m.end(), e)
            named = [o for x in mentions_within(st, s + m.end(), min(e, s + m.end() + 120)) for o in [org_of(st, x)]
                     if o and x.kind == "org" and x.text.lower() not in ("group", "grouping", "bloc", "club", "alliance", "union")]
            if named and re.search(r"\b(?:known\s+(?:by\s+the\s+acronym|as)|called)\b", text[s + m.end():min(e, s + m.end() + 120)], re.I):
                orgs = named[:1]  # "the loose grouping of A, B and C, known by the acronym GUAM"
            _add(out, listed, orgs, "member", sent, 0.7)
        for m in scan(_TREATY_SIGNED_BY, body, present, _NEEDS):
            listed = list_after(st, s + m.end(), e)
            if len(listed) >= 2 and "accession" not in m.group(0).lower():
                orgs = [o for x in st.mentions if x.end > s + m.start() and x.start < s + m.end("what") for o in [org_of(st, x)]
                        if o in st.snapshot.focus_orgs][:1]  # "The treaty" itself, or the union it establishes
                _add(out, listed, orgs, "member", sent, 0.7)
        for m in scan(_SIGNED_TREATY_ON, body, present, _NEEDS):
            orgs = [o for x in mentions_within(st, s + m.end(), e)[:1] if x.start == s + m.end() for o in [org_of(st, x)]
                    if o in st.snapshot.focus_orgs]
            _add(out, list_subject(st, sent, s + m.start()), orgs, "member", sent, 0.7)
        for m in scan(_NEITHER_NOR, body, present, _NEEDS):
            states = states_between(st, s + m.start("a"), s + m.end("a")) + states_between(st, s + m.start("b"), s + m.end("b"))
            orgs = orgs_between(st, s + m.end(), e)[:1] or recent_orgs(st, sent)[:1]
            _add(out, states, orgs, "non-member", sent, 0.7)
        for m in scan(_ONE_OF, body, present, _NEEDS):
            if re.search(r"\b(?:not|never|no\s+longer)\s+$", body[max(0, m.start() - 12):m.start() + 4], re.I):
                continue
            subj = list_subject(st, sent, s + m.start() + (1 if m.group(0).startswith(",") else 0))
            al = _ALONGSIDE.search(text, s + m.end(), e)
            if al and subj and not text[s + m.end():al.start()].strip(" ,"):  # "..., alongside Belarus, Kazakhstan and Russia"
                subj = subj + list_after(st, al.end(), e)
            _add(out, subj, orgs_between(st, s + m.start("org") - 4, s + m.end("org") + 2)[:1], "member", sent, 0.75)
        for m in scan(_OBSERVER_OF, body, present, _NEEDS):
            orgs = orgs_between(st, s + m.start(), s + m.end())[:1] or orgs_between(st, s + m.end(), min(e, s + m.end() + 50))[:1] \
                or recent_orgs(st, sent)[:1]
            if m.group("verb").lower() in ("as", "is", "was", "became"):
                subj = list_subject(st, sent, s + m.start())
            else:  # the person who represents or heads it
                subj = [c for c in [person_state_before(st, sent, s + m.start())] if c]
            _add(out, subj, orgs, "observer", sent, 0.7)
        for m in scan(_OBSERVER_LIST, body, present, _NEEDS):
            stop = re.search(r"[.;]\s|\s(?:and|while|but)\s+(?:the\s+)?(?:full\s+)?members?\b", text[s + m.end():e])
            listed = states_between(st, s + m.end(), s + m.end() + stop.start() if stop else e)
            orgs = orgs_between(st, s, s + m.start())[-1:] or orgs_between(st, s + m.end(), e)[:1] or recent_orgs(st, sent)[:1]
            _add(out, listed, orgs, "observer", sent, 0.7)
        for m in scan(_JOINED, body, present, _NEEDS):
            if re.search(r"\b(?:not|never|refus\w+|reluctant|idea of|whether|might|could|may)\b", body[max(0, m.start() - 40):m.start()], re.I):
                continue
            orgs = orgs_between(st, s + m.end(), min(e, s + m.end() + 80))[:1]
            if orgs and re.search(r"[,;.]|\b(?:and|but|while|to|for|with)\b", text[s + m.end():next(
                    x.start for x in st.mentions if x.start >= s + m.end() and org_of(st, x) == orgs[0])]):
                orgs = []  # the object is something else: "joined the talks with the Eurasian Economic Union"
            if not orgs and re.match(r"\s*(?:$|[,.;]|in\b|on\b|it\b|them\b|the\s+(?:same|following|next)\s+year|later|too|as\s+well|last\s+year|a\s+year)", text[s + m.end():e], re.I):
                orgs = recent_orgs(st, sent)[:1]  # no object: "Armenia and Kyrgyzstan joined the same year"
            clause = re.search(r"[,;]|\s(?:and|but|while)\s|$", text[s + m.end():e])
            dates = [d for d in st.dates if s + m.end() <= d.start < s + m.end() + clause.start()]
            when = st.date_context.resolve(dates[0]) if dates and st.date_context else None
            _add(out, list_subject(st, sent, s + m.start()), orgs, "member", sent, 0.8, valid_from=when)
        for m in scan(_BELONGS, body, present, _NEEDS):
            if re.search(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$", body[max(0, m.start() - 20):m.start()], re.I):
                continue
            if m.group("it"):  # "... wrote Yerevan out of the bloc it still belongs to"
                orgs = orgs_between(st, max(s, s + m.start() - 40), s + m.start())[-1:]
                subj = states_between(st, s, s + m.start())[-1:]
            else:
                orgs = orgs_between(st, s + m.end(), min(e, s + m.end() + 60))[:1]
                subj = list_subject(st, sent, s + m.start())
            _add(out, subj, orgs, "member", sent, 0.7)
        for m in scan(_NTH_AFTER, body, present, _NEEDS):
            stop = re.search(r"[.;:]\s|\s[-–—]\s|,\s+(?:which|who|when|while|but)\b", text[s + m.end():e])
            listed = states_between(st, s + m.end(), s + m.end() + stop.start() if stop else e)
            orgs = orgs_between(st, s + m.start(), s + m.end()) or orgs_between(st, s, e)[:1] or recent_orgs(st, sent)[:1]
            _add(out, listed + list_subject(st, sent, s + m.start()), orgs[:1], "member", sent, 0.7)
        for m in scan(_IN_NOT_IN, body, present, _NEEDS):
            subj = list_subject(st, sent, s + m.start())
            yes = orgs_between(st, s + m.start("yes"), s + m.end("yes"))
            no = orgs_between(st, s + m.end(), min(e, s + m.end() + 40))
            _add(out, subj, yes[:1], "member", sent, 0.7)
            _add(out, subj, [o for o in no[:1] if o not in yes], "non-member", sent, 0.75)
        for m in scan(_NON_MEMBER_NOUN, body, present, _NEEDS):
            after = states_between(st, s + m.end(), min(e, s + m.end() + 30))
            orgs = orgs_between(st, s, e)
            if after and orgs:
                _add(out, after[:1], orgs[-1:], "non-member", sent, 0.7)
        for m in scan(_RELUCTANT, body, present, _NEEDS):
            subj = states_between(st, clause_start(text, s, s + m.start()), s + m.start())
            if not subj:  # "Azerbaijan has ... but has been reluctant to join": the sentence's subject
                first = next((x for x in st.mentions if s <= x.start < s + m.start() and x.kind == "state"), None)
                if first is not None and not text[s:first.start].strip(" \"'“"):
                    subj = [first.key]
            orgs = orgs_between(st, s + m.end(), e) or recent_orgs(st, sent)
            _add(out, subj, orgs, "non-member", sent, 0.7)
        for m in scan(_MEMBER_LIST, body, present, _NEEDS):
            orgs = (orgs_between(st, max(s, s + m.start() - 40), s + m.end() + 5) or orgs_between(st, s, s + m.start())
                    or recent_orgs(st, sent))
            stop = re.search(r"[.;]\s|\s(?:and|as well as)\s+(?:the\s+)?(?:observer|associate)", text[s + m.end():e])
            end = s + m.end() + stop.start() if stop else e
            # a list of people with their roles ("Secretary of the Security Council of Armenia A. B.")
            # names states inside role phrases: those are not a list of member states
            roles = [(r.start, r.person.end) for r in st.roles if s <= r.start < e]
            listed = [c for c in states_between(st, s + m.end(), end)
                      if any(not any(ra <= mm.start < rb for ra, rb in roles) for mm in st.mentions
                             if mm.kind == "state" and mm.key == c and s + m.end() <= mm.start < end)]
            first = next((x for x in st.mentions if s + m.end() <= x.start < end and mention_states(st, x)), None)
            if first is not None and not re.match(r"\s*(?:(?:the|including|such\s+as|namely|are|were|both|all|of\s+them)\s+)*$",
                                                  text[s + m.end():first.start], re.I):
                listed = []  # "its member states, of the one part, and Singapore": no list follows
            _add(out, listed, orgs[:1], "member", sent, 0.75)
        for m in scan(_FOUNDED, body, present, _NEEDS):
            if re.search(r"\b(?:that|which)\s+$", body[:m.start()]):
                continue  # "the 1991 agreement that founded it": the agreement did
            subj = list_subject(st, sent, s + m.start())
            if m.group("named") is not None:
                orgs = [key(x) for x in mentions_within(st, s + m.end(), e)[:1] if x.kind == "org" and x.start == s + m.end()
                        and key(x) in st.snapshot.focus_orgs]
            else:
                orgs = orgs_between(st, s + m.start(), e)[:1] or recent_orgs(st, sent)[:1]
            _add(out, subj, orgs, "member", sent, 0.7)
        for m in scan(_AS_MEMBERS, body, present, _NEEDS):
            lo = max(s, s + m.start() - 80)
            listed = states_between(st, lo, s + m.start())
            orgs = orgs_between(st, s, s + m.start()) or orgs_between(st, s + m.end(), e)
            _add(out, listed, orgs[-1:], "member", sent, 0.75)
        for m in (scan(_CEASED, body, present, _NEEDS) if st.may_match(s, e, _CEASED_CUE) else ()):
            if (re.search(r"\b(?:not|never|would|will|could|may|might|threat\w*|plan\w*|to|start|begin)\s+$", body[max(0, m.start() - 20):m.start()], re.I)
                    and not re.search(r"\bonly\s+to\s+$", body[max(0, m.start() - 20):m.start()], re.I)) \
                    or re.search(r"\b(?:no|not|never|without)\s+(?:\w+\s+){0,2}(?:of\s+)?$", body[max(0, m.start() - 30):m.start()], re.I):
                continue  # "no notice of withdrawal from the organisation has been filed"
            subj = list_subject(st, sent, s + m.start())
            after = next((x for x in mentions_within(st, s + m.end(), min(e, s + m.end() + 60)) if org_of(st, x)), None)
            if after is not None and after.kind == "body" and after.start - (s + m.end()) < 12:
                continue  # "left the CIS Council of Defence Ministers": a body, not the organization
            orgs = (orgs_between(st, s + m.start(), s + m.end()) or orgs_between(st, s + m.end(), min(e, s + m.end() + 60))[:1]
                    or (["CST"] if re.match(r"[^.;,]{0,45}\btreaty\b", text[s + m.start():e], re.I)
                        and "CST" in st.snapshot.focus_orgs else [])  # "left the original 1992 treaty"
                    or orgs_between(st, s, s + m.start())[-1:] or recent_orgs(st, sent)[:1])[:1]
            if _CAME_BACK.search(text, s + m.end(), e):
                continue  # "left the grouping in 1999, but returned in 2006": not outside now
            al = _ALONGSIDE.search(text, s + m.end(), min(e, s + m.end() + 60))
            if al and subj:  # "Georgia and Azerbaijan left the treaty in 1999, together with Uzbekistan"
                subj = subj + list_after(st, al.end(), e)
            dates = [d for d in st.dates if s + m.end() <= d.start < min(e, s + m.end() + 40) and d.year]
            when = st.date_context.resolve(dates[0]) if dates and st.date_context else None
            _add(out, subj, [org_then(st, o, when) for o in orgs], "former", sent, 0.75)
        for m in scan(_SUSPENDED, body, present, _NEEDS):
            if re.search(r"\b(?:request|asked|ask|wants?|seek\w*)\b", body[max(0, m.start() - 40):m.start()], re.I) and "agreed" not in body[:m.start()]:
                continue
            if re.search(r"\band\s+(?:later\s+|then\s+|formally\s+|finally\s+)*(?:left|quit|withdrew)\b", body[m.end():], re.I):
                continue  # "suspended its participation in 2002 and formally left the group": the exit stands
            subj = (list_subject(st, sent, s + m.start()) or states_between(st, s + m.start(), s + m.end() + 5)[:1]
                    or states_between(st, s, e)[:1])
            # the organization named after it, or in the main clause (not in "which left the treaty"), or before
            rel = [(r.start(), r.end()) for r in re.finditer(r",\s*(?:which|who)\b[^,;]*,", body)]
            cut = re.search(r"[;:]|\s[-–—]\s|$", text[s + m.end():e])
            orgs = orgs_between(st, s + m.end(), s + m.end() + cut.start())[:1] or [
                o for o in orgs_between(st, s, s + m.start())
                if not any(a <= x.start - s < b for a, b in rel for x in st.mentions
                           if s <= x.start < s + m.start() and org_of(st, x) == o)][:1] or recent_orgs(st, sent)[:1]
            dates = [d for d in st.dates if s + m.end() <= d.start < min(e, s + m.end() + 30) and d.year]
            when = st.date_context.resolve(dates[0]) if dates and st.date_context else None
            _add(out, subj[:1], [standing_org(st, o, when or st.as_of) for o in orgs], "suspended", sent, 0.75, valid_from=when)
        for m in scan(_ASSOCIATE, body, present, _NEEDS):
            before = [x for x in mentions_within(st, s, s + m.start()) if mention_states(st, x)]
            if before and re.fullmatch(r",\s*|\s+as\s+", text[before[-1].end:s + m.start()]):
                subj = states_between(st, before[-1].start, before[-1].end)  # "..., and Turkmenistan, an associate member"
            else:
                subj = list_subject(st, sent, s + m.start()) or states_between(st, clause_start(text, s, s + m.start()), s + m.start())
            orgs = orgs_between(st, s, e)[:1] or recent_orgs(st, sent)[:1]
            dates = [d for d in st.dates if s + m.end() <= d.start < e and d.year]
            _add(out, subj, orgs, "associate", sent, 0.7, valid_from=dates[0].date if dates else None)
        for m in (scan(_NOT_JOINED, body, present, _NEEDS) if st.may_match(s, e, _NOT_JOINED_CUE) else ()):
            subj = list_subject(st, sent, s + m.start())
            if re.search(r"part\s+of$", m.group(0), re.I):  # "not part of Moscow-led military cooperation" names no organization
                orgs = [o for x in mentions_within(st, s + m.end(), min(e, s + m.end() + 20)) for o in [org_of(st, x)]
                        if o in st.snapshot.focus_orgs][:1]
                if orgs:  # "never part of the CSTO or the Eurasian Economic Union"
                    first = next(x for x in mentions_within(st, s + m.end(), e) if org_of(st, x) == orgs[0])
                    more = re.match(r"\s*,?\s*(?:or|nor|and)\s+(?:the\s+)?", text[first.end:e])
                    nxt = next((x for x in mentions_within(st, first.end, e) if more and x.start == first.end + more.end()
                                and org_of(st, x) in st.snapshot.focus_orgs), None)
                    if nxt is not None:
                        orgs.append(org_of(st, nxt))
            elif re.search(r"out\s+of$", m.group(0), re.I):  # "kept out of its successor, the CSTO, as well as the EAEU"
                orgs = orgs_between(st, s + m.end(), _clause_end(text, s + m.end(), e))[:3] or recent_orgs(st, sent)[:1]
            else:
                # the organization may stand inside the match: "never ratified the Commonwealth's charter"
                orgs = orgs_between(st, s + m.start(), _clause_end(text, s + m.end(), e))[:1] or recent_orgs(st, sent)[:1]
            _add(out, subj, orgs, "non-member", sent, 0.7)
        for m in scan(_APPLICANT, body, present, _NEEDS):
            if re.search(r"\b(?:not|never)\b", body[max(0, m.start() - 15):m.start()], re.I) \
                    or re.search(r"\bneither\b[^.;]*\bnor\b", body[:m.start()], re.I):
                continue
            subj = list_subject(st, sent, s + m.start()) or [
                c for c in [person_state_before(st, sent, s + m.start())] if c]  # "Kyrgyz President X signed ..."
            orgs = orgs_between(st, s + m.end(), e)[:1]
            if not orgs and not re.match(r"\s*(?:the\s+)?(?-i:[A-Z])", text[s + m.end():e]):
                orgs = recent_orgs(st, sent)[:1]  # not "plans to join NATO" or "the World Trade Organization"
            _add(out, subj, orgs, "applicant", sent, 0.7)
        if st.may_match(s, e, _EXIT_PLAN_CUE):
            planned += _planned_exits(st, sent, present)
        for m in (scan(_FORMER_MEMBER, body, present, _NEEDS) if st.may_match(s, e, _FORMER_MEMBER_CUE) else ()):
            who = [key(x) for x in st.mentions if x.start == s + m.end() and x.kind == "state"][:1]
            orgs = orgs_between(st, s, s + m.start())[-1:] or recent_orgs(st, sent)[:1]
            _add(out, who, orgs, "former", sent, 0.7)
        for m in scan(_SUCH_STATUS, body, present, _NEEDS):
            if _observer_status_before(st, sent, s + m.start()):
                orgs = orgs_between(st, s, s + m.start())[-1:] or recent_orgs(st, sent)[:1]
                _add(out, list_subject(st, sent, s + m.start()), orgs, "observer", sent, 0.7)
        prev = sent
    gone = {(x[0], x[1]) for x in out if x[2] == "former"}
    out += [x for x in planned if (x[0], x[1]) not in gone]
    stated = {(x[0], x[1]) for x in out if x[2] != "member"}
    return out + [x for x in _counted_members(st) if (x[0], x[1]) not in stated]


def _counted_members(st: DocState) -> list[tuple]:
    """Member observations from a count of an organization's members ("all six member states sent
    delegations", "five of the bloc's six members") or from its members spoken of as a whole ("the
    Heads of GUAM States") where the article names every member: the count agrees with the
    reference data for the article's date, and the states the article names include all the
    members then (of the organization standing then: "the treaty" of 1992 read in
    2017 is the CSTO). The count is the statement; the names make the members known
    (a state the text gives another status, "suspended", keeps that one: the caller drops it)."""
    day = st.as_of.start if st.as_of else None
    if day is None:
        return []
    said = [(c.start, standing_org(st, c.orgs[0], st.as_of), c.count) for c in st.claims
            if c.type == "count" and not c.groups and c.status in (None, "member") and c.orgs and c.count]
    said += [(m.start, key(m), None) for m in st.mentions if m.kind == "org" and _members_as_whole(st, m)]
    out: list[tuple] = []
    named: list[str] | None = None
    for pos, org, n in said:
        sent = st.sentence_of(pos)
        if sent is None or sent.section not in ("body", "title", "caption"):
            continue
        everyone = [x for (o, x) in st.snapshot.memberships if o == org and st.snapshot.status_on(o, x, day) == "member"]
        if len(everyone) < 2 or n not in (None, len(everyone)):
            continue
        if named is None:
            named = _named_states(st)
        if all(x in named for x in everyone):
            _add(out, everyone, [org], "member", sent, 0.6)
    return out


def _members_as_whole(st: DocState, m) -> bool:
    """Whether the organization mention `m` stands in "the Heads of GUAM States": the leaders of
    all its member states. ("The EAEU member states" alone is not enough: news uses it for the
    union's members in general, and the readings of such texts list no members.)"""
    return bool(re.search(r"\bheads\s+of\s+(?:the\s+)?$", st.text[max(0, m.start - 12):m.start], re.I)
                and re.match(r"\s+(?:member\s+)?states\b", st.text[m.end:m.end + 20], re.I))


def _named_states(st: DocState) -> list[str]:
    """The states the article's own text names: by name, demonym, capital or group, or through a
    known person or a meeting's participants."""
    own = [(x.start, x.end) for x in st.sentences if x.section in ("body", "title", "caption")]
    out: list[str] = []
    for m in st.mentions:
        if any(a <= m.start < b for a, b in own):
            out += [c for c in (mention_states(st, m) or ([key(m)] if m.kind == "demonym" else [])) if c not in out]
    for p in st.persons:
        c = st.snapshot.state_of.get(p.entity_id) if p.entity_id else None
        if c and c not in out and any(a <= p.start < b for a, b in own):
            out.append(c)
    for d in st.meetings:
        out += [p.state for p in d.participants if p.state and p.state not in out]
    return out


def _planned_exits(st: DocState, sent, present: frozenset[str]) -> list[tuple]:
    """Member observations of states said to plan an exit ("Armenia plans to leave the CSTO") in
    `sent`, unless the sentence says the exit took effect or the plan is denied or doubted."""
    out: list[tuple] = []
    s, e = sent.start, sent.end
    body = st.text[s:e]
    if _EXIT_DONE.search(body):
        return out
    for m in scan(_EXIT_PLAN, body, present, _NEEDS):
        if re.search(r"\b(?:no|not|never|if|whether|might|could|may|doubt\w*|denie\w*)\b[^.;]{0,30}$", body[:m.start()], re.I):
            continue  # "denied that Yerevan planned to leave the CSTO"
        orgs = [o for x in st.mentions if s + m.end() <= x.start < min(e, s + m.end() + 30) for o in [org_of(st, x)]
                if o in st.snapshot.focus_orgs][:1]  # the object of the exit: "leave the Russian-led CSTO"
        subj = list_subject(st, sent, s + m.start()) or [c for c in [subject_state(st, sent, s + m.start())] if c]
        _add(out, subj, orgs, "member", sent, 0.7)  # "X is in the process of leaving Y": still a member
    return out


def _observer_status_before(st: DocState, sent, pos: int) -> bool:
    """Whether "observer" is said in the two sentences before `sent` or in `sent` before `pos`:
    what "such status" there refers to."""
    i = st.sentences.index(sent)
    lo = st.sentences[max(0, i - 2)].start
    return "observer" in st.text[lo:pos].lower()


# Words without which a pattern cannot match: a pattern runs on a sentence only when one of its
# words is in it (a test checks that the dev set reads the same with and without this).
_NEEDS = {
    _NOT_MEMBER: ("not",), _NEITHER: ("neither",), _MEMBER: ("member",), _OBSERVER: ("observer",),
    _OBSERVER_LIST: ("observer",), _OBSERVER_OF: ("observer",), _JOINED: ("join", "acced", "admitted", "member", "return"),
    _NTH_AFTER: ("after",), _IN_NOT_IN: ("not",), _NON_MEMBER_NOUN: ("non",), _RELUCTANT: ("join", "particip"),
    _MEMBER_LIST: ("member",), _FOUNDED: ("found", "creat", "set", "establish", "formed"), _AS_MEMBERS: ("members",),
    _CEASED: ("cease", "stop", "walk", "drop", "pull", "left", "quit", "exit", "withdr", "declin", "refus", "chose",
              "not", "fail", "lapse", "longer"),
    _SUSPENDED: ("suspend",), _ASSOCIATE: ("associate",), _NOT_JOINED: ("not", "never", "stay", "remain"),
    _APPLICANT: ("join", "appl", "accession"), _BELONGS: ("belong",), _APPOSITIVE: ("member", "observer", "founder"),
    _COMPRISES: ("compris", "group", "includ", "together", "unite", "uniting", "consist", "made", "composed"),
    _MEMBERS_NAMED: ("member", "states", "countries", "heads", "leaders"), _POSS_MEMBERSHIP: ("membership",), _OUTSIDE: ("outside",),
    _POSS_APPOSITIVE: ("member", "observer"), _OUTSIDE_VERB: ("outside",), _TAKES_PART: ("particip", "part", "remain", "stay"),
    _MEMBERS_COLON: ("members", "alliance", "bloc", "union", "group", "club"), _POSS_EXIT: ("exit", "withdrawal", "departure"), _ONE_OF: ("one",), _MEMBER_BARE: ("member",), _NOT_MEMBER_BARE: ("member",), _FOUNDED_BY: ("launch", "found", "creat", "set", "establish", "formed"),
    _FOUNDERS: ("found",), _COUNT_LIST: ("member", "nation", "countr", "state", "republic", "observer"), _BELONGED_UNTIL: ("until",), _KEPT_BY: ("renew", "extend", "prolong", "leaving"), _SIGNED_RENEWAL: ("signed",), _GROUP_OF: ("group", "bloc", "club", "alliance", "union"), _NEITHER_NOR: ("neither",), _TREATY_SIGNED_BY: ("signed",), _SIGNED_TREATY_ON: ("signed",),
    _EXIT_PLAN: ("leav", "quit", "exit", "withdraw", "pull"), _FORMER_MEMBER: ("member",), _SUCH_STATUS: ("status",),
}

# Cues (see DocState.may_match) of patterns whose guard words above are common ("state", "not", "left"): each
# holds what every match of its pattern holds, and a sentence without it is not scanned for the pattern.
_MEMBERS_COLON_CUE = re.compile(":")
# a count before a members' noun: "six-member", "five member states", "nine full members"
_COUNT_LIST_CUE = re.compile(rf"{NUM}(?:-(?:member|nation|country|state)|"
                             r"\s+(?:(?:full|active|founding|current)\s+)?(?:member|states|countries|nations|republics|observer))")
_CEASED_CUE = re.compile(r"extend|renew|prolong|lapse|ceased|ceases|stopped|(?:walk|walked|drop|dropped|pull|pulled)\s+out|"
                         r"(?:left|quit|exited)\s|withdr|no\s+longer")
_FORMER_MEMBER_CUE = re.compile(r"(?:one-?time|former|ex-)\s*(?:full\s+)?member")
_NOT_JOINED_CUE = re.compile(r"(?:not|never)\s+(?:yet\s+)?(?:applied|joined|been|ratified)|(?:not|never)\s+(?:a\s+)?part\s|"
                             r"not\s+joining|never\s+(?:came|come|belonged|signed|returned)|(?:kept|keeps|keep)\s+out|"
                             r"stays?\s+out|remains?\s+outside")


_ORG_NOUN = r"\b(?:alliance|bloc|union|grouping|group|organi[sz]ation|commonwealth|community|pact|club)$"


def _counted_list(st: DocState, n: int | None, pos: int, end: int) -> list[str]:
    """The states listed from `pos` up to the end of the apposition (a closing dash, bracket or
    full stop), if there are exactly `n` of them; else none: a count that does not match the
    list is not a list of all the members."""
    stop = re.search(r"[.;)]\s|\s[-–—]\s|$", st.text[pos:end])
    for listed in (list_after(st, pos, pos + stop.start()), states_between(st, pos, pos + stop.start())):
        if len(listed) == n:
            return listed
    return []


def _head_words(st: DocState, a: int, b: int) -> str:
    """The words in [a, b) with a generic noun that only completes an organization's name
    dropped ("the GUAM group consisting of ..." is the organization, not a contact group)."""
    out, at = [], a
    for x in mentions_within(st, a, b):
        g = re.match(r"\W{0,2}\s*(?:group|grouping)\b", st.text[x.end:b], re.I) if x.kind == "org" else None
        if g:
            out.append(st.text[at:x.end])
            at = x.end + g.end()
    return "".join(out) + st.text[at:b]


def _leaders_of_body(st: DocState, lo: int, verb: int, obj: int):
    """For "the council comprises the heads of state of A, B and C", when the clause's subject is a
    standing body of a focus organization and the verb describes its make-up: how many characters
    the leaders' phrase takes and the body's organization; else None."""
    body = [x for x in mentions_within(st, lo, verb) if x.kind == "body"][-1:]
    lead = _LEADERS_OF.match(st.text, obj)
    if not body or not lead or st.text[body[0].end:verb].strip() or not _BODY_OF_LEADERS.fullmatch(st.text, verb, obj):
        return None
    org = org_of(st, body[0])  # "Collective Security Council" may be read as the treaty's: the body standing now
    return (lead.end() - obj, [standing_org(st, org, st.as_of)]) if org in st.snapshot.focus_orgs else None


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause that goes on at `pos` ends: "never came back; Georgia, which also quit the CIS" stops at ";"."""
    m = re.search(r"[;:]|\s[-–—]\s|,\s+(?:and|but|while|whereas)\b|\.\s", text[pos:end])
    return pos + m.start() if m else end


def _add(out, states, orgs, status, sent, conf, evidence=None, valid_from=None):
    a, b = evidence or (sent.start, sent.end)
    for org in orgs:
        for state in states:
            out.append((state, org, status, a, b, conf, valid_from))
