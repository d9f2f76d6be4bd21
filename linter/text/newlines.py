"""Line endings: rules see only ``\\n``; fixes go back to the file's own endings.

A report may end its lines with CRLF, CR or LF, or a mix. Rules read the text with
every ending made ``\\n`` (so ``^``, ``$`` and ``[^\\n]`` mean the same whatever
the file), which keeps every line and column: only the endings change length.
A fix's offsets in that text are mapped back onto the original.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable


def normalized(text: str) -> str:
    """``text`` with CRLF and CR line endings made LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def offset_map(text: str) -> Callable[[int], int]:
    """Maps an offset in ``normalized(text)`` to the same place in ``text``."""
    if "\r\n" not in text:
        return lambda offset: offset  # CR and LF are one character each: no shift
    shifted: list[int] = []  # normalized offsets of the LF that stands for each CRLF
    start = text.find("\r\n")
    while start != -1:
        shifted.append(start - len(shifted))
        start = text.find("\r\n", start + 2)
    # Past a CRLF's LF an offset moves one further (its CR); at the LF it lands on the CR.
    return lambda offset: offset + bisect.bisect_left(shifted, offset)


def usual_ending(text: str) -> str:
    """The most frequent line ending of ``text`` (LF when it has none)."""
    crlf = text.count("\r\n")
    counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    return max(counts, key=lambda ending: (counts[ending], ending == "\n"))
