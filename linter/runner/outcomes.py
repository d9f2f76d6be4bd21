"""What a run gives: each file's outcome, and the run's result."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from discl_lint.model.findings import Finding
from discl_lint.runner.sources import Source

if TYPE_CHECKING:
    from discl_lint.engine.fixing import FixResult


@dataclass(frozen=True)
class FileOutcome:
    """One file: what remains to report and, when fixing, its source and fixed text.

    A lint-only outcome keeps no text, so a run over thousands of files holds
    little more than their findings.
    """

    path: str
    findings: tuple[Finding, ...]
    source: Source | None = None
    fixed: FixResult | None = None
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunResult:
    """Every file's outcome and the files that could not be read."""

    outcomes: tuple[FileOutcome, ...]
    errors: tuple[str, ...]
    notices: tuple[str, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        """All findings, sorted."""
        return tuple(sorted(f for o in self.outcomes for f in o.findings))

    @property
    def files(self) -> int:
        """How many files were linted."""
        return len(self.outcomes)


# What linting one path gives: its outcome, or the error that stopped it.
PathResult = FileOutcome | str


def collect(results: dict[int, PathResult]) -> RunResult:
    """The outcomes and errors of a run, in the order of its paths."""
    outcomes, errors = [], []
    for index in sorted(results):
        result = results[index]
        if isinstance(result, str):
            errors.append(result)
        else:
            outcomes.append(result)
            errors.extend(result.errors)
    return RunResult(tuple(outcomes), tuple(errors))
