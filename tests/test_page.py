"""Reading the page: chrome, tables, line width, inline headings, look-alikes, punctuation."""

from __future__ import annotations

from pathlib import Path

import pytest

from discl_lint.document.prose import prose_text
from discl_lint.document.structure import Document
from discl_lint.page.chrome import chrome_line
from discl_lint.page.layout import page_of
from discl_lint.page.lookalikes import lookalike_spans
from discl_lint.page.punctuation import punctuation_of
from discl_lint.page.reading import build
from discl_lint.page.tables import table_lines
from discl_lint.page.width import wrap_width
from discl_lint.text.history import names_the_past


@pytest.mark.parametrize(
    "line",
    [
        "当前位置：首页 > 信息公开 > 正文",
        "您的位置：首页 >> 信息公开 >> 年度报告",
        "南湖师范学院 » 信息公开 » 信息公开年度报告",
        "当前位置:首页->信息公开->正文",
        "首页 | 学校概况 | 信息公开目录 | 联系我们",
        "发布时间：2022-11-17 14:32  作者：管理员  浏览次数：2046",
        "来源：党委办公室  点击：312",
        "[2023-10-28] 发布单位：校长办公室",
        "• 索引号：330100-0022/2023-00153",
        "• 文 号：临职院办〔2023〕41号",
        "打印本页 关闭窗口",
        "【打印】【关闭】",
        "字号：大 中 小",
        "上一篇：2021-2022学年信息公开工作年度报告",
        "版权所有 © 临江职业技术学院  浙ICP备12345678号",
        "                      - 2 -",
        "第 3 页 共 12 页",
        "【字体：大 中 小】 【打印本页】 【关闭窗口】",
        "您是本站第 1286543 位访问者   访问量：1286543",
        "相关文章",
        "【上一篇】2022-2023学年信息公开工作年度报告",
        "发文日期：2024年10月30日　　有效性：有效",
        "主办：临江职业技术学院　承办：学校办公室",
        "地址：临江市学府路8号　邮编：318000　联系电话：0576-88123456",
        "一、概述……………………………………………………………1",
        "三、依申请公开和不予公开情况..........................4",
        "首页 · 学校概况 · 机构设置 · 信息公开 · 联系我们",
        "微信扫一扫 分享到朋友圈",
        "扫一扫在手机上查看当前页面",
        "湘西南工业职业技术学院2023-2024学年清单事项公开情况表（附栏目链接）.docx",
        "信息公开申请表.xlsx (下载次数：128)",
        'HYPERLINK \\l "_Toc180211002" 第二部分 主动公开情况\tPAGEREF _Toc180211002 \\h 2',
        # A WeChat article copied with its follow prompt, byline and buttons.
        "点击上方蓝字 关注我们",
        "原创 党政办公室 湘水幼专 2025年10月29日 17:30 湖南",
        "往期推荐",
        "阅读原文",
        "分享 收藏 点赞 在看",
    ],
)
def test_chrome_lines(line):
    assert chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "一、概述",
        "（二）主动公开信息的内容",
        "联系电话：0576-88123456",
        "资金来源：财政拨款和学校自筹。",
        "学校通过官网发布信息，关闭了过时的栏目。",
        "临江职业技术学院2022-2023学年信息公开工作年度报告",
        "2023年10月27日",
        "本学年信息公开专栏访问量达12.6万人次。",
        "相关文章均已在信息公开专栏发布",
        "字体规范按照学校公文格式执行。",
        "受理地址：行政楼201室，联系电话：0576-88123456。",
        "2023年主动公开信息……共计1",
        "本学年召开专题会议3次……",
        "中国·北京 学府路8号",
        "附件：清单事项公开情况表",
        "学校修订了《信息公开工作细则》，详见附件2.pdf。",
        "学校官方微信公众号推送信息215篇，阅读量12万人次，点赞数3200次。",
        "学校办公室 2025年10月29日",
    ],
)
def test_report_lines_are_not_chrome(line):
    assert not chrome_line(line)


def _blocks(text: str) -> list[tuple[str, str]]:
    doc = build("r.txt", text)
    return [(b.kind, doc.source_text[b.start : b.end]) for b in page_of(doc).blocks]


def test_the_site_name_above_the_breadcrumb_and_a_repeated_title_are_chrome():
    text = (
        "某某学院信息公开网\n当前位置：首页 > 信息公开 > 正文\n"
        "某某学院2022-2023学年信息公开工作年度报告\n发布时间：2023-10-27  浏览次数：12\n"
        "某某学院2022-2023学年信息公开工作年度报告\n　　学校坚持依法公开。\n"
    )
    assert _blocks(text) == [
        ("chrome", "某某学院信息公开网"),
        ("chrome", "当前位置：首页 > 信息公开 > 正文"),
        ("chrome", "发布时间：2023-10-27  浏览次数：12"),
        ("chrome", "某某学院2022-2023学年信息公开工作年度报告"),
    ]
    doc = build("r.txt", text)
    assert doc.text.index("某某学院2022") == text.index("某某学院2022")  # the first title stays
    assert len(doc.text) == len(text)
    assert doc.source_text == text


def test_a_running_header_is_chrome_from_its_first_page_on():
    header = "某某学院2022-2023学年信息公开工作年度报告"
    body = "　　学校坚持依法公开，完善工作机制，" + "落实清单事项，" * 3 + "\n"
    text = (
        "某某学院\n2022-2023学年信息公开工作年度报告\n"
        + body * 4
        + f"第 1 页 共 3 页\n{header}\n"
        + body * 4
        + f"第 2 页 共 3 页\n{header}\n"
        + body
    )
    chrome = [s for kind, s in _blocks(text) if kind == "chrome"]
    assert chrome == ["第 1 页 共 3 页", header, "第 2 页 共 3 页", header]
    # …also with blank lines around the page number.
    spaced = text.replace("第 1 页 共 3 页\n", "\n- 1 -\n\n")
    chrome = [s for kind, s in _blocks(spaced) if kind == "chrome"]
    assert chrome[:2] == ["- 1 -", header]


def test_inline_chrome_of_a_page_saved_on_one_line():
    text = (
        "当前位置：首页 > 信息公开 > 正文 学院2022-2023学年信息公开工作年度报告 "
        "发布时间：2023-10-30  浏览次数：733 "
        + "学校坚持依法公开，完善工作机制。" * 10
        + " 打印本页 关闭窗口\n"
    )
    kinds = _blocks(text)
    assert [k for k, _ in kinds] == ["chrome"] * 4
    assert [s.strip() for _, s in kinds] == [
        "当前位置：首页 > 信息公开 > 正文",
        "发布时间：2023-10-30  浏览次数：733",
        "打印本页",
        "关闭窗口",
    ]


def test_tables_of_every_shape():
    text = (
        "　　具体如下表。\n"
        "| 序号 | 类别 | 公开网址 |\n| 1 | 基本信息 | https://xxgk.example.edu.cn/ |\n"
        "类别\t条数\n招生信息\t96\n"
        "项目          数量\n收到申请      3\n"
        "序号\n类别\n人数\n1\n专任教师\n430\n"
        "　　以上数据截至2023年8月31日。\n"
        "引  言\n"
    )
    lines = Document.split_lines(text)
    assert sorted(table_lines(lines)) == list(range(1, 13))


def test_columns_aligned_with_full_width_spaces_are_a_table_and_headings_are_not():
    text = (
        "概　　述\n"
        "　　学校高度重视信息公开工作。\n"
        "类别　　　　　　条数\n基本信息　　　　146\n合　　计　　　　146\n"
        "　　以上数据截至2023年8月31日。\n"
    )
    assert sorted(table_lines(Document.split_lines(text))) == [2, 3, 4]


def test_a_sidebar_of_one_pipe_rows_is_a_table_but_one_such_line_is_not():
    rows = "办公地点 | 行政楼203室\n联系电话 | 0573-82345678\n"
    assert table_lines(Document.split_lines(rows)) == {0, 1}
    assert table_lines(Document.split_lines("学校信息公开 | 年度报告\n")) == set()


def test_a_row_of_three_cells_may_hold_a_long_one():
    item = "办学规模、校级领导班子简介及分工、学校机构设置、学科情况、专业情况、各类在校生情况等办学基本情况"
    text = (
        "序号\t清单事项\t公开情况\t公开网址\n"
        f"1\t{item}\t已公开\thttps://xxgk.example.edu.cn/1\n"
        "　　学校全年主动公开信息1274条。\n"
        f"学校{item}\t已公开\n"
    )
    assert table_lines(Document.split_lines(text)) == {0, 1}


def test_cells_parted_by_single_full_width_spaces_are_a_table():
    text = (
        "序号　清单事项　公开情况　公开网址\n"
        "１　学校章程及制定的各项规章制度　已公开　https://xxgk.example.edu.cn/2\n"
        "２　教职工代表大会相关制度、工作报告　已公开　https://xxgk.example.edu.cn/3\n"
        "　　学校全年主动公开信息１２７４条，其中　招生信息　３００条。\n"
    )
    assert table_lines(Document.split_lines(text)) == {0, 1, 2}


def test_a_contents_row_whose_page_is_a_field_error_is_a_row():
    text = (
        "目录\n第五部分　举报、复议、诉讼的情况\t4\n"
        "第六部分　存在的主要问题和改进措施\t错误！未定义书签。\n第七部分　其他需要报告的事项\t5\n"
        "　　学校全年主动公开信息1274条。\n"
    )
    assert table_lines(Document.split_lines(text)) == {1, 2, 3}
    # …and so does one whose page a fix removed (an empty last cell).
    assert table_lines(Document.split_lines(text.replace("错误！未定义书签。", ""))) == {1, 2, 3}


PDF = (
    "　　根据《教育部办公厅关于做好2023年高校信息公开年度报告工作\n"
    "的通知》要求，现将学校2022-2023学年信息公开工作情况报告如下。\n"
    "本报告所列数据的统计期限和统计口径均为2022年9月1日至2023年\n"
    "8月31日。\n"
    "一、概述\n"
    "　　学校坚持以公开为常态、不公开为例外的原则，健全信息公开工作\n"
    "领导小组统一领导、党政办公室统筹协调、各部门各负其责的工作机\n"
    "制，本学年召开领导小组会议3次，专题研究信息公开重点工作。\n"
)


def test_a_pdf_transcript_has_a_line_width_and_its_paragraphs_are_rejoined():
    doc = build("r.txt", PDF)
    assert page_of(doc).wrap is not None
    assert 56 <= page_of(doc).wrap <= 62
    assert [len(p.lines) for p in doc.paragraphs] == [4, 1, 3]
    assert "2023年 8月31日" in prose_text(doc)


def test_related_links_under_their_heading_are_chrome():
    body = "　　学校坚持依法公开，完善工作机制。\n" * 6
    text = (
        f"一、概述\n{body}上一篇：某某学院2021-2022学年信息公开工作年度报告\n"
        "相关文章\n· 某某学院2020-2021学年信息公开工作年度报告\n· 某某学院信息公开实施细则\n"
        "· 学校继续推进公开，做到应公开尽公开。\n"
    )
    chrome = [t for kind, t in _blocks(text) if kind == "chrome"]
    assert chrome == [
        "上一篇：某某学院2021-2022学年信息公开工作年度报告",
        "相关文章",
        "· 某某学院2020-2021学年信息公开工作年度报告",
        "· 某某学院信息公开实施细则",
    ]


def test_unbulleted_related_links_are_chrome_when_they_run_on_to_the_footer():
    body = "　　学校坚持依法公开，完善工作机制。\n" * 6
    links = "某某学院2022-2023学年信息公开工作年度报告\n某某学院2021-2022学年信息公开工作年度报告\n"
    footer = "版权所有 © 某某学院  湘ICP备09012345号\n"
    chrome = [
        t for kind, t in _blocks(f"一、概述\n{body}相关文章\n{links}{footer}") if kind == "chrome"
    ]
    assert chrome[1:3] == links.splitlines()
    # Followed by report text, the lines are the report's.
    text = f"一、概述\n{body}相关文章\n{links}二、主动公开情况\n{body}"
    assert [t for kind, t in _blocks(text) if kind == "chrome"] == ["相关文章"]


def test_a_contents_list_without_page_numbers_is_chrome_when_its_titles_stand_below():
    titles = ["一、概述", "二、主动公开情况", "三、依申请公开和不予公开情况"]
    body = "".join(f"{t}\n　　学校认真做好信息公开工作，不断完善工作机制。\n" for t in titles)
    text = "某大学信息公开工作年度报告\n目录\n" + "\n".join(titles) + "\n\n" + body
    chrome = [t for kind, t in _blocks(text) if kind == "chrome"]
    assert chrome == ["目录", *titles]
    # Without the sections below, the lines under 目录 are the report's own.
    alone = "某大学信息公开工作年度报告\n目录\n" + "\n".join(titles) + "\n"
    assert [t for kind, t in _blocks(alone) if kind == "chrome"] == []


def test_a_sentence_cut_by_a_page_break_runs_on_in_the_prose_text():
    wrapped = "学校坚持以公开为常态、不公开为例外，完善工作机制，及时更新栏目内容，"
    page = (wrapped + "\n") * 3
    text = (
        f"一、概述\n{page}本学年共主动公开信息678条，其中招生考试信息152条，财务资产及收费信\n"
        f"\n- 1 -\n\n息64条。\n二、主动公开情况\n{page}学校持续推进公开。\n"
    )
    doc = build("r.txt", text)
    prose = prose_text(doc)
    assert len(prose) == len(doc.text)
    assert "收费信" + " " * (prose.index("息64条") - prose.index("收费信") - 3) + "息64条" in prose
    assert "\n二、主动公开情况" in prose  # a heading is never run into


def test_lines_that_are_paragraphs_are_never_run_together():
    text = "一、概述\n学校主动公开信息\n\n基本信息：58条\n招生考试信息：127条\n合计：185条\n"
    doc = build("r.txt", text)
    assert prose_text(doc) == doc.text


def test_lines_that_are_paragraphs_have_no_line_width():
    text = (
        "一、概述\n" + "学校坚持依法公开，完善信息公开工作机制，及时更新栏目内容。" * 4 + "\n" * 2
    )
    lines = Document.split_lines(text * 4)
    assert wrap_width(lines, set()) is None
    assert all(len(p.lines) == 1 for p in build("r.txt", text * 4).paragraphs)


def test_headings_inside_a_page_saved_on_one_line():
    body = "学校坚持依法公开，不断完善工作机制，全面提升信息公开工作水平。" * 3
    text = f"报告 一、概述 {body} 1.平台全面升级。 {body} 二、主动公开情况 {body} 三、依申请公开情况 {body}\n"
    doc = build("r.txt", text)
    assert [h.title for h in doc.headings] == [
        "概述",
        "平台全面升级。",
        "主动公开情况",
        "依申请公开情况",
    ]
    assert doc.preamble_end == text.index("一、")
    plain = build("r.txt", f"学校 {body} 发布信息 1262 条，{body}\n")
    assert plain.headings == ()


def _sheltered(text: str, fragment: str) -> bool:
    doc = build("r.txt", text)
    return lookalike_spans(doc).covers(text.index(fragment))


@pytest.mark.parametrize(
    ("text", "space_before"),
    [
        ("网址：https://xxgk.example.edu.cn/ ，欢迎访问。", " ，"),
        ("手机版：//m.example.cn/xxgk/ 。", " 。"),
        ("受理时间：工作日 9:00-11:00，节假日除外。", " 9:00"),
        ("咨询电话 0571-86001234，欢迎来电。", " 0571"),
        ("邮箱 xxgk@example.edu.cn 。", " 。"),
        ("贯彻《中共中央办公厅 国务院办公厅关于全面推进政务公开工作的意见》。", " 国务院"),
    ],
)
def test_look_alikes_shelter_their_spaces(text, space_before):
    assert _sheltered(text, space_before)


def test_a_stray_space_is_no_look_alike():
    assert not _sheltered("学校修订信息公开工作 实施细则。", " 实施")
    assert not _sheltered("按照《高等学校 信息公开办法》要求。", " 信息")


def test_the_lost_line_ends_of_a_pdf_saved_on_one_line():
    lines = [
        ("学校坚持依法公开完善信息公开工作机制及时更新栏目内容" * 2)[: 28 + i % 3]
        for i in range(12)
    ]
    text = " ".join(lines) + "\n"
    doc = build("r.txt", text)
    spans = lookalike_spans(doc)
    ends = [i for i, ch in enumerate(text) if ch == " "]
    assert all(spans.covers(i) for i in ends)


def test_converted_punctuation_is_one_regime_and_brackets_pair_together():
    text = "学校坚持依法公开,完善机制;加强监督:一是培训(每学期一次),二是考核(2023).\n(一)工作机制\n"
    found = punctuation_of(build("r.txt", text))
    assert found.converted
    marked = {text[m] for m in found.marks}
    assert marked == {",", ";", ":", "(", ")"}
    assert text.index("(2023)") + 5 in found.marks  # the closer of a pair whose opener counts
    assert text.rindex("(一)") not in found.marks  # a line-opening (一) is numbering


def test_a_few_ascii_marks_in_full_width_text_are_not_a_conversion():
    text = "学校坚持依法公开，完善机制，加强监督,接受社会评议；公开信息（含通知）300条。\n"
    found = punctuation_of(build("r.txt", text))
    assert not found.converted
    assert len(found.marks) == 1


@pytest.mark.parametrize(
    ("sentence", "year", "past"),
    [
        ("2012—2013学年以来，学校连续编制报告。", "2012—2013学年", True),
        ("与2021-2022学年相比，数量增长12%。", "2021-2022学年", True),
        ("上一学年（2021-2022学年）公开的数据显示。", "2021-2022学年", True),
        ("学校2021-2022学年信息公开工作年度报告已于2022年10月公布。", "2021-2022学年", True),
        ("2021-2022学年，学校发布信息386条。", "2021-2022学年", False),
        ("现将学校2021-2022学年信息公开工作年度报告公布如下。", "2021-2022学年", False),
        ("2022—2023学年召开专题会议28次，本学年召开31次。", "2022—2023学年", True),
        (
            "学校编制了反映2022—2023学年工作情况的报告，本学年共发布信息60条。",
            "2022—2023学年",
            False,
        ),
    ],
)
def test_years_that_name_the_past(sentence, year, past):
    start = sentence.index(year)
    assert names_the_past(sentence, start, start + len(year)) is past


def test_show_text_marks_what_the_rules_skip(capsys):
    from discl_lint.cli.main import main

    corpus = Path(__file__).parent / "corpus"
    assert main(["--show-text", str(corpus / "01_web_chrome.txt")]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[:3] == [
        "‹chrome› 临江职业技术学院信息公开网",
        "‹chrome› 首页 | 学校概况 | 信息公开目录 | 依申请公开 | 年度报告 | 联系我们",
        "‹chrome› 当前位置：首页 > 信息公开 > 年度报告 > 正文",
    ]
    assert shown[3] == "临江职业技术学院2022-2023学年信息公开工作年度报告"
    main(["--show-text", str(corpus / "09_one_line_page.txt")])
    assert capsys.readouterr().out.startswith("⟦当前位置：首页 > 信息公开 > 正文 ⟧北溪职业学院")
    main(["--show-text", str(corpus / "20_table_blocks.txt")])
    assert "‹table› 类别\t条数\t占比" in capsys.readouterr().out.splitlines()
