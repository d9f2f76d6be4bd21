"""The package type-checks with mypy (run on a link named like the installed package)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_mypy_finds_no_errors(tmp_path):
    (tmp_path / "discl_lint").symlink_to(ROOT / "linter", target_is_directory=True)
    argv = [
        sys.executable,
        "-m",
        "mypy",
        "--cache-dir",
        str(tmp_path / ".mypy_cache"),
        "--python-version",
        "3.11",
        "-p",
        "discl_lint",
    ]
    result = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
