"""Property: fixing artifacts and page breaks gives back exactly the text before them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discl_lint.engine.fixing import fix_text
from discl_lint.plugins.manager import build_registry, make_plugin_manager
from discl_lint.ruleset.rule_files import RuleSet
from discl_lint.runner.lint import Linter

HAN = "学校信息公开工作推进落实制度建设平台管理服务师生社会监督主动发布更新完善规范透明渠道网站"
ARTIFACTS = ("[bookmark: _GoBack]", "[image: image1.png]", "[footnoteRef:3]")

sentence = st.text(alphabet=HAN, min_size=8, max_size=30).map(lambda s: s + "。")
paragraph = st.lists(sentence, min_size=3, max_size=5).map("".join)


@st.composite
def corrupted(draw):
    paragraphs = draw(st.lists(paragraph, min_size=1, max_size=4))
    original = "\n".join(paragraphs) + "\n"
    broken = []
    for text in paragraphs:
        cuts = [i for i in range(40, len(text) - 1) if text[i - 1] in HAN and text[i] in HAN]
        if cuts and draw(st.booleans()):
            cut = draw(st.sampled_from(cuts))
            text = text[:cut] + "\n\n" + text[cut:]
        spots = draw(st.lists(st.integers(0, len(text)), max_size=2))
        for spot in sorted(spots, reverse=True):
            text = text[:spot] + draw(st.sampled_from(ARTIFACTS)) + text[spot:]
        broken.append(text)
    return original, "\n".join(broken) + "\n"


@pytest.fixture(scope="module")
def linter():
    registry = build_registry(make_plugin_manager(entry_points=False))
    return Linter(RuleSet(registry.rule_dirs, ("DL401,DL404",)), registry)


@settings(max_examples=150, deadline=None)
@given(case=corrupted())
def test_fix_recovers_the_original_and_is_idempotent(linter, case):
    original, broken = case
    lint = lambda text: linter.lint_text("r.txt", text)  # noqa: E731
    fixed = fix_text(broken, lint).text
    assert fixed == original
    assert fix_text(fixed, lint).text == fixed
    assert lint(fixed) == []
