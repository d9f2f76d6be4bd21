"""Glued digits split into a row's cells: only a split the row's own identity allows.

A run such as ``5001006`` under seven columns whose last is the sum of the six
before it splits one way (5|0|0|1|0|0|6). Several splits, or none, mean the
row cannot be read: the caller reports that and never guesses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

MAX_DIGITS = 5  # a glued cell longer than this is not a count anyone reports
_ENOUGH = 2  # two splits already make a row ambiguous
# Tries before a row is given up as undecidable (a run of digits can be long).
MAX_STEPS = 2000


@dataclass(frozen=True)
class Layout:
    """A row's columns: blocks whose last column is the sum of the others, if any."""

    columns: int
    blocks: tuple[int, ...] = ()  # sizes of consecutive sum blocks; () = no identity
    signed: int = -1  # a column that may be negative (本年增/减)

    def block(self, column: int) -> tuple[int, int] | None:
        """First and total column of the sum block holding ``column``."""
        start = 0
        for size in self.blocks:
            if column < start + size:
                return start, start + size - 1
            start += size
        return None


@dataclass(frozen=True)
class Piece:
    """One cell cut from a run: which run, where in it, and its value."""

    run: int
    start: int
    end: int
    value: int


@dataclass(frozen=True)
class _State:
    run: int
    at: int
    done: tuple[Piece, ...]
    width: int  # digits of the open block's total (its parts have at most as many)


def splits(runs: tuple[str, ...], layout: Layout) -> list[tuple[Piece, ...]]:
    """Up to two splits of ``runs`` into ``layout.columns`` cells.

    A search that would take more than ``MAX_STEPS`` tries yields two results
    (the row counts as ambiguous): it never guesses.
    """
    found: list[tuple[Piece, ...]] = []
    steps = 0
    for pieces in _search(runs, layout, _State(0, 0, (), MAX_DIGITS)):
        if pieces == ():
            steps += 1
            if steps > MAX_STEPS:
                return [(), ()]
            continue
        found.append(pieces)
        if len(found) >= _ENOUGH:
            break
    return found


def _search(runs: tuple[str, ...], layout: Layout, state: _State) -> Iterator[tuple[Piece, ...]]:
    yield ()  # one step of work, counted by ``splits``
    if state.run == len(runs):
        if len(state.done) == layout.columns:
            yield state.done
        return
    column = len(state.done)
    block = layout.block(column)
    if block is not None and block[0] == column:  # a block opens: try each total width
        for width in range(1, MAX_DIGITS + 1):
            yield from _extend(runs, layout, _State(state.run, state.at, state.done, width))
        return
    yield from _extend(runs, layout, state)


def _extend(runs: tuple[str, ...], layout: Layout, state: _State) -> Iterator[tuple[Piece, ...]]:
    if not _room(runs, layout, state):
        return
    text = runs[state.run]
    for piece in _pieces(text, state.run, state.at, layout, state):
        done = (*state.done, piece)
        if piece.end == len(text):
            yield from _search(runs, layout, _State(state.run + 1, 0, done, state.width))
        else:
            yield from _search(runs, layout, _State(state.run, piece.end, done, state.width))


def _room(runs: tuple[str, ...], layout: Layout, state: _State) -> bool:
    """Whether the digits left can fill the columns left (each within its width)."""
    left = sum(len(r) for r in runs[state.run :]) - state.at
    columns = layout.columns - len(state.done)
    block = layout.block(len(state.done))
    if block is None:
        return columns <= left <= columns * (MAX_DIGITS + 1)
    in_block = block[1] - len(state.done) + 1
    after = columns - in_block
    return in_block <= left - after and left <= in_block * state.width + after * (MAX_DIGITS + 1)


def _pieces(text: str, run: int, at: int, layout: Layout, state: _State) -> Iterator[Piece]:
    column = len(state.done)
    block = layout.block(column)
    if block is not None:
        cap = 10**state.width
        total = sum(p.value for p in state.done[block[0] :])
        if column == block[1]:
            wanted = str(total)
            if len(wanted) == state.width and text.startswith(wanted, at):
                yield Piece(run, at, at + len(wanted), total)
            return
        yield from (p for p in _numbers(text, run, at, layout, column) if total + p.value < cap)
        return
    yield from _numbers(text, run, at, layout, column)


def _numbers(text: str, run: int, at: int, layout: Layout, column: int) -> Iterator[Piece]:
    sign = 1 if text.startswith("-", at) and column == layout.signed else 0
    digits = at + sign
    if digits >= len(text) or not text[digits].isdigit():
        return
    longest = 1 if text[digits] == "0" else MAX_DIGITS
    for length in range(1, longest + 1):
        end = digits + length
        if end > len(text) or not text[end - 1].isdigit():
            return
        yield Piece(run, at, end, int(text[at:end]))
