"""The notebooks run from top to bottom (their code cells, in order, in a fresh interpreter
started in ``notebooks/``), and say what they claim."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

# What each notebook must have shown once its cells ran (checked in the same interpreter).
CHECKS = {
    "quickstart.ipynb": """
assert kg.stats()["facts"] > 0
assert res.answer and res.facts
assert a.text.strip()
""",
    "transfer.ipynb": """
assert {e.kind for e in examples} >= {"1hop", "2hop", "3hop", "conjunction", "unanswerable"}
assert untrained.metrics["n"] == len(items) > 0
assert 0.0 <= learned.metrics["hits_at_1"] <= 1.0
assert set(head.manifest["dev_retrieval"]) >= {"untrained_hits_at_1", "learned_hits_at_1"}
assert (lora.out_dir / "manifest.json").is_file() and lora.manifest["history"]
assert reply.text.strip()
""",
}


def _code(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CHECKS))
def test_notebook_runs(name, tmp_path):
    notebook = NOTEBOOKS / name
    script = tmp_path / "notebook.py"
    script.write_text(_code(notebook) + "\n\n" + CHECKS[name], encoding="utf-8")
    env = dict(os.environ, MPLBACKEND="Agg", TQDM_DISABLE="1")
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=NOTEBOOKS,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, f"{name} failed:\n{proc.stderr[-4000:]}"


def test_every_notebook_is_checked():
    assert {p.name for p in NOTEBOOKS.glob("*.ipynb")} == set(CHECKS)
