"""Baselines: record today's findings, then report only new ones.

Entries are matched by fingerprint (see fingerprints.py), so inserting text
above a finding keeps it hidden while editing its paragraph brings it back.
Paths are stored relative to the baseline file's folder and compared after
resolving, so a run from another folder, on ``./x.txt`` or on an absolute path
matches the same entries. An entry is stale when its file was linted in the run
and no finding matches it, or when its file no longer exists;
``--prune-baseline`` drops stale entries.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from discl_lint.model.errors import DiscLintError
from discl_lint.model.findings import Finding

# 2: paths relative to the baseline's folder, fingerprints without the path.
FORMAT_VERSION = 2
_STORED = ("path", "rule", "fingerprint", "line", "message")


@dataclass(frozen=True)
class Entry:
    """One recorded finding: where it was, and its fingerprint.

    ``path`` is as stored (relative to the baseline's folder); ``file`` is that
    path resolved, which is what findings are compared with.
    """

    path: str
    rule: str
    fingerprint: str
    line: int
    message: str
    file: str = field(default="", compare=False, repr=False)


def _resolved(path: str, folder: Path | None = None) -> str:
    return str(((folder or Path()) / path).resolve())


def _stored(path: str, folder: Path) -> str:
    target = Path(path).absolute()
    try:
        return Path(os.path.relpath(target, folder.absolute())).as_posix()
    except ValueError:  # another drive: only an absolute path can say where
        return target.as_posix()


def render(entries: Iterable[Entry]) -> str:
    """The baseline file: one entry per line, sorted, so that it diffs well."""
    rows = sorted(entries, key=lambda e: (e.path, e.line, e.rule, e.fingerprint))
    body = ",\n".join(
        "  " + json.dumps({k: getattr(e, k) for k in _STORED}, ensure_ascii=False) for e in rows
    )
    head = f'{{"tool": "discl-lint", "version": {FORMAT_VERSION}, "entries": ['
    return f"{head}\n{body}\n]}}\n" if rows else f"{head}]}}\n"


def recorded(path: str, findings: Iterable[Finding]) -> str:
    """The baseline file at ``path`` that records the findings."""
    folder = Path(path).parent
    return render(
        Entry(_stored(f.path, folder), f.rule, f.fingerprint, f.line, f.message) for f in findings
    )


def load(path: str) -> tuple[Entry, ...]:
    """Read a baseline file, or fail naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        version = data["version"]
        rows = [{k: row[k] for k in _STORED} for row in data["entries"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DiscLintError(f"{path}: not a discl-lint baseline ({exc})") from None
    if version != FORMAT_VERSION:
        raise DiscLintError(
            f"{path}: a baseline of format {version}, this discl-lint reads format "
            f"{FORMAT_VERSION}: write it again with --write-baseline"
        )
    folder = Path(path).parent
    return tuple(Entry(**row, file=_resolved(row["path"], folder)) for row in rows)


@dataclass(frozen=True)
class Applied:
    """Findings left after the baseline, and entries that matched nothing."""

    findings: tuple[Finding, ...]
    stale: tuple[Entry, ...]


def apply(entries: Sequence[Entry], findings: Sequence[Finding], linted: Iterable[str]) -> Applied:
    """Hide the findings the baseline records (each entry hides one finding)."""
    files: dict[str, str] = {}

    def file_of(path: str) -> str:
        if path not in files:
            files[path] = _resolved(path)
        return files[path]

    budget = Counter((e.file, e.rule, e.fingerprint) for e in entries)
    kept = []
    for finding in findings:
        key = (file_of(finding.path), finding.rule, finding.fingerprint)
        if budget[key] > 0:
            budget[key] -= 1
        else:
            kept.append(finding)
    scope = {file_of(path) for path in linted}
    stale: list[Entry] = []
    for entry in entries:
        key = (entry.file, entry.rule, entry.fingerprint)
        judged = entry.file in scope or not Path(entry.file).exists()
        if judged and budget[key] > 0:
            budget[key] -= 1
            stale.append(entry)
    return Applied(tuple(kept), tuple(stale))


def pruned(entries: Sequence[Entry], stale: Sequence[Entry]) -> str:
    """The baseline file without its stale entries."""
    drop = Counter(stale)
    kept = []
    for entry in entries:
        if drop[entry] > 0:
            drop[entry] -= 1
        else:
            kept.append(entry)
    return render(kept)
