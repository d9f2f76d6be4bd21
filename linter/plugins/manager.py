"""The plugin manager and the registry of what its plugins provide."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import pluggy

import discl_lint.plugins.hookspecs as hookspecs
from discl_lint.model.errors import PluginError
from discl_lint.plugins.entrypoints import entry_points
from discl_lint.plugins.hookspecs import BytesLoader, CheckKind, Formatter, Loader

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from pathlib import Path

T = TypeVar("T")

BUILTIN_PLUGINS = ("discl_lint.plugins.builtin",)


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
    for entry in entry_points(hookspecs.PROJECT):
        try:
            pm.register(entry.load(), name=f"entry-point:{entry.name}")
        except Exception as exc:
            raise PluginError(
                f"plugin {entry.name!r} ({entry.value}) failed to load: {exc}"
            ) from exc


class Registry:
    """Kinds, formatters and loaders by name; rule directories in load order.

    Each table is collected from the plugins on first use, so a run that needs
    no check kind (every result cached) never imports them.
    """

    def __init__(self, pm: pluggy.PluginManager) -> None:
        self._pm = pm

    @cached_property
    def kinds(self) -> Mapping[str, CheckKind[Any]]:
        """Check kinds by name."""
        return _by_name(self._pm.hook.discl_lint_check_kinds(), "check kind")

    @cached_property
    def formatters(self) -> Mapping[str, Formatter]:
        """Formatters by name."""
        return _by_name(self._pm.hook.discl_lint_formatters(), "format")

    @cached_property
    def loaders(self) -> Mapping[str, Loader | BytesLoader]:
        """Loaders by file suffix, longest first."""
        return _by_name(self._pm.hook.discl_lint_loaders(), "loader suffix", key="suffixes")

    @cached_property
    def rule_dirs(self) -> tuple[Path | Traversable, ...]:
        """Rule directories: built-ins first, then plugins in registration order."""
        return tuple(d for group in reversed(self._pm.hook.discl_lint_rule_dirs()) for d in group)

    def loader_for(self, path: str) -> Loader | BytesLoader:
        """The loader whose suffix ends ``path`` (the text loader otherwise)."""
        lowered = path.lower()
        for suffix, loader in self.loaders.items():
            if suffix and lowered.endswith(suffix):
                return loader
        return self.loaders[""]


def _by_name(results: Iterable[Iterable[T]], what: str, key: str = "name") -> Mapping[str, T]:
    table: dict[str, T] = {}
    for items in results:
        for item in items:
            for name in getattr(item, key) if key == "suffixes" else (getattr(item, key),):
                if name in table:
                    raise PluginError(f"two plugins provide the {what} {name!r}")
                table[name] = item
    return MappingProxyType(dict(sorted(table.items(), key=lambda kv: -len(kv[0]))))


def build_registry(pm: pluggy.PluginManager) -> Registry:
    """The registry of ``pm``'s contributions (collected on first use, duplicates refused)."""
    return Registry(pm)
