"""The 合计 row of a flattened table against the rows above it, column by column.

A row is cut into cells at its pipes, its tabs or (aligned columns) runs of three
spaces. A column is added up only when the total row and every row above it
(back to the header or the previous total row) hold a whole number there, and
its header does not name a rate, a share, a rank, a code or a count of things
several rows may share (序号, 占比, 增长率, 部门数 …). Rows of averages are left
out. Not judged: a table with a sub-item or subtotal row (其中, 小计, an indented
label, labels numbered at two levels such as 一、 and （1）), whose rows count
some things twice; a row with a cell left blank in aligned columns; a 合计 that
says more than 合计 (合计（去重）); a column whose first row is a number other
than a year (2022 2023 are a header): the table was cut above it, by a page
break or a wrapped cell. A first row that heads the others (收到申请 above
the outcomes) is not one of the parts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from discl_lint.text.listed import MIN_ROWS, TOTAL_LABEL, heading_rows
from discl_lint.text.numerals import read_numbering
from discl_lint.text.regex_store import regex

Cell = tuple[str, int, int, bool]  # text, start, end, indented

_PIPE = regex(r"[|｜]")
_TAB = regex(r"\t")
_ALIGNED = regex(r" {3,}|\u3000{2,}")
# A Markdown table's rule row: | --- | :--: | ---: | (one run of three dashes at least).
_HAN_ONE = regex(r"[\u4e00-\u9fff]")
_RULE_ROW = regex(r"[\s|｜:：-]*-{3,}[\s|｜:：-]*")
_PLAIN_TOTAL = regex(TOTAL_LABEL.pattern + r"(?:[（(][条件项人份个次元]{1,2}[）)])?")
# A count: 1288 or 1,288, perhaps with its share beside it (142（11.0%）).
_COUNT = regex(r"(\d{1,3}(?:,\d{3})+|\d{1,9})(?:\s*[（(]\s*\d{1,3}(?:\.\d+)?\s*[%％]\s*[）)])?")
_YEAR = regex(r"(?:19|20)\d\d")
_NUMBERED = regex(r"序号|编号")
_BRACKETS = regex(r"[（(][^）)]*[）)]")
_NOT_ADDITIVE = regex(
    r"序号|编号|代码|排序|No|比|率|%|％|均|最|排名|名次|增|减|年份|年度|日期|时间|天数|电话|"
    r"部门数|单位数|去重"
)
# Persons may stand in several rows (参训人员 per session) and a total count each once:
# such a column is judged only when its rows fall short of the total.
_PERSONS = regex(r"人(?!次)")
_AVERAGE = regex(r"平均|均值|[日周月年]均|占比|比例")
_NESTED = regex(r"其中|小计|含")


def row_cells(line: str, offset: int) -> list[Cell]:
    """The cells of one table row (``offset``: where the line starts in the text)."""
    piped = "|" in line or "｜" in line
    if piped:
        separator, start = _PIPE, 0
    else:  # the row's indentation is no empty cell (it marks a sub-item, or nothing)
        separator = _TAB if "\t" in line else _ALIGNED
        start = len(line) - len(line.lstrip(" \u3000" if separator is _TAB else None))
    spans = [m.span() for m in separator.finditer(line, start)]
    bounds = [start, *(x for span in spans for x in span), len(line)]
    pairs = zip(bounds[::2], bounds[1::2], strict=True)
    cells = [_cell(line, offset, a, b, pad=int(piped)) for a, b in pairs]
    if cells and start:
        text, first, end, _ = cells[0]
        cells[0] = (text, first, end, True)
    if piped:  # the outer pipes of | a | b |
        cells = cells[1:] if cells and not cells[0][0] else cells
        cells = cells[:-1] if cells and not cells[-1][0] else cells
    return cells if separator is not _ALIGNED else _spaced_labels(cells)


def _spaced_labels(cells: list[Cell]) -> list[Cell]:
    """Aligned columns spell two-character labels out to a column's width (合    计,
    类    别    条    数): two one-character Han cells are one cell when the space between
    them is narrower than the spaces around them (申请人类别   男   女   小计 keeps 男, 女)."""
    joined: list[Cell] = []
    index = 0
    while index < len(cells):
        if _spelled_pair(cells, index):
            first, second = cells[index], cells[index + 1]
            joined.append((first[0] + second[0], first[1], second[2], first[3]))
            index += 2
        else:
            joined.append(cells[index])
            index += 1
    return joined


def _spelled_pair(cells: list[Cell], index: int) -> bool:
    if index + 1 >= len(cells):
        return False
    first, second = cells[index], cells[index + 1]
    if not (_HAN_ONE.fullmatch(first[0]) and _HAN_ONE.fullmatch(second[0])):
        return False
    inner = second[1] - first[2]
    before = first[1] - cells[index - 1][2] if index else None
    after = cells[index + 2][1] - second[2] if index + 2 < len(cells) else None
    return all(gap is None or inner < gap for gap in (before, after))


def _cell(line: str, offset: int, start: int, end: int, pad: int) -> Cell:
    raw = line[start:end]
    text = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    # Markdown pads and centres cells with spaces: there only a full-width space indents.
    indented = bool(text) and ("\u3000" in raw[:lead] or (not pad and lead > 0))
    return text, offset + start + lead, offset + start + lead + len(text), indented


def count(text: str) -> int | None:
    """The whole number a cell holds (1,288 → 1288; 142（11.0%） → 142), or None."""
    match = _COUNT.fullmatch(text)
    return int(match.group(1).replace(",", "")) if match else None


def is_rule_row(line: str) -> bool:
    """A Markdown table's ``| --- | ---: |`` line."""
    return bool(_RULE_ROW.fullmatch(line))


def table_totals(rows: Sequence[list[Cell]]) -> Iterator[tuple[Cell, list[Cell]]]:
    """Each total cell of a 合计 row, and the cells of its column above it."""
    start = 0
    for index, row in enumerate(rows):
        label = next((c[0] for c in row[:2] if TOTAL_LABEL.match(c[0])), None)
        if label is None:
            continue
        segment = rows[start:index]
        start = index + 1
        if _PLAIN_TOTAL.fullmatch(label) and len(segment) >= MIN_ROWS and not _nested(segment):
            yield from _columns(segment, row)


def _labels(row: list[Cell]) -> list[Cell]:
    return [c for c in row[:2] if c[0] and count(c[0]) is None]


def _nested(segment: Sequence[list[Cell]]) -> bool:
    labels = [c for row in segment[1:] for c in _labels(row)]
    ranks = {n.rank for c in labels if (n := read_numbering(c[0])) is not None}
    indents = {c[3] for c in labels}  # some labels indented and some not: a uniform margin is none
    return len(ranks) > 1 or len(indents) > 1 or any(_NESTED.search(c[0]) for c in labels)


def _columns(segment: Sequence[list[Cell]], total: list[Cell]) -> Iterator[tuple[Cell, list[Cell]]]:
    first, rest = segment[0], [r for r in segment[1:] if not _average(r)]
    if any(len(r) != len(first) for r in rest) or len(total) > len(first):
        return  # a cell left blank in aligned columns: the columns cannot be told apart
    shift = len(first) - len(total)  # a total label spanning the cells 序号 and 类别
    if shift and not (shift == 1 and _NUMBERED.fullmatch(first[0][0])):
        return  # a blank cell elsewhere in the total row: which column is which is unknown
    years = sum(1 for c in first if _YEAR.fullmatch(c[0])) >= 2  # 类别 2022 2023: a header
    for index, cell in enumerate(total):
        column = index + shift
        if count(cell[0]) is None:
            continue
        named = first[column][0]
        parts = _column(rest, column)
        # A first row of numbers (not years) is no header: the table was cut above it.
        header = count(named) is None or years
        # 条数（占比） counts things: what the brackets add (a unit, the share) says nothing.
        if not header or parts is None or _NOT_ADDITIVE.search(_BRACKETS.sub("", named)):
            continue
        values, stated = [count(p[0]) or 0 for p in parts], count(cell[0]) or 0
        if _PERSONS.search(named) and sum(values) >= stated:
            continue
        label = " ".join(c[0] for c in _labels(rest[0]))
        yield cell, parts[heading_rows(values, stated, label) :]


def _column(rows: Sequence[list[Cell]], column: int) -> list[Cell] | None:
    """The column's cells, when every row holds a whole number there."""
    parts = [r[column] for r in rows if column < len(r)]
    whole = len(parts) == len(rows) >= MIN_ROWS
    return parts if whole and all(count(p[0]) is not None for p in parts) else None


def _average(row: list[Cell]) -> bool:
    return any(_AVERAGE.match(c[0]) for c in _labels(row))
