"""The reasoning commands: chair, accession, check, conflicts, diff (tables, JSON, --help)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from blocwatch.cli import app
from blocwatch.cli import commands  # noqa: F401  (registers the commands)
from blocwatch.errors import UnknownNameError

COMMANDS = ["chair", "accession", "check", "conflicts", "diff"]


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("cmd", COMMANDS)
def test_every_command_has_help(cmd):
    r = run(cmd, "--help")
    assert r.exit_code == 0 and "--format" in r.stdout and "--db" in r.stdout


def test_chair_as_json(kb_path):
    r = run("chair", "CSTO", "--at", "2014-06-01", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.stdout)
    assert (row["state"], row["since"]) == ("RU", "2013-09-23")


def test_chair_next_table(kb_path):
    r = run("chair", "CIS", "--at", "2018-06-01", "--next", "--db", kb_path)
    assert r.exit_code == 0, r.output
    assert "Next chair" in r.stdout


def test_accession_table(kb_path):
    r = run("accession", "AZ", "CSTO", "--at", "2018-11-21", "--db", kb_path)
    assert r.exit_code == 0, r.output
    assert "possible" in r.stdout and "consent" in r.stdout


def test_check_reads_a_file(kb_path, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Georgia is a member of the CSTO. All members of the CSTO are members of the CIS.")
    r = run("check", f, "--at", "2018-11-21", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    assert [j["verdict"] for j in json.loads(r.stdout)] == ["contradicted", "supported"]


def test_check_of_a_missing_file_is_an_input_error(kb_path, tmp_path):
    r = run("check", tmp_path / "missing.txt", "--db", kb_path)
    assert r.exit_code != 0 and "Cannot check" in str(r.exception) and "no such file" in str(r.exception)


def test_conflicts_empty_on_the_reference_data(kb_path):
    r = run("conflicts", "--db", kb_path)
    assert r.exit_code == 0 and "No conflicts" in r.stdout


def test_diff_json(kb_path):
    r = run("diff", "2010-01-01", "2019-01-01", "CSTO", "--format", "json", "--db", kb_path)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert {"date": "2012-12-19", "kind": "membership", "subject": "Uzbekistan", "before": "member",
            "after": "suspended"}.items() <= rows[[r["subject"] for r in rows].index("Uzbekistan")].items()


def test_unknown_org_is_reported(kb_path):
    r = run("chair", "CSTX", "--db", kb_path)
    assert isinstance(r.exception, UnknownNameError) and "CSTO" in str(r.exception)
