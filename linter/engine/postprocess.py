"""After linting: configured severities, per-file ignores and suppressions, and
DL900 for every suppression that silenced nothing."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from discl_lint.config.settings import Settings, overridden
from discl_lint.engine.suppress import Suppression, markdown_suppressions, sidecar_suppressions
from discl_lint.model.findings import Finding, Rule, make_finding
from discl_lint.runner.sources import read

UNUSED_RULE = "DL900"


def _relative(path: str, base: Path) -> str:
    try:
        return Path(os.path.relpath(Path(path).absolute(), base.absolute())).as_posix()
    except ValueError:
        return Path(path).as_posix()


def per_file_suppressions(
    paths: Iterable[str], settings: Settings, config_path: str
) -> list[Suppression]:
    """One suppression per (glob, file) pair; a glob matching no file is kept to report it."""
    found: list[Suppression] = []
    for glob, rules in sorted(settings.per_file_ignores.items()):
        codes = tuple(code.upper() for code in rules)
        label = f"per-file-ignores: {glob} = {', '.join(codes)}"
        matched = [p for p in paths if fnmatch.fnmatch(_relative(p, settings.base), glob)]
        found.extend(Suppression(p, codes, 1, 10**9, 1, label=label) for p in matched)
        if not matched:
            found.append(Suppression(config_path, codes, 0, 0, 1, label=label))
    return found


def file_suppressions(path: str) -> list[Suppression]:
    """Markdown directives and sidecar entries of one report."""
    found = sidecar_suppressions(path)
    if path.lower().endswith((".md", ".markdown")) and path != "-":
        text = read(path).text
        if "discl-lint-" in text:
            found.extend(markdown_suppressions(path, text))
    return found


def finalize(
    findings: Sequence[Finding],
    suppressions: Sequence[Suppression],
    settings: Settings,
    rules: Callable[[], Sequence[Rule]],
    lines_of: Callable[[str], list[str]],
    lang: str = "zh",
) -> tuple[Finding, ...]:
    """Apply suppressions; add DL900 for suppressions left unused; apply severities.

    A suppression is judged only when a rule it names ran: with ``--select`` a
    suppression for another rule cannot be known to be unused. Severities come
    last, so that they apply to DL900 too.
    """
    used: set[Suppression] = set()
    kept = []
    for finding in findings:
        hit = next(
            (
                s
                for s in suppressions
                if s.path == finding.path
                and s.covers(
                    finding.rule,
                    finding.line,
                    lines_of(finding.path) if s.text else [],
                    finding.end_line,
                )
            ),
            None,
        )
        if hit is None:
            kept.append(finding)
        else:
            used.add(hit)
    unused = [s for s in suppressions if s not in used]
    active = {r.id: r for r in rules()} if unused else {}
    audit = active.get(UNUSED_RULE)
    if audit is not None:
        judged = [s for s in unused if not s.rules or any(i.startswith(s.rules) for i in active)]
        kept.extend(_unused(s, audit, lang) for s in judged)
    return tuple(sorted(overridden(tuple(kept), settings.severity)))


def _unused(suppression: Suppression, rule: Rule, lang: str) -> Finding:
    start = (max(suppression.line, 1), 1)
    args = {"suppression": suppression.label}
    return make_finding(rule, suppression.path, start, args=args, lang=lang)
