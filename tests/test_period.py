"""Reading the statistics period in every phrasing real reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from discl_lint.document.period import find_period

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "本报告中所列数据的统计期限自2021年9月1日起至2022年8月31日止",
            D(2021, 9, 1),
            D(2022, 8, 31),
        ),
        ("统计期限为2021年9月1日到2022年8月31日止", D(2021, 9, 1), D(2022, 8, 31)),
        ("本报告的统计时期为2021年9月1日至2022年8月31日", D(2021, 9, 1), D(2022, 8, 31)),
        ("所列统计数据的时间为2024年9月1日至2025年8月31日", D(2024, 9, 1), D(2025, 8, 31)),
        ("报告中统计数据时间范围为2020年9月1日至2021年8月31日", D(2020, 9, 1), D(2021, 8, 31)),
        (
            "根据2022年9月1日至2023年8月31日信息公开工作的实际情况编写了本年报",
            D(2022, 9, 1),
            D(2023, 8, 31),
        ),
        ("统计期限为2020—2021学年（2020年9月1日到2021年8月31日止）", D(2020, 9, 1), D(2021, 8, 31)),
        ("统计期限为2020—2021学年", D(2020, 9, 1), D(2021, 8, 31)),
        (
            "报告中所列数据的统计期限为 2021 年 9 月 1 日-2022 年 8 月 31 日",
            D(2021, 9, 1),
            D(2022, 8, 31),
        ),
        ("统计期限为二〇二一年九月一日至二〇二二年八月三十一日", D(2021, 9, 1), D(2022, 8, 31)),
        ("统计期限为２０２１年９月１日至２０２２年８月３１日", D(2021, 9, 1), D(2022, 8, 31)),
        ("统计期限为2022年1月1日至12月31日", D(2022, 1, 1), D(2022, 12, 31)),
        ("本报告统计期限为2023年9月1日至次年8月31日", D(2023, 9, 1), D(2024, 8, 31)),
        ("本报告统计期限为2023年9月1日至翌年8月31日", D(2023, 9, 1), D(2024, 8, 31)),
        (
            "本报告数据统计起始日期为2023年9月1日，截止日期为2024年8月31日",
            D(2023, 9, 1),
            D(2024, 8, 31),
        ),
        ("本报告统计时间为2021.9.1-2022.8.31", D(2021, 9, 1), D(2022, 8, 31)),
        ("统计时间为2021-09-01～2022-08-31", D(2021, 9, 1), D(2022, 8, 31)),
        ("统计期限为2019年9月1日—2020年10月31日", D(2019, 9, 1), D(2020, 10, 31)),
        ("统计期限自2022年9月1日起至2022年8月31日止", D(2022, 9, 1), D(2022, 8, 31)),
    ],
)
def test_readable_periods(text, start, end):
    found = find_period(text)
    assert found is not None
    assert found.dates is not None
    assert (found.dates.start, found.dates.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "本报告中所列数据的统计期限为202191日至2022831日。",
        "统计期限为2021年9月1日至2022年2月30日。",
    ],
)
def test_unreadable_periods(text):
    found = find_period(text)
    assert found is not None
    assert found.dates is None


@pytest.mark.parametrize(
    "text",
    [
        "2023年2月份以来，全校主动公开信息706条。截至2023年11月20日，未收到申请。",
        "2022年，我校以习近平新时代中国特色社会主义思想为指导。",
        "招生咨询时间为2022年6月25日至7月10日。",
    ],
)
def test_no_period(text):
    assert find_period(text) is None


def test_span_points_at_the_dates():
    text = "前言。统计期限为2021年9月1日至2022年8月31日。"
    found = find_period(text)
    assert found is not None
    assert found.dates is not None
    start, end = found.dates.span
    assert text[start:end] == "2021年9月1日至2022年8月31日"


@pytest.mark.parametrize(
    ("closing", "signed"),
    [
        ("2024年10月28日", D(2024, 10, 28)),
        ("二〇二四年十月二十八日", D(2024, 10, 28)),
        ("2024.11.6", D(2024, 11, 6)),
        ("2024-11-06", D(2024, 11, 6)),
        ("2024/11/06", D(2024, 11, 6)),
        ("发布时间：2024年11月12日", D(2024, 11, 12)),
        ("2024-11.06", None),  # two separators: no date
    ],
)
def test_closing_dates(closing, signed):
    from discl_lint.document.signature import signature
    from discl_lint.page.reading import build

    found = signature(build("r.txt", f"一、概述\n学校坚持依法公开。\n\n某某学院\n{closing}\n"))
    assert (found[0] if found else None) == signed


@pytest.mark.parametrize(
    "text",
    [
        # Last year's report, named with its dates before this year's period.
        "学院已于2023年10月在专栏公布了2022年9月1日至2023年8月31日的年度报告。"
        "本报告统计期限为2023年9月1日至2024年8月31日。",
        # An event's months, and its statistics, before the period.
        "2023年12月至2024年6月，学院开展专项整改，整改期间统计数据每月通报。"
        "本报告统计期限为2023年9月1日至2024年8月31日。",
    ],
)
def test_the_statement_that_names_a_year_wins_over_a_range_met_before_it(text):
    found = find_period(text)
    assert found is not None
    assert found.dates is not None
    assert (found.dates.start, found.dates.end) == (dt.date(2023, 9, 1), dt.date(2024, 8, 31))


def test_a_short_named_period_is_the_period_when_no_other_is_stated():
    found = find_period("本报告统计期限为2023年9月1日至2024年6月30日。学校共召开会议3次。")
    assert found is not None
    assert found.dates is not None
    assert found.dates.end == dt.date(2024, 6, 30)
