"""A question word the reading mends to the graph's relation word is mended in the type the
question asks too (:func:`kgchat.retrieval.relation_spelling.spelled_right`): "Which
*licence* is X published under?" on a graph that spells it ``license`` asks a license (the
forty-seventh round's blind probe: the type stayed "licence", met no answer's class, and a walk
out over the licence and back to another data set's publisher answered at confidence 1.0).
Real components, the bundled MiniLM."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze
from kgchat.retrieval.relation_spelling import spelled_right

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCT = "http://purl.org/dc/terms/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
EX = "http://ex.org/"


def _catalogue() -> KnowledgeGraph:
    triples = []
    for key, title, publisher, licence in (
        ("gppd", "Global Power Plant Database", "World Resources Institute", "ccby"),
        ("ets", "EU ETS verified emissions", "European Environment Agency", "ccby"),
        ("mastr", "Marktstammdatenregister", "Bundesnetzagentur", "dlde"),
    ):
        triples += [
            (EX + key, LABEL, f'"{title}"'),
            (EX + key, TYPE, EX + "Dataset"),
            (EX + key, DCT + "publisher", EX + publisher.replace(" ", "_")),
            (EX + key, DCT + "license", EX + licence),
        ]
    triples += [
        (EX + "ccby", LABEL, '"Creative Commons Attribution 4.0"'),
        (EX + "ccby", TYPE, DCT + "LicenseDocument"),
        (EX + "dlde", LABEL, '"Datenlizenz Deutschland 2.0"'),
        (EX + "dlde", TYPE, DCT + "LicenseDocument"),
    ]
    return KnowledgeGraph.from_triples(triples)


def test_a_mended_word_is_mended_in_the_type_asked() -> None:
    kg = _catalogue()
    r = make_retriever(kg, index_dir=None)
    q = analyze("Which licence is the Global Power Plant Database published under?", [(4, 8)])
    mended = spelled_right(q, r.linker, r._relation_words())
    assert mended.answer_type == ["license"] and "license" in mended.words
    for question in (
        "Which licence is the Global Power Plant Database published under?",
        "Which license is the Global Power Plant Database published under?",
    ):
        res = r.retrieve(question)
        assert not res.abstained and res.answer == "Creative Commons Attribution 4.0", question
