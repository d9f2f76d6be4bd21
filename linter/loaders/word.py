""".docx reports, read with python-docx: body paragraphs in order (Word's automatic
numbering rendered), tables one row a line with tab-separated cells, footnotes after the
paragraph that refers to them. Each line is anchored to "paragraph N" (body paragraphs,
counted from 1, empty ones included), "table N row M" or "footnote N"; Word leftovers
are recorded for DL412.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from discl_lint.document.origin import Where
from discl_lint.document.structure import Document
from discl_lint.loaders.extracted import Mark, TextBuilder, join_fragments, require
from discl_lint.loaders.word_numbering import Numbering
from discl_lint.loaders.word_runs import Notes, RunContext, read_paragraph, text_boxes
from discl_lint.model.errors import SourceError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def load_word(path: str, data: bytes) -> Document:
    """The document of a .docx file's bytes; a file that is no .docx is a ``SourceError``."""
    docx = require("docx", "docx", path)
    try:
        package = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise SourceError(f"{path}: not a readable .docx file ({reason})") from None
    parser = require("docx.oxml.parser", "docx", path).parse_xml
    parts = {rel.reltype.rsplit("/", 1)[-1]: rel.target_part for rel in _rels(package.part)}
    styles = _root(parts.get("styles"), parser)
    numbering = Numbering(_root(parts.get("numbering"), parser))
    context = RunContext(
        comments=_notes(_root(parts.get("comments"), parser), "comment"),
        notes=Notes(_notes(_root(parts.get("footnotes"), parser), "footnote")),
        hidden_styles=_hidden_styles(styles),
        label=_labeller(numbering, _style_numbering(styles)),
    )
    builder = TextBuilder("docx")
    _Walker(builder, context).body(package.element.body)
    return builder.document(path, tables=True)


def _rels(part: Any) -> Iterator[Any]:
    for rel in part.rels.values():
        if not rel.is_external and rel.reltype.startswith(_RELS):
            yield rel


def _root(part: Any, parser: Any) -> Any:
    if part is None:
        return None
    element = getattr(part, "element", None)
    return element if element is not None else parser(part.blob)


def _notes(root: Any, tag: str) -> Mapping[str, str]:
    """Comment or footnote texts by id (separators left out)."""
    if root is None:
        return {}
    empty = RunContext({}, Notes({}))
    return {
        note.get(f"{W}id", ""): join_fragments(
            [read_paragraph(p, empty).text for p in note.iter(f"{W}p")]
        )
        for note in root.iter(f"{W}{tag}")
        if note.get(f"{W}type") in (None, "normal")
    }


def _hidden_styles(styles: Any) -> frozenset[str]:
    if styles is None:
        return frozenset()
    return frozenset(
        s.get(f"{W}styleId", "")
        for s in styles.iter(f"{W}style")
        if s.find(f"{W}rPr/{W}vanish") is not None
    )


def _style_numbering(styles: Any) -> Mapping[str, tuple[str, int]]:
    """(numId, ilvl) of the paragraph styles that are numbered, ``basedOn`` followed."""
    if styles is None:
        return {}
    direct: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in styles.iter(f"{W}style"):
        sid = style.get(f"{W}styleId", "")
        num = style.find(f"{W}pPr/{W}numPr")
        if num is not None:
            direct[sid] = (_val(num, "numId"), _int(_val(num, "ilvl")))
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based[sid] = parent.get(f"{W}val", "")
    out: dict[str, tuple[str, int]] = {}
    for sid in set(direct) | set(based):
        seen, current = set(), sid
        while current and current not in direct and current not in seen:
            seen.add(current)
            current = based.get(current, "")
        num_id, ilvl = direct.get(current, (None, None))
        if num_id:
            out[sid] = (num_id, ilvl or 0)
    return out


def _val(element: Any, tag: str) -> str | None:
    child = element.find(f"{W}{tag}")
    return None if child is None else child.get(f"{W}val")


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _labeller(
    numbering: Numbering, by_style: Mapping[str, tuple[str, int]]
) -> Callable[[Any], str]:
    def label(p: Any) -> str:
        ppr = p.find(f"{W}pPr")
        if ppr is None:
            return ""
        style = ppr.find(f"{W}pStyle")
        num_id, ilvl = by_style.get(style.get(f"{W}val", "") if style is not None else "", ("", 0))
        direct = ppr.find(f"{W}numPr")
        if direct is not None:
            num_id = _val(direct, "numId") or num_id
            level = _int(_val(direct, "ilvl"))
            ilvl = ilvl if level is None else level
        return numbering.label(num_id, ilvl) if num_id not in ("", "0") else ""

    return label


def _blocks(container: Any) -> Iterator[Any]:
    """Paragraphs and tables in order, content controls opened."""
    for child in container:
        if child.tag in (f"{W}p", f"{W}tbl", f"{W}tr", f"{W}tc"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent")
            yield from _blocks(content if content is not None else child)


class _Walker:
    """Adds the body's paragraphs and table rows to the builder, counting them."""

    def __init__(self, builder: TextBuilder, context: RunContext) -> None:
        self.builder, self.context = builder, context
        self.paragraphs = self.tables = 0

    def body(self, body: Any) -> None:
        for block in _blocks(body):
            if block.tag == f"{W}p":
                self.paragraphs += 1
                paragraph = read_paragraph(block, self.context)
                where = (("paragraph", self.paragraphs),)
                self.builder.add(paragraph.text, where, tuple(paragraph.marks))
                self._footnotes(paragraph.notes)
                self._text_boxes(block, where)
            elif block.tag == f"{W}tbl":
                self.tables += 1
                self._table(block)

    def _table(self, table: Any) -> None:
        rows = [r for r in _blocks(table) if r.tag == f"{W}tr"]
        for number, row in enumerate(rows, start=1):
            cells: list[str] = []
            marks: list[Mark] = []
            notes: list[str] = []
            for cell in (c for c in _blocks(row) if c.tag == f"{W}tc"):
                text, cell_marks, cell_notes = self._cell(cell)
                start = sum(len(c) + 1 for c in cells)
                marks.extend(Mark(start, m.kind, m.detail) for m in cell_marks)
                cells.append(text)
                notes.extend(cell_notes)
            where = (("table", self.tables), ("row", number))
            self.builder.add("\t".join(cells), where, tuple(marks))
            self._footnotes(notes)

    def _cell(self, cell: Any) -> tuple[str, list[Mark], list[str]]:
        merge = cell.find(f"{W}tcPr/{W}vMerge")
        if merge is not None and merge.get(f"{W}val", "continue") == "continue":
            return "", [], []
        texts, marks, notes = [], [], []
        for p in cell.iter(f"{W}p"):
            paragraph = read_paragraph(p, self.context)
            texts.append(paragraph.text.replace("\t", " ").replace("\n", " "))
            marks.extend(paragraph.marks)
            notes.extend(paragraph.notes)
        return join_fragments(texts), marks, notes

    def _text_boxes(self, block: Any, where: Where) -> None:
        for number, box in enumerate(text_boxes(block), start=1):
            for p in box.iter(f"{W}p"):
                boxed = read_paragraph(p, self.context)
                self.builder.add(boxed.text, (*where, ("text box", number)), tuple(boxed.marks))

    def _footnotes(self, ids: list[str]) -> None:
        for note_id in ids:
            number = self.context.notes.number(note_id)
            text = self.context.notes.texts.get(note_id, "")
            self.builder.add(f"[{number}] {text}".rstrip(), (("footnote", number),))
