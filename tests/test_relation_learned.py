"""The relation matcher learned from a graph's own relations (``kgchat.retrieval.
relation_learned``): a relation said by a synonym is met, a near relation of the same subjects
is not, on a tiny graph with the real bundled encoder."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import RetrieverConfig
from kgchat.retrieval.relation_learned import RelationMatcher, graph_matcher, matcher_path
from kgchat.retrieval.relation_paraphrase import paraphrase_questions
from kgchat.retrieval.relation_training import near_relations, training_relations
from kgchat.wordnet import wordnet

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

PEOPLE = [
    ("Ana_Sol", "spouse", "Ben_Sol"),
    ("Ana_Sol", "parent", "Carla_Reyes"),
    ("Ana_Sol", "birth date", '"1970-02-03"'),
    ("Ana_Sol", "birth place", "Lima"),
    ("Ana_Sol", "employer", "Acme"),
    ("Ben_Sol", "spouse", "Ana_Sol"),
    ("Ben_Sol", "birth date", '"1968-05-01"'),
    ("Ben_Sol", "birth place", "Quito"),
    ("Ben_Sol", "employer", "Initech"),
    ("Carla_Reyes", "birth place", "Lima"),
    ("Acme", "headquarters", "Lima"),
    ("Initech", "headquarters", "Quito"),
    ("Lima", TYPE, "City"),
    ("Quito", TYPE, "City"),
]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("KGCHAT_CACHE", str(tmp_path_factory.mktemp("cache")))
    kg = KnowledgeGraph.from_triples(PEOPLE)
    r = make_retriever(
        kg, index_dir=None, scorer=None, config=RetrieverConfig(relation_matcher=True)
    )
    r.prepare()
    yield r
    mp.undo()


def _p(r, asked: str, phrase: str) -> float:
    matcher = r.judge.learned()[-1]  # the paraphrase-trained one
    vecs = r.index.encoder.encode([asked, phrase])
    return matcher.probability(vecs[0], vecs[1])


def test_a_synonym_is_met_and_a_near_relation_is_not(retriever):
    """Words the labels do not contain ("wife", "born", "works for") meet their relation;
    the same question against a relation stated of the same people does not."""
    r = retriever
    assert _p(r, "who is the wife of", "spouse") > 0.5
    assert _p(r, "who is the wife of", "spouse") > _p(r, "who is the wife of", "parent")
    assert _p(r, "when was born", "birth date") > 0.5
    assert _p(r, "when did die", "birth date") < 0.5
    assert _p(r, "who is the mother of", "spouse") < 0.5


def test_a_near_relation_still_abstains(retriever):
    """A question the graph cannot answer ("died": the graph has birth dates only) stays
    abstained on with the matcher read."""
    res = retriever.retrieve("When did Ana Sol die?")
    assert res.abstained


COURSES = [
    ("Machine_Learning", "requires", "Linear_Algebra"),
    ("Machine_Learning", "taught by", "Ada_Park"),
    ("Machine_Learning", "offered by", "Computer_Science"),
    ("Databases", "requires", "Discrete_Math"),
    ("Databases", "taught by", "Ben_Ode"),
    ("Databases", "offered by", "Computer_Science"),
    ("Linear_Algebra", "offered by", "Mathematics"),
    ("Linear_Algebra", "taught by", "Cy_Lund"),
    ("Ada_Park", "member of", "Computer_Science"),
    ("Ben_Ode", "member of", "Computer_Science"),
]


def test_a_relation_said_by_a_synonym_is_answered(tmp_path, monkeypatch):
    """ "prerequisites" shares no word, stem or WordNet meaning the scorer reads with
    ``requires``, and the encoder's cosine is under its floor: abstained on without the
    matcher (0.08), answered with it; a near relation ("wrote" against ``taught by``) stays
    abstained on."""
    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path))
    kg = KnowledgeGraph.from_triples(COURSES)
    on, off = (
        make_retriever(kg, index_dir=None, scorer=None, config=RetrieverConfig(relation_matcher=f))
        for f in (True, False)
    )
    q = "What are the prerequisites for Machine Learning?"
    assert off.retrieve(q).abstained
    res = on.retrieve(q)
    assert res.answer == "Linear Algebra" and not res.abstained
    assert on.retrieve("Who wrote Machine Learning?").abstained


def test_the_cache_is_keyed_on_the_training_code(monkeypatch):
    """A matcher trained by other code (another recipe, the same graph and encoder) is not
    read back: the key hashes the training modules' source, not only a version number."""
    from kgchat.retrieval import relation_learned

    before = matcher_path("fp", "enc")
    monkeypatch.setattr(relation_learned, "_CODE", "another recipe")
    assert matcher_path("fp", "enc") != before


def test_the_matcher_is_cached_by_the_graphs_fingerprint(retriever):
    kg = retriever.kg
    enc = retriever.index.encoder
    path = matcher_path(kg.fingerprint, f"{enc.name}:{getattr(enc, 'model_id', '')}|False")
    assert path.is_file()
    again = graph_matcher(retriever, enc, wordnet())  # loaded, not retrained
    assert again is not None
    assert np.allclose(again.weights, retriever.judge.learned()[-1].weights)


def test_turned_off_and_without_an_encoder():
    kg = KnowledgeGraph.from_triples(PEOPLE)
    assert RetrieverConfig().relation_matcher is True
    off = RetrieverConfig(relation_matcher=False)
    r = make_retriever(kg, index_dir=None, scorer=None, config=off)
    assert not r.judge.learned()
    assert graph_matcher(r, None) is None
    bare = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert bare.retrieve("When was Ana Sol born?").answer  # answers with a hashing encoder


def test_paraphrases_and_near_relations():
    lexicon = wordnet()
    said = paraphrase_questions("spouse", lexicon)
    assert said[0] == "spouse"
    if lexicon is not None:
        words = ("partner", "married person", "mate", "better half")
        assert any(w in q for q in said for w in words)
    near = near_relations([["spouse", "parent"], ["spouse", "birth date"], ["headquarters"]])
    assert near["spouse"] == {"parent", "birth date"}
    assert near["headquarters"] == set()


def test_too_few_relations_learn_nothing():
    def embed(texts):
        return np.eye(len(texts), 8, dtype=np.float32)

    assert RelationMatcher.fit({"a": ["a"]}, {}, embed) is None


def test_the_training_sample_does_not_hang_on_the_store_s_order():
    """The same triples in another order (as an endpoint lists them) give the same training
    pairs and the same matcher, also where the sample is smaller than the graph (three
    subjects here, as 20,000 of a big graph): it is chosen by the nodes' keys, not by the
    order the store lists them in."""
    import random

    from kgchat.retrieval import Retriever

    shuffled = list(PEOPLE)
    random.Random(7).shuffle(shuffled)
    graphs = [KnowledgeGraph.from_triples(t) for t in (PEOPLE, shuffled)]
    # (the first subjects each store lists differ: a sample of those would too)
    assert list(graphs[0].entities())[:3] != list(graphs[1].entities())[:3]
    read = [training_relations(Retriever(g), wordnet(), subjects=3) for g in graphs]
    assert read[0] == read[1]
    assert len(read[0][0]) >= 2

    def embed(texts):  # a fixed vector per text, whatever the batch
        rows = [np.random.default_rng(sum(map(ord, t))).normal(size=16) for t in texts]
        return np.asarray([r / np.linalg.norm(r) for r in rows], np.float32)

    one, two = (RelationMatcher.fit(*pairs, embed) for pairs in read)
    assert one is not None and two is not None
    assert np.array_equal(one.weights, two.weights) and one.bias == two.bias
