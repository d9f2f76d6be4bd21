"""The plugin contract: the hooks a plugin may implement and the objects they return.

A plugin is a module (or object) registered under the entry-point group
``discl_lint``; it implements any of the hooks below, each decorated with
``@discl_lint.hookimpl``. Built-ins implement them exactly as third-party
plugins do (see ``plugins.builtin``). Every hook returns a sequence, so one
plugin may provide several objects; two plugins providing the same name are
refused.

Attributes are written as read-only properties, so that a plain class attribute
(``name = "my-kind"``) satisfies them. This module imports nothing of the package
at run time: the types named in the signatures are imported for type checkers only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

import pluggy

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from pathlib import Path

    from discl_lint.document.structure import Document
    from discl_lint.formatters.report import Report
    from discl_lint.model.findings import Hit

PROJECT = "discl_lint"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

OptionsT = TypeVar("OptionsT")


class CheckKind(Protocol[OptionsT]):
    """A ``kind:`` of rule: validates a rule's options and checks a document.

    A kind may also have ``placeholders``, a tuple of the ``{names}`` its hits fill
    in messages; a rule whose message uses another name is refused when loaded.
    """

    @property
    def name(self) -> str:
        """The ``kind:`` value in rule YAML."""
        ...

    def parse_options(self, raw: Mapping[str, Any]) -> OptionsT:
        """The validated options of one rule (``raw`` is its YAML ``options``).

        Raise ``discl_lint.model.errors.OptionError(key, problem)`` for bad options.
        """
        ...

    def check(self, doc: Document, options: OptionsT) -> Iterable[Hit]:
        """The hits of one rule on a document: spans and the values for its message."""
        ...


class Formatter(Protocol):
    """An output format, chosen with ``--format NAME``."""

    @property
    def name(self) -> str:
        """The ``--format`` value."""
        ...

    def render(self, report: Report) -> str:
        """The whole output for one run's findings."""
        ...


class Loader(Protocol):
    """Builds the document of a report whose path ends with one of ``suffixes``."""

    @property
    def name(self) -> str:
        """A name for messages."""
        ...

    @property
    def suffixes(self) -> tuple[str, ...]:
        """File-name endings it loads, e.g. ``(".md",)``; ``""`` makes it the fallback."""
        ...

    def load(self, path: str, text: str) -> Document:
        """The document of the decoded report ``text``."""
        ...


@runtime_checkable
class BytesLoader(Protocol):
    """A loader given the file's bytes instead of its decoded text (binary formats, and
    pages that declare their own charset); the document's text is what it extracted."""

    @property
    def name(self) -> str:
        """A name for messages."""
        ...

    @property
    def suffixes(self) -> tuple[str, ...]:
        """File-name endings it loads, e.g. ``(".docx",)``."""
        ...

    def load_bytes(self, path: str, data: bytes) -> Document:
        """The document of the file's bytes ``data``."""
        ...


@hookspec
def discl_lint_check_kinds() -> Sequence[CheckKind[Any]]:
    """Return check kinds."""
    return ()  # a specification: pluggy never calls it


@hookspec
def discl_lint_formatters() -> Sequence[Formatter]:
    """Return output formatters."""
    return ()  # a specification: pluggy never calls it


@hookspec
def discl_lint_loaders() -> Sequence[Loader | BytesLoader]:
    """Return document loaders."""
    return ()  # a specification: pluggy never calls it


@hookspec
def discl_lint_rule_dirs() -> Sequence[Path | Traversable]:
    """Return directories holding rule YAML files (one rule per ``ID.yaml``)."""
    return ()  # a specification: pluggy never calls it
