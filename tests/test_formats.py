"""Every output format on the real seed reports: golden files, schema and parser checks."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import jsonschema
import pytest

from discl_lint.cli.main import main
from discl_lint.formatters.ci import escape_data, escape_property

from conftest import FIXTURES
from golden import compare

SEEDS = FIXTURES / "seeds"
SCHEMA = FIXTURES.parent / "data" / "sarif-schema-2.1.0.json"
GOLDEN = FIXTURES / "formats"


def render(monkeypatch, capsys, *argv):
    monkeypatch.chdir(SEEDS)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    status = main([*argv, *names])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("name", ["github", "junit", "gitlab", "grouped", "jsonl", "full", "sarif"])
def test_format_golden_on_the_seeds(monkeypatch, capsys, name):
    status, out, _ = render(monkeypatch, capsys, "--format", name)
    assert status == 1
    suffix = {"junit": "xml", "gitlab": "json", "sarif": "sarif", "jsonl": "jsonl"}.get(name, "txt")
    compare(out, GOLDEN / f"seeds.{name}.{suffix}")


def test_sarif_validates_against_the_oasis_schema(monkeypatch, capsys):
    _, out, _ = render(monkeypatch, capsys, "--format", "sarif")
    log = json.loads(out)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["DL201"]["help"]["text"].startswith(
        "教育部办公厅关于做好高校信息公开年度报告工作的通知"
    )
    assert all(r["partialFingerprints"]["discl-lint/v1"] for r in run["results"])
    assert {r["level"] for r in run["results"]} == {"error", "warning", "note"}


def test_junit_parses_with_one_case_per_file(monkeypatch, capsys):
    _, out, _ = render(monkeypatch, capsys, "--format", "junit")
    suite = ElementTree.fromstring(out.encode()).find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert int(suite.get("failures", "0")) == sum(len(c.findall("failure")) for c in cases)


def test_gitlab_fingerprints_are_unique(monkeypatch, capsys):
    _, out, _ = render(monkeypatch, capsys, "--format", "gitlab")
    prints = [issue["fingerprint"] for issue in json.loads(out)]
    assert len(prints) == len(set(prints)) > 30


def test_github_escaping():
    assert escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_is_chosen_on_actions_with_a_step_summary(monkeypatch, capsys, tmp_path):
    summary = tmp_path / "summary.md"
    monkeypatch.chdir(SEEDS)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    main(["--select", "DL401", "000_e5d28ad39468d6ea.txt"])
    assert capsys.readouterr().out.startswith(
        "::error file=000_e5d28ad39468d6ea.txt,line=17,col=1,"
    )
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## discl-lint\n\n1 findings in 1 files.")
    assert "| DL401 | conversion-artifact | 1 |" in text


def test_several_outputs_in_one_run(monkeypatch, capsys, tmp_path):
    sarif, junit = tmp_path / "out.sarif", tmp_path / "out.xml"
    status, out, _ = render(
        monkeypatch,
        capsys,
        "--select",
        "DL401",
        "--format",
        "concise",
        "--format",
        f"sarif:{sarif}",
        "--format",
        f"junit:{junit}",
    )
    assert status == 1
    assert out.count(" DL401 ") == 3
    assert len(json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]) == 3
    assert junit.read_text(encoding="utf-8").count("<failure ") == 3


def test_output_file_and_two_stdout_formats(monkeypatch, capsys, tmp_path):
    target = tmp_path / "findings.json"
    render(monkeypatch, capsys, "--select", "DL401", "--format", "json", "-o", str(target))
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 3
    status, _, err = render(monkeypatch, capsys, "--format", "json", "--format", "concise")
    assert status == 2
    assert "only one format can go to standard output" in err


def test_statistics_exit_zero_and_quiet(monkeypatch, capsys):
    status, out, err = render(
        monkeypatch, capsys, "--statistics", "--exit-zero", "--quiet", "--select", "DL4"
    )
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == "7\tDL404\tbroken-paragraph"
    assert "3\tDL401\tconversion-artifact" in out.splitlines()


def test_caret_width_counts_wide_characters():
    from discl_lint.formatters.excerpt import width

    assert width("广西 2022") == 9


def full(capsys, tmp_path, text, *argv):
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    main(["--no-cache", "--format", "full", *argv, str(report)])
    return capsys.readouterr().out


def source_and_caret(block: str) -> tuple[str, str]:
    lines = block.splitlines()
    return lines[2].split(" | ", 1)[1], lines[3].split(" | ", 1)[1]


def test_full_format_expands_tabs_and_keeps_the_caret_under_the_span(capsys, tmp_path):
    from discl_lint.formatters.excerpt import width

    out = full(capsys, tmp_path, "\t学校\t[bookmark: x]公开。\n", "--select", "DL401")
    source, caret = source_and_caret(out)
    assert "\t" not in source
    assert source == "    学校    [bookmark: x]公开。"
    assert width(source[: source.index("[")]) == caret.index("^")
    assert caret.count("^") == len("[bookmark: x]")


def test_full_format_escapes_terminal_control_sequences(capsys, tmp_path):
    from discl_lint.formatters.excerpt import width

    text = "\x1b[31m学校\x1b[0m[bookmark: x]公开。\n"
    out = full(capsys, tmp_path, text, "--select", "DL401")
    assert "\x1b" not in out
    source, caret = source_and_caret(out)
    assert source == "\\x1b[31m学校\\x1b[0m[bookmark: x]公开。"
    assert caret.index("^") == width(source[: source.index("[b")])


def test_full_format_cuts_a_long_line_around_the_span(capsys, tmp_path):
    from discl_lint.formatters.excerpt import width

    line = "学校公开信息。" * 30000 + "[bookmark: x]" + "学校公开信息。" * 30000
    out = full(capsys, tmp_path, line + "\n", "--select", "DL401")
    source, caret = source_and_caret(out)
    assert len(out) < 1000
    assert source.startswith("…")
    assert source.endswith("…")
    assert width(source) <= 122
    assert source[caret.index("^") // 2 :].count("[bookmark: x]") == 1
    assert caret.count("^") == len("[bookmark: x]")


@pytest.mark.parametrize(
    ("line", "start", "end", "text", "caret"),
    [
        ("abc", 1, 2, "abc", (1, 1)),
        ("a\tb", 2, 3, "a   b", (4, 1)),
        ("广西 2022", 3, 7, "广西 2022", (5, 4)),
        ("x\u200by", 1, 2, "x\\u200by", (1, 6)),
        ("末尾", 2, 2, "末尾", (4, 1)),
        ("a" * 300, 150, 151, "…" + "a" * 120 + "…", (41, 1)),
        ("a" * 300, 0, 300, "a" * 120 + "…", (0, 120)),
    ],
)
def test_excerpt(line, start, end, text, caret):
    from discl_lint.formatters.excerpt import excerpt

    shown = excerpt(line, start, end)
    assert (shown.text, (shown.caret_start, shown.caret_width)) == (text, caret)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "报告/2022年度 报告.txt",
            "%E6%8A%A5%E5%91%8A/2022%E5%B9%B4%E5%BA%A6%20%E6%8A%A5%E5%91%8A.txt",
        ),
        ("a#b%c.txt", "a%23b%25c.txt"),
        ("/srv/报告.md", "file:///srv/%E6%8A%A5%E5%91%8A.md"),
    ],
)
def test_sarif_uris_are_percent_encoded(path, expected):
    from urllib.parse import unquote

    from discl_lint.formatters.sarif import uri

    assert uri(path) == expected
    assert unquote(expected).removeprefix("file://") == path


def test_sarif_of_a_chinese_file_name_is_valid(capsys, tmp_path):
    report = tmp_path / "年度报告.txt"
    report.write_text("[bookmark: _GoBack]学校公开。\n", encoding="utf-8")
    main(["--no-cache", "--format", "sarif", "--select", "DL401", str(report)])
    log = json.loads(capsys.readouterr().out)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    [result] = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert location.endswith("/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.txt")
    assert location.isascii()
