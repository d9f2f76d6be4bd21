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
