"""A time limit for one rule on one file, so a runaway pattern cannot hang the run.

Python's regular-expression engine checks for signals while it backtracks, so a
SIGALRM timer stops even a catastrophic pattern. Where no timer is available
(not the main thread, or no SIGALRM on the platform) the limit is not enforced.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

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


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``RuleTimeout`` inside the block once ``seconds`` have passed."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if seconds is None or not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
