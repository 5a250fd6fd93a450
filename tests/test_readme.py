"""The README's quick start runs as written (the first Python block under "## Quick start")."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def quickstart_code() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks, "README: no ```python block under '## Quick start'"
    return blocks[0]


@pytest.mark.slow
def test_readme_quickstart_runs_as_written(tmp_path):
    code = quickstart_code()
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(tmp_path)  # as a user would, outside the checkout: the graph comes with the package
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, str(README) + ":quickstart", "exec"), {"__name__": "__readme__"})
    finally:
        os.chdir(cwd)
    printed = out.getvalue()
    assert "Fleming" in printed, printed
    assert "1945" in printed, printed
    assert re.search(r"\[\d+\]", printed), f"no citation in the replies: {printed}"
