"""Text extracted from a .docx, .pdf or .html file, built line by line with the place
each line came from; shared by those loaders."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType

from discl_lint.document.origin import Anchor, Leftover, Origin, Where
from discl_lint.document.structure import Document, build
from discl_lint.model.errors import SourceError
from discl_lint.page.reading import build as build_page


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

    def add(self, text: str, where: Where, marks: tuple[Mark, ...] = ()) -> None:
        """Append one line (it may hold line breaks of its own) from ``where``."""
        start = self._length
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

    def document(self, path: str, tables: bool = False) -> Document:
        """The document of the lines so far, with its origin; ``tables``: rows of cells
        masked like a text report's (a web page's tables, one row a line)."""
        text = "\n".join(self._lines) + "\n" if self._lines else ""
        origin = Origin(self._format, tuple(self._anchors), tuple(self._leftovers))
        doc = build_page(path, text, with_chrome=False) if tables else build(path, text)
        return dataclasses.replace(doc, origin=origin)


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
