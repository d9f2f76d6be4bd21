"""Configuration files, per-file ignores, sidecars and Markdown suppressions (with DL900)."""

from __future__ import annotations

import pytest

from discl_lint.cli.main import main

REPORT = "一、概述\n[bookmark: _GoBack]学校高度重视信息公开工作。\n附件待补充。\n"


def run(capsys, *argv):
    status = main(["--no-cache", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


def rules_in(out: str) -> list[str]:
    return [line.split()[2] for line in out.splitlines()]


def test_nearest_yaml_config_selects_and_overrides_severity(project, capsys):
    (project / ".discl-lint.yaml").write_text(
        "select: [DL401, DL403]\nseverity: {DL403: info}\n", encoding="utf-8"
    )
    status, out, _ = run(capsys, "reports/r.txt")
    assert rules_in(out) == ["DL401", "DL403"]
    assert "info DL403" in out
    assert status == 1


def test_pyproject_table_and_nearest_wins(project, capsys):
    (project / "pyproject.toml").write_text(
        '[tool.discl-lint]\nselect = ["DL403"]\n', encoding="utf-8"
    )
    assert rules_in(run(capsys, "reports/r.txt")[1]) == ["DL403"]
    (project / "reports" / ".discl-lint.yaml").write_text("select: [DL401]\n", encoding="utf-8")
    assert rules_in(run(capsys, "reports/r.txt")[1]) == ["DL401"]


def test_command_line_select_replaces_and_isolated_ignores(project, capsys):
    (project / ".discl-lint.yaml").write_text(
        "select: [DL401]\nignore: [DL403]\n", encoding="utf-8"
    )
    assert rules_in(run(capsys, "--select", "DL403,DL401", "reports/r.txt")[1]) == ["DL401"]
    assert "DL403" in rules_in(run(capsys, "--isolated", "--select", "DL4", "reports/r.txt")[1])


def test_extends_and_explicit_config(project, capsys):
    (project / "base.yaml").write_text("select: [DL4]\nignore: [DL406]\n", encoding="utf-8")
    (project / "team.yaml").write_text("extends: base.yaml\nignore: [DL401]\n", encoding="utf-8")
    assert rules_in(run(capsys, "--config", "team.yaml", "reports/r.txt")[1]) == ["DL403"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour: red\n", ".discl-lint.yaml: colour: unknown key"),
        ("select: DL4\n", ".discl-lint.yaml: select: expected array, got str"),
        (
            "severity: {DL401: fatal}\n",
            ".discl-lint.yaml: severity.DL401: expected one of error, warning, info",
        ),
        ("extends: .discl-lint.yaml\n", "extends: circular"),
    ],
)
def test_invalid_config_exits_2_naming_file_and_key(project, capsys, text, message):
    (project / ".discl-lint.yaml").write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "reports/r.txt")
    assert status == 2
    assert message in err


def test_show_config_names_the_origin_of_each_setting(project, capsys):
    (project / ".discl-lint.yaml").write_text("select: [DL4]\nprofile: hei\n", encoding="utf-8")
    status, out, _ = run(capsys, "--ignore", "DL406", "--show-config", "reports/r.txt")
    config = str((project / ".discl-lint.yaml").resolve())
    assert status == 0
    assert out.splitlines() == [
        "# effective settings for reports/r.txt",
        f"config = {config}",
        f"select = ['DL4']  # {config}",
        "ignore = ['DL406']  # default",
        "severity = {}  # default",
        f"profile = hei  # {config}",
        "rules = []  # default",
        "per-file-ignores = {}  # default",
        "citations = []  # default",
        "exclude = ['README*', 'CHANGELOG*', 'CHANGES*', 'CONTRIBUTING*', 'CODE_OF_CONDUCT*', "
        "'LICENSE*', 'COPYING*', 'requirements*.txt', 'constraints*.txt']  # default",
    ]


def test_per_file_ignores_and_unused_one(project, capsys):
    (project / ".discl-lint.yaml").write_text(
        "per-file-ignores:\n  'reports/*.txt': [DL401]\n  'archive/*.txt': [DL403]\n",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "--select", "DL401,DL403,DL900", ".")
    config = str((project / ".discl-lint.yaml").resolve())
    assert rules_in(out) == ["DL900", "DL403"]
    assert f"{config}:1:1: warning DL900 抑制未生效：per-file-ignores: archive/*.txt = DL403" in out
    assert status == 1


def test_sidecar_suppresses_by_text_with_a_reason(project, capsys):
    sidecar = project / "reports" / "r.txt.discl-ignore.yaml"
    sidecar.write_text(
        "ignore:\n  - rule: DL403\n    text: 附件待补充\n    reason: 附件另行公布\n"
        "  - rule: DL401\n    text: 不存在的文字\n    reason: 测试\n",
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "--select", "DL401,DL403,DL900", "reports/r.txt")
    assert rules_in(out) == ["DL900", "DL401"]
    assert "r.txt.discl-ignore.yaml: ignore[1] DL401 “不存在的文字”" in out


def test_sidecar_needs_a_reason(project, capsys):
    (project / "reports" / "r.txt.discl-ignore.yaml").write_text(
        "ignore:\n  - rule: DL403\n    text: 附件\n", encoding="utf-8"
    )
    status, _, err = run(capsys, "reports/r.txt")
    assert status == 2
    assert "ignore[0]: expected rule, text and a reason" in err


MD = """# 报告

<!-- discl-lint-disable-next-line DL401 -- 原文如此 -->
[bookmark: _GoBack]第一段。

<!-- discl-lint-disable DL403 -- 模板待定 -->
附件待补充。
<!-- discl-lint-enable -->

附件待补充。

<!-- discl-lint-disable-next-line DL409 -- 没有这种问题 -->
第五段。
"""


def test_markdown_comments_and_unused_ones(project, capsys):
    (project / "r.md").write_text(MD, encoding="utf-8")
    _, out, _ = run(capsys, "--select", "DL401,DL403,DL409,DL900", "r.md")
    assert [line.split(": ")[0] for line in out.splitlines()] == ["r.md:10:3", "r.md:12:1"]
    assert "r.md:12:1: warning DL900 抑制未生效：<!-- discl-lint-disable-next-line DL409 -->" in out


def test_disable_file(project, capsys):
    (project / "r.md").write_text(
        "<!-- discl-lint-disable-file DL403 -- 模板 -->\n附件待补充。\n", encoding="utf-8"
    )
    assert run(capsys, "--select", "DL403,DL900", "r.md")[:2] == (0, "")


def test_example_reports_repository(capsys, monkeypatch):
    import yaml

    from conftest import ROOT

    repo = ROOT / "examples" / "reports-repo"
    monkeypatch.chdir(repo)
    assert run(capsys, "reports")[:2] == (0, "")
    isolated = run(capsys, "--isolated", "reports")[1]
    assert "reports/archive/2021-2022.txt:36:1: warning DL107 " in isolated
    workflow = yaml.safe_load(
        (repo / ".github" / "workflows" / "discl-lint.yml").read_text(encoding="utf-8")
    )
    steps = workflow["jobs"]["lint"]["steps"]
    assert any("--format sarif:discl-lint.sarif" in step.get("run", "") for step in steps)
    assert any(step.get("with", {}).get("sarif_file") == "discl-lint.sarif" for step in steps)
    hooks = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    offered = {
        h["id"]
        for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    }
    assert {h["id"] for h in hooks["repos"][0]["hooks"]} <= offered


@pytest.mark.parametrize("report", ["reports/2022-2023.txt", "reports/archive/2021-2022.txt"])
def test_one_report_of_the_example_repository_passes_alone(capsys, monkeypatch, report):
    from conftest import ROOT

    monkeypatch.chdir(ROOT / "examples" / "reports-repo")
    assert run(capsys, report)[:2] == (0, "")


def test_a_glob_matching_no_file_is_judged_only_when_its_whole_folder_ran(project, capsys):
    (project / ".discl-lint.yaml").write_text(
        "per-file-ignores:\n  'archiv/*.txt': [DL403]\n", encoding="utf-8"
    )
    argv = ("--select", "DL403,DL900")
    assert "DL900" not in run(capsys, *argv, "reports/r.txt")[1]
    assert "DL900" not in run(capsys, *argv, "reports")[1]
    assert "per-file-ignores: archiv/*.txt = DL403" in run(capsys, *argv, ".")[1]


@pytest.mark.parametrize(
    "toml",
    [
        '[tool.discl-lint]\nselect = ["DL403"]\n',
        '[tool."discl-lint"]\nselect = ["DL403"]\n',
        '[tool.discl-lint.severity]\nDL401 = "info"\n\n[tool.discl-lint]\nselect = ["DL403"]\n',
        'tool.discl-lint.select = ["DL403"]\n',
        '[tool]\ndiscl-lint.select = ["DL403"]\n',
        "[tool.'discl-lint']\nselect = ['DL403']\n",
    ],
)
def test_pyproject_settings_in_every_toml_spelling(project, capsys, toml):
    (project / "pyproject.toml").write_text(toml, encoding="utf-8")
    assert rules_in(run(capsys, "reports/r.txt")[1]) == ["DL403"]


def test_pyproject_with_only_a_severity_table_applies(project, capsys):
    (project / "pyproject.toml").write_text(
        '[tool.discl-lint.severity]\nDL401 = "info"\n', encoding="utf-8"
    )
    assert "info DL401" in run(capsys, "--select", "DL401", "reports/r.txt")[1]


def test_pyproject_of_other_tools_is_passed_over(project, capsys):
    (project / ".discl-lint.yaml").write_text("select: [DL401]\n", encoding="utf-8")
    (project / "reports" / "pyproject.toml").write_text(
        "[tool.ruff]\nline-length = 100\n# discl-lint is configured elsewhere\n", encoding="utf-8"
    )
    assert rules_in(run(capsys, "reports/r.txt")[1]) == ["DL401"]
    (project / "reports" / "pyproject.toml").write_text("[tool.black\n", encoding="utf-8")
    assert rules_in(run(capsys, "reports/r.txt")[1]) == ["DL401"]


def test_broken_pyproject_with_our_table_is_an_error(project, capsys):
    (project / "pyproject.toml").write_text(
        '[tool.discl-lint]\nselect = ["DL4"\n', encoding="utf-8"
    )
    status, _, err = run(capsys, "reports/r.txt")
    assert status == 2
    assert f"{project / 'pyproject.toml'}: " in err


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("select: [DL401, DL9O0]\n", "select: no rule matches 'DL9O0'"),
        ("ignore: [XY]\n", "ignore: no rule matches 'XY'"),
        ("severity: {DL4O6: warning}\n", "severity: DL4O6: no rule matches 'DL4O6'"),
        (
            "per-file-ignores:\n  'archive/*.txt': [DL1O7]\n",
            "per-file-ignores: archive/*.txt: no rule matches 'DL1O7'",
        ),
    ],
)
def test_unknown_rule_codes_in_config_name_file_and_key(project, capsys, text, key):
    (project / ".discl-lint.yaml").write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "reports/r.txt")
    assert (status, out) == (2, "")
    assert f"discl-lint: error: {(project / '.discl-lint.yaml').resolve()}: {key}" in err


def test_unknown_rule_code_in_a_sidecar_names_the_entry(project, capsys):
    sidecar = project / "reports" / "r.txt.discl-ignore.yaml"
    sidecar.write_text(
        "ignore:\n  - rule: DL403\n    text: 附件\n    reason: 另行公布\n"
        "  - rule: DL4O1\n    reason: 打错了\n",
        encoding="utf-8",
    )
    status, _, err = run(capsys, "reports/r.txt")
    assert status == 2
    assert "error: reports/r.txt.discl-ignore.yaml: ignore[1]: rule: no rule matches 'DL4O1'" in err


@pytest.mark.parametrize(
    ("directive", "message"),
    [
        ("<!-- discl-lint-disable DL4O3 -- 打错了 -->", "r.md:2: no rule matches 'DL4O3'"),
        (
            "<!-- discl-lint-disable-next-line DL401,DLX -- 打错了 -->",
            "r.md:2: no rule matches 'DLX'",
        ),
        (
            "<!-- discl-lint-disable-nextline DL405 -- 打错了 -->",
            "r.md:2: unknown directive discl-lint-disable-nextline (known: ",
        ),
        ("<!-- discl-lint-enabled -->", "r.md:2: unknown directive discl-lint-enabled"),
    ],
)
def test_misspelt_markdown_suppressions_are_errors(project, capsys, directive, message):
    (project / "r.md").write_text(f"# 报告\n{directive}\n附件待补充。\n", encoding="utf-8")
    status, _, err = run(capsys, "r.md")
    assert status == 2
    assert f"discl-lint: error: {message}" in err


def test_standard_input_takes_the_configuration_of_its_stdin_filename(project, capsys, monkeypatch):
    import io
    import sys

    (project / "reports" / ".discl-lint.yaml").write_text("select: [DL403]\n", encoding="utf-8")
    data = REPORT.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    _, out, _ = run(capsys, "--stdin-filename", "reports/new.txt", "-")
    assert rules_in(out) == ["DL403"]
    assert out.startswith("reports/new.txt:3:")
