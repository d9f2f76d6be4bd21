"""The pattern prefilter only ever says "cannot match": results stay exact."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discl_lint.text.regex import LazyRegex

PATTERNS = [
    r"\[bookmark:[^\]\n]*\]",
    r"待补充|待填写?|此处填写",
    r"[\u4e00-\u9fff](?P<span>[ \u00a0]+)(?=[0-9A-Za-z])",
    r"\?\?\?+|？？？+",
    r"(?<=〔\d{4}〕)(?:\s+\d+\s*号|\d+\s+号)",
    r"清单》?所列(?!(?:50|五十)\s*[条项])(?:\d+|[一二三四五六七八九十]+)\s*[条项]",
    r"(?:and|or)?x",
    r"a*",
]


def needles(pattern: str, flags: int = 0) -> set[str] | None:
    found = LazyRegex(pattern, flags).needles
    return None if found is None else set(found)


def test_needles_come_from_the_most_selective_required_part():
    assert needles(r"\[bookmark:[^\]\n]*\]") == {"[bookmark:"}
    assert needles(r"待补充|待填写?|此处填写") == {"待补充", "待填", "此处填写"}
    assert needles(r"[\u4e00-\u9fff](?P<span>[ \u00a0]+)") == {" ", "\u00a0"}
    assert needles(r"(?=[,;])\w") == {",", ";"}


def test_optional_negated_and_caseless_parts_give_no_needles():
    assert needles(r"(?:and|or)?x") == {"x"}
    assert needles(r"a*") is None
    assert needles(r"[^。]+") is None
    assert needles(r"todo", re.IGNORECASE) is None
    assert needles(r"(?i)todo") is None


def test_an_invalid_pattern_is_refused_when_built():
    with pytest.raises(re.error):
        LazyRegex(r"(unclosed")


def test_compiled_only_when_a_text_may_match():
    pattern = LazyRegex(r"\[image:[^\]]*\]")
    text = "正文没有图片标记。"
    assert list(pattern.finditer(text, frozenset(text))) == []
    assert pattern._compiled is None
    text = "见[image: 1.png]。"
    assert [m.group() for m in pattern.finditer(text, frozenset(text))] == ["[image: 1.png]"]


def test_pickled_patterns_keep_their_needles_and_recompile():
    pattern = LazyRegex(r"待补充")
    _ = pattern.compiled
    copy = pickle.loads(pickle.dumps(pattern))
    assert copy.needles == pattern.needles
    assert copy._compiled is None
    assert copy.compiled.search("内容待补充")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="待补充填写此处清单》所列五十条项〔〕2014 0123456789x?？[]bookmark:中文ando",
        max_size=40,
    )
)
def test_the_prefilter_never_hides_a_match(text):
    chars = frozenset(text)
    for source in PATTERNS:
        lazy = LazyRegex(source)
        expected = [m.span() for m in re.finditer(source, text)]
        assert [m.span() for m in lazy.finditer(text, chars)] == expected, source
