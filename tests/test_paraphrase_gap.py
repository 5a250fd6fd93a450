"""Where the confidence stands on a relation said in other words against a near relation, on a
tiny graph with the real bundled encoder, WordNet and the graph's learned relation matcher
(issue 11; README "Abstention", thirty-second round).

The ranking finds the right answer in each case; the confidence decides. A paraphrase no
rephrasing of the label reaches ("who *played in* X" over ``member``) is abstained on, and a
near relation the encoder picks among the walk's relations ("*where* did X die" over ``birth
place``: 0.40 apart in MiniLM, above its unrelated floor, nearer than any other relation
offered; ``RelationMatch._chosen``) was answered until the sixty-first round, when a relation
WordNet opposes to a word asked became no answer (fix61a): the first stays a strict xfail, so
that the change that fixes it shows here and must keep the other cases passing (the label's
own words answered, "when did X die" over ``birth date`` abstained). Letting the graph's learned
matcher veto the encoder's pick below even odds fixes the second (the matcher says 0.06) but
lost 13 right answers on the development questions ("Who runs X?" over ``ceo``) and
abstained on no more unanswerable ones (README "Abstention", thirty-second round)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

BANDS = [
    ("Metallica", "member", "James_Hetfield"),
    ("Metallica", "member", "Lars_Ulrich"),
    ("Metallica", "genre", "Thrash_Metal"),
    ("Metallica", "hometown", "Los_Angeles"),
    ("Metallica", "formation year", '"1981"'),
    ("Metallica", "record label", "Elektra"),
    ("Nirvana", "member", "Kurt_Cobain"),
    ("Nirvana", "genre", "Grunge"),
    ("Nirvana", "hometown", "Aberdeen"),
    ("Nirvana", "formation year", '"1987"'),
    ("Nirvana", "record label", "DGC"),
    ("James_Hetfield", "birth date", '"1963-08-03"'),
    ("Kurt_Cobain", "birth date", '"1967-02-20"'),
    ("Kurt_Cobain", "birth place", "Aberdeen"),
]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(BANDS))


def test_the_labels_own_words_are_answered(retriever):
    res = retriever.retrieve("Who are the members of Metallica?")
    assert not res.abstained and res.answer in {"James Hetfield", "Lars Ulrich"}
    res = retriever.retrieve("When was Kurt Cobain born?")
    assert not res.abstained and res.answer == "1967-02-20"


def test_a_near_relation_of_a_date_abstains(retriever):
    """The graph has birth dates only: "when did X die" ranks the birth date first and
    abstains on it."""
    res = retriever.retrieve("When did Kurt Cobain die?")
    assert res.answer == "1967-02-20" and res.abstained


@pytest.mark.xfail(strict=True, reason="a paraphrase no label rephrasing reaches (0.05)")
def test_a_paraphrase_of_member_is_answered(retriever):
    """Ranked right (James Hetfield over ``member``), abstained on: "played in" shares no
    word, stem or WordNet meaning with ``member``, MiniLM puts them 0.23 apart, under its
    unrelated floor, and the matcher's rephrasings of ``member`` never say it."""
    res = retriever.retrieve("Who played in Metallica?")
    assert res.answer in {"James Hetfield", "Lars Ulrich"}
    assert not res.abstained


def test_a_near_relation_the_encoder_picks_abstains(retriever):
    """The graph has no place of death: "where did X die" ranks the birth place first (a
    place, the encoder's pick among the relations offered, 0.40 apart); it answered it until
    the sixty-first round, when a relation WordNet opposes to the word asked (*die* and
    *birth*) became no answer (fix61a, :mod:`kgchat.retrieval.opposite_relation`)."""
    res = retriever.retrieve("Where did Kurt Cobain die?")
    assert res.answer == "Aberdeen" and res.abstained
