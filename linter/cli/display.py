"""What is shown only to a person at a terminal: colour and a progress line.

Neither uses a library: colour is a few ANSI sequences, progress one line
rewritten in place. Both appear only at a terminal — never in a file, a pipe,
a machine format or pre-commit's captured output — and colour follows
``--color`` and ``NO_COLOR`` (https://no-color.org) / ``FORCE_COLOR``.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

# Text formats, for people; every other format is for machines.
TEXT_FORMATS = frozenset({"concise", "full", "grouped"})


def use_colour(choice: str, stream: TextIO) -> bool:
    """Whether to colour what goes to ``stream`` (``choice``: auto, always, never)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return os.environ.get("TERM") != "dumb" and _terminal(stream)


def _terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """``discl-lint: 1,234/3,000 files`` on standard error, rewritten at most ten times a second.

    Nothing is shown for a run that ends within ``delay`` seconds.
    """

    def __init__(self, total: int, stream: TextIO, delay: float = 0.5) -> None:
        self.total, self.stream, self.done = total, stream, 0
        self.start = time.monotonic()
        self.delay, self.shown, self.last = delay, False, 0.0

    @classmethod
    def wanted(cls, total: int, stream: TextIO, quiet: bool) -> bool:
        """Only at a terminal, and not when asked to be quiet."""
        return total > 1 and not quiet and _terminal(stream) and os.environ.get("TERM") != "dumb"

    def __call__(self, count: int) -> None:
        """``count`` more files are done."""
        self.done += count
        now = time.monotonic()
        if now - self.start < self.delay or (now - self.last < 0.1 and self.done < self.total):
            return
        self.last, self.shown = now, True
        share = self.done / self.total if self.total else 1.0
        bar = "#" * int(share * 20)
        line = f"discl-lint: {self.done:,}/{self.total:,} files [{bar:<20}] {share:4.0%}"
        self.stream.write(f"\r{line}")
        self.stream.flush()

    def close(self) -> None:
        """Clear the line, so that what follows starts at the left edge."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
