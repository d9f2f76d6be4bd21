"""The README's commands are the ones CI runs, and its rule table lists every rule."""

from __future__ import annotations

import re

from conftest import ROOT


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_exactly_the_readme_test_command():
    commands = re.findall(r"^python3 -m venv .*$", _readme(), flags=re.MULTILINE)
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci == commands[1]


def test_rule_table_lists_every_rule(rules):
    table = {
        m.group(1): m.group(2)
        for m in re.finditer(r"^\| (DL\d{3}) \| ([\w-]+) \|", _readme(), re.M)
    }
    assert table == {r.id: r.name for r in rules}
