"""The query commands (members, status, holders, meetings, history, info): machine formats, tables,
--help on every command, and exit code 2 with a helpful one-line message on bad input."""

from __future__ import annotations

import csv
import io
import json
import sys
from importlib.metadata import entry_points

import pytest
from typer.testing import CliRunner

from blocwatch.cli import app, main
from blocwatch.cli import commands  # noqa: F401  (registers the commands)

COMMANDS = ["members", "status", "holders", "meetings", "history", "info"]


def run(*args):
    # Wide enough that Rich tables do not wrap names.
    return CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "250"})


def run_main(monkeypatch, capsys, *args) -> tuple[int, str, str]:
    """The real entry point in-process: blocwatch errors become one line and an exit code."""
    monkeypatch.setattr(sys, "argv", ["blocwatch", *map(str, args)])
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as e:
        main()
    out, err = capsys.readouterr()
    return e.value.code, out, " ".join(err.split())


# ------------------------------------------------------------------ help
@pytest.mark.parametrize("cmd", COMMANDS)
def test_every_query_command_has_help(cmd):
    r = run(cmd, "--help")
    assert r.exit_code == 0, r.output
    assert "--db" in r.stdout and "Usage" in r.stdout


def test_the_top_level_help_lists_the_query_commands():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in COMMANDS:
        assert cmd in r.stdout


# ------------------------------------------------------------------ members
def test_members_as_json_gives_state_name_status_since_and_sources(kb_path):
    r = run("members", "CIS - CSTO", "--at", "2018-11-21", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert {row["state"] for row in rows} == {"AZ", "MD", "TM", "UZ"}
    for row in rows:
        assert {"state", "name", "status", "since", "sources"} <= set(row)
        assert row["sources"] and all(s["title"] and s["url"] for s in row["sources"])
    tm = next(row for row in rows if row["state"] == "TM")
    assert (tm["name"], tm["status"], tm["since"], tm["until"]) == ("Turkmenistan", "associate", "2005-08-26", None)


def test_members_with_a_partial_date_reports_the_change_inside_it(kb_path):
    r = run("members", "CSTO", "--at", "2012", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    uz = next(row for row in json.loads(r.stdout) if row["state"] == "UZ")
    assert [(c["date"], c["status_from"], c["status_to"]) for c in uz["changes"]] == [
        ("2012-12-19", "member", "suspended")]


def test_members_status_option_selects_suspended_states(kb_path):
    r = run("members", "CSTO", "--at", "2013-01-01", "--status", "suspended", "--format", "jsonl", "--db", kb_path)
    assert r.exit_code == 0, r.output
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["state"], x["status"]) for x in lines] == [("UZ", "suspended")]


def test_members_as_csv_has_a_header_and_one_row_per_state(kb_path):
    r = run("members", "former-soviet - (CIS | CSTO)", "--at", "2018-11-21", "--format", "csv", "--db", kb_path)
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {row["STATE"] for row in rows} == {"EE", "GE", "LT", "LV", "UA"}
    assert all(row["SOURCES"] for row in rows)


def test_members_table_has_a_title_with_the_count(kb_path):
    r = run("members", "CIS - CSTO", "--at", "2018-11-21", "--db", kb_path)
    assert r.exit_code == 0, r.output
    assert "(4 states)" in r.stdout and "Turkmenistan" in r.stdout


def test_members_before_the_organization_existed_says_so(kb_path):
    r = run("members", "EAEU", "--at", "2010", "--db", kb_path)
    assert r.exit_code == 0, r.output
    assert "No state is in EAEU at 2010" in " ".join(r.stdout.split())
    r = run("members", "EAEU", "--at", "2010", "--format", "json", "--db", kb_path)
    assert json.loads(r.stdout) == []


# ------------------------------------------------------------------ status, holders, meetings, history, info
def test_status_of_ukraine_in_the_cis_in_2019(kb_path):
    r = run("status", "UA", "CIS", "--at", "2019-01-01", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.stdout)
    assert row["status"] in ("non-member", "former")
    assert row["since"] and row["sources"]


def test_holders_marks_the_acting_secretary_general(kb_path):
    r = run("holders", "CSTO", "--office", "Secretary General", "--at", "2018-11-21", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.stdout)
    assert (row["name"], row["acting"]) == ("Valery Semerikov", True)
    t = run("holders", "CSTO", "--office", "Secretary General", "--at", "2018-11-21", "--db", kb_path)
    assert "Valery Semerikov" in t.stdout and "acting" in t.stdout


def test_meetings_in_a_range(kb_path):
    r = run("meetings", "CIS", "--from", "2018-11-21", "--to", "2018-11-21", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    [m] = json.loads(r.stdout)
    assert (m["date"], m["place"], m["ordinal"]) == ("2018-11-21", "Moscow", 6)


def test_history_lists_a_states_changes_with_sources(kb_path):
    r = run("history", "Uzbekistan", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert {"org": "CSTO", "status": "suspended", "from": "2012-12-19"}.items() <= next(
        x for x in rows if x["org"] == "CSTO" and x["status"] == "suspended").items()
    assert all(x["sources"] for x in rows)


def test_info_shows_where_the_knowledge_base_is_and_its_counts(kb_path):
    r = run("info", "--db", kb_path)
    assert r.exit_code == 0, r.output
    assert str(kb_path.name) in r.stdout.replace("\n", "")
    assert "facts" in r.stdout and "evidence" in r.stdout


# ------------------------------------------------------------------ bad input: exit code 2
def test_an_unknown_organization_exits_2_and_suggests_csto(monkeypatch, capsys, kb_path):
    code, out, err = run_main(monkeypatch, capsys, "members", "CTSO", "--at", "2018-11-21", "--db", kb_path)
    assert code == 2 and out == ""
    assert "'CTSO'" in err and "Did you mean: CSTO" in err


def test_an_unknown_organization_in_status_exits_2(monkeypatch, capsys, kb_path):
    code, _, err = run_main(monkeypatch, capsys, "status", "UZ", "CTSO", "--db", kb_path)
    assert code == 2 and "'CTSO'" in err and "CSTO" in err


@pytest.mark.parametrize("cmd", [("members", "CIS"), ("status", "UA", "CIS"), ("holders", "CSTO")])
def test_a_malformed_date_exits_2_and_says_what_to_use(monkeypatch, capsys, kb_path, cmd):
    code, _, err = run_main(monkeypatch, capsys, *cmd, "--at", "2018-13-45", "--db", kb_path)
    assert code == 2
    assert "Month 13" in err and "01-12" in err


def test_a_malformed_expression_exits_2(monkeypatch, capsys, kb_path):
    code, _, err = run_main(monkeypatch, capsys, "members", "CIS | | CSTO", "--db", kb_path)
    assert code == 2
    assert "Unexpected '|'" in err and "CIS | | CSTO" in err


def test_an_unknown_status_exits_2(monkeypatch, capsys, kb_path):
    code, _, err = run_main(monkeypatch, capsys, "members", "CIS", "--status", "members", "--db", kb_path)
    assert code == 2 and "Unknown status 'members'" in err


def test_an_unknown_format_exits_2(kb_path):
    r = run("members", "CIS", "--format", "xml", "--db", kb_path)
    assert r.exit_code == 2


def test_a_database_that_is_not_ours_exits_3_and_is_left_alone(monkeypatch, capsys, tmp_path):
    db = tmp_path / "notes.sqlite"
    db.write_text("my notes\n")
    code, _, err = run_main(monkeypatch, capsys, "members", "CIS", "--db", db)
    assert code == 3 and "not a SQLite database" in err
    assert db.read_text() == "my notes\n"


def test_the_installed_command_is_this_entry_point():
    [ep] = [e for e in entry_points(group="console_scripts") if e.name == "blocwatch"]
    assert ep.load() is main
