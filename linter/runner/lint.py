"""One run over many files: load, lint, fix in memory, collect; no printing."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from discl_lint.model.errors import DiscLintError, FileError, file_error
from discl_lint.model.findings import Finding, Rule
from discl_lint.plugins.manager import Registry
from discl_lint.ruleset.rule_files import RuleSet
from discl_lint.runner.cache import ResultCache
from discl_lint.runner.extracted import line_bound, refused_fix, source_of, text_loader
from discl_lint.runner.outcomes import FileOutcome, PathResult, RunResult, collect
from discl_lint.runner.parallel import map_forked
from discl_lint.runner.sources import Source, read_bytes

if TYPE_CHECKING:
    from discl_lint.document.structure import Document
    from discl_lint.engine.check import Checked

# Below this many files to lint, forking workers costs more than it saves.
AUTO_PARALLEL_MIN_FILES = 16


def detect_profile(doc: Document, requested: str) -> str:
    """``gov`` for government-format reports (by title or content), else ``hei``."""
    if requested != "auto":
        return requested
    from discl_lint.govtables.detect import choose_profile

    return choose_profile(doc).profile


def load(
    path: str,
    text: str,
    registry: Registry,
    profile: str,
    encoding: str = "utf-8",
    document: Document | None = None,
) -> Document:
    """Build a document with the loader for its suffix (or take the ``document`` a bytes
    loader built from the file); a gov report's tables are not prose."""
    doc = document if document is not None else text_loader(registry, path).load(path, text)
    # A bytes loader that decoded the file itself (a web page's charset) knows its encoding.
    encoding = document.encoding if document is not None else encoding
    doc = dataclasses.replace(doc, profile=detect_profile(doc, profile), encoding=encoding)
    if doc.profile != "gov":
        return doc
    from discl_lint.govtables.prose import without_tables

    return without_tables(doc)


@dataclass(frozen=True)
class Linter:
    """The rules and plugins of a run; rules are loaded on first use."""

    ruleset: RuleSet
    registry: Registry
    profile: str = "auto"
    rule_timeout: float | None = None
    lang: str = "zh"
    fixes: bool = True  # a lint-only run keeps no repair edits in memory
    citations: tuple[str, ...] = ()  # users' citation knowledge-base files

    @cached_property
    def knowledge(self) -> Any:
        """The citation knowledge base's source, shared by every document (read on first use)."""
        from discl_lint.citations.loading import KnowledgeSource

        return KnowledgeSource(self.citations, self.ruleset.parsed)

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """The selected rules, validated and compiled."""
        return self.ruleset.selected(self.registry.kinds)

    def check_text(
        self, path: str, text: str, encoding: str = "utf-8", document: Document | None = None
    ) -> Checked:
        """Findings of every rule on ``text`` (or on the ``document`` a bytes loader built)."""
        from discl_lint.document.origin import placed
        from discl_lint.engine.budget import allowance
        from discl_lint.engine.check import check_document
        from discl_lint.text.newlines import normalized

        if document is None:
            text = normalized(text)  # the same findings whatever the line endings
        doc = load(path, text, self.registry, self.profile, encoding, document)
        doc = dataclasses.replace(doc, knowledge=self.knowledge)
        budget = self.rule_timeout or allowance(len(text))
        kinds = self.registry.kinds
        checked = check_document(doc, self.rules, kinds, budget, self.lang, self.fixes)
        if doc.origin is None:
            return checked
        return dataclasses.replace(checked, findings=placed(doc, checked.findings))

    def lint_text(self, path: str, text: str) -> list[Finding]:
        """Findings of every rule on ``text`` (failed rules are left out)."""
        return list(self.check_text(path, text).findings)


def check_source(
    linter: Linter, source: Source, fix: str | None = None, write: bool = False
) -> FileOutcome:
    """Lint one source; with ``fix`` ("safe" or "unsafe"), fix it in memory first.

    With ``write``, the fixed text replaces the file; when it cannot, the file is
    linted as it is and the outcome says why it was not fixed.
    """
    if source.document is not None:  # extracted text: the original cannot be fixed
        checked = linter.check_text(source.path, source.text, document=source.document)
        errors = (*checked.errors, *refused_fix(source, fix))
        return FileOutcome(source.path, checked.findings, errors=errors)
    result = None
    text = source.text
    not_written: tuple[str, ...] = ()
    if fix is not None:
        from discl_lint.engine.fixing import fix_text  # a lint-only run needs no diffing

        result = fix_text(text, lambda new: linter.lint_text(source.path, new), fix == "unsafe")
        text = result.text
    if write and result is not None and text != source.text:
        from discl_lint.runner.writing import write_fixed

        problem = write_fixed(source, text)
        if problem is not None:
            result, text, not_written = None, source.text, (problem,)
    checked = linter.check_text(source.path, text, source.encoding)
    kept = source if fix is not None else None
    return FileOutcome(source.path, checked.findings, kept, result, (*not_written, *checked.errors))


@dataclass(frozen=True)
class RunOptions:
    """How to run: fixing, parallel workers, the result cache, standard input."""

    fix: str | None = None
    jobs: int | None = None
    cache: ResultCache | None = None
    stdin: bytes | None = None
    stdin_name: str = "-"
    write: bool = False  # write fixed files (--fix), or only keep their fixed text (--diff)
    progress: Callable[[int], None] | None = None  # told how many more files are done


def _bytes(path: str, options: RunOptions, data: bytes | None = None) -> tuple[str, bytes]:
    """The name a report goes by and its bytes (``data`` when the parent read them)."""
    if path == "-":
        return options.stdin_name, options.stdin or b""
    return path, read_bytes(path) if data is None else data


def _read(
    path: str, options: RunOptions, registry: Registry, data: bytes | None = None
) -> tuple[Source, bytes]:
    name, data = _bytes(path, options, data)
    source = source_of(name, data, registry)
    if path == "-":
        source = dataclasses.replace(source, stdin=True)
    elif options.fix is not None:
        from discl_lint.runner.writing import content_digest

        source = dataclasses.replace(source, digest=content_digest(data))
    return source, data


# A path to lint, its index in the run, and its bytes when the parent already read them.
Item = tuple[int, str, bytes | None]


def lint_paths(
    paths: Iterable[str], linter: Linter, options: RunOptions = RunOptions()
) -> RunResult:
    """Check each path; a file that cannot be read is an error, the rest still run.

    Each file is read once. Without a result cache the workers read their own
    files; with one, the parent reads each file to look it up and hands the
    bytes of the misses to the workers.
    """
    cache = options.cache if options.fix is None else None
    results: dict[int, PathResult] = {}
    todo: list[Item] = []
    for index, path in enumerate(paths):
        if cache is None:
            todo.append((index, path, None))
            continue
        try:
            name, data = _bytes(path, options)
            cached = cache.get(name, data, line_bound(name, data, linter.registry))
        except DiscLintError as exc:
            results[index] = file_error(options.stdin_name if path == "-" else path, str(exc))
            continue
        if cached is not None:
            results[index] = FileOutcome(name, cached)
            if options.progress is not None:
                options.progress(1)
        else:
            todo.append((index, path, data))
    for (index, _, _), result in zip(todo, _check_all(linter, todo, options), strict=True):
        results[index] = result
    return collect(results)


def _check_all(linter: Linter, todo: list[Item], options: RunOptions) -> list[PathResult]:
    many = len(todo) >= AUTO_PARALLEL_MIN_FILES
    jobs = options.jobs or ((os.cpu_count() or 1) if many else 1)
    if todo:
        # Load and compile once, before the workers fork; an invalid rule stops the run here.
        _ = linter.rules

    def one(item: Item) -> PathResult:
        try:
            source, data = _read(item[1], options, linter.registry, item[2])
        except DiscLintError as exc:
            return file_error(options.stdin_name if item[1] == "-" else item[1], str(exc))
        outcome = check_source(linter, source, options.fix, options.write)
        if options.cache is not None and options.fix is None and not outcome.errors:
            options.cache.put(source.path, data, outcome.findings)
        return outcome

    def lost(item: Item, reason: str) -> PathResult:
        path = options.stdin_name if item[1] == "-" else item[1]
        return FileError(path, f"not linted: {reason}")

    return map_forked(one, todo, jobs, lost, options.progress)
