"""Section headings that do not stand alone on their line.

Some reports run a section's first sentence into its heading
(``五、因学校信息公开工作受到举报、复议、诉讼的情况 本学年未发生此类情况。``,
``七、其他需要报告的事项。无。``, ``**一、概述**本学年……``), and some headings are
longer than a list item may be. Such a line is no heading by its looks; it is
one by its place: its number fills the gap between two sections (四、 … 六、).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from discl_lint.document.lines import Heading, NumberedLine
from discl_lint.text.regex_store import regex

# The title, then a space, a stop, a colon or the end of bold, then the first sentence.
_RUN_IN = regex(r"(?:\*\*)?([^\s\u3000。：:，,；;*]{2,40}?)(?:\*\*|[。：:]|[ \t\u3000]+)\s*\S")
_SENTENCE = regex(r"[，,。；;]")
LONG_TITLE = 60


def with_run_in(
    chosen: tuple[Heading, ...], numbered: Sequence[NumberedLine]
) -> tuple[Heading, ...]:
    """``chosen`` (headings of one numbering family) with the numbered lines that
    fill the gaps in their numbering and open with a title."""
    first = chosen[0].numbering if chosen else None
    if first is None or any(
        h.numbering is None or h.numbering.family != first.family for h in chosen
    ):
        return chosen
    candidates = [n for n in numbered if not n.is_heading and n.numbering.family == first.family]
    if not candidates:
        return chosen
    starts = [h.line.start for h in chosen]
    gaps: list[list[NumberedLine]] = [[] for _ in range(len(chosen) + 1)]
    for item in candidates:
        gaps[bisect.bisect_left(starts, item.line.start)].append(item)
    found = [
        heading
        for at, items in enumerate(gaps)
        if items
        for heading in _gap(
            items, chosen[at - 1] if at else None, chosen[at] if at < len(chosen) else None
        )
    ]
    return tuple(sorted((*chosen, *found), key=lambda h: h.line.start)) if found else chosen


def _gap(items: list[NumberedLine], before: Heading | None, after: Heading | None) -> list[Heading]:
    """The items that number on from ``before`` to ``after`` (one may be missing), in order."""
    like = before or after
    if like is None:
        return []
    if before is None:  # before the first section: count down from it to 一、
        picked = _run(reversed(items), _value(like) - 1, -1)[::-1]
        whole = bool(picked) and _value_of(picked[0]) == 1
    else:
        picked = _run(items, _value(before) + 1, 1)
        whole = after is None or (bool(picked) and _value_of(picked[-1]) == _value(after) - 1)
    if not whole:
        return []
    return [
        Heading(item.line, like.rank, _title(item.title) or "", item.numbering) for item in picked
    ]


def _run(items: Iterable[NumberedLine], expected: int, step: int) -> list[NumberedLine]:
    """The items whose numbers go on from ``expected`` one by one, each opening with a title."""
    picked = []
    for item in items:
        if item.numbering.value == expected and _title(item.title) is not None:
            picked.append(item)
            expected += step
    return picked


def _value(heading: Heading) -> int:
    return heading.numbering.value if heading.numbering else -1


def _value_of(item: NumberedLine) -> int:
    return item.numbering.value


def _title(text: str) -> str | None:
    """A long title without punctuation, or the title a sentence runs on from."""
    if len(text) <= LONG_TITLE and not _SENTENCE.search(text):
        return text
    match = _RUN_IN.match(text)
    return match.group(1) if match else None
