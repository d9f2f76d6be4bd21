"""Finding report files and decoding them. The only module that reads reports."""

from __future__ import annotations

import codecs
import dataclasses
import os
import stat
from dataclasses import dataclass, field
from typing import Any

from discl_lint.model.errors import SourceError

SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Source:
    """A decoded report and the encoding it was read with."""

    path: str
    text: str
    encoding: str
    bom: bytes = b""
    stdin: bool = False
    # Undecodable byte sequences replaced by U+FFFD (reported by DL402): such a
    # text cannot be written back without losing the original bytes.
    replaced: int = 0
    # The document a loader built from the file's bytes (.docx, .pdf, .html), else None.
    document: Any = field(default=None, compare=False, repr=False)
    # A hash of the bytes read (set when fixing): a fix is written only over these bytes.
    digest: str = ""

    def encode(self, text: str) -> bytes:
        """``text`` in this source's encoding, with its BOM if it had one."""
        return self.bom + text.encode(self.encoding)


# A UTF-8 text with a few bad sequences (at most this many, and at most 2% of its
# characters) is read with U+FFFD in their place, which DL402 then reports at the
# spot, rather than refused as a whole or misread as GB18030.
MAX_REPLACED = 8


def decode(data: bytes, path: str) -> Source:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], path, encoding, bom)
    if b"\x00" in data and _mostly_nul_pairs(data):
        return _utf16_without_bom(data, path)
    try:
        return Source(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    try:
        return Source(path, data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        return _decode(data, path, "utf-8", b"", first_error, " nor as GB18030")


def _mostly_nul_pairs(data: bytes) -> bool:
    # UTF-16 puts a NUL in every other byte of ASCII text; a few stray NULs in
    # UTF-8 text are bad characters, not another encoding.
    return data.count(0) * 8 >= len(data)


def _decode(
    data: bytes,
    path: str,
    encoding: str,
    bom: bytes = b"",
    failure: UnicodeDecodeError | None = None,
    tried: str = "",
) -> Source:
    try:
        return Source(path, data.decode(encoding), encoding, bom)
    except UnicodeDecodeError as exc:
        failure = failure or exc
    text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    if 0 < replaced <= MAX_REPLACED and replaced * 50 <= len(text):
        return Source(path, text, encoding, bom, replaced=replaced)
    offset = failure.start + len(bom)
    raise SourceError(
        f"{path}: cannot decode as {encoding.upper()} (invalid bytes from byte {offset}, "
        f"{replaced} places){tried}; save the report as UTF-8"
    ) from None


def _utf16_without_bom(data: bytes, path: str) -> Source:
    # Text saved as UTF-16 without a BOM has a NUL in the other byte of every ASCII
    # character; binary data decodes to control characters in either byte order.
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for encoding in ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r")
        if len(data) % 2 == 0 and controls * 100 <= len(text):
            return Source(path, text, encoding)
    raise SourceError(f"{path}: not a text report (binary content)")


def read(path: str, stdin: bytes | None = None) -> Source:
    """Read and decode one report; ``stdin`` holds the bytes for ``-``."""
    if stdin is not None:
        return dataclasses.replace(decode(stdin, path), stdin=True)
    return decode(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """The bytes of a regular file, or a ``SourceError`` that says why not.

    The file is opened without blocking and checked before it is read, so a
    named pipe or a device named like a report cannot hang the run.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with os.fdopen(handle, "rb") as stream:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise SourceError(f"{path}: is a directory")
        if not stat.S_ISREG(mode):
            raise SourceError(f"{path}: not a regular file ({_kind(mode)}), skipped")
        try:
            return stream.read()
        except OSError as exc:
            raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"
