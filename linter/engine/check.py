"""Running rules over a document: pure, text in and findings out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.engine.budget import RuleTimeout, RuleTimer
from discl_lint.engine.fingerprints import with_fingerprints
from discl_lint.model.errors import CheckFailed, DiscLintError, FileError, file_error
from discl_lint.model.findings import Finding, Hit, Rule, make_finding


def finding(doc: Document, rule: Rule, hit: Hit, lang: str = "zh", fixes: bool = True) -> Finding:
    """Turn a kind's hit into a positioned finding."""
    return make_finding(
        rule,
        doc.path,
        doc.position(hit.start),
        doc.position(max(hit.end, hit.start)),
        args=hit.args,
        lang=lang,
        severity=hit.severity,
        edits=hit.edits if fixes else (),
    )


@dataclass(frozen=True)
class Checked:
    """Findings of a document, and the rules that failed on it (internal errors)."""

    findings: tuple[Finding, ...]
    errors: tuple[str, ...] = ()


def check_document(
    doc: Document,
    rules: Iterable[Rule],
    kinds: Mapping[str, Any],
    budget: float | None = None,
    lang: str = "zh",
    fixes: bool = True,
) -> Checked:
    """Run every rule; a rule that raises or overruns ``budget`` seconds is an error."""
    found: list[tuple[Finding, Hit]] = []
    errors: list[str] = []
    # A blank report has nothing to check but its emptiness (required-pattern rules).
    blank = not doc.text.strip()
    with RuleTimer(budget) as timer:
        for rule in rules:
            if doc.profile not in rule.profiles:
                continue
            kind = kinds[rule.kind]
            if blank and not getattr(kind, "checks_blank", False):
                continue
            hits = _hits(doc, rule, kind, timer, budget)
            if isinstance(hits, FileError):
                errors.append(hits)
                continue
            found.extend((finding(doc, rule, hit, lang, fixes), hit) for hit in hits)
    return Checked(tuple(sorted(with_fingerprints(doc, found))), tuple(errors))


def _hits(
    doc: Document, rule: Rule, kind: Any, timer: RuleTimer, budget: float | None
) -> list[Hit] | FileError:
    """What one rule finds, or the error to report when it fails or overruns."""
    try:
        timer.arm()
        hits = list(kind.check(doc, rule.options))
        timer.disarm()
    except RuleTimeout:
        return FileError(
            doc.path,
            f"{rule.id}: stopped after {budget:.1f} s (a pattern too slow "
            "for this file?); the other rules still ran",
        )
    except Exception as exc:  # a crashing kind is reported, never hidden
        timer.disarm()
        return file_error(doc.path, str(CheckFailed(rule.id, doc.path, exc)))
    return hits


def lint_document(doc: Document, rules: Iterable[Rule], kinds: Mapping[str, Any]) -> list[Finding]:
    """All findings of ``rules`` on ``doc``, sorted; raise if a rule failed."""
    checked = check_document(doc, rules, kinds)
    if checked.errors:
        raise DiscLintError(checked.errors[0])
    return list(checked.findings)
