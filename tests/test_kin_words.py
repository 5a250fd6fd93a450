"""Kin words said otherwise than the graph's relations ("dad", "mum", "kids"): which way the
relation is walked, and which of two tied parents is meant. The people are typed, as an
ontology types them: a node with classes is read by them alone, so no role word (``father``
pointing at one of them) tells the two ends of a relation apart."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _typed(triples: list[tuple[str, str, str]]) -> KnowledgeGraph:
    people = {t for s, _, o in triples for t in (s, o) if t[0].isupper()}
    return KnowledgeGraph.from_triples(triples + [(p, TYPE, "Person") for p in sorted(people)])


@pytest.fixture(scope="module")
def three_generations():
    kg = _typed(
        [
            ("Arthur_Ashby", "father", "George_Ashby"),
            ("Charles_Ashby", "father", "Arthur_Ashby"),
            ("Hugh_Ashby", "father", "Charles_Ashby"),
            ("Henry_Ashby", "child", "Edward_Ashby"),
            ("Edmund_Ashby", "child", "Henry_Ashby"),
            ("Edward_Ashby", "child", "Rose_Ashby"),
        ]
    )
    return make_retriever(kg, index_dir=None, scorer=None)


def test_a_noun_said_in_other_words_is_walked_as_its_relation(three_generations):
    """ "X's dad" says ``father`` by meaning, not by its words: the literal reading of the
    noun said of the entity found no direction, and X's father tied with X's son (whose
    ``father`` X is); "the kids of X" tied X's children with X's parent over ``child``."""
    r = three_generations
    assert r.retrieve("Who was Arthur Ashby's dad?").answer == "George Ashby"
    assert r.retrieve("Who were the kids of Henry Ashby?").answer == "Edward Ashby"
    assert r.retrieve("Whose dad was Arthur Ashby?").answer == "Charles Ashby"


def test_whose_noun_is_walked_to_its_owner(three_generations):
    """ "Whose father was X?" asks for the one who has X as father. The noun after "whose"
    had been read as the verb *to father* (``father`` as an agent noun), said before X, and
    walked forwards to X's own father."""
    r = three_generations
    assert r.retrieve("Whose father was Arthur Ashby?").answer == "Charles Ashby"
    assert r.retrieve("Who is Arthur Ashby's father?").answer == "George Ashby"


def test_a_tie_is_read_by_the_relations_the_tied_share():
    """Both parents over ``parent`` tie; their ``gender`` tells them apart. A fact the father
    has alone, his ``mother`` "Lady Caroline Vane", had met "mum" (by "lady") better than
    the mother's gender did."""
    kg = _typed(
        [
            ("Beatrice_Ashby", "parent", "Arthur_Ashby"),
            ("Beatrice_Ashby", "parent", "Harriet_Lisle"),
            ("Arthur_Ashby", "mother", "Lady_Caroline_Vane"),
            ("Arthur_Ashby", "gender", "male"),
            ("Harriet_Lisle", "gender", "female"),
            ("Beatrice_Ashby", "gender", "female"),
            ("Lady_Caroline_Vane", "gender", "female"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("who is beatrice ashby's mum").answer == "Harriet Lisle"
    assert r.retrieve("Who is Beatrice Ashby's father?").answer == "Arthur Ashby"


def test_a_kin_word_is_no_reading_of_another_kin_relation():
    """A graph with spouses and no parents cannot say who X's mother is: "mother" and
    ``spouse`` are near to the encoder (both said of one family) but one kin term never names
    another that is no kind of it, so the spouse is no answer and the retriever abstains;
    a word that is a kind of the relation ("hubby", a husband, a spouse) still says it."""
    kg = _typed(
        [
            ("Ana_Sol", "spouse", "Carlos_Ibarra"),
            ("Carlos_Ibarra", "spouse", "Ana_Sol"),
            ("Ana_Sol", "starring", "Red_Meridian"),
            ("Carlos_Ibarra", "director", "Red_Meridian"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    mother = r.retrieve("Who is the mother of Ana Sol?")
    assert mother.abstained, (mother.answer, mother.confidence)
    husband = r.retrieve("Who is Ana Sol's hubby?")
    assert not husband.abstained and husband.answer == "Carlos Ibarra"


def test_other_kin_zeroes_only_kin_terms_that_name_other_relations():
    """The encoder's match of two kin terms is kept where one may be a kind of the other
    (WordNet) and zeroed otherwise; roles outside the family keep theirs ("mentor" for an
    ``advisor``)."""
    import numpy as np

    from kgchat.retrieval.kind_divide import other_kin
    from kgchat.retrieval.question import analyze
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    q = analyze("Who is the wife mum mentor of X?", [(6, 7)])
    new = ["mother", "parent", "advisor"]
    cols = [q.words.index(w) for w in ("wife", "mum", "mentor")]
    sims = np.full((len(new), len(q.words)), 0.4, np.float32)
    other_kin(wn, q, new, sims)
    got = sims[:, cols] > 0
    # rows: mother, parent, advisor; columns: wife, mum, mentor
    assert not got[0, 0]  # a wife is no mother
    assert got[1, 1]  # a mum is a parent
    assert got[2, 2]  # a mentor may be an advisor: not kin, kept
