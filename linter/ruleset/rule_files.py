"""The rule files of a run: known by name at once, parsed and compiled only when needed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from discl_lint.model.findings import Rule
from discl_lint.ruleset.selection import check_codes, select_rules


@dataclass(frozen=True)
class RuleSet:
    """Rule directories with the run's --select and --ignore."""

    directories: tuple[Any, ...]
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    parsed: Any = None  # a RuleDataCache: the rule files' YAML, parsed on an earlier run

    @cached_property
    def files(self) -> list[Any]:
        """Every rule file, in load order."""
        return sorted_rule_files(self.directories)

    @cached_property
    def ids(self) -> tuple[str, ...]:
        """Rule IDs as the file names give them (a file is named by its rule's ID)."""
        return tuple(sorted(f.name.removesuffix(".yaml") for f in self.files))

    def check_codes(self) -> None:
        """Refuse a --select or --ignore code that matches no rule."""
        check_codes(self.ids, self.select, self.ignore)

    def load(self, kinds: Mapping[str, Any]) -> tuple[Rule, ...]:
        """Every rule, validated (no selection)."""
        from discl_lint.ruleset.loading import load_rules  # YAML is read only when rules are needed

        return load_rules(self.directories, kinds, self.parsed)

    def selected(self, kinds: Mapping[str, Any]) -> tuple[Rule, ...]:
        """The rules chosen by --select and --ignore."""
        return select_rules(self.load(kinds), self.select, self.ignore)


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
