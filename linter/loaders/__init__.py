"""Built-in document loaders: plain text (the fallback) and Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discl_lint.document.structure import Document


class TextLoader:
    """Plain text: headings are the short numbered lines."""

    name = "text"
    suffixes = ("", ".txt")

    def load(self, path: str, text: str) -> Document:
        """Build the document."""
        from discl_lint.page.reading import build

        return build(path, text)


class MarkdownLoader:
    """Markdown: headings come from markdown-it-py (imported only for .md files)."""

    name = "markdown"
    suffixes = (".md", ".markdown")

    def load(self, path: str, text: str) -> Document:
        """Build the document with Markdown headings."""
        from discl_lint.loaders.markdown import load_markdown

        return load_markdown(path, text)
