"""Machine-readable formats: json (an array, one finding per line) and jsonl."""

from __future__ import annotations

import json

from discl_lint.formatters.report import Report


class Json:
    """A JSON array of finding objects, one object per line for diffs."""

    name = "json"

    def render(self, report: Report) -> str:
        """The array, with each finding on its own line."""
        if not report.findings:
            return "[]\n"
        rows = ",\n".join(
            "  " + json.dumps(f.as_dict(), ensure_ascii=False) for f in report.findings
        )
        return f"[\n{rows}\n]\n"


class JsonLines:
    """One JSON object per line (JSON Lines)."""

    name = "jsonl"

    def render(self, report: Report) -> str:
        """A line per finding."""
        return "".join(json.dumps(f.as_dict(), ensure_ascii=False) + "\n" for f in report.findings)
