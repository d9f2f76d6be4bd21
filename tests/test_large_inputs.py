"""The shortcuts that keep a long report linear give what the plain methods give."""

from __future__ import annotations

import random

import pytest

from discl_lint.citations.tokens import read_numbers
from discl_lint.kinds import repeats
from discl_lint.text.spans import Claimed, Spans


def _plain_overlap(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any((a < end and start < b) or a == start for a, b in taken)


@pytest.mark.parametrize("seed", range(20))
def test_claimed_agrees_with_comparing_every_span(seed: int) -> None:
    rng = random.Random(seed)
    claimed, taken = Claimed(), []
    for _ in range(300):
        start = rng.randrange(200)
        end = start + rng.choice((0, 0, 1, 2, 5, 9))
        expected = _plain_overlap(taken, start, end)
        assert claimed.overlaps(start, end) is expected, (start, end, sorted(taken))
        if not expected:
            claimed.take(start, end)
            taken.append((start, end))


def test_claimed_counts_two_insertions_at_one_point_as_overlapping() -> None:
    claimed = Claimed()
    claimed.take(5, 5)
    assert claimed.overlaps(5, 5)
    assert claimed.overlaps(5, 8)
    assert not claimed.overlaps(3, 5)
    assert not claimed.overlaps(6, 9)


@pytest.mark.parametrize("seed", range(12))
def test_repetitions_found_in_windows_are_those_of_the_whole_text(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("进一步情况工作开展\n") for _ in range(rng.randint(50, 4000)))
    sizes = range(6, 1, -1)
    whole = list(repeats.doubled(text, sizes))
    monkeypatch.setattr(repeats, "WINDOW", rng.randint(5, 200))
    assert list(repeats.doubled(text, sizes)) == whole


def test_numbers_many_times_over_are_each_read_once() -> None:
    once = "根据《清单》（教办函〔2014〕23号）和教育部令第29号，"
    tokens = read_numbers(once * 2000, Spans(()))
    assert len(tokens) == 4000
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    assert {t.code for t in tokens} == {"教办函", "教育部"}
