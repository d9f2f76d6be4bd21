"""The command-line conventions of ruff and yamllint: default path, --silent, --show-files,
--fix-only, --show-fixes, --exit-non-zero-on-fix, colour, progress, file errors as findings."""

from __future__ import annotations

import io
import json
import sys

import pytest

from discl_lint.cli.main import main

BROKEN = "一、概述\n[bookmark: _GoBack]学校高度重视信息公开工作。\n"
FIXED = "一、概述\n学校高度重视信息公开工作。\n"


def run(capsys, *argv):
    status = main(["--no-cache", "--select", "DL401,DL403", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "r.txt"
    path.write_text(BROKEN, encoding="utf-8")
    return path


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.usefixtures("report")
def test_the_default_path_is_the_current_folder(capsys):
    status, out, _ = run(capsys)
    assert status == 1
    assert out.startswith("r.txt:2:1: error DL401 ")


@pytest.mark.usefixtures("report")
def test_silent_prints_nothing_but_keeps_the_exit_status(capsys):
    assert run(capsys, "--silent", "r.txt") == (1, "", "")
    status, out, err = run(capsys, "--silent", "r.txt", "missing.txt")
    assert (status, out) == (2, "")
    assert err == "discl-lint: error: missing.txt: no such file or directory\n"


def test_show_files_lists_what_would_be_linted(capsys, report):
    (report.parent / "README.md").write_text(BROKEN, encoding="utf-8")
    (report.parent / "sub").mkdir()
    (report.parent / "sub" / "b.md").write_text(BROKEN, encoding="utf-8")
    assert run(capsys, "--show-files", ".") == (0, "r.txt\nsub/b.md\n", "")
    assert report.read_text(encoding="utf-8") == BROKEN


def test_fix_only_fixes_and_reports_nothing(capsys, report):
    status, out, err = run(capsys, "--fix-only", "r.txt")
    assert (status, out) == (0, "")
    assert err == "discl-lint: fixed 1 finding (DL401 ×1)\n"
    assert report.read_text(encoding="utf-8") == FIXED


def test_fix_only_with_unfixable_findings_still_exits_0(capsys, report):
    report.write_text(BROKEN + "附件待补充。\n", encoding="utf-8")
    status, out, _ = run(capsys, "--fix-only", "r.txt")
    assert (status, out) == (0, "")


@pytest.mark.parametrize("mode", ["--fix", "--fix-only"])
def test_exit_non_zero_on_fix(capsys, report, mode):
    assert run(capsys, mode, "--exit-non-zero-on-fix", "r.txt")[0] == 1
    assert run(capsys, mode, "--exit-non-zero-on-fix", "r.txt")[0] == 0  # nothing left
    report.write_text(BROKEN, encoding="utf-8")
    assert run(capsys, mode, "r.txt")[0] == 0


@pytest.mark.usefixtures("report")
def test_show_fixes_lists_each_file_and_rule(capsys):
    _, _, err = run(capsys, "--diff", "--show-fixes", "r.txt")
    assert "Would fix 1 finding (DL401 ×1):\n- r.txt:\n    1 × DL401\n" in err
    _, _, err = run(capsys, "--fix", "--show-fixes", "r.txt")
    assert "Fixed 1 finding (DL401 ×1):\n- r.txt:\n    1 × DL401\n" in err


def test_fixing_standard_input_shows_what_remains_on_stderr(capsys, monkeypatch):
    data = (BROKEN + "附件待补充。\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, err = run(capsys, "--fix", "--stdin-filename", "x.txt", "-")
    assert out == FIXED + "附件待补充。\n"
    assert "x.txt:3:3: error DL403 " in err
    assert status == 1


@pytest.mark.usefixtures("report")
def test_prune_baseline_without_baseline_is_a_usage_error(capsys):
    status, _, err = run(capsys, "--prune-baseline", "r.txt")
    assert status == 2
    assert "--prune-baseline needs --baseline FILE" in err


def test_colour_only_where_asked_and_never_in_files_or_machine_formats(capsys, report):
    _, out, _ = run(capsys, "--color", "always", "r.txt")
    assert out.startswith("\x1b[1mr.txt\x1b[0m:2:1: \x1b[1;31merror\x1b[0m \x1b[1mDL401\x1b[0m ")
    assert "\x1b" not in run(capsys, "--color", "never", "r.txt")[1]
    assert "\x1b" not in run(capsys, "r.txt")[1]  # not a terminal
    assert "\x1b" not in run(capsys, "--color", "always", "--format", "json", "r.txt")[1]
    target = report.parent / "out.txt"
    run(capsys, "--color", "always", "--format", f"concise:{target}", "r.txt")
    assert "\x1b" not in target.read_text(encoding="utf-8")


def test_colour_at_a_terminal_follows_no_color_and_force_color(monkeypatch):
    from discl_lint.cli.display import use_colour

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_colour("auto", Terminal())
    assert not use_colour("auto", io.StringIO())
    assert not use_colour("never", Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour("auto", Terminal())
    assert use_colour("always", Terminal())
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert use_colour("auto", io.StringIO())


def test_file_errors_are_findings_in_machine_formats_only(capsys, report):
    (report.parent / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8" * 3)
    status, out, err = run(capsys, "--format", "json", ".")
    assert status == 2
    rows = json.loads(out)
    [error] = [r for r in rows if r["rule"] == "DL000"]
    assert error["path"] == "bad.txt"
    assert (error["line"], error["column"], error["name"], error["severity"]) == (
        1,
        1,
        "file-error",
        "error",
    )
    assert "bad.txt: " not in error["message"]
    assert "discl-lint: error: bad.txt: " in err
    _, out, _ = run(capsys, ".")
    assert "DL000" not in out
    _, out, _ = run(capsys, "--format", "sarif", ".")
    results = json.loads(out)["runs"][0]["results"]
    assert any(r["ruleId"] == "DL000" for r in results)


def test_progress_is_shown_only_at_a_terminal_and_cleared():
    from discl_lint.cli.display import Progress

    screen = Terminal()
    progress = Progress(3, screen, delay=0)
    for _ in range(3):
        progress(1)
    progress.close()
    shown = screen.getvalue()
    assert "\rdiscl-lint: 3/3 files [####################] 100%" in shown
    assert shown.endswith("\r\x1b[K")
    assert not Progress.wanted(3000, io.StringIO(), quiet=False)
    assert not Progress.wanted(3000, Terminal(), quiet=True)
    assert Progress.wanted(3000, Terminal(), quiet=False)


def test_no_progress_for_a_quick_run():
    from discl_lint.cli.display import Progress

    screen = Terminal()
    progress = Progress(3, screen)  # the default delay: a run this short shows nothing
    progress(3)
    progress.close()
    assert screen.getvalue() == ""


def test_progress_is_not_shown_when_standard_error_is_not_a_terminal(capsys, report):
    for index in range(30):
        (report.parent / f"more{index}.txt").write_text(BROKEN, encoding="utf-8")
    _, _, err = run(capsys, ".")
    assert "\r" not in err


def test_a_long_run_at_a_terminal_shows_progress_on_stderr_only(tmp_path):
    import os
    import pty
    import subprocess

    for index in range(600):
        (tmp_path / f"r{index:03d}.txt").write_text(BROKEN * 20, encoding="utf-8")
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "discl_lint", "--no-cache", "-j", "1", str(tmp_path)]
    env = {**os.environ, "TERM": "xterm"}
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower, env=env, check=False)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 1
    assert b"\r" not in done.stdout
    assert b"files [" in shown
    assert b"\r\x1b[K" in shown
