"""Web-page reports, parsed with selectolax (lexbor, an HTML5 parser): the article body
without the site's chrome, and its title.

The charset comes from a BOM or the page's <meta>, else UTF-8 if the bytes are UTF-8,
else GB18030 (which reads GB2312 and GBK pages). The article is the element whose
blocks hold the most text once navigation, menus, breadcrumbs, footers, scripts and
link lists are set aside; its title is the nearest heading before it.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from collections import Counter
from typing import Any

from discl_lint.document.structure import Document
from discl_lint.loaders.extracted import TextBuilder, require
from discl_lint.loaders.web_text import BLOCKS, LineWriter, hidden, without_chrome
from discl_lint.model.errors import SourceError
from discl_lint.text.regex_store import regex

_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.I)
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "gb18030", "hz-gb-2312"}
_BOMS = (  # the mark, the codec that reads past it, the encoding the file is in
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
_DROPPED = (
    "script, style, noscript, template, iframe, svg, object, embed, select, button, nav, aside"
)
_CHROME = regex(
    r"(?:^|[\s_-])(?:nav|navbar|menu|submenu|breadcrumbs?|crumbs?|footer|foot|copyright|"
    r"sidebar|banner|share|tools?|toolbar|print|position|location|pagination|pager|"
    r"page-?turn|prevnext|related|topbar|logo|search|login)(?:$|[\s_-])",
    re.I,
)
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})
_TITLE = regex(r"title", re.I)


def decode_page(data: bytes) -> str:
    """The page's text in its own charset, detected when it names none."""
    return decoded_page(data)[0]


def decoded_page(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding it was read in."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), name
    declared = _META_CHARSET.search(data[:4096])
    names = []
    if declared:
        name = declared.group(1).decode("ascii").lower()
        names.append("gb18030" if name in _GB else name)
    for name in (*names, "utf-8", "gb18030"):
        try:
            return data.decode(name), codecs.lookup(name).name
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("gb18030", errors="replace"), "gb18030"


def load_web_page(path: str, data: bytes) -> Document:
    """The document of a page's article; a page without one is a ``SourceError``."""
    lexbor = require("selectolax.lexbor", "html", path)
    text, encoding = decoded_page(data)
    tree = lexbor.LexborHTMLParser(text)
    for node in tree.css(_DROPPED):
        node.decompose()
    for node in [n for n in tree.css("[class], [id]") if _is_chrome(n)]:
        node.decompose()
    root = _article(tree)
    lines = [] if root is None else _lines(root)
    if not any(line.strip() for line, _ in lines):
        raise SourceError(f"{path}: no article text found in the page: nothing to lint")
    builder = TextBuilder("html")
    for line, level in lines:
        builder.add(line, (), level=level)
    return dataclasses.replace(builder.document(path, tables=True), encoding=encoding)


def _is_chrome(node: Any) -> bool:
    if node.tag in ("html", "body"):
        return False
    names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    return bool(_CHROME.search(names)) or hidden(node)


def _block_of(node: Any) -> Any:
    """The nearest block around a text node; a table counts as one block."""
    parent = node.parent
    table = None
    while parent is not None and parent.tag not in BLOCKS and parent.tag != "body":
        if parent.tag in _TABLE_PARTS:
            table = parent if parent.tag == "table" else table
        parent = parent.parent
    return table if table is not None else parent


def _article(tree: Any) -> Any:
    """The element whose child blocks hold the most text (link text not counted)."""
    body = tree.body
    if body is None:
        return None
    scores: Counter[int] = Counter()
    nodes: dict[int, Any] = {}
    for text in body.traverse(include_text=True):
        if text.tag != "-text" or _in_link(text):
            continue
        length = len((text.text_content or "").strip())
        block = _block_of(text) if length else None
        for share, holder in ((1.0, _up(block, 1)), (0.5, _up(block, 2))):
            if holder is not None:
                scores[holder.mem_id] += int(length * share)
                nodes[holder.mem_id] = holder
    if not scores:
        return body
    return nodes[scores.most_common(1)[0][0]]


def _up(node: Any, steps: int) -> Any:
    for _ in range(steps):
        node = node.parent if node is not None else None
    return node


def _in_link(node: Any) -> bool:
    parent = node.parent
    for _ in range(4):
        if parent is None:
            return False
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False


def _title(root: Any) -> str:
    """The last heading (or element classed as a title) before ``root`` near it."""
    holder = _up(root, 1)
    for _ in range(3):
        if holder is None:
            return ""
        found = ""
        for node in holder.traverse():
            if node.mem_id == root.mem_id:
                break
            if node.tag in ("h1", "h2", "h3") or _TITLE.search(node.attributes.get("class") or ""):
                found = node.text(deep=True, separator="").strip()
        if found:
            return " ".join(found.split())
        holder = holder.parent
    return ""


def _lines(root: Any) -> list[tuple[str, int]]:
    """The article's lines, each with the level of the <h1>–<h6> it is (0: none)."""
    writer = LineWriter()
    writer.write(root)
    writer.flush()
    lines = [(writer.lines[i], writer.levels.get(i, 0)) for i in without_chrome(writer.lines)]
    title = _title(root)
    if title and not any(line.strip() == title for line, _ in lines[:3]):
        lines.insert(0, (title, 0))
    while lines and not lines[0][0].strip():
        lines.pop(0)
    while lines and not lines[-1][0].strip():
        lines.pop()
    return lines
