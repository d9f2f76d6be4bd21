"""What a formatter renders: the findings, the files linted, and lazy access to
rule metadata and source lines (read only by the formats that show them)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from discl_lint.model.findings import Finding, Rule


def _no_rules() -> Mapping[str, Rule]:
    return {}


def _no_text(_path: str) -> str:
    return ""


@dataclass(frozen=True)
class Report:
    """One run's results as the formatters see them."""

    findings: tuple[Finding, ...]
    files: tuple[str, ...] = ()
    load_rules: Callable[[], Mapping[str, Rule]] = _no_rules
    read_text: Callable[[str], str] = _no_text
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    colour: bool = False  # text formats may colour their output (only ever at a terminal)

    def rules(self) -> Mapping[str, Rule]:
        """Rules by ID (loaded on first use)."""
        if "rules" not in self._memo:
            self._memo["rules"] = self.load_rules()
        return self._memo["rules"]  # type: ignore[no-any-return]

    def lines(self, path: str) -> list[str]:
        """The source lines of one file (read on first use)."""
        key = f"text:{path}"
        if key not in self._memo:
            text = self.read_text(path)
            self._memo[key] = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return self._memo[key]  # type: ignore[no-any-return]

    def line(self, path: str, number: int) -> str:
        """The text of one source line ("" when it cannot be read)."""
        lines = self.lines(path)
        return lines[number - 1] if 0 < number <= len(lines) else ""
