"""A tie of values by one relation path is read whole, though answers of other paths at
the same score fall between them
(:meth:`kgchat.retrieval.own_facts.OwnFactTies._ties_by_own_facts`): a food's nutrient
amounts, each an unnamed record (a blank node here) with its nutrient and unit, tie with the
food's ``fdcId`` and ``ndbNumber`` (FoodData Central: "How many calories are there in cooked
shrimp?"), and the ranking's order by node puts the codes "15271" and "175180" between the
amounts "111.0" and "24.0". The energy's record says "calories" by its unit (QUDT's
``unit:KiloCAL``, read "Kilo CAL"), which the encoder meets, the others' not.
``test_an_interleaved_tie_is_read_whole`` fails on START (bd78b896): only the amounts before
the first code were read, the energy (99.0) stayed last."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.graph.vocab import RDF_TYPE
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
FD = "https://example.org/fooddata/"
FOOD = f"{FD}food/175"
_AMOUNTS = [
    ("Fiber, total dietary", "GM", "0.0"),
    ("Sodium, Na", "MilliGM", "111.0"),
    ("Protein", "GM", "24.0"),
    ("Energy", "KiloCAL", "99.0"),
    ("Iron, Fe", "MilliGM", "0.51"),
    ("Calcium, Ca", "MilliGM", "70.0"),
]
QUESTION = "How many calories are there in cooked shrimp?"


def _food() -> KnowledgeGraph:
    """One food, two codes of its own and six nutrient amounts, each an unnamed record."""
    rows = [(FOOD, LABEL, '"Shrimp, cooked"'), (FOOD, f"{FD}fdcId", '"175180"')]
    rows.append((FOOD, f"{FD}ndbNumber", '"15271"'))
    for n, (name, unit, value) in enumerate(_AMOUNTS):
        amount, nutrient = f"_:amount{n}", f"{FD}nutrient/{n}"
        rows += [(FOOD, f"{FD}hasNutrientAmount", amount), (amount, RDF_TYPE, f"{FD}QuantityValue")]
        rows += [
            (amount, f"{FD}numericValue", f'"{value}"'),
            (amount, f"{FD}unit", f"{FD}unit/{unit}"),
        ]
        rows += [(amount, f"{FD}nutrient", nutrient), (nutrient, LABEL, f'"{name}"')]
    return KnowledgeGraph.from_triples(rows)


def test_an_interleaved_tie_is_read_whole(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path))
    r = make_retriever(_food(), index_dir=None)
    found = r.retrieve(QUESTION).candidates
    amounts = [c for c in found if c.label in {v for _, _, v in _AMOUNTS}]
    codes = [c for c in found if c.label in {"175180", "15271"}]
    assert len(amounts) == len(_AMOUNTS) and len({c.paths[0].pattern for c in amounts}) == 1
    # one score for all, as a walk from the food's class gives them (the ranking's order)
    tied = sorted((replace(c, score=0.5) for c in amounts + codes), key=lambda c: c.rank_key())
    assert tied[0].label == "0.0" and tied[-1].label == "99.0"
    assert [c.label for c in tied[3:5]] == ["15271", "175180"]
    q = analyze(QUESTION, [(m.start, m.end) for m in r.linker.link(QUESTION)])
    ranked = r._ties_by_own_facts(q, tied)
    assert ranked[0].label == "99.0"
    # the other paths' answers keep their places
    assert [c.label for c in ranked[3:5]] == ["15271", "175180"]
