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


@needs_shared
def test_no_false_positive_on_any_rule():
    result = _score("DL")
    assert "false-positives 0 " in result.stdout, result.stdout + result.stderr
