"""After linting: configured severities, per-file ignores and suppressions, and
DL900 for every suppression that silenced nothing."""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from discl_lint.engine.suppress import Suppression, markdown_suppressions, sidecar_suppressions
from discl_lint.model.findings import Finding, Rule, Severity, make_finding

UNUSED_RULE = "DL900"


def _relative(path: str, base: Path) -> str:
    try:
        return Path(os.path.relpath(Path(path).absolute(), base.absolute())).as_posix()
    except ValueError:
        return Path(path).as_posix()


def per_file_suppressions(
    paths: Iterable[str],
    ignores: Mapping[str, Sequence[str]],
    base: Path,
    config_path: str | None,
) -> list[Suppression]:
    """One suppression per (glob, file) pair, globs relative to ``base``.

    A glob matching no file of the run is kept (at ``config_path``) to report it
    only when the run covered every file below ``base`` (``config_path`` given):
    a run on some files (a pre-commit hook) cannot tell a glob for the others unused.
    """
    found: list[Suppression] = []
    for glob, rules in sorted(ignores.items()):
        codes = tuple(code.upper() for code in rules)
        label = f"per-file-ignores: {glob} = {', '.join(codes)}"
        matched = [p for p in paths if fnmatch.fnmatch(_relative(p, base), glob)]
        found.extend(Suppression(p, codes, 1, 10**9, 1, label=label) for p in matched)
        if not matched and config_path is not None:
            found.append(Suppression(config_path, codes, 0, 0, 1, label=label))
    return found


def file_suppressions(path: str, read_text: Callable[[str], str]) -> list[Suppression]:
    """Sidecar entries of one report and, for Markdown, its directives (read with ``read_text``)."""
    found = sidecar_suppressions(path)
    if path.lower().endswith((".md", ".markdown")) and path != "-":
        text = read_text(path)
        if "discl-lint-" in text:
            found.extend(markdown_suppressions(path, text))
    return found


def finalize(
    findings: Sequence[Finding],
    suppressions: Sequence[Suppression],
    severity: Mapping[str, str],
    rules: Callable[[], Sequence[Rule]],
    lines_of: Callable[[str], list[str]],
    lang: str = "zh",
) -> tuple[Finding, ...]:
    """Apply suppressions; add DL900 for suppressions left unused; apply ``severity``.

    A suppression is judged only when a rule it names ran: with ``--select`` a
    suppression for another rule cannot be known to be unused. Severities come
    last, so that they apply to DL900 too.
    """
    used: set[Suppression] = set()
    kept = []
    for finding in findings:
        hit = _suppression_of(finding, suppressions, lines_of)
        if hit is None:
            kept.append(finding)
        else:
            used.add(hit)
    unused = [s for s in suppressions if s not in used]
    if unused:
        kept.extend(_audited(unused, rules(), lang))
    return tuple(sorted(overridden(kept, severity)))


def _suppression_of(
    finding: Finding, suppressions: Sequence[Suppression], lines_of: Callable[[str], list[str]]
) -> Suppression | None:
    """The first suppression that covers ``finding``."""
    for s in suppressions:
        if s.path != finding.path:
            continue
        lines = lines_of(finding.path) if s.text else []
        if s.covers(finding.rule, finding.line, lines, finding.end_line):
            return s
    return None


def _audited(unused: Sequence[Suppression], rules: Sequence[Rule], lang: str) -> list[Finding]:
    """DL900 for each unused suppression whose rules ran (none when DL900 is off)."""
    active = {r.id: r for r in rules}
    audit = active.get(UNUSED_RULE)
    if audit is None:
        return []
    judged = [s for s in unused if not s.rules or any(i.startswith(s.rules) for i in active)]
    return [_unused(s, audit, lang) for s in judged]


def _unused(suppression: Suppression, rule: Rule, lang: str) -> Finding:
    start = (max(suppression.line, 1), 1)
    args = {"suppression": suppression.label}
    return make_finding(rule, suppression.path, start, args=args, lang=lang)


def overridden(findings: Sequence[Finding], severity: Mapping[str, str]) -> list[Finding]:
    """Findings with the configured severities (the longest matching ID prefix wins)."""

    def level(rule: str) -> str | None:
        matches = [k for k in severity if rule.startswith(k.upper())]
        return severity[max(matches, key=len)] if matches else None

    return [
        dataclasses.replace(f, severity=Severity.parse(chosen)) if (chosen := level(f.rule)) else f
        for f in findings
    ]
