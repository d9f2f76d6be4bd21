"""A table of contents without dot leaders: 目录, then the sections' titles, each
alone or with its page number after a space (一、概述 1)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from discl_lint.text.regex_store import regex

if TYPE_CHECKING:
    from discl_lint.document.structure import Line

# A table of contents' heading (spaces left out), within the first lines of the report.
_HEADS = frozenset({"目录", "目次"})
WITHIN = 15
# An entry's page number, set off by spaces or a tab (the leaders left out).
_PAGE = regex(r"(?<=\S)[ \t\u3000]+\d{1,3}[ \t\u3000]*$")


def contents_list(lines: Sequence[Line], title_like: Callable[[str], bool]) -> list[int]:
    """Indexes of 目录 and the run of titles under it, when most of them stand again
    below it (the sections themselves); else none."""
    head = next((i for i, line in enumerate(lines[:WITHIN]) if _key(line.text) in _HEADS), None)
    if head is None:
        return []
    end, seen = head + 1, set[str]()
    # A title met twice is the body beginning right under the list (no blank line).
    while end < len(lines) and title_like(_entry(lines[end].text)):
        if _key(_entry(lines[end].text)) in seen:
            break
        seen.add(_key(_entry(lines[end].text)))
        end += 1
    entries = range(head + 1, end)
    below = {_key(line.text) for line in lines[end:]}
    again = sum(1 for i in entries if _key(_entry(lines[i].text)) in below)
    return [head, *entries] if len(entries) >= 3 and 2 * again >= len(entries) else []


def _entry(text: str) -> str:
    return _PAGE.sub("", text)


def _key(text: str) -> str:
    return "".join(text.split())
