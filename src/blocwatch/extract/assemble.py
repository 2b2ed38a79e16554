"""Turning what the readers found into `Fact` records with evidence, at the article's date."""

from __future__ import annotations

import re

from ..kb.refdata import meeting_id
from ..kb.store import norm
from ..model import Entity, Evidence, Fact, Link, PartialDate
from .lexicon import Lexicon
from .meeting_draft import MeetingDraft
from .persons import same_person, slug
from .state import DocState


def as_of(st: DocState) -> PartialDate | None:
    """The date the article speaks of: its published date, else its main event's date, else the
    latest year it names when it names only one or two."""
    if st.document.published:
        return st.document.published
    for d in st.meetings:
        if d.date and d.date.precision == "day":
            return d.date
    for d in st.meetings:
        if d.date:
            return d.date
    years = sorted({m.year for m in st.dates if m.year})
    if years and years[-1] - years[0] <= 1:
        return PartialDate(years[-1])
    return None


def _point(d: PartialDate | None) -> tuple[PartialDate | None, PartialDate | None]:
    return (d, d.following()) if d else (None, None)


def office_facts(st: DocState, lex: Lexicon) -> list[Fact]:
    merged: dict[tuple, dict] = {}
    for r in st.roles:
        c = st.people.add(r.person.text, r.person.entity_id)
        pid, name = st.people.person_id(c), st.people.name(c)
        title, of_kind, of = r.title, r.of_kind, r.of
        if not title:
            continue
        if of_kind == "org-anaphor":
            of = st.last_org_before(r.start)
            of_kind = "org" if of else None
        if r.possessor is not None and of is None:
            owner = _possessor_role(st, r.possessor.text)
            if owner is not None and owner.of_kind == "state" and lex.is_state_title(title):
                of_kind, of = owner.of_kind, owner.of  # "Lukashenko, whose foreign minister X": Belarus's
            elif owner is not None:
                title = f"{title} of the {owner.title}"
                of_kind, of = owner.of_kind, owner.of
            else:
                states = [m for m in st.mentions if m.start == r.possessor.start and m.kind == "state"]
                if states:
                    of_kind, of = "state", states[0].entity_id.split(":", 1)[1]
                elif r.possessor.entity_id and lex.is_state_title(title):
                    of_kind, of = "state", st.snapshot.state_of.get(r.possessor.entity_id)
        if of is None:
            if lex.is_org_title(title):
                of_kind, of = "org", st.last_org_before(r.start) or st.dominant_org()
            else:
                of_kind, of = "state", (st.snapshot.state_of.get(pid) or _sentence_state(st, r)
                                        or _previous_sentence_state(st, r) or st.dominant_state())
        if of is None or of_kind not in ("state", "org"):
            continue
        if title.lower() in _VAGUE and r.plural:
            continue  # "the five leaders - A, B, C": a group, no office asserted of each
        if title.lower() in _NO_OFFICE:
            continue  # "the Kazakh leader" names no office (CONVENTIONS: "leader" gives none)
        if title.lower() in _VAGUE:
            # "Belarus's head of state": the office the reference data knows the person held then
            title = _known_title(st, pid, of)
            if not title:
                continue
        k = (pid, of_kind, of, norm(title))
        sent = st.sentence_of(r.person.start)
        span = (sent.start, sent.end) if sent else (r.start, r.person.end)
        if k in merged:
            merged[k]["acting"] |= r.acting
            merged[k]["spans"].append(span)
        else:
            merged[k] = {"name": name, "title": title, "acting": r.acting, "spans": [span]}
    # one office told with more and fewer words ("Chairman of the Executive Committee - Executive
    # Secretary" and "chairman of the Executive Committee"): one fact, under the longer title
    for k in sorted(merged, key=lambda k: len(k[3])):
        for k2 in merged:
            if k2 != k and k2[:3] == k[:3] and k2[3].startswith(k[3]) and merged[k2]["acting"] == merged[k]["acting"]:
                merged[k2]["spans"] += merged.pop(k)["spans"]
                break
    for pid, name, title, of, span in _anaphoric_offices(st):
        merged.setdefault((pid, "state", of, norm(title)), {"name": name, "title": title, "acting": False, "spans": [span]})
    facts = []
    vf, vt = _point(st.as_of)
    for (pid, of_kind, of, _), v in merged.items():
        v["title"] = _reference_wording(st, pid, of, v["title"])
        ev = tuple(st.evidence(a, b, "blocwatch.offices.v1", 0.8) for a, b in dict.fromkeys(v["spans"]))
        facts.append(Fact("office", pid, f"{of_kind}:{of}", v["title"], vf, vt,
                          attrs={"acting": v["acting"], "key": {"acting": v["acting"]}, "name": v["name"],
                                 "as_of": st.as_of.iso() if st.as_of else None},
                          evidence=ev))
    return facts


_VAGUE = {"leader", "head of state", "leaders"}
_NO_OFFICE = {"leader", "leaders"}


_VENUE = re.compile(r"\b(?P<p>in|at|to|from|into)\s+(?:the\s+)?$", re.I)
_MEETING_WORD = re.compile(r"\b(?:summit|session|meeting|talks|gathering|conference)\b", re.I)


def _sentence_state(st: DocState, r) -> str | None:
    """The state a sentence speaks of, for a state title naming none ("Russia was represented by
    Deputy Prime Minister X"): the state or capital named last before the role, else first after."""
    sent = st.sentence_of(r.person.start)
    if sent is None:
        return None
    found = []
    # "X, Chairman of the Supreme Soviet, said ... Russian President Y": "Russian" is Y's
    others = [(o.start, o.person.end) for o in st.roles if o.person.start != r.person.start and o.start >= 0
              and sent.start <= o.start < sent.end]
    for m in st.mentions:
        if sent.start <= m.start < sent.end and not any(a <= m.start < b for a, b in [(r.start, r.person.end)] + others):
            # "Azerbaijani Deputy Prime Minister A, who stood in for Prime Minister B": an adjective names the state too
            code = m.key if m.kind in ("state", "demonym") else st.snapshot.capital_of.get(m.entity_id) if m.kind == "place" else None
            # "travel to Russia", "the session ... in Minsk": a destination or venue, not the holder's state
            if code and ((v := _VENUE.search(st.text, max(0, m.start - 12), m.start)) is not None) and (
                    v.group("p").lower() not in ("in", "at")
                    or (m.kind == "place" and _MEETING_WORD.search(st.text, max(sent.start, m.start - 120), m.start))):
                continue
            if code:
                found.append((m.start, code))
    before = [c for a, c in found if a < r.start]
    after = [c for a, c in found if a >= r.person.end]
    return before[-1] if before else after[0] if after else None


def _previous_sentence_state(st: DocState, r) -> str | None:
    """"Moldova was represented only by ... . President X did not come": the one state the sentence
    before in the same paragraph names, for a state title whose own sentence names none."""
    sent = st.sentence_of(r.person.start)
    if sent is None:
        return None
    prev = next((s for s in reversed(st.sentences) if s.end <= sent.start), None)
    if prev is None or prev.section != sent.section or "\n" in st.text[prev.end:sent.start]:
        return None
    codes = {m.key for m in st.mentions if prev.start <= m.start < prev.end and m.kind in ("state", "demonym")}
    return codes.pop() if len(codes) == 1 else None


# "the Tajik president" with no name next to it
_ANAPHOR = re.compile(r"\b[Tt]he\s+(?P<who>[A-Z][\w\-]+)\s+(?P<t>president|prime\s+minister|premier)\b")


def _anaphoric_offices(st: DocState) -> list[tuple]:
    """"the Tajik president told Putin ...": the person the reference data has in that office on
    the article's date, when the article names that person elsewhere. An undated article (old
    wire copy) takes the one person it names who ever held the office."""
    day = st.as_of.start.isoformat() if st.as_of else None
    named = {st.people.person_id(c): st.people.name(c) for c in st.people.clusters if c["id"]}
    out = []
    for sent in st.sentences:
        if sent.section != "body":
            continue
        for m in _ANAPHOR.finditer(st.text, sent.start, sent.end):
            who = next((x for x in st.mentions if x.start == m.start("who") and x.kind in ("state", "demonym")), None)
            if who is None:
                continue
            title = "Prime Minister" if m.group("t").lower() != "president" else "President"
            holders = {pid for pid, offs in st.snapshot.offices.items() for t, where, lo, hi in offs
                       if where == who.key and t.lower() == title.lower() and (day is None or lo <= day < hi)}
            if day is None:
                holders &= set(named)
            holders = list(holders)
            if len(holders) == 1 and holders[0] in named:
                out.append((holders[0], named[holders[0]], title, who.key, (sent.start, sent.end)))
    return out


def _reference_wording(st: DocState, pid: str, of: str, title: str) -> str:
    """The reference data's wording of an office the text words differently ("Secretary General"
    for its "General Secretary"): same words in another order."""
    words = sorted(norm(title).split())
    day = st.as_of.start.isoformat() if st.as_of else None
    for t, where, lo, hi in st.snapshot.offices.get(pid, []):
        if where == of and (day is None or lo <= day < hi) and sorted(norm(t).split()) == words:
            return t
    return title


def _known_title(st: DocState, pid: str, of: str) -> str | None:
    day = st.as_of.start.isoformat() if st.as_of else None
    for title, where, lo, hi in st.snapshot.offices.get(pid, []):
        if where == of and (day is None or lo <= day < hi):
            return title
    return None


def _possessor_role(st: DocState, who: str):
    for r in st.roles:
        if same_person(r.person.text, who) or r.person.text.split()[-1] == who.split()[-1]:
            return r
    return None


def meeting_facts(st: DocState) -> list[Fact]:
    facts = []
    for d in st.meetings:
        body = d.body.split("/", 1)[1] if d.body else (d.noun or "meeting")
        if d.known_id:
            mid = d.known_id
            body = mid.split("/")[1]
            d.body = d.body or f"body:{d.org}/{body}"
        else:
            mid = meeting_id(d.org, body, d.date) if d.date else f"meeting:{d.org}/{body}/undated-{st.document.id}-{d.start}"
        links = [Link("participant_state", f"state:{c}") for c in _participant_states(d)]
        for p in d.participants:
            links.append(Link("participant", p.person_id, {"name": p.name, "role": p.role, "state": p.state, "org": p.org}))
        if d.place:
            links.append(Link("place", d.place))
        if d.host:
            links.append(Link("host", d.host_id or f"person:{slug(d.host)}", {"name": d.host}))
        if d.host_state:
            links.append(Link("host_state", f"state:{d.host_state}"))
        vf, vt = _point(d.date)
        place_name = st.snapshot.canonical.get(d.place) if d.place else None
        ev = tuple(st.evidence(a, b, "blocwatch.meetings.v1", d.confidence) for a, b in dict.fromkeys(d.evidence))
        facts.append(Fact("meeting", mid, f"org:{d.org}", body, vf, vt, attrs={
            "ordinal": d.ordinal, "place": d.place.split(":", 1)[1] if d.place else None, "place_name": place_name,
            "date": d.date.iso() if d.date else None, "host": d.host, "host_state": d.host_state,
            "body_text": st.snapshot.canonical.get(d.body) if d.body else d.noun}, links=tuple(links), evidence=ev))
    return facts


# a count of an organization's members: "all six CSTO member states", "the bloc's six members",
# "bringing together six of the post-Soviet countries" (the participants who are members must
# be exactly that many: "nine countries were represented" with an associate among them is not)
_COUNT = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+the\s+)?"
                    r"(?:(?:full|active|member|founding|post[\s-]soviet|former\s+soviet|(?-i:[A-Z]{3,4}))\s+)*"
                    r"(?:members?|member\s+states|countries|states|nations|republics)\b", re.I)
# "... completed the circle of (the five) member states": the participants are the members
_ALL_MEMBERS = re.compile(r"\b(?:completed|complete|completing|rounded\s+out|made\s+up|make\s+up)\s+the\s+"
                          r"(?:circle|line-?up|group|set|roster)\s+of\s+(?:the\s+)?(?:\w+\s+)?member\s+(?:states|countries)\b", re.I)
# "the leaders of the CSTO member nations gathered", "the presidents of all twelve member countries of
# the CIS met", "the CSTO member states' leaders", "the Heads of GUAM States": the meeting is one of the
# members (those participants the reference data holds as members for the date)
_MEMBER_LEADERS = re.compile(r"(?<!deputy\s)\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|presidents|prime\s+ministers|"
                             r"(?:foreign|defen[cs]e)\s+ministers)\s+of\s+(?:the\s+)?(?:all\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|"
                             r"nine|ten|eleven|twelve)\s+)?(?:(?:(?-i:[A-Z(][\w()-]*)[\s-]+){0,6}?member[\s-]+(?:states|countries|nations)|"
                             r"(?-i:[A-Z]{2,5})\s+(?:states|countries|nations))\b"
                             r"(?=[^.;]{0,80}\b(?:met|meet|meets|gathered|gather|convened|attended|summit|took\s+part|participated)\b)|"
                             r"\bmember[\s-]+(?:states|countries|nations)['’]\s+(?:leaders|heads\s+of\s+state|presidents)\b", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
# every match of _COUNT, _ALL_MEMBERS and _MEMBER_LEADERS holds one of these words (its last
# alternation; "member states" ends all of _ALL_MEMBERS, "states|countries|nations" the first branch of
# _MEMBER_LEADERS and "member" opens its second): a keyword gate, see DocState.may_contain
_COUNT_WORDS = ("member", "countries", "states", "nations", "republics")


def _member_counts(st: DocState, d: MeetingDraft, main: bool = False) -> set[int]:
    """The numbers of members the text gives for the meeting's organization: in sentences that
    name it, or that name no organization and belong to the meeting's report (for the article's
    main meeting, any body sentence that names none)."""
    out = set()
    org = d.org
    for sent in st.sentences:
        if main and sent.section != "body":
            continue
        if not st.may_contain(sent.start, sent.end, _COUNT_WORDS):
            continue  # none of the patterns below can match: the sentence adds nothing
        ms = [m for m in st.mentions if sent.start <= m.start < sent.end]
        named = {m.key if m.kind == "org" else st.snapshot.org_of.get(m.entity_id) for m in ms
                 if m.kind == "org" or m.entity_id in st.snapshot.org_of} - {None}
        if named and org not in named:
            continue
        if not named and not main and not any(a <= sent.start < b or sent.start <= a < sent.end for a, b in d.evidence):
            continue
        for m in _COUNT.finditer(st.text, sent.start, sent.end):
            if re.search(r"\b(?:of|among)\s+$", st.text[max(sent.start, m.start() - 6):m.start()]):
                continue  # "five of the bloc's six members": the part, not the whole
            n = m.group("n").lower()
            out.add(int(n) if n.isdigit() else _NUMBERS[n])
        if _ALL_MEMBERS.search(st.text, sent.start, sent.end) or _MEMBER_LEADERS.search(st.text, sent.start, sent.end):
            out.add(0)  # any number: the text says the participants are all the members
    return out


def _participant_states(d: MeetingDraft) -> list[str]:
    out = list(d.states)
    for p in d.participants:
        if p.state and p.state not in out:
            out.append(p.state)
    return out


def membership_facts(st: DocState, observations: list[tuple], meetings: list[MeetingDraft],
                     stances: list[tuple] = ()) -> list[Fact]:
    when = st.as_of
    seen: dict[tuple, dict] = {}
    # A state that refuses to join an organization is not in it.
    stated_out = {(o[0], o[1]) for o in observations if o[2] == "non-member"}
    refusals = [(state, org, "non-member", a, b, conf * 0.9, None)
                for state, action, org, _t, a, b, conf in stances if action == "refuse_to_join"]
    observations = list(observations) + refusals
    for state, org, status, a, b, conf, valid_from in observations:
        ref_date = valid_from or when
        if ref_date and not st.snapshot.existed(org, ref_date, grace_days=366):
            continue
        k = (state, org, status, valid_from.iso() if valid_from else None)
        seen.setdefault(k, {"spans": [], "conf": conf, "from": valid_from})["spans"].append((a, b))
    # Participants of a meeting are its organization's members only where the text says how many
    # members there are and the participating states are exactly that many ("all six member
    # states sent delegations"); the reference data must agree for the date.
    for d in meetings:
        if not d.date or d.date.precision != "day":
            continue
        members = [c for c in _participant_states(d) if st.snapshot.status_on(d.org, c, d.date.start) == "member"]
        if not members and not any(st.snapshot.status_on(d.org, c, d.date.start) for c in _participant_states(d)) \
                and not any(k[0] == d.org for k in st.snapshot.memberships):
            members = _participant_states(d)  # no membership of the organization is on record: the count decides
        main = d is next((x for x in meetings if not getattr(x, "announced", False)), None)
        counts = _member_counts(st, d, main) if members else set()
        if not members or not (len(members) in counts or 0 in counts):
            continue
        for c in members:
            k = (c, d.org, "member", None)
            seen.setdefault(k, {"spans": [], "conf": 0.6, "from": None})["spans"].append(d.evidence[0])
    # A refusal to join says the state is outside only where nothing else is known of it
    # ("Uzbekistan has no plans to go back into the CSTO" while its membership is suspended).
    # "four CIS states - A, B and Turkmenistan, an associate member -": the qualified status wins
    for k in [k for k in seen if k[2] == "member" and k[3] is None]:
        if any((k[0], k[1], q, None) in seen for q in ("associate", "observer")):
            del seen[k]
    # An article that gives a state's status in an organization (observer, suspended...) and
    # also says it is not a member means "not a full member": the status stands.
    stated = {(k[0], k[1]) for k in seen if k[2] != "non-member"}
    for k in [k for k in seen if k[2] == "non-member"]:
        only_refused = (k[0], k[1]) not in stated_out
        if (k[0], k[1]) in stated or (only_refused and when and st.snapshot.status_on(
                k[1], k[0], when.start) not in (None, "non-member", "former")):
            del seen[k]
    # A dated change ("joined in 2015") and a plain observation of the same status are one fact.
    for (state, org, status, frm) in list(seen):
        if frm is None and any(k[:3] == (state, org, status) and k[3] for k in seen):
            spans = seen.pop((state, org, status, None))["spans"]
            dated = next(k for k in seen if k[:3] == (state, org, status) and k[3])
            seen[dated]["spans"] += spans
    # Dated changes of one state in one organization follow each other: "rejoined in 2006 and
    # suspended its membership in 2012" is member from 2006 to 2012, then suspended.
    ends: dict[tuple, PartialDate] = {}
    for (state, org, status, frm), v in seen.items():
        if frm is None:
            continue
        later = [w["from"] or when for k2, w in seen.items() if k2[:2] == (state, org) and k2[2] != status
                 and (w["from"] or when) and (w["from"] or when).start > v["from"].start]
        if later:
            ends[(state, org, status, frm)] = min(later, key=lambda d: d.start)
    facts = []
    for key_, v in seen.items():
        state, org, status, _ = key_
        vf, vt = (v["from"], ends.get(key_)) if v["from"] else _point(when)
        ev = tuple(st.evidence(a, b, "blocwatch.memberships.v1", v["conf"]) for a, b in dict.fromkeys(v["spans"]))
        facts.append(Fact("membership", f"state:{state}", f"org:{org}", status, vf, vt,
                          attrs={"as_of": when.iso() if when and not v["from"] else None}, evidence=ev))
    return facts


def stance_facts(st: DocState, observations: list[tuple]) -> list[Fact]:
    vf, vt = _point(st.as_of)
    merged: dict[tuple, dict] = {}
    for state, action, org, target, a, b, conf in observations:  # one evidence per span, its best confidence
        spans = merged.setdefault((state, action, org, target), {})
        spans[(a, b)] = max(conf, spans.get((a, b), 0.0))
    return [Fact("stance", f"state:{state}", f"org:{org}", action, vf, vt,
                 attrs={"target_state": target, "key": {"target_state": target},
                        "as_of": st.as_of.iso() if st.as_of else None},
                 evidence=tuple(st.evidence(a, b, "blocwatch.stances.v1", c) for (a, b), c in spans.items()))
            for (state, action, org, target), spans in merged.items()]


def chair_facts(st: DocState, observations: list[tuple]) -> list[Fact]:
    merged: dict[tuple, list] = {}
    for state, org, start, end, a, b, conf in observations:
        merged.setdefault((state, org), []).append((a, b, conf, start, end))
    out = []
    for (state, org), spans in merged.items():
        start = next((s[3] for s in spans if s[3]), None)
        end = next((s[4] for s in spans if s[4]), None)
        if start is None and end is None:
            start = st.as_of
        if end is None:  # the next chair's start ends this one ("Russia takes over on 1 January")
            nxt = [sp[3] for (s2, o2), sps in merged.items() if o2 == org and s2 != state for sp in sps
                   if sp[3] and (start is None or sp[3].start > start.start)
                   and (st.as_of is None or sp[3].start > st.as_of.start)]
            end = min(nxt, key=lambda d: d.start) if nxt else None
        out.append(Fact("chairmanship", f"state:{state}", f"org:{org}", "chair", start, end,
                        attrs={"as_of": st.as_of.iso() if st.as_of else None},
                        evidence=tuple(st.evidence(a, b, "blocwatch.chairmanships.v1", c) for a, b, c, _, _ in spans)))
    return out


def new_people(st: DocState, facts: list[Fact]) -> list[Entity]:
    """Person entities for the names the article introduces (known people exist already)."""
    used = {f.subject for f in facts if f.kind == "office"}
    used |= {l.entity_id for f in facts if f.kind == "meeting" for l in f.links if l.role in ("participant", "host")}
    out = []
    for c in st.people.clusters:
        pid = st.people.person_id(c)
        if pid in used and not c["id"]:
            name = st.people.name(c)
            out.append(Entity(pid, "person", name, tuple(v for v in dict.fromkeys(c["variants"]) if v != name)))
    return out


def claim_fact(document, judgement, when: PartialDate | None) -> Fact:
    """A claim the article makes, with the verdict of checking it against the knowledge base."""
    from ..render import plain
    c = judgement.claim
    vf, vt = _point(when)
    return Fact("claim", f"claim:{document.id}:{c.start}", None, judgement.verdict, vf, vt, attrs={
        "text": c.text, "verdict": judgement.verdict, "explanation": judgement.explanation,
        "as_of": when.iso() if when else None, "claim": plain(c), "judged_at": judgement.at},
        evidence=(Evidence(source_id=f"doc:{document.id}", doc_id=document.id, start=c.start, end=c.end,
                           text=document.text[c.start:c.end], extractor="blocwatch.claims.v1", confidence=0.7,
                           reported=document.published.iso() if document.published else None),))
