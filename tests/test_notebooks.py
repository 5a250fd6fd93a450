"""The notebooks run from top to bottom at the small size, say what they claim, and are committed
with the outputs of their current code (``make notebooks`` re-executes and saves them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def _runner():
    """``notebooks/execute.py`` (a script beside the notebooks, not a package module)."""
    spec = importlib.util.spec_from_file_location("notebook_runner", NOTEBOOKS / "execute.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# What each notebook must have shown once its cells ran (a cell run in the same kernel after
# the notebook's own).
CHECKS = {
    "01_quickstart.ipynb": """
assert kg.stats()["facts"] > 0
assert res.answer and res.facts
assert a.text.strip() and a.facts
assert ax.texts, "the evidence drawing has no labels"
""",
    "02_retrieval_lab.ipynb": """
assert path_rows and {"coverage", "support", "path score"} <= set(path_rows[0])
assert set(table.index.get_level_values("encoder")) == {"sentence-transformers", "hashing"}
assert table["hits_at_1"].between(0, 1).all()
assert list(curves.columns) == [1, 2, 3] and curves.to_numpy().max() <= 1
assert (curves.diff().dropna() >= 0).all().all(), "recall fell with more facts"
assert fails is None or fails.to_numpy().sum() > 0
""",
    "03_transfer.ipynb": """
assert {e.kind for e in examples} >= {"1hop", "2hop", "3hop", "conjunction", "unanswerable"}
assert untrained.metrics["n"] == len(items) > 0
assert 0.0 <= learned.metrics["hits_at_1"] <= 1.0
assert set(head.manifest["dev_retrieval"]) >= {"untrained_hits_at_1", "learned_hits_at_1"}
assert set(tuned) == set(SIZE["strategies"]) and "lora" in tuned
assert all((r.out_dir / "manifest.json").is_file() for r in tuned.values())
assert list(results.index) == ["base", *SIZE["strategies"]]
assert list(results.columns) == ["with facts", "without facts"]
assert reply.text.strip()
""",
    "04_your_own_graph.ipynb": """
assert kg.stats()["facts"] > 0 and table["facts"].sum() == kg.stats()["facts"]
assert untrained.metrics["n"] == len(test) > 0
assert isinstance(head.manifest["default_scorer"], bool)
assert a.text.strip()
""",
}


def test_every_notebook_is_checked():
    assert {p.name for p in _runner().notebooks()} == set(CHECKS)
    assert {p.name for p in NOTEBOOKS.glob("*.ipynb")} == set(CHECKS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_committed_outputs_come_from_the_current_code(name):
    """The saved outputs were made by these very code cells, at the full size, without an
    error: run ``make notebooks`` after changing a notebook's code."""
    import nbformat

    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    recorded = nb.metadata.get("kgchat", {})
    assert recorded.get("code_sha256") == _runner().code_hash(nb), (
        f"{name}: its code changed since its outputs were saved; run `make notebooks`"
    )
    assert recorded.get("size") == "full", f"{name}: saved from a small run; run `make notebooks`"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code), f"{name}: a code cell was never run"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors, f"{name}: saved with an error: {errors[0].get('ename')}"


def test_the_hash_sees_code_cells_only():
    import nbformat

    runner = _runner()
    nb = nbformat.read(NOTEBOOKS / "01_quickstart.ipynb", as_version=4)
    before = runner.code_hash(nb)
    next(c for c in nb.cells if c.cell_type == "markdown").source += " More words."
    assert runner.code_hash(nb) == before
    next(c for c in nb.cells if c.cell_type == "code").source += "\n"
    assert runner.code_hash(nb) != before


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CHECKS))
def test_notebook_runs(name):
    """Every cell runs, in a fresh kernel started in ``notebooks/``, at the small size; then the
    notebook's claims are checked in the same kernel. Nothing is written."""
    _runner().execute(NOTEBOOKS / name, small=True, save=False, extra_code=[CHECKS[name]])
