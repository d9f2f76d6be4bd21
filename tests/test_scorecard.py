"""The shared reviewer's scorecard on the real seed reports: every 'must', no false positive."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_corpus.py"
SEEDS = SHARED / "corpus" / "seeds"


def _score(rules: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISCL_LINT": f"{sys.executable} -m discl_lint"}
    argv = [sys.executable, str(SCORER), "--quiet", "--rules", rules, str(SEEDS)]
    return subprocess.run(argv, env=env, capture_output=True, text=True, check=False)


needs_shared = pytest.mark.skipif(
    not SCORER.exists(), reason="the shared corpus is not beside this checkout"
)


@needs_shared
def test_every_must_of_the_core_rules_is_found():
    result = _score("DL101,DL102,DL103,DL104,DL201,DL202,DL203,DL401")
    assert result.returncode == 0, result.stdout + result.stderr


@needs_shared
def test_number_and_date_rules_find_every_must_and_should():
    result = _score("DL105,DL106,DL107,DL3,DL5")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "should 4/4 " in result.stdout, result.stdout


# expected.json places '精神 and 全国' of seed 003 on line 25; the text stands on line 27
# (line 25 is the heading 一、信息公开工作概述), so the scorer counts the correct finding as
# a false positive. This is the only one tolerated, until expected.json is corrected.
KNOWN_MISPLACED = {"003_73ed7b442d6b7da3.txt:27: FALSE POSITIVE DL405"}


@needs_shared
def test_no_false_positive_on_any_rule():
    result = _score("DL")
    false = {line.split(" '")[0] for line in result.stdout.splitlines() if "FALSE POSITIVE" in line}
    assert false <= KNOWN_MISPLACED, result.stdout
    assert "must 15/15 " in result.stdout, result.stdout
