"""Whatever the input, a clear message and no traceback; positions always right."""

from __future__ import annotations

import os

import pytest

from discl_lint.cli.main import main

from conftest import ROOT

REPORT = "一、概述\n[bookmark: _GoBack]学校高度重视信息公开工作。\n"


def run(capsys, *argv):
    status = main([*argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf8.txt", REPORT.encode(), None),
        ("bom.txt", b"\xef\xbb\xbf" + REPORT.encode(), None),
        ("gbk.txt", REPORT.encode("gb18030"), "GB18030（兼容 GBK）"),
        ("utf16le.txt", b"\xff\xfe" + REPORT.encode("utf-16-le"), "UTF-16LE"),
        ("utf16be.txt", b"\xfe\xff" + REPORT.encode("utf-16-be"), "UTF-16BE"),
        (
            "utf16-no-bom.txt",
            "Report 2022\n".encode("utf-16-le") + REPORT.encode("utf-16-le"),
            "UTF-16LE",
        ),
    ],
)
def test_encodings_are_decoded_and_named(capsys, tmp_path, name, data, encoding):
    report = tmp_path / name
    report.write_bytes(data)
    _, out, _ = run(capsys, "--select", "DL001,DL401", str(report))
    lines = out.splitlines()
    artifact = [line for line in lines if " DL401 " in line]
    assert len(artifact) == 1
    row = 3 if "no-bom" in name else 2
    assert artifact[0].startswith(f"{report}:{row}:1: error DL401 ")
    if encoding is None:
        assert not any(" DL001 " in line for line in lines)
    else:
        assert f"{report}:1:1: info DL001 文件不是 UTF-8 编码，已按 {encoding} 读取" in out


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_give_the_same_positions(capsys, tmp_path, newline):
    report = tmp_path / "r.txt"
    report.write_bytes(("标题\n学校 [bookmark: _GoBack]公开。\n").replace("\n", newline).encode())
    _, out, _ = run(capsys, "--select", "DL401", str(report))
    assert (
        out
        == f"{report}:2:4: error DL401 文档转换残留“[bookmark: _GoBack]”：应删除（Word/PDF 转文本时留下的书签、图片、脚注或域代码标记）\n"
    )


def _with_endings(text: str, style: str) -> str:
    lines = text.split("\n")
    if style != "mixed":
        return style.join(lines)
    endings = ("\r\n", "\n", "\r")  # a CR is never followed by an empty line's LF
    return "".join(line + endings[i % 3] for i, line in enumerate(lines[:-1])) + lines[-1]


SEED_FILES = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
MARKDOWN = (ROOT / "examples" / "markdown-report.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("style", ["\r\n", "\r", "mixed"])
@pytest.mark.parametrize("name", [*(p.name for p in SEED_FILES), "markdown-report.md"])
def test_line_endings_never_change_the_findings(capsys, tmp_path, style, name):
    if name.endswith(".md"):
        text = MARKDOWN
    else:
        text = (ROOT / "tests" / "fixtures" / "seeds" / name).read_text(encoding="utf-8")
    text = text.replace("\r\n", "\n")
    unix, other = tmp_path / "lf" / name, tmp_path / "other" / name
    unix.parent.mkdir()
    other.parent.mkdir()
    unix.write_bytes(text.encode())
    other.write_bytes(_with_endings(text, style).encode())
    lf = run(capsys, "--no-cache", str(unix))
    changed = run(capsys, "--no-cache", str(other))
    assert changed[1].replace(str(other), str(unix)) == lf[1]
    assert changed[0] == lf[0]


@pytest.mark.parametrize("style", ["\r\n", "\r", "mixed"])
def test_fixes_keep_each_line_ending(capsys, tmp_path, style):
    broken = "一、概述\n[bookmark: _GoBack]学校公开。\n（一）主动公开\n(二)依申请\n推动清单\n\n事项落实。\n"
    report = tmp_path / "r.txt"
    report.write_bytes(_with_endings(broken, style).encode())
    unix = tmp_path / "unix.txt"
    unix.write_bytes(broken.encode())
    run(capsys, "--no-cache", "--fix", str(report), str(unix))
    fixed = unix.read_text(encoding="utf-8")
    assert fixed != broken
    data = report.read_bytes().decode()
    assert data.replace("\r\n", "\n").replace("\r", "\n") == fixed
    if style != "mixed":
        assert data == fixed.replace("\n", style)


def test_mixed_line_endings(capsys, tmp_path):
    report = tmp_path / "r.txt"
    report.write_bytes("一\r\n二\r三\n四[bookmark: x]".encode())
    _, out, _ = run(capsys, "--select", "DL401", str(report))
    assert out.startswith(f"{report}:4:2: error DL401 ")


def test_undecodable_file_is_an_error_and_the_others_still_run(capsys, tmp_path):
    bad = tmp_path / "a-bad.txt"
    bad.write_bytes(b"\x81\x30\xff\xfe\x80 report")
    good = tmp_path / "b-good.txt"
    good.write_text(REPORT, encoding="utf-8")
    status, out, err = run(capsys, "--select", "DL401", str(tmp_path))
    assert status == 2
    assert (
        f"discl-lint: error: {bad}: cannot decode as UTF-8 (invalid bytes from byte 0, 4 places) "
        "nor as GB18030; save the report as UTF-8" in err
    )
    assert out.startswith(f"{good}:2:1: error DL401 ")


def test_binary_file_is_refused_with_a_message(capsys, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02\x03\xff")
    status, out, err = run(capsys, str(binary))
    assert (status, out) == (2, "")
    assert f"discl-lint: error: {binary}: not a text report (binary content)" in err


@pytest.mark.parametrize("data", [b"", b"\n\n", " \r\n\t\n\u3000\n".encode(), b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("fail_on", ["error", "info"])
def test_an_empty_or_blank_report_is_one_error(capsys, tmp_path, data, fail_on):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(data)
    for _ in range(2):  # the second run answers from the cache
        status, out, _ = run(capsys, "--fail-on", fail_on, str(empty))
        assert status == 1
        assert out == (
            f"{empty}:1:1: error DL002 报告为空：文件没有报告正文（只有空白字符，或只有页面框架、表格、附件的发布说明），应填入年度报告全文\n"
        )


def test_directory_named_like_a_report_is_searched(capsys, tmp_path):
    folder = tmp_path / "2022.txt"
    folder.mkdir()
    (folder / "inner.md").write_text(REPORT, encoding="utf-8")
    _, out, _ = run(capsys, "--select", "DL401", str(folder))
    assert out.startswith(f"{folder}/inner.md:2:1: error DL401 ")


def test_folder_without_reports_warns(capsys, tmp_path):
    (tmp_path / "notes.xlsx").write_bytes(b"PK")  # .docx, .pdf, .html are reports now
    status, out, err = run(capsys, str(tmp_path))
    assert (status, out) == (0, "")
    assert (
        "discl-lint: warning: no reports (.txt, .md, .docx, .pdf, .html) found under the given paths"
        in err
    )


def test_unreadable_file_is_reported(capsys, tmp_path, monkeypatch):
    report = tmp_path / "locked.txt"
    report.write_text(REPORT, encoding="utf-8")
    real = os.open

    def refuse(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    status, _, err = run(capsys, str(report))
    assert status == 2
    assert f"discl-lint: error: {report}: cannot read: Permission denied" in err


def test_symlink_loop_is_reported_not_followed(capsys, tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    status, _, err = run(capsys, str(tmp_path))
    assert status == 2
    assert "loop.txt: cannot read: Too many levels of symbolic links" in err


def test_vcs_and_dependency_folders_are_skipped(capsys, tmp_path):
    for folder in (".git", "node_modules", ".venv"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(REPORT, encoding="utf-8")
    assert run(capsys, "--select", "DL401", str(tmp_path))[:2] == (0, "")


SLOW_RULE = """\
id: XS001
name: slow
severity: warning
kind: forbidden-pattern
options: {patterns: ['(a+)+$']}
message: "慢“{found}”"
description: 回溯灾难。
basis: 测试。
examples: {valid: ["b"], invalid: [{text: "a", findings: ["1:1 慢“a”"]}]}
"""


def test_catastrophic_pattern_is_stopped_and_named(capsys, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "XS001.yaml").write_text(SLOW_RULE, encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("[bookmark: _GoBack]" + "a" * 40 + "b\n", encoding="utf-8")
    status, out, err = run(
        capsys, "--rules", str(rules), "--select", "XS,DL401", "--rule-timeout", "0.3", str(report)
    )
    assert status == 2
    assert f"discl-lint: error: {report}: XS001: stopped after 0.3 s" in err
    assert " DL401 " in out


def test_crashing_kind_is_an_internal_error_and_others_still_run(capsys, tmp_path, monkeypatch):
    from discl_lint.kinds.numbering import Numbering

    def explode(*_args):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(Numbering, "check", explode)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(REPORT, encoding="utf-8")
    second.write_text(REPORT, encoding="utf-8")
    status, out, err = run(capsys, "--no-cache", "--select", "DL202,DL401", str(tmp_path))
    assert status == 2
    assert f"discl-lint: error: {first}: DL202: internal error: ZeroDivisionError: boom" in err
    assert f"discl-lint: error: {second}: DL202: internal error" in err
    assert out.count(" DL401 ") == 2


def test_parallel_output_is_identical(capsys, tmp_path):
    seeds = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
    for index in range(20):
        (tmp_path / f"r{index:02d}.txt").write_bytes(seeds[index % len(seeds)].read_bytes())
    serial = run(capsys, "--no-cache", "-j", "1", str(tmp_path))
    parallel = run(capsys, "--no-cache", "-j", "2", str(tmp_path))
    assert serial == parallel
    assert serial[1].count("\n") > 100


def test_cached_results_equal_fresh_ones_and_follow_rule_changes(capsys, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    fresh = run(capsys, "--no-cache", str(report))
    first, second = run(capsys, str(report)), run(capsys, str(report))
    assert fresh == first == second
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "XS001.yaml").write_text(SLOW_RULE.replace("(a+)+$", "学校"), encoding="utf-8")
    changed = run(capsys, "--rules", str(rules), str(report))
    assert " XS001 " in changed[1]


def test_cache_directory_is_tagged(capsys, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    run(capsys, "--cache-dir", str(tmp_path / "c"), str(report))
    assert (
        (tmp_path / "c" / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert (tmp_path / "c" / ".gitignore").read_text() == "*\n"
    assert (tmp_path / "c" / "rules").is_dir()
    assert len(list((tmp_path / "c").iterdir())) == 4


def test_parsed_rules_are_cached_and_no_yaml_is_read_again(capsys, tmp_path, monkeypatch):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    run(capsys, "--cache-dir", str(tmp_path / "c"), str(report))
    report.write_text(REPORT + "新的一段。\n", encoding="utf-8")
    fresh = run(capsys, "--no-cache", str(report))

    def refuse(*_args):
        raise AssertionError("YAML read although the parsed rules were cached")

    monkeypatch.setattr("discl_lint.ruleset.loading.read_rule_data", refuse)
    assert run(capsys, "--cache-dir", str(tmp_path / "c"), str(report)) == fresh


@pytest.mark.parametrize("digits", ["1" * 20000, "１" * 20000, "2022" * 5000 + "年"])
def test_long_digit_runs_are_read_in_linear_time(capsys, tmp_path, digits):
    """Number rules used to retry a failed number at every digit: 2 s per rule at 4,000 digits."""
    report = tmp_path / "r.txt"
    report.write_text(f"一、概述\n统计{digits}。\n", encoding="utf-8")
    status, _, err = run(
        capsys, "--no-cache", "--rule-timeout", "1", "--select", "DL3", str(report)
    )
    assert "stopped after" not in err
    assert status == 0


def test_an_archive_in_one_file_numbers_each_report_on_its_own(capsys, tmp_path):
    """Every copy restarts the top list, and each copy's own skips are still found."""
    seed = (ROOT / "tests" / "fixtures" / "seeds" / "004_a70fa52e6056f73f.txt").read_text("utf-8")
    one, archive = tmp_path / "one.txt", tmp_path / "archive.txt"
    one.write_text(seed, encoding="utf-8")
    archive.write_text(seed * 300, encoding="utf-8")
    _, single, _ = run(capsys, "--no-cache", "--select", "DL202", str(one))
    status, out, err = run(
        capsys, "--no-cache", "--rule-timeout", "2", "--select", "DL202", str(archive)
    )
    assert "stopped after" not in err
    assert (status, out.count(" DL202 ")) == (1, 300 * single.count(" DL202 "))


def test_named_pipe_is_skipped_with_an_error_not_waited_on(capsys, tmp_path):
    """A FIFO named like a report, given or found in a folder, must not hang the run."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    status, out, err = run(capsys, "--select", "DL401", str(tmp_path))
    assert status == 2
    assert f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe), skipped" in err
    assert "report.txt" in out or "no findings" not in err


def test_a_report_cut_mid_character_is_read_and_the_spot_reported(capsys, tmp_path):
    report = tmp_path / "cut.txt"
    report.write_bytes((REPORT * 3).encode() + "统计".encode()[:-1])
    _status, out, err = run(capsys, "--select", "DL402", str(report))
    assert "cannot decode" not in err
    assert f"{report}:" in out
    assert "DL402" in out


def test_a_few_nul_bytes_are_bad_characters_not_utf16(capsys, tmp_path):
    report = tmp_path / "nul.txt"
    report.write_bytes((REPORT * 3).encode() + b"\x00\x00" + "附件。\n".encode())
    _status, out, err = run(capsys, "--select", "DL402", str(report))
    assert "binary" not in err
    assert "DL402" in out


def test_a_bom_file_that_fails_names_one_encoding(capsys, tmp_path):
    report = tmp_path / "bom.txt"
    report.write_bytes(b"\xef\xbb\xbf" + b"\xff\xfe\xfd" * 20)
    status, _, err = run(capsys, str(report))
    assert status == 2
    assert "cannot decode as UTF-8 (invalid bytes from byte 3" in err
    assert "UTF-8 or UTF-8" not in err


def test_a_report_with_replaced_bytes_is_not_fixed(capsys, tmp_path):
    report = tmp_path / "cut.txt"
    data = (REPORT * 3).encode() + "统计".encode()[:-1]
    report.write_bytes(data)
    _status, _, err = run(capsys, "--fix", "--select", "DL401", str(report))
    assert "not fixed: writing it back would lose 1 undecodable byte sequences" in err
    assert report.read_bytes() == data


def test_text_with_lone_surrogates_lints_without_internal_errors(registry):
    """Text from the Python API may hold lone surrogates, which no decoded file can."""
    from discl_lint.ruleset.rule_files import RuleSet
    from discl_lint.runner.lint import Linter

    linter = Linter(RuleSet(registry.rule_dirs), registry)
    checked = linter.check_text("r.txt", "一、概述\n学校\udc1b\udc1b公开信息公开\ud819。\n")
    assert checked.errors == ()
