"""``--show-text REPORT``: the report as the rules read it."""

from __future__ import annotations

from discl_lint.plugins.hookspecs import BytesLoader
from discl_lint.plugins.manager import Registry


def show_text(path: str, registry: Registry, profile: str) -> str:
    """A text report loaded as for linting, page chrome and tables marked; the text a
    loader extracted from a .docx, .pdf or .html report."""
    from discl_lint.runner import extracted

    if isinstance(registry.loader_for(path), BytesLoader):
        return extracted.show_text(path, registry)
    from discl_lint.page.show import marked_text
    from discl_lint.runner.lint import load
    from discl_lint.runner.sources import read

    source = read(path)
    return marked_text(load(path, source.text, registry, profile, source.encoding))
