"""Baselines: record today's findings, then report only new ones.

Entries are matched by fingerprint (see fingerprints.py), so inserting text
above a finding keeps it hidden while editing its paragraph brings it back.
An entry that no longer matches any finding of a file linted in the run is
stale; ``--prune-baseline`` drops stale entries.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from discl_lint.model.errors import DiscLintError
from discl_lint.model.findings import Finding

FORMAT_VERSION = 1


@dataclass(frozen=True)
class Entry:
    """One recorded finding: where it was, and its fingerprint."""

    path: str
    rule: str
    fingerprint: str
    line: int
    message: str


def _entry(finding: Finding) -> Entry:
    return Entry(finding.path, finding.rule, finding.fingerprint, finding.line, finding.message)


def render(entries: Iterable[Entry]) -> str:
    """The baseline file: one entry per line, sorted, so that it diffs well."""
    rows = sorted(entries, key=lambda e: (e.path, e.line, e.rule, e.fingerprint))
    body = ",\n".join("  " + json.dumps(vars(e), ensure_ascii=False) for e in rows)
    head = f'{{"tool": "discl-lint", "version": {FORMAT_VERSION}, "entries": ['
    return f"{head}\n{body}\n]}}\n" if rows else f"{head}]}}\n"


def recorded(findings: Iterable[Finding]) -> str:
    """The baseline file that records the findings."""
    return render(_entry(f) for f in findings)


def load(path: str) -> tuple[Entry, ...]:
    """Read a baseline file, or fail naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return tuple(Entry(**row) for row in data["entries"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DiscLintError(f"{path}: not a discl-lint baseline ({exc})") from None


@dataclass(frozen=True)
class Applied:
    """Findings left after the baseline, and entries that matched nothing."""

    findings: tuple[Finding, ...]
    stale: tuple[Entry, ...]


def apply(entries: Sequence[Entry], findings: Sequence[Finding], linted: Iterable[str]) -> Applied:
    """Hide the findings the baseline records (each entry hides one finding)."""
    budget = Counter((e.path, e.rule, e.fingerprint) for e in entries)
    kept = []
    for finding in findings:
        key = (finding.path, finding.rule, finding.fingerprint)
        if budget[key] > 0:
            budget[key] -= 1
        else:
            kept.append(finding)
    scope = set(linted)
    stale: list[Entry] = []
    for entry in entries:
        key = (entry.path, entry.rule, entry.fingerprint)
        if entry.path in scope and budget[key] > 0:
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
