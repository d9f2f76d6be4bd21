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
    assert f"discl-lint: error: {poisoned}: not linted: its worker process was killed by SIGKILL" in err
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
