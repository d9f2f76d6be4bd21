"""The rule files of a run: known by name at once, parsed and compiled only when needed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from discl_lint.model.findings import Rule
from discl_lint.ruleset.listing import sorted_rule_files
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

    def check_codes(self, known: Iterable[str] = ()) -> None:
        """Refuse a --select or --ignore code that matches no rule (of these or ``known``)."""
        check_codes((*self.ids, *known), self.select, self.ignore)

    def load(self, kinds: Mapping[str, Any]) -> tuple[Rule, ...]:
        """Every rule, validated (no selection)."""
        from discl_lint.ruleset.loading import load_rules  # YAML is read only when rules are needed

        return load_rules(self.directories, kinds, self.parsed)

    def selected(self, kinds: Mapping[str, Any]) -> tuple[Rule, ...]:
        """The rules chosen by --select and --ignore."""
        return select_rules(self.load(kinds), self.select, self.ignore)


def check_codes_of(rulesets: Sequence[RuleSet]) -> None:
    """Refuse a --select or --ignore code only when it matches no rule of any ruleset."""
    known = tuple({rule_id for ruleset in rulesets for rule_id in ruleset.ids})
    for ruleset in rulesets:
        ruleset.check_codes(known)


def rules_by_id(rulesets: Sequence[RuleSet], kinds: Mapping[str, Any]) -> dict[str, Rule]:
    """Every rule of the rulesets by ID, sorted (an ID in several keeps the first one's rule)."""
    found: dict[str, Rule] = {}
    for ruleset in rulesets:
        for rule in ruleset.load(kinds):
            found.setdefault(rule.id, rule)
    return dict(sorted(found.items()))
