"""A cache of findings by file content, so unchanged reports are not linted again.

The key of an entry covers the file's path and bytes and everything that could
change its findings: the discl-lint version and source files, the rule files,
the installed plugins and the run's options. Entries are written atomically and
read best-effort: a damaged or unreadable entry is a miss, never an error.
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


def code_key() -> str:
    """The version and the modification times of discl-lint's own modules."""
    package = Path(__file__).resolve().parent.parent
    stamps = sorted(f"{p.name}:{p.stat().st_mtime_ns}" for p in package.rglob("*.py"))
    return __version__ + "|" + ",".join(stamps)


@dataclass(frozen=True)
class ResultCache:
    """Findings stored under ``directory`` for one combination of settings."""

    directory: Path
    settings: str

    @classmethod
    def for_settings(cls, directory: Path, parts: Iterable[str]) -> ResultCache:
        """A cache whose entries are valid only for these settings."""
        digest = hashlib.sha256("\0".join([code_key(), *parts]).encode()).hexdigest()
        return cls(directory, digest)

    def _entry(self, path: str, data: bytes) -> Path:
        name = f"{self.settings}\0{path}\0".encode("utf-8", "surrogateescape")
        key = hashlib.sha256(name + data).hexdigest()
        return self.directory / key[:2] / key[2:]

    def get(self, path: str, data: bytes) -> tuple[Finding, ...] | None:
        """The findings stored for this file's bytes, or None."""
        try:
            rows = json.loads(self._entry(path, data).read_text(encoding="utf-8"))
            return tuple(finding_from_dict(path, row) for row in rows)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, path: str, data: bytes, findings: Sequence[Finding]) -> None:
        """Store the findings; a cache that cannot be written is silently skipped."""
        entry = self._entry(path, data)
        rows = [{**f.as_dict(), "fingerprint": f.fingerprint} for f in findings]
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            _mark(self.directory)
            temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(rows), encoding="ascii")
            temporary.replace(entry)
        except OSError:
            return


def _mark(directory: Path) -> None:
    tag = directory / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# discl-lint result cache\n")
        (directory / ".gitignore").write_text("*\n")


@dataclass(frozen=True)
class RuleDataCache:
    """Parsed rule files, so that a run whose rules did not change reads no YAML."""

    directory: Path

    def _entry(self, files: Sequence[Any]) -> Path:
        from discl_lint.ruleset.listing import content_key

        key = hashlib.sha256(f"{__version__}\0{content_key(files)}".encode()).hexdigest()
        return self.directory / "rules" / f"{key[:32]}.json"

    def get(self, files: Sequence[Any]) -> list[tuple[str, Any]] | None:
        """The parsed files, or None when not cached (or unreadable)."""
        try:
            rows = json.loads(self._entry(files).read_text(encoding="utf-8"))
            return [(str(source), data) for source, data in rows]
        except (OSError, ValueError, TypeError):
            return None

    def put(self, files: Sequence[Any], parsed: list[tuple[str, Any]]) -> None:
        """Store the parsed files; skipped when they are not plain JSON data or not writable."""
        entry = self._entry(files)
        try:
            text = json.dumps(parsed)
            entry.parent.mkdir(parents=True, exist_ok=True)
            _mark(self.directory)
            temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
            temporary.write_text(text, encoding="ascii")
            temporary.replace(entry)
        except (OSError, TypeError, ValueError):
            return
