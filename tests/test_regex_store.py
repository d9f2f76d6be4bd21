"""The compiled-regex store: stored code gives patterns equal to re.compile's, or none."""

from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

import pytest

from discl_lint.text.regex_store import RegexStore, store_path

PATTERNS = [
    (r"(?P<year>\d{4})\s*年(?:度|学年)?", 0),
    (r"[一二三四五六七八九十]+、", 0),
    (r"<!--\s*discl-lint-([A-Za-z-]*)(.*?)-->", re.DOTALL),
    (r"(?i)bookmark:\s*_GoBack", 0),
    (r"^\s*合\s*计", re.MULTILINE),
]
TEXT = "2024年度报告\n一、概述\n<!-- discl-lint-disable DL101 -->\n[BOOKMARK: _GoBack]\n 合 计 12"


@pytest.fixture(autouse=True)
def _bytecode_allowed(monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "__pycache__" / "regex.marshal"
    store = RegexStore(path)
    for pattern, flags in PATTERNS:
        store.compile(pattern, flags)
    assert store.compiled_anew == len(PATTERNS)
    store.save()
    return path


def _same_as_re(store: RegexStore) -> None:
    for pattern, flags in PATTERNS:
        got = store.compile(pattern, flags)
        expected = re.compile(pattern, flags)
        assert got == expected  # Pattern equality compares the engine's code
        assert got.groupindex == expected.groupindex
        assert [m.groups() for m in got.finditer(TEXT)] == [
            m.groups() for m in expected.finditer(TEXT)
        ]


def test_a_second_run_compiles_nothing_and_gets_equal_patterns(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    again = RegexStore(path)
    _same_as_re(again)
    assert again.compiled_anew == 0


def test_a_damaged_store_is_compiled_around(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: the checksum no longer matches
    path.write_bytes(bytes(data))
    store = RegexStore(path)
    _same_as_re(store)
    assert store.compiled_anew == len(PATTERNS)


@pytest.mark.parametrize("payload", [b"", b"\x00\x01", b"not marshal at all"])
def test_garbage_is_no_store(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "regex.marshal"
    path.write_bytes(payload)
    store = RegexStore(path)
    _same_as_re(store)
    assert store.compiled_anew == len(PATTERNS)


def test_entries_of_the_wrong_shape_are_refused(tmp_path: Path) -> None:
    import marshal

    table = {(p, int(f)): (int(f), [1, 2, 3], "groups?", {}, ()) for p, f in PATTERNS}
    payload = marshal.dumps(table)
    path = tmp_path / "regex.marshal"
    path.write_bytes(zlib.crc32(payload).to_bytes(4, "big") + payload)
    _same_as_re(RegexStore(path))


def test_an_unwritable_store_is_skipped_silently(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    store = RegexStore(blocker / "__pycache__" / "regex.marshal")
    _same_as_re(store)
    store.save()  # no error: the next run compiles again
    assert blocker.read_text() == "a file where the folder should be"


def test_the_store_lives_beside_the_package_bytecode() -> None:
    import discl_lint

    path = store_path()
    assert path.parent == Path(discl_lint.__file__).resolve().parent / "__pycache__"
    assert path.name.startswith("regex.")
    assert path.suffix == ".marshal"


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "__pycache__" / "regex.marshal"
    store = RegexStore(path)
    _same_as_re(store)
    store.save()
    assert not path.exists()
    assert not path.parent.exists()


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "__pycache__" / "regex.marshal"
    path.mkdir(parents=True)  # a folder where the file should be: the final rename fails
    store = RegexStore(path)
    _same_as_re(store)
    store.save()
    assert sorted(p.name for p in path.parent.iterdir()) == ["regex.marshal"]


def test_the_store_is_named_after_the_release(monkeypatch) -> None:
    import discl_lint.text.regex_store as module

    before = store_path().name
    monkeypatch.setattr(module, "__version__", "0.0.0-other")
    assert store_path().name != before
