"""A page element's text as lines: blocks and <br> end lines, table rows become lines of
tab-separated cells, whitespace collapses as a browser shows it (a line break between
two Chinese characters disappears); then the site's chrome lines around the article
(发布时间/浏览次数, 【打印】【关闭】, 上一篇/下一篇) are dropped."""

from __future__ import annotations

import re
from typing import Any

from discl_lint.loaders.extracted import join_fragments
from discl_lint.text.regex_store import regex

BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "center",
        "address",
        "figure",
        "figcaption",
        "caption",
        "header",
        "footer",
        "hr",
        "tr",
    ]
)
_CELLS = ("td", "th")
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
_SEGMENT_BREAK = regex(rf"(?<={_CJK})[ \t\r\f]*\n[ \t\r\n\f]*(?={_CJK})")
_SPACES = regex(r"[ \t\r\n\f]+")
_LABELS = (
    "发布时间|发布日期|发稿时间|更新时间|来源|作者|供稿|撰稿|编辑|责任编辑|审核|审稿|"
    "浏览次数|浏览量|浏览|点击数|点击量|点击|阅读次数|阅读量|阅读|访问次数|访问量|时间|日期"
)
_META = regex(rf"(?:{_LABELS})\s*[：:]")
_STRONG_META = regex(r"(?:发布时间|发布日期|发稿时间|浏览次数|点击数|阅读次数|访问量)\s*[：:]")
_TOOLS = regex(
    r"(?:[【】\[\]()（）|｜/\s]|打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享到|分享|"
    r"字号|大|中|小|默认)+"
)
_PLACE = regex(r"(?:当前位置|您现在的位置|您的位置|所在位置|上一篇|下一篇|上一条|下一条)\s*[：:]")
_CHROME_MAX = 80
_HEAD_LINES, _TAIL_LINES = 6, 8


def hidden(node: Any) -> bool:
    """An element the page hides with an inline style."""
    style = (node.attributes.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


class LineWriter:
    """Collects the lines of an element, in order."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.levels: dict[int, int] = {}  # index in lines → level of an <h1>–<h6>
        self._raw = ""
        self._level = 0

    def flush(self, blank: bool = False) -> None:
        """End the current line if it holds text; ``blank``: else leave one blank line."""
        text = _SPACES.sub(" ", _SEGMENT_BREAK.sub("", self._raw)).strip(" ")
        self._raw = ""
        if text.strip("\u00a0\u3000"):
            if self._level:
                self.levels[len(self.lines)] = self._level
            self.lines.append(text)
        elif (blank or text) and self.lines and self.lines[-1]:
            self.lines.append("")  # an empty paragraph (&nbsp;, <br><br>): one blank line

    def write(self, node: Any) -> None:
        """Add ``node`` and everything below it."""
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self._raw += child.text_content or ""
            elif tag == "br":
                self.flush(blank=True)
            elif tag == "table":
                self.flush()
                self.lines.extend(_table_rows(child))
            elif tag.startswith("-") or hidden(child):
                continue
            elif tag in BLOCKS:
                self.flush()
                outer, self._level = self._level, _HEADINGS.get(tag, self._level)
                self.write(child)
                self.flush()
                self._level = outer
            else:
                self.write(child)


def _table_rows(table: Any) -> list[str]:
    rows = []
    for row in _rows(table):
        cells = []
        for cell in (c for c in row.iter() if c.tag in _CELLS):
            writer = LineWriter()
            writer.write(cell)
            writer.flush()
            cells.append(join_fragments(writer.lines).replace("\t", " "))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def _rows(table: Any) -> list[Any]:
    rows = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child.iter() if c.tag == "tr")
    return rows


def is_chrome_line(line: str) -> bool:
    """发布时间/浏览次数 lines, tool links, breadcrumbs and 上一篇/下一篇."""
    text = line.strip(" \u00a0\u3000")
    if not text or len(text) > _CHROME_MAX:
        return False
    if _TOOLS.fullmatch(text) and re.search("打印|关闭|返回|收藏|分享|字号", text):
        return True
    if _PLACE.match(text) or _STRONG_META.search(text):
        return True
    return len(_META.findall(text)) >= 2


def without_chrome(lines: list[str]) -> list[int]:
    """The indexes of ``lines`` kept once chrome lines before the article's first
    paragraph and after its last one (among the first and last few lines) are
    dropped; the body between is left alone."""
    long = [i for i, line in enumerate(lines) if len(line.strip()) > _CHROME_MAX / 2]
    head = min(_HEAD_LINES, long[0] if long else len(lines))
    tail = max(len(lines) - _TAIL_LINES, long[-1] + 1 if long else 0)
    return [
        index
        for index, line in enumerate(lines)
        if not ((index < head or index >= tail) and is_chrome_line(line))
    ]
