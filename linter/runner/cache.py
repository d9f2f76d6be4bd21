"""A cache of findings by file content, so unchanged reports are not linted again.

The key of an entry covers the file's path and bytes and everything that could
change its findings — content hashes of discl-lint's code, the rule files and
the installed plugins, and the run's options (see cache_keys.py). Entries are
written atomically and checked before use (see cache_entries.py): a damaged,
forged or unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from discl_lint.model.findings import Finding, finding_from_dict
from discl_lint.model.version import __version__

ENV = "DISCL_LINT_CACHE_DIR"


def default_directory() -> Path:
    """$DISCL_LINT_CACHE_DIR, else $XDG_CACHE_HOME/discl-lint, else ~/.cache/discl-lint."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "discl-lint"


@dataclass(frozen=True)
class ResultCache:
    """Findings stored under ``directory`` for one combination of settings."""

    directory: Path
    settings: str
    rules: frozenset[str] = frozenset()  # the only rules a cached finding may be of

    @classmethod
    def for_settings(
        cls, directory: Path, parts: Iterable[str], rules: Iterable[str] = ()
    ) -> ResultCache:
        """A cache whose entries are valid only for these settings."""
        from discl_lint.runner.cache_keys import code_key

        digest = hashlib.sha256("\0".join([code_key(), *parts]).encode()).hexdigest()
        return cls(directory, digest, frozenset(rules))

    def _key(self, path: str, data: bytes) -> str:
        name = f"{self.settings}\0{path}\0".encode("utf-8", "surrogateescape")
        return hashlib.sha256(name + data).hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / key[2:]

    def get(self, path: str, data: bytes, lines: int) -> tuple[Finding, ...] | None:
        """The findings stored for this file's bytes (``lines`` long), or None.

        An entry is used only if it is valid (see cache_entries.py); anything
        else — damaged, forged, stored under another name — is a miss.
        """
        from discl_lint.runner.cache_entries import usable

        key = self._key(path, data)
        try:
            entry = json.loads(self._file(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not usable(entry, key, self.rules, lines):
            return None
        return tuple(finding_from_dict(path, row) for row in entry["findings"])

    def put(self, path: str, data: bytes, findings: Sequence[Finding]) -> None:
        """Store the findings; a cache that cannot be written is silently skipped."""
        key = self._key(path, data)
        entry = self._file(key)
        rows = [_row(f) for f in findings]
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            _mark(self.directory)
            temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"key": key, "findings": rows}), encoding="ascii")
            temporary.replace(entry)
        except OSError:
            return


def _row(finding: Finding) -> dict[str, object]:
    row = {**finding.as_dict(), "fingerprint": finding.fingerprint}
    del row["path"]  # the entry's key holds the path
    return row


def _mark(directory: Path) -> None:
    tag = directory / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# discl-lint result cache\n")
        (directory / ".gitignore").write_text("*\n")


@dataclass(frozen=True)
class RuleDataCache:
    """Parsed rule files, so that a run whose rules did not change reads no YAML.

    An entry is used only when it is stored under its own key and lists exactly
    the run's rule files, in order; the loader then validates each rule's data
    against the rule schema as it would the YAML.
    """

    directory: Path

    def _key(self, files: Sequence[Any]) -> str:
        from discl_lint.ruleset.listing import content_key

        return hashlib.sha256(f"{__version__}\0{content_key(files)}".encode()).hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / "rules" / f"{key[:32]}.json"

    def get(self, files: Sequence[Any]) -> list[tuple[str, Any]] | None:
        """The parsed files, or None when not cached (or not usable)."""
        key = self._key(files)
        try:
            entry = json.loads(self._file(key).read_text(encoding="utf-8"))
            rows = [(source, data) for source, data in entry["files"]]
            stored = entry["key"]
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if stored != key or [source for source, _ in rows] != [str(f) for f in files]:
            return None
        return rows

    def put(self, files: Sequence[Any], parsed: list[tuple[str, Any]]) -> None:
        """Store the parsed files; skipped when they are not plain JSON data or not writable."""
        key = self._key(files)
        entry = self._file(key)
        try:
            text = json.dumps({"key": key, "files": parsed})
            entry.parent.mkdir(parents=True, exist_ok=True)
            _mark(self.directory)
            temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
            temporary.write_text(text, encoding="ascii")
            temporary.replace(entry)
        except (OSError, TypeError, ValueError):
            return
