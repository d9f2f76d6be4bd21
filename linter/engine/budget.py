"""A time limit for one rule on one file, so a runaway pattern cannot hang the run.

Python's regular-expression engine checks for signals while it backtracks, so a
SIGALRM timer stops even a catastrophic pattern. Where no timer is available
(not the main thread, or no SIGALRM on the platform) the limit is not enforced.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Any

# Seconds a rule may spend on a file: a floor plus an allowance per megabyte.
BASE_SECONDS = 2.0
SECONDS_PER_MB = 1.0


class RuleTimeout(Exception):
    """A rule ran out of its time on a file."""


def allowance(text_length: int, base: float = BASE_SECONDS) -> float:
    """Seconds allowed for a text of this many characters."""
    return base + SECONDS_PER_MB * text_length / 1_000_000


def _expired(_signum: int, _frame: FrameType | None) -> None:
    raise RuleTimeout


class RuleTimer:
    """One SIGALRM handler for a whole document; each rule arms the timer anew.

    Installing a handler costs two ``signal.signal`` calls; arming costs one
    ``setitimer``: with thirty rules per report the difference is measurable.
    """

    __slots__ = ("_previous", "seconds", "usable")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.usable = (
            seconds is not None
            and hasattr(signal, "SIGALRM")
            and threading.current_thread() is threading.main_thread()
        )
        self._previous: Any = None

    def __enter__(self) -> RuleTimer:
        if self.usable:
            self._previous = signal.signal(signal.SIGALRM, _expired)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)

    def arm(self) -> None:
        """Start the rule's allowance (``seconds`` from now)."""
        if self.usable and self.seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def disarm(self) -> None:
        """Stop the timer after a rule finished in time."""
        if self.usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
