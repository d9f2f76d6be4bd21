"""Fast scanning helpers for the citation reader: rare characters found with str.find,
Han runs read backwards, URLs to leave alone."""

from __future__ import annotations

from collections.abc import Iterator

from discl_lint.text.regex_store import regex

_URL_END = regex(r"[^\s，。；、）)“”\u3000]+")
_URL_STARTS = ("http://", "https://", "HTTP://", "HTTPS://", "www.")


def urls(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the URLs in ``text``: nothing inside them is read."""
    for prefix in _URL_STARTS:
        at = text.find(prefix)
        while at != -1:
            end = _URL_END.match(text, at)
            stop = end.end() if end else at + len(prefix)
            yield at, stop
            at = text.find(prefix, stop)


def positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of any of ``chars``: str.find is much faster than a character class."""
    found = []
    for char in chars:
        at = text.find(char)
        while at != -1:
            found.append(at)
            at = text.find(char, at + 1)
    return sorted(found)


def is_han(char: str) -> bool:
    """A CJK unified ideograph (the characters of codes and titles)."""
    return "\u4e00" <= char <= "\u9fff"


def inline_space(char: str) -> bool:
    """A space, tab or U+3000 inside a line."""
    return char.isspace() and char not in "\r\n"


def spaced(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a space inside a line."""
    return any(inline_space(char) for char in text[start:end])


def han_before(text: str, at: int) -> tuple[int, int]:
    """Start and end of the Han run before ``at`` (spaces between allowed); empty if none."""
    end = at
    while end > 0 and inline_space(text[end - 1]):
        end -= 1
    start = end
    while start > max(0, end - 16) and is_han(text[start - 1]):
        start -= 1
    return (start, end) if start < end else (at, at)
