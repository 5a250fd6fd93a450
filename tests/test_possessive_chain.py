"""A possessive inside "<noun> of X's <noun>" says which hop a chain takes first."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever


def test_the_noun_of_a_possessive_is_the_noun_of_what_is_owned():
    """ "What is the occupation of Kaito Mori's wife?": "the occupation of" governs "Kaito
    Mori's wife", so the chain goes to the wife first (``spouse``, then ``profession``); it
    had been read as "the occupation of Kaito Mori" and answered his own profession."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Kaito_Mori", "profession", "novelist"),
            ("Lena_Mori", "profession", "translator"),
            ("Kaito_Mori", "spouse", "Lena_Mori"),
            ("Lena_Mori", "spouse", "Kaito_Mori"),
            ("Kaito_Mori", "nationality", "Japan"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("What is the occupation of Kaito Mori's wife?").answer == "translator"
    assert r.retrieve("What is the occupation of Kaito Mori?").answer == "novelist"
    assert r.retrieve("What is Kaito Mori's occupation?").answer == "novelist"
