"""The real-shape corpus (tests/corpus): web chrome, converted punctuation, PDF line
shapes, headings and lists, look-alikes — scored like the seed reports, and checked
for findings inside chrome and tables and for DL408 floods."""

from __future__ import annotations

import bisect
import os
import subprocess
import sys
from collections import Counter

import pytest

from discl_lint.page.layout import page_of
from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.ruleset.rule_files import RuleSet
from discl_lint.runner.lint import Linter, load
from discl_lint.runner.sources import decode

from conftest import FIXTURES, ROOT

CORPUS = ROOT / "tests" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score_corpus.py"
REPORTS = sorted([*CORPUS.glob("*.txt"), *CORPUS.glob("*.md"), *(FIXTURES / "seeds").glob("*.txt")])
# Artifact checks look at everything, chrome included; DL107 falls back on a page's own
# date line (发布时间：…) when the report has no closing date; DL301 adds up tables' 合计
# rows and DL302, DL303 check their share columns. DL002 reports a page that is chrome
# alone at its first line.
SEES_CHROME = {"DL401", "DL402", "DL107", "DL002"}
# The government-format rules read the tables and report at their cells.
READS_TABLES = {"DL301", "DL302", "DL303", "DL306", *(f"DL60{n}" for n in range(2, 10))}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside this checkout")
def test_every_must_is_found_and_nothing_false_on_the_real_shape_corpus():
    env = {**os.environ, "DISCL_LINT": f"{sys.executable} -m discl_lint --no-cache"}
    argv = [sys.executable, str(SCORER), "--quiet", str(CORPUS)]
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "false-positives 0 " in result.stdout


@pytest.fixture(scope="module")
def linted():
    registry = build_registry(make_plugin_manager(entry_points=False))
    linter = Linter(RuleSet(registry.rule_dirs), registry)
    found = {}
    for path in REPORTS:
        source = decode(path.read_bytes(), str(path))  # GB18030 reports too
        found[path.name] = (
            load(str(path), source.text, registry, "auto", source.encoding),
            linter.lint_text(str(path), source.text),
        )
    return found


def _offset(doc, finding) -> int:
    return doc.line_starts[finding.line - 1] + finding.column - 1


def _block_kind(doc, offset: int) -> str | None:
    return next((b.kind for b in page_of(doc).blocks if b.start <= offset < b.end), None)


def test_no_rule_fires_inside_recognised_chrome_or_tables(linted):
    inside = [
        f"{name}:{f.line}:{f.column} {f.rule}"
        for name, (doc, findings) in linted.items()
        for f in findings
        if f.rule not in SEES_CHROME
        and (kind := _block_kind(doc, _offset(doc, f))) is not None
        and not (kind == "table" and f.rule in READS_TABLES)
    ]
    assert inside == []


def test_a_table_total_is_found_inside_its_table(linted):
    doc, findings = linted["27_markdown_table_total.md"]
    found = [f for f in findings if f.rule == "DL301"]
    assert [(f.line, _block_kind(doc, _offset(doc, f))) for f in found] == [(35, "table")]


def test_chrome_and_tables_are_recognised_where_the_corpus_has_them(linted):
    kinds = {name: {b.kind for b in page_of(doc).blocks} for name, (doc, _) in linted.items()}
    for name in ("01_web_chrome.txt", "02_web_chrome_arrows.txt", "04_web_chrome_dash_arrow.txt"):
        assert "chrome" in kinds[name], name
    assert kinds["03_web_chrome_guillemets.txt"] == {"chrome", "table"}
    assert kinds["09_one_line_page.txt"] == {"chrome"}
    assert kinds["20_table_blocks.txt"] == {"table"}
    assert all(not kinds[p.name] for p in REPORTS if "seeds" in p.parts)


def test_dl408_reports_at_most_once_per_paragraph(linted):
    for name, (doc, findings) in linted.items():
        per_paragraph = Counter(
            bisect.bisect_right(doc.paragraph_starts, _offset(doc, f))
            for f in findings
            if f.rule == "DL408"
        )
        assert max(per_paragraph.values(), default=0) <= 1, name


def test_a_converted_document_gets_one_dl408_finding_with_the_count(linted):
    _doc, findings = linted["05_converted_punctuation.txt"]
    dl408 = [f for f in findings if f.rule == "DL408"]
    assert len(dl408) == 1
    assert "全文（标点整体被转换为半角）共22处" in dl408[0].message
    assert len(dl408[0].fix.edits) == 22


def test_a_garbled_academic_year_is_one_finding(linted):
    _, findings = linted["17_garbled_academic_year.txt"]
    assert [f.message for f in findings if f.rule == "DL105"] == [
        "年份前后不一致：应为2017-2018学年（两个年份连写，全文共3处），实为“20172018学年”"
    ]


def test_corpus_files_are_the_ones_the_expectations_name():
    import json

    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    reports = [p for p in CORPUS.iterdir() if p.suffix in {".txt", ".md", ".html", ".pdf", ".docx"}]
    assert set(expected["files"]) == {p.name for p in reports}
