"""The cache trusts nothing it did not check: content-hash keys, validated entries, cleaning."""

from __future__ import annotations

import json
import os
import random
import sys
import types

import jsonschema
import pytest

from discl_lint.cli.main import main
from discl_lint.ruleset.schema import load

REPORT = "一、概述\n[bookmark: _GoBack]学校高度重视信息公开工作。\n附件待补充。\n"


def run(capsys, *argv):
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def cached(tmp_path, capsys):
    """A report, its fresh findings, and the cache folder holding them."""
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    folder = tmp_path / "cache"
    fresh = run(capsys, "--no-cache", str(report))
    assert run(capsys, "--cache-dir", str(folder), str(report)) == fresh
    [entry] = [p for p in folder.glob("??/*") if p.is_file()]
    return report, folder, entry, fresh


def _forge(entry, change):
    data = json.loads(entry.read_text(encoding="utf-8"))
    change(data)
    entry.write_text(json.dumps(data), encoding="utf-8")


def _first(data, **values):
    data["findings"][0].update(values)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["findings"].append({**d["findings"][0], "rule": "XX999"}),
        lambda d: _first(d, line=99),
        lambda d: _first(d, end_line=0),
        lambda d: _first(d, severity="fatal"),
        lambda d: _first(d, fingerprint="not a fingerprint"),
        lambda d: _first(d, line=True),
        lambda d: _first(d, extra="x"),
        lambda d: d.update(key="0" * 64),
        lambda d: d.pop("key"),
        lambda d: d.update(findings={}),
    ],
)
def test_a_forged_or_damaged_entry_is_a_miss(capsys, cached, change):
    report, folder, entry, fresh = cached
    _forge(entry, change)
    assert run(capsys, "--cache-dir", str(folder), str(report)) == fresh


def test_an_entry_copied_from_another_report_is_refused(capsys, tmp_path, cached):
    _, folder, entry, _ = cached
    other = tmp_path / "clean.txt"
    other.write_text("一、概述\n学校高度重视信息公开工作。\n二、主动公开\n略。\n", encoding="utf-8")
    clean = run(capsys, "--no-cache", str(other))
    run(capsys, "--cache-dir", str(folder), str(other))
    [copy] = [p for p in folder.glob("??/*") if p.is_file() and p != entry]
    copy.write_bytes(entry.read_bytes())
    assert run(capsys, "--cache-dir", str(folder), str(other)) == clean


def test_a_parsed_rule_entry_that_drops_a_rule_or_breaks_one_is_a_miss(capsys, cached):
    report, folder, _, fresh = cached
    [rules] = (folder / "rules").glob("*.json")
    data = json.loads(rules.read_text(encoding="utf-8"))
    rules.write_text(json.dumps({**data, "files": data["files"][1:]}), encoding="utf-8")
    assert run(capsys, "--no-cache", "--cache-dir", str(folder), str(report)) == fresh
    for _source, rule in data["files"]:
        rule["severity"] = "fatal"
    rules.write_text(json.dumps(data), encoding="utf-8")
    assert run(capsys, "--no-cache", "--cache-dir", str(folder), str(report)) == fresh


def test_code_key_follows_content_even_when_size_and_mtime_are_kept(tmp_path, monkeypatch):
    from discl_lint.runner import cache_keys

    package = tmp_path / "discl_lint"
    (package / "schemas").mkdir(parents=True)
    module = package / "kinds.py"
    module.write_text("LIMIT = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache_keys, "_PACKAGE", package)
    before = cache_keys.code_key()
    stamp = module.stat()
    module.write_text("LIMIT = 2\n", encoding="utf-8")
    os.utime(module, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert module.stat().st_size == stamp.st_size
    assert cache_keys.code_key() != before


def test_an_installed_wheel_is_keyed_by_its_record(tmp_path, monkeypatch):
    from discl_lint.runner import cache_keys

    package = tmp_path / "discl_lint"
    package.mkdir()
    record = tmp_path / "discl_lint-0.1.0.dist-info" / "RECORD"
    record.parent.mkdir()
    record.write_text("discl_lint/runner/cache_keys.py,sha256=abc,10\n", encoding="utf-8")
    monkeypatch.setattr(cache_keys, "_PACKAGE", package)
    before = cache_keys.code_key()
    record.write_text("discl_lint/runner/cache_keys.py,sha256=abd,10\n", encoding="utf-8")
    assert cache_keys.code_key() != before


def test_plugin_key_follows_the_plugins_code(tmp_path, monkeypatch):
    from discl_lint.plugins.entrypoints import EntryPoint
    from discl_lint.runner import cache_keys

    folder = tmp_path / "ourrules"
    folder.mkdir()
    (folder / "plugin.py").write_text("X = 1\n", encoding="utf-8")
    module = types.ModuleType("ourrules")
    module.__path__ = [str(folder)]
    monkeypatch.setitem(sys.modules, "ourrules", module)
    points = [EntryPoint("ours", "ourrules.plugin", "ourrules")]
    before = cache_keys.plugin_key(points)
    (folder / "plugin.py").write_text("X = 2\n", encoding="utf-8")
    assert cache_keys.plugin_key(points) != before


def _entries(rng: random.Random) -> dict:
    row = {
        "line": 1,
        "column": 2,
        "end_line": 1,
        "end_column": 5,
        "rule": "DL401",
        "name": "conversion-artifact",
        "severity": "error",
        "message": "残留",
        "fingerprint": "0123456789abcdef0123",
    }
    entry = {"key": "ab" * 32, "findings": [dict(row), dict(row)]}
    broken = [None, 0, -1, True, 1.5, "", "x", "DL4O1", "fatal", [], {}, "0" * 19, "g" * 20]
    for _ in range(rng.randint(0, 2)):
        rows = entry.get("findings")
        targets = [
            t for t in (entry, *(rows if isinstance(rows, list) else [])) if isinstance(t, dict)
        ]
        target = rng.choice(targets)
        key = rng.choice([*target, "more"])
        if rng.random() < 0.15:
            target.pop(key, None)
        else:
            target[key] = rng.choice(broken)
    return entry


@pytest.mark.parametrize("seed", range(400))
def test_the_entry_check_agrees_with_the_shipped_schema(seed):
    from discl_lint.runner.cache_entries import matches_schema

    entry = _entries(random.Random(seed))
    schema = load("cache-entry.schema.json")
    assert matches_schema(entry) == jsonschema.Draft7Validator(schema).is_valid(entry)


def test_clean_cache_removes_the_cache_and_only_the_cache(capsys, cached, tmp_path):
    _, folder, _, _ = cached
    status, _, err = run(capsys, "--clean-cache", "--cache-dir", str(folder))
    assert status == 0
    assert err.startswith("discl-lint: removed ")
    assert not folder.exists()
    assert run(capsys, "--clean-cache", "--cache-dir", str(folder))[0] == 0
    mine = tmp_path / "not-a-cache"
    mine.mkdir()
    (mine / "ab").mkdir()
    (mine / "ab" / ("c" * 62)).write_text("precious", encoding="utf-8")
    status, _, err = run(capsys, "--clean-cache", "--cache-dir", str(mine))
    assert status == 2
    assert "not a discl-lint cache" in err
    assert (mine / "ab" / ("c" * 62)).read_text(encoding="utf-8") == "precious"


def test_clean_cache_leaves_files_it_did_not_write(capsys, cached):
    _, folder, _, _ = cached
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    run(capsys, "--clean-cache", "--cache-dir", str(folder))
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
