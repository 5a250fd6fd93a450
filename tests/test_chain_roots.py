"""The broadest of the wholes a transitive relation ties (``kgchat.retrieval.chain_roots``).

A graph that states a hierarchy's closure reaches every ancestor by one hop of one relation,
and a tie is ordered by IRI, which says nothing of the question. Where every tied ancestor is
of the class the question names, the word names no level, and the whole of that class, the
one in no other tied one, comes first; ranks that are classes of their own are left to the
type the question names, and a question that asks the parts is left as it is.
"""

from __future__ import annotations

from typing import ClassVar

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.chain_roots import broadest_first
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate, Path

# IRIs chosen so that the nearest group sorts first: the order of a tie by IRI
_GROUPS = """\
@prefix : <http://example.org/g#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Group rdfs:label "Group" . :Tongue rdfs:label "Tongue" .
:Rank rdfs:label "Rank" .
:a1 a :Group ; rdfs:label "Lowland" ; :within :b1, :c1 ; :up :b1 .
:b1 a :Group ; rdfs:label "Westish" ; :within :c1 ; :up :c1 .
:c1 a :Group ; rdfs:label "Grand" .
:t1 a :Tongue ; rdfs:label "Plattspeak" ; :within :a1, :b1, :c1 ; :up :a1 .
:t2 a :Tongue ; rdfs:label "Hochspeak" ; :within :a1, :b1, :c1 ; :up :a1 .
"""


@pytest.fixture(scope="module")
def groups(tmp_path_factory):
    path = tmp_path_factory.mktemp("groups") / "groups.ttl"
    path.write_text(_GROUPS)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    "question",
    ["What group is Plattspeak in?", "Which group does Hochspeak belong to?"],
)
def test_the_class_named_by_every_ancestor_asks_the_broadest(groups, question):
    res = groups.retrieve(question)
    assert res.candidates[0].label == "Grand", [c.label for c in res.candidates[:4]]


def _walk(node: str, rel: str = "within") -> Candidate:
    path = Path("t", ((rel, True),), ("t", node), (0,), 2.0)
    return Candidate(node, node, 2.0, [path])


class _Ranks:
    """Ancestors each of a class of its own: a genus in a family in an order."""

    up: ClassVar[dict[str, set[str]]] = {"g": {"f", "o"}, "f": {"o"}}
    kinds: ClassVar[dict[str, str]] = {"g": "Genus", "f": "Family", "o": "Order"}

    def neighbors(self, node, direction="both", limit=None):
        from kgchat.graph.view import Edge

        return [Edge(0, n, "within", True) for n in sorted(self.up.get(node, ()))]

    def types(self, node):
        return [self.kinds[node]]

    def label(self, node):
        return node


def test_ranks_of_their_own_are_left_to_the_type_asked():
    q = analyze("What family is t in?", [(3, 4)])
    ranked = [_walk("f"), _walk("g"), _walk("o")]
    assert broadest_first(q, _Ranks(), ranked) == ranked


def test_parts_asked_are_left_as_they_are(groups):
    q = analyze("Which groups belong to t?", [(4, 5)])
    ranked = [_walk("a1"), _walk("b1"), _walk("c1")]
    assert broadest_first(q, groups.kg, ranked) == ranked
