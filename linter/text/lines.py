"""The line above a place in the text, found without copying the text before it."""

from __future__ import annotations


def line_above(text: str, end: int) -> tuple[int, int]:
    """The start and visible end of the last line before ``end`` that is not blank
    ((0, 0) when there is none); the visible end equals ``end`` when no space parts them."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    return text.rfind("\n", 0, stop) + 1, stop
