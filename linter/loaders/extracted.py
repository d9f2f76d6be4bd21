"""Text extracted from a .docx, .pdf or .html file, built line by line with the place
each line came from; shared by those loaders."""

from __future__ import annotations

import dataclasses
import importlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType

from discl_lint.document.origin import Anchor, Leftover, Origin, Where
from discl_lint.document.structure import Document, Heading, build
from discl_lint.loaders.marked import marked_heading, ranked_headings
from discl_lint.model.errors import SourceError
from discl_lint.page.inline import headings_inside
from discl_lint.page.reading import build as build_page

# Unnumbered marked headings of one level that make the marks the report's sections.
_SECTIONS_MIN = 3


@dataclass(frozen=True)
class Mark:
    """A leftover at ``position`` in one line's text (see ``origin.Leftover``)."""

    position: int
    kind: str
    detail: str


class TextBuilder:
    """Lines of extracted text, each anchored to its place in the original."""

    def __init__(self, format_name: str) -> None:
        self._format = format_name
        self._lines: list[str] = []
        self._length = 0
        self._anchors: list[Anchor] = []
        self._leftovers: list[Leftover] = []
        self._levels: dict[int, int] = {}  # line start → heading level the source marks

    def add(self, text: str, where: Where, marks: tuple[Mark, ...] = (), level: int = 0) -> None:
        """Append one line (it may hold line breaks of its own) from ``where``;
        ``level``: the source marks it as a heading of that level (<h2> is 2)."""
        start = self._length
        if level:
            self._levels[start] = level
        self._anchors.append(Anchor(start, where))
        self._leftovers.extend(Leftover(start + m.position, m.kind, m.detail) for m in marks)
        self._lines.append(text)
        self._length += len(text) + 1

    def add_joined(self, pieces: Sequence[tuple[str, Where]], separators: Sequence[str]) -> None:
        """Append one line joined from pieces of several places (a PDF paragraph's lines)."""
        text, start = "", self._length
        for index, (piece, where) in enumerate(pieces):
            text += separators[index - 1] if index else ""
            self._anchors.append(Anchor(start + len(text), where))
            text += piece
        self._lines.append(text)
        self._length += len(text) + 1

    def document(self, path: str, tables: bool = False, chrome: bool = False) -> Document:
        """The document of the lines so far, with its origin; ``tables``: rows of cells
        masked like a text report's (a web page's tables, one row a line); ``chrome``:
        page chrome too, where the loader leaves some (a PDF's running lines)."""
        text = "\n".join(self._lines) + "\n" if self._lines else ""
        origin = Origin(self._format, tuple(self._anchors), tuple(self._leftovers))
        if tables:
            doc = build_page(path, text, self._marked_headings(text), with_chrome=chrome)
        else:
            doc = build(path, text)
        return dataclasses.replace(doc, origin=origin)

    def _marked_headings(self, text: str) -> tuple[Heading, ...] | None:
        """The headings ranked by the source's marks, when enough of them are unnumbered
        to be sections (<h2>概述</h2> …); else None: numbering alone ranks them."""
        if not self._levels:
            return None
        lines = Document.split_lines(text)
        marked = [
            marked_heading(line, self._levels[line.start], line.text)
            for line in lines
            if line.start in self._levels
        ]
        unnumbered = Counter(h.rank for h in marked if h.numbering is None)
        if not unnumbered or max(unnumbered.values()) < _SECTIONS_MIN:
            return None
        return ranked_headings(lines, marked, headings_inside(lines))


def require(module: str, extra: str, path: str) -> ModuleType:
    """Import a loader's library, or say which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise SourceError(
            f"{path}: reading this format needs the {extra} extra: "
            f"pip install 'discl-lint[{extra}]'"
        ) from None


def join_fragments(parts: list[str]) -> str:
    """Join the paragraphs of a table cell: a space only between two Latin letters or digits."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and part[0].isascii():
            out += " "
        out += part
    return out
