"""``encoding``: the report was not saved as UTF-8 (it was decoded as named).

Options:
  accept: encodings that are not reported (default: utf-8).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.kinds import options as opt
from discl_lint.model.errors import OptionError
from discl_lint.model.findings import Hit

_NAMES = {"gb18030": "GB18030（兼容 GBK）", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}


@dataclass(frozen=True)
class EncodingOptions:
    """Validated options of ``encoding``."""

    accept: frozenset[str]


class Encoding:
    """Report a report file that was not UTF-8."""

    name = "encoding"
    placeholders = ("found",)

    def parse_options(self, raw: Mapping[str, Any]) -> EncodingOptions:
        """Validate the options."""
        opt.reject_unknown(raw, {"accept"})
        accept = raw.get("accept", ["utf-8"])
        if not isinstance(accept, list) or not all(isinstance(a, str) for a in accept):
            raise OptionError("options.accept", "expected a list of encoding names")
        return EncodingOptions(frozenset(a.lower() for a in accept))

    def check(self, doc: Document, options: EncodingOptions) -> Iterator[Hit]:
        """One hit at the start of the file."""
        if doc.encoding not in options.accept:
            yield Hit(0, 0, {"found": _NAMES.get(doc.encoding, doc.encoding.upper())})
