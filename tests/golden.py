"""Golden-file comparison: the diff of a failing test is the user-visible diff.

Set DISCL_LINT_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
"""

from __future__ import annotations

import os
from pathlib import Path


def compare(actual: str, golden: Path) -> None:
    if os.environ.get("DISCL_LINT_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8", newline="")
    assert golden.exists(), f"missing golden file {golden} (run with DISCL_LINT_UPDATE_GOLDEN=1)"
    assert actual == golden.read_text(encoding="utf-8")
