"""A graph's optional capabilities (``kgchat.graph.capabilities``): what each store offers, read
as the retrieval read them before (a member present and not None, a forwarding proxy's too),
once an object, so that a question's thousands of checks cost no more than ``getattr`` did;
and the retriever's calls go through them (a view that fetches ahead is told what to fetch)."""

from __future__ import annotations

import gc

from kgchat import KnowledgeGraph
from kgchat.graph import capabilities as cap
from kgchat.graph.endpoint import SparqlGraph
from kgchat.retrieval import Retriever

TRIPLES = [
    ("Aspirin", "treats", "Headache"),
    ("Aspirin", "interacts_with", "Warfarin"),
    ("Warfarin", "treats", "Thrombosis"),
]

# what each store offers, as the module's docstrings say
LOCAL = {"DeclaresRanges", "DescribesRelations", "NamesByLanguage", "TellsLiterals"}
PROTOCOLS = {name for name in cap.__all__ if isinstance(getattr(cap, name), type)}
REMOTE = PROTOCOLS


def _offered(obj: object) -> set[str]:
    return {name for name in PROTOCOLS if isinstance(obj, getattr(cap, name))}


def test_each_store_offers_what_its_protocols_say():
    assert _offered(KnowledgeGraph.from_triples(TRIPLES)) == LOCAL
    # (the endpoint's class: its methods, without a server to build one)
    assert _offered(SparqlGraph) == REMOTE


def test_a_capability_is_read_as_getattr_read_it():
    """A proxy forwarding by ``__getattr__`` offers what it forwards (on every Python: the
    standard check reads members statically from 3.12 on); a member set to None is none."""
    kg = KnowledgeGraph.from_triples(TRIPLES)

    class Proxy:
        def __getattr__(self, name: str):
            return getattr(kg, name)

    class Off:
        is_literal = None

        def expect(self, nodes) -> None: ...

    assert _offered(Proxy()) == LOCAL
    assert _offered(Off()) == {"Prefetches"}
    assert _offered(None) == set() and _offered(3) == set()


def test_the_check_is_remembered_while_the_object_lives(monkeypatch):
    """Checked once an object: 10,000 checks read the members once for each capability (the
    standard check of a runtime protocol read them on every call: 20-30 us each on Python
    3.11), and an object collected leaves nothing behind. Counted, not timed: a timed check
    fails on a loaded machine."""
    reads: list[type] = []
    real = cap._offers

    def counted(obj: object, capability: type) -> bool:
        reads.append(capability)
        return real(obj, capability)

    monkeypatch.setattr(cap, "_offers", counted)
    kg = KnowledgeGraph.from_triples(TRIPLES)
    for _ in range(10_000):
        assert isinstance(kg, cap.TellsLiterals) and not isinstance(kg, cap.Prefetches)
    assert sorted(reads, key=lambda c: c.__name__) == [cap.Prefetches, cap.TellsLiterals]
    other = KnowledgeGraph.from_triples(TRIPLES)
    assert isinstance(other, cap.TellsLiterals)
    key = id(other)
    assert key in cap._checked
    del other
    gc.collect()
    assert key not in cap._checked


def test_a_view_that_fetches_ahead_is_told_what_is_read_next():
    """The linker and the walk tell a view that fetches ahead (an endpoint's ``expect`` and
    ``expect_walk``) what they read next; answers are those of the plain graph."""
    kg = KnowledgeGraph.from_triples(TRIPLES)
    told: dict[str, list[str]] = {"expect": [], "expect_walk": []}

    class Fetching:
        def __getattr__(self, name: str):
            return getattr(kg, name)

        def __contains__(self, node: str) -> bool:
            return node in kg

        def expect(self, nodes) -> None:
            told["expect"].extend(nodes)

        def expect_walk(self, nodes) -> None:
            told["expect_walk"].extend(nodes)

    question = "What does aspirin treat?"
    remote, local = Retriever(Fetching()).retrieve(question), Retriever(kg).retrieve(question)
    assert remote.answer == local.answer == "Headache"
    assert "Aspirin" in told["expect"] and "Aspirin" in told["expect_walk"]
