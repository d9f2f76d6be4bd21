"""Suppressions: Markdown comments, sidecar files and per-file ignores.

Markdown reports may carry ``<!-- discl-lint-disable DL404 -- reason -->`` …
``<!-- discl-lint-enable -->``, ``<!-- discl-lint-disable-next-line … -->`` and
``<!-- discl-lint-disable-file … -->``. Plain text is published as is, so it
cannot: a sidecar ``REPORT.txt.discl-ignore.yaml`` lists ``rule``, ``text``
(text on the finding's lines) and ``reason``. Every suppression that matches
no finding is itself reported (DL900 unused-suppression).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from discl_lint.model.errors import DiscLintError
from discl_lint.text.newlines import normalized
from discl_lint.text.regex_store import regex

# The directive word is read whole, so that a misspelt one (disable-nextline) is an error
# rather than a ``disable`` of the rest of the file.
_DIRECTIVE = regex(r"<!--\s*discl-lint-([A-Za-z-]*)(.*?)-->", re.DOTALL)
DIRECTIVES = ("disable", "enable", "disable-next-line", "disable-file")
SIDECAR_SUFFIX = ".discl-ignore.yaml"


@dataclass(frozen=True)
class Suppression:
    """Rules (prefixes; empty: all) silenced on lines ``first``..``last`` of a file."""

    path: str
    rules: tuple[str, ...]
    first: int
    last: int
    line: int
    text: str = ""
    label: str = ""
    origin: str = ""  # the file and key (or line) that wrote it, for error messages

    def covers(self, rule: str, line: int, source_lines: Sequence[str], end_line: int) -> bool:
        """Whether this suppression silences a finding of ``rule`` on ``line``."""
        if self.rules and not rule.startswith(self.rules):
            return False
        if not self.first <= line <= self.last:
            return False
        if not self.text:
            return True
        return self.text in "\n".join(source_lines[line - 1 : end_line])


def _rules_of(body: str) -> tuple[str, ...]:
    codes = body.split("--", 1)[0]
    return tuple(code.upper() for code in re.split(r"[\s,]+", codes) if code)


def markdown_suppressions(path: str, text: str) -> list[Suppression]:
    """The directives of a Markdown report, as line ranges."""
    text = normalized(text)  # lines are counted on LF
    found: list[Suppression] = []
    open_ranges: list[tuple[tuple[str, ...], int]] = []
    last_line = text.count("\n") + 1
    for match in _DIRECTIVE.finditer(text):
        kind, rules = match.group(1).lower(), _rules_of(match.group(2))
        line = text.count("\n", 0, match.start()) + 1
        if kind not in DIRECTIVES:
            raise DiscLintError(
                f"{path}:{line}: unknown directive discl-lint-{match.group(1)} "
                f"(known: {', '.join('discl-lint-' + d for d in DIRECTIVES)})"
            )
        origin = f"{path}:{line}"
        label = f"<!-- discl-lint-{kind}{' ' + ' '.join(rules) if rules else ''} -->"
        if kind == "disable-file":
            found.append(Suppression(path, rules, 1, last_line, line, label=label, origin=origin))
        elif kind == "disable-next-line":
            end_line = text.count("\n", 0, match.end()) + 1
            after = end_line + 1
            found.append(Suppression(path, rules, after, after, line, label=label, origin=origin))
        elif kind == "disable":
            open_ranges.append((rules, line))
        elif open_ranges:
            rules_open, start = open_ranges.pop()
            found.append(_range(path, rules_open, start, line))
    found.extend(_range(path, rules_open, start, last_line) for rules_open, start in open_ranges)
    return found


def sidecar_suppressions(path: str) -> list[Suppression]:
    """The entries of ``REPORT.txt.discl-ignore.yaml`` beside a report, if any."""
    sidecar = Path(path + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return []
    import yaml

    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DiscLintError(f"{sidecar}: {' '.join(str(exc).split())}") from None
    entries = data.get("ignore") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise DiscLintError(f"{sidecar}: ignore: expected a list of {{rule, text, reason}}")
    found = []
    for index, entry in enumerate(entries):
        if (
            not isinstance(entry, dict)
            or set(entry) - {"rule", "text", "reason"}
            or not entry.get("reason")
        ):
            raise DiscLintError(f"{sidecar}: ignore[{index}]: expected rule, text and a reason")
        rules = _rules_of(str(entry.get("rule", "")))
        label = f"{sidecar.name}: ignore[{index}] {' '.join(rules)} “{entry.get('text', '')}”"
        origin = f"{sidecar}: ignore[{index}]: rule"
        text = str(entry.get("text", ""))
        found.append(Suppression(path, rules, 1, 10**9, 1, text, label, origin))
    return found


def _range(path: str, rules: tuple[str, ...], start: int, end: int) -> Suppression:
    label = f"<!-- discl-lint-disable{' ' + ' '.join(rules) if rules else ''} -->"
    return Suppression(path, rules, start, end, start, label=label, origin=f"{path}:{start}")


def check_rule_codes(suppressions: Sequence[Suppression], known: Sequence[str]) -> None:
    """Refuse a suppression naming a code that matches no rule (a typo silences nothing)."""
    for suppression in suppressions:
        for code in suppression.rules:
            if not any(rule.startswith(code) for rule in known):
                where = suppression.origin or suppression.path
                raise DiscLintError(f"{where}: no rule matches {code!r} (see --list-rules)")
