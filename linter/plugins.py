"""The plugin manager and the registry of what its plugins provide."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import pluggy

from discl_lint import hookspecs
from discl_lint.errors import PluginError

BUILTIN_PLUGINS = (
    "discl_lint.kinds",
    "discl_lint.formatters",
    "discl_lint.loaders",
    "discl_lint.builtin",
)


def make_plugin_manager(
    *, entry_points: bool = True, extra: Iterable[object] = ()
) -> pluggy.PluginManager:
    """A manager with the built-ins, installed plugins (group ``discl_lint``) and ``extra``."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in BUILTIN_PLUGINS:
        pm.register(importlib.import_module(name), name=f"builtin:{name}")
    if entry_points:
        _load_entry_points(pm)
    for plugin in extra:
        pm.register(plugin)
    pm.check_pending()
    return pm


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    for entry in sorted(
        importlib.metadata.entry_points(group=hookspecs.PROJECT), key=lambda e: e.name
    ):
        try:
            pm.register(entry.load(), name=f"entry-point:{entry.name}")
        except Exception as exc:
            raise PluginError(
                f"plugin {entry.name!r} ({entry.value}) failed to load: {exc}"
            ) from exc


@dataclass(frozen=True)
class Registry:
    """Kinds, formatters and loaders by name; rule directories in load order."""

    kinds: Mapping[str, Any]
    formatters: Mapping[str, Any]
    loaders: Mapping[str, Any]
    rule_dirs: tuple[Any, ...]

    def loader_for(self, path: str) -> Any:
        """The loader whose suffix ends ``path`` (the text loader otherwise)."""
        lowered = path.lower()
        for suffix, loader in self.loaders.items():
            if suffix and lowered.endswith(suffix):
                return loader
        return self.loaders[""]


def _by_name(results: Iterable[Iterable[Any]], what: str, key: str = "name") -> Mapping[str, Any]:
    table: dict[str, Any] = {}
    for items in results:
        for item in items:
            for name in getattr(item, key) if key == "suffixes" else (getattr(item, key),):
                if name in table:
                    raise PluginError(f"two plugins provide the {what} {name!r}")
                table[name] = item
    return MappingProxyType(dict(sorted(table.items(), key=lambda kv: -len(kv[0]))))


def build_registry(pm: pluggy.PluginManager) -> Registry:
    """Collect every plugin's contributions, refusing duplicates."""
    hook = pm.hook
    dirs = tuple(d for group in reversed(hook.discl_lint_rule_dirs()) for d in group)
    return Registry(
        kinds=_by_name(hook.discl_lint_check_kinds(), "check kind"),
        formatters=_by_name(hook.discl_lint_formatters(), "format"),
        loaders=_by_name(hook.discl_lint_loaders(), "loader suffix", key="suffixes"),
        rule_dirs=dirs,
    )
