"""``numbering``: heading and list numbering runs on without gaps, in one style.

Lists are rebuilt from the numbered lines: a token of a family already open
continues that list (closing the deeper ones); another family opens a deeper
list; ``1`` restarts a list, and an item that numbers on from the list a restart
interrupted (三、 after 二、 and its sub-list 一、二、三、) goes on with that one.
Reported ({problem}, {expected}, {found}):
  - a gap or a repeat (四、 → 六、);
  - a lone item of another family where the list expects the next value
    (（1） followed by （二） （三）);
  - an item written in the list's minority style ((一) among （二）（三）;
    7. then 8、).
Options: ``gaps``, ``styles`` (both true by default) switch the checks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document, Line, NumberedLine
from discl_lint.kinds import options as opt
from discl_lint.model.findings import Edit, Hit
from discl_lint.text.numerals import display

MAX_QUOTED = 20  # lines a quotation may run over; one that stays open longer was left open
_ITEM_ENDS = ("；", ";", "。", "”")
_CONTINUABLE = 24  # open lists an item may number on from, nearest first


@dataclass(frozen=True)
class NumberingOptions:
    """Validated options of ``numbering``."""

    gaps: bool
    styles: bool


def _hit(item: NumberedLine, problem: str, expected: str, fixable: bool = False) -> Hit:
    token = item.numbering
    start, end = item.line.start + token.start, item.line.start + token.end
    edits = (Edit(start, end, expected),) if fixable else ()
    args = {"problem": problem, "expected": expected, "found": token.text.strip()}
    return Hit(start, end, args, edits=edits)


def _style_hits(items: list[NumberedLine]) -> Iterator[Hit]:
    styles = Counter(item.numbering.style for item in items)
    if len(styles) < 2:
        return
    (major, major_count), (_, minor_count) = styles.most_common(2)
    if "full" in styles:
        major = "full"  # 公文 write full-width brackets; half-width is always the odd one
    elif major_count == minor_count:
        return
    for item in items:
        token = item.numbering
        if token.style != major:
            # Only half-width brackets have a mechanical repair: the full-width pair.
            fixable = major == "full" and token.family.startswith("paren")
            yield _hit(item, "样式不一致", display(token.family, token.value, major), fixable)


class Numbering:
    """Report gaps, repeats and mixed styles in numbering."""

    name = "numbering"
    placeholders = ("problem", "expected", "found")

    def parse_options(self, raw: Mapping[str, Any]) -> NumberingOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"gaps", "styles"})
        return NumberingOptions(opt.boolean(raw, "gaps", True), opt.boolean(raw, "styles", True))

    def check(self, doc: Document, options: NumberingOptions) -> Iterator[Hit]:
        """Walk the numbered lines once, keeping a stack of open lists."""
        lists = _OpenLists(options, doc.heading_levels, doc.annex_start)
        quoted = quoted_lines(doc) if "“" in doc.text else set()
        for item in doc.numbered:
            if item.line.number not in quoted:
                yield from lists.place(item)
        yield from lists.close_all()


def quoted_lines(doc: Document) -> set[int]:
    """Numbers of the lines inside a quotation that runs over lines (a notice's own list
    quoted: “（一）概述； …（七）其他需要报告的事项。”). A quotation whose paragraphs each
    open with “ (GB/T 15834) stays one. It must close with ” within ``MAX_QUOTED`` lines
    and before a section heading: a quotation left open hides nothing."""
    quoted: set[int] = set()
    lines, index = doc.lines, 0
    sections = {heading.line.number for heading in doc.top_headings}
    while index < len(lines):
        text = lines[index].text
        close = _closing(lines, index, sections) if text.rfind("“") > text.rfind("”") else None
        if close is not None:
            quoted.update(line.number for line in lines[index + 1 : close + 1])
            index = close
        index += 1
    return quoted


def _closing(lines: Sequence[Line], opened: int, sections: set[int]) -> int | None:
    """Index of the line that closes the quotation opened on ``lines[opened]``."""
    for index in range(opened + 1, min(len(lines), opened + 1 + MAX_QUOTED)):
        line = lines[index]
        if line.number in sections and not line.text.rstrip().endswith(_ITEM_ENDS):
            return None  # a section heading, not a quoted list's item (（二）主动公开情况；)
        if line.text.rfind("”") > line.text.rfind("“"):
            return index
    return None


def _close(items: list[NumberedLine], options: NumberingOptions) -> Iterator[Hit]:
    if options.styles:
        yield from _style_hits(items)


class _OpenLists:
    """The lists open while the numbered lines are walked, innermost last, and the
    value each kind of list closed at."""

    def __init__(
        self, options: NumberingOptions, levels: Mapping[int, int], annex: int | None
    ) -> None:
        self.options, self.levels = options, levels
        # The 清单 numbers its items straight through its ten categories: an attachment
        # copying it numbers on by design.
        self.annex = annex
        self.stack: list[list[NumberedLine]] = []
        self.closed: dict[tuple[str, int], int] = {}  # the last value of each kind closed
        self.told: set[tuple[str, int]] = set()  # kinds already reported numbering on

    def place(self, item: NumberedLine) -> Iterator[Hit]:
        """Put ``item`` in the list it numbers on, or open one; the hits it makes."""
        # Markdown heading levels part lists of one family (## 一、 above ### 一、).
        key, value = _kind(item, self.levels), item.numbering.value
        lists = self._nearest(key)
        if not lists:
            yield from self._numbered_on(item, key)
            yield from _open(item, self.stack, self.options)
            return
        restart = value == 1 and self.stack[lists[0]][-1].numbering.value != 0
        # An item that numbers on from an interrupted list (三、 after a sub-list 一、二、三、
        # under 二、) goes on with it, not with the list that restarted inside it.
        at = next((i for i in lists if self.stack[i][-1].numbering.value == value - 1), lists[0])
        yield from self._close_above(at)
        if restart:
            self.stack.append([item])  # a new list; the one it interrupts may go on after it
        else:
            yield from _go_on(self.stack[-1], item, self.options)

    def close_all(self) -> Iterator[Hit]:
        """Close the lists still open at the end."""
        while self.stack:
            yield from _close(self.stack.pop(), self.options)

    def _nearest(self, key: tuple[str, int]) -> list[int]:
        # Only the nearest lists may be continued: a whole archive in one file restarts its
        # top list once per report, and searching all of them made long files quadratic.
        stack = self.stack
        bottom = max(len(stack) - 1 - _CONTINUABLE, -1)
        return [
            i for i in range(len(stack) - 1, bottom, -1) if _kind(stack[i][0], self.levels) == key
        ]

    def _numbered_on(self, item: NumberedLine, key: tuple[str, int]) -> Iterator[Hit]:
        """Word numbering on across a parent (二、 then （四） after 一、's （三））: said
        once, for a document may do it throughout."""
        value = item.numbering.value
        on = value > 1 and self.closed.get(key) == value - 1
        if self.annex is not None and item.line.start >= self.annex:
            return
        if on and self.options.gaps and key not in self.told:
            self.told.add(key)
            expected = display(item.numbering.family, 1, item.numbering.style)
            yield _hit(item, "未在上级标题下从头编起", expected)

    def _close_above(self, index: int) -> Iterator[Hit]:
        while len(self.stack) > index + 1:
            ended = self.stack.pop()
            self.closed[_kind(ended[0], self.levels)] = ended[-1].numbering.value
            yield from _close(ended, self.options)


def _go_on(
    current: list[NumberedLine], item: NumberedLine, options: NumberingOptions
) -> Iterator[Hit]:
    """Append ``item`` to the list it numbers on, reporting a gap, repeat or step back."""
    value, last = item.numbering.value, current[-1].numbering.value
    if value != last + 1 and options.gaps and not _after_repeat(current, value):
        problem = "重复" if value == last else ("不连续" if value > last else "倒退")
        yield _hit(item, problem, display(item.numbering.family, last + 1, item.numbering.style))
    current.append(item)


def _kind(item: NumberedLine, levels: Mapping[int, int]) -> tuple[str, int]:
    return item.numbering.family, levels.get(item.line.number, 0)


def _after_repeat(current: list[NumberedLine], value: int) -> bool:
    """一、二、三、三、五、: the repeated 三 stands for 四 (reported once, as a repeat)."""
    if len(current) < 2:
        return False
    before, last = current[-2].numbering.value, current[-1].numbering.value
    return before == last and value == last + 2


def _open(
    item: NumberedLine, stack: list[list[NumberedLine]], options: NumberingOptions
) -> Iterator[Hit]:
    token = item.numbering
    top = stack[-1] if stack else None
    lone = top is not None and len(top) == 1 and top[0].numbering.value == token.value - 1
    if token.value > 1 and lone and top is not None:
        stray = stack.pop()[0]
        if options.styles:
            expected = display(token.family, stray.numbering.value, token.style)
            yield _hit(stray, "层级样式混用", expected)
    stack.append([item])
