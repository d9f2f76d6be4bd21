"""One report's text as HTML lines, every finding's span highlighted in place.

A line is cut at every finding boundary on it; each piece that some finding covers
becomes ``<mark data-f="f1 f3">`` (its class the highest severity among them), and
a finding with an empty span gets an empty ``<mark class="point">`` where it sits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from discl_lint.model.findings import Finding


@dataclass(frozen=True)
class Span:
    """The columns a finding covers on one line (0-based, end exclusive)."""

    key: str
    start: int
    end: int
    finding: Finding


def spans_on(line: int, text: str, findings: Sequence[tuple[str, Finding]]) -> list[Span]:
    """The part of each finding that lies on ``line``."""
    spans = []
    for key, f in findings:
        if not f.line <= line <= max(f.end_line, f.line):
            continue
        start = f.column - 1 if line == f.line else 0
        end = f.end_column - 1 if line == f.end_line else len(text)
        start = min(start, len(text))
        spans.append(Span(key, start, max(start, min(end, len(text))), f))
    return spans


def _mark(text: str, covering: list[Span], point: bool = False) -> str:
    worst = max(s.finding.severity for s in covering)
    keys = " ".join(s.key for s in covering)
    classes = f"finding sev-{worst}" + (" point" if point else "")
    return f'<mark class="{classes}" data-f="{keys}">{escape(text)}</mark>'


def highlight(text: str, spans: Sequence[Span]) -> str:
    """``text`` escaped, with the spans marked."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out = []
    for index, start in enumerate(cuts):
        points = [s for s in spans if s.start == s.end == start]
        if points:
            out.append(_mark("", points, point=True))
        if index + 1 == len(cuts):
            break
        end = cuts[index + 1]
        covering = [s for s in spans if s.start <= start and end <= s.end and s.start < s.end]
        piece = text[start:end]
        out.append(_mark(piece, covering) if covering else escape(piece))
    return "".join(out)
