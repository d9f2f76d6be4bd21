from __future__ import annotations

import io
import json
import sys

import pytest

from discl_lint import __version__
from discl_lint.cli.main import main

from conftest import FIXTURES, ROOT

SEED = FIXTURES / "seeds" / "004_a70fa52e6056f73f.txt"
CLEAN = ROOT / "examples" / "clean-report.txt"


def run(capsys, *argv):
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_clean_report_exits_zero_with_summary_on_stderr(capsys):
    status, out, err = run(capsys, str(CLEAN))
    assert (status, out) == (0, "")
    assert err == "discl-lint: no findings in 1 file\n"


def test_findings_exit_one_and_are_sorted(capsys):
    status, out, err = run(capsys, str(SEED))
    lines = out.splitlines()
    assert status == 1
    assert lines[0].startswith(f"{SEED}:2:1: error DL401 ")
    keys = [(int(line.split(":")[1]), int(line.split(":")[2])) for line in lines]
    assert keys == sorted(keys)
    assert err.startswith("discl-lint: 12 findings (2 errors, 8 warnings, 2 info) in 1 file")


def test_json_format_has_the_documented_keys(capsys):
    status, out, _ = run(capsys, "--format", "json", str(SEED))
    data = json.loads(out)
    assert status == 1
    assert list(data[0]) == [
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "rule",
        "name",
        "severity",
        "message",
    ]
    assert data[0]["rule"] == "DL401"
    assert data[0]["end_column"] == 20


def test_json_format_without_findings_is_an_empty_array(capsys):
    assert run(capsys, "--format", "json", str(CLEAN))[:2] == (0, "[]\n")


@pytest.mark.parametrize(
    ("argv", "rules"),
    [
        (["--select", "DL2"], {"DL201", "DL202", "DL203"}),
        (["--select", "DL401,DL202"], {"DL401", "DL202"}),
        (["--select", "DL4", "--ignore", "DL408,DL409"], {"DL401"}),
        (["--select", "DL2", "--ignore", "DL202"], {"DL201", "DL203"}),
    ],
)
def test_select_and_ignore_take_ids_and_prefixes(capsys, argv, rules):
    _, out, _ = run(capsys, *argv, str(SEED))
    assert {line.split()[2] for line in out.splitlines()} == rules


def test_unknown_rule_code_is_a_usage_error(capsys):
    status, _, err = run(capsys, "--select", "XY9", str(SEED))
    assert status == 2
    assert "no rule matches 'XY9'" in err


@pytest.mark.parametrize(("fail_on", "status"), [("error", 1), ("warning", 1), ("info", 1)])
def test_fail_on(capsys, fail_on, status):
    assert run(capsys, "--fail-on", fail_on, str(SEED))[0] == status


def test_fail_on_error_ignores_warnings(capsys):
    assert run(capsys, "--fail-on", "error", "--select", "DL202", str(SEED))[0] == 0


def test_directory_is_searched_for_reports(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("一、概述\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# 概述\n", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("x", encoding="utf-8")
    _, out, err = run(capsys, "--select", "DL101", str(tmp_path))
    assert [line.split(":")[0] for line in out.splitlines()] == [
        f"{tmp_path.as_posix()}/a.txt",
        f"{tmp_path.as_posix()}/sub/b.md",
    ]
    assert "in 2 files" in err


def test_stdin_with_stdin_filename(capsys, monkeypatch):
    data = SEED.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, _ = run(capsys, "--select", "DL401", "--stdin-filename", "reports/x.txt", "-")
    assert status == 1
    assert out.startswith("reports/x.txt:2:1: error DL401 ")


def test_missing_file_is_reported_and_other_files_still_run(capsys, tmp_path):
    status, out, err = run(capsys, str(tmp_path / "nope.txt"), str(SEED))
    assert status == 2
    assert "nope.txt: no such file or directory" in err
    assert "DL401" in out


def test_gb18030_report_is_decoded(capsys, tmp_path):
    report = tmp_path / "gbk.txt"
    report.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    _, out, _ = run(capsys, "--select", "DL401", str(report))
    assert out.startswith(f"{report}:2:1: error DL401 ")


def test_explain_prints_description_basis_and_examples(capsys):
    status, out, _ = run(capsys, "--explain", "DL201")
    assert status == 0
    assert out.startswith("DL201 section-missing (error; profiles: hei, gov)")
    for part in (
        "说明 description:",
        "依据 basis:",
        "教办厅函〔2018〕80号",
        "合规示例 valid #1:",
        "违规示例 invalid #1:",
        "五、因学校信息公开工作受到举报、复议、诉讼的情况",
    ):
        assert part in out


def test_explain_prints_what_each_invalid_example_finds_and_its_fixed_text(capsys):
    status, out, _ = run(capsys, "--explain", "DL401")
    assert status == 0
    assert (
        "违规示例 invalid #2:\n"
        "  详见附件错误！未定义书签。\n"
        "  问题 findings:\n"
        "    1:5 文档转换残留“错误！未定义书签。”\n"
        "  修正后 fixed:\n"
        "    详见附件\n"
    ) in out


def test_explain_unknown_rule(capsys):
    status, _, err = run(capsys, "--explain", "DL999")
    assert status == 2
    assert "unknown rule 'DL999'" in err


def test_list_rules(capsys):
    status, out, _ = run(capsys, "--list-rules")
    assert status == 0
    assert "DL101\terror\tperiod-missing\thei,gov\n" in out


def test_help_lists_the_options_in_groups(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    headings = [line[:-1] for line in out.splitlines() if line.endswith(":") and line[0] != " "]
    assert headings[2:] == [
        "output",
        "exit status",
        "rules",
        "files",
        "fixes",
        "running",
        "baseline and configuration",
        "information",
    ]
    fixes = out.split("\nfixes:\n", 1)[1].split("\nrunning:\n", 1)[0]
    assert "--fix " in fixes
    assert "--diff" in fixes
    assert "--select" not in fixes


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"discl-lint {__version__}\n"


def test_unknown_format_is_a_usage_error(capsys):
    assert run(capsys, "--format", "xml", str(SEED))[0] == 2


def test_gov_profile_expects_a_calendar_year(capsys, tmp_path):
    report = tmp_path / "gov.txt"
    report.write_text(
        "某学院2022年政府信息公开工作年度报告\n本报告所列数据的统计期限为2022年1月1日至12月31日。\n",
        encoding="utf-8",
    )
    assert "DL103" not in run(capsys, "--select", "DL1", str(report))[1]
    assert "DL103" in run(capsys, "--select", "DL1", "--profile", "hei", str(report))[1]


def test_english_messages(capsys):
    _, out, _ = run(capsys, "--lang", "en", "--select", "DL401", str(SEED))
    assert out == (
        f"{SEED}:2:1: error DL401 Conversion leftover “[bookmark: _GoBack]”: remove it "
        "(a Word/PDF bookmark, image, footnote or field-code marker)\n"
    )


def test_every_rule_has_an_english_message():
    from discl_lint.plugins.manager import build_registry, make_plugin_manager
    from discl_lint.ruleset.loading import load_rules

    registry = build_registry(make_plugin_manager(entry_points=False))
    assert all(rule.message_en for rule in load_rules(registry.rule_dirs, registry.kinds))


def test_a_file_named_twice_is_linted_once(capsys, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("[bookmark: _GoBack]正文。\n", encoding="utf-8")
    _, out, err = run(
        capsys, "--select", "DL401", str(report), str(tmp_path), f"{tmp_path}/./r.txt"
    )
    assert out.count(" DL401 ") == 1
    assert "in 1 file" in err
