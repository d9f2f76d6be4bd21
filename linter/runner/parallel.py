"""Running a function over many items in forked worker processes.

Workers are forked, so they inherit the loaded rules and compiled patterns and
nothing needs pickling but the results, which come back through pipes, one
framed result per item as soon as it is done. Results are returned in the
order of the items, so output does not depend on the number of workers. Where
``fork`` is unavailable the items are processed in turn.

An item whose function raises, or whose worker dies (killed by a signal, out of
memory), gets ``lost(item, reason)`` as its result; the items that worker had
not started yet are handed to a new worker, so one bad file costs only itself.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from discl_lint.runner.workers import death, stop

Item = TypeVar("Item")
Result = TypeVar("Result")
_HEADER = struct.Struct("!Q")


def _failure(exc: Exception) -> str:
    return f"internal error: {type(exc).__name__}: {exc}"


def _work(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    lost: Callable[[Item, str], Result],
    dumps: Callable[[object], bytes],
) -> Callable[[int], None]:
    def work(write_end: int) -> None:
        status = 0
        try:
            with os.fdopen(write_end, "wb") as stream:
                for item in items:
                    try:
                        result = function(item)
                    except Exception as exc:  # one file's failure is that file's error
                        result = lost(item, _failure(exc))
                    payload = dumps(result)
                    stream.write(_HEADER.pack(len(payload)) + payload)
                    stream.flush()
        except BaseException:
            status = 1
        finally:
            os._exit(status)

    return work


@dataclass
class _Worker(Generic[Result]):
    pid: int
    read_end: int
    indices: list[int]
    received: list[Result] = field(default_factory=list)
    buffer: bytearray = field(default_factory=bytearray)

    def take(self, data: bytes) -> int:
        """Add bytes from the pipe; return how many results were completed."""
        from pickle import loads

        self.buffer += data
        done = 0
        while len(self.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self.buffer)
            if len(self.buffer) < _HEADER.size + size:
                break
            self.received.append(loads(self.buffer[_HEADER.size : _HEADER.size + size]))
            del self.buffer[: _HEADER.size + size]
            done += 1
        return done


def map_forked(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    lost: Callable[[Item, str], Result],
    progress: Callable[[int], None] | None = None,
) -> list[Result]:
    """``[function(item) for item in items]``, spread over ``jobs`` forked processes."""
    jobs = min(jobs, len(items))
    if jobs <= 1 or not hasattr(os, "fork"):
        return [_serial(function, item, lost, progress) for item in items]
    results: dict[int, Result] = {}
    pending = list(range(len(items)))
    while pending:
        workers = _start(function, items, pending, jobs, lost)
        pending = []
        try:
            _collect(workers, progress)
        except BaseException:
            stop([worker.pid for worker in workers], [worker.read_end for worker in workers])
            raise
        for worker in workers:
            pending += _settle(worker, items, results, lost)
        jobs = min(jobs, len(pending))
    return [results[index] for index in range(len(items))]


def _serial(
    function: Callable[[Item], Result],
    item: Item,
    lost: Callable[[Item, str], Result],
    progress: Callable[[int], None] | None,
) -> Result:
    try:
        result = function(item)
    except Exception as exc:
        result = lost(item, _failure(exc))
    if progress is not None:
        progress(1)
    return result


def _start(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    indices: list[int],
    jobs: int,
    lost: Callable[[Item, str], Result],
) -> list[_Worker[Result]]:
    from pickle import dumps  # once, before the fork: a one-process run needs no pickle

    workers: list[_Worker[Result]] = []
    for worker in range(max(jobs, 1)):
        share = indices[worker::jobs]
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            for other in workers:
                os.close(other.read_end)
            _work(function, [items[i] for i in share], lost, dumps)(write_end)
        os.close(write_end)
        workers.append(_Worker(pid, read_end, share))
    return workers


def _collect(workers: list[_Worker[Result]], progress: Callable[[int], None] | None) -> None:
    import selectors

    with selectors.DefaultSelector() as selector:
        for worker in workers:
            selector.register(worker.read_end, selectors.EVENT_READ, worker)
        while selector.get_map():
            for key, _ in selector.select():
                worker = key.data
                data = os.read(worker.read_end, 1 << 16)
                if not data:
                    selector.unregister(worker.read_end)
                    continue
                done = worker.take(data)
                if done and progress is not None:
                    progress(done)


def _settle(
    worker: _Worker[Result],
    items: Sequence[Item],
    results: dict[int, Result],
    lost: Callable[[Item, str], Result],
) -> list[int]:
    """Keep a finished worker's results; return the indices it never started."""
    os.close(worker.read_end)
    _, status = os.waitpid(worker.pid, 0)
    for index, result in zip(worker.indices, worker.received, strict=False):
        results[index] = result
    missing = worker.indices[len(worker.received) :]
    if not missing:
        return []
    # The worker died on the first item it did not answer; the rest never ran.
    reason = death(status) if status else "its worker process stopped early"
    results[missing[0]] = lost(items[missing[0]], reason)
    return missing[1:]
