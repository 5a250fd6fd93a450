"""A long name said without the short figures inside it (a product's specification: "Honda CR-V
e:PHEV Advance" for "Honda CR-V 2.0 e:PHEV Advance") names its entity in part.

Found by the vehicles blind probe (bench/data/own/vehicles.jsonld): a catalogue names each trim
with its engine's size ("Volkswagen Golf 1.5 eTSI Life"), which buyers leave out; "What fuel
does the Honda CR-V e:PHEV Advance use?" linked the model line "Honda CR-V" and the fuel
"PHEV", and abstained."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("crv", LABEL, '"Honda CR-V"'),
            ("crv", "brand", "honda"),
            ("honda", LABEL, '"Honda"'),
            ("crv_phev", LABEL, '"Honda CR-V 2.0 e:PHEV Advance"'),
            ("crv_phev", "model", "crv"),
            ("crv_phev", "fuel_type", "phev"),
            ("crv_phev", "transmission", '"e-CVT"'),
            ("civic_hev", LABEL, '"Honda Civic 2.0 e:HEV Advance"'),
            ("civic_hev", "fuel_type", "hev"),
            ("phev", LABEL, '"Plug-in hybrid"'),
            ("phev", "alt_label", '"PHEV"'),
            ("hev", LABEL, '"Hybrid electric"'),
        ]
    )


def test_a_name_said_without_its_figures(kg):
    linked = EntityLinker(kg).link("What fuel does the Honda CR-V e:PHEV Advance use?")
    assert [m.node for m in linked] == ["crv_phev"]


def test_the_answer_is_the_trims(kg):
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("What fuel does the Honda CR-V e:PHEV Advance use?").answer == (
        "Plug-in hybrid"
    )
