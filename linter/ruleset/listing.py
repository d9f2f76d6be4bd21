"""Listing the rule files of rule directories, and a key that changes when one does."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


def sorted_rule_files(directories: Iterable[Any]) -> list[Any]:
    """Every ``*.yaml`` file of the directories, in a stable order."""
    found = []
    for directory in directories:
        found.extend(
            sorted(
                (f for f in directory.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name
            )
        )
    return found


def content_key(files: Sequence[Any]) -> str:
    """A hash of every rule file's name and bytes: changes whenever a rule file does,
    even when an edit keeps its size and modification time."""
    import hashlib

    digest = hashlib.sha256()
    for file in files:
        digest.update(f"{file}\0".encode("utf-8", "surrogatepass"))
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
