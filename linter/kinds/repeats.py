"""Words written twice in a row.

``repeated-word``: the same word of two or more Chinese characters twice in a
row (进一步进一步, 情况情况), also across a line break. Not reported: one
character doubled (谢谢, 常常, 人人 — and 谢谢谢谢 is 谢谢 doubled, not a
repeated word), numeral and measure word (一步一步, 一项一项), numerals alone,
and a heading followed by a line that begins with the heading's last words.
The fix removes the second copy. Options: ``max_chars`` (longest word, default 6).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Edit, Hit
from discl_lint.page.punctuation import is_han
from discl_lint.text.regex_store import regex
from discl_lint.text.spans import Claimed

_NUMERALS = set("〇零一二两三四五六七八九十百千万")
# A line this short before the break is a heading or a label, not running text.
MIN_LINE = 10
# A line opened by a label and its colon (办公室电话：…) starts a field, not a sentence.
_LABEL = regex(r"[^，。；：:\s]{1,8}[：:]")
_RUNNING = regex(r"[，。；、,;]")
# Characters that make a two-character word a longer one (研究 → 研究生, 管理 → 管理员).
_SUFFIXES = frozenset("生员院所会室者型性化家长")
# Characters compared at once by ``doubled``: 1 MiB integers, however long the report.
WINDOW = 1 << 18


def positive(raw: Mapping[str, Any], name: str, default: int, least: int) -> int:
    value = raw.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        raise OptionError(f"options.{name}", f"expected a whole number ≥ {least}, got {value!r}")
    return value


@dataclass(frozen=True)
class WordOptions:
    """Validated options of ``repeated-word``."""

    longest: int


class RepeatedWord:
    """Report a word written twice in a row."""

    name = "repeated-word"
    placeholders = ("found",)

    def parse_options(self, raw: Mapping[str, Any]) -> WordOptions:
        """Validate the options and build the pattern."""
        opt.reject_unknown(raw, {"max_chars"})
        return WordOptions(positive(raw, "max_chars", 6, 2))

    def check(self, doc: Document, options: WordOptions) -> Iterator[Hit]:
        """One hit per repetition, spanning both copies (the longest word first)."""
        taken: list[tuple[int, int]] = []
        claimed = Claimed()
        for start, size in doubled(doc.text, range(options.longest, 1, -1)):
            end = start + 2 * size
            word = doc.text[start : start + size]
            if (
                _han(word)
                and not _reduplication(word)
                and not _goes_on(doc.text, end, size)
                and not claimed.overlaps(start, end)
            ):
                claimed.take(start, end)
                taken.append((start, end))
        if doc.tables:  # a government table's row labels may stand side by side
            taken = [span for span in taken if not doc.in_table(span[0])]
        for start, end in sorted(taken):
            yield _hit(start, end, doc.text[start : (start + end) // 2])
        yield from _across_lines(doc, options.longest)


def _goes_on(text: str, end: int, size: int) -> bool:
    """研究研究生: the second copy begins a longer word (研究生), no repeat."""
    return size == 2 and end < len(text) and text[end] in _SUFFIXES


def doubled(text: str, sizes: range) -> Iterator[tuple[int, int]]:
    """(offset, size) wherever ``size`` characters are followed by the same ``size`` characters.

    In the order of ``sizes``, then of offsets. A long text is compared in windows
    (overlapping by a repetition's length) so that the integers stay small.
    """
    if len(text) <= WINDOW:
        yield from _doubled_in(text, sizes)
        return
    reach = 2 * max(sizes, default=0)
    found = [
        (low + at, size)
        for low in range(0, len(text), WINDOW)
        for at, size in _doubled_in(text[low : low + WINDOW + reach], sizes)
        if at < WINDOW
    ]
    rank = {size: index for index, size in enumerate(sizes)}
    yield from sorted(found, key=lambda hit: (rank[hit[1]], hit[0]))


def _doubled_in(text: str, sizes: range) -> Iterator[tuple[int, int]]:
    """Compare the text with itself shifted by ``size``, all at once.

    The text's UTF-32 code units as one big integer, XOR the same shifted by ``size``
    units, is zero exactly where characters agree, so a run of ``size`` zero units
    is a repetition. (A regular expression with a backreference does the same,
    several times slower.)
    """
    width = 4 * len(text)
    # surrogatepass: a lone surrogate (text from the Python API, never from a decoded file)
    # is one code unit like any other character.
    whole = int.from_bytes(text.encode("utf-32-le", "surrogatepass"), "little")
    for size in sizes:
        end = width - 4 * size  # the shifted copy ends here
        if end < 4 * size:
            continue
        agree = (whole ^ (whole >> (32 * size))).to_bytes(width, "little")
        zeros = bytes(4 * size)
        at = agree.find(zeros, 0, end)
        while at != -1:
            if at % 4:  # not at a character's boundary
                at = agree.find(zeros, at + 4 - at % 4, end)
                continue
            yield at // 4, size
            at = agree.find(zeros, at + 4, end)


def _hit(start: int, end: int, word: str) -> Hit:
    return Hit(start, end, {"found": word}, edits=(Edit(end - len(word), end),))


def _across_lines(doc: Document, longest: int) -> Iterator[Hit]:
    """A word at the end of a line of running text, again at the start of the next."""
    headings = {n.line.number for n in doc.numbered} | {h.line.number for h in doc.headings}
    # The first line of text, without a comma or stop, is the report's title (…年度报告).
    first = next((line for line in doc.lines if not line.blank), None)
    if first is not None and not _RUNNING.search(first.text):
        headings.add(first.number)
    for line, following in zip(doc.lines, doc.lines[1:], strict=False):
        head = following.text.lstrip(" \t\u3000")
        if not head or head[0] not in line.text[-longest - 2 :]:
            continue  # the next line does not open with the words this one ends with
        tail = line.text.rstrip(" \t\u3000")
        if line.number in headings or len(tail.strip()) < MIN_LINE or _LABEL.match(head):
            continue  # a heading, a label (联系部门：…), or a line too short to run on
        for size in range(longest, 1, -1):
            word = head[:size]
            if len(word) == size and tail.endswith(word) and _han(word):
                if not _reduplication(word):
                    start = line.start + len(tail) - size
                    end = following.start + len(following.text) - len(head) + size
                    yield _hit(start, end, word)
                break


def _han(word: str) -> bool:
    return all(is_han(ch) for ch in word)


def _reduplication(word: str) -> bool:
    """Doubled words that are Chinese grammar, not slips."""
    return len(set(word)) == 1 or word[0] in "一每" or set(word) <= _NUMERALS
