"""A set of text spans asked "does any span cover this offset?" in logarithmic time."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Spans:
    """Merged, sorted spans; ``covers`` answers by binary search."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def covers(self, offset: int) -> bool:
        """Whether ``start <= offset < end`` for some span."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


class Claimed:
    """Spans taken one at a time, none overlapping another: ``overlaps`` by binary search.

    Two spans overlap when they share a character, or when they start at the same
    offset (two insertions at one point). Disjoint spans sorted by start have their
    ends in order too, so the only span to compare with is the last that starts
    before the new one ends.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start``–``end`` overlaps a span taken before."""
        at = bisect.bisect_left(self._starts, start)
        if at < len(self._starts) and self._starts[at] == start:
            return True
        before = bisect.bisect_left(self._starts, end, lo=at) - 1
        return before >= 0 and self._ends[before] > start

    def take(self, start: int, end: int) -> None:
        """Add a span (the caller has made sure it overlaps none)."""
        at = bisect.bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
