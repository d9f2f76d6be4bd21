"""``--format html``: one self-contained page with a summary, every finding marked in
its report's text with its message, explanation and basis beside the line."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from discl_lint.cli.main import main

from conftest import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


class Page(HTMLParser):
    """Tags and attributes of a page, and the text of its elements by id."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def with_attr(self, name: str) -> list[dict[str, str]]:
        return [attrs for _, attrs in self.tags if name in attrs]


def render(capsys, *paths) -> tuple[str, list[dict]]:
    argv = ["--no-cache", "--isolated", "--exit-zero"]
    main([*argv, "--format", "html", *map(str, paths)])
    page = capsys.readouterr().out
    main([*argv, "--format", "json", *map(str, paths)])
    return page, json.loads(capsys.readouterr().out)


def test_every_finding_is_marked_and_explained(capsys):
    page, findings = render(capsys, *SEEDS)
    parsed = Page()
    parsed.feed(page)
    notes = [a for tag, a in parsed.tags if tag == "details" and "note" in a.get("class", "")]
    assert len(notes) == len(findings) > 20
    marked = {key for a in parsed.with_attr("data-f") for key in a["data-f"].split()}
    assert marked == {n["id"] for n in notes}
    assert [(n["data-rule"], n["data-severity"]) for n in notes] == [
        (f["rule"], f["severity"]) for f in findings
    ]
    assert page.count('<div class="explain">') == len(findings)
    assert "依据" in page
    assert "《高等学校信息公开办法》" in page


def test_summary_has_one_row_per_report_with_its_counts(capsys):
    page, findings = render(capsys, *SEEDS)
    parsed = Page()
    parsed.feed(page)
    rows = [a for tag, a in parsed.tags if tag == "tr" and "data-report" in a]
    assert len(rows) == len(SEEDS)
    first = SEEDS[0].name
    errors = sum(1 for f in findings if f["path"].endswith(first) and f["severity"] == "error")
    assert f'{first}</a></td><td class="n" data-severity="error">{errors}</td>' in page


def test_the_page_needs_no_other_file(capsys):
    page, _ = render(capsys, *SEEDS)
    parsed = Page()
    parsed.feed(page)
    assert not parsed.with_attr("src")
    assert all(a["href"].startswith("#") for a in parsed.with_attr("href"))
    assert "<link" not in page
    assert "http://" not in page
    assert "https://" not in page
    assert "@import" not in page


def test_report_text_is_escaped(tmp_path, capsys):
    report = tmp_path / "report.txt"
    report.write_text("标题\n</script><script>alert(1)</script>XX大学\n", encoding="utf-8")
    page, findings = render(capsys, report)
    assert findings
    assert page.count("<script") == 2  # the findings data and the page's own script
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in page
