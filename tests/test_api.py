"""The public API: ``import discl_lint`` is cheap, and its findings are the command line's."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import discl_lint
from discl_lint.cli.main import main

from conftest import FIXTURES, ROOT

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
REPORT = "一、概述\n[bookmark: _GoBack]学校高度重视信息公开工作。\n附件待补充。\n"


def cli_findings(capsys, *argv: str) -> list[dict[str, object]]:
    main(["--no-cache", "--format", "json", *argv])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("seed", SEEDS[:3], ids=lambda p: p.stem)
def test_lint_text_and_lint_paths_find_what_the_command_line_finds(seed, capsys, monkeypatch):
    monkeypatch.chdir(seed.parent)
    expected = cli_findings(capsys, seed.name)
    text = seed.read_text(encoding="utf-8")
    assert expected
    assert [f.as_dict() for f in discl_lint.lint_text(text, path=seed.name)] == expected
    assert [f.as_dict() for f in discl_lint.lint_paths([seed.name])] == expected


def test_findings_are_typed_data():
    [finding, *_] = discl_lint.lint_text(REPORT)
    assert isinstance(finding, discl_lint.Finding)
    assert isinstance(finding.severity, discl_lint.Severity)
    assert finding.path == "report.txt"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


def rules_of(findings) -> list[tuple[str, str]]:
    return [(f.rule, str(f.severity)) for f in findings]


def test_nearest_configuration_by_default(project):
    (project / "reports" / ".discl-lint.yaml").write_text(
        "select: [DL403]\nseverity: {DL403: info}\n", encoding="utf-8"
    )
    expected = [("DL403", "info")]
    assert rules_of(discl_lint.lint_paths(["reports"])) == expected
    assert rules_of(discl_lint.lint_text(REPORT, path="reports/r.txt")) == expected
    assert ("DL401", "error") in rules_of(discl_lint.lint_text(REPORT, path="other.txt"))


def test_a_configuration_file_or_a_loaded_one(project):
    (project / "team.yaml").write_text("select: [DL401]\n", encoding="utf-8")
    loaded = discl_lint.load_config(project / "team.yaml")
    assert isinstance(loaded, discl_lint.Config)
    assert loaded.get("select") == ["DL401"]
    for config in ("team.yaml", project / "team.yaml", loaded):
        assert rules_of(discl_lint.lint_paths(["reports/r.txt"], config=config)) == [
            ("DL401", "error")
        ]
        assert rules_of(discl_lint.lint_text(REPORT, config=config)) == [("DL401", "error")]


def test_no_configuration(project):
    (project / ".discl-lint.yaml").write_text("select: [DL401]\n", encoding="utf-8")
    found = rules_of(discl_lint.lint_text(REPORT, config=discl_lint.Config()))
    assert {"DL401", "DL403"} <= {rule for rule, _ in found}


def test_errors_are_raised(project):
    (project / "bad.yaml").write_text("colour: red\n", encoding="utf-8")
    with pytest.raises(discl_lint.DiscLintError, match="colour: unknown key"):
        discl_lint.load_config("bad.yaml")
    with pytest.raises(discl_lint.DiscLintError, match=r"missing\.txt: no such file"):
        discl_lint.lint_paths(["missing.txt"])
    with pytest.raises(discl_lint.DiscLintError, match="no rule matches 'ZZ'"):
        discl_lint.lint_text(REPORT, config=discl_lint.Config(values={"select": ["ZZ"]}))


def test_public_names():
    assert set(discl_lint.__all__) <= set(dir(discl_lint))
    assert discl_lint.Rule.__name__ == "Rule"
    assert callable(discl_lint.hookimpl)
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = discl_lint.no_such_name  # type: ignore[attr-defined]


def link_package(tmp_path):
    """A folder where ``import discl_lint`` finds the source, for ``python -S`` (no site)."""
    link = tmp_path / "discl_lint"
    if not link.exists():
        link.symlink_to(ROOT / "linter", target_is_directory=True)
    return tmp_path


def imported_by(tmp_path, code: str) -> set[str]:
    """Modules a fresh interpreter without site-packages imports to run ``code``."""
    argv = [sys.executable, "-S", "-X", "importtime", "-c", code]
    done = subprocess.run(
        argv, cwd=link_package(tmp_path), capture_output=True, text=True, check=True
    )
    rows = [line.split("|") for line in done.stderr.splitlines() if line.startswith("import time:")]
    return {row[2].strip() for row in rows[1:]}


def test_importing_the_package_imports_almost_nothing(tmp_path):
    imported = imported_by(tmp_path, "import discl_lint") - imported_by(tmp_path, "pass")
    assert imported == {"discl_lint", "discl_lint.model", "discl_lint.model.version"}


def test_a_public_name_imports_only_its_module(tmp_path):
    code = "import sys, discl_lint; discl_lint.Finding; print(*sorted(sys.modules))"
    argv = [sys.executable, "-S", "-c", code]
    done = subprocess.run(
        argv, cwd=link_package(tmp_path), capture_output=True, text=True, check=True
    )
    imported = set(done.stdout.split())
    assert "discl_lint.model.findings" in imported
    heavy = ("yaml", "pluggy", "markdown_it", "discl_lint.engine", "discl_lint.kinds")
    assert not {m for m in imported if m.startswith(heavy)}


def test_the_readme_example_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using it from Python", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "draft.txt:2:4: error DL403 模板占位内容“20XX”未替换" in done.stdout
    assert done.stdout.splitlines()[-1].endswith(" errors in examples/")
