"""Docs are checked: every command has --help text and is mentioned in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import blocwatch.cli.commands  # noqa: F401  (registers every command)
from blocwatch.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_the_cli_has_the_commands_of_the_issues():
    assert {"members", "status", "holders", "meetings", "history", "extract", "ingest", "evaluate", "chair",
            "accession", "check", "conflicts", "diff", "serve", "watch"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_and_a_readme_mention(name):
    r = CliRunner().invoke(app, [name, "--help"])
    assert r.exit_code == 0, r.output
    assert "Usage" in r.output and len(r.output.strip().splitlines()) > 4
    assert f"blocwatch {name}" in README, f"README does not mention `blocwatch {name}`"
