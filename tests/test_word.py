"""Reading WordprocessingML: list numbering as Word prints it, fields, tables, hidden text."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from discl_lint.loaders.word import load_word
from discl_lint.loaders.word_numbering import Numbering, han_counting

from build_docx import NS, docx_from_body


def _numbering(levels: str, nums: str) -> Numbering:
    xml = f"<w:numbering {NS}><w:abstractNum w:abstractNumId='1'>{levels}</w:abstractNum>{nums}</w:numbering>"
    return Numbering(ElementTree.fromstring(xml))


def _level(ilvl: int, fmt: str, text: str, suffix: str = "nothing", start: int = 1) -> str:
    return (
        f"<w:lvl w:ilvl='{ilvl}'><w:start w:val='{start}'/><w:numFmt w:val='{fmt}'/>"
        f"<w:suff w:val='{suffix}'/><w:lvlText w:val='{text}'/></w:lvl>"
    )


@pytest.mark.parametrize(
    ("value", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (99, "九十九")]
)
def test_chinese_counting(value, text):
    assert han_counting(value) == text


def test_levels_count_on_and_restart_below():
    levels = _level(0, "chineseCounting", "%1、") + _level(1, "chineseCounting", "（%2）")
    numbering = _numbering(levels, "<w:num w:numId='5'><w:abstractNumId w:val='1'/></w:num>")
    labels = [numbering.label("5", lvl) for lvl in (0, 1, 1, 0, 1)]
    assert labels == ["一、", "（一）", "（二）", "二、", "（一）"]


def test_a_level_that_never_restarts_numbers_on_under_a_new_parent():
    never = _level(1, "chineseCounting", "（%2）").replace(
        "</w:lvl>", "<w:lvlRestart w:val='0'/></w:lvl>"
    )
    levels = _level(0, "chineseCounting", "%1、") + never
    numbering = _numbering(levels, "<w:num w:numId='5'><w:abstractNumId w:val='1'/></w:num>")
    labels = [numbering.label("5", lvl) for lvl in (0, 1, 1, 0, 1)]
    assert labels == ["一、", "（一）", "（二）", "二、", "（三）"]


def test_two_lists_of_one_abstract_continue_unless_restarted():
    nums = (
        "<w:num w:numId='5'><w:abstractNumId w:val='1'/></w:num>"
        "<w:num w:numId='6'><w:abstractNumId w:val='1'/></w:num>"
        "<w:num w:numId='7'><w:abstractNumId w:val='1'/>"
        "<w:lvlOverride w:ilvl='0'><w:startOverride w:val='1'/></w:lvlOverride></w:num>"
    )
    numbering = _numbering(_level(0, "decimal", "%1."), nums)
    assert [numbering.label(n, 0) for n in ("5", "6", "7", "7")] == ["1.", "2.", "1.", "2."]


def test_formats_suffixes_and_bullets():
    levels = (
        _level(0, "decimal", "第%1章", suffix="tab")
        + _level(1, "decimalEnclosedCircle", "%2")
        + _level(2, "bullet", "\uf0b7")
        + _level(3, "ideographTraditional", "%4、")
    )
    numbering = _numbering(levels, "<w:num w:numId='2'><w:abstractNumId w:val='1'/></w:num>")
    assert [numbering.label("2", lvl) for lvl in range(4)] == ["第1章 ", "①", "", "甲、"]
    assert numbering.label("9", 0) == ""  # no such list


def _text(body: str) -> str:
    return load_word("report.docx", docx_from_body(body)).text


def test_field_codes_are_left_out_and_results_kept():
    body = (
        "<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText> PAGEREF _Toc123456 \\h </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>3</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:t>页。</w:t></w:r></w:p>"
    )
    assert _text(body) == "见第3页。\n"


def test_a_text_box_is_read_once_after_its_paragraph():
    box = "<w:txbxContent><w:p><w:r><w:t>访问量约46万人次</w:t></w:r></w:p></w:txbxContent>"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    body = (
        f"<w:p xmlns:mc='{mc}'><w:r><w:t>学校网站</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><w:txbx>{box}</w:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><w:textbox>{box}</w:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    doc = load_word("report.docx", docx_from_body(body))
    assert doc.text == "学校网站\n访问量约46万人次\n"
    assert [a.where for a in doc.origin.anchors][-1] == (("paragraph", 1), ("text box", 1))


def test_tables_merged_cells_and_line_breaks():
    body = (
        "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val='restart'/></w:tcPr><w:p><w:r><w:t>主动公开</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>网站</w:t></w:r></w:p><w:p><w:r><w:t>100条</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>微信20条</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type='page'/><w:t>续</w:t></w:r></w:p>"
    )
    doc = load_word("report.docx", docx_from_body(body))
    assert doc.text == "主动公开\t网站100条\n\t微信20条\n第一行\n第二行续\n"
    assert [a.where for a in doc.origin.anchors] == [
        (("table", 1), ("row", 1)),
        (("table", 1), ("row", 2)),
        (("paragraph", 1),),
    ]


def test_hidden_deleted_and_inserted_runs():
    body = (
        "<w:p><w:r><w:t>公开</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
        "<w:r><w:rPr><w:vanish w:val='0'/></w:rPr><w:t>可见</w:t></w:r>"
        "<w:del w:id='1' w:author='a'><w:r><w:delText>删去</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='a'><w:r><w:t>加上</w:t></w:r></w:ins></w:p>"
    )
    doc = load_word("report.docx", docx_from_body(body))
    assert doc.text == "公开可见加上\n"
    assert [(x.offset, x.kind) for x in doc.origin.leftovers] == [
        (2, "hidden-text"),
        (4, "tracked-change"),
        (4, "tracked-change"),
    ]
