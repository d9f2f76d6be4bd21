"""The built wheel carries the rules; the pre-commit hook works from a local repository.

Both build real environments (pip from PyPI), so they take some seconds each.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

SEED = FIXTURES / "seeds" / "000_e5d28ad39468d6ea.txt"
CLEAN = ROOT / "examples" / "clean-report.txt"


def _run(*argv: str, cwd: Path | None = None, env: dict[str, str] | None = None):
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT))
    assert build.returncode == 0, build.stderr
    [built] = out.glob("discl_lint-*.whl")
    return built


def test_wheel_contains_every_rule(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("discl_lint/builtin_rules/")}
    expected = {p.name for p in (ROOT / "rules").glob("*.yaml")}
    assert expected
    assert expected <= shipped


def test_wheel_is_marked_typed_and_versioned(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "discl_lint/py.typed" in names
    assert wheel.name.startswith("discl_lint-0.1.0-")


def test_wheel_in_a_fresh_venv_lints_a_seed(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = _run(str(python), "-m", "pip", "install", "-q", str(wheel))
    assert install.returncode == 0, install.stderr
    result = _run(str(env_dir / "bin" / "discl-lint"), SEED.name, cwd=SEED.parent)
    assert result.returncode == 1, result.stderr
    assert result.stdout == SEED.with_suffix(".expected").read_text(encoding="utf-8")
    api = "import discl_lint; print(len(discl_lint.lint_paths([" + repr(SEED.name) + "])))"
    counted = _run(str(python), "-c", api, cwd=SEED.parent)
    assert counted.stdout.strip() == str(len(result.stdout.splitlines())), counted.stderr


def _git(repo: Path, *argv: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    subprocess.run(["git", *argv], cwd=repo, env=env, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_pre_commit_try_repo(tmp_path):
    pre_commit = Path(sys.executable).parent / "pre-commit"
    assert pre_commit.exists(), "pre-commit is a dev dependency"
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(SEED, reports / "bad.txt")
    shutil.copy(CLEAN, reports / "good.txt")
    _git(reports, "init", "-q")
    _git(reports, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}

    def hook(name: str):
        argv = (str(pre_commit), "try-repo", str(ROOT), "discl-lint", "--files", name)
        return _run(*argv, cwd=reports, env=env)

    bad = hook("bad.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.txt:17:1: error DL401 " in bad.stdout
    good = hook("good.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_pre_commit_try_repo_lints_word_documents(tmp_path):
    import build_docx

    pre_commit = Path(sys.executable).parent / "pre-commit"
    reports = tmp_path / "reports"
    reports.mkdir()
    build_docx.write_report(reports / "bad.docx", SEED.read_text(encoding="utf-8").split("\n"))
    build_docx.write_report(reports / "good.docx", CLEAN.read_text(encoding="utf-8").split("\n"))
    (reports / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    _git(reports, "init", "-q")
    _git(reports, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    argv = (str(pre_commit), "try-repo", str(ROOT), "discl-lint", "--verbose", "--files")
    bad = _run(*argv, "bad.docx", "logo.png", cwd=reports, env=env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.docx:17:1: error DL401 " in bad.stdout
    assert "logo.png" not in bad.stdout.split("- hook id: discl-lint", 1)[1]
    good = _run(*argv, "good.docx", cwd=reports, env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_pre_commit_fix_hook_modifies_then_passes(tmp_path):
    pre_commit = Path(sys.executable).parent / "pre-commit"
    reports = tmp_path / "reports"
    reports.mkdir()
    clean = CLEAN.read_text(encoding="utf-8")
    broken = clean.replace("一、概述\n", "一、概述\n[bookmark: _GoBack]").replace(
        "推动清单事项逐项落实", "推动清单\n\n事项逐项落实"
    )
    assert broken != clean
    (reports / "report.txt").write_text(broken, encoding="utf-8")
    _git(reports, "init", "-q")
    _git(reports, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    argv = (str(pre_commit), "try-repo", str(ROOT), "discl-lint-fix", "--files", "report.txt")
    first = _run(*argv, cwd=reports, env=env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert (reports / "report.txt").read_text(encoding="utf-8") == clean
    second = _run(*argv, cwd=reports, env=env)
    assert second.returncode == 0, second.stdout + second.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_single_report_commit_in_the_example_repository_passes_the_hooks(tmp_path):
    """The hook sees only the staged report: the per-file ignore for the archive must not fail it."""
    pre_commit = Path(sys.executable).parent / "pre-commit"
    repo = tmp_path / "reports-repo"
    shutil.copytree(ROOT / "examples" / "reports-repo", repo)
    new = repo / "reports" / "2022-2023.txt"
    text = new.read_text(encoding="utf-8")
    new.unlink()
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "--no-verify", "-m", "configuration and the archive")
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text(f'#!/bin/sh\nexec "{pre_commit}" try-repo "{ROOT}"\n', encoding="utf-8")
    hook.chmod(0o755)
    new.write_text(text, encoding="utf-8")
    _git(repo, "add", "reports/2022-2023.txt")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    done = _run("git", "commit", "-m", "2022-2023 report", cwd=repo, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (done.stdout + done.stderr).count("Passed") == 2, done.stdout + done.stderr
    log = _run("git", "log", "--oneline", cwd=repo)
    assert "2022-2023 report" in log.stdout
