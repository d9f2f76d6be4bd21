"""One lint run over many files: load, lint, collect; no printing."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from discl_lint.document import Document
from discl_lint.engine import lint_document
from discl_lint.errors import DiscLintError
from discl_lint.model import Finding, Rule
from discl_lint.plugins import Registry
from discl_lint.sources import read

_GOV_TITLE = re.compile(r"政府信息公开工作年度报告")


@dataclass(frozen=True)
class RunResult:
    """Findings of every file, the files linted and per-file errors."""

    findings: tuple[Finding, ...]
    files: int
    errors: tuple[str, ...]


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


def lint_paths(
    paths: Iterable[str],
    rules: tuple[Rule, ...],
    registry: Registry,
    profile: str = "auto",
    stdin: bytes | None = None,
    stdin_name: str = "-",
) -> RunResult:
    """Lint each path; a file that cannot be read is an error, the rest still run."""
    findings: list[Finding] = []
    errors: list[str] = []
    count = 0
    for path in paths:
        try:
            source = read(stdin_name, stdin or b"") if path == "-" else read(path)
            doc = load(source.path, source.text, registry, profile)
            findings.extend(lint_document(doc, rules, registry.kinds))
            count += 1
        except DiscLintError as exc:
            errors.append(str(exc))
    return RunResult(tuple(sorted(findings)), count, tuple(errors))
