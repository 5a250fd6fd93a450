"""One reading of n-ary records (:mod:`kgchat.retrieval.junction_constraints`): the spans a
junction beside a candidate meets, by node or by the words of a literal value, on tiny graphs."""

from __future__ import annotations

from types import SimpleNamespace

from kgchat.graph import KnowledgeGraph
from kgchat.mention import Mention
from kgchat.retrieval.junction_constraints import met_at_junctions, spans_of
from kgchat.retrieval.results import Candidate


def _anonymous(node: str) -> bool:
    return node.startswith("obs")


def test_one_span_is_one_constraint_however_many_entities_it_links() -> None:
    """An ambiguous name's two entities are one span: one set of nodes, its words once."""
    said = [Mention("Paris", 0, 1, "Paris, France", 0.9), Mention("Paris", 0, 1, "Paris, TX", 0.8)]
    said.append(Mention("2019", 2, 3, "year 2019", 1.0))
    spans = spans_of(said)
    assert spans == {
        (0, 1): ({"Paris, France", "Paris, TX"}, {"paris"}),
        (2, 3): ({"year 2019"}, {"2019"}),
    }


def test_a_record_meets_a_span_by_the_words_of_its_value() -> None:
    """The question's "2019" links a year node, while the record states its period as a
    literal: the record beside the answer still meets both spans, and that answer, not the
    one of another year, is raised; a span no record meets raises nothing."""
    kg = KnowledgeGraph.from_triples(
        [
            ("obs1", "area", "Andalusia"),
            ("obs1", "period", '"2019"'),
            ("obs1", "source", "Census A"),
            ("obs2", "area", "Andalusia"),
            ("obs2", "period", '"2020"'),
            ("obs2", "source", "Census B"),
            ("year 2019", "label", '"year"'),
        ]
    )
    said = [Mention("Andalusia", 0, 1, "Andalusia", 1.0), Mention("2019", 2, 3, "year 2019", 1.0)]
    sources = [Candidate("Census B", "Census B", 1.0), Candidate("Census A", "Census A", 1.0)]
    ranked = met_at_junctions(
        SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=_anonymous), sources, said, 1.0
    )
    assert [(c.label, c.score) for c in ranked] == [("Census A", 2.0), ("Census B", 1.0)]
    elsewhere = [Mention("Andalusia", 0, 1, "Andalusia", 1.0), Mention("2018", 2, 3, "2018", 1.0)]
    sources = [Candidate("Census B", "Census B", 1.0), Candidate("Census A", "Census A", 1.0)]
    ranked = met_at_junctions(
        SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=_anonymous), sources, elsewhere, 1.0
    )
    assert [c.score for c in ranked] == [1.0, 1.0]


def test_a_tie_is_read_whole_past_the_pool() -> None:
    """Forty airlines tie; the one a route joins to both airports sorts last by name, past
    the first thirty whose junctions are read: a tie is read whole, and it is raised."""
    triples = [(f"r{i}", "airline", f"A{i:02d}") for i in range(40)]
    triples += [(f"r{i}", "from", "LHR") for i in range(40)]
    triples += [("r39", "to", "JFK"), ("JFK", "city", "New York")]
    kg = KnowledgeGraph.from_triples(triples)
    said = [Mention("LHR", 0, 1, "LHR", 1.0), Mention("JFK", 2, 3, "JFK", 1.0)]
    airlines = [Candidate(f"A{i:02d}", f"A{i:02d}", 1.0) for i in range(40)]
    ranked = met_at_junctions(
        SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=lambda n: n.startswith("r")),
        airlines,
        said,
        1.0,
    )
    assert (ranked[0].node, ranked[0].score) == ("A39", 2.0)
    assert {c.score for c in ranked[1:]} == {1.0}


def test_a_record_whose_figure_is_a_node_of_its_own_meets_through_it() -> None:
    """A partner's contribution to a project is a role record joining both, whose amount is a
    node of its own (a ``MonetaryAmount`` with a value): the value beside the amount node is
    the record's remaining part, raised where the question names both the partner and the
    project; a value of the partner in another project, or of another partner, is not."""
    kg = KnowledgeGraph.from_triples(
        [
            ("role1", "project", "P1"),
            ("role1", "organisation", "O1"),
            ("role1", "contribution", "amount1"),
            ("amount1", "value", '"100.50"'),
            ("role2", "project", "P1"),
            ("role2", "organisation", "O2"),
            ("role2", "contribution", "amount2"),
            ("amount2", "value", '"200.25"'),
            ("role3", "project", "P2"),
            ("role3", "organisation", "O1"),
            ("role3", "contribution", "amount3"),
            ("amount3", "value", '"300.75"'),
        ]
    )
    said = [Mention("O1", 0, 1, "O1", 1.0), Mention("P1", 2, 3, "P1", 1.0)]
    values = [Candidate(f'"{v}"', v, 1.0) for v in ("300.75", "200.25", "100.50")]

    def unnamed(node: str) -> bool:
        return node.startswith(("role", "amount"))

    ranked = met_at_junctions(
        SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=unnamed), values, said, 1.0
    )
    assert [(c.label, c.score) for c in ranked] == [
        ("100.50", 2.0),
        ("200.25", 1.0),
        ("300.75", 1.0),
    ]


def test_a_record_every_element_of_a_document_holds_joins_nothing() -> None:
    """An SPDX document's elements each lead to its one ``CreationInfo`` (a blank node with
    the spec version): a value they share, no record of theirs. Asked a version of the
    package the vulnerability is fixed in, the package's own version stays above the spec
    version, which the relationships holding the document's record would otherwise join to
    both the vulnerability and the package."""
    kg = KnowledgeGraph.from_triples(
        [
            ("rel1", "from", "CVE-1"),
            ("rel1", "fixed in", "pkg"),
            ("rel2", "from", "CVE-1"),
            ("rel2", "affects", "old pkg"),
            ("rel3", "from", "CVE-2"),
            ("rel3", "affects", "pkg"),
            ("pkg", "package version", '"3.1.0"'),
            ("old pkg", "package version", '"3.0.2"'),
            *[(x, "creation info", "_:info") for x in ("rel1", "rel2", "rel3", "CVE-1", "pkg")],
            ("_:info", "spec version", '"3.0.1"'),
        ]
    )
    said = [Mention("pkg", 0, 1, "pkg", 1.0), Mention("CVE-1", 2, 3, "CVE-1", 1.0)]
    values = [Candidate('"3.1.0"', "3.1.0", 2.5), Candidate('"3.0.1"', "3.0.1", 2.0)]

    def unnamed(node: str) -> bool:
        return node.startswith(("rel", "_:"))

    ranked = met_at_junctions(
        SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=unnamed), values, said, 1.0
    )
    assert [(c.label, c.score) for c in ranked] == [("3.1.0", 2.5), ("3.0.1", 2.0)]
