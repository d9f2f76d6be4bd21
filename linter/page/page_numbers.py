"""Bare page numbers: a PDF transcript's footer printed as the number alone (``3``).

A line of one to three digits between blank lines is a page number when the pages
count up (two such lines or more, each greater than the one before), or when the
text runs on across it (the line above ends inside a sentence). A number standing
alone as a table's cell has no blank lines around it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discl_lint.text.regex_store import regex

if TYPE_CHECKING:
    from discl_lint.document.structure import Line

_BARE = regex(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*")
_SENTENCE_END = regex(r"[。！？；：:.!?;]\s*$")


def bare_page_numbers(lines: Sequence[Line]) -> set[int]:
    """Indexes of the lines that are bare page numbers."""
    alone = [i for i, line in enumerate(lines) if _BARE.fullmatch(line.text) and _apart(lines, i)]
    if not alone:
        return set()
    values = [int(lines[i].text) for i in alone]
    if len(alone) >= 2 and all(b > a for a, b in itertools.pairwise(values)):
        return set(alone)
    return {i for i in alone if _runs_on(lines, i)}


def _apart(lines: Sequence[Line], index: int) -> bool:
    above = index == 0 or lines[index - 1].blank
    below = index == len(lines) - 1 or lines[index + 1].blank
    return above and below


def _runs_on(lines: Sequence[Line], index: int) -> bool:
    before = next((line for line in reversed(lines[:index]) if not line.blank), None)
    after = next((line for line in lines[index + 1 :] if not line.blank), None)
    return before is not None and after is not None and not _SENTENCE_END.search(before.text)
