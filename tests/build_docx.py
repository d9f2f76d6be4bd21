"""Write .docx reports for the tests with python-docx, plus raw WordprocessingML for
what python-docx has no API for (list numbering, tracked changes, the _GoBack bookmark,
footnotes).

A report is given as the lines of its .txt form: a line opened by "一、" or "（一）"
becomes a paragraph with Word's automatic numbering (the number itself is not typed),
consecutive lines with tabs become a table, every other line a paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from discl_lint.text.numerals import han_to_int

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HAN_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
PAREN_HEADING = re.compile(r"^（[一二三四五六七八九十]+）")
# One abstract list: level 0 "一、", level 1 "（一）", both Chinese counting.
ABSTRACT = f"""<w:abstractNum {NS} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num {NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _add_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{W}}}num")
    numbering.insert(list(numbering).index(first_num), parse_xml(ABSTRACT))
    numbering.append(parse_xml(NUM))


def _number(paragraph, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def _add_line(document, line: str, counters: list[int]) -> None:
    """Numbered when Word's counter would print the very number the line has typed."""
    for pattern, level in ((HAN_HEADING, 0), (PAREN_HEADING, 1)):
        match = pattern.match(line.strip())
        if match and han_to_int(match.group(0).strip("、（）")) == counters[level] + 1:
            _number(document.add_paragraph(line.strip()[match.end() :]), level)
            counters[level] += 1
            if level == 0:
                counters[1] = 0
            return
    document.add_paragraph(line)


def _add_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=False):
            cell.text = text


def report_docx(lines: list[str]):
    """A python-docx Document holding ``lines`` (numbering and tables as described above)."""
    document = Document()
    _add_numbering(document)
    index, counters = 0, [0, 0]
    while index < len(lines):
        if "\t" in lines[index]:
            rows = []
            while index < len(lines) and "\t" in lines[index]:
                rows.append(lines[index].split("\t"))
                index += 1
            _add_table(document, rows)
            continue
        _add_line(document, lines[index], counters)
        index += 1
    return document


def plant_leftovers(document) -> None:
    """Add what only Word shows: an unaccepted insertion and deletion, a comment, hidden
    text and the _GoBack bookmark, none of which changes the accepted, visible text."""
    body = [p for p in document.paragraphs if len(p.text) > 20]
    first, second, third = body[0], body[1], body[2]
    inserted = first.runs[0]
    inserted._r.addprevious(
        parse_xml(
            f'<w:ins {NS} w:id="801" w:author="张老师" w:date="2022-10-01T00:00:00Z">'
            f"<w:r><w:t>{_xml(first.runs[0].text[:2])}</w:t></w:r></w:ins>"
        )
    )
    inserted.text = inserted.text[2:]
    second._p.append(
        parse_xml(
            f'<w:del {NS} w:id="802" w:author="张老师" w:date="2022-10-01T00:00:00Z">'
            "<w:r><w:delText>此句已删除。</w:delText></w:r></w:del>"
        )
    )
    document.add_comment(third.runs, text="请核实数字", author="李审核", initials="李")
    hidden = third.add_run("内部备注：勿公开。")
    hidden.font.hidden = True
    first._p.insert(1, parse_xml(f'<w:bookmarkStart {NS} w:id="0" w:name="_GoBack"/>'))
    first._p.append(parse_xml(f'<w:bookmarkEnd {NS} w:id="0"/>'))


def add_footnote(document, paragraph, text: str) -> None:
    """A footnote (id 1) referenced at the end of ``paragraph``."""
    xml = (
        f'<w:footnotes {NS} {R_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_xml(text)}</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, xml.encode(), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    paragraph._p.append(parse_xml(f'<w:r {NS}><w:footnoteReference w:id="1"/></w:r>'))


_MINIMAL_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_MINIMAL_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_from_body(body: str) -> bytes:
    """The smallest .docx whose word/document.xml body is ``body`` (WordprocessingML)."""
    import io
    import zipfile

    document = f"<w:document {NS}><w:body>{body}</w:body></w:document>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", _MINIMAL_TYPES)
        package.writestr("_rels/.rels", _MINIMAL_RELS)
        package.writestr("word/document.xml", document)
    return out.getvalue()


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_report(path: Path, lines: list[str], leftovers: bool = False) -> Path:
    """Save ``lines`` as a .docx at ``path`` (with Word leftovers planted if asked)."""
    document = report_docx(lines)
    if leftovers:
        plant_leftovers(document)
    document.save(str(path))
    return path
