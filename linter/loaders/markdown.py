"""Markdown reports: ATX/setext headings from markdown-it-py, numbering still read.

Headings rank as ``loaders.marked`` says: the Markdown level first, then the
numbering; a numbered paragraph that reads as a heading (一、概述：, **一、概述**, as
Word exports to Markdown) ranks below every Markdown heading, unless it numbers on
from a Markdown heading of its family.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from discl_lint.document.structure import Document, Heading, Line, Paragraph
from discl_lint.loaders.marked import marked_heading, ranked_headings
from discl_lint.page.reading import build
from discl_lint.text.regex_store import regex

# What a Markdown page never shows: YAML front matter at the top, and HTML comments.
_UNRENDERED = regex(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?=\n|\Z)|<!--.*?-->", re.DOTALL)


def load_markdown(path: str, text: str) -> Document:
    """Build a document whose headings are the Markdown headings; front matter and
    comments are blanked (offsets kept), the source text stays as written."""
    source, hidden = text, [m.span() for m in _UNRENDERED.finditer(text)] if "--" in text else []
    text = _UNRENDERED.sub(_blank, text) if hidden else text
    lines = Document.split_lines(text)
    tokens = MarkdownIt("commonmark").parse(text)
    paragraphs = tuple(
        Paragraph(lines[t.map[0] : t.map[1]])
        for t in tokens
        if t.type == "paragraph_open" and t.map is not None
    )
    headings = ranked_headings(lines, _marked_headings(tokens, lines))
    return build(path, text, headings, paragraphs, source=source, hidden=hidden)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _marked_headings(tokens: list[Token], lines: tuple[Line, ...]) -> list[Heading]:
    return [
        marked_heading(lines[token.map[0]], int(token.tag[1:]), tokens[index + 1].content)
        for index, token in enumerate(tokens)
        if token.type == "heading_open" and token.map is not None
    ]
