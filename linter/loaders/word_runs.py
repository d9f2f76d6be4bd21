"""One Word paragraph as text: the accepted, visible text a reader sees, and marks for
what only Word shows (unaccepted changes, comments, hidden text, the _GoBack bookmark).

Deleted and hidden runs are left out, inserted runs kept (the text as if every change
were accepted); field codes are left out and field results kept; footnote references
read ``[N]``, numbered in the order they appear as Word numbers them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from discl_lint.loaders.extracted import Mark

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Containers whose runs are part of the paragraph's text.
_TRANSPARENT = {
    f"{W}{t}"
    for t in ("hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo")
}
_SNIPPET = 20


def snippet(text: str) -> str:
    """A short quotation of ``text`` for a message."""
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "…"


@dataclass
class Notes:
    """Footnotes met so far (Word's display number per note id) and comments already marked."""

    texts: Mapping[str, str]
    numbers: dict[str, int] = field(default_factory=dict)
    comments_seen: set[str] = field(default_factory=set)

    def number(self, note_id: str) -> int:
        """The display number of a footnote, given on first reference."""
        return self.numbers.setdefault(note_id, len(self.numbers) + 1)


@dataclass
class Paragraph:
    """What one paragraph (or table cell paragraph) came to."""

    text: str = ""
    marks: list[Mark] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # ids of the footnotes referenced

    def mark(self, kind: str, detail: str) -> None:
        """Record a leftover at the current end of the text."""
        self.marks.append(Mark(len(self.text), kind, detail))


@dataclass(frozen=True)
class RunContext:
    """What reading runs needs from the rest of the package."""

    comments: Mapping[str, str]
    notes: Notes
    hidden_styles: frozenset[str] = frozenset()
    label: Callable[[Any], str] = lambda _p: ""


def text_boxes(p: Any) -> Iterator[Any]:
    """The text boxes drawn in paragraph ``p``, each once: one drawn both ways is read
    from its drawing, not again from its fallback picture."""
    for box in p.iter(f"{W}txbxContent"):
        if not any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors()):
            yield box


def read_paragraph(p: Any, context: RunContext) -> Paragraph:
    """The text and marks of one ``w:p``."""
    out = Paragraph(context.label(p))
    _paragraph_mark_changes(p, out)
    _children(p, context, out)
    return out


def _paragraph_mark_changes(p: Any, out: Paragraph) -> None:
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        return
    rpr = ppr.find(f"{W}rPr")
    if rpr is not None and (rpr.find(f"{W}ins") is not None or rpr.find(f"{W}del") is not None):
        out.mark("tracked-change", "段落标记的修订")
    if ppr.find(f"{W}pPrChange") is not None:
        out.mark("tracked-change", "段落格式的修订")


def _children(element: Any, context: RunContext, out: Paragraph) -> None:
    for child in element:
        tag = child.tag
        if tag == f"{W}r":
            _run(child, context, out)
        elif tag == f"{W}ins":
            out.mark("tracked-change", f"未接受的插入“{snippet(_plain(child))}”")
            _children(child, context, out)
        elif tag in (f"{W}del", f"{W}moveFrom"):
            out.mark("tracked-change", f"未接受的删除“{snippet(_plain(child, 'delText'))}”")
        elif tag in _TRANSPARENT:
            _children(child, context, out)
        elif tag == f"{W}commentRangeStart":
            _comment(child.get(f"{W}id", ""), context, out)
        elif tag == f"{W}bookmarkStart" and child.get(f"{W}name") == "_GoBack":
            out.mark("go-back", "书签 _GoBack")


def _comment(comment_id: str, context: RunContext, out: Paragraph) -> None:
    if comment_id in context.notes.comments_seen:
        return
    context.notes.comments_seen.add(comment_id)
    text = snippet(context.comments.get(comment_id, ""))
    out.mark("comment", f"批注“{text}”" if text else "批注")


def _hidden(run: Any, context: RunContext) -> bool:
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return False
    vanish = rpr.find(f"{W}vanish")
    if vanish is not None:
        return vanish.get(f"{W}val", "true") not in ("0", "false", "off")
    style = rpr.find(f"{W}rStyle")
    return style is not None and style.get(f"{W}val", "") in context.hidden_styles


def _run(run: Any, context: RunContext, out: Paragraph) -> None:
    if _hidden(run, context):
        text = _plain(run)
        if text.strip():
            out.mark("hidden-text", f"隐藏文字“{snippet(text)}”")
        return
    rpr = run.find(f"{W}rPr")
    if rpr is not None and rpr.find(f"{W}rPrChange") is not None:
        out.mark("tracked-change", "文字格式的修订")
    for child in run:
        _run_child(child, context, out)


def _run_child(child: Any, context: RunContext, out: Paragraph) -> None:
    tag = child.tag
    if tag == f"{W}t":
        out.text += child.text or ""
    elif tag in (f"{W}tab", f"{W}ptab"):
        out.text += "\t"
    elif tag == f"{W}br":
        out.text += "" if child.get(f"{W}type") in ("page", "column") else "\n"
    elif tag == f"{W}cr":
        out.text += "\n"
    elif tag == f"{W}noBreakHyphen":
        out.text += "-"
    elif tag == f"{W}footnoteReference":
        note_id = child.get(f"{W}id", "")
        out.text += f"[{context.notes.number(note_id)}]"
        out.notes.append(note_id)
    elif tag == f"{W}commentReference":
        _comment(child.get(f"{W}id", ""), context, out)


def _plain(element: Any, tag: str = "t") -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}{tag}"))
