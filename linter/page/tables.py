"""Tables flattened into text: not prose, so hygiene, heading and paragraph rules skip them.

- pipe rows (``| 序号 | 类别 |``, also a sidebar ``办公地点 | 行政楼203室``);
- tab-separated rows;
- aligned columns (cells parted by three spaces or more, or two full-width spaces);
- one cell per line: a run of short lines of which many are bare numbers;
- comma-separated rows (a spreadsheet saved as CSV): three rows or more of one width.
A row shape needs a second row next to it, except a row of three cells or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from discl_lint.text.numerals import Numbering, read_numbering
from discl_lint.text.regex_store import regex
from discl_lint.text.table_totals import is_rule_row

if TYPE_CHECKING:
    from discl_lint.document.structure import Line

_PIPE = regex(r"\s*[|｜]\s*")
_TAB = regex(r"\s*\t\s*")
_ALIGNED = regex(r"(?<=\S)(?: {3,}|\t+|\u3000{2,})(?=\S)")
_PROSE_PUNCT = regex(r"[，。；！？;]|,(?!\d{3})")
_ALIGNED_CELLS = regex(r" {3,}|\t+|\u3000{2,}")
_SENTENCE_END = regex(r"[。！？]")
_CELL_PUNCT = regex(r"[，。；：:,;、！？]")
_SENTENCE_PUNCT = regex(r"[，。；,;！？]")
_NUMBER = regex(r"\s*[\d.,%％]+\s*")
# A Word field's error result stands where its number would (a contents row's page).
_FIELD_ERROR = regex(
    r"错误！(?:未定义书签|未找到引用源|链接无效)。?"
    r"|Error! (?:Bookmark not defined|Reference source not found)\."
)
CELL_MAX, LONG_CELL_MAX, ROW_MAX = 40, 120, 300
_WIDE_GAP = regex(r"(?<=\S)\u3000(?=\S)")
ONE_CELL_MAX, ONE_CELL_RUN = 12, 6
# CSV: every ASCII comma parts cells (a number with one is quoted); full-width marks are prose's.
_CSV_COMMA = regex(r",")
_CSV_PROSE = regex(r"[，。；！？]|[.;:] |\.$")
CSV_CELL_MAX, CSV_RUN = 24, 3


def _cells(text: str, separator: re.Pattern[str]) -> list[str]:
    return [c for c in separator.split(text.strip()) if c]


def _row(text: str) -> int:
    """How many cells a line has as a table row (0: not a row)."""
    if "错误" in text or "Error!" in text:
        text = _FIELD_ERROR.sub("0", text)
    if len(text) > ROW_MAX or _SENTENCE_END.search(text):
        return 0
    if is_rule_row(text):
        return 3
    for separator, found in (
        (_PIPE, "|" in text or "｜" in text),
        (_TAB, "\t" in text.strip(" \u3000")),
    ):
        if found:
            cells = _cells(text, separator)
            if separator is _TAB and text.rstrip(" ").endswith("\t"):
                cells.append("")  # an empty last cell (a contents row whose page was removed)
            # A row of three cells or more may hold a long one (a 清单 item's full wording).
            longest = CELL_MAX if len(cells) < 3 else LONG_CELL_MAX
            return len(cells) if len(cells) >= 2 and max(map(len, cells)) <= longest else 0
    if _ALIGNED.search(text.strip()):
        cells = _ALIGNED_CELLS.split(text.strip())
        wide_only = "   " not in text.strip() and "\t" not in text  # full-width spaces part it
        if max(map(len, cells)) > CELL_MAX or (wide_only and _prose_like(text)):
            return 0
        return len(cells)
    return 0


def _prose_like(text: str) -> bool:
    """Full-width spaces also part a heading's number from its title, or a run-in title
    from its text (（一）受理情况　　本学年共受理…，…): such a line is no row."""
    return bool(_PROSE_PUNCT.search(text) or read_numbering(text.strip()) is not None)


def table_lines(lines: Sequence[Line]) -> set[int]:
    """Indexes of the lines that belong to a table."""
    found: set[int] = set()
    cells = {i: _row(line.text) for i, line in enumerate(lines) if _row_signs(line.text)}
    for index, count in cells.items():
        if count >= 3 or (count and (cells.get(index - 1) or cells.get(index + 1))):
            found.add(index)
    found.update(_one_cell_runs(lines))
    found.update(_wide_space_runs(lines))
    found.update(_csv_runs(lines))
    found.update(list(_group_labels(lines, found)))
    return found


def _group_labels(lines: Sequence[Line], rows: set[int]) -> Iterator[int]:
    """A numbered row of one label between two rows of a table (三、本年度办理结果
    above its （一）予以公开 rows): a group's heading inside the table. The row below
    must open with a deeper number: a section heading between two tables (三、依申请
    公开情况 above a 项目 | 件数 header) stays a heading."""
    for index in rows:
        label = index + 1
        if label + 1 in rows and label not in rows:
            outer = _label_numbering(lines[label].text)
            inner = read_numbering(lines[label + 1].text.strip(" \t|｜"))
            if outer is not None and inner is not None and inner.rank > outer.rank:
                yield label


def _label_numbering(text: str) -> Numbering | None:
    stripped = text.strip()
    short = 0 < len(stripped) <= ONE_CELL_MAX * 2 and not _SENTENCE_PUNCT.search(stripped)
    return read_numbering(stripped) if short else None


def _row_signs(text: str) -> bool:
    """A cheap first test: the line has what a table row is built with."""
    return len(text) <= ROW_MAX and (
        "|" in text
        or "｜" in text
        or "\t" in text
        or "   " in text.strip()
        or "\u3000\u3000" in text.strip()
        or "---" in text
    )


def _one_cell(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= ONE_CELL_MAX
        and len(stripped.split()) == 1
        and not _CELL_PUNCT.search(stripped)
        and read_numbering(stripped) is None
    )


def _wide_space_runs(lines: Sequence[Line]) -> Iterator[int]:
    """Lines in a row of cells parted by single full-width spaces (１　学校章程　已公开
    https://…), no sentence's end: three such lines, or two of four cells, are a table."""
    run: list[int] = []
    gaps: list[int] = []
    for index, line in enumerate(lines):
        # Most lines have no inner full-width space: one look rules them out.
        count = len(_WIDE_GAP.findall(line.text)) if "\u3000" in line.text.strip() else 0
        if count >= 2 and len(line.text) <= ROW_MAX and _cell_like(line.text):
            run.append(index)
            gaps.append(count)
            continue
        yield from _wide_table(run, gaps)
        run, gaps = [], []
    yield from _wide_table(run, gaps)


def _cell_like(text: str) -> bool:
    """No sentence's end, and two short cells at least (１, 已公开): not wrapped prose
    with stray spaces."""
    if "。" in text:
        return False
    short = [c for c in text.strip().split("\u3000") if c and len(c) <= 12 and "，" not in c]
    return len(short) >= 2


def _wide_table(run: list[int], gaps: list[int]) -> list[int]:
    return run if len(run) >= 3 or (len(run) == 2 and min(gaps) >= 3) else []


def _csv_cells(text: str) -> int:
    """Cells of a CSV row (0: not one): short cells parted by ASCII commas, no sentence."""
    if "," not in text or _CSV_PROSE.search(text) or len(text) > ROW_MAX:
        return 0
    cells = _CSV_COMMA.split(text.strip())
    return len(cells) if max(map(len, cells)) <= CSV_CELL_MAX else 0


def _csv_runs(lines: Sequence[Line]) -> Iterator[int]:
    """Runs of three CSV rows or more with as many cells each, most holding a bare number."""
    run: list[int] = []
    width = 0
    for index, line in enumerate([*lines, None]):
        count = _csv_cells(line.text) if line is not None else 0
        if count >= 2 and (not run or count == width):
            run.append(index)
            width = count
            continue
        numbered = sum(
            1 for i in run if any(_NUMBER.fullmatch(c) for c in _CSV_COMMA.split(lines[i].text))
        )
        if len(run) >= CSV_RUN and 2 * numbered >= len(run):
            yield from run
        run, width = ([index], count) if count >= 2 else ([], 0)


def _one_cell_runs(lines: Sequence[Line]) -> Iterator[int]:
    # Runs of short lines first (lengths only), then the cells' content.
    short = [i for i, line in enumerate(lines) if 0 < len(line.text) <= ONE_CELL_MAX + 4]
    for run in _consecutive(short):
        cells: list[int] = []
        for index in [*run, -1]:
            if index >= 0 and _one_cell(lines[index].text):
                cells.append(index)
                continue
            numbers = sum(1 for i in cells if _NUMBER.fullmatch(lines[i].text))
            if len(cells) >= ONE_CELL_RUN and 3 * numbers >= len(cells):
                yield from cells
            cells = []


def _consecutive(indexes: list[int]) -> Iterator[list[int]]:
    """Runs of consecutive indexes, long enough to hold a table."""
    run: list[int] = []
    for index in [*indexes, -2]:
        if run and index != run[-1] + 1:
            if len(run) >= ONE_CELL_RUN:
                yield run
            run = []
        run.append(index)
