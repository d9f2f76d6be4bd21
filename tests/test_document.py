from __future__ import annotations

import pytest

from discl_lint.document.structure import build
from discl_lint.loaders.markdown import load_markdown


def test_lines_and_positions_handle_every_line_ending():
    doc = build("r.txt", "一、概述\r\n第二行\r第三行\n末行")
    assert [line.text for line in doc.lines] == ["一、概述", "第二行", "第三行", "末行"]
    assert doc.position(doc.text.index("三")) == (3, 2)
    assert doc.position(len(doc.text)) == (4, 3)


def test_columns_count_code_points_not_bytes():
    doc = build("r.txt", "统计期限[bookmark: _GoBack]")
    assert doc.position(doc.text.index("[")) == (1, 5)


def test_short_numbered_lines_are_headings_and_long_ones_list_items():
    text = (
        "一、概述\n"
        "（一）健全组织机构，完善工作机制。学校高度重视信息公开工作，根据上级文件精神调整领导小组。\n"
        "（二）完善信息公开工作机制，落实信息公开制度\n"
        "1、信息公开工作是深化高校校务公开，推进高校民主管理、依规办学、依法治校的重要途径，学校各级领导高度重视。\n"
    )
    doc = build("r.txt", text)
    assert [h.title for h in doc.headings] == ["概述", "完善信息公开工作机制，落实信息公开制度"]
    assert len(doc.numbered) == 4


def test_top_headings_prefer_the_highest_rank_with_three_headings():
    text = "标题\n一、概述\n（一）机制\n二、主动公开情况\n（一）数量\n三、依申请公开情况\n"
    doc = build("r.txt", text)
    assert [h.title for h in doc.top_headings] == ["概述", "主动公开情况", "依申请公开情况"]
    assert doc.preamble_end == text.index("一、")


def test_markdown_headings_keep_their_numbering():
    text = (
        "# 年度报告\n\n前言。\n\n## 一、概述\n\n正文\n\n## 二、主动公开情况\n\n## 三、依申请公开\n"
    )
    doc = load_markdown("r.md", text)
    assert [(h.line.number, h.title) for h in doc.top_headings] == [
        (5, "概述"),
        (9, "主动公开情况"),
        (11, "依申请公开"),
    ]


def test_unnumbered_markdown_headings_rank_by_level():
    text = "# 报告\n## 概述\n## 主动公开情况\n## 依申请公开和不予公开情况\n"
    doc = load_markdown("r.md", text)
    # The title (the one # heading, first) is no section.
    assert [h.title for h in doc.top_headings] == [
        "概述",
        "主动公开情况",
        "依申请公开和不予公开情况",
    ]


def test_markdown_heading_levels_rank_before_numbering():
    text = "# 报告\n## 概述\n### 1. 工作机制\n### 2. 平台建设\n## 主动公开情况\n## 其他需要报告的事项\n"
    doc = load_markdown("r.md", text)
    assert [h.title for h in doc.top_headings] == ["概述", "主动公开情况", "其他需要报告的事项"]


@pytest.mark.parametrize(
    "heading", ["{n}、{t}：", "**{n}、{t}**", "__{n}、{t}__"], ids=["colon", "bold", "underscores"]
)
def test_numbered_paragraphs_of_a_markdown_report_are_headings(heading):
    titles = ["概述", "主动公开情况", "依申请公开和不予公开情况"]
    lines = [
        heading.format(n=n, t=t) + "\n\n学校认真做好信息公开工作。\n"
        for n, t in zip("一二三", titles, strict=True)
    ]
    doc = load_markdown("r.md", "# 某大学信息公开工作年度报告\n\n" + "\n".join(lines))
    assert [h.title.rstrip("：") for h in doc.top_headings] == titles


def test_text_paragraphs_are_non_blank_lines():
    doc = build("r.txt", "一、概述\n\n学校高度重视。\n  \n二、主动公开情况\n")
    assert [p.lines[0].number for p in doc.paragraphs] == [1, 3, 5]


def test_markdown_paragraphs_span_their_lines():
    doc = load_markdown("r.md", "# 标题\n\n第一段第一行\n第一段第二行\n\n第二段\n")
    assert [(p.lines[0].number, p.lines[-1].number) for p in doc.paragraphs] == [(3, 4), (6, 6)]


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "discl_lint", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("discl-lint ")


def test_an_attachments_own_numbered_items_are_not_sections():
    text = (
        "一、概述\n正文。\n二、主动公开情况\n正文。\n三、其他需要报告的事项\n无。\n"
        "附件：清单事项公开情况表\n一、基本信息（6条）\n二、招生考试信息（9条）\n"
    )
    doc = build("r.txt", text)
    assert [h.title for h in doc.top_headings] == ["概述", "主动公开情况", "其他需要报告的事项"]
    assert doc.section_title(text.index("招生考试")) == "其他需要报告的事项"


def test_a_section_run_into_its_first_sentence_fills_the_gap_in_the_numbering():
    text = (
        "一、概述\n本学年……\n二、主动公开情况\n主动公开信息120条。\n"
        "三、依申请公开和不予公开情况 本学年共收到信息公开申请2件，均已在规定期限内答复申请人。\n"
        "四、对信息公开的评议情况\n师生总体满意。\n"
        "五、因学校信息公开工作受到举报、复议、诉讼的情况。本学年未发生此类情况。\n"
        "六、本学年学校信息公开工作的新做法、新举措、主要经验以及存在的主要问题和下一步改进措施\n"
        "七、其他需要报告的事项：无。\n"
    )
    titles = [h.title for h in build("r.txt", text).top_headings]
    assert titles == [
        "概述",
        "主动公开情况",
        "依申请公开和不予公开情况",
        "对信息公开的评议情况",
        "因学校信息公开工作受到举报、复议、诉讼的情况",
        "本学年学校信息公开工作的新做法、新举措、主要经验以及存在的主要问题和下一步改进措施",
        "其他需要报告的事项：无。",
    ]


def test_a_numbered_sentence_out_of_the_sections_order_stays_a_list_item():
    text = (
        "一、概述\n"
        "二、加强组织领导。学校成立信息公开工作领导小组，统筹推进各项工作。\n"
        "二、主动公开情况\n三、依申请公开和不予公开情况\n"
    )
    titles = [h.title for h in build("r.txt", text).top_headings]
    assert titles == ["概述", "主动公开情况", "依申请公开和不予公开情况"]
