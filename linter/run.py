"""One run over many files: load, lint, fix in memory, collect; no printing."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from discl_lint.budget import allowance
from discl_lint.document import Document
from discl_lint.engine import Checked, check_document
from discl_lint.errors import DiscLintError
from discl_lint.fixing import FixResult, fix_text
from discl_lint.model import Finding, Rule
from discl_lint.plugins import Registry
from discl_lint.sources import Source, read

_GOV_TITLE = re.compile(r"政府信息公开工作年度报告")


def detect_profile(doc: Document, requested: str) -> str:
    """``gov`` for government-format reports (by title), else ``hei``."""
    if requested != "auto":
        return requested
    head = "".join(line.text for line in doc.lines[:5])
    return "gov" if _GOV_TITLE.search(head) else "hei"


def load(path: str, text: str, registry: Registry, profile: str) -> Document:
    """Build a document with the loader for its suffix."""
    doc = registry.loader_for(path).load(path, text)
    return dataclasses.replace(doc, profile=detect_profile(doc, profile))


@dataclass(frozen=True)
class Linter:
    """The rules and plugins of a run, ready to lint texts."""

    rules: tuple[Rule, ...]
    registry: Registry
    profile: str = "auto"
    rule_timeout: float | None = None

    def check_text(self, path: str, text: str, encoding: str = "utf-8") -> Checked:
        """Findings of every rule on ``text``, and the rules that failed."""
        doc = dataclasses.replace(load(path, text, self.registry, self.profile), encoding=encoding)
        budget = self.rule_timeout or allowance(len(text))
        return check_document(doc, self.rules, self.registry.kinds, budget)

    def lint_text(self, path: str, text: str) -> list[Finding]:
        """Findings of every rule on ``text`` (failed rules are left out)."""
        return list(self.check_text(path, text).findings)


@dataclass(frozen=True)
class FileOutcome:
    """One file: its source, what remains to report, and its fixed text if fixing."""

    source: Source
    findings: tuple[Finding, ...]
    fixed: FixResult | None = None
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunResult:
    """Every file's outcome and the files that could not be read."""

    outcomes: tuple[FileOutcome, ...]
    errors: tuple[str, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        """All findings, sorted."""
        return tuple(sorted(f for o in self.outcomes for f in o.findings))

    @property
    def files(self) -> int:
        """How many files were linted."""
        return len(self.outcomes)


def check_source(linter: Linter, source: Source, fix: str | None = None) -> FileOutcome:
    """Lint one source; with ``fix`` ("safe" or "unsafe"), fix it in memory first."""
    result = None
    text = source.text
    if fix is not None:
        result = fix_text(text, lambda new: linter.lint_text(source.path, new), fix == "unsafe")
        text = result.text
    checked = linter.check_text(source.path, text, source.encoding)
    return FileOutcome(source, checked.findings, result, checked.errors)


def lint_paths(
    paths: Iterable[str],
    linter: Linter,
    stdin: bytes | None = None,
    stdin_name: str = "-",
    fix: str | None = None,
) -> RunResult:
    """Check each path; a file that cannot be read is an error, the rest still run."""
    outcomes: list[FileOutcome] = []
    errors: list[str] = []
    for path in paths:
        try:
            source = read(stdin_name, stdin or b"") if path == "-" else read(path)
        except DiscLintError as exc:
            errors.append(str(exc))
            continue
        outcome = check_source(linter, source, fix)
        outcomes.append(outcome)
        errors.extend(outcome.errors)
    return RunResult(tuple(outcomes), tuple(errors))
