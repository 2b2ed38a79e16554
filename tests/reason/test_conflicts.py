"""Conflicts: article facts against the reference data and against each other; nothing overwritten."""

from __future__ import annotations

from .conftest import meeting


def membership(state, org, status, date):
    return {"kind": "membership", "subject": f"state:{state}", "object": f"org:{org}", "value": status, "valid_from": date}


def test_article_status_that_differs_from_the_reference_is_listed_with_both_sides(bw, write):
    write.article("Turkmenistan is one of the ten full members of the Commonwealth.", membership("TM", "CIS", "member", "2018-11-21"))
    [c] = bw.conflicts()
    assert (c.kind, c.org, c.about, c.date, c.against) == ("membership", "CIS", "Turkmenistan", "2018-11-21", "reference")
    assert "member of the CIS" in c.article.statement and "associate" in c.other.statement
    assert c.article.sources[0].text.startswith("Turkmenistan is one of") and c.other.sources[0].kind == "reference"
    # nothing was overwritten: the reference status still answers
    assert bw.status("TM", "CIS", "2018-11-21")[0].status == "associate"


def test_agreeing_article_facts_are_not_conflicts(bw, write):
    write.article("Azerbaijan stays outside the CSTO.", membership("AZ", "CSTO", "non-member", "2018-11-21"),
                  membership("GE", "CIS", "non-member", "2018-11-21"))  # reference: former, the same thing
    assert bw.conflicts() == []


def test_two_articles_that_disagree_with_each_other(bw, write):
    write.article("Moldova has observer status in the union.", membership("MD", "EAEU", "observer", "2019-05-29"))
    write.article("Moldova is a full member of the union.", membership("MD", "EAEU", "member", "2019-05-29"))
    pairs = {(c.against, c.article.statement, c.other.statement) for c in bw.conflicts(org="EAEU")}
    assert pairs == {
        ("article", "Moldova: observer of the EAEU (as of 2019-05-29)", "Moldova: member of the EAEU (as of 2019-05-29)"),
        # the reference data knows Moldova only as an observer then
        ("reference", "Moldova: member of the EAEU (as of 2019-05-29)", "Moldova: observer of the EAEU (2018-05-14 to (open))"),
    }


def test_meeting_on_another_date_within_sixty_days(bw, write):
    write.reference(meeting("CSTO", "collective-security-council", "2030-09-23", place="sochi", host="RU"))
    write.article("The leaders met in Sochi on 20 October.", meeting("CSTO", "collective-security-council", "2030-10-20", place="sochi"))
    write.article("A further summit followed in December.", meeting("CSTO", "collective-security-council", "2030-12-30"))
    cs = [c for c in bw.conflicts("CSTO") if c.kind == "meeting"]
    assert len(cs) == 1
    assert "2030-10-20" in cs[0].article.statement and "2030-09-23" in cs[0].other.statement
    assert cs[0].against == "reference"


def test_meeting_on_the_same_date_in_another_place(bw, write):
    write.article("The summit opened in Minsk.", {**meeting("CSTO", "collective-security-council", "2030-05-05", place="minsk"),
                                                  "subject": "meeting:CSTO/a"})
    write.article("The summit opened in Yerevan.", {**meeting("CSTO", "collective-security-council", "2030-05-05", place="yerevan"),
                                                    "subject": "meeting:CSTO/b"})
    [c] = [c for c in bw.conflicts("CSTO") if c.kind == "meeting"]
    assert c.against == "article"
    assert {c.article.statement.split(" in ")[-1], c.other.statement.split(" in ")[-1]} == {"Minsk", "Yerevan"}


def test_office_holder_unlike_the_reference(bw, write):
    write.article("Secretary General Nikolai Bordyuzha opened the meeting.",
                  {"kind": "office", "subject": "person:nikolai-bordyuzha", "object": "org:CSTO",
                   "value": "Secretary General", "valid_from": "2018-11-21", "attrs": {"acting": False, "key": {"acting": False}}})
    [c] = [c for c in bw.conflicts() if c.kind == "office"]
    assert "Bordyuzha" in c.article.statement and "Semerikov" in c.other.statement


def test_participant_while_suspended(bw, write):
    write.article("Delegations of Russia and Uzbekistan took part.",
                  meeting("CSTO", "collective-security-council", "2018-11-08", place="astana", states=("RU", "UZ")))
    [c] = [c for c in bw.conflicts() if c.kind == "participation"]
    assert c.about == "Uzbekistan" and "suspended" in c.other.statement


def test_org_filter(bw, write):
    write.article("Turkmenistan is a full CIS member.", membership("TM", "CIS", "member", "2018-11-21"))
    assert bw.conflicts("CSTO") == [] and len(bw.conflicts("CIS")) == 1
