"""Finding claim forms: membership since a date, counts, ordinals, appositions (sentences of our own)."""

from __future__ import annotations

import re

from blocwatch.extract.claims import _GATE, find_all_claims, find_claims
from blocwatch.model import Mention

IDS = {"CSTO": "org:CSTO", "CIS": "org:CIS", "EAEU": "org:EAEU", "Eurasian Economic Union": "org:EAEU",
       "Commonwealth": "org:CIS", "Georgia": "state:GE", "Ukraine": "state:UA", "Moldova": "state:MD",
       "Turkmenistan": "state:TM", "Uzbekistan": "state:UZ", "Armenia": "state:AM", "Russia": "state:RU",
       "Belarus": "state:BY", "Kazakhstan": "state:KZ", "Kyrgyzstan": "state:KG", "Cuban": "state:CU",
       "Tashkent": "place:tashkent", "Anna Petrova": "person:anna-petrova", "Tajikistan": "state:TJ",
       "Collective Security Council": "body:CSTO/collective-security-council", "former Soviet republics": "group:former-soviet"}


def mentions(text: str) -> list[Mention]:
    out = []
    for name, eid in sorted(IDS.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(name), text):
            if not any(o.start <= m.start() < o.end for o in out):
                out.append(Mention(m.start(), m.end(), name, eid, eid.split(":")[0]))
    return sorted(out, key=lambda m: m.start)  # in text order, as the pipeline gives them


def claims(text: str, context_org: str | None = None):
    found = find_claims(text, mentions(text), context_org)
    for c in found:
        assert text[c.start:c.end] == c.text
    return found


def test_membership_since_a_date_with_and_without_the_org():
    a, = claims("Georgia has been a member of the CSTO since 3 March 2011.")
    assert (a.type, a.states, a.orgs, a.since, a.status) == ("member", ("GE",), ("CSTO",), "2011-03-03", None)
    b, = claims("Meanwhile Moldova has been only an associate member since 2007.", context_org="CIS")
    assert (b.states, b.orgs, b.status, b.since) == (("MD",), ("CIS",), "associate", "2007")
    c, = claims("The Cuban envoy Anna Petrova, whose country has been an observer since May 2021, spoke.", "EAEU")
    assert (c.states, c.status, c.since, c.orgs) == (("CU",), "observer", "2021-05", ("EAEU",))
    assert c.text.startswith("Cuban envoy") or c.text.startswith("Cuban")


def test_apposition_and_one_of_the_n_members_is_one_claim():
    a, = claims("The talks included Turkmenistan, an associate member of the CIS, for the first time.")
    assert (a.type, a.states, a.orgs, a.status) == ("member", ("TM",), ("CIS",), "associate")
    assert claims("They met Anna Petrova, a member of parliament.") == []
    b, = claims("Kazakhstan remains one of the seven members of the CSTO.")
    assert (b.type, b.count, b.orgs) == ("member", 7, ("CSTO",))


def test_counts_new_forms():
    a, = claims("The EAEU, which unites four states, met in Minsk.")
    assert (a.type, a.orgs, a.count) == ("count", ("EAEU",), 4)
    b, = claims("Since then the CSTO has had five active members since Georgia left in 2010.")
    assert (b.count, b.since, b.status) == (5, "2010", "member")
    c, = claims("The EAEU's only observer state sent its deputy premier.")
    assert (c.count, c.status) == (1, "observer")
    d, = claims("Three of the seven CSTO leaders signed.")
    assert (d.orgs, d.count) == (("CSTO",), 7)
    e, = claims("The withdrawal leaves eight full members.", context_org="CIS")
    assert (e.orgs, e.count, e.status) == (("CIS",), 8, "member")


def test_a_count_needs_a_determiner():
    assert claims("Ministers of four member states of the CSTO met.") == []
    assert [c.count for c in claims("Ministers of the four member states of the CSTO met.")] == [4]


def test_that_alliance_is_the_org_last_named_not_the_topic():
    text = "The EAEU met. Armenia left the EAEU summit early for a CSTO call. It is one of the six members of that alliance."
    ms = mentions(text)
    *_, c = find_all_claims(text, ms)
    assert (c.type, c.orgs, c.count) == ("count", ("CSTO",), 6)


def test_ordinals():
    a, = claims("Georgia became the seventh member of the EAEU.")
    assert (a.type, a.subject, a.count, a.orgs) == ("ordinal", "GE", 7, ("EAEU",))
    b, = claims("That made it the third state in the CSTO after Russia and Belarus.")
    assert (b.subject, b.states, b.count) == (None, ("RU", "BY"), 3)
    c, = claims("The summit made Ukraine the second country to receive observer status in the EAEU.")
    assert (c.subject, c.count, c.status) == ("UA", 2, "observer")
    # "the second member of X to do something" is no claim about the order of joining
    assert claims("Armenia was the second member of the CSTO to skip the summit.") == []


def test_never_a_member():
    a, = claims("Georgia has never been a member of the EAEU.")
    assert (a.type, a.states, a.orgs) == ("never_member", ("GE",), ("EAEU",))


def test_attendance_is_not_a_member_count():
    assert claims("All nine heads of state invited came to the CIS summit.") == []
    a, = claims("Decisions need the consent of all six heads of state.", context_org="CSTO")
    assert (a.count, a.orgs) == (6, ("CSTO",))


def test_the_gates_never_hide_a_claim():
    """Each pattern only runs where its gate matches: running every pattern ungated finds the same claims."""
    import blocwatch.extract.claims as C
    texts = ["Georgia has been a member of the CSTO since 3 March 2011.", "The EAEU, which unites four states, met.",
             "Three of the seven CSTO leaders signed.", "Georgia became the seventh member of the EAEU.",
             "The withdrawal leaves eight full members.", "Georgia has never been a member of the EAEU.",
             "Moldova and Ukraine are not.", "The EAEU's only observer state came.",
             "The summit made Ukraine the second country to receive observer status in the EAEU.",
             "The eight-nation alliance groups Russia, Belarus, Armenia and Kazakhstan.",
             "Twelve states remain in the Commonwealth.", "Kyrgyzstan and Moldova have held observer status since 2019.",
             "Ukraine, in turn, is the Commonwealth's only observer state.", "Every EAEU member is also in the CSTO.",
             "With Georgia gone, the bloc again has five members.",
             "That leaves the same four member states as in 2003 - Armenia, Russia, Belarus and Kazakhstan."]
    gated = [claims(t, "CIS") for t in texts]
    always = C._GATES.setdefault(".", re.compile(".", re.S))
    saved = list(C._PATTERNS)
    try:
        C._PATTERNS[:] = [(k, f, always, rx) for k, f, _g, rx in saved]
        ungated = [claims(t, "CIS") for t in texts]
    finally:
        C._PATTERNS[:] = saved
    assert gated == ungated and all(gated)
    assert not any(w in "ministers met in minsk on friday." for w in _GATE)


def test_more_count_and_membership_forms():
    a, = claims("The eight-nation alliance groups Russia, Belarus, Armenia and Kazakhstan.", "CSTO")
    assert (a.type, a.orgs, a.count, a.states) == ("count", ("CSTO",), 8, ("RU", "BY", "AM", "KZ"))
    assert a.inferred and "alliance" in a.inferred  # the org is read from context, and the claim says so
    b, = claims("Twelve states remain in the Commonwealth.")
    assert (b.type, b.orgs, b.count, b.status, b.inferred) == ("count", ("CIS",), 12, None, None)
    c, = claims("Kyrgyzstan and Moldova have held observer status since March 2019.", "EAEU")
    assert (c.type, c.states, c.status, c.since, c.orgs) == ("member", ("KG", "MD"), "observer", "2019-03", ("EAEU",))
    assert "no organization is named" in c.inferred
    d, = claims("Ukraine, in turn, is the Commonwealth's only observer state.")
    assert (d.type, d.states, d.status, d.count, d.orgs) == ("member", ("UA",), "observer", 1, ("CIS",))
    e, = claims("Every EAEU member is also in the CSTO.")
    assert (e.type, e.orgs) == ("subset", ("EAEU", "CSTO"))
    f, = claims("With Georgia gone, the bloc again has five members.", "CSTO")
    assert (f.type, f.count, f.orgs) == ("count", 5, ("CSTO",))
    g, = claims("That leaves the same four member states as in 2003 - Armenia, Russia, Belarus and Kazakhstan.", "CSTO")
    assert (g.type, g.count, g.states) == ("count", 4, ("AM", "RU", "BY", "KZ"))
    assert claims("Only two states sent ministers; the rest remain in talks.") == []


def test_an_anaphor_resolved_by_the_gazetteer_is_still_marked_inferred():
    text = "The bloc's seven members met."
    ms = [Mention(4, 8, "bloc", "org:CSTO", "org")]
    c, = find_claims(text, ms)
    assert c.orgs == ("CSTO",) and c.inferred == '"bloc" is read as the CSTO'
    named, = claims("The CSTO's seven members met.")
    assert named.inferred is None


def test_a_count_as_an_adjective_of_the_organization():
    a, = claims("Leaders of the nine-nation Commonwealth met in Minsk.")
    assert (a.type, a.orgs, a.count, a.states) == ("count", ("CIS",), 9, ())
    b, = claims("The four-member alliance - Armenia, Belarus, Kazakhstan and Russia - met.", "CSTO")
    assert (b.type, b.orgs, b.count, b.states) == ("count", ("CSTO",), 4, ("AM", "BY", "KZ", "RU"))
    assert b.text.endswith("Russia")
    assert claims("A five-member delegation arrived from Moscow.") == []


def test_rosters_read_as_member_claims():
    a, = claims("The CSTO includes Armenia, Belarus and Russia.")
    assert (a.type, a.orgs, a.states, a.text) == ("member", ("CSTO",), ("AM", "BY", "RU"), "The CSTO includes Armenia, Belarus and Russia")
    b, = claims("The CIS, set up in 1991, comprises former Soviet republics such as Armenia and Moldova.")
    assert (b.type, b.orgs, b.states, b.groups) == ("member", ("CIS",), ("AM", "MD"), ())
    c, = claims("The Collective Security Council is made up of the heads of state of Russia and Tajikistan.")
    assert (c.type, c.orgs, c.states) == ("member", ("CSTO",), ("RU", "TJ"))
    d, = claims("The EAEU now consists of Russia, Belarus and Kazakhstan as full members.")
    assert (d.states, d.status) == (("RU", "BY", "KZ"), "member")


def test_members_are_and_members_named_read_as_member_claims():
    a, = claims("Without Georgia its remaining members are Armenia, Russia and Tajikistan.", context_org="CSTO")
    assert (a.type, a.orgs, a.states) == ("member", ("CSTO",), ("AM", "RU", "TJ"))
    assert a.inferred and a.text.startswith("its remaining members")
    b, = claims("The CIS members now are Belarus and Kyrgyzstan.")
    assert (b.orgs, b.states) == (("CIS",), ("BY", "KG"))
    c, = claims("Talks between CIS members Armenia and Russia went well.")
    assert (c.type, c.orgs, c.states) == ("member", ("CIS",), ("AM", "RU"))
    assert claims("Talks between former CIS members Georgia and Ukraine went well.") == []
    d, = claims("Cuba is not there, but Moldova and Uzbekistan already have the status of observers.", context_org="EAEU")
    assert (d.states, d.status, d.orgs) == (("MD", "UZ"), "observer", ("EAEU",))


def test_ordinals_counts_left_and_leaders_counted():
    a, = claims("Uzbekistan today became the sixth member of the EAEU.")
    assert (a.type, a.subject, a.count) == ("ordinal", "UZ", 6)
    # a forecast: the states named are members now, the count is not checked
    b, = claims("Should Georgia go, eight full members would remain in the CIS: Armenia, Belarus, Kazakhstan, "
                "Kyrgyzstan, Moldova, Russia, Tajikistan and Uzbekistan.")
    assert (b.type, b.orgs, b.count, b.status, len(b.states)) == ("member", ("CIS",), None, "member", 8)
    c, = claims("Ten states remain in the Commonwealth.")
    assert (c.type, c.count, c.orgs) == ("count", 10, ("CIS",))
    assert claims("Four members remain undecided.", context_org="CSTO") == []
    d, = claims("The 11 CIS leaders posed for a photograph.")
    assert (d.type, d.orgs, d.count, d.text) == ("count", ("CIS",), 11, "The 11 CIS leaders")
    e, = claims("Turkmenistan has taken part only as an associate member since 2005.", context_org="CIS")
    assert (e.type, e.states, e.status, e.since) == ("member", ("TM",), "associate", "2005")


def test_a_count_after_an_org_with_its_acronym_in_brackets():
    a, = claims("Ministers of the Eurasian Economic Union's (EAEU) five member states met in Minsk.")
    assert (a.type, a.orgs, a.count) == ("count", ("EAEU",), 5)
