"""``balanced-pairs``: brackets and quotes opened and closed within a paragraph.

Options:
  pairs: list of two-character strings, opener then closer (default （）“”《》〔〕【】).
A stray closer or an opener left open is reported ({found}, {expected}).
Marks inside the document's tables are not judged: a cell's text wraps over lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit

DEFAULT_PAIRS = ("（）", "“”", "《》", "〔〕", "【】")


@dataclass(frozen=True)
class PairOptions:
    """Validated options of ``balanced-pairs``."""

    closers: Mapping[str, str]


class BalancedPairs:
    """Report unclosed openers and unopened closers, per paragraph."""

    name = "balanced-pairs"
    placeholders = ("found", "expected")

    def parse_options(self, raw: Mapping[str, Any]) -> PairOptions:
        """Validate the pair list."""
        opt.reject_unknown(raw, {"pairs"})
        pairs = raw.get("pairs", list(DEFAULT_PAIRS))
        if not isinstance(pairs, list) or not all(
            isinstance(p, str) and len(p) == 2 for p in pairs
        ):
            raise OptionError(
                "options.pairs", "expected a list of two-character strings such as （）"
            )
        return PairOptions({p[1]: p[0] for p in pairs})

    def check(self, doc: Document, options: PairOptions) -> Iterator[Hit]:
        """Walk each paragraph with a stack of open brackets."""
        openers = {v: k for k, v in options.closers.items()}
        marks = re.compile("[" + re.escape("".join(openers) + "".join(options.closers)) + "]")
        starts = [p.start for p in doc.paragraphs]
        by_paragraph: dict[int, list[int]] = {}
        for match in marks.finditer(doc.text):
            offset = match.start()
            if doc.tables and doc.in_table(offset):
                continue
            index = bisect.bisect_right(starts, offset) - 1
            inside = index >= 0 and offset < doc.paragraphs[index].end
            # Marks outside paragraphs (Markdown headings) are judged line by line.
            key = index if inside else -doc.position(offset)[0]
            by_paragraph.setdefault(key, []).append(offset)
        for offsets in by_paragraph.values():
            stack: list[int] = []
            for offset in offsets:
                ch = doc.text[offset]
                if ch in openers:
                    stack.append(offset)
                elif ch in options.closers:
                    if stack and doc.text[stack[-1]] == options.closers[ch]:
                        stack.pop()
                    else:
                        yield Hit(
                            offset, offset + 1, {"found": ch, "expected": options.closers[ch] + ch}
                        )
            for offset in stack:
                opener = doc.text[offset]
                yield Hit(
                    offset, offset + 1, {"found": opener, "expected": opener + openers[opener]}
                )
