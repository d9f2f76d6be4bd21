"""Totals of ``label：value`` lines: a table flattened one row a line, its last row 合计.

    基本信息：58条
    招生考试信息：127条（68.6%）
    合计：185条

The rows run up to the total line (from the previous total line, if any), each a
short label, a colon and one quantity ending the line. A run with a sub-item
(其中…, 小计, an indented row) is not judged, and a first row that heads the
others (收到申请, or the category's own total) is not one of the parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from discl_lint.text.lines import line_above
from discl_lint.text.quantities import Quantity
from discl_lint.text.regex_store import regex

_ROW = regex(r"([ \t\u3000]*)([^\s：:，。；][^：:\n，。；]{0,24})[：:][ \t]*")
# 合计, 总计, 共计 (also spaced: 合 计): the label of a total, in a list or a table.
TOTAL_LABEL = regex(r"(?:合|总|共)\s*计")
_TOTAL_LINE = regex(rf"^[ \t\u3000]*(?:{TOTAL_LABEL.pattern})[ \t\u3000]*[：:][ \t]*", re.MULTILINE)
_SUB_ITEM = regex(r"其中|小计")
# What may follow a row's count: its share (58条（10.3%）, 58条(占比10.3%)), a full stop.
_SHARE = r"[（(]\s*(?:占比?|约)?\s*\d{1,3}(?:\.\d+)?\s*[%％]\s*[）)]"
_AFTER_COUNT = regex(rf"(?:{_SHARE})?[\s。；;.]*")
_ENDS_WITH_COUNT = regex(r"\d[条件项个份次篇][ \t\u3000]*$", re.MULTILINE)
_INDENT = regex(r"[ \t\u3000]*")
# A line that introduces the list with the whole's count (信息总数：265条，分类如下：).
_WHOLE = regex(r"总|共|全部|累计|合计")
MIN_ROWS = 2  # parts, at the least, of a total worth judging
# The label of a row that may head the others: a whole (收到申请, 主动公开信息, 总数).
_HEAD = regex(r"收到|受理|新收|申请(?:总?数|件数)?$|主动公开|总|共|全部|累计")


def listed_totals(
    text: str, quantities: Sequence[Quantity]
) -> Iterator[tuple[Quantity, list[Quantity]]]:
    """Each total line's quantity and the quantities of the rows above it."""
    if "计" not in text:
        return
    by_start = {q.start: q for q in quantities}
    for match in _TOTAL_LINE.finditer(text):
        total = _line_quantity(text, match.end(), by_start)
        if total is None:
            continue
        rows = list(_rows_above(text, match.start(), by_start))
        if len(rows) >= MIN_ROWS:
            label = text[text.rfind("\n", 0, rows[0].start) + 1 : rows[0].start]
            yield total, rows[heading_rows([q.value for q in rows], total.value, label) :]


def heading_rows(values: Sequence[Decimal | int], total: Decimal | int, label: str) -> int:
    """1 when the first row, labelled ``label``, heads the others rather than being one
    of them: a label of a whole that states the total itself, or without which the rows
    add up to the total (收到申请 10 above outcomes of 5+1+3 and a 合计 of 9;
    主动公开信息：563条 above its categories). An outcome such as 予以公开 is a part,
    but a first row equal to the total the others add up to heads them whatever its
    label (全年发布信息：60条)."""
    if len(values) < 3 or sum(values) == total:
        return 0
    if values[0] == total and sum(values[1:]) == total:
        return 1
    if not _HEAD.search(label):
        return 0
    return 1 if values[0] == total or sum(values[1:]) == total else 0


def _line_quantity(text: str, start: int, by_start: dict[int, Quantity]) -> Quantity | None:
    """The quantity that starts at ``start`` and ends its line, if one does."""
    quantity = by_start.get(start)
    if quantity is None:
        return None
    line_end = text.find("\n", quantity.end)
    rest = text[quantity.end : line_end if line_end >= 0 else len(text)]
    return quantity if _AFTER_COUNT.fullmatch(rest) else None


def _rows_above(text: str, line_start: int, by_start: dict[int, Quantity]) -> Iterator[Quantity]:
    """The row quantities of the lines just above ``line_start``, top first; none when a
    row is a sub-item (其中…, 小计, indented unlike the others) or the rows go on above."""
    found: list[Quantity] = []
    indents: set[str] = set()
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        row = _ROW.match(text, start, end)
        if row is None and _sub_line(text, start, end, found):
            return iter(())  # a sub-line without its label (　　校园新闻类208条): rows go on
        if row is None or TOTAL_LABEL.match(row.group(2)):
            break
        if _SUB_ITEM.search(row.group(2)):
            return iter(())
        quantity = _line_quantity(text, row.end(), by_start)
        if quantity is None and row.end() in by_start and not _WHOLE.search(row.group(2)):
            return iter(())  # a row saying more than its count (基本：58条，较上年…): rows go on
        if quantity is None or quantity.end > end:
            break
        found.append(quantity)
        indents.add(row.group(1))
        end = start - 1
    if not found or len(indents) > 1 or _continues_above(text, end, by_start):
        return iter(())
    return reversed(found)


def _sub_line(text: str, start: int, end: int, rows: list[Quantity]) -> bool:
    """A line ending with a count, indented deeper than the row below it."""
    if not rows or not _ENDS_WITH_COUNT.search(text, start, end + 1):
        return False
    below = text.rfind("\n", 0, rows[-1].start) + 1
    return _indent(text, start) > _indent(text, below)


def _indent(text: str, start: int) -> int:
    indent = _INDENT.match(text, start)
    return indent.end() - start if indent else 0


def _continues_above(text: str, end: int, by_start: dict[int, Quantity]) -> bool:
    """Whether the rows go on above blank lines (a page break, its number masked)."""
    start, stop = line_above(text, end)
    if stop in (0, end):
        return False  # the run starts the text, or stands right under another line
    row = _ROW.match(text, start, stop)
    return row is not None and _line_quantity(text, row.end(), by_start) is not None
