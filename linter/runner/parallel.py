"""Running a function over many items in forked worker processes.

Workers are forked, so they inherit the loaded rules and compiled patterns and
nothing needs pickling but the results, which come back through pipes. Results
are returned in the order of the items, so output does not depend on the number
of workers. Where ``fork`` is unavailable the items are processed in turn.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def _work(function: Callable[[Item], Result], items: Sequence[Item], write_end: int) -> None:
    import pickle

    status = 0
    try:
        results = [function(item) for item in items]
        with os.fdopen(write_end, "wb") as stream:
            pickle.dump(results, stream)
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def map_forked(
    function: Callable[[Item], Result], items: Sequence[Item], jobs: int
) -> list[Result]:
    """``[function(item) for item in items]``, spread over ``jobs`` forked processes."""
    jobs = min(jobs, len(items))
    if jobs <= 1 or not hasattr(os, "fork"):
        return [function(item) for item in items]
    import pickle

    slices = [list(range(worker, len(items), jobs)) for worker in range(jobs)]
    children = []
    for indices in slices:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _work(function, [items[i] for i in indices], write_end)
        os.close(write_end)
        children.append((pid, read_end, indices))
    results: list[Result | None] = [None] * len(items)
    for pid, read_end, indices in children:
        with os.fdopen(read_end, "rb") as stream:
            try:
                received = pickle.load(stream)
            except EOFError:
                received = None
        _, status = os.waitpid(pid, 0)
        if status != 0 or received is None:
            raise RuntimeError(f"a worker process failed (status {status})")
        for index, result in zip(indices, received, strict=True):
            results[index] = result
    return results  # type: ignore[return-value]
