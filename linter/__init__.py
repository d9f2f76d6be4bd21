"""discl-lint: a compliance linter for 高等学校信息公开工作年度报告.

The public API; each name is imported on first use, so ``import discl_lint`` costs
next to nothing:

- ``lint_text(text, *, path="report.txt", config=None)`` and
  ``lint_paths(paths, *, config=None)`` return the findings, sorted;
- ``load_config(path)`` reads a configuration file into a ``Config``;
- ``Finding``, ``Rule`` and ``Severity``, the data they hold; ``DiscLintError``, what
  they raise;
- ``hookimpl``, the decorator of plugin hooks (the contract: ``discl_lint.plugins.hookspecs``).
"""

from discl_lint.model.version import __version__

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: typing itself would cost an import
if TYPE_CHECKING:
    from discl_lint.api import lint_paths, lint_text, load_config
    from discl_lint.config.files import Config
    from discl_lint.model.errors import DiscLintError
    from discl_lint.model.findings import Finding, Rule, Severity
    from discl_lint.plugins.hookspecs import hookimpl

_HOMES = {
    "lint_text": "discl_lint.api",
    "lint_paths": "discl_lint.api",
    "load_config": "discl_lint.api",
    "Config": "discl_lint.config.files",
    "DiscLintError": "discl_lint.model.errors",
    "Finding": "discl_lint.model.findings",
    "Rule": "discl_lint.model.findings",
    "Severity": "discl_lint.model.findings",
    "hookimpl": "discl_lint.plugins.hookspecs",
}

__all__ = [
    "Config",
    "DiscLintError",
    "Finding",
    "Rule",
    "Severity",
    "__version__",
    "hookimpl",
    "lint_paths",
    "lint_text",
    "load_config",
]


def __getattr__(name: str) -> object:
    """Import a public name from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(home), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
