"""What a folder search lints: reports, not a repository's README or requirements.txt."""

from __future__ import annotations

import os

import pytest

from discl_lint.cli.main import main

REPORT = "一、概述\n[bookmark: _GoBack]学校高度重视信息公开工作。\n"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in (
        "README.md",
        "requirements.txt",
        "requirements-dev.txt",
        "LICENSE.txt",
        "reports/2022.txt",
        "reports/archive/2021.txt",
        "drafts/next.md",
        ".github/notes.md",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(REPORT, encoding="utf-8")
    return tmp_path


def linted(capsys, *argv):
    status = main(["--no-cache", "--select", "DL401", *argv])
    out = capsys.readouterr().out
    return status, sorted({line.split(":")[0] for line in out.splitlines()})


@pytest.mark.usefixtures("repo")
def test_a_folder_search_passes_over_the_files_every_repository_has(capsys):
    assert linted(capsys, ".")[1] == [
        "drafts/next.md",
        "reports/2022.txt",
        "reports/archive/2021.txt",
    ]


def test_exclude_replaces_the_defaults_and_extend_exclude_adds(repo, capsys):
    config = repo / ".discl-lint.yaml"
    config.write_text("extend-exclude: [drafts, reports/archive]\n", encoding="utf-8")
    assert linted(capsys, ".")[1] == ["reports/2022.txt"]
    config.write_text("exclude: [drafts]\n", encoding="utf-8")
    assert linted(capsys, ".")[1] == [
        "LICENSE.txt",
        "README.md",
        "reports/2022.txt",
        "reports/archive/2021.txt",
        "requirements-dev.txt",
        "requirements.txt",
    ]


def test_the_command_line_replaces_or_adds_to_the_configuration(repo, capsys):
    (repo / ".discl-lint.yaml").write_text("extend-exclude: [drafts]\n", encoding="utf-8")
    assert linted(capsys, "--extend-exclude", "archive", ".")[1] == ["reports/2022.txt"]
    found = linted(capsys, "--exclude", "README*,requirements*,LICENSE*", ".")[1]
    assert found == ["reports/2022.txt", "reports/archive/2021.txt"]  # extend-exclude still applies


def test_named_files_are_linted_unless_force_exclude(repo, capsys):
    (repo / ".discl-lint.yaml").write_text("extend-exclude: [reports/archive]\n", encoding="utf-8")
    named = ("README.md", "reports/archive/2021.txt", "reports/2022.txt")
    assert linted(capsys, *named)[1] == sorted(named)
    assert linted(capsys, "--force-exclude", *named)[1] == ["reports/2022.txt"]
    assert linted(capsys, "--force-exclude", "reports/archive")[1] == []


def test_patterns_with_a_slash_are_relative_to_their_configuration(repo, capsys):
    (repo / "reports" / ".discl-lint.yaml").write_text(
        "extend-exclude: [archive/*.txt]\n", encoding="utf-8"
    )
    assert linted(capsys, ".")[1] == ["drafts/next.md", "reports/2022.txt"]


def test_pyproject_settings_exclude(repo, capsys):
    (repo / "pyproject.toml").write_text(
        '[tool.discl-lint]\nextend-exclude = ["drafts"]\n', encoding="utf-8"
    )
    assert linted(capsys, ".")[1] == ["reports/2022.txt", "reports/archive/2021.txt"]


@pytest.mark.usefixtures("repo")
def test_an_unreadable_folder_is_an_error_not_a_gap(capsys, monkeypatch):
    real = os.scandir

    def refuse(path="."):
        if str(path).endswith("archive"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", refuse)
    status, out = main(["--no-cache", "--select", "DL401", "reports"]), capsys.readouterr()
    assert status == 2
    assert (
        "discl-lint: error: reports/archive: cannot read the folder: Permission denied" in out.err
    )
    assert "reports/2022.txt:2:1: error DL401" in out.out


@pytest.mark.parametrize(
    ("patterns", "path", "excluded"),
    [
        (["README*"], "docs/README.md", True),
        (["drafts"], "reports/drafts/x.txt", True),
        (["drafts"], "reports/drafts-2022.txt", False),
        (["reports/archive"], "reports/archive/a/b.txt", True),
        (["reports/archive"], "old/reports/archive/b.txt", False),
        (["./reports/*.md"], "reports/x.md", True),
        (["x*"], "../outside/a.txt", False),
        (["*"], "../a.txt", True),
        (["archive/"], "archive/x.txt", True),
    ],
)
def test_matches(patterns, path, excluded):
    from discl_lint.config.excludes import matches, patterns_of
    from discl_lint.config.files import Config
    from discl_lint.config.requested import RunSettings

    chosen = patterns_of(Config(values={"exclude": patterns}), RunSettings())
    assert matches(chosen, path) is excluded


def test_show_config_lists_the_exclude_patterns(repo, capsys):
    (repo / ".discl-lint.yaml").write_text("extend-exclude: [drafts]\n", encoding="utf-8")
    main(["--show-config", "reports/2022.txt"])
    out = capsys.readouterr().out
    config = (repo / ".discl-lint.yaml").resolve()
    assert "exclude = ['README*', " in out
    assert f"'constraints*.txt', 'drafts']  # {config}\n" in out
