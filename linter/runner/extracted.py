"""Reports read by a loader from their bytes (.docx, .pdf, .html): the text that loader
extracted, with the document it built, and what a run does differently for them."""

from __future__ import annotations

from discl_lint.model.errors import DiscLintError, FileError, PluginError, SourceError
from discl_lint.plugins.hookspecs import BytesLoader, Loader
from discl_lint.plugins.manager import Registry
from discl_lint.runner.sources import Source, decode, read_bytes


def text_loader(registry: Registry, path: str) -> Loader:
    """The loader of ``path``'s decoded text: a bytes loader's text is read as plain text."""
    for loader in (registry.loader_for(path), registry.loaders[""]):
        if not isinstance(loader, BytesLoader):
            return loader
    raise PluginError('the fallback loader (suffix "") must load text')


def source_of(path: str, data: bytes, registry: Registry) -> Source:
    """The source of ``path`` as its loader reads it; a failure is one ``SourceError``."""
    loader = registry.loader_for(path)
    if not isinstance(loader, BytesLoader):
        return decode(data, path)
    try:
        doc = loader.load_bytes(path, data)
    except DiscLintError:
        raise
    except Exception as exc:  # a library's error on a damaged file is a message, not a crash
        reason = " ".join(str(exc).split())[:160]
        raise SourceError(
            f"{path}: cannot read as {loader.name}: {type(exc).__name__}: {reason}"
        ) from None
    return Source(path, doc.source_text, "utf-8", document=doc)


def line_bound(path: str, data: bytes, registry: Registry) -> int:
    """At least the number of lines of ``path``'s text, without decoding it: every line
    ending has a CR or LF byte. A bytes loader's text has no such bound."""
    if isinstance(registry.loader_for(path), BytesLoader):
        return 1 << 62
    return data.count(b"\n") + data.count(b"\r") + 1


def refused_fix(source: Source, fix: str | None) -> tuple[str, ...]:
    """The error of --fix or --diff on an extracted report: its original cannot be rewritten."""
    if fix is None or source.document is None:
        return ()
    return (
        FileError(
            source.path,
            "--fix and --diff rewrite text reports only; correct the original "
            f"({source.document.origin.format}) and export it again — its findings are listed",
        ),
    )


def show_text(path: str, registry: Registry) -> str:
    """The text that is linted in ``path``, ending with a newline."""
    text = source_of(path, read_bytes(path), registry).text
    return text if not text or text.endswith("\n") else text + "\n"
