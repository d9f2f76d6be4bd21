"""Reading web pages: the charset, whitespace as a browser shows it, the article found."""

from __future__ import annotations

import pytest

from discl_lint.loaders.web import decode_page, decoded_page, load_web_page
from discl_lint.loaders.web_text import is_chrome_line

import build_html

LINES = ["某某大学2022年信息公开工作年度报告", "一、概述", "学校高度重视信息公开工作。"]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("<meta charset='gbk'><p>学校</p>".encode("gbk"), "学校"),
        ("<p>没有声明编码的国标页面</p>".encode("gb18030"), "没有声明编码的国标页面"),
        ("<p>没有声明编码的页面</p>".encode(), "没有声明编码的页面"),
        (b"\xef\xbb\xbf<meta charset='gb2312'><p>\xe5\xad\xa6</p>", "学"),  # the BOM wins
    ],
)
def test_charset_from_bom_meta_or_bytes(data, text):
    assert text in decode_page(data)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("<meta charset='gbk'><p>学校</p>".encode("gbk"), "gb18030"),
        ("<p>没有声明编码的国标页面</p>".encode("gb18030"), "gb18030"),
        ("<p>学校</p>".encode(), "utf-8"),
        (b"\xef\xbb\xbf<p>\xe5\xad\xa6</p>", "utf-8"),
        ("\ufeff<p>学校</p>".encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_a_page_tells_the_encoding_it_was_read_in(data, encoding):
    assert decoded_page(data)[1] == encoding


def test_a_gb2312_page_is_reported_as_not_utf8(tmp_path, capsys):
    from discl_lint.cli.main import main

    page = tmp_path / "r.html"
    page.write_bytes(build_html.page(LINES, "gb2312"))
    assert main(["--isolated", "--no-cache", "--select", "DL001", str(page)]) == 0
    assert "r.html:1:1: info DL001 文件不是 UTF-8 编码，已按 GB18030" in capsys.readouterr().out


def test_a_table_of_a_page_is_no_paragraph(tmp_path, capsys):
    from discl_lint.cli.main import main

    rows = "".join(
        f"<tr><td>{i}</td><td>清单事项{i}</td><td>已公开</td><td>https://x.example.edu.cn/{i}.htm</td></tr>"
        for i in range(1, 6)
    )
    page = tmp_path / "r.html"
    body = "<p>学校认真做好信息公开工作，逐项公开清单事项。</p>"
    page.write_text(f"<div class='content'>{body}<table>{rows}</table></div>", encoding="utf-8")
    main(["--isolated", "--no-cache", "--select", "DL404", str(page)])
    assert "DL404" not in capsys.readouterr().out


def test_undeclared_gb2312_page_reads_as_the_declared_one():
    declared = load_web_page("a.html", build_html.page(LINES, "gb2312"))
    undeclared = load_web_page("b.html", build_html.page(LINES, "gb2312", declare=False))
    assert undeclared.text == declared.text
    assert declared.text == "\n".join(LINES) + "\n"


def test_line_breaks_in_source_between_chinese_disappear():
    page = "<body><div class='content'><p>学校高度\n   重视信息公开，\n共 100 条。<br>下一行</p></div></body>"
    assert (
        load_web_page("a.html", page.encode()).text == "学校高度重视信息公开，共 100 条。\n下一行\n"
    )


def test_chrome_like_lines_inside_the_body_are_kept():
    paragraph = "学校坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。"
    body = ["某某大学2022年信息公开工作年度报告", *(f"{n}.{paragraph}" for n in range(8))]
    body.insert(5, "来源：学校信息公开网；时间：2022年10月")
    text = load_web_page("a.html", build_html.page(body)).text
    assert "来源：学校信息公开网；时间：2022年10月" in text


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("发布时间：2022-10-28 浏览次数：128", True),
        ("【打印】【关闭】", True),
        ("上一篇：关于公布年度报告的通知", True),
        ("当前位置：首页 > 年度报告", True),
        ("作者：党政办 时间：2022-10-28", True),
        ("学校通过官网主动公开信息100余条，打印材料发放至各学院。", False),
        ("时间：2022年9月1日至2023年8月31日", False),
    ],
)
def test_chrome_lines(line, chrome):
    assert is_chrome_line(line) is chrome


def _top_titles(html: str) -> list[str]:
    doc = load_web_page("r.html", f"<html><body><div>{html}</div></body></html>".encode())
    return [h.title for h in doc.top_headings]


def test_unnumbered_h2_headings_are_the_sections_above_numbered_paragraphs():
    sections = "".join(
        f"<h2>{name}</h2><p>一、第一点。</p><p>二、第二点。</p>"
        for name in ("概述", "主动公开情况", "依申请公开和不予公开情况")
    )
    assert _top_titles(sections) == ["概述", "主动公开情况", "依申请公开和不予公开情况"]


def test_numbered_marks_on_sub_headings_alone_leave_numbering_to_rank():
    # <h3> on the （一） headings only, the 一、 sections left as paragraphs
    sections = "".join(
        f"<p>{n}、{name}</p><h3>（一）工作机制</h3><h3>（二）队伍建设</h3>"
        for n, name in zip(
            "一二三", ("概述", "主动公开情况", "依申请公开和不予公开情况"), strict=True
        )
    )
    assert _top_titles(sections) == ["概述", "主动公开情况", "依申请公开和不予公开情况"]
