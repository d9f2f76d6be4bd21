from __future__ import annotations

import pytest

from discl_lint.text.numerals import display, han_to_int, read_numbering


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十四", 14),
        ("二十", 20),
        ("三十一", 31),
        ("一百零六", 106),
        ("两千", 2000),
        ("二〇二二", 2022),
        ("甲", None),
        ("", None),
    ],
)
def test_han_to_int(text, value):
    assert han_to_int(text) == value


@pytest.mark.parametrize(
    ("line", "family", "value", "style"),
    [
        ("一、概述", "han", 1, "、"),
        ("     一、概述", "han", 1, "、"),
        ("\u3000\u3000二、主动公开情况", "han", 2, "、"),
        ("\u00a0三、依申请公开", "han", 3, "、"),
        ("一 、概述", "han", 1, "、"),
        ("一,概述", "han", 1, "、"),  # 、 converted to a comma
        ("七，其他需要报告的事项", "han", 7, "、"),
        ("二丶主动公开情况", "han", 2, "、"),  # OCR read 、 as 丶
        ("（一）健全工作体系", "paren-han", 1, "full"),
        ("③建立栏目巡查制度", "circled", 3, "."),
        ("(一)主动公开信息的数量", "paren-han", 1, "half"),
        ("（十二）其他", "paren-han", 12, "full"),
        ("1.通过学校官网", "arabic", 1, "."),
        ("8、其他形式实施公开。", "arabic", 8, "、"),
        ("10. 其他依照法律法规", "arabic", 10, "."),
        ("（1） 进一步完善", "paren-arabic", 1, "full"),
        ("第三部分 依申请公开", "part", 3, "part"),
        ("[bookmark: _GoBack]2.信息公开意识", "arabic", 2, "."),
        ("## 一、概述", "han", 1, "、"),
    ],
)
def test_read_numbering(line, family, value, style):
    token = read_numbering(line)
    assert token is not None
    assert (token.family, token.value, token.style) == (family, value, style)


@pytest.mark.parametrize(
    "line",
    [
        "2022年，我校以习近平新时代中国特色社会主义思想为指导",
        "一是学校基本情况",
        "1.2万人次参加",
        "2022.9.1起施行",
        "十四五规划",
        "",
        # A comma after a numeral in a sentence: March and April, not a heading.
        "三，四月份，学校组织开展了信息公开专项自查。",
        "四,五月间学校组织师生评议.",
    ],
)
def test_not_numbering(line):
    assert read_numbering(line) is None


def test_display():
    assert display("han", 6) == "六、"
    assert display("paren-han", 1, "full") == "（一）"
    assert display("circled", 3) == "③"
    assert display("paren-han", 11, "half") == "(十一)"
    assert display("arabic", 8, ".") == "8."
