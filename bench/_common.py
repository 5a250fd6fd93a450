"""What the benchmark scripts share: where the shared data lives, the generated QA of a graph
(made once, cached with a manifest), the held-out questions, and the commit measured.

The scripts import it as ``from _common import ...`` (their own folder is on ``sys.path`` when
run as ``python bench/<script>.py``).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
WC2014 = SHARED / "wc2014"
REALWORLD = SHARED / "realworld"
OUT = ROOT / "bench" / "out"


def qa_data(kg: Any, where: Path, config: Any, name: str = "") -> Path:
    """The QA splits ``kgchat qa`` makes from ``kg`` with ``config`` (a ``QAConfig``), in
    ``where``: reused when its manifest records the same config and graph fingerprint, else
    generated (seeded, so the same graph and config give the same questions)."""
    from kgchat.qa import generate_qa, write_qa

    manifest = where / "manifest.json"
    if manifest.is_file():
        m = json.loads(manifest.read_text())
        if m.get("config") == json.loads(config.to_json()) and m.get(
            "graph_fingerprint"
        ) == getattr(kg, "fingerprint", None):
            print(f"[{name}] reusing QA data {where}")
            return where
    print(f"[{name}] generating QA pairs from the graph ...", flush=True)
    t0 = time.perf_counter()
    examples = generate_qa(kg, config, progress=True)
    write_qa(examples, where, overwrite=True, kg=kg, config=config)
    print(f"[{name}] {len(examples)} QA pairs in {time.perf_counter() - t0:.0f} s")
    return where


def answerable_items(path: Path, limit: int | None, seed: int) -> list[Any]:
    """The answerable questions of a QA file (non-empty ``answers``): a seeded sample of
    ``limit`` of them, in file order (all without a limit)."""
    from kgchat.evaluation import read_questions, sample

    items, _ = read_questions(path)
    return sample([it for it in items if it.answers], limit, seed)


def commit() -> str | None:
    """The repository's commit (``-dirty`` when its tracked files changed), if git is here."""
    cmd = ["git", "-C", str(ROOT), "describe", "--always", "--dirty"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout.strip() or None
