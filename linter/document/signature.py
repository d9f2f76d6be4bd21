"""The closing date under a report's signature: the last date-only line near the end
(above any attachment)."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from discl_lint.document.structure import Document, Line
from discl_lint.text.dates import normalise
from discl_lint.text.numerals import number_value
from discl_lint.text.regex_store import regex

# The date as the signature writes it: 2024年10月28日, or 二〇二四年十月二十八日 (its year
# already in digits: see ``normalise``).
_HAN = r"[一二三四五六七八九十]{1,3}"
# …or 2024.10.28, 2024-10-28, 2024/10/28; under a label of its own (发布时间：…) too.
_LABEL = r"(?:(?:发布|印发|成文)?(?:时间|日期)\s*[:：]\s*)?"
# …or after the signer on the same line (金沙学院　　2024年11月18日), as PDFs join them.
_SIGNER = r"(?:[^\s，。；：:、]{2,24}(?:大学|学院|学校|办公室|处|室|中心|委员会)[ \t\u3000]+)?"
_SIGNATURE = regex(
    rf"[\s\u3000]*{_SIGNER}{_LABEL}(?:"
    rf"(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}}|{_HAN})\s*月(?:\s*(?P<d>\d{{1,2}}|{_HAN})\s*[日号])?"
    r"|(?P<Y>\d{4})\s*(?P<sep>[./\-／])\s*(?P<M>\d{1,2})\s*(?P=sep)\s*(?P<D>\d{1,2})"
    r")[\s\u3000]*"
)
SIGNATURE_LINES = 6
# A contact block under the signature (联系方式, 联系电话：…): not counted among those lines.
_CONTACT_LINE = regex(
    r"[^，。；\s]{0,16}联系方式[:：]?|(?:联系|咨询|受理)?(?:部门|单位|人|地址|电话|邮编|邮政编码|"
    r"传真|邮箱|电子邮箱|电子信箱|E-?mail|网址)\s*[:：][^。；]*",
    re.IGNORECASE,
)


def signature(doc: Document) -> tuple[dt.date, int, int] | None:
    """The last date-only line near the end: the closing date, and its span; without
    one, a page's own date line there (发布时间：2024年11月12日, masked as chrome)."""
    found = _last_date_line(_before_annex(doc, doc.lines))
    if found is None and doc.raw_text:
        found = _last_date_line(_before_annex(doc, doc.source_lines))
    return found


def _before_annex(doc: Document, lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines above the attachments (附件：清单事项公开情况表 …), which are signed
    above; a note naming the attachments above the signature is not one."""
    annex = doc.annex_start
    if annex is None:
        return lines
    above = tuple(line for line in lines if line.start < annex)
    below = sum(1 for line in lines[len(above) :] if not line.blank)
    return lines if below <= SIGNATURE_LINES else above


def _last_date_line(lines: tuple[Line, ...]) -> tuple[dt.date, int, int] | None:
    last = (
        line
        for line in reversed(lines)
        if not line.blank and not _CONTACT_LINE.fullmatch(line.text.strip())
    )
    for line in itertools.islice(last, SIGNATURE_LINES):
        match = _SIGNATURE.fullmatch(normalise(line.text))
        if match is None:
            continue
        year, month, date = (match.group(k) or match.group(k.upper()) for k in "ymd")
        try:
            day = dt.date(int(year), number_value(month) or 0, number_value(date or "1") or 0)
        except ValueError:
            return None
        begin = line.start + len(line.text) - len(line.text.lstrip())
        return day, begin, line.start + len(line.text.rstrip())
    return None
