"""The one way discl-lint writes a file: fixed reports, baselines and output files.

The new content goes to a temporary file in the target's own folder, is flushed
to disk, takes the target's permissions and owner, and then replaces the target
in one rename, so a reader sees the old file or the new one and never a part of
either. A symlink is written through to the file it points at. A file that
replacing would harm is refused with a message and left as it is: a hard-linked
file (replacing it would split the links), a read-only file, and a file whose
content changed since it was read (its new text would be lost).
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from discl_lint.model.errors import DiscLintError, FileError, file_error
from discl_lint.runner.sources import Source


class WriteRefused(DiscLintError):
    """A file that was not written; the message names it and says why it is unchanged."""


def content_digest(data: bytes) -> str:
    """What ``expected`` compares: a hash of a file's bytes as they were read."""
    return hashlib.sha256(data).hexdigest()


def safe_write(path: str, data: bytes, expected: str | None = None) -> None:
    """Replace (or create) ``path`` with ``data``, or raise ``WriteRefused``.

    With ``expected`` (a ``content_digest``), the file must still hold the bytes
    it was read with.
    """
    try:
        target = Path(path).resolve()  # through symlinks, to the file they point at
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise WriteRefused(f"{path}: cannot write: {exc}") from None
    try:
        current: os.stat_result | None = target.stat()
    except FileNotFoundError:
        current = None
    except OSError as exc:
        raise _refusal(path, exc) from None
    if current is not None:
        _check_replaceable(path, target, current)
    if expected is not None:
        _check_unchanged(path, target, expected)
    temporary = _write_temporary(path, target, data, current)
    try:
        if expected is not None:
            _check_unchanged(path, target, expected)
        temporary.replace(target)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _refusal(path, exc) from None
        raise
    _sync_folder(target.parent)


def _check_replaceable(path: str, target: Path, current: os.stat_result) -> None:
    if not stat.S_ISREG(current.st_mode):
        raise WriteRefused(f"{path}: not written: not a regular file")
    if current.st_nlink > 1:
        raise WriteRefused(
            f"{path}: not written: it has {current.st_nlink} hard links, and replacing it "
            "would split them; edit it in place or remove the other links"
        )
    if not current.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteRefused(f"{path}: not written: the file is read-only")


def _check_unchanged(path: str, target: Path, expected: str) -> None:
    try:
        now = target.read_bytes()
    except OSError as exc:
        raise WriteRefused(f"{path}: not written: cannot read it again: {exc.strerror}") from None
    if content_digest(now) != expected:
        raise WriteRefused(f"{path}: not written: the file changed since it was read; run again")


def _write_temporary(path: str, target: Path, data: bytes, current: os.stat_result | None) -> Path:
    while True:
        temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
        try:
            # 0o666 before the umask, as for any new file; an existing file's mode is copied.
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise _refusal(path, exc) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if current is not None:
                _keep_owner_and_mode(path, stream.fileno(), current)
            os.fsync(stream.fileno())
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _refusal(path, exc) from None
        raise
    return temporary


def _keep_owner_and_mode(path: str, handle: int, current: os.stat_result) -> None:
    if hasattr(os, "fchown") and (current.st_uid, current.st_gid) != _owner(handle):
        try:
            os.fchown(handle, current.st_uid, current.st_gid)
        except PermissionError:
            raise WriteRefused(
                f"{path}: not written: it belongs to another user, and replacing it "
                "would make it yours"
            ) from None
    os.fchmod(handle, stat.S_IMODE(current.st_mode))


def _owner(handle: int) -> tuple[int, int]:
    mine = os.fstat(handle)
    return mine.st_uid, mine.st_gid


def _refusal(path: str, exc: OSError) -> WriteRefused:
    if exc.errno == errno.ENOSPC:
        return WriteRefused(f"{path}: not written: no space left on device; the file is unchanged")
    if exc.errno == errno.ENOENT:
        return WriteRefused(f"{path}: cannot write: no such folder {Path(path).parent}")
    return WriteRefused(f"{path}: cannot write: {exc.strerror or exc}")


def _sync_folder(folder: Path) -> None:
    # The rename is durable once the folder is flushed too; not every system allows it.
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_fixed(source: Source, text: str) -> FileError | None:
    """Write a report's fixed text in its own encoding; the error message when it is not.

    Standard input is never written (the fixed text is printed), only checked.
    """
    if source.replaced:
        return FileError(
            source.path,
            f"not fixed: writing it back would lose {source.replaced} "
            "undecodable byte sequences (see DL402)",
        )
    if source.stdin:
        return None
    try:
        safe_write(source.path, source.encode(text), source.digest or None)
    except WriteRefused as exc:
        return file_error(source.path, str(exc).replace(": not written:", ": not fixed:", 1))
    return None
