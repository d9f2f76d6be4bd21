"""Where the knowledge base comes from: the file shipped in the package, then the files a
configuration lists under ``citations:``. Read on first use only: a report that cites
nothing never loads it."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from discl_lint.model.errors import DiscLintError

if TYPE_CHECKING:
    from discl_lint.citations.kb import KnowledgeBase
    from discl_lint.document.structure import Document

BUILTIN = Path(__file__).resolve().parent.parent / "data" / "citations.yaml"
SCHEMA = "citations.schema.json"


class KnowledgeError(DiscLintError):
    """A knowledge-base file that cannot be read or breaks the schema."""


def _read(path: Path) -> Any:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return _plain(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: {' '.join(str(exc).split())}") from None


def _plain(value: Any) -> Any:
    """YAML dates (2019-05-15 unquoted) as the ISO strings the schema describes."""
    import datetime as dt

    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def read_checked(path: Path) -> Mapping[str, Any]:
    """A knowledge-base file, validated against the shipped schema."""
    from discl_lint.ruleset.schema import first_error, load

    data = _read(path)
    problem = first_error(data, load(SCHEMA))
    if problem:
        raise KnowledgeError(f"{path}: {problem}")
    return data  # type: ignore[no-any-return]


class KnowledgeSource:
    """The built-in knowledge base plus users' files, loaded once, on first use.

    ``parsed`` (a RuleDataCache) keeps the files' data as parsed on an earlier run, so that
    no YAML is read while the files are unchanged.
    """

    def __init__(self, files: tuple[str, ...] = (), parsed: Any = None) -> None:
        self.files = files
        self.parsed = parsed

    @cached_property
    def data(self) -> tuple[Mapping[str, Any], ...]:
        """Each file's data: the built-in one (validated by the test suite), then users' files
        (validated here; errors name the file and the key)."""
        paths = self.paths()
        cached = self.parsed.get(paths) if self.parsed else None
        if cached is not None:
            return tuple(data for _, data in cached)
        data = (_read(BUILTIN), *(read_checked(p) for p in paths[1:]))
        if self.parsed:
            self.parsed.put(paths, [(str(p), d) for p, d in zip(paths, data, strict=True)])
        return data

    @cached_property
    def base(self) -> KnowledgeBase:
        """The merged knowledge base."""
        from discl_lint.citations.build import build

        return build(self.data)

    def check(self) -> None:
        """Read and check the users' files now, so that a mistake stops the run early."""
        if self.files:
            _ = self.base

    def paths(self) -> tuple[Path, ...]:
        """Every file the knowledge base is read from (for the result cache's key)."""
        return (BUILTIN, *(Path(f) for f in self.files))


def knowledge(doc: Document) -> KnowledgeBase:
    """The knowledge base that applies to ``doc`` (the built-in one when none was given)."""
    return doc.analysis("citations.kb", lambda d: (d.knowledge or KnowledgeSource()).base)
