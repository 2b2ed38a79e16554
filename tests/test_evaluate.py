"""The quality scorer: matching rules per kind, micro averages, n/a, floors and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from blocwatch import evaluate as ev
from blocwatch.cli import app
from blocwatch.cli import commands  # noqa: F401  (registers the commands)
from blocwatch.errors import BlocwatchError, InputError

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"


def gold_doc(doc_id="d1", **sections):
    must_not = sections.pop("must_not", [])
    return ev.gold_document({"id": doc_id, "gold": {**sections, "must_not": must_not}})


def fact(kind, doc="d1", **fields):
    return {"doc": doc, "kind": kind, **fields}


def member(state, status="member", org="CSTO"):
    return {"org": org, "state": state, "status": status, "as_of": "2018"}


def office(person, title, of, acting=False):
    return {"person": person, "office": title, "acting": acting, "of": of, "as_of": "2018"}


def meeting(org, date, place=None, participants=(), states=(), host=None, ordinal=None):
    return {"org": org, "body": "summit", "date": date, "place": place, "ordinal": ordinal, "host": host,
            "participant_states": list(states),
            "participants": [{"name": n, "role": None, "state": None, "org": None} for n in participants]}


def as_pred(kind, facts, doc="d1"):
    return [fact(kind, doc, **f) for f in facts]


def kinds_of(report, *kinds):
    return {k: (report.score(k).tp, report.score(k).fp, report.score(k).fn) for k in kinds}


# --------------------------------------------------------------------------- memberships & F1
def test_perfect_predictions_score_one_for_every_kind_with_gold():
    g = gold_doc(memberships=[member("AM"), member("AZ", "non-member")],
                 offices=[office("Vladimir Putin", "President", "RU")],
                 meetings=[meeting("CIS", "2018-11-21", "Moscow", ["Nikolai Patrushev"], ["RU"],
                                   host="Nikolai Patrushev", ordinal=6)],
                 chairmanships=[{"org": "CSTO", "state": "RU", "from": "2013-09-23", "to": None}],
                 stances=[{"state": "AM", "action": "veto", "org": "CSTO", "target_state": "AZ"}],
                 claims=[{"text": "every state in the treaty organisation belongs to the Commonwealth",
                          "verdict": "supported"}])
    report = ev.score([g], ev.gold_as_predictions(g))
    for s in report.scores:
        if s.kind == "must_not":
            assert s.f1 is None
        else:
            assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), s
    assert report.documents[0].mismatches == ()


def test_a_missing_membership_lowers_recall_by_one_gold_fact():
    g = gold_doc(memberships=[member(s) for s in ("AM", "BY", "KZ", "RU")])
    s = ev.score([g], as_pred("membership", [member(s) for s in ("AM", "BY", "KZ")])).score("memberships")
    assert (s.tp, s.fp, s.fn) == (3, 0, 1)
    assert s.precision == 1.0 and s.recall == 0.75 and s.f1 == pytest.approx(6 / 7)


def test_a_wrong_status_is_both_a_false_positive_and_a_miss():
    g = gold_doc(memberships=[member("AZ", "non-member")])
    report = ev.score([g], as_pred("membership", [member("AZ", "observer")]))
    s = report.score("memberships")
    assert (s.tp, s.fp, s.fn, s.f1) == (0, 1, 1, 0.0)
    errors = {(m.error, m.item) for m in report.documents[0].mismatches}
    assert errors == {("fn", "AZ non-member of CSTO"), ("fp", "AZ observer of CSTO")}


def test_a_status_the_article_itself_closed_is_history_and_not_scored():
    g = gold_doc(memberships=[member("UZ", "suspended")])
    closed = {"org": "CSTO", "state": "UZ", "status": "member", "as_of": None, "from": "2006", "to": "2012"}
    s = ev.score([g], as_pred("membership", [member("UZ", "suspended"), closed])).score("memberships")
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_scores_are_micro_averaged_over_documents():
    g1 = gold_doc("a", memberships=[member("AM")])
    g2 = gold_doc("b", memberships=[member(s) for s in ("BY", "KZ", "RU")])
    preds = as_pred("membership", [member("AM")], "a") + as_pred("membership", [member("BY")], "b")
    s = ev.score([g1, g2], preds).score("memberships")
    assert (s.tp, s.fn) == (2, 2) and s.recall == 0.5  # a macro average would give 0.667


def test_a_fact_printed_twice_counts_once_as_a_hit():
    g = gold_doc(memberships=[member("AM")])
    s = ev.score([g], as_pred("membership", [member("AM"), member("AM")])).score("memberships")
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


# --------------------------------------------------------------------------- n/a
def test_f1_is_na_when_a_kind_has_neither_gold_nor_predictions():
    g = gold_doc(memberships=[member("AM")])
    report = ev.score([g], as_pred("membership", [member("AM")]))
    s = report.score("stances")
    assert (s.precision, s.recall, s.f1) == (None, None, None)


def test_predictions_without_gold_score_zero_precision_and_na_recall():
    g = gold_doc()
    s = ev.score([g], as_pred("stance", [{"state": "AM", "action": "veto", "org": "CSTO"}])).score("stances")
    assert (s.precision, s.recall, s.f1) == (0.0, None, 0.0)


# --------------------------------------------------------------------------- normalising names
def test_names_match_across_case_accents_and_punctuation():
    assert ev.normalize("  Valéry  SEMERIKOV ") == ev.normalize("valery semerikov") == "valery semerikov"
    assert ev.normalize("Kassym-Jomart Tokayev") == "kassym jomart tokayev"
    assert ev.normalize("Ma'ruf") == "maruf"
    g = gold_doc(offices=[office("Valery Semerikov", "Secretary General", "CSTO", acting=True)],
                 meetings=[meeting("CIS", "2018-11-21", participants=["Valery Semerikov", "Stanislav Zas"])])
    preds = (as_pred("office", [office("VALÉRY Semerikov", "Secretary General", "csto", acting=True)])
             + as_pred("meeting", [meeting("cis", "2018-11-21", participants=["valéry semerikov", "Stanislav ZAS"])]))
    report = ev.score([g], preds)
    assert kinds_of(report, "offices", "participants") == {"offices": (1, 0, 0), "participants": (2, 0, 0)}


def test_a_spelling_variant_is_not_the_same_person():
    g = gold_doc(offices=[office("Valery Semerikov", "Secretary General", "CSTO", acting=True)])
    preds = as_pred("office", [office("Valeri Semerikov", "Secretary General", "CSTO", True)])
    s = ev.score([g], preds).score("offices")
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


# --------------------------------------------------------------------------- offices
def test_acting_is_part_of_an_office_key_and_titles_are_scored_among_matches():
    g = gold_doc(offices=[office("Nikol Pashinyan", "Prime Minister", "AM", acting=True),
                          office("Vladimir Putin", "President", "RU"),
                          office("Valery Semerikov", "Secretary General", "CSTO", acting=True)])
    preds = as_pred("office", [office("Nikol Pashinyan", "Prime Minister", "AM", acting=False),
                               office("Vladimir Putin", "Prime Minister", "RU"),
                               office("Valery Semerikov", "acting Secretary General", "CSTO", acting=True)])
    report = ev.score([g], preds)
    assert kinds_of(report, "offices", "office_titles") == {"offices": (2, 1, 1), "office_titles": (1, 1, 1)}


def test_two_offices_of_one_person_pair_by_title():
    president, speaker = office("Talant Mamytov", "President", "KG"), office("Talant Mamytov", "Speaker", "KG")
    g = gold_doc(offices=[president, speaker])
    preds = as_pred("office", [speaker, president])
    report = ev.score([g], preds)
    assert kinds_of(report, "offices", "office_titles") == {"offices": (2, 0, 0), "office_titles": (2, 0, 0)}


# --------------------------------------------------------------------------- meetings
def test_two_gold_meetings_and_one_prediction_match_once():
    g = gold_doc(meetings=[meeting("CIS", "2018-11-21", "Moscow", ["Nikolai Patrushev"], ["RU", "AM"], ordinal=6),
                           meeting("CIS", "2017", ordinal=5)])
    preds = as_pred("meeting", [meeting("CIS", "2018-11-21", "Moscow", ["Nikolai Patrushev"], ["RU"], ordinal=6)])
    report = ev.score([g], preds)
    assert kinds_of(report, "meetings", "meeting_dates", "participants", "participant_states", "ordinals") == {
        "meetings": (1, 0, 1), "meeting_dates": (1, 0, 0), "participants": (1, 0, 0),
        "participant_states": (1, 0, 1), "ordinals": (1, 0, 1)}


def test_meetings_in_one_year_pair_with_the_closest_date():
    g = gold_doc(meetings=[meeting("CSTO", "2018-11-08", "Astana"), meeting("CSTO", "2018-12-06", "Saint Petersburg")])
    report = ev.score([g], as_pred("meeting", [meeting("CSTO", "2018-12-06", "Saint Petersburg")]))
    assert kinds_of(report, "meetings", "meeting_dates") == {"meetings": (1, 0, 1), "meeting_dates": (1, 0, 0)}
    assert [m.item for m in report.documents[0].mismatches] == ["CSTO summit 2018-11-08 Astana"]


def test_meeting_dates_agree_at_the_gold_precision():
    g = gold_doc(meetings=[meeting("CSTO", "2023-11", "Minsk"), meeting("CIS", "2018-11-21")])
    preds = as_pred("meeting", [meeting("CSTO", "2023-11-23", "Minsk"), meeting("CIS", "2018")])
    report = ev.score([g], preds)
    assert kinds_of(report, "meetings", "meeting_dates") == {"meetings": (2, 0, 0), "meeting_dates": (1, 1, 1)}


def test_a_meeting_in_another_year_or_org_does_not_match():
    g = gold_doc(meetings=[meeting("CSTO", "2013-09-23", participants=["Vladimir Putin"], states=["RU"])])
    preds = as_pred("meeting", [meeting("CSTO", None, participants=["Vladimir Putin"], states=["RU"]),
                                meeting("EAEU", "2013-09-23")])
    report = ev.score([g], preds)
    # the unmatched gold meeting's people are misses, the unmatched predictions' people false positives
    assert kinds_of(report, "meetings", "participants", "participant_states") == {
        "meetings": (0, 2, 1), "participants": (0, 1, 1), "participant_states": (0, 1, 1)}


def test_hosts_are_slots_of_meetings():
    g = gold_doc(meetings=[meeting("CSTO", "2016-10-14", host="Serzh Sargsyan"), meeting("CSTO", "2017-11-30"),
                           meeting("CIS", "2018-11-21", host="Nikolai Patrushev")])
    preds = as_pred("meeting", [meeting("CSTO", "2016-10-14", host="serzh sargsyan"),
                                meeting("CSTO", "2017-11-30", host="Alexander Lukashenko"),
                                meeting("CIS", "2018-11-21")])
    assert kinds_of(ev.score([g], preds), "hosts") == {"hosts": (1, 1, 1)}


# --------------------------------------------------------------------------- claims
def test_claims_match_by_containment_or_token_overlap():
    g = gold_doc(claims=[
        {"text": "the three Baltic states never joined the Commonwealth or the security treaty",
         "verdict": "supported"},
        {"text": "every state in the treaty organisation also belongs to the Commonwealth", "verdict": "supported"},
        {"text": "nine republics sit in the Commonwealth", "verdict": "depends on whether an associate counts"},
        {"text": "Armenia vetoed Azerbaijan", "verdict": "supported"}])
    preds = as_pred("claim", [
        {"text": "never joined the Commonwealth or the security treaty", "verdict": "supported"},  # contained
        {"text": "Every state of the treaty organisation belongs to the Commonwealth too",
         "verdict": "contradicted"},  # token Jaccard 8/12
        {"text": "Nine republics sit in the Commonwealth.", "verdict": "depends on the definition"},
        {"text": "Moscow hosted a summit", "verdict": "supported"}])
    report = ev.score([g], preds)
    assert kinds_of(report, "claims", "claim_verdicts") == {"claims": (3, 1, 1), "claim_verdicts": (2, 1, 1)}


def test_a_claim_below_half_token_overlap_does_not_match():
    g = gold_doc(claims=[{"text": "Kyrgyzstan stays one of the six members of the bloc", "verdict": "supported"}])
    preds = as_pred("claim", [{"text": "Kyrgyzstan stays a member", "verdict": "supported"}])  # Jaccard 2/10
    assert kinds_of(ev.score([g], preds), "claims") == {"claims": (0, 1, 1)}


# --------------------------------------------------------------------------- must_not, stances, chairmanships
def test_every_fact_mentioning_a_must_not_string_is_a_false_positive():
    g = gold_doc(offices=[office("Vladimir Putin", "President", "RU")], must_not=["Josep Borrell", "SKA"])
    preds = as_pred("office", [office("Vladimir Putin", "President", "RU"),
                               office("JOSEP BORRELL", "High Representative", "EU")])
    preds += as_pred("meeting", [meeting("EU", "2018", participants=["Josep Borrell"])])
    preds += as_pred("claim", [{"text": "CSKA beat Zenit", "verdict": "supported",
                                "explanation": "SKA is mentioned only in the explanation"}])
    report = ev.score([g], preds)
    s = report.score("must_not")
    assert (s.tp, s.fp, s.fn, s.f1) == (0, 2, 0, 0.0)
    assert all("Josep Borrell" in m.item for m in report.documents[0].mismatches if m.kind == "must_not")


def test_stances_and_chairmanships_match_on_their_keys():
    g = gold_doc(stances=[{"state": "AM", "action": "veto", "org": "CSTO", "target_state": "AZ"},
                          {"state": "GE", "action": "refuse_to_join", "org": "CSTO", "target_state": None}],
                 chairmanships=[{"org": "CSTO", "state": "RU", "from": "2013-09-23", "to": None}])
    preds = (as_pred("stance", [{"state": "AM", "action": "veto", "org": "CSTO", "target_state": None},
                                {"state": "GE", "action": "refuse_to_join", "org": "CSTO", "target_state": None}])
             + as_pred("chairmanship", [{"org": "CSTO", "state": "RU", "from": "2013", "to": None}]))
    report = ev.score([g], preds)
    assert kinds_of(report, "stances", "chairmanships") == {"stances": (1, 1, 1), "chairmanships": (1, 0, 0)}


# --------------------------------------------------------------------------- documents and loading
def test_predictions_are_filed_by_gold_id_or_file_stem(tmp_path):
    path = tmp_path / "gold" / "007_x.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"id": "abc123", "gold": {"memberships": [member("AM")]}}))
    [g] = ev.load_gold(path.parent)
    preds = [fact("membership", "abc123", **member("AM")), fact("membership", "articles/007_x.txt", **member("BY")),
             fact("membership", "elsewhere", **member("KZ"))]
    report = ev.score([g], preds)
    assert kinds_of(report, "memberships") == {"memberships": (1, 1, 0)}
    assert report.unscored_docs == ("elsewhere",)


def test_load_predictions_reads_jsonl_and_rejects_facts_without_doc_or_kind(tmp_path):
    good = tmp_path / "p.jsonl"
    lines = [json.dumps(fact("membership", **member("AM"))), "", json.dumps(fact("claim", text="x"))]
    good.write_text("\n".join(lines) + "\n")
    assert [f["kind"] for f in ev.load_predictions(good)] == ["membership", "claim"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"kind": "membership"}) + "\n")
    with pytest.raises(InputError, match="fact 1"):
        ev.load_predictions(bad)
    with pytest.raises(InputError, match="Cannot read"):
        ev.load_predictions(tmp_path / "missing.jsonl")


def test_load_gold_explains_a_file_without_gold(tmp_path):
    (tmp_path / "x.json").write_text('{"id": "x"}')
    with pytest.raises(InputError, match='"gold"'):
        ev.load_gold(tmp_path)


def test_floors_name_every_kind_below_and_pass_na_kinds():
    g = gold_doc(memberships=[member("AM"), member("BY")], offices=[office("Vladimir Putin", "President", "RU")])
    report = ev.score([g], as_pred("membership", [member("AM")]))
    breaches = report.below({"memberships": 0.9, "offices": 0.5, "stances": 0.9, "meetings": 0.9})
    assert [(b.kind, b.floor) for b in breaches] == [("memberships", 0.9), ("offices", 0.5)]
    assert breaches[0].f1 == pytest.approx(2 / 3)
    with pytest.raises(InputError, match="membership"):
        report.below({"membership": 0.9})
    with pytest.raises(InputError, match="devset"):
        ev.floors_for({"devset": {}}, "other")


def test_the_pinned_floors_name_known_kinds_for_both_corpora():
    floors = json.loads((ROOT / "tests" / "quality_floors.json").read_text())
    assert set(floors) >= {"samples", "devset"}
    for corpus in ("samples", "devset"):
        assert set(floors[corpus]) <= set(ev.KINDS)
        assert all(0.0 <= v <= 1.0 for v in floors[corpus].values())


# --------------------------------------------------------------------------- the gold files themselves
def test_the_samples_gold_scored_against_itself_is_perfect(samples):
    docs = ev.load_gold(samples / "gold")
    assert len(docs) >= 2
    for doc in docs:
        report = ev.score([doc], ev.gold_as_predictions(doc))
        for s in report.scores:
            assert s.f1 in (1.0, None), (doc.id, s)
        assert report.score("memberships").f1 == 1.0 and report.score("meetings").f1 == 1.0


def test_the_devset_gold_loads_and_is_consistent_with_its_must_not_lists():
    docs = ev.load_gold(DEVSET / "gold")
    report = ev.score(docs, [f for d in docs for f in ev.gold_as_predictions(d)])
    assert all(s.f1 in (1.0, None) for s in report.scores), [s for s in report.scores if s.f1 not in (1.0, None)]


# --------------------------------------------------------------------------- CLI
@pytest.fixture
def corpus(tmp_path):
    gold_dir = tmp_path / "mini" / "gold"
    gold_dir.mkdir(parents=True)
    (gold_dir / "a.json").write_text(json.dumps({"id": "a", "gold": {
        "memberships": [member("AM"), member("BY")], "offices": [office("Vladimir Putin", "President", "RU")]}}))
    preds = tmp_path / "preds.jsonl"
    preds.write_text("\n".join(json.dumps(f) for f in as_pred("membership", [member("AM"), member("BY")], "a")
                               + as_pred("office", [office("Vladimir Putin", "Prime Minister", "RU")], "a")))
    return gold_dir, preds


def run(*args, **kw):
    return CliRunner().invoke(app, ["evaluate", *map(str, args)], **kw)


def test_cli_prints_a_table_and_details(corpus):
    gold_dir, preds = corpus
    r = run(gold_dir, "--predictions", preds, "--details")
    assert r.exit_code == 0, r.output
    assert "mini: 1 documents" in r.stdout
    assert "memberships" in r.stdout and "n/a" in r.stdout
    assert "FN  office_titles" in r.stdout and "Vladimir Putin, President of RU" in r.stdout


def test_cli_json_from_stdin(corpus):
    gold_dir, preds = corpus
    r = run(gold_dir, "-p", "-", "--format", "json", input=preds.read_text())
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    rows = {s["kind"]: s for s in data["scores"]}
    assert rows["memberships"]["f1"] == 1.0 and rows["office_titles"]["f1"] == 0.0 and rows["stances"]["f1"] is None
    assert data["documents"][0]["doc"] == "a"


def test_cli_exits_1_naming_every_kind_below_its_floor(corpus, tmp_path):
    gold_dir, preds = corpus
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"mini": {"memberships": 0.9, "office_titles": 0.9, "stances": 0.9, "offices": 0.95}}))
    r = run(gold_dir, "-p", preds, "--floors", floors)
    assert r.exit_code == 1 and isinstance(r.exception, ev.BelowFloorError)
    assert [b.kind for b in r.exception.breaches] == ["office_titles"]
    assert "office_titles (0.000 < 0.9)" in str(r.exception)
    assert "memberships" in r.stdout  # the table is printed before the verdict
    floors.write_text(json.dumps({"mini": {"memberships": 0.9, "offices": 0.9}}))
    assert run(gold_dir, "-p", preds, "--floors", floors).exit_code == 0
    assert run(gold_dir, "-p", preds, "--floors", floors, "--corpus", "devset").exit_code != 0


def test_the_installed_command_exits_1_below_a_floor(corpus, tmp_path):
    gold_dir, preds = corpus
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"mini": {"office_titles": 0.9}}))
    exe = Path(sys.executable).with_name("blocwatch")
    if not exe.exists():
        pytest.skip("the blocwatch script is not installed next to this Python")
    r = subprocess.run([str(exe), "evaluate", str(gold_dir), "-p", str(preds), "--floors", str(floors)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1, r.stderr
    assert "office_titles" in r.stderr and "memberships" in r.stdout


def test_cli_needs_exactly_one_source_of_predictions(corpus):
    gold_dir, preds = corpus
    assert run(gold_dir).exit_code == 2
    assert run(gold_dir, "-p", preds, "--extract").exit_code == 2


def test_cli_extract_says_what_to_do_when_the_api_lacks_extract_contract(corpus, monkeypatch):
    from blocwatch.workspace import Blocwatch
    monkeypatch.delattr(Blocwatch, "extract_contract", raising=False)
    r = run(corpus[0], "--extract")
    assert isinstance(r.exception, BlocwatchError)
    assert "extract_contract" in str(r.exception) and "--predictions" in str(r.exception)


def test_articles_are_found_next_to_the_gold(tmp_path):
    from blocwatch.cli.evaluate import article_for
    for corpus, article in (("flat", "x.txt"), ("nested", "articles/x.html")):
        gold = tmp_path / corpus / "gold"
        gold.mkdir(parents=True)
        (gold / "x.json").write_text(json.dumps({"id": "x", "gold": {}}))
        (tmp_path / corpus / article).parent.mkdir(exist_ok=True)
        (tmp_path / corpus / article).write_text("text")
        assert article_for(ev.load_gold(gold)[0]) == tmp_path / corpus / article
    with pytest.raises(InputError, match="No article"):
        (tmp_path / "flat" / "x.txt").unlink()
        article_for(ev.load_gold(tmp_path / "flat" / "gold")[0])
    assert article_for(ev.load_gold(DEVSET / "gold" / "004_csto_bishkek_2019.json")[0]).suffix == ".html"
