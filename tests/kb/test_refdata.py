"""Reading the curated YAML reference data: a small hand-made folder loads into entities and
facts with cited evidence; a bad entry (unknown source, state, organization, person, place; a
malformed date; broken YAML) stops the load with the file and the entry named."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

import pytest

from blocwatch.errors import ReferenceDataError
from blocwatch.kb import refdata
from blocwatch.model import PartialDate

BASE = """
sources:
  - {id: src-a, title: "Source A", url: "https://example.org/a", accessed: "2026-01-01"}
organizations:
  - id: CSTO
    name: Collective Security Treaty Organization
    aliases: [ODKB]
    source: src-a
    offices:
      - {id: secretary-general, name: Secretary General}
people:
  - {id: valery-semerikov, name: Valery Semerikov, state: RU}
places:
  - {id: moscow, name: Moscow, state: RU}
"""


def folder(tmp_path: Path, **files: str) -> Path:
    """A data folder with base.yaml plus the given files (name -> YAML text)."""
    (tmp_path / "base.yaml").write_text(textwrap.dedent(BASE), encoding="utf-8")
    for name, text in files.items():
        (tmp_path / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def load_error(tmp_path: Path, **files: str) -> str:
    with pytest.raises(ReferenceDataError) as e:
        refdata.load(folder(tmp_path, **files))
    assert e.value.exit_code == 4
    return str(e.value)


# ------------------------------------------------------------------ a good folder
def test_a_small_folder_loads_into_entities_and_cited_facts(tmp_path):
    data = refdata.load(folder(tmp_path, memberships="""
        memberships:
          - {org: CSTO, state: UZ, status: member, from: "2006-06-23", to: "2012-12-19", source: src-a, note: "Back in."}
          - {org: CSTO, state: UZ, status: suspended, from: "2012-12-19", to: null, source: src-a}
        """))
    ids = {e.id for e in data.entities}
    assert {"org:CSTO", "office:CSTO/secretary-general", "person:valery-semerikov", "place:moscow",
            "state:UZ", "state:AM"} <= ids
    member, suspended = data.facts
    assert (member.kind, member.subject, member.object, member.value) == ("membership", "state:UZ", "org:CSTO", "member")
    assert (member.valid_from, member.valid_to) == (PartialDate(2006, 6, 23), PartialDate(2012, 12, 19))
    assert suspended.valid_to is None
    assert member.attrs == {"note": "Back in."}
    [ev] = member.evidence
    assert (ev.source_id, ev.extractor) == ("ref:src-a", "reference")
    assert [s.id for s in data.sources] == ["ref:src-a"]


def test_unquoted_yaml_dates_are_read_as_dates(tmp_path):
    data = refdata.load(folder(tmp_path, memberships="""
        memberships:
          - {org: CSTO, state: UZ, status: member, from: 2006-06-23, to: null, source: src-a}
        """))
    assert data.facts[0].valid_from == PartialDate(2006, 6, 23)


def test_an_attestation_without_bounds_holds_for_its_day(tmp_path):
    data = refdata.load(folder(tmp_path, offices="""
        offices:
          - {person: valery-semerikov, office: Secretary General, of: CSTO, from: null, to: null,
             acting: true, attested: "2018-11-21", source: src-a}
        """))
    [f] = data.facts
    assert (f.valid_from, f.valid_to) == (PartialDate(2018, 11, 21), PartialDate(2018, 11, 22))
    assert f.attrs["acting"] is True and f.object == "org:CSTO"


def test_a_meeting_holds_for_its_date_and_links_its_place_and_states(tmp_path):
    data = refdata.load(folder(tmp_path, meetings="""
        meetings:
          - {org: CSTO, body: collective-security-council, date: "2013-05", place: moscow,
             host_state: RU, participant_states: [AM, BY], source: src-a}
        """))
    [m] = data.facts
    assert m.subject == "meeting:CSTO/collective-security-council/2013-05"
    assert (m.valid_from, m.valid_to) == (PartialDate(2013, 5), PartialDate(2013, 6))
    assert {(l.role, l.entity_id) for l in m.links} == {
        ("participant_state", "state:AM"), ("participant_state", "state:BY"),
        ("place", "place:moscow"), ("host_state", "state:RU")}


def test_the_hash_changes_when_a_file_changes(tmp_path):
    f = folder(tmp_path)
    before = refdata.data_hash(f)
    assert refdata.data_hash(f) == before
    (f / "base.yaml").write_text((f / "base.yaml").read_text() + "\n# edited\n")
    assert refdata.data_hash(f) != before


def test_every_shipped_fact_is_stored_with_a_cited_reference_source(kb_path):
    # kb_path is the session's knowledge base, built from the shipped data.
    with sqlite3.connect(kb_path) as c:
        facts = c.execute("SELECT count(*) FROM facts").fetchone()[0]
        uncited = c.execute("SELECT count(*) FROM facts WHERE id NOT IN (SELECT fact_id FROM evidence)").fetchone()[0]
        kinds = {r[0] for r in c.execute(
            "SELECT DISTINCT s.kind FROM evidence e JOIN sources s ON s.id = e.source_id")}
    c.close()
    assert facts > 300 and uncited == 0 and kinds == {"reference"}


# ------------------------------------------------------------------ bad data is named
def test_a_membership_citing_an_unknown_source_names_file_and_entry(tmp_path):
    msg = load_error(tmp_path, memberships="""
        memberships:
          - {org: CSTO, state: UZ, status: member, from: "2006-06-23", source: no-such-source}
        """)
    assert msg.startswith("memberships.yaml: membership CSTO/UZ")
    assert "'no-such-source'" in msg and "sources:" in msg


def test_one_unknown_source_in_a_list_is_enough_to_stop(tmp_path):
    msg = load_error(tmp_path, memberships="""
        memberships:
          - {org: CSTO, state: UZ, status: member, from: "2006", source: [src-a, missing-b]}
        """)
    assert "memberships.yaml" in msg and "'missing-b'" in msg


def test_a_membership_with_an_unknown_state_code_names_file_and_code(tmp_path):
    msg = load_error(tmp_path, memberships="""
        memberships:
          - {org: CSTO, state: XX, status: member, from: "2006", source: src-a}
        """)
    assert "memberships.yaml" in msg and "'XX'" in msg and "ISO 3166-1" in msg


def test_a_membership_in_an_unknown_organization_is_named(tmp_path):
    msg = load_error(tmp_path, memberships="""
        memberships:
          - {org: CTSO, state: UZ, status: member, from: "2006", source: src-a}
        """)
    assert "memberships.yaml" in msg and "'CTSO'" in msg


def test_a_malformed_date_names_the_entry(tmp_path):
    msg = load_error(tmp_path, memberships="""
        memberships:
          - {org: CSTO, state: UZ, status: member, from: "2012-13-45", source: src-a}
        """)
    assert "memberships.yaml: membership CSTO/UZ" in msg and "Month 13" in msg


def test_an_office_of_an_unknown_person_is_named(tmp_path):
    msg = load_error(tmp_path, offices="""
        offices:
          - {person: nobody-known, office: Secretary General, of: CSTO, from: "2018", source: src-a}
        """)
    assert "offices.yaml" in msg and "'nobody-known'" in msg


def test_a_meeting_at_an_unknown_place_or_without_a_date_is_named(tmp_path):
    msg = load_error(tmp_path, meetings="""
        meetings:
          - {org: CSTO, body: council, date: "2013-05", place: atlantis, source: src-a}
        """)
    assert "meetings.yaml" in msg and "'atlantis'" in msg
    (tmp_path / "meetings.yaml").unlink()
    msg = load_error(tmp_path, meetings="""
        meetings:
          - {org: CSTO, body: council, date: null, source: src-a}
        """)
    assert "meetings.yaml" in msg and "needs a date" in msg


def test_broken_yaml_names_the_file(tmp_path):
    msg = load_error(tmp_path, memberships="memberships: [ {org: CSTO, state: UZ\n")
    assert msg.startswith("memberships.yaml: not valid YAML")


def test_a_file_without_sections_at_the_top_is_named(tmp_path):
    msg = load_error(tmp_path, memberships="- just a list\n")
    assert msg.startswith("memberships.yaml:") and "sections" in msg


def test_a_states_capital_is_a_place_of_that_state():
    data = refdata.load()  # the shipped data: Iran's capital is named only as the state's capital
    places = {e.id: e for e in data.entities if e.kind == "place"}
    assert places["place:tehran"].name == "Tehran" and places["place:tehran"].attrs["state"] == "state:IR"
    assert sum(1 for e in places.values() if e.name == "Moscow") == 1  # listed places are not doubled


def test_shipped_demonyms_and_added_leaders_load():
    data = refdata.load()  # the shipped data
    ents = {e.id: e for e in data.entities}
    poland, czechia = ents["state:PL"], ents["state:CZ"]
    assert "Polish" in poland.attrs["demonyms"] and "Polish" in poland.aliases
    assert "Czech" in czechia.attrs["demonyms"]
    lavrov = ents["person:sergei-lavrov"]
    assert lavrov.name == "Sergei Lavrov" and "Sergey Lavrov" in lavrov.aliases
    assert lavrov.attrs["state"] == "state:RU"
    assert "Abdulaziz Komilov" in ents["person:abdulaziz-kamilov"].aliases
    [fm] = [f for f in data.facts if f.kind == "office" and f.subject == "person:sergei-lavrov"]
    assert (fm.object, fm.value, fm.valid_from, fm.valid_to) == ("state:RU", "Foreign Minister", PartialDate(2004, 3, 9), None)
    assert fm.evidence and all(ev.source_id.startswith("ref:") for ev in fm.evidence)
