"""Faults in a run: a worker killed by a signal, a crash on one file, Ctrl-C.

Each gives a one-line message naming what was lost and keeps every other file's
findings; no traceback reaches the user.
"""

from __future__ import annotations

import os
import shutil
import signal

import pytest

from discl_lint.cli.main import main

from conftest import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
POISON = "本文件让检查进程退出。"


def run(capsys, *argv):
    status = main(["--no-cache", *argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


@pytest.fixture
def reports(tmp_path):
    for index in range(3):
        for seed in SEEDS:
            shutil.copy(seed, tmp_path / f"{index}-{seed.name}")
    poisoned = tmp_path / "1-poisoned.txt"
    poisoned.write_text(SEEDS[0].read_text(encoding="utf-8") + POISON + "\n", encoding="utf-8")
    return tmp_path, poisoned


def findings_without(out: str, path) -> list[str]:
    return [line for line in out.splitlines() if not line.startswith(str(path))]


def _kill_on_poison(monkeypatch, action):
    from discl_lint.kinds.numbering import Numbering

    real = Numbering.check

    def check(self, doc, options):
        if POISON in doc.text:
            action()
        return real(self, doc, options)

    monkeypatch.setattr(Numbering, "check", check)


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_a_worker_killed_by_a_signal_costs_only_its_file(capsys, monkeypatch, reports, jobs):
    folder, poisoned = reports
    expected = run(capsys, "-j", "1", str(folder))
    _kill_on_poison(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGKILL))
    status, out, err = run(capsys, "-j", jobs, str(folder))
    assert status == 2
    assert (
        f"discl-lint: error: {poisoned}: not linted: its worker process was killed by SIGKILL"
        in err
    )
    assert err.count("not linted") == 1
    assert findings_without(out, poisoned) == findings_without(expected[1], poisoned)
    assert not any(line.startswith(str(poisoned)) for line in out.splitlines())


def test_an_unexpected_crash_on_one_file_is_that_files_error(capsys, monkeypatch, reports):
    folder, poisoned = reports
    expected = run(capsys, "-j", "1", str(folder))
    import discl_lint.runner.lint as lint

    real = lint.check_source

    def check_source(linter, source, *args):
        if POISON in source.text:
            raise MemoryError("simulated")
        return real(linter, source, *args)

    monkeypatch.setattr(lint, "check_source", check_source)
    for jobs in ("1", "2"):
        status, out, err = run(capsys, "-j", jobs, str(folder))
        assert status == 2
        assert f"{poisoned}: not linted: internal error: MemoryError: simulated" in err
        assert findings_without(out, poisoned) == findings_without(expected[1], poisoned)


REPORT = "一、概述\n[bookmark: _GoBack]学校高度重视信息公开工作。\n"


def test_an_unexpected_exception_is_one_line_and_exit_2(capsys, monkeypatch, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")

    def explode(*_args, **_kwargs):
        raise ValueError("something unforeseen")

    monkeypatch.setattr("discl_lint.runner.pipeline.groups", explode)
    status, out, err = run(capsys, str(report))
    assert (status, out) == (2, "")
    assert err == (
        "discl-lint: internal error: ValueError: something unforeseen "
        "(run with --debug for the traceback)\n"
    )
    status = main(["--no-cache", "--debug", str(report)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("Traceback (most recent call last):")
    assert err.endswith("discl-lint: internal error: ValueError: something unforeseen\n")


def test_ctrl_c_exits_130_without_a_traceback(capsys, monkeypatch, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("discl_lint.runner.pipeline.groups", interrupt)
    assert run(capsys, str(report)) == (130, "", "discl-lint: interrupted\n")


def test_ctrl_c_during_a_parallel_fix_leaves_whole_files(tmp_path):
    """A real SIGINT to a running ``--fix -j 2``: exit 130, every file old or new, no litter."""
    import subprocess
    import sys
    import time

    for index in range(800):
        (tmp_path / f"r{index:03d}.txt").write_text(REPORT * 40, encoding="utf-8")
    command = [sys.executable, "-m", "discl_lint", "--no-cache", "-j", "2", "--fix", str(tmp_path)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert err.endswith("discl-lint: interrupted\n")
    fixed = REPORT.replace("[bookmark: _GoBack]", "") * 40
    contents = {p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    assert contents <= {REPORT * 40, fixed}
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".txt"] * 800


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--rules", "no-such-rules"],
            "discl-lint: error: --rules no-such-rules: no such folder\n",
        ),
        (
            ["-o", "missing/out.txt"],
            "discl-lint: error: missing/out.txt: cannot write: no such folder missing\n",
        ),
    ],
)
def test_missing_folders_are_one_line_errors(capsys, monkeypatch, tmp_path, argv, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    status, out, err = run(capsys, *argv, "r.txt")
    assert (status, out) == (2, "")
    assert err.endswith(message)


def test_a_missing_rules_folder_in_the_config_names_file_and_key(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".discl-lint.yaml").write_text("rules: [our-rules]\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    status, _, err = run(capsys, "r.txt")
    assert status == 2
    config = (tmp_path / ".discl-lint.yaml").resolve()
    assert err == f"discl-lint: error: {config}: rules: our-rules: no such folder\n"


def test_a_full_standard_output_is_one_line_and_exit_2(monkeypatch, tmp_path):
    import errno
    import io

    class Full(io.StringIO):
        def write(self, _text):
            raise OSError(errno.ENOSPC, "No space left on device")

    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    err = io.StringIO()
    monkeypatch.setattr("sys.stdout", Full())
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr("discl_lint.cli.handler._quiet_stdout", lambda: None)
    assert main(["--no-cache", str(report)]) == 2
    assert err.getvalue().endswith("discl-lint: error: No space left on device\n")
