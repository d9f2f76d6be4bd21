"""Where the extracted text of a .docx, .pdf or .html file came from, and what the
loader saw that the text does not show (Word leftovers).

A loader that reads bytes builds the text it lints and, beside it, an ``Origin``:
anchors that tie offsets of that text to places in the original (a paragraph, a
table row, a page and line), and the leftovers found on the way. Findings keep
their line:column in the extracted text and gain the place as ``Finding.where``.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from discl_lint.model.findings import Finding

if TYPE_CHECKING:
    from discl_lint.document.structure import Document

Where = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Anchor:
    """From ``offset`` on (until the next anchor) the text comes from ``where``."""

    offset: int
    where: Where


@dataclass(frozen=True)
class Leftover:
    """Something only the original shows: a tracked change, a comment, hidden text…

    ``kind`` is one of ``tracked-change``, ``comment``, ``hidden-text``, ``go-back``;
    ``detail`` is what a reader is told about it.
    """

    offset: int
    kind: str
    detail: str


@dataclass(frozen=True)
class Origin:
    """The original's format, its anchors (sorted by offset) and its leftovers."""

    format: str
    anchors: tuple[Anchor, ...] = ()
    leftovers: tuple[Leftover, ...] = ()

    def where(self, offset: int) -> Where:
        """The place of the text at ``offset`` (() before the first anchor)."""
        starts = [anchor.offset for anchor in self.anchors]
        index = bisect.bisect_right(starts, offset) - 1
        return self.anchors[index].where if index >= 0 else ()


def placed(doc: Document, findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings with their place in the original, when ``doc`` has an origin."""
    origin: Origin | None = doc.origin
    if origin is None:
        return tuple(findings)
    out = []
    for finding in findings:
        line = doc.lines[min(finding.line, len(doc.lines)) - 1]
        offset = line.start + finding.column - 1
        out.append(dataclasses.replace(finding, where=origin.where(offset)))
    return tuple(out)
