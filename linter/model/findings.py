"""Plain data passed between the layers: severities, rules, hits and findings."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from discl_lint.model.messages import render


class Severity(enum.IntEnum):
    """Finding severity; the order allows ``--fail-on`` comparisons."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read ``error``/``warning``/``info``; raise ``KeyError`` otherwise."""
        return cls[text.upper()]


PROFILES = ("hei", "gov")


@dataclass(frozen=True)
class ExpectedFinding:
    """A finding an invalid example expects: where, and its message (or the message's start)."""

    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}:{self.column} {self.message}"


@dataclass(frozen=True)
class Example:
    """An example report text, the name and encoding its file would have, and what it expects.

    An invalid example lists the rule's findings on it and, for a rule with a fix,
    the text after fixing; a valid example expects no finding.
    """

    text: str
    encoding: str = "utf-8"
    path: str = "report.txt"
    findings: tuple[ExpectedFinding, ...] = ()
    fixed: str | None = None


@dataclass(frozen=True)
class Examples:
    """Texts a rule must accept (valid) and reject (invalid)."""

    valid: tuple[Example, ...] = ()
    invalid: tuple[Example, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One validated rule, loaded from its YAML file."""

    id: str
    name: str
    kind: str
    severity: Severity
    message: str
    description: str
    basis: str
    options: Any
    examples: Examples
    profiles: tuple[str, ...] = PROFILES
    source: str = ""
    fix: str | None = None
    message_en: str = ""

    def template(self, lang: str) -> str:
        """The message template in ``lang`` (Chinese when there is no translation)."""
        return self.message_en if lang == "en" and self.message_en else self.message


_EMPTY: Mapping[str, str] = MappingProxyType({})


FIX_SAFETY = ("safe", "unsafe")


@dataclass(frozen=True, order=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Fix:
    """The edits that repair one finding, and whether applying them is safe."""

    safety: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check kind yields: a span and the values for the rule's message."""

    start: int
    end: int
    args: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    severity: Severity | None = None
    edits: tuple[Edit, ...] = ()


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """A reported problem; field order is the output sort order."""

    path: str
    line: int
    column: int
    rule: str
    end_line: int
    end_column: int
    name: str = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    fix: Fix | None = field(default=None, compare=False, repr=False)
    # Stable across edits elsewhere in the file: see fingerprints.py.
    fingerprint: str = field(default="", compare=False, repr=False)
    # Where a reader of the original (.docx, .pdf) finds it: (("page", 3), ("line", 5)).
    where: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    @property
    def place(self) -> str:
        """``where`` as text: "paragraph 12", "table 1 row 2", "page 3, line 5" ("" if none)."""
        return place_text(self.where)

    def as_dict(self) -> dict[str, object]:
        """Return the JSON shape of the finding."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            **({"where": dict(self.where)} if self.where else {}),
        }


Position = tuple[int, int]  # (line, column), both counted from 1


def make_finding(
    rule: Rule,
    path: str,
    start: Position,
    end: Position | None = None,
    *,
    args: Mapping[str, str] = _EMPTY,
    lang: str = "zh",
    severity: Severity | None = None,
    edits: tuple[Edit, ...] = (),
) -> Finding:
    """The finding of ``rule`` from ``start`` to ``end`` (``start`` when omitted).

    The message is the rule's template in ``lang`` filled with ``args``; the
    severity is ``severity`` when the check chose one, else the rule's; a fix is
    attached when the rule declares one and ``edits`` are given.
    """
    line, column = start
    end_line, end_column = end or start
    return Finding(
        path,
        line,
        column,
        rule.id,
        end_line,
        end_column,
        rule.name,
        severity or rule.severity,
        render(rule.template(lang), args),
        Fix(rule.fix, edits) if rule.fix and edits else None,
    )


def finding_from_dict(path: str, row: Mapping[str, Any]) -> Finding:
    """A finding stored as ``as_dict()`` plus its fingerprint (``KeyError`` if incomplete)."""
    return Finding(
        path,
        int(row["line"]),
        int(row["column"]),
        str(row["rule"]),
        int(row["end_line"]),
        int(row["end_column"]),
        str(row["name"]),
        Severity.parse(str(row["severity"])),
        str(row["message"]),
        fingerprint=str(row["fingerprint"]),
        where=tuple((str(k), int(v)) for k, v in row.get("where", {}).items()),
    )


def place_text(where: tuple[tuple[str, int], ...]) -> str:
    """("page", 3), ("line", 5) → "page 3, line 5"; a table row reads "table 1 row 2"."""
    parts = [f"{key} {value}" for key, value in where]
    return " ".join(parts) if where and where[0][0] == "table" else ", ".join(parts)
