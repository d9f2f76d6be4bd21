"""Every write (fixes, baselines, output files) is whole or not at all, and never harms a file.

Faults are injected: a full disk, a symlink, a hard link, a read-only file, a
file owned by someone else, a line appended while the fix runs. Each gives a
clear message naming the file, no traceback, no partially written file, and
the other files' results.
"""

from __future__ import annotations

import errno
import json
import os

import pytest

from discl_lint.cli.main import main

BROKEN = "一、概述\n[bookmark: _GoBack]学校高度重视信息公开工作。\n"
FIXED = "一、概述\n学校高度重视信息公开工作。\n"


def run(capsys, *argv):
    status = main(["--no-cache", "--select", "DL401", *argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


@pytest.fixture
def two_reports(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(BROKEN, encoding="utf-8")
    second.write_text(BROKEN, encoding="utf-8")
    return first, second


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def full_disk(monkeypatch):
    """Every flush to disk fails as on a full file system."""

    def no_space(_handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)


@pytest.mark.usefixtures("full_disk")
def test_full_disk_during_fix_leaves_every_file_whole(capsys, two_reports):
    first, second = two_reports
    status, out, err = run(capsys, "--fix", str(first.parent))
    assert status == 2
    assert f"discl-lint: error: {first}: not fixed: no space left on device" in err
    assert f"discl-lint: error: {second}: not fixed: no space left on device" in err
    assert first.read_text(encoding="utf-8") == BROKEN
    assert second.read_text(encoding="utf-8") == BROKEN
    assert leftovers(first.parent) == []
    # Not fixed, so still reported: the findings are those of the files as they are.
    assert out.count(" DL401 ") == 2


@pytest.mark.usefixtures("full_disk")
@pytest.mark.parametrize("option", ["--write-baseline", "-o", "--format=json:"])
def test_full_disk_leaves_no_partial_baseline_or_output(capsys, two_reports, option):
    target = two_reports[0].parent / "out.json"
    argv = [option + str(target)] if option.endswith(":") else [option, str(target)]
    status, _, err = run(capsys, *argv, str(two_reports[0]))
    assert status == 2
    assert f"discl-lint: error: {target}: not written: no space left on device" in err
    assert not target.exists()
    assert leftovers(target.parent) == []


def test_existing_output_file_is_kept_whole_on_a_full_disk(capsys, two_reports, monkeypatch):
    target = two_reports[0].parent / "findings.json"
    target.write_text("[]\n", encoding="utf-8")

    def no_space(_handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    status, _, _ = run(capsys, "--format", "json", "-o", str(target), str(two_reports[0]))
    assert status == 2
    assert target.read_text(encoding="utf-8") == "[]\n"


def test_output_into_a_missing_folder_is_a_one_line_error(capsys, two_reports):
    missing = two_reports[0].parent / "no-such-folder" / "out.json"
    status, out, err = run(capsys, "-o", str(missing), str(two_reports[0]))
    assert (status, out) == (2, "")
    assert f"discl-lint: error: {missing}: cannot write: no such folder" in err


def test_a_symlinked_report_is_fixed_through_the_link(capsys, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    target = real / "report.txt"
    target.write_text(BROKEN, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    status, _, _ = run(capsys, "--fix", str(link))
    assert status == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == FIXED
    assert leftovers(real) == leftovers(tmp_path) == []


def test_a_hard_linked_report_is_refused(capsys, two_reports):
    first, second = two_reports
    other = first.parent / "other-name.bak"
    os.link(first, other)
    status, out, err = run(capsys, "--fix", str(first), str(second))
    assert status == 2
    assert f"discl-lint: error: {first}: not fixed: it has 2 hard links" in err
    assert first.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == BROKEN
    assert first.stat().st_ino == other.stat().st_ino
    assert second.read_text(encoding="utf-8") == FIXED
    assert out.startswith(f"{first}:2:1: error DL401 ")


def test_a_read_only_report_is_refused(capsys, two_reports):
    first, second = two_reports
    first.chmod(0o444)
    status, _, err = run(capsys, "--fix", str(first), str(second))
    assert status == 2
    assert f"discl-lint: error: {first}: not fixed: the file is read-only" in err
    assert first.read_text(encoding="utf-8") == BROKEN
    assert first.stat().st_mode & 0o777 == 0o444
    assert second.read_text(encoding="utf-8") == FIXED


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_owner_and_group_are_kept(capsys, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(BROKEN, encoding="utf-8")
    os.chown(report, 4242, 4343)
    report.chmod(0o664)
    run(capsys, "--fix", str(report))
    info = report.stat()
    assert report.read_text(encoding="utf-8") == FIXED
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (4242, 4343, 0o664)


def test_a_file_owned_by_someone_else_is_refused_when_its_owner_cannot_be_kept(
    tmp_path, monkeypatch
):
    from discl_lint.runner.writing import WriteRefused, safe_write

    report = tmp_path / "r.txt"
    report.write_text(BROKEN, encoding="utf-8")

    def not_permitted(*_args):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    real_stat = os.stat

    def owned_by_another(path, *args, **kwargs):
        info = real_stat(path, *args, **kwargs)
        if str(path) != str(report):
            return info
        fields = list(info)
        fields[4] = info.st_uid + 1  # st_uid
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fchown", not_permitted)
    monkeypatch.setattr(os, "stat", owned_by_another)
    with pytest.raises(WriteRefused, match="belongs to another user"):
        safe_write(str(report), FIXED.encode())
    assert report.read_text(encoding="utf-8") == BROKEN
    assert leftovers(tmp_path) == []


def test_a_line_appended_while_fixing_is_not_lost(capsys, two_reports, monkeypatch):
    first, second = two_reports
    import discl_lint.engine.fixing as fixing

    real_fix_text = fixing.fix_text

    def append_meanwhile(text, *args, **kwargs):
        result = real_fix_text(text, *args, **kwargs)
        with first.open("a", encoding="utf-8") as stream:
            stream.write("新增一行。\n")
        return result

    monkeypatch.setattr(fixing, "fix_text", append_meanwhile)
    status, _, err = run(capsys, "-j", "1", "--fix", str(first))
    assert status == 2
    assert f"discl-lint: error: {first}: not fixed: the file changed since it was read" in err
    assert first.read_text(encoding="utf-8") == BROKEN + "新增一行。\n"
    assert second.read_text(encoding="utf-8") == BROKEN


def test_new_files_get_the_usual_mode_and_replaced_files_keep_theirs(tmp_path):
    from discl_lint.runner.writing import safe_write

    new = tmp_path / "new.json"
    umask = os.umask(0o022)
    try:
        safe_write(str(new), b"{}\n")
    finally:
        os.umask(umask)
    assert new.stat().st_mode & 0o777 == 0o644
    new.chmod(0o600)
    safe_write(str(new), b"[]\n")
    assert (new.read_bytes(), new.stat().st_mode & 0o777) == (b"[]\n", 0o600)


def test_baseline_written_through_the_safe_write(capsys, two_reports):
    baseline = two_reports[0].parent / "baseline.json"
    run(capsys, "--write-baseline", str(baseline), str(two_reports[0]))
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["entries"]) == 1
    assert leftovers(baseline.parent) == []


def test_output_into_a_named_pipe_is_refused_without_blocking(capsys, two_reports):
    pipe = two_reports[0].parent / "out.json"
    os.mkfifo(pipe)
    status, _, err = run(capsys, "-o", str(pipe), str(two_reports[0]))
    assert status == 2
    assert f"discl-lint: error: {pipe}: not written: not a regular file" in err
