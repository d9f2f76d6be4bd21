"""``word-leftovers``: what a .docx still holds that only Word shows — unaccepted
tracked changes, comments, hidden text, the ``_GoBack`` bookmark — as recorded by the
docx loader on the document's origin. Reports of other formats have none.

Options:
  report: the kinds reported (default all: tracked-change, comment, hidden-text, go-back).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit

KINDS = ("tracked-change", "comment", "hidden-text", "go-back")
_ADVICE = {
    "tracked-change": "发布前应接受或拒绝全部修订",
    "comment": "发布前应删除批注",
    "hidden-text": "隐藏文字在转换、复制时会显现，应删除",
    "go-back": "Word 记录上次编辑位置的书签，转换为文本时留下“[bookmark: _GoBack]”，应删除",
}


@dataclass(frozen=True)
class LeftoverOptions:
    """Validated options of ``word-leftovers``."""

    report: frozenset[str]


class WordLeftovers:
    """Report the Word leftovers the loader recorded."""

    name = "word-leftovers"
    placeholders = ("found", "advice", "leftover")

    def parse_options(self, raw: Mapping[str, Any]) -> LeftoverOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"report"})
        report = raw.get("report", list(KINDS))
        if not isinstance(report, list) or not report or any(k not in KINDS for k in report):
            raise OptionError("options.report", f"expected a list drawn from {', '.join(KINDS)}")
        return LeftoverOptions(frozenset(report))

    def check(self, doc: Document, options: LeftoverOptions) -> Iterator[Hit]:
        """One hit per leftover, on the character where it sits."""
        origin = doc.origin
        for leftover in origin.leftovers if origin is not None else ():
            if leftover.kind not in options.report:
                continue
            line = doc.lines[doc.position(leftover.offset)[0] - 1]
            end = min(leftover.offset + 1, line.end)
            args = {
                "found": leftover.detail,
                "advice": _ADVICE[leftover.kind],
                "leftover": leftover.kind,
            }
            yield Hit(leftover.offset, max(end, leftover.offset), args)
