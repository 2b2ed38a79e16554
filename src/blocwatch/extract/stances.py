"""Stances of states towards organizations: vetoes of another state's accession, refusals to
join, suspended participation, applications and withdrawals; and chairmanships taken over."""

from __future__ import annotations

import re

from .clauses import ASIDE, GUARDS, mentions_within, words_in, scan, clause_start, list_after, list_subject, org_key, org_then, orgs_between, person_state_before, recent_orgs, standing_org, states_between, subject_or_demonym, subject_state
from ..model import PartialDate
from .state import DocState

_VETO = re.compile(r"\b(?:promised|promises|threatened|threatens|threatening|vowed|vows|pledged|pledges|"
                   r"said\s+it\s+would|says\s+it\s+will|would|will|could|intends?\s+to|plans?\s+to)\s+(?:to\s+)?veto\b|"
                   r"\bveto(?:ed|es)\b|\b(?:used|uses|using|wielded|wields|exercised|exercises)\s+(?:its|their|a)\s+veto\b|"
                   r"\b(?:blocked|blocks|blocking)\b(?=[^.]{0,60}\b(?:accession|membership|joining|bid)\b)", re.I)
_JOIN_OF = re.compile(r"\b(?:joining|join|accession\s+to|membership\s+(?:of|in)|bid\s+to\s+join|entry\s+into)\s+(?:the\s+)?", re.I)
_REFUSE = re.compile(r"\b(?:refused|refuses|refuse|declined|declines|rejected|rejects)\s+(?:outright\s+)?to\s+(?:join|participate\s+in|become\s+a\s+member\s+of|take\s+part\s+in)\b|"
                     r"\b(?:will|would)\s+never\s+join\b|\b(?:has|have|had)\s+no\s+(?:plans?|intention)\s+(?:to|of)\s+(?:join(?:ing)?|go(?:ing)?\s+back\s+(?:in)?to|return(?:ing)?\s+to|rejoin(?:ing)?)\b|"
                     r"\b(?:rules?|ruled|ruling)\s+out\s+(?:joining|a\s+return\s+to|returning\s+to|membership\s+(?:of|in))\b|"
                     r"\b(?:would|will|does|do|did)\s+not\s+join\b|\b(?:does|do|did)\s+not\s+(?:currently\s+)?(?:plan|intend|want|wish|consider)\s+(?:to\s+)?(?:join|participat(?:e|ing)\s+in)\b|\bjoin\s+neither\b|\bwouldn['’]t\s+join\b|\b(?:is|are|was)\s+not\s+interested\s+in\s+joining\b|"
                     r"\b(?:turned|turns|turning)\s+down\s+(?:an?\s+|the\s+)?(?:invitations?|offers?|proposals?)\s+to\s+join\b|\b(?:declined|declines|rejected|rejects)\s+(?:an?\s+|the\s+)?(?:invitations?|offers?|proposals?)\s+to\s+join\b|"
                     r"\b(?:rejected|rejects|rejecting)\s+(?:full\s+)?membership\s+(?:of|in)\b|\b(?:is|are|was)\s+not\s+going\s+to\s+join\b|"
                     r"\b(?:has|have|had)\s+no\s+(?:plans?|intention)\s+(?:to|of)\s+becom(?:e|ing)\s+a\s+(?:full\s+)?member\s+of\b", re.I)
_STAY_OUT = re.compile(r"\bstay(?:s|ing|ed)?\s+out\s+of\b|\bwill\s+not\s+join\b|\bwon['’]t\s+join\b", re.I)
_UNLIKELY = re.compile(r"\b(?:little|no|small|slim)\s+(?:likelihood|likelyhood|likelihod|chance|prospect)\s+that\b", re.I)
_WILL_JOIN = re.compile(r"\b(?:will|would)\s+(?:ever\s+)?(?:do\s+so|join)\b", re.I)
_SUSPEND = re.compile(r"\b(?:suspended|suspends|suspending|suspend|froze|freezes|freeze|frozen|halted)[”’']?\s+(?:its\s+|their\s+|(?P<his>his|her)\s+(?:country['’]s|government['’]s)\s+)?(?:participation|membership|activities|involvement)(?:\s+in\b)?|\b(?:stopped|stops|ceased)\s+(?:taking\s+part|participating|to\s+take\s+part|attending)\s+(?:in\s+)?", re.I)
_LEAVE_INTENT = re.compile(r"\b(?:procedure|decision|plan|intention|bid|process)\s+(?:\w+\s+){0,4}?to\s+(?:leave|quit|exit|withdraw\s+from|abandon)\b|\brecall(?:ed|ing|s)?\s+(?:all\s+(?:of\s+)?)?(?P<who2>\w+)['’]s\s+(?:representatives|envoys|delegates|officials)\s+from\b|\brecall(?:ed|ing|s)?\s+(?:all\s+)?its\s+(?:representatives|envoys|delegates)\s+from\b|\brecall(?:ed|ing|s)?\s+(?:all\s+)?(?P<dem>(?-i:[A-Z])\w+)\s+(?:representatives|envoys|delegates)\s+from\s+(?:all\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?bodies\b|\b(?:intends?|plans?|planning|decided|decides|voted|vowed|announced|wants?|would|will|to\s+start\s+the\s+procedure)\s+(?:\w+\s+){0,3}?to\s+(?:leave|quit|exit|withdraw\s+from|take\s+(?:the\s+country|it|\w+)\s+out\s+of|pull\s+(?:the\s+country\s+|it\s+)?out\s+of)\b|\bwould\s+quit\b|\b(?:procedure|process)\s+(?:of|for)\s+(?:leaving|withdrawing|exiting|quitting)\b|\b(?:will|shall|is\s+going\s+to)\s+(?:definitely\s+|eventually\s+|soon\s+)?(?:leave|quit|exit|withdraw\s+from)\b|\bto\s+end\s+(?P<who>\w+)['’]s\s+participation\s+in\b|\b(?:ended|ends)\s+(?:its|their)\s+participation\s+in\b|\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|declared|confirmed)\s*,?\s*that\s+(?P<who3>(?:[\w’'-]+\s+){1,3}?)would\s+(?:leave|quit|exit|withdraw\s+from)\b(?![^.;]{0,40}\b(?:if|unless)\b)", re.I)
_SUSPEND_POSS = re.compile(r"\bsuspend(?:s|ed|ing)?\s+(?P<who>\w+)['’]s\s+(?:membership|participation)\b", re.I)
_SEEK = re.compile(r"\b(?:seek|seeks|sought|seeking|request(?:ed|s)?|asked\s+for|applied\s+for)\s+(?:full\s+)?(?:observer\s+status|membership|accession)\b|\bdecision\s+to\s+seek\b|\bapplied\s+to\s+(?:join|become)\b|\bmov(?:ed|es|ing)\s+towards\s+(?:full\s+)?(?:observer\s+status|membership)\b|\b(?:obtaining|to\s+obtain)\s+(?:the\s+)?(?:status\s+of\s+(?:an\s+)?observer|observer\s+status)\b|"
                   r"\bseek(?:s|ing)?\s+(?:the\s+same|that|this|similar)\s+status\b", re.I)
_BLOCK = re.compile(r"\b(?:blocked|blocks|blocking|vetoed|vetoes)\s+(?:the\s+)?(?:appointment|decision|nomination|candidacy|candidate|declaration|document)\b", re.I)
_WITHDRAW = re.compile(r"\b(?:withdrew|withdraws|withdraw|withdrawn|pulled\s+out|quit|quits|left|leaves|exit(?:ed)?)\s+(?:from\s+|of\s+)?(?:the\s+)?(?=(?-i:[A-Z]))|\bwalked\s+out\b(?!\s+of\s+(?:the\s+)?(?:talks|meeting|session|summit|hall|room))|\b(?:announced|announces|completed)\s+(?:its\s+)?withdrawal\s+from\b", re.I)
_APPLY = re.compile(r"\b(?:applied|applies|apply)\s+(?:to\s+join|for\s+(?:full\s+)?membership|for\s+observer\s+status)|\bsubmitted\s+(?:an?\s+|its\s+)?(?:application|bid)\b|\bapplication\s+to\s+join\b|\bsigned\s+(?:the|an|its|his\s+country['’]s|her\s+country['’]s|their\s+countries['’]|(?-i:[A-Z])\w+['’]s)\s+(?:(?:own\s+)?accession\s+(?:treaty|agreement)|(?:treaty|agreement)\s+(?:on|of)\s+(?:(?:his|her|its|their)\s+(?:country['’]s\s+|countries['’]\s+)?)?accession)\b|\bhopes?\s+to\s+sign\s+(?:its|their|the)\s+(?:own\s+)?accession\s+(?:treaty|agreement)\b|\b(?:formally\s+)?(?:asked|requested|applied)\s+to\s+(?:join|become\s+(?:a\s+member|an?\s+observer|observers))\b|\bformally\s+applied\b|"
                    r"\b(?:asked|asks|urged|urges|requested|called\s+on)\s+(?:[\w-]+\s+){0,4}?to\s+(?:sign|ratify|approve)\s+(?:his|her|its|their)\s+(?:country['’]s\s+|countries['’]\s+)?(?:own\s+)?accession\s+(?:treaty|agreement)\b|"
                    r"\b(?:applied|applies|apply)\s+to\s+(?:the\s+)?(?=(?-i:[A-Z]))[^.;]{0,50}?\bfor\s+(?:full\s+|observer\s+)?(?:membership|observer|accession)", re.I)
# "asked the union's council to grant Moldova observer status": a request made for the state named after "grant"
_ASK_GRANT = re.compile(r"\b(?:asked|asks|requested|requests|petitioned|appealed\s+to)\s+(?:[\w'’-]+\s+){0,6}?to\s+grant\s+(?:"
                        r"(?P<who>(?:the\s+)?(?:Republic\s+of\s+)?(?-i:[A-Z])[\w-]+)\s+(?:the\s+)?(?:status\s+of\s+(?:an\s+)?observer|observer\s+status|(?:full\s+)?membership)|"
                        r"(?:the\s+)?(?:status\s+of\s+(?:an\s+)?observer|observer\s+status|(?:full\s+)?membership)\s+to\s+(?P<who2>(?:the\s+)?(?:Republic\s+of\s+)?(?-i:[A-Z])[\w-]+))", re.I)
# "Tehran's request was filed in August": a state's (or its capital's) request to an organization
_REQUEST = re.compile(r"\b(?P<who>(?-i:[A-Z])\w+['’]s|his|her)\s+(?:formal\s+|membership\s+|accession\s+)?(?:request|application|bid)\b(?!\s+(?:to\s+host|for\s+(?:a\s+)?(?:loan|credit|aid|help|extradition)))", re.I)
# "Tbilisi hopes to be invited to join NATO", "Armenia will join the customs union": stated intent to join
_ASPIRE = re.compile(r"\b(?:hopes?|hoped|hoping|seeks?|seeking|sought|wants?|wanted|aims?|aimed|aspires?|aspired|strives?|intends?|intended|plans?|planned|planning|decided|decides|wishes|wished|(?:is|are|was)\s+(?:eager|keen|determined))\s+(?:\w+\s+){0,4}?to\s+join\b|\bwill\s+join\b|\bvot(?:ed|es)\s+(?:on\s+\w+\s+|\w+ly\s+)?to\s+join\b|\bmade\s+joining\b|\b(?:aspirations?|ambitions?|goal|bid|intention)\s+(?:of|to)\s+join(?:ing)?\b", re.I)
# what may stand between "join" and the organization joined ("join the Moscow-led ...")
_JOIN_GLUE = re.compile(r"\s*(?:the\s+)?(?:[\w]+-led\s+)?")
# what may follow the organization joined: not "join the CSTO summit / exercises / 's force" ("made
# joining NATO its main goal", "join the treaty signed in Tashkent")
_JOIN_END = re.compile(r"\s*(?:[.,;:)\"”’]|$|(?:in|as|by|on|at|and|or|before|after|next|this|within|until|from|with|soon|eventually|once|when|if|because|to|but|while|its|their|signed|founded|created)\b|[-–—])")
# "let its membership of the treaty lapse", "refused to extend it", "dropped out": a treaty left to lapse
_LAPSE = re.compile(r"\b(?:let|lets|letting|allowed|allows|allowing)\s+(?:its\s+|their\s+|the\s+)?[^.;]{0,80}?\blapse\b|\b(?:refused|refuses|declined|declines|chose\s+not|did\s+not|didn['’]t)\s+to\s+(?:extend|renew|prolong)\b|\b(?:dropped|drops|dropping)\s+out\b(?!\s+of\s+(?:the\s+)?(?:race|talks|contest|election|running))", re.I)
# "Uzbekistan's exit from GUUAM", "announced the exit of Georgia from the Commonwealth", "gave notice of its withdrawal"
_EXIT_NOUN = re.compile(r"\b(?P<who>(?-i:[A-Z])[\w-]+)['’]s\s+(?:formal\s+|final\s+)?(?:exit|withdrawal|departure|pull-?out)\s+from\b|\b(?:announced|announces|declared|declares|completed|confirmed|formali[sz]ed)\s+(?:the\s+)?(?:exit|withdrawal|departure)\s+of\s+(?P<who2>(?-i:[A-Z])[\w-]+)\s+from\b|\b(?:gave|gives|sent|sends|submitted|filed|lodged|served)\s+(?:formal\s+|official\s+|written\s+)?(?:notice|notification)\s+of\s+(?:its\s+|their\s+)?(?:withdrawal|exit)\b|"
                        r"\b(?P<who3>(?-i:[A-Z])[\w-]+)['’]s\s+(?:formal\s+|official\s+)?(?:exit|withdrawal)\s+(?:note|notice|notification|request|letter|application)\b", re.I)
_EXIT_DOUBT = re.compile(r"\b(?:possible|potential|likely|eventual|rumou?red|hypothetical|talk|speculation|prospects?|fears?|scenario|would|could|might|whether|if|not|no)\b[^.;]{0,30}$", re.I)
# "Uzbekistan's membership has been suspended since 2012", "put its participation in the CSTO on hold"
_SUSPEND_PASSIVE = re.compile(r"\b(?P<who>(?-i:[A-Z])[\w-]+['’]s|its|their)\s+(?:(?-i:[A-Z])\w+\s+)?(?:membership|participation)(?:\s+(?:in|of)\s+(?:the\s+)?[^.;,]{1,50}?)?\s+(?:(?:has|had|have)\s+(?:already\s+)?been|was|is|were|remains?|remained)\s+(?:formally\s+|effectively\s+|officially\s+)?(?:suspended|frozen)\b|\bput\s+(?:its|their)\s+(?:membership|participation)(?:\s+in\s+[^.;]{1,50}?)?\s+on\s+hold\b", re.I)
# "refuses to join any military bloc": a generic bloc stands for the organizations the sentence names
_ANY_BLOC = re.compile(r"\s+(?:any|all)\s+(?:[\w-]+\s+){0,4}?(?:blocs?|alliances?|organi[sz]ations?|unions?|groupings?)\b", re.I)
# "Georgia quit the alliance", "left the original treaty": an organization named by a generic noun
_LEFT_GENERIC = re.compile(r"\b(?:withdrew|withdrawn|pulled\s+out|quit|quits|left|exited)\s+(?:from\s+|of\s+)?the\s+(?:original\s+|\d{4}\s+)?(?P<noun>alliance|bloc|organi[sz]ation|grouping|commonwealth|treaty|pact)\b(?!\s+(?:of|for|on)\b)", re.I)
# "the exit of Georgia from Commonwealth": the generic noun after an exit
_GENERIC_AFTER = re.compile(r"\s*(?:the\s+)?(?:alliance|bloc|organi[sz]ation|grouping|commonwealth|group)\b", re.I)
# "one-time member Georgia departed in 2008": a past withdrawal told through a former member
_FORMER_LEFT = re.compile(r"\b(?:one-time|onetime|former|ex-)\s*(?:full\s+)?member(?:\s+(?:state|country|nation))?\s+(?P<who>(?-i:[A-Z])[\w-]+)\s+"
                          r"(?:departed|left|quit|withdrew|exited|pulled\s+out)\b", re.I)
# organizations outside the focus list that stances may name (NATO applications, the customs union)
_STANCE_EXTRA_ORGS = ("NATO", "EACU")
_NOT_BEFORE = re.compile(r"\b(?:not|never|no|neither|nor|whether|if|might|could|may|considering|debating|studying)\b[^.;,]{0,30}$", re.I)


# Words without which a pattern cannot match (tests/extract/test_guards.py checks they change nothing).
_NEEDS = {
    _VETO: ("veto", "block"), _REFUSE: ("refus", "declin", "reject", "never", "no", "rul", "n't", "n’t", "interest", "neither", "turn"),
    _STAY_OUT: ("stay", "not join", "won"), _UNLIKELY: ("likel", "chance", "prospect"),
    _SUSPEND: ("suspend", "froze", "freez", "frozen", "halt", "stop", "ceas"),
    _LEAVE_INTENT: ("leav", "quit", "exit", "withdr", "recall", "particip", "out", "abandon"), _SUSPEND_POSS: ("suspend",),
    _SEEK: ("seek", "sought", "request", "asked", "appl", "decision", "towards", "obtain"),
    _ASPIRE: ("join",), _LAPSE: ("lapse", "extend", "renew", "prolong", "drop"),
    _EXIT_NOUN: ("exit", "withdrawal", "departure", "pull", "notice", "notification"),
    _LEFT_GENERIC: ("withdr", "pull", "quit", "left", "exit"),
    _SUSPEND_PASSIVE: ("suspended", "frozen", "hold"), _BLOCK: ("block", "veto"),
    _WITHDRAW: ("withdr", "pull", "quit", "left", "leav", "exit", "walk"),
    _APPLY: ("appl", "submit", "accession", "asked", "request"), _ASK_GRANT: ("grant",), _REQUEST: ("request", "application", "bid"),
    _FORMER_LEFT: ("depart", "left", "quit", "withdr", "exit", "pull"),
}
# and a cue (see DocState.may_match) that every _REFUSE match holds, for sentences that pass its words only by
# a "no" inside another word ("not", "now", "November"): the refusal's verb, or its negation with what follows it
_REFUSE_CUE = re.compile(r"refus|declin|reject|never\s+join|no\s+(?:plan|intention)|(?:rule|rules|ruled|ruling)\s+out|"
                         r"not\s+(?:join|(?:currently\s+)?(?:plan|intend|want|wish|consider)|interested|going)|"
                         r"join\s+neither|n['’]t\s+join|turn(?:ed|s|ing)\s+down")
# every chairmanship pattern needs one of these words
_CHAIR_GATE = ("chair", "presid", "helm", "gavel", "hand", "tak", "took", "assum", "receiv", "inherit", "head", "lead", "led", "accept")


def read_stances(st: DocState) -> list[tuple]:
    """(state, action, org, target_state, start, end, confidence)."""
    out: list[tuple] = []
    text = st.text
    in_text = words_in(text.lower(), _NEEDS)  # only these can be in a sentence
    for i, sent in enumerate(st.sentences):
        if sent.section not in ("body", "title", "caption"):
            continue
        s, e = sent.start, sent.end
        body = text[s:e]
        present = words_in(body.lower(), _NEEDS, in_text)
        if GUARDS["on"] and not present:  # no pattern below can match without one of its words
            continue
        for m in scan(_VETO, body, present, _NEEDS):
            subj = subject_or_demonym(st, sent, s + m.start())
            j = _JOIN_OF.search(body)
            org = (orgs_between(st, s + j.end(), e)[:1] if j else []) or orgs_between(st, s, e)[-1:]
            target = None
            if j:
                before = [c for c in states_between(st, s, s + j.start()) if c != subj]
                after = [c for c in states_between(st, s + j.end(), e) if c != subj]
                target = (before[-1:] or after[:1] or [None])[0]
            if subj and org:
                out.append((subj, "veto", org[0], target, s, e, 0.8))
        for m in (scan(_REFUSE, body, present, _NEEDS) if st.may_match(s, e, _REFUSE_CUE) else ()):
            subj = (_antecedent(st, sent, s + m.start()) or list_subject(st, sent, s + m.start())
                    or states_between(st, clause_start(text, s, s + m.start()), s + m.start()))
            orgs = orgs_between(st, s + m.end(), e)
            if not orgs and _ANY_BLOC.match(body, m.end()):
                orgs = orgs_between(st, s, e)  # "refuses to join any military or economic bloc"
            for state in subj:
                for org in orgs:
                    out.append((state, "refuse_to_join", org, None, s, e, 0.75))
        for m in scan(_STAY_OUT, body, present, _NEEDS):
            if re.match(r"[^.;,]{0,60}?\bsince\s+(?:\w+\s+)?\d{4}\b", body[m.end():]):
                continue  # "has stayed out of the alliance since 1999": a status since a past exit, no refusal
            subj = subject_state(st, sent, s + m.start()) or _sentence_subject(st, sent, i, always=True)
            orgs = orgs_between(st, s + m.end(), e)
            if subj:
                for org in orgs:
                    out.append((subj, "refuse_to_join", org, None, s, e, 0.65))
        for m in scan(_UNLIKELY, body, present, _NEEDS):
            w = _WILL_JOIN.search(body, m.end())
            if not w:
                continue
            subj = states_between(st, s + m.end(), s + w.start())
            orgs = orgs_between(st, s + w.end(), e)
            ev_start = s
            if not orgs and i > 0:
                prev = st.sentences[i - 1]
                orgs = orgs_between(st, prev.start, prev.end)
                ev_start = prev.start
            for state in subj:
                for org in orgs:
                    out.append((state, "refuse_to_join", org, None, ev_start, e, 0.7))
        for m in scan(_SUSPEND_POSS, body, present, _NEEDS):
            who = states_between(st, s + m.start("who"), s + m.end("who") + 2)
            org = orgs_between(st, s, e)[:1] or recent_orgs(st, st.sentences[i])[:1]
            if who and org:
                out.append((who[0], "suspend_participation", org[0], None, s, e, 0.75))
        for m in scan(_LEAVE_INTENT, body, present, _NEEDS):
            conj = re.search(r"\b(?:and|but)\s+$", body[:m.start()])  # "never ratified the charter and ended its ...": another verb's
            before = ASIDE.sub(",", body[conj.start() if conj else 0:m.start()])[-40:]  # "X, which never ..., recalled"
            if re.search(r"\b(?:no|not|never|nor|doubt\w*|denie\w*)\b", before + m.group(0), re.I):
                continue  # "he did not believe Yerevan was planning to leave"
            if _not_the_organization(st, s + m.end(), e):
                continue  # "started the process of withdrawing from some CIS agreements"
            who = next((g for g in ("who", "who2", "who3") if m.groupdict().get(g)), None)
            if who:
                subj = (states_between(st, s + m.start(who), s + m.end(who) + 2) or [None])[0] or (
                    _his_country(st, sent, s + m.end(who)) if who == "who3" else None)  # "said that his country would leave"
            elif m.group("dem"):  # "recalling all Ukrainian representatives from the CIS bodies"
                subj = next((x.key for x in mentions_within(st, s + m.start("dem"), s + m.end("dem")) if x.kind == "demonym"), None)
            else:
                subj = (subject_state(st, sent, s + m.start()) or _his_country(st, sent, s + m.start())
                        or _sentence_subject(st, sent, i) or (list_subject(st, sent, s + m.start()) or [None])[0])
            org = orgs_between(st, s + (m.start("dem") if m.group("dem") else m.end()), min(e, s + m.end() + 60))[:1] or [
                standing_org(st, o, st.as_of) for o in recent_orgs(st, st.sentences[i])[:1]]  # an exit to come: not the old treaty
            for who in (_their_list(st, sent, s + m.start()) or [subj]):
                if who and org:
                    out.append((who, "withdraw", org[0], None, s, e, 0.7))
        for m in scan(_FORMER_LEFT, body, present, _NEEDS):
            who = states_between(st, s + m.start("who"), s + m.end("who"))[:1]
            org = orgs_between(st, s, s + m.start())[-1:] or recent_orgs(st, st.sentences[i])[:1]
            if who and org:
                out.append((who[0], "withdraw", org[0], None, s, e, 0.7))
        for m in scan(_SEEK, body, present, _NEEDS):
            if _NOT_BEFORE.search(body[:m.start()]):
                continue  # "debating whether to seek observer status"
            subj = subject_state(st, sent, s + m.start()) or (list_subject(st, sent, s + m.start()) or [None])[0]
            if subj is None:
                poss = re.search(r"(\w+)['’]s\s+decision\s*$", body[:m.start() + 9]) if "decision" in m.group(0) else None
                subj = (states_between(st, s + poss.start(1), s + poss.end(1) + 2) or [None])[0] if poss else None
            org = orgs_between(st, s + m.end(), e)[:1] or orgs_between(st, s, e)[:1] or recent_orgs(st, st.sentences[i])[:1]
            if subj and org:
                out.append((subj, "apply", org[0], None, s, e, 0.7))
        for m in scan(_BLOCK, body, present, _NEEDS):
            subj = subject_state(st, sent, s + m.start())
            org = orgs_between(st, s, e)[:1] or recent_orgs(st, st.sentences[i])[:1]
            if subj and org:
                out.append((subj, "veto", org[0], None, s, e, 0.65))
        for m in scan(_SUSPEND, body, present, _NEEDS):
            subj = ((list_subject(st, sent, s + m.start()) or [None])[0] or subject_state(st, sent, s + m.start())
                    or (person_state_before(st, sent, s + m.start()) if m.group("his") else None)  # "X froze his country's ..."
                    or _his_country(st, sent, s + m.start()) or _sentence_subject(st, sent, i))
            for org in orgs_between(st, s + m.end(), e)[:1] or recent_orgs(st, st.sentences[i])[:1]:
                if subj:
                    out.append((subj, "suspend_participation", org, None, s, e, 0.8))
        for m in scan(_WITHDRAW, body, present, _NEEDS):
            if re.search(r"\b(?:not|never|no\s+plans?)\b", body[max(0, m.start() - 25):m.start()], re.I):
                continue
            if m.group(0).lower().startswith("exit ") and _EXIT_DOUBT.search(body[:m.start()]):
                continue  # "Armenia's possible exit from the CSTO"
            subj = subject_state(st, sent, s + m.start()) or (list_subject(st, sent, s + m.start()) or [None])[0]
            org = orgs_between(st, s + m.end(), min(e, s + m.end() + 60))[:1] if not _not_the_organization(st, s + m.end(), e) else []
            if not org and m.group(0).lower().startswith("walked"):
                org = recent_orgs(st, sent)[:1]  # "Georgia walked out after the 2008 war"
            if subj and org:
                out.append((subj, "withdraw", org[0], None, s, e, 0.75))
        for m in scan(_APPLY, body, present, _NEEDS):
            if _NOT_BEFORE.search(body[:m.start()]):
                continue  # "has in fact not applied to join"
            many = list_subject(st, sent, s + m.start())
            subj = subject_state(st, sent, s + m.start()) or person_state_before(st, sent, s + m.start())
            org = _stance_orgs(st, s + m.end(), e)[:1] or orgs_between(st, s, e)[:1] or recent_orgs(st, sent)[:1]
            for who in (many if len(many) > 1 else [subj] if subj else []):
                if org:
                    out.append((who, "apply", org[0], None, s, e, 0.75))
        for m in scan(_ASK_GRANT, body, present, _NEEDS):
            grp = "who" if m.group("who") else "who2"
            who = states_between(st, s + m.start(grp), s + m.end(grp))
            org = orgs_between(st, s, e)[:1] or recent_orgs(st, sent)[:1]
            if who and org and not _NOT_BEFORE.search(body[:m.start()]):
                out.append((who[0], "apply", org[0], None, s, e, 0.7))
        for m in scan(_REQUEST, body, present, _NEEDS):
            if _NOT_BEFORE.search(body[:m.start()]):
                continue
            if m.group("who").lower() in ("his", "her"):  # "agreed to his request": the last person named
                people = [p for p in st.persons if max(0, s - 400) <= p.start < s + m.start()]
                pid = st.people.person_id(st.people.add(people[-1].text, people[-1].entity_id)) if people else None
                role = next((r for r in st.roles if people and r.person.start == people[-1].start and r.of_kind == "state"), None)
                subj = [x for x in [role.of if role else st.snapshot.state_of.get(pid)] if x]
            else:
                subj = states_between(st, s + m.start("who"), s + m.end("who"))
            org = orgs_between(st, s, e)[:1] or recent_orgs(st, sent)[:1]
            if subj and org and re.search(r"observer|member|join|accession|admi", text[max(0, s - 300):e], re.I) \
                    and not re.search(r"suspen|leav|withdr|exit|quit|freez|froze", body, re.I):
                out.append((subj[0], "apply", org[0], None, s, e, 0.65))
        for m in scan(_ASPIRE, body, present, _NEEDS):
            if _NOT_BEFORE.search(body[:m.start()]) or re.search(r"\b(?:not|never)\s+$", body[:m.start()], re.I):
                continue  # "whether Armenia will join"
            org = _joined_org(st, s + m.end(), e)
            subj = (list_subject(st, sent, s + m.start()) or [subject_state(st, sent, s + m.start())
                    or person_state_before(st, sent, s + m.start()) or _sentence_subject(st, sent, i)])
            for who in subj:
                if who and org:
                    out.append((who, "apply", org, None, s, e, 0.65))
        for m in scan(_LAPSE, body, present, _NEEDS):
            if re.search(r"\b(?:not|never|no)\b[^.;]{0,20}$", body[:m.start()], re.I) and not m.group(0).lower().startswith(("did", "chose")):
                continue
            named = orgs_between(st, s + m.start(), s + m.end())
            after = _joined_org(st, s + m.end() + (len(re.match(r"\s+of\s+", body[m.end():]).group(0)) if re.match(r"\s+of\s+", body[m.end():]) else 0), e, loose=True)
            if m.group(0).lower().startswith("drop") and not after and re.match(r"\s+of\b", body[m.end():]):
                continue  # "dropped out of the race"
            org = named[:1] or ([after] if after else []) or [_treaty_of(st, o) for o in recent_orgs(st, sent)[:1]]
            subj = list_subject(st, sent, s + m.start()) or [subject_state(st, sent, s + m.start()) or _sentence_subject(st, sent, i)]
            for who in subj:
                if who and org:
                    out.append((who, "withdraw", org[0], None, s, e, 0.65))
        for m in scan(_EXIT_NOUN, body, present, _NEEDS):
            if _EXIT_DOUBT.search(body[:m.start()]):
                continue  # "Armenia's possible exit from the CSTO"
            grp = "who" if m.group("who") else "who2" if m.group("who2") else "who3" if m.group("who3") else None
            if grp:
                subj = (states_between(st, s + m.start(grp), s + m.end(grp) + 2) or [None])[0]
            else:
                subj = subject_state(st, sent, s + m.start()) or (list_subject(st, sent, s + m.start()) or [None])[0]
            if grp == "who3":  # "pass Georgia's withdrawal note to member states": the organization it is sent to
                org = orgs_between(st, s, e)[:1] or recent_orgs(st, sent)[:1]
            else:
                org = orgs_between(st, s + m.end(), min(e, s + m.end() + 60))[:1] or (
                    recent_orgs(st, sent)[:1] if not grp or _GENERIC_AFTER.match(body, m.end()) else [])
            if subj and org:
                out.append((subj, "withdraw", org[0], None, s, e, 0.7))
        for m in scan(_LEFT_GENERIC, body, present, _NEEDS):
            if re.search(r"\b(?:not|never|no|whether|if|would|could|might)\b[^.;]{0,25}$", body[:m.start()], re.I):
                continue
            noun = [x for x in mentions_within(st, s + m.start("noun"), s + m.end("noun")) if org_key(st, x)]
            if [x for x in mentions_within(st, s, e) if org_key(st, x) in st.snapshot.focus_orgs] != noun:
                continue  # a sentence naming an organization is read by the other patterns
            subj = list_subject(st, sent, s + m.start()) or [subject_state(st, sent, s + m.start())]
            org = [org_key(st, x) for x in noun] or recent_orgs(st, sent)[:1]
            if m.group("noun").lower() in ("treaty", "pact"):
                org = [_treaty_of(st, o) for o in org]
            dates = [d for d in st.dates if s + m.end() <= d.start < min(e, s + m.end() + 40) and d.year]
            when = st.date_context.resolve(dates[0]) if dates and st.date_context else None
            org = [org_then(st, o, when) for o in org]  # "left the grouping once before in 1999": its predecessor
            for who in subj:
                if who and org:
                    out.append((who, "withdraw", org[0], None, s, e, 0.65))
        for m in scan(_SUSPEND_PASSIVE, body, present, _NEEDS):
            if _NOT_BEFORE.search(body[:m.start()]):
                continue
            who = m.group("who")
            if who and who.lower() not in ("its", "their"):
                subj = (states_between(st, s + m.start("who"), s + m.end("who") + 1) or [None])[0]
            else:
                subj = (subject_state(st, sent, s + m.start()) or (list_subject(st, sent, s + m.start()) or [None])[0]
                        or _sentence_subject(st, sent, i, always=True))
            org = orgs_between(st, s + m.start(), s + m.end())[:1] or recent_orgs(st, sent)[:1]
            if subj and org:
                out.append((subj, "suspend_participation", org[0], None, s, e, 0.7))
    return _headline_exits_told_as_suspensions(st, out)


# what a departure may leave that is not the organization itself: "some CIS agreements", "any organization"
_INDEFINITE = re.compile(r"\s*(?:from\s+|of\s+)?(?:some|any|certain|several|an?)\s", re.I)
_DOCUMENTS = re.compile(r"\s*(?:agreements?|treat(?:y|ies)|accords?|documents?|conventions?|protocols?)\b", re.I)


def _not_the_organization(st: DocState, pos: int, end: int) -> bool:
    """Whether what is left after `pos` is something other than an organization: an indefinite
    one ("the process of leaving some international organization": no organization in view) or
    an organization's documents ("withdrawing from the CIS agreements on ...")."""
    if _INDEFINITE.match(st.text, pos, end):
        return True
    first = next(iter(mentions_within(st, pos, min(end, pos + 40))), None)
    return first is not None and org_key(st, first) is not None and bool(_DOCUMENTS.match(st.text, first.end, end))


def _their_list(st: DocState, sent, pos: int) -> list[str]:
    """For "their" right before `pos`, the list of states the clause opens with ("Tbilisi, Baku and
    Tashkent had been signalling for months their intention to abandon the treaty")."""
    if not re.search(r"\btheir\s+$", st.text[sent.start:pos]):
        return []
    found = list_after(st, clause_start(st.text, sent.start, pos), pos)
    return found if len(found) > 1 else []


def _his_country(st: DocState, sent, pos: int) -> str | None:
    """For "his country" as the subject of the verb at `pos` ("Pashinyan said that his country
    was suspending ..."): the state of the person named before it."""
    his = re.search(r"\b(?:his|her)\s+country\s+(?:(?!(?:and|or|but)\b)[a-z]+\s+){0,3}$", st.text[sent.start:pos])
    return person_state_before(st, sent, sent.start + his.start()) if his else None


def _antecedent(st: DocState, sent, pos: int) -> list[str]:
    """The state a relative clause right before `pos` hangs on ("..., and Turkmenistan, which refuses")."""
    rel = re.search(r",\s*(?:which|who)\s+(?:(?:has|have|had|also|still|now|repeatedly|firmly|flatly)\s+){0,2}$", st.text[sent.start:pos], re.I)
    if not rel:
        return []
    at = sent.start + rel.start()
    prev = [m for m in mentions_within(st, max(sent.start, at - 40), at) if m.end == at and m.kind == "state"]
    return [prev[-1].entity_id.split(":", 1)[1]] if prev else []


def _stance_orgs(st: DocState, a: int, b: int) -> list[str]:
    """The organizations named in [a, b) that a stance may take: the focus ones, NATO, the customs union."""
    out: list[str] = []
    for m in mentions_within(st, a, b):
        k = _stance_org(st, m)
        if k and (k in st.snapshot.focus_orgs or (m.kind == "org" and k in _STANCE_EXTRA_ORGS)) and k not in out:
            out.append(k)
    return out


def _stance_org(st: DocState, m) -> str | None:
    """The organization a mention names for a stance: a bare "customs union" (which the gazetteer
    reads as the article's union) is the customs union itself, an organization of its own."""
    if m.kind == "org" and m.text.lower() == "customs union":
        return "EACU"
    return org_key(st, m)


def _joined_org(st: DocState, pos: int, end: int, loose: bool = False) -> str | None:
    """The organization named right after "join" at `pos` ("join the CSTO"), not an event of it
    ("join the CSTO summit"); `loose` also takes one after "the" and up to three words."""
    glue = _JOIN_GLUE.match(st.text, pos)
    for m in mentions_within(st, pos, end):
        if m.start != glue.end() and not (loose and re.fullmatch(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}", st.text[pos:m.start])):
            return None
        k = _stance_org(st, m) if m.kind == "org" else None
        if k and (k in st.snapshot.focus_orgs or k in _STANCE_EXTRA_ORGS) and _JOIN_END.match(st.text, m.end):
            return k
        return None
    return None


def _headline_exits_told_as_suspensions(st: DocState, found: list[tuple]) -> list[tuple]:
    """`found` without a headline's withdrawal that the body tells as a suspension only
    ("Uzbekistan quits CSTO" over "Uzbekistan has suspended its participation"): headlines
    round a suspension up to an exit."""
    def in_title(x):
        return any(t.start <= x[4] < t.end and t.section == "title" for t in st.sentences)
    body = {(x[0], x[1], x[2]) for x in found if not in_title(x)}
    return [x for x in found if not (x[1] == "withdraw" and in_title(x) and (x[0], "suspend_participation", x[2]) in body
                                      and (x[0], "withdraw", x[2]) not in body)]


def _treaty_of(st: DocState, org: str) -> str:
    """What a state lets lapse: the treaty an organization grew out of (the CSTO's 1992 treaty)."""
    return next((k for k, v in st.snapshot.successor.items() if v == org and k == "CST"), org)


_CHAIR_NOUN = r"(?:rotating\s+)?(?:chairmanship|presidency|chair|helm|gavel)"
_GENERIC_ORG = r"(?:the\s+)?(?:(?:organi[sz]ation|alliance|bloc|union|commonwealth|community|grouping|group)['’]s\s+|(?-i:[A-Z]{2,5})\s+)?"
_TAKE = re.compile(rf"\b(?:take|takes|took|taking|taken|assume|assumes|assumed|assuming|receive|receives|received|inherit|inherits|inherited|accept|accepts|accepted|accepting)\s+(?:over\s+)?{_GENERIC_ORG}{_CHAIR_NOUN}\b|\b(?:acceptance|assumption)\s+of\s+{_GENERIC_ORG}{_CHAIR_NOUN}\b|\btak(?:e|es|ing|en)\s+over\b(?!\s+(?:the\s+)?(?:session|meeting|talks))|\btook\s+over\b(?!\s+(?:the\s+)?(?:session|meeting|talks))", re.I)
_HOLD = re.compile(rf"\b(?:hold|holds|held|holding|has\s+held|had\s+held)\s+{_GENERIC_ORG}{_CHAIR_NOUN}\b|\b(?:will\s+)?(?:chair|chairs|chaired|chairing|has\s+chaired|preside|presides|presided|presiding)\s+(?:over\s+)?(?:the\s+)?(?P<obj>organi[sz]ation|alliance|bloc|union|commonwealth|community|grouping|CIS|CSTO|EAEU)\b|\bholder\s+of\s+the\s+(?:[\w-]+['’]s\s+)?(?:rotating\s+)?(?:chairmanship|presidency)\b|\b(?:year|term)\s+(?:in|at)\s+the\s+(?:chair|helm|head\s+of\s+the\s+(?:[\w-]+\s+){{0,4}}?(?:alliance|bloc|union|organi[sz]ation|commonwealth|Union|Organization|Organisation)|(?:rotating\s+)?(?:chairmanship|presidency))\b|\b(?:chairing|presiding)\s+(?:country|state|nation)\b|\b(?:leads|led|heads|headed)\s+the\s+(?:union|bloc|alliance|organi[sz]ation|commonwealth|community)['’]s\s+bodies\b|\bchair(?:s|ing)?\s+(?:in\s+)?the\s+bodies\s+of\b|\b(?:chairs|chaired)\s+(?:it\s+)?(?=(?:this|last)\s+year|in\s+\d{{4}})|\bpresides?\s+over\s+(?:the\s+)?(?=(?-i:[A-Z]))|\bits\s+(?:(?-i:[A-Z]{{2,5}})\s+)?(?:rotating\s+)?(?:chairmanship|presidency)\b|['’]s\s+(?:future\s+|upcoming\s+|new\s+)?(?:chairmanship|presidency)\s+(?:in|of)\b", re.I)
_PASS = re.compile(rf"\b{_CHAIR_NOUN}(?:\s+(?:in|of|over)\s+[^;.]{{1,160}}?)?(?:,\s*which)?\s+(?:passed|passes|will\s+pass|went|goes|moved|moves|will\s+go|(?:was|is|will\s+be|has\s+been)\s+(?:given|handed(?:\s+over)?|transferred|entrusted|passed))\s+(?:from\s+(?P<src>[^,.;]+?)\s+)?to\b|\b(?:hand(?:ed|s|ing)?|transfer(?:s|red|ring)?)\s+(?:over\s+)?(?:the\s+)?(?:[\w’']+\s+)?{_CHAIR_NOUN}\s+(?:(?:of|in)\s+(?:the\s+|their\s+|its\s+)?(?:\S+\s+){{1,3}}?)?to\b|\bhands?\s+\w+\s+chair\s+to\b|\bhand(?:s|ed|ing)?\s+over\s+to\b(?=[^.]{0,60}\b(?:\d|January|year)|)", re.I)


# "under the chairmanship of Armenia", "the presidency of the Republic of Armenia in the bodies
# of the union", "complete the chairmanship of Kazakhstan in Commonwealth"; "the Tajik chairmanship"
_CHAIR_OF = re.compile(r"\b(?:rotating\s+)?(?:chairmanship|presidency)\s+of\s+(?:the\s+)?(?:(?:President|Prime\s+Minister|head|leader)\s+of\s+(?:the\s+)?)?"
                       r"(?:Republic\s+of\s+|Kyrgyz\s+Republic)?", re.I)
# "Belarus' chairmanship", "Armenia's year-long presidency in the union": a state's own term (a
# presidency only of an organization named after it: "Russia's presidency" is also the head of state's office)
_STATE_CHAIR = re.compile(r"['’]s?\s+(?:(?-i:[A-Z]{2,5})\s+|(?!of\b|in\b)[\w-]+\s+){0,2}?(?:rotating\s+)?"
                          r"(?:chairmanship\b|presidency\s+(?:in|of|over)\s+(?:the\s+)?(?=[^.;]{0,10}(?-i:[A-Z])))", re.I)
# "all three structures were chaired by Kazakhstan": the state named right after
_CHAIRED_BY = re.compile(r"\b(?:chaired|presided\s+over)\s+by\s+(?:the\s+)?", re.I)
_DEMONYM_CHAIR = re.compile(r"(?P<dem>\b[A-Za-z]+)\s+(?:rotating\s+)?(?:chairmanship|presidency)\b(?!\s+of\b)", re.I)


# Keyword gates of the chairmanship patterns (see DocState.may_contain): every match of a pattern
# contains one of its words
_PASS_WORDS = ("chair", "presidency", "helm", "gavel", "hand")  # a _CHAIR_NOUN or "hand"
_CHAIR_OF_WORDS = ("chairmanship", "presidency")  # also of _DEMONYM_CHAIR
# Cues (see DocState.may_match), for patterns whose words alone are too common ("take", "president"):
# every _TAKE match holds a _CHAIR_NOUN or "take(s|n)/taking/took over"
_TAKE_CUE = re.compile(r"chair|presidency|helm|gavel|tak(?:e|es|ing|en)\s+over|took\s+over")
# every _HOLD match holds a _CHAIR_NOUN, "chair...", "preside(s|d)", "presiding", "bodies" or "year/term in/at
# the head" ("presid" not followed by "ent": not "president")
_HOLD_CUE = re.compile(r"chair|presid(?!ent)|helm|gavel|bodies|(?:year|term)\s+(?:in|at)\s+the\s+head")


def _gated(st: DocState, sent, words: tuple[str, ...] | re.Pattern, rx: re.Pattern, body: str):
    """`rx.finditer(body)` (body: the sentence's text), or nothing where none of `words` occurs
    (or, for a cue pattern, where it does not match)."""
    if isinstance(words, re.Pattern):
        return rx.finditer(body) if st.may_match(sent.start, sent.end, words) else ()
    return rx.finditer(body) if st.may_contain(sent.start, sent.end, words) else ()


def read_chairmanships(st: DocState) -> list[tuple]:
    """(state, org, from PartialDate|None, to PartialDate|None, start, end, confidence)."""
    out = []
    text = st.text
    main_org = st.dominant_org()
    for sent in st.sentences:
        if sent.section not in ("body", "title"):
            continue
        s, e = sent.start, sent.end
        body = text[s:e]
        low = body.lower()
        if GUARDS["on"] and not any(w in low for w in _CHAIR_GATE):
            continue
        when = _when(st, sent)
        for m in _gated(st, sent, _PASS_WORDS, _PASS, body):
            when = _date_after(st, s + m.end(), e) or _when(st, sent)
            org = _chair_org(st, s, e, main_org, sent)
            giver = _holder_before(st, sent, s + m.start())
            if m.groupdict().get("src"):
                src = _states_in(st, s + m.start("src"), s + m.end("src"))
                giver = src[0] if src else giver
            taker = _states_in(st, s + m.end(), min(e, s + m.end() + 40)) or [
                x.key for x in st.mentions if s + m.end() <= x.start < min(e, s + m.end() + 12) and x.kind == "demonym"]
            if org and taker:
                out.append((taker[0], org, when, None, s, e, 0.75))
                if giver and giver != taker[0] and "gavel" not in m.group(0).lower():
                    out.append((giver, org, None, when, s, e, 0.7))  # (a gavel passed at a session is its chair)
        for m in _gated(st, sent, _TAKE_CUE, _TAKE, body):
            if _PASS.search(body):
                break
            if re.search(r"\b(?:who|whether|which\s+(?:country|state))\b[^.;]{0,25}$", body[:m.start()], re.I):
                continue  # "who should take over the chairmanship": nobody yet
            if not re.search(r"chair|presiden|helm|rotat|gavel", m.group(0), re.I) and not _chair_context(st, sent):
                continue
            org = _chair_org(st, s, e, main_org, sent)
            taker = _holder_before(st, sent, s + m.start()) or (list_subject(st, sent, s + m.start()) or [None])[0]
            when = _date_after(st, s + m.end(), e) or _when(st, sent)
            fm = re.match(r"[^.;]{0,40}?\bfrom\s+", text[s + m.end():e])
            giver = _states_in(st, s + m.end() + fm.end(), min(e, s + m.end() + fm.end() + 30)) if fm else []
            if org and taker:
                out.append((taker, org, when, None, s, e, 0.75))
                if giver and giver[0] != taker:
                    out.append((giver[0], org, None, when, s, e, 0.7))
        for m in _gated(st, sent, _CHAIR_OF_WORDS, _CHAIR_OF, body):
            first = next((x for x in st.mentions if s + m.start() < x.start <= s + m.end() and x.kind == "state"), None)
            org = _chair_org(st, s, e, main_org, sent)
            if first is not None and org:
                dates = [d for d in st.dates if s + m.end() <= d.start < min(e, s + m.end() + 60) and d.year]
                when = st.date_context.resolve(dates[0]) if dates and st.date_context else None
                out.append((first.key, org, when, None, s, e, 0.7))
        for m in _gated(st, sent, _CHAIR_OF_WORDS, _STATE_CHAIR, body):
            holder = _states_in(st, max(s, s + m.start() - 40), s + m.start())  # the name the possessive ends
            org = _chair_org(st, s, e, main_org, sent)
            if holder and org and any(x.end == s + m.start() for x in mentions_within(st, s, s + m.start())):
                out.append((holder[-1], org, None, None, s, e, 0.7))
        for m in _gated(st, sent, ("chaired", "presided"), _CHAIRED_BY, body):
            first = next(iter(mentions_within(st, s + m.end(), e)), None)
            org = _chair_org(st, s, e, main_org, sent)
            if first is not None and first.start == s + m.end() and first.kind == "state" and org:
                out.append((first.key, org, None, None, s, e, 0.65))
        for m in _gated(st, sent, _CHAIR_OF_WORDS, _DEMONYM_CHAIR, body):
            dem = next((x for x in st.mentions if x.start == s + m.start("dem") and x.kind == "demonym"), None)
            org = _chair_org(st, s, e, main_org, sent)
            if dem is not None and org:
                out.append((dem.key, org, None, None, s, e, 0.65))
        for m in _gated(st, sent, _HOLD_CUE, _HOLD, body):
            if re.match(r"\s+(?:the\s+)?(?:session|meeting|talks|summit|council|gathering)\b", text[s + m.end():e], re.I):
                continue
            org = None
            if m.groupdict().get("obj") and m.group("obj").upper() in st.snapshot.focus_orgs:
                org = m.group("obj").upper()
            if m.group(0).lower().startswith("presid") and m.group(0).rstrip().endswith(("over", "the")):
                org = org or next((org_key(st, x) for x in st.mentions if x.start == s + m.end() and org_key(st, x)), None)
            org = org or _chair_org(st, s, e, main_org, sent)
            holder = _holder_before(st, sent, s + m.start()) or (list_subject(st, sent, s + m.start()) or [None])[0]
            if org and holder:
                out.append((holder, org, None, None, s, e, 0.7))
                out += [(nxt, org, year, None, s, e, 0.65) for nxt, year in _next_in_turn(st, s + m.end(), e) if nxt != holder]
    return out + _council_chairs(st)


# "... will chair the grouping in 2018 and Turkmenistan in 2019": the next holder told with the verb left out
_IN_TURN = re.compile(r"[^.;]{0,25}?\bin\s+\d{4}\s*,?\s+(?:and\s+then|and|then|followed\s+by)\s+")
_IN_YEAR_AFTER = re.compile(r"\s+in\s+(\d{4})\b")


def _next_in_turn(st: DocState, pos: int, end: int) -> list[tuple[str, PartialDate]]:
    """The states that chair next in a sequence told after a chair's year ("Tajikistan will chair
    the grouping in 2018 and Turkmenistan in 2019"), with their years."""
    gap = _IN_TURN.match(st.text, pos, end)
    if not gap:
        return []
    nxt = next(iter(mentions_within(st, pos + len(gap.group(0)), end)), None)
    year = _IN_YEAR_AFTER.match(st.text, nxt.end, end) if nxt is not None and nxt.start == pos + len(gap.group(0)) else None
    return [(nxt.key, PartialDate(int(year.group(1))))] if year and nxt.kind == "state" else []


def _council_chairs(st: DocState) -> list[tuple]:
    """Chairmanships told by a leader's title: "Armenia's Prime Minister and Chairman of the CSTO
    Collective Security Council Nikol Pashinyan", "Chairman of the Supreme State Council of the
    Union State", "speaking as chairman of the organization" (the chair of an organization's council
    of heads of state is its rotating chair; the state is the one the same person leads, else the
    person's own)."""
    chairs = {(f"chairman of the {st.snapshot.canonical.get(b, '')}".lower(), st.snapshot.org_of.get(b))
              for b, level in st.snapshot.body_level.items() if level == "heads-of-state"}
    out = []
    for r in st.roles:
        title = r.title.lower()
        if r.of_kind != "org" or not (title == "chairman" and r.of in st.snapshot.focus_orgs or any(
                o == r.of and (title == t or title.startswith(t + " of ")) for t, o in chairs)):
            continue
        sent = st.sentence_of(r.person.start)
        led = next((x.of for x in st.roles if x.person.start == r.person.start and x.of_kind == "state"), None) or \
            st.snapshot.state_of.get(st.people.person_id(st.people.add(r.person.text, r.person.entity_id)))
        if led and sent is not None and sent.section in ("body", "title"):
            out.append((led, r.of, None, None, sent.start, sent.end, 0.7))
    return out + _elected_chairs(st, chairs)


# "was re-elected chairman of the CIS Council of Heads of State": the office of the chair, given
_ELECTED = re.compile(r"\b(?:re-?elected|elected|chosen|named|became|becomes|become)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?$", re.I)


def _elected_chairs(st: DocState, chairs: set[tuple[str, str]]) -> list[tuple]:
    """Chairmanships told by an election to the chair of a council of heads of state with no name
    ("The Russian president was unanimously re-elected chairman of the CIS Council of Heads of
    State"): the state of the one elected."""
    out = []
    for m in st.mentions:
        org = st.snapshot.org_of.get(m.entity_id)
        if m.kind != "office" or (st.snapshot.canonical.get(m.entity_id, "").lower(), org) not in chairs:
            continue
        sent = st.sentence_of(m.start)
        if sent is None or sent.section not in ("body", "title") or not _ELECTED.search(st.text, max(sent.start, m.start - 40), m.start):
            continue
        holder = _holder_before(st, sent, m.start)
        if holder:
            out.append((holder, org, None, None, sent.start, sent.end, 0.65))
    return out


def _chair_context(st: DocState, sent) -> bool:
    i = st.sentences.index(sent)
    lo = st.sentences[max(0, i - 1)].start
    return bool(re.search(r"chairmanship|presidency|\bchair\b|\bhelm\b|\bgavel\b", st.text[lo:sent.end], re.I))


def _chair_org(st: DocState, s: int, e: int, main_org: str | None, sent=None) -> str | None:
    orgs = orgs_between(st, s, e)
    if not orgs:  # the organization of the sentences before ("Kyrgyzstan holds the rotating chairmanship")
        return (recent_orgs(st, sent)[:1] or [main_org])[0] if sent is not None else main_org
    succ = st.snapshot.successor.get(orgs[0])
    return succ if succ and succ == main_org else orgs[0]


def _states_in(st: DocState, a: int, b: int) -> list[str]:
    """States named in [a, b), by name, demonym-free; a capital stands for its state."""
    out = []
    for m in st.mentions:
        if a <= m.start and m.end <= b:
            if m.kind == "state":
                out.append(m.key)
            elif m.kind == "place" and m.entity_id in st.snapshot.state_of and _is_capital(st, m):
                out.append(st.snapshot.state_of[m.entity_id])
    return out


def _is_capital(st: DocState, m) -> bool:
    return st.snapshot.capital_of.get(m.entity_id) is not None


def _holder_before(st: DocState, sent, pos: int) -> str | None:
    """Who holds or takes the chair: the state named last before `pos` in the clause; for
    "whose country ..." the state of the person named before it; else a person's state."""
    text = st.text
    if re.search(r"\b(?:his|her)\s+country['’]s\s+$", text[sent.start:pos], re.I):  # "his country's year at the helm"
        if not any(sent.start <= p.start < pos for p in st.persons):
            return None  # the person is not named here: not the state of a demonym ("the Armenian-Azerbaijani border")
        found = person_state_before(st, sent, pos)
        if found:
            return found
    whose = re.search(r"\bwhose\s+(?:country|state|nation|government)\b[^,;]*$", text[sent.start:pos], re.I)
    if whose:
        found = person_state_before(st, sent, sent.start + whose.start())
        if found:
            return found
    lo = clause_start(text, sent.start, pos)
    cands = [m for m in st.mentions if lo <= m.start and m.end <= pos and m.kind in ("state", "demonym", "place", "person")]
    for m in reversed(cands):
        if m.kind == "demonym" and text.endswith("non-", 0, m.start):
            continue  # "the first non-Russian to chair the CIS"
        if m.kind in ("state", "demonym"):
            return m.key
        if m.kind == "place" and _is_capital(st, m) and not re.search(r"\bthe\s+$", text[lo:m.start]):  # not "the Kyiv meeting"
            return st.snapshot.state_of.get(m.entity_id)
        if m.kind == "person" and re.match(r"['’]s\s", text[m.end:m.end + 3]):
            continue  # "extends Lebedev's mandate, hands the chair to ...": a possessive is not the actor
        if m.kind == "person":
            role = next((r for r in st.roles if r.person.start <= m.start < r.person.end and r.of_kind == "state"), None)
            return role.of if role else st.snapshot.state_of.get(m.entity_id)
    people = [p for p in st.persons if lo <= p.start and p.end <= pos]
    if people:
        role = next((r for r in st.roles if r.person.start == people[-1].start and r.of_kind == "state"), None)
        if role:
            return role.of
    return None


def _sentence_subject(st: DocState, sent, i: int, always: bool = False) -> str | None:
    """'the country'/'it' as subject: the state the previous sentences are about."""
    if not always and not re.search(r"\b(?:the\s+country|it|the\s+republic|the\s+government)\b",
                                    st.text[sent.start:sent.end], re.I):
        return None
    for p in reversed(st.sentences[max(0, i - 2):i + 1]):
        states = states_between(st, p.start, p.end)
        if states:
            return states[0]
    return None


def _date_after(st: DocState, pos: int, end: int):
    """The date a handover names right after its verb: "takes over ... on 1 January", "at the new year"."""
    window = st.text[pos:min(end, pos + 60)]
    if re.search(r"\b(?:at|from|with|after)\s+the\s+new\s+year\b", window, re.I) and st.as_of:
        return PartialDate(st.as_of.start.year + 1, 1, 1)
    dates = [d for d in st.dates if pos <= d.start < min(end, pos + 60)]
    return st.date_context.resolve(dates[0]) if dates and st.date_context else None


def _when(st: DocState, sent):
    """The date a chairmanship starts: the meeting this sentence reports, else a date in it."""
    for d in st.meetings:
        if any(a <= sent.start < b or sent.start <= a < sent.end for a, b in d.evidence) and d.date:
            return d.date
    dates = [x for x in st.dates if sent.start <= x.start < sent.end]
    if dates and st.date_context:
        return st.date_context.resolve(dates[0])
    return None
