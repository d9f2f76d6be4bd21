"""``--clean-cache``: remove a cache folder's entries, and nothing that is not one.

A folder is cleaned only if its CACHEDIR.TAG says discl-lint made it, and only
the files discl-lint writes there are removed, so a mistaken ``--cache-dir``
cannot delete anything else.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from discl_lint.model.errors import DiscLintError
from discl_lint.text.regex_store import regex

_TAG = "CACHEDIR.TAG"
_ENTRY_FOLDER = regex(r"[0-9a-f]{2}")
_ENTRY = regex(r"[0-9a-f]{62}(\.\d+\.tmp)?")
_RULES = regex(r"[0-9a-f]{32}\.json(\.\d+\.tmp)?")


def clean(directory: Path) -> int:
    """Remove the cache in ``directory``; return how many entries it held."""
    if not directory.exists():
        return 0
    tag = directory / _TAG
    try:
        made_by_us = "discl-lint" in tag.read_text(encoding="utf-8", errors="replace")
    except OSError:
        made_by_us = False
    if not made_by_us:
        raise DiscLintError(f"{directory}: not a discl-lint cache (no {_TAG} of discl-lint)")
    removed = 0
    for folder in directory.iterdir():
        pattern = _RULES if folder.name == "rules" else _ENTRY
        if folder.is_dir() and (folder.name == "rules" or _ENTRY_FOLDER.fullmatch(folder.name)):
            removed += _remove_entries(folder, pattern)
    for name in (".gitignore", _TAG):
        (directory / name).unlink(missing_ok=True)
    if not any(directory.iterdir()):
        directory.rmdir()
    return removed


def _remove_entries(folder: Path, pattern: re.Pattern[str]) -> int:
    removed = 0
    for entry in folder.iterdir():
        if entry.is_file() and pattern.fullmatch(entry.name):
            entry.unlink()
            removed += 1
    if not any(folder.iterdir()):
        shutil.rmtree(folder)
    return removed
