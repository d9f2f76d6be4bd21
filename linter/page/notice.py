"""A release notice: a page that only announces a report published as an attachment.

Many universities post the report as a PDF or Word file under a page of two or
three sentences (``现将《…年度报告》予以公布。附件：….pdf``). The page holds no
report text; reading its sentences as a report would list every section and the
period as missing. Its lines are chrome, so the page is an empty report.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from discl_lint.text.regex_store import regex

if TYPE_CHECKING:
    from discl_lint.document.structure import Line

# A notice is a few short lines; a report, even a terse one, is longer.
NOTICE_LINES, NOTICE_CHARS = 8, 400

_ATTACHED = regex(
    r"附\s*件\s*\d*\s*[:：]|\.(?:[pP][dD][fF]|[dD][oO][cC][xX]?|wps|ofd)\b|点击下载|下载附件"
)
_PUBLISHED = regex(
    r"予以公布|予以公开|予以发布|现予公布|现予公开|公布如下|发布如下|全文见附件|特此公告|"
    r"现将[^。；]{0,80}?(?:公布|公开|发布|印发|刊发)"
)
# A numbered heading (一、概述 / 1.概述) is a report's, never a notice's.
_HEADING = regex(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．，,]")


def notice_lines(lines: Sequence[Line], masked: Collection[int]) -> set[int]:
    """The lines of a release notice (all lines left unmasked), or none. The
    attachment's line may be chrome already (a download link)."""
    rest = [i for i, line in enumerate(lines) if i not in masked and not line.blank]
    if not rest or len(rest) > NOTICE_LINES:
        return set()
    texts = [lines[i].text.strip() for i in rest]
    if sum(len(t) for t in texts) > NOTICE_CHARS or any(_HEADING.match(t) for t in texts):
        return set()
    if not _PUBLISHED.search("\n".join(texts)):
        return set()
    if not any(_ATTACHED.search(line.text) for line in lines):
        return set()
    return set(rest)
