"""How a worker process ended, and ending the workers of an interrupted run."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Sequence

# Seconds an interrupted worker has to clean up before it is killed.
STOP_GRACE = 2.0


def death(status: int) -> str:
    """How a worker ended, from its wait status."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"its worker process was killed by {name}"
    return f"its worker process exited with status {os.waitstatus_to_exitcode(status)}"


def stop(pids: Sequence[int], pipes: Sequence[int]) -> None:
    """End the workers of an interrupted run: each removes its temporary files, or is killed."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGINT)
    for pipe in pipes:
        with contextlib.suppress(OSError):
            os.close(pipe)
    deadline = time.monotonic() + STOP_GRACE
    for pid in pids:
        if not _reaped(pid, deadline):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _reaped(pid: int, deadline: float) -> bool:
    while True:
        try:
            if os.waitpid(pid, os.WNOHANG) != (0, 0):
                return True
        except ChildProcessError:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)
