"""Baselines survive edits elsewhere, follow edits to the finding, and report stale entries."""

from __future__ import annotations

import json
import shutil

import pytest

from discl_lint.cli.main import main

from conftest import FIXTURES

ARTIFACT = "[bookmark: _GoBack]"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


@pytest.fixture
def reports(tmp_path, monkeypatch):
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / seed.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *argv):
    status = main(["--no-cache", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_baseline_hides_every_seed_finding_and_survives_insertions(reports, capsys):
    status, _, err = run(capsys, "--write-baseline", "baseline.json", ".")
    assert status == 0
    assert err.startswith("discl-lint: recorded ")
    entries = json.loads((reports / "baseline.json").read_text(encoding="utf-8"))["entries"]
    assert len(entries) > 30
    assert run(capsys, "--baseline", "baseline.json", ".")[:2] == (0, "")
    for seed in SEEDS:
        path = reports / seed.name
        path.write_text(
            "\n" * 10 + "新增的一段说明文字。\n" + path.read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    status, out, err = run(capsys, "--baseline", "baseline.json", ".")
    assert (status, out) == (0, "")
    assert "stale" not in err


def test_editing_the_paragraph_of_a_finding_reports_it_again(reports, capsys):
    run(capsys, "--write-baseline", "baseline.json", ".")
    path = reports / "000_e5d28ad39468d6ea.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("[bookmark: _GoBack]2022年，我校", "[bookmark: _GoBack]2022年度，我校"),
        encoding="utf-8",
    )
    status, out, err = run(capsys, "--baseline", "baseline.json", "--select", "DL401", ".")
    assert status == 1
    assert out.startswith("000_e5d28ad39468d6ea.txt:17:1: error DL401 ")
    assert "stale entry 000_e5d28ad39468d6ea.txt DL401 (was line 17)" in err


def test_fixed_finding_is_stale_and_prune_removes_it(reports, capsys):
    run(capsys, "--write-baseline", "baseline.json", ".")
    before = len(json.loads((reports / "baseline.json").read_text(encoding="utf-8"))["entries"])
    path = reports / "002_bc1c389e0aee31a1.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("[bookmark: _GoBack]", ""), encoding="utf-8"
    )
    status, out, err = run(capsys, "--baseline", "baseline.json", ".")
    assert (status, out) == (0, "")
    assert (
        "discl-lint: warning: baseline.json: stale entry 002_bc1c389e0aee31a1.txt DL401 (was line 38)"
        in err
    )
    _, _, err = run(capsys, "--baseline", "baseline.json", "--prune-baseline", ".")
    assert "removed 1 stale entries from baseline.json" in err
    after = json.loads((reports / "baseline.json").read_text(encoding="utf-8"))["entries"]
    assert len(after) == before - 1
    assert "stale" not in run(capsys, "--baseline", "baseline.json", ".")[2]


@pytest.mark.usefixtures("reports")
def test_entries_of_files_not_linted_are_not_stale(capsys):
    run(capsys, "--write-baseline", "baseline.json", ".")
    _, _, err = run(capsys, "--baseline", "baseline.json", "000_e5d28ad39468d6ea.txt")
    assert "stale" not in err


def test_new_finding_is_reported_through_the_baseline(reports, capsys):
    run(capsys, "--write-baseline", "baseline.json", ".")
    path = reports / "001_a88f4584eccf76cc.txt"
    path.write_text(path.read_text(encoding="utf-8") + "附件待补充。\n", encoding="utf-8")
    status, out, _ = run(capsys, "--baseline", "baseline.json", ".")
    assert status == 1
    assert [line.split(": ")[0] for line in out.splitlines()] == ["001_a88f4584eccf76cc.txt:91:3"]


def test_baseline_file_is_sorted_and_one_entry_per_line(reports, capsys):
    run(capsys, "--write-baseline", "baseline.json", ".")
    lines = (reports / "baseline.json").read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"tool": "discl-lint", "version": 2, "entries": ['
    rows = [json.loads(line.rstrip(",")) for line in lines[1:-1]]
    assert rows == sorted(rows, key=lambda r: (r["path"], r["line"], r["rule"], r["fingerprint"]))


def test_broken_baseline_is_a_clear_error(reports, capsys):
    (reports / "bad.json").write_text("{", encoding="utf-8")
    status, _, err = run(capsys, "--baseline", "bad.json", ".")
    assert status == 2
    assert "bad.json: not a discl-lint baseline" in err


@pytest.mark.parametrize("spelling", ["./{name}", "{folder}/{name}", "../{base}/{name}"])
def test_baseline_matches_whatever_way_the_path_is_written(reports, capsys, spelling):
    run(capsys, "--write-baseline", "baseline.json", ".")
    name = "000_e5d28ad39468d6ea.txt"
    path = spelling.format(name=name, folder=reports, base=reports.name)
    status, out, err = run(capsys, "--baseline", "baseline.json", path)
    assert (status, out) == (0, "")
    assert "stale" not in err


def test_baseline_is_found_relative_to_its_own_folder(reports, capsys, monkeypatch):
    (reports / "ci").mkdir()
    run(capsys, "--write-baseline", "ci/baseline.json", ".")
    rows = json.loads((reports / "ci" / "baseline.json").read_text(encoding="utf-8"))["entries"]
    assert all(row["path"].startswith("../") for row in rows)
    monkeypatch.chdir(reports / "ci")
    status, out, err = run(capsys, "--baseline", "baseline.json", "..")
    assert (status, out) == (0, "")
    assert "stale" not in err
    name = "002_bc1c389e0aee31a1.txt"
    path = reports / name
    path.write_text(path.read_text(encoding="utf-8").replace(ARTIFACT, ""), encoding="utf-8")
    _, _, err = run(capsys, "--baseline", "baseline.json", str(path))
    assert f"stale entry ../{name} DL401 (was line 38)" in err


def test_entries_of_a_deleted_file_are_stale(reports, capsys):
    run(capsys, "--write-baseline", "baseline.json", ".")
    (reports / "002_bc1c389e0aee31a1.txt").unlink()
    _, _, err = run(capsys, "--baseline", "baseline.json", "000_e5d28ad39468d6ea.txt")
    assert "stale entry 002_bc1c389e0aee31a1.txt DL401" in err
    assert "stale entry 000_" not in err


def test_a_baseline_of_another_format_asks_to_be_written_again(reports, capsys):
    (reports / "old.json").write_text(
        '{"tool": "discl-lint", "version": 1, "entries": []}\n', encoding="utf-8"
    )
    status, _, err = run(capsys, "--baseline", "old.json", ".")
    assert status == 2
    assert "old.json: a baseline of format 1" in err
    assert "write it again with --write-baseline" in err
