"""Compiled regular expressions kept between runs, as Python keeps bytecode.

Compiling the two hundred patterns a run needs costs more than linting a
report. The regex compiler's output (the engine's code for a pattern) depends
only on the pattern, its flags and the interpreter, so it is stored beside the
package's bytecode, in its ``__pycache__``, under the interpreter's version and
engine magic number, with a checksum, and on the next run handed straight to
the engine. Code there is trusted as the bytecode beside it is. No file, a
damaged one or another Python means compiling as usual: a stored pattern is
equal to ``re.compile``'s (``Pattern.__eq__`` compares the code), only faster
to make.

An entry is stored only when the engine, given it, makes a pattern equal to
``re.compile``'s with the same groups; the file is named after the store's
format, discl-lint's release and the engine, so no other release reads it.
Module-level patterns are compiled on import, before any configuration is
read, so the store is a process-wide memo (like ``re``'s own cache). Only the
command line writes it back, after a run, and, like bytecode, not when Python
writes none (``PYTHONDONTWRITEBYTECODE``; ``PYTHONPYCACHEPREFIX`` is followed).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine behind ``re``
import marshal
import os
import re
import sys
import zlib
from pathlib import Path

from discl_lint.model.version import __version__

# (flags after inline ones, code, groups - 1, group index, index group)
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
FORMAT = 2
MAX_ENTRIES = 4000  # beyond this (many user rule packs) the table starts again


def store_path() -> Path:
    """The store's file: in the package's ``__pycache__``, named after this Python's engine."""
    # Another Python, engine, store format or discl-lint release: another file.
    parts = (FORMAT, __version__, sys.version, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT)
    engine = "\0".join(map(str, parts))
    name = f"regex.{sys.implementation.cache_tag}-{zlib.crc32(engine.encode()):08x}.marshal"
    package = Path(__file__).resolve().parent.parent
    if sys.pycache_prefix:  # bytecode kept apart from the sources: so is the store
        return Path(sys.pycache_prefix) / package.relative_to(package.anchor) / name
    return package / "__pycache__" / name


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    """The stored table, or an empty one if missing, damaged (checksum) or not a table."""
    try:
        data = path.read_bytes()
        if len(data) < 4 or zlib.crc32(data[4:]) != int.from_bytes(data[:4], "big"):
            return {}
        table = marshal.loads(data[4:])
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _writable(folder: Path) -> bool:
    target = folder if folder.exists() else folder.parent
    return os.access(target, os.W_OK)


def _write(path: Path, table: dict[tuple[str, int], Entry]) -> None:
    """Replace the store with ``table`` at once; a failed write leaves no temporary file."""
    payload = marshal.dumps(table)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(zlib.crc32(payload).to_bytes(4, "big") + payload)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def _entry(pattern: str, flags: int) -> Entry | None:
    """What ``re`` would hand the engine for this pattern, or None if this Python differs."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(parsed, flags)]
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex)
        made = _sre.compile(pattern, *entry, tuple(indexgroup))
    except (ImportError, AttributeError, TypeError, ValueError, RuntimeError):
        return None
    # Pattern equality compares the code but not the groups: check those as well.
    expected = re.compile(pattern, flags)
    same = made == expected and (made.groups, made.groupindex) == (
        expected.groups,
        expected.groupindex,
    )
    return (*entry, tuple(indexgroup)) if same else None


class RegexStore:
    """Stored compiled code by (pattern, flags), and what this run compiled anew."""

    __slots__ = ("_new", "_path", "_table")

    def __init__(self, path: Path) -> None:
        """A store read from ``path`` on first use."""
        self._path = path
        self._table: dict[tuple[str, int], Entry] | None = None
        self._new: set[tuple[str, int]] = set()

    def _loaded(self) -> dict[tuple[str, int], Entry]:
        if self._table is None:
            self._table = _read(self._path)
        return self._table

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from stored code when there is some."""
        key = (pattern, int(flags))
        stored = self._loaded().get(key)
        if stored is not None:
            try:
                return _sre.compile(pattern, *stored)  # type: ignore[no-any-return]
            except (TypeError, ValueError, RuntimeError, OverflowError):
                pass  # damaged or foreign code: the engine refused it
        self._new.add(key)  # its code is worked out only when saved
        return re.compile(pattern, flags)

    @property
    def compiled_anew(self) -> int:
        """How many patterns this run compiled because no usable code was stored."""
        return len(self._new)

    def save(self) -> None:
        """Write back the table with this run's new patterns (atomically), unless Python
        writes no bytecode (PYTHONDONTWRITEBYTECODE) or the folder is not writable."""
        if not self._new or sys.dont_write_bytecode or not _writable(self._path.parent):
            return
        new = {key: entry for key in sorted(self._new) if (entry := _entry(*key)) is not None}
        table = {**self._loaded(), **new}
        if len(table) > MAX_ENTRIES:
            table = new
        try:
            _write(self._path, table)
        except (OSError, ValueError):
            return
        self._table, self._new = table, set()


_STORE = RegexStore(store_path())


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern, equal to ``re.compile(pattern, flags)``."""
    return _STORE.compile(pattern, flags)


def save_compiled() -> None:
    """Keep this run's newly compiled patterns for the next run."""
    _STORE.save()
