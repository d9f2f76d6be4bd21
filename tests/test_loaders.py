"""One report as .txt, .docx, .html (UTF-8 and GB2312) and .pdf: the same findings, each
placed in the original; Word leftovers planted in a .docx give DL412 as well."""

from __future__ import annotations

import io
import json

import pytest

from discl_lint.cli.main import main
from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.runner.extracted import source_of

import build_docx
import build_html
import build_pdf
from conftest import FIXTURES

SEED = FIXTURES / "seeds" / "000_e5d28ad39468d6ea.txt"
TABLE = ["类别\t数量（条）\t占比", "主动公开\t100\t52%", "依申请公开\t8\t4%"]
# Rows that end in a link are table rows, not sentences cut short (DL404).
LINKS = [
    "序号\t清单事项\t栏目链接",
    "1\t学校章程及制定的各项规章制度\thttps://xxgk.example.edu.cn/jbxx/zc.htm",
    "2\t教职工代表大会相关制度、工作报告\thttps://xxgk.example.edu.cn/jbxx/jdh.htm",
]


def _lines() -> list[str]:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    at = lines.index("（二）主动公开信息的内容")
    end = lines.index("（三）信息公开形式")
    return lines[:at] + TABLE + lines[at:end] + LINKS + lines[end:]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("same")
    lines = _lines()
    (folder / "report.txt").write_text("\n".join(lines), encoding="utf-8")
    build_docx.write_report(folder / "report.docx", lines)
    build_docx.write_report(folder / "leftovers.docx", lines, leftovers=True)
    build_html.write_report(folder / "report.html", lines)
    build_html.write_report(folder / "report-gb.htm", lines, charset="gb2312")
    build_pdf.write_report(folder / "report.pdf", lines)
    return folder


def _run(capsys, *argv: str):
    status = main(["--no-cache", "--isolated", "--format", "json", *argv])
    captured = capsys.readouterr()
    return status, json.loads(captured.out), captured.err


def _findings_with_lines(capsys, path):
    _, findings, _ = _run(capsys, str(path))
    registry = build_registry(make_plugin_manager(entry_points=False))
    lines = source_of(str(path), path.read_bytes(), registry).text.split("\n")
    return findings, {(f["rule"], "".join(lines[f["line"] - 1].split())) for f in findings}


def test_every_format_gives_the_findings_of_the_text_report(reports, capsys):
    _, expected = _findings_with_lines(capsys, reports / "report.txt")
    assert len(expected) >= 6
    for name in ("report.docx", "report.html", "report-gb.htm", "report.pdf"):
        _, found = _findings_with_lines(capsys, reports / name)
        # The GB2312 page itself is not UTF-8 (DL001); its text is the report's.
        assert {f for f in found if f[0] != "DL001"} == expected, name
        assert any(f[0] == "DL001" for f in found) is (name == "report-gb.htm"), name


def test_word_leftovers_add_dl412_and_nothing_else(reports, capsys):
    _, expected = _findings_with_lines(capsys, reports / "report.txt")
    findings, found = _findings_with_lines(capsys, reports / "leftovers.docx")
    assert {f for f in found if f[0] != "DL412"} == expected
    messages = sorted(f["message"] for f in findings if f["rule"] == "DL412")
    assert len(messages) == 5
    for part in (
        "未接受的插入",
        "未接受的删除“此句已删除。”",
        "批注“请核实数字”",
        "隐藏文字",
        "_GoBack",
    ):
        assert any(part in m for m in messages), part


def test_docx_findings_name_the_paragraph_or_table_row(reports, capsys):
    from docx import Document

    findings, _ = _findings_with_lines(capsys, reports / "report.docx")
    word = Document(str(reports / "report.docx"))
    paragraphs = [p.text for p in word.paragraphs]
    registry = build_registry(make_plugin_manager(entry_points=False))
    path = reports / "report.docx"
    lines = source_of(str(path), path.read_bytes(), registry).text.split("\n")
    assert all("where" in f for f in findings)
    for f in findings:
        if "paragraph" in f["where"]:
            typed = paragraphs[f["where"]["paragraph"] - 1]
            assert lines[f["line"] - 1].endswith(typed), f


def test_table_rows_are_lines_of_tab_separated_cells(reports):
    registry = build_registry(make_plugin_manager(entry_points=False))
    for name in ("report.docx", "report.html", "report-gb.htm"):
        path = reports / name
        text = source_of(str(path), path.read_bytes(), registry).text
        assert "\n".join(TABLE) in text, name


def test_numbering_is_rendered_and_chrome_left_out(reports):
    registry = build_registry(make_plugin_manager(entry_points=False))
    docx_text = source_of("r.docx", (reports / "report.docx").read_bytes(), registry).text
    assert "\n一、概述\n（一）健全工作体系\n" in docx_text
    assert "\n（二）主动公开信息的内容\n" in docx_text
    for name in ("report.html", "report-gb.htm"):
        text = source_of(name, (reports / name).read_bytes(), registry).text
        assert text.startswith("张家界航空工业职业技术学院\n2022年信息公开工作年度报告\n")
        for chrome in (
            "首页",
            "当前位置",
            "发布时间",
            "浏览次数",
            "打印",
            "关闭",
            "下一篇",
            "版权所有",
        ):
            assert chrome not in text, (name, chrome)


def test_pdf_findings_name_the_page_and_line(reports, capsys):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    path = reports / "report.pdf"
    findings, _ = _findings_with_lines(capsys, path)
    pages = [
        [
            line.get_text().strip()
            for box in page
            if isinstance(box, LTTextContainer)
            for line in box
        ]
        for page in extract_pages(io.BytesIO(path.read_bytes()))
    ]
    registry = build_registry(make_plugin_manager(entry_points=False))
    lines = source_of(str(path), path.read_bytes(), registry).text.split("\n")
    assert any(f["where"]["page"] > 1 for f in findings)
    for f in findings:
        shown = pages[f["where"]["page"] - 1][f["where"]["line"] - 1]
        assert shown in lines[f["line"] - 1], f


def test_a_paragraph_cut_by_a_page_break_is_joined(tmp_path):
    long_line = "学校坚持以公开为常态、不公开为例外，" * 120 + "全面推进信息公开工作。"
    path = build_pdf.write_report(tmp_path / "long.pdf", ["标题", "", long_line])
    registry = build_registry(make_plugin_manager(entry_points=False))
    doc = source_of(str(path), path.read_bytes(), registry).document
    assert long_line in doc.text.split("\n")
    assert {w[0][1] for w in (a.where for a in doc.origin.anchors)} == {1, 2}


def test_a_running_header_is_left_out_and_the_paragraph_it_cut_joined(tmp_path, capsys):
    long_line = "学校坚持以公开为常态、不公开为例外，" * 120 + "全面推进信息公开工作。"
    header = "某某学院2023—2024学年信息公开工作年度报告"
    second = "学校不断完善信息公开工作机制。" * 80
    lines = [header, "", long_line, second]
    path = build_pdf.write_report(tmp_path / "r.pdf", lines, header=header)
    registry = build_registry(make_plugin_manager(entry_points=False))
    doc = source_of(str(path), path.read_bytes(), registry).document
    assert doc.source_text.count(header) == 1  # the title stays
    assert doc.text.split("\n")[1:3] == [long_line, second]
    _, findings, _ = _run(capsys, "--select", "DL404,DL411", str(path))
    assert findings == []


def test_full_sarif_and_cached_json_carry_the_place(reports, capsys):
    import jsonschema

    path = str(reports / "report.pdf")
    main(["--no-cache", "--isolated", "--format", "full", path])
    full = capsys.readouterr().out
    assert "  = in the original: page 1, line 3\n" in full
    main(["--no-cache", "--isolated", "--format", "sarif", path])
    log = json.loads(capsys.readouterr().out)
    schema = json.loads((FIXTURES.parent / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    places = [r["properties"]["place"] for r in log["runs"][0]["results"]]
    assert places
    assert all(p.startswith("page ") for p in places)
    docx = str(reports / "report.docx")
    fresh = [json.loads(line) for line in _jsonl(capsys, docx)]
    cached = [json.loads(line) for line in _jsonl(capsys, docx)]
    assert cached == fresh
    assert all("paragraph" in f["where"] or "table" in f["where"] for f in cached)


def _jsonl(capsys, path):
    main(["--isolated", "--format", "jsonl", path])
    return capsys.readouterr().out.splitlines()


def test_markdown_front_matter_and_comments_are_not_linted(tmp_path, capsys):
    report = tmp_path / "r.md"
    report.write_text(
        "---\ntitle: 某学院2023—2024学年信息公开工作年度报告\ntags: [信息公开, 年度报告]\n---\n\n"
        "# 某学院2023—2024学年信息公开工作年度报告\n\n"
        "统计期限为2023年9月1日至2024年8月31日。本学年共发布信息<!-- 旧稿 -->30条。\n\n"
        "<!--\n三、依申请公开情况\n共收到申请12件，其中予以公开5件，部分公开9件。\n-->\n",
        encoding="utf-8",
    )
    _, findings, _ = _run(capsys, "--select", "DL301,DL408,DL409,DL105", str(report))
    assert findings == []
