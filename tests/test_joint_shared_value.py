"""Two entities a question names, joined where only a value many things hold joins them, and
the tie of each one's own attribute: "What version of B does A depend on?" on a software
bill of materials where every package points at the document's one creation record
(``creationInfo``, a blank node) and that record has a ``spec version``.

- Walked from A and from B into that record and on to its spec version, the two paths meet
  there as any two packages of the document would: the second entity meets no constraint of
  its own (:func:`~kgchat.retrieval.shared_walks.met_at_shared_value`), and the spec version
  is no joint answer.
- B's own version (B: ``version``; A: ``depends on``, ``version``) ties A's own (the same
  paths given the other way round); "version *of B*" says the word beside B, so B's comes
  first (:func:`~kgchat.retrieval.joint_roles.owner_said`).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.joint_roles import shorter_owned
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Path
from kgchat.retrieval.shared_walks import met_at_shared_value

_SBOM = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Package rdfs:label "package" .
ex:creationInfo rdfs:label "creation info" .
ex:specVersion rdfs:label "spec version" .
ex:packageVersion rdfs:label "package version" .
ex:dependsOn rdfs:label "depends on" .
ex:created rdfs:label "created" .
_:info ex:specVersion "3.0.1" ; ex:created "2024-05-01" .
ex:ferrite a ex:Package ; rdfs:label "ferrite-core" ; ex:packageVersion "2.8.0" ;
  ex:creationInfo _:info ; ex:dependsOn ex:quillon .
ex:quillon a ex:Package ; rdfs:label "quillon-tls" ; ex:packageVersion "9.1.1" ;
  ex:creationInfo _:info .
ex:tamber a ex:Package ; rdfs:label "tamber-log" ; ex:packageVersion "7.4.2" ;
  ex:creationInfo _:info .
ex:vessel a ex:Package ; rdfs:label "vessel-cli" ; ex:packageVersion "5.0.0" ;
  ex:creationInfo _:info ; ex:dependsOn ex:tamber .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("sbom") / "sbom.ttl"
    path.write_text(_SBOM)
    return make_retriever(KnowledgeGraph.load(str(path)), index_dir=None, scorer=None)


@pytest.mark.parametrize(
    ("question", "version"),
    [
        ("What version of quillon-tls does ferrite-core depend on?", "9.1.1"),
        ("Which quillon-tls version does ferrite-core use?", "9.1.1"),
        ("What version of tamber-log does vessel-cli depend on?", "7.4.2"),
    ],
)
def test_the_version_of_the_entity_beside_its_word(retriever, question, version):
    res = retriever.retrieve(question)
    assert [c.label for c in res.candidates[:1]] == [version]


def test_paths_meeting_at_a_shared_record_meet_no_constraint():
    """Meeting at a node entered forwards by one relation that ``shared_value`` says many
    hold is what the rule reads; paths meeting at the answer itself, or entering the
    meeting node by different relations, are not such a meeting."""
    a = {
        (("info", True),): {"doc": ("A", 0)},
        (("info", True), ("spec", True)): {"3.0": ("doc", 1)},
    }
    b = {
        (("info", True),): {"doc": ("B", 2)},
        (("info", True), ("spec", True)): {"3.0": ("doc", 1)},
    }
    combo = [(1.0, (("info", True), ("spec", True)), 0), (1.0, (("info", True), ("spec", True)), 1)]
    held = {("doc", "info")}
    shared = lambda n, r: (n, r) in held  # noqa: E731
    assert met_at_shared_value("3.0", combo, [("A", a), ("B", b)], shared)
    held.clear()
    assert not met_at_shared_value("3.0", combo, [("A", a), ("B", b)], shared)
    held.add(("doc", "info"))
    # one path only, or both meeting at the answer (no hop walked alike): no such meeting
    assert not met_at_shared_value("3.0", combo[:1], [("A", a)], shared)
    direct = [(1.0, (("spec", True),), 0), (1.0, (("spec", True),), 1)]
    one = {(("spec", True),): {"3.0": ("A", 3)}}
    other = {(("spec", True),): {"3.0": ("B", 4)}}
    assert not met_at_shared_value("3.0", direct, [("A", one), ("B", other)], shared)


def test_no_owner_cue_without_a_single_shorter_path_or_a_nearer_entity():
    q = analyze("What version of lib does app depend on?", [(3, 4), (5, 6)])
    spans = {"lib": (3, 4), "app": (5, 6)}
    cover = lambda p: [1.0 if w == "version" else 0.0 for w in q.words]  # noqa: E731
    one = Path("lib", (("version", True),), ("lib", "1.0"), (0,), 1.0)
    same = Path("app", (("version", True),), ("app", "1.0"), (1,), 1.0)
    assert shorter_owned(q, [one, same], spans, cover) is None  # paths as long
    assert shorter_owned(q, [one], spans, cover) is None  # one entity
    far = analyze("app and lib: what version?", [(0, 1), (2, 3)])
    dep = Path("app", (("dependsOn", True), ("version", True)), ("app", "lib", "1.0"), (1, 0), 1.0)
    spans_far = {"app": (0, 1), "lib": (2, 3)}
    words = lambda p: [1.0 if w == "version" else 0.0 for w in far.words]  # noqa: E731
    assert shorter_owned(far, [one, dep], spans_far, words) is True  # lib is nearer


def test_no_owner_cue_where_the_paths_end_by_different_relations():
    """Two constraints met by different relations ("criminal law cases that were
    applications for annulment") are no attribute asked of one entity: no cue."""
    q = analyze("Which law cases were applications for annulment?", [(1, 2), (5, 8)])
    spans = {"law": (1, 2), "ann": (5, 8)}
    cover = lambda p: [1.0 if w == "cases" else 0.0 for w in q.words]  # noqa: E731
    short = Path("law", (("subject", False),), ("law", "c1"), (0,), 1.0)
    longer = Path("ann", (("procedure", False), ("cites", False)), ("ann", "c0", "c1"), (1, 2), 1.0)
    assert shorter_owned(q, [short, longer], spans, cover) is None
