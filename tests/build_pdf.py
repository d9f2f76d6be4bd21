"""Write .pdf reports for the tests with reportlab and its CJK font STSong-Light.

A report is given as the lines of its .txt form: each line one paragraph, wrapped at
the page width, body paragraphs with a first-line indent of two characters, a page
number centred at the bottom of every page. ``scan`` draws a page as an image only,
with no text layer; ``password`` encrypts the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT = "STSong-Light"
SIZE = 12
HEADING = re.compile(r"^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=SIZE, leading=SIZE * 1.6, firstLineIndent=2 * SIZE,
        wordWrap="CJK",
    )  # fmt: skip
    heading = ParagraphStyle("heading", parent=body, firstLineIndent=0)
    title = ParagraphStyle("title", parent=body, firstLineIndent=0, alignment=TA_CENTER)
    return body, heading, title


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list[Paragraph]]) -> Table:
    table = Table(rows, colWidths=[50 * mm] * len(rows[0]))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def _page_number(canvas, document) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"- {document.page} -")
    canvas.restoreState()


def _running(header: str):
    def draw(canvas, document) -> None:
        _page_number(canvas, document)
        canvas.saveState()
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, header)
        canvas.restoreState()

    return draw


def write_report(
    path: Path, lines: list[str], password: str | None = None, header: str | None = None
) -> Path:
    """Save ``lines`` as a PDF with a text layer (``header``: a running header printed
    at the top of every page after the first)."""
    body, heading, title = _styles()
    flow: list = []
    rows: list[list[Paragraph]] = []
    for number, line in enumerate(lines):
        if "\t" in line:
            rows.append([Paragraph(_escape(cell), heading) for cell in line.split("\t")])
            continue
        if rows:
            flow.append(_table(rows))
            rows = []
        if not line.strip():
            flow.append(Spacer(1, SIZE * 0.8))
            continue
        style = title if number < 2 else heading if HEADING.match(line) else body
        flow.append(Paragraph(_escape(line.strip()), style))
    encrypt = None
    if password is not None:
        from reportlab.lib import pdfencrypt

        encrypt = pdfencrypt.StandardEncryption(password, canPrint=1)
    document = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
        topMargin=25 * mm, bottomMargin=25 * mm, encrypt=encrypt,
    )  # fmt: skip
    later = _running(header) if header else _page_number
    document.build(flow, onFirstPage=_page_number, onLaterPages=later)
    return path


def write_scan(path: Path, pages: int = 2) -> Path:
    """A PDF of pages that are pictures only (as a scanner makes), no text layer."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        for row in range(30):
            canvas.rect(25 * mm, 260 * mm - row * 7 * mm, 160 * mm, 3 * mm, fill=1, stroke=0)
        canvas.showPage()
    canvas.save()
    return path
