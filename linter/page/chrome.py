"""Page chrome: the parts of a web page or PDF that are not the report's text.

Whole lines: breadcrumbs and menus (``首页 > 信息公开 > 正文``, ``»``, ``->``,
``|``), metadata (``发布时间：… 浏览次数：…``, ``[2023-10-28] 发布单位：…``),
CMS field blocks (``• 索引号：…``), page actions (``打印本页 关闭窗口``),
previous/next links, footers and their address lines, page numbers (``- 2 -``),
a table of contents' lines (``一、概述……1``), the site name above the
breadcrumb and a title line printed again. Inside one long line (a page saved on
one line): breadcrumbs, metadata runs and page actions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from discl_lint.page.contents import contents_list
from discl_lint.page.page_numbers import bare_page_numbers
from discl_lint.text.regex_store import regex

if TYPE_CHECKING:
    from discl_lint.document.structure import Line

# Words without which a text has no chrome at all: a cheap first test.
_NAV_SEP = regex(r"\s*(?:>>|->|=>|»|›|＞|>|\||｜)\s*|\s+[·•]\s+")
_SENTENCE = regex(r"[，。；！？,;]")
_PLACE = regex(r"\s*(?:当前位置|您的位置|您现在的位置|现在位置|所在位置)\s*[:：]")
_FIELD = (
    r"(?:发布时间|发布日期|更新时间|更新日期|发稿时间|录入时间|作者|编辑|责任编辑|审核|来源|"
    r"信息来源|发布单位|发布部门|发布者|发布人|发布机构|供稿|浏览次数|浏览量|点击数|点击量|点击|"
    r"阅读次数|阅读量|访问量|访问次数|字号|发文日期|成文日期|印发日期|有效性|索引号|生成日期|"
    r"主题分类)\s*[:：]"
)
_FIELDS = regex(_FIELD)
_STRONG_FIELD = regex(
    r"(?:发布时间|发布日期|浏览次数|浏览量|点击|阅读次数|阅读量|访问量|字号|来源|作者)\s*[:：]"
)
# Inside prose, 来源：/作者： are ordinary words; only these mark a metadata run.
_INLINE_STRONG = regex(r"发布时间|发布日期|浏览次数|浏览量|点击|阅读次数|阅读量|访问量")
_DATED = regex(r"\s*[\[【]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[\]】]")
# [^\x00-\x7f\W] is a Chinese character (it compiles in a fraction of [\u4e00-\u9fff]'s time).
_CMS = regex(
    r"\s*[•·●◆■▪]\s*[^\x00-\x7f\W](?:[^\x00-\x7f\W]|[ \u3000]){0,8}[:：]"
    r"|\s*(?:索\s*引\s*号|文\s+号|发\s*布\s*机\s*构|生\s*成\s*日\s*期|主\s*题\s*分\s*类)\s*[:：]"
)
_ACTION_WORDS = (
    r"打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|返回顶部|返回列表|"
    r"返回|保存本页|分享到|分享|字号|字体|默认|放大|缩小|大|中|小|微信|微博|QQ空间|QQ|朋友圈|"
    r"复制链接|我要纠错|纠错|扫一扫|扫码阅读|扫码|在手机上查看当前页面|手机阅读|"
    r"点赞|在看|阅读原文|写留言|留言"  # a WeChat article's buttons
)
_ACTIONS = regex(rf"(?:[\[【(（]?\s*(?:{_ACTION_WORDS})\s*[\]】)）]?\s*[:：|]?\s*)+")
_STRONG_ACTION = regex(r"打印|关闭|收藏|返回顶部|分享|字号|字体|扫一扫|扫码|点赞|在看|阅读原文")
# A WeChat article's follow prompt, and its byline: 原创 作者 公众号 2025年10月29日 17:30 湖南.
_FOLLOW = regex(r"(?:点击|戳)?(?:上方|下方)?(?:蓝字|名片)?\s*(?:关注我们|关注公众号)[!！~～]*")
_BYLINE = regex(
    r"(?:原创\s+)?(?:[^\s，。；]{1,16}\s+){1,3}\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}"
    r"(?:\s+[^\s，。；]{2,6})?"
)
_PREV_NEXT = regex(
    r"\s*(?:(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关链接|相关文章)\s*[:：]"
    r"|[【\[]\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[】\]])"
)
# A list of links under its heading (相关文章 on a line of its own), one bulleted title a line.
_RELATED = regex(
    r"(?:相关链接|相关文章|相关阅读|相关新闻|推荐阅读|热门文章|最新文章|往期推荐|往期回顾)\s*[:：]?"
)
_LINK_ITEM = regex(r"[•·●◆■▪]\s*[^，。；！？,;]{2,60}")
# A visitor counter: 您是本站第 1286543 位访问者.
_COUNTER = regex(r"第\s*\d+\s*位(?:访问者|访客|浏览者)")
_FOOTER = regex(r"版权所有|Copyright|©|ICP备|ICP证|公网安备|技术支持\s*[:：]")
_SPONSOR = regex(r"(?:主办|承办|协办)(?:单位)?\s*[:：]")
# A footer's address line: two contact fields or more (地址：…　邮编：…　电话：…).
_CONTACT = regex(r"(?:地\s*址|邮\s*编|邮政编码|(?:联系)?电\s*话|传\s*真|(?:电子)?邮\s*箱)\s*[:：]")
# A table of contents line: a title, dot leaders and its page number (一、概述……1).
_CONTENTS = regex(r"\S.{0,78}?(?:…{2,}|\.{4,}|·{4,}|．{4,}|-{6,}|_{6,})\s*\d{1,3}")
# …or as Word exports it, with field codes (标题	PAGEREF _Toc180211001 \h 1).
_FIELD_CONTENTS = regex(r"PAGEREF\s+_Toc\d+(?:\s+\\[a-z])*\s*\d{1,3}$")
_PAGE_NUMBER = regex(
    r"\s*(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?"
    r"|\d{1,3}\s*/\s*\d{1,3})\s*"
)
_INLINE = regex(
    r"(?:当前位置|您的位置|您现在的位置)\s*[:：]\s*首页(?:\s*(?:>>|->|»|›|＞|>|\||｜)\s*[^\s>»›＞|｜]{1,12})+"
    rf"|(?:{_FIELD}\s*(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"|\d+|[^\s，。：:]{1,12})\s*)+"
    r"|[【\[]?(?:打印本页|关闭窗口|返回顶部|收藏本页)[】\]]?"
)
# Every chrome line has one of these (separators, colons of fields, bullets, and the first
# characters of 打印 关闭 收藏 返回 分享 字号 版权 Copyright © ICP 安备 相关 访问者): a cheap test.
_MAYBE = regex(r"[>»›＞|｜：:【\[•·●◆■▪打关收返分字版C©I安相访扫点往阅]")
_SEPARATOR = regex(r"[>»›＞|｜]|\s[·•]\s")
# A downloadable file of the page's attachment list (…情况表.docx, ….pdf (下载次数：264)).
_ATTACHMENT = regex(
    r"[^，。；\n]{1,80}\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|7z)(?:\s*[（(][^）)\n]{0,20}[）)])?",
    re.IGNORECASE,
)
# Page numbers (- 2 -, 2/5) are short lines.
PAGE_NUMBER_MAX = 16
# Words inline chrome cannot do without.
_INLINE_WORDS = regex(r"位置|发布|浏览|点击|阅读|访问|打印|关闭|返回顶部|收藏")
# Lines at most this long are judged whole; longer ones only for inline chrome.
LINE_MAX = 120
LIMIT = LINE_MAX + 20  # before stripping the line's indentation
TITLE_MIN, TITLE_MAX = 8, 60
_TOP = 5  # lines where the report's own title stands, never a running header


def chrome_line(text: str) -> bool:
    """A line that is page chrome as a whole."""
    stripped = text.strip() if len(text) <= LIMIT else ""
    if not stripped or len(stripped) > LINE_MAX:
        return False
    if len(stripped) <= PAGE_NUMBER_MAX and _PAGE_NUMBER.fullmatch(stripped):
        return True
    if stripped[-1].isdigit() and (
        _CONTENTS.fullmatch(stripped) or _FIELD_CONTENTS.search(stripped)
    ):
        return True
    if "." in stripped and _ATTACHMENT.fullmatch(stripped):
        return True
    if not _MAYBE.search(stripped):
        return False
    return (
        _navigation(stripped)
        or _metadata(stripped)
        or bool(_CMS.match(stripped) and not _SENTENCE.search(stripped))
        or bool(_ACTIONS.fullmatch(stripped) and _STRONG_ACTION.search(stripped))
        or bool(_PREV_NEXT.match(stripped) or _RELATED.fullmatch(stripped))
        or bool(_FOLLOW.fullmatch(stripped) or _BYLINE.fullmatch(stripped))
        or bool(_COUNTER.search(stripped) and not _SENTENCE.search(stripped))
        or bool(_FOOTER.search(stripped) and "。" not in stripped)
        or _footer_fields(text, stripped)
    )


def _footer_fields(text: str, stripped: str) -> bool:
    """主办：…　承办：… or 地址：…　邮编：…　电话：… on a line of its own, not indented as
    a paragraph of the report is, with no sentence punctuation."""
    if _SENTENCE.search(stripped) or text[:1] in "\u3000\t" or text.startswith("  "):
        return False
    return bool(_SPONSOR.match(stripped)) or len(_CONTACT.findall(stripped)) >= 2


def _navigation(text: str) -> bool:
    if _PLACE.match(text):
        return True
    if not _SEPARATOR.search(text):
        return False
    cells = [c for c in _NAV_SEP.split(text) if c]
    return len(cells) >= 3 and all(len(c) <= 20 for c in cells) and not _SENTENCE.search(text)


def _metadata(text: str) -> bool:
    if "。" in text or "《" in text:  # 《…》（印发日期：…，有效性：有效）cites a document
        return False
    fields = len(_FIELDS.findall(text))
    if fields >= 2 or (fields and _DATED.match(text)):
        return True
    return fields == 1 and bool(_STRONG_FIELD.match(text)) and len(text) <= 40


def chrome_lines(lines: Sequence[Line], tables: set[int]) -> set[int]:
    """Indexes of the chrome lines (outside ``tables``): judged one by one, then the
    site name above a breadcrumb and titles printed again."""
    found = {
        i
        for i, line in enumerate(lines)
        if len(line.text) <= LIMIT and i not in tables and chrome_line(line.text)
    }
    contents = contents_list(lines, _title_like)
    found.update(contents)
    found.update(i for i in bare_page_numbers(lines) if i not in tables)
    if not found:
        return found
    # What stands above a table of contents is the report's title, not a site name.
    heads = [i for i in found if i not in contents and not _below_the_title(lines[i].text)]
    first = min(heads) if heads else len(lines)
    if first <= 5:  # the site's name stands above its breadcrumb or menu
        found.update(i for i in range(first) if _title_like(lines[i].text) or lines[i].blank)
    found.update(_repeated_titles(lines, found))
    found.update(_related_links(lines, found))
    return found


def _below_the_title(text: str) -> bool:
    # A table of contents, or a footer's fields, may follow the title: what stands above
    # them is no site name.
    stripped = text.strip()
    return bool(_CONTENTS.fullmatch(stripped)) or _footer_fields(text, stripped)


def _related_links(lines: Sequence[Line], chrome: set[int]) -> Iterator[int]:
    """The bulleted titles listed under a chrome heading such as 相关文章."""
    for index in sorted(chrome):
        if not _RELATED.fullmatch(lines[index].text.strip()):
            continue
        following = index + 1
        while following < len(lines) and _LINK_ITEM.fullmatch(lines[following].text.strip()):
            yield following
            following += 1
        if following == index + 1:
            yield from _unbulleted_links(lines, chrome, following)


def _unbulleted_links(lines: Sequence[Line], chrome: set[int], first: int) -> list[int]:
    """Titles without bullets, when they run on to the page's footer (or its end)."""
    end = first
    while (
        end < len(lines)
        and end not in chrome
        and (lines[end].blank or _title_like(lines[end].text))
    ):
        end += 1
    return list(range(first, end)) if end == len(lines) or end in chrome else []


def _title_like(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped) <= TITLE_MAX and not _SENTENCE.search(stripped)


def _repeated_titles(lines: Sequence[Line], chrome: set[int]) -> Iterator[int]:
    """Titles printed again; the first print too when it stands by a page's chrome (a
    running header under 第 1 页 共 3 页, the title above it printed on two lines)."""
    first: dict[str, int] = {}
    for index, line in enumerate(lines):
        key = "".join(line.text.split())
        if index in chrome or not TITLE_MIN <= len(key) <= TITLE_MAX or _SENTENCE.search(key):
            continue
        if key not in first:
            first[key] = index
            continue
        yield index
        at = first[key]
        if at > _TOP and any(n in chrome for n in _neighbours(lines, at)):
            yield at


def _neighbours(lines: Sequence[Line], at: int) -> tuple[int, int]:
    """The nearest lines above and below ``at`` that are not blank."""
    above, below = at - 1, at + 1
    while above > 0 and lines[above].blank:
        above -= 1
    while below < len(lines) - 1 and lines[below].blank:
        below += 1
    return above, below


def inline_chrome(line: Line) -> Iterator[tuple[int, int]]:
    """Chrome inside a long line: offsets in the document."""
    if len(line.text) <= LINE_MAX or not _INLINE_WORDS.search(line.text):
        return
    for match in _INLINE.finditer(line.text):
        if _inline_is_chrome(match.group(0)):
            yield line.start + match.start(), line.start + match.end()


def _inline_is_chrome(found: str) -> bool:
    return not _FIELDS.match(found) or bool(_INLINE_STRONG.search(found))
