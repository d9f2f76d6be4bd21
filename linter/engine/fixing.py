"""Applying fixes: non-overlapping edits, repeated until nothing is left to fix."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from discl_lint.model.findings import Edit, Finding, Fix
from discl_lint.text.newlines import offset_map, usual_ending
from discl_lint.text.regex_store import regex
from discl_lint.text.spans import Claimed

# Each pass fixes what does not overlap; later passes pick up the rest.
MAX_PASSES = 10


@dataclass(frozen=True)
class FixResult:
    """The fixed text and how many findings of each rule were fixed."""

    text: str
    fixed: Counter[str]


def wanted(finding: Finding, unsafe: bool) -> Fix | None:
    """The finding's fix, if its safety is allowed."""
    fix = finding.fix
    if fix is None or (fix.safety == "unsafe" and not unsafe):
        return None
    return fix


def apply_once(text: str, findings: Iterable[Finding], unsafe: bool) -> tuple[str, Counter[str]]:
    """Apply every wanted fix whose edits overlap no fix applied before it.

    The findings' offsets are in the text the rules saw (line endings made LF);
    the edits are made on ``text`` with its own line endings.
    """
    taken: list[Edit] = []
    claimed = Claimed()
    fixed: Counter[str] = Counter()
    for finding in findings:
        fix = wanted(finding, unsafe)
        if fix is None or not _free(fix.edits, claimed):
            continue
        for edit in fix.edits:
            claimed.take(edit.start, edit.end)
        taken.extend(fix.edits)
        fixed[finding.rule] += 1
    return _edited(text, sorted(taken)), fixed


def _free(edits: tuple[Edit, ...], claimed: Claimed) -> bool:
    """Whether no edit overlaps another of the same fix or one already taken."""
    own = Claimed()
    for edit in edits:
        if claimed.overlaps(edit.start, edit.end) or own.overlaps(edit.start, edit.end):
            return False
        own.take(edit.start, edit.end)
    return True


def _edited(text: str, edits: list[Edit]) -> str:
    """``text`` with disjoint ``edits`` (in order) made, in one pass."""
    original = offset_map(text)
    ending = usual_ending(text) if "\r" in text else "\n"
    pieces: list[str] = []
    done = 0
    for edit in edits:
        start, end = original(edit.start), original(edit.end)
        pieces += (text[done:start], edit.replacement.replace("\n", ending))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def fix_text(text: str, lint: Callable[[str], list[Finding]], unsafe: bool = False) -> FixResult:
    """Lint and fix until no wanted fix remains (or ``MAX_PASSES``)."""
    total: Counter[str] = Counter()
    for _ in range(MAX_PASSES):
        text_after, fixed = apply_once(text, lint(text), unsafe)
        if not fixed or text_after == text:
            break
        total += fixed
        text = text_after
    return FixResult(text, total)


def unified_diff(path: str, before: str, after: str) -> str:
    """A diff that ``git apply`` and ``patch -p1`` accept (paths under a/ and b/)."""
    lines = difflib.unified_diff(
        _lines(before), _lines(after), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    # Split on "\n" only, as git and patch do (not on U+2028 or form feeds).
    return _LINE.findall(text)


_LINE = regex(r"[^\n]*\n|[^\n]+$")
