"""A value tied with its siblings is told apart by the named record it hangs from
(:meth:`kgchat.retrieval.own_facts.OwnFactTies._holder_pairs`): a descriptor's ``has value``
says nothing of the figure; the descriptor's kind says what it is a figure of (PubChem's
``descriptor/CID3672_Molecular_Weight``, of class *molecular weight*, beside its *exact mass*,
its *complexity* and its *XLogP3*, all reached by one relation path with one score).
``test_a_tied_value_is_read_by_its_record_s_kind`` fails on START (4791f378): the tie kept
its order by node, the complexity (203) first."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval import Retriever

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_KINDS = [
    ("MolecularWeight", "molecular weight", '"206.28"'),
    ("ExactMass", "exact mass", '"206.13"'),
    ("XLogP3", "XLogP3", '"3.5"'),
    ("TPSA", "topological polar surface area", '"37.3"'),
    ("Complexity", "complexity", '"203"'),
]


def _descriptors() -> KnowledgeGraph:
    """One compound, five named descriptor records of five classes, each holding one figure."""
    rows = [("ibu", LABEL, '"Ibuprofen"')]
    for cls, label, value in _KINDS:
        d = f"desc/CID3672_{cls}"
        rows += [("ibu", "has attribute", d), (d, RDF_TYPE, cls), (d, "has value", value)]
        rows += [(cls, LABEL, f'"{label}"'), (d, LABEL, f'"CID3672 {cls}"')]
    return KnowledgeGraph.from_triples(rows)


def test_a_tied_value_is_read_by_its_record_s_kind() -> None:
    res = Retriever(_descriptors()).retrieve("How heavy is a molecule of Ibuprofen in g/mol?")
    tied = [c for c in res.candidates if c.score == res.candidates[0].score]
    assert len(tied) == len(_KINDS)  # one relation path, one score: the records tell them apart
    assert res.candidates[0].label == "206.28"


def test_a_value_of_the_entity_itself_reads_no_record() -> None:
    """A value one hop from the question's entity hangs from that entity: it has no record
    of its own to read (the tie stays as the ranking had it)."""
    kg = KnowledgeGraph.from_triples(
        [("ibu", LABEL, '"Ibuprofen"'), ("ibu", "code", '"A1"'), ("ibu", "code", '"B2"')]
    )
    r = Retriever(kg)
    res = r.retrieve("What is the code of Ibuprofen?")
    assert res.candidates and all(r._holder_pairs(c) == () for c in res.candidates)
