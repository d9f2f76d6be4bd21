"""``--show-text REPORT``: the report as the rules read it."""

from __future__ import annotations

from discl_lint.plugins.manager import Registry


def show_text(path: str, registry: Registry, profile: str) -> str:
    """``path`` loaded as for linting, page chrome and tables marked."""
    from discl_lint.page.show import marked_text
    from discl_lint.runner.lint import load
    from discl_lint.runner.sources import read

    source = read(path)
    return marked_text(load(path, source.text, registry, profile, source.encoding))
