"""Run the notebooks top to bottom and save them with their outputs (``make notebooks``).

A notebook is committed with the outputs its code produced. To show that they are not stale,
each saved notebook records the SHA-256 of its code cells (``metadata.kgchat.code_sha256``);
``tests/test_notebooks.py`` recomputes it, and also runs every notebook at the small size.

Usage (from the repository root)::

    .venv/bin/python notebooks/execute.py                 # all of them, full size, saved
    .venv/bin/python notebooks/execute.py 02_retrieval_lab.ipynb
    .venv/bin/python notebooks/execute.py --small --no-save   # the CI size, nothing written

The small size (``KGCHAT_NOTEBOOK_SMALL=1``, which each notebook reads in its first code cell)
keeps every step and shrinks the heavy ones (questions evaluated, training steps) so that the
four notebooks run in about two minutes on two CPU cores.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SMALL_ENV = "KGCHAT_NOTEBOOK_SMALL"
# Quiet progress bars and library chatter: they would fill the saved outputs with noise.
QUIET_ENV = {
    "TQDM_DISABLE": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
}


def notebooks() -> list[Path]:
    """The notebooks, in reading order (``01_...`` first)."""
    return sorted(HERE.glob("[0-9][0-9]_*.ipynb"))


def code_hash(nb: Any) -> str:
    """SHA-256 of the notebook's code cells, in order (what the saved outputs came from)."""
    h = hashlib.sha256()
    for cell in nb.cells:
        if cell.cell_type == "code":
            h.update(cell.source.encode("utf-8"))
            h.update(b"\0")
    return h.hexdigest()


def execute(
    path: Path,
    *,
    small: bool,
    save: bool,
    extra_code: Sequence[str] = (),
    timeout: int = 1800,
) -> Any:
    """Execute one notebook in a fresh kernel started in ``notebooks/``; return it with outputs.

    ``extra_code`` cells run after the notebook's own (tests put their checks there); they are
    never saved. A cell that raises stops the run with
    :class:`nbclient.exceptions.CellExecutionError`, which names the cell.
    """
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    own = len(nb.cells)
    for code in extra_code:
        nb.cells.append(nbformat.v4.new_code_cell(code))
    env = {**QUIET_ENV, SMALL_ENV: "1" if small else "0"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)  # the kernel inherits this process's environment
    try:
        NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": str(HERE)}},
        ).execute()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    del nb.cells[own:]
    if save:
        nb.metadata["kernelspec"] = {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        }
        nb.metadata["kgchat"] = {
            "code_sha256": code_hash(nb),
            "size": "small" if small else "full",
        }
        nbformat.write(nb, path)
    return nb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="notebook file names (default: all)")
    ap.add_argument("--small", action="store_true", help=f"the CI size ({SMALL_ENV}=1)")
    ap.add_argument("--no-save", action="store_true", help="run only; write nothing")
    args = ap.parse_args(argv)
    paths = [HERE / n for n in args.names] if args.names else notebooks()
    for path in paths:
        t0 = time.perf_counter()
        execute(path, small=args.small, save=not args.no_save)
        print(f"{path.name}: {time.perf_counter() - t0:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
