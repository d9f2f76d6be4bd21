"""Regular expressions compiled on first use, behind a prefilter that can say "cannot match".

A pattern is parsed once (which validates it) and its *needles* are derived
from the parse: strings of which at least one occurs in every text the pattern
matches (the literal or the small character set at some required position).
A text holding none of them is skipped without compiling or running the
pattern, so results stay exact and unused patterns cost no compile time.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator
from typing import Any

from discl_lint.text.regex_store import regex

# A character set larger than this (a Han range, \S) says too little to prefilter.
MAX_SET = 48
Needles = frozenset[str]


def _better(a: Needles | None, b: Needles | None) -> Needles | None:
    """The more selective of two requirements (fewer, then longer needles)."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (len(a), -min(len(n) for n in a))
    key_b = (len(b), -min(len(n) for n in b))
    return a if key_a <= key_b else b


def _charset(items: list[tuple[Any, Any]]) -> Needles | None:
    chars: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            chars.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < MAX_SET:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range: no useful requirement
            return None
    return frozenset(chars) if 0 < len(chars) <= MAX_SET else None


def _item(op: Any, value: Any) -> Needles | None:
    """What one parsed item requires of the text, if anything."""
    if op is sre.LITERAL:
        return frozenset({chr(value)})
    if op is sre.IN:
        return _charset(value)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return required(value[2]) if value[0] >= 1 else None
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        return required(value[-1])
    if op is sre.ASSERT:
        return required(value[1])
    if op is sre.BRANCH:
        alternatives = [required(alt) for alt in value[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*(a for a in alternatives if a is not None))
    return None


def required(sequence: Any) -> Needles | None:
    """The most selective requirement of a parsed sequence (runs of literals joined)."""
    best: Needles | None = None
    run = ""
    for op, value in list(sequence):
        if op is sre.LITERAL:
            run += chr(value)
            continue
        if run:
            best = _better(best, frozenset({run}))
            run = ""
        best = _better(best, _item(op, value))
    return _better(best, frozenset({run})) if run else best


class LazyRegex:
    """A validated pattern, compiled when a text first might match it."""

    __slots__ = ("_compiled", "_letters", "_words", "flags", "groupindex", "needles", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        parsed = sre_parse.parse(pattern, flags)  # raises re.error when invalid
        self.pattern = pattern
        self.flags = flags
        self.groupindex: dict[str, int] = dict(parsed.state.groupdict)
        caseless = (flags | parsed.state.flags) & re.IGNORECASE
        self.needles = None if caseless else required(parsed)
        self._compiled: re.Pattern[str] | None = None
        self._split_needles()

    def __getstate__(self) -> tuple[str, int, dict[str, int], Needles | None]:
        return self.pattern, self.flags, self.groupindex, self.needles

    def __setstate__(self, state: tuple[str, int, dict[str, int], Needles | None]) -> None:
        self.pattern, self.flags, self.groupindex, self.needles = state
        self._compiled = None
        self._split_needles()

    def _split_needles(self) -> None:
        # Single characters are looked up in the text's character set, all at once.
        needles = self.needles or ()
        self._letters = frozenset(n for n in needles if len(n) == 1)
        self._words = tuple(n for n in needles if len(n) > 1)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once)."""
        if self._compiled is None:
            self._compiled = regex(self.pattern, self.flags)
        return self._compiled

    def could_match(self, text: str, chars: frozenset[str]) -> bool:
        """False only when ``text`` holds none of the needles (``chars``: its characters)."""
        if self.needles is None:
            return True
        return not self._letters.isdisjoint(chars) or any(w in text for w in self._words)

    def finditer(self, text: str, chars: frozenset[str]) -> Iterator[re.Match[str]]:
        """Every match, or nothing at once when the prefilter rules a match out."""
        if self.could_match(text, chars):
            return self.compiled.finditer(text)
        return iter(())
