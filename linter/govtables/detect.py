"""Which profile a report is written in, and why.

The title decides when it names 政府信息公开工作年度报告. Without it, the
content does: a government-format report has the template's part names, its
tables' row labels, and speaks of 政府信息公开申请 and 行政复议/行政诉讼 —
two of these three kinds of evidence make it ``gov``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from discl_lint.document.structure import Document, Line
from discl_lint.govtables.normalise import squeezed
from discl_lint.text.regex_store import regex

TITLE = regex(r"政府信息公开工作年度报告")
TITLE_LINES = 5
# A line of running text (a sentence's comma or stop), and a cited document's title.
_SENTENCE = regex(r"[，。；]")
_CITED = regex(r"《[^》\n]*》")
_WHOLE_CITED = regex(r"\s*《([^》\n]*)》\s*")
# A page's metadata line above the title (索引号：…，发布机构：…): its commas are no sentence.
_METADATA = regex(
    r"\s*(?:索引号|发布机构|发文机关|发布日期|生成日期|成文日期|发布时间|信息来源|来源|主题分类|分类)"
    r"\s*[:：]"
)
_PARTS = (
    ("二、主动公开政府信息情况", regex(r"主动公开政府信息(?:情况|工作)")),
    ("三、收到和处理政府信息公开申请情况", regex(r"收到和处理政府信息公开申请")),
    (
        "四、政府信息公开行政复议、行政诉讼情况",
        regex(r"行政复议、?(?:和|及)?(?:提起)?行政诉讼情况"),
    ),
)
_LABELS = (
    ("本年新收政府信息公开申请数量", regex(r"本年新收政府信息公开申请")),
    ("上年结转政府信息公开申请数量", regex(r"上年结转政府信息公开申请")),
    ("结转下年度继续办理", regex(r"结转下年度继续办理")),
    ("危及“三安全一稳定”", regex(r"三安全一稳定")),
    ("第二十条第（一）项", regex(r"第二十条第\(一\)项")),
    ("未经复议直接起诉", regex(r"未经复议直接起诉")),
    ("尚未审结", regex(r"尚未审结")),
)
_APPLICATION = regex(r"政府信息公开申请")
_REVIEW = regex(r"行政复议|行政诉讼")
# Every report the content makes ``gov`` holds one of these (a quick test for the rest).
_HINTS = ("政府信息公开申请", "主动公开政府信息", "行政复议", "行政诉讼", "復議", "訴訟", "申請")


@dataclass(frozen=True)
class ProfileChoice:
    """The profile and the evidence for it (Chinese, for --show-config)."""

    profile: str
    reason: str


def choose_profile(doc: Document) -> ProfileChoice:
    """``gov`` by title or by content, else ``hei``."""
    if any(TITLE.search(squeezed(_title_block(lines))) for lines in (doc.lines, doc.source_lines)):
        return ProfileChoice("gov", "标题含“政府信息公开工作年度报告”")
    if not any(hint in doc.source_text for hint in _HINTS):
        return ProfileChoice("hei", "标题和正文都不是政府信息公开年度报告格式")
    return _by_content(squeezed(doc.source_text))


def _title_block(lines: Sequence[Line]) -> str:
    """The title's lines: the first few lines with words, above the first sentence,
    cited titles 《…》 left out (a preamble that follows 《…年度报告格式》 is no
    government report). Read on the lines with page chrome blanked out (a metadata
    line may hold a comma) and on the lines as written (a title printed twice is chrome)."""
    head: list[str] = []
    for line in lines:
        if line.blank or _METADATA.match(line.text):
            continue
        if _SENTENCE.search(line.text) or len(head) == TITLE_LINES:
            break
        whole = _WHOLE_CITED.fullmatch(line.text)  # the title itself set in 《》
        head.append(whole.group(1) if whole else _CITED.sub("", line.text))
    return "".join(head)


def _by_content(text: str) -> ProfileChoice:
    parts = [name for name, pattern in _PARTS if pattern.search(text)]
    labels = [name for name, pattern in _LABELS if pattern.search(text)]
    wording = bool(_APPLICATION.search(text) and _REVIEW.search(text))
    evidence = []
    if len(parts) >= 2:
        evidence.append(f"有政府信息公开年度报告的部分标题（{'、'.join(parts)}）")
    if len(labels) >= 2:
        evidence.append(f"有其表格的行名（{'、'.join(labels)}）")
    if wording:
        evidence.append("使用“政府信息公开申请”和“行政复议/行政诉讼”等用语")
    if len(evidence) >= 2:
        return ProfileChoice("gov", "标题未写明格式，但正文" + "，".join(evidence))
    return ProfileChoice("hei", "正文不足以判断为政府信息公开年度报告格式")
