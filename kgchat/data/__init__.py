"""Data that ships inside the package: the bundled demo graphs.

:data:`GRAPHS_DIR` holds ``medicine.ttl`` and ``finance.ttl`` (described in its ``README.md``), so
``pip install kgchat`` gives a working ``kgchat demo``; code, tests, benchmarks and notebooks
name the graphs through it.

>>> sorted(p.name for p in GRAPHS_DIR.glob("*.ttl"))
['finance.ttl', 'medicine.ttl']
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["FINANCE", "GRAPHS_DIR", "MEDICINE"]

GRAPHS_DIR = Path(__file__).resolve().parent / "graphs"
"""The folder of the bundled graphs."""

MEDICINE = GRAPHS_DIR / "medicine.ttl"
"""Drugs, classes, mechanisms, targets, indications (the demo's graph)."""

FINANCE = GRAPHS_DIR / "finance.ttl"
"""Companies, people, exchanges, indices."""
