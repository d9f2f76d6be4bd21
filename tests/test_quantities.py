"""The quantity reader: numbers with units, approximations, dates, academic years, breakdowns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from discl_lint.document.years import academic_mentions, report_year_mentions
from discl_lint.text.breakdowns import find_breakdowns
from discl_lint.text.dates import read_dates


def quantities(text):
    from discl_lint.text.quantities import read_quantities

    return [
        (format(q.value.normalize(), "f"), q.unit, q.approximate, text[q.start : q.end])
        for q in read_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("主动公开信息706条", [("706", "条", False, "706条")]),
        ("一百零六件", [("106", "件", False, "一百零六件")]),
        ("十四个部分", [("14", "个", False, "十四个")]),
        ("两千人次", [("2000", "人次", False, "两千人次")]),
        ("１２３项", [("123", "项", False, "１２３项")]),
        # Rounded to a thousand (its parts may add up to 1.3万); money in 万元 is exact.
        ("1.2万人次", [("12000", "人次", True, "1.2万人次")]),
        ("12万人次", [("120000", "人次", False, "12万人次")]),
        ("经费1.5万元", [("1.5", "万元", False, "1.5万元")]),
        ("占8.6%", [("8.6", "%", False, "8.6%")]),
        ("处理率100％", [("100", "%", False, "100％")]),
        ("主动公开信息100余条", [("100", "条", True, "100余条")]),
        ("约300条", [("300", "条", True, "300条")]),
        ("300条以上", [("300", "条", True, "300条")]),
        ("近50项", [("50", "项", True, "50项")]),
        ("超过20件", [("20", "件", True, "20件")]),
        ("日常答复23600余人次", [("23600", "人次", True, "23600余人次")]),
        ("20件左右", [("20", "件", True, "20件")]),
        ("10大类50条", [("10", "大类", False, "10大类"), ("50", "条", False, "50条")]),
        ("教育部令第29号", []),
        ("教办函〔2014〕23号", []),
        ("2022年9月1日", []),
        ("十四五规划", []),
        # Numbers listed before one unit each take it.
        (
            "分别为210、130和80条",
            [("210", "条", False, "210"), ("130", "条", False, "130"), ("80", "条", False, "80条")],
        ),
        (
            "分别为5、2、2件",
            [("5", "件", False, "5"), ("2", "件", False, "2"), ("2", "件", False, "2件")],
        ),
        ("第1、2条", []),
        # Thousands parted by commas are one number; a comma list is not.
        ("1,234条", [("1234", "条", False, "1,234条")]),
        ("经费3,256.8万元", [("3256.8", "万元", False, "3,256.8万元")]),
        ("分别为3,5,7件", [("7", "件", False, "7件")]),
        # A stray ASCII comma in a line of full-width ones parts nothing.
        (
            "共1,250条，其中招生650条,财务600条",
            [
                ("1250", "条", False, "1,250条"),
                ("650", "条", False, "650条"),
                ("600", "条", False, "600条"),
            ],
        ),
        # …unless the line's commas are punctuation (converted to ASCII): then they part numbers.
        (
            "信息357条,其中招生和财务信息分别为12,345条.",
            [("357", "条", False, "357条"), ("345", "条", False, "345条")],
        ),
        ("2023、2024年共20件", [("20", "件", False, "20件")]),
    ],
)
def test_read_quantities(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("2021年9月1日至2022年8月31日", [dt.date(2021, 9, 1), dt.date(2022, 8, 31)]),
        ("2022 年 9 月 1 日", [dt.date(2022, 9, 1)]),
        ("二〇二二年九月一日", [dt.date(2022, 9, 1)]),
        ("２０２２年９月１日", [dt.date(2022, 9, 1)]),
        ("2021-9-1", [dt.date(2021, 9, 1)]),
        ("2021.9.1", [dt.date(2021, 9, 1)]),
        ("2022年6月", [dt.date(2022, 6, 1)]),
        ("202191日至2022831日", [None, None]),
        ("2022年2月30日", [None]),
    ],
)
def test_read_dates_and_unparseable_ones(text, dates):
    assert [m.date for m in read_dates(text)] == dates


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2021-2022学年", [(2021, 2022)]),
        ("2021～2022学年", [(2021, 2022)]),
        ("2021—2022学年度", [(2021, 2022)]),
        ("2021-2022 学年", [(2021, 2022)]),
        ("2021-2021学年度", [(2021, 2021)]),
        ("《关于做好2021-2022学年度报告工作的通知》", []),
    ],
)
def test_academic_years(text, years):
    assert [(m.first, m.last) for m in academic_mentions(text)] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("现编制2021年度信息公开工作年度报告", [2021]),
        ("广西工程职业学院 2022 年信息公开工作报告", [2022]),
        ("根据《教育部办公厅关于做好2022年高校信息公开年度报告工作的通知》", []),
        ("2021年度学校预决算情况", []),
        ("自2010年9月1日起施行", []),
    ],
)
def test_report_year_mentions_skip_titles_and_other_years(text, years):
    assert [m.first for m in report_year_mentions(text, len(text))] == years


def _breakdowns(text):
    return [
        (str(b.total.value), [str(p.quantity.value) for p in b.parts], b.exhaustive)
        for b in find_breakdowns(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "转交信访投诉事项258件，其中省教育厅134件，长沙市教育局124件。",
            [("258", ["134", "124"], False)],
        ),
        ("主动公开信息706条。其中，官网118条，行政文件62号，会议纪要11号，合计6072份。", []),
        ("共受理12件，分别为予以公开8件、部分公开4件。", [("12", ["8", "4"], True)]),
        ("招生信息3件、财务信息4件，合计8件。", [("8", ["3", "4"], True)]),
        ("发布信息300余条，其中招生信息120条，财务信息80条。", []),
        ("共发布164项，其中招标工作24项，占41.6%，其他140项。", [("164", ["24", "140"], False)]),
        ("共收到申请5件，其中予以公开约3件。", []),
        # A second list in one sentence, of a new whole (共…): judged in its own right.
        (
            "召开发布会5场，分别为开学、招生发布会，共发布通稿42篇，其中开学8篇、招生12篇、就业23篇。",
            [("42", ["8", "12", "23"], False)],
        ),
        # …but not when its "total" is a part of the first list.
        (
            "收到申请12件，其中教职工5件、学生7件，结果分别为予以公开8件、部分公开4件。",
            [
                ("12", ["5", "7"], False),
            ],
        ),
        (
            "意见建议35条，分别涉及公开内容19条、公开时效9条、平台建设5条。",
            [
                ("35", ["19", "9", "5"], False),
            ],
        ),
        # One unit after the last number; names first, numbers after 分别为.
        ("主动公开信息420条，分别为210、130和80条。", [("420", ["210", "130", "80"], True)]),
        ("共受理申请9件，其中予以公开、部分公开分别为7、2件。", [("9", ["7", "2"], False)]),
        # A total stated after its parts: back to 其中, not its own clause's count.
        (
            "基本信息58条、招生信息127条、其他信息181条，共计420条。",
            [("420", ["58", "127", "181"], True)],
        ),
        (
            "专栏发布210条，网站发布130条，微信发布90条，三个渠道共计发布420条。",
            [("420", ["210", "130", "90"], True)],
        ),
        ("发布招生信息120条、财务信息60条，连同其他各类信息共计420条。", []),
        ("发布新闻稿58条、通知公告120条，共发布信息420条。", []),
        # Results under a colon are all of them.
        (
            "共收到申请9件，办理结果为：予以公开5件，部分公开2件，告知信息不存在1件。",
            [("9", ["5", "2", "1"], True)],
        ),
        (
            "收到申请9件，已办结8件，办理结果为：予以公开5件，部分公开3件。",
            [("8", ["5", "3"], True)],
        ),
        # …and results listed under 答复如下：, of the count in the sentence before.
        (
            "共收到申请15件。经审查，学校作出答复如下：予以公开9件，部分公开3件，不予公开4件。",
            [("15", ["9", "3", "4"], True)],
        ),
        # …only the whole received: not the last count of the sentence before.
        ("学校共收到申请9件。办理结果为：予以公开5件，部分公开3件。", [("9", ["5", "3"], True)]),
        # …also two sentences back in its paragraph.
        (
            "共收到申请14件。学校延期答复1件。办理结果为：予以公开7件，部分公开7件。",
            [("14", ["7", "7"], True)],
        ),
        # A PDF line break inside 其中 is a space in the prose text.
        ("收到申请15件，其 中予以公开9件，部分公开6件。", [("15", ["9", "6"], False)]),
        # A bracketed note after the total is inside it, not the total.
        (
            "共收到申请12件（含上学年结转2件），其中予以公开7件，部分公开5件。",
            [("12", ["7", "5"], False)],
        ),
        # A change, or a base of comparison, is no part.
        (
            "公开信息420条，其中招生信息127条，比上学年增加29条，较上学年的98条增长29.6%，其他信息293条。",
            [("420", ["127", "293"], False)],
        ),
        # A count carried over from last year is not the whole its 其中 breaks down…
        ("新收申请11件，上学年结转1件，其中予以公开8件，部分公开4件。", []),
        # …but a whole that holds the carried-over ones is.
        (
            "共办理新收和上学年结转的申请12件，其中予以公开8件，部分公开5件。",
            [("12", ["8", "5"], False)],
        ),
        (
            "共受理申请12件，延期答复1件。办理结果如下：予以公开8件，部分公开4件。",
            [("12", ["8", "4"], True)],
        ),
        # What is carried over to next year ends the list of what was finished.
        (
            "已办结18件，其中予以公开10件，部分公开3件，不予公开5件；结转下年度继续办理2件。",
            [("18", ["10", "3", "5"], False)],
        ),
        # The top of a range is no total, and a list of ranges is not one of counts.
        ("学费为每生每学年16800—23800元，其中工科类21800元、经管类18600元。", []),
        ("共收到意见120条，其中涉及收费的30至40条，其他80条。", []),
        # …nor the whole a 其中 in the next sentence breaks down.
        (
            "公开信息126条，较上一学年的101条增长24.8%。其中基本信息94条，其他信息32条。",
            [("126", ["94", "32"], False)],
        ),
        (
            "公开信息126条（上一学年为101条）。其中基本信息94条，其他信息32条。",
            [("126", ["94", "32"], False)],
        ),
        (
            "公开信息126条，比上一学年增加25条。其中基本信息94条，其他信息32条。",
            [("126", ["94", "32"], False)],
        ),
    ],
)
def test_breakdowns(text, expected):
    assert _breakdowns(text) == expected


def test_a_rate_of_change_is_no_share():
    [found] = find_breakdowns(
        "共420条，其中招生信息127条，占30.2%，增加29条，增长29.6%，其他293条。"
    )
    assert [p.share.value if p.share else None for p in found.parts] == [Decimal("30.2"), None]


def test_a_share_of_the_whole_or_after_a_note_rides_with_its_part():
    [found] = find_breakdowns(
        "共收到申请18件，其中予以公开11件，占申请总数的61.1%；"
        "不予公开1件（涉及第三方个人隐私），占5.6%；告知信息不存在6件，占33.3%。"
    )
    assert [str(p.share.value) for p in found.parts if p.share] == ["61.1", "5.6", "33.3"]


def test_shares_ride_with_their_part():
    [found] = find_breakdowns("共164项，其中规章制度14项，占8.6%；其他150项（占91.4%）。")
    assert [p.share.value if p.share else None for p in found.parts] == [
        Decimal("8.6"),
        Decimal("91.4"),
    ]
