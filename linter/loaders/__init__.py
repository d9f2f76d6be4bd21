"""Built-in document loaders: plain text (the fallback), Markdown, and — each behind an
extra — .docx, .pdf and web pages.

A loader has ``name``, ``suffixes`` and either ``load(path, text)``, given the decoded
text, or ``load_bytes(path, data)``, given the file's bytes (binary formats, and pages
that declare their own charset). Either returns a ``Document``; they are registered
in plugins.builtin.
"""

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


class WordLoader:
    """Word documents (the docx extra: python-docx)."""

    name = "docx"
    suffixes = (".docx",)

    def load_bytes(self, path: str, data: bytes) -> Document:
        """Build the document from the package's bytes."""
        from discl_lint.loaders.word import load_word

        return load_word(path, data)


class PdfLoader:
    """PDF files with a text layer (the pdf extra: pdfminer.six)."""

    name = "pdf"
    suffixes = (".pdf",)

    def load_bytes(self, path: str, data: bytes) -> Document:
        """Build the document from the file's pages."""
        from discl_lint.loaders.pdf import load_pdf

        return load_pdf(path, data)


class WebPageLoader:
    """Web pages, the article body without the site's chrome (the html extra: selectolax)."""

    name = "html"
    suffixes = (".html", ".htm")

    def load_bytes(self, path: str, data: bytes) -> Document:
        """Build the document from the page's bytes (charset from the page or detected)."""
        from discl_lint.loaders.web import load_web_page

        return load_web_page(path, data)
