"""RDF HexTuples (``.hext``) are read by kgchat's own line reader (issue 11, probe62a;
:mod:`kgchat.graph.read_hext`): rdflib's ``hext`` plugin refused a whole fisheries export at
the first plain string written with an empty datatype, naming no line. On a tiny vessel
register in two named graphs (a fact repeated in both, blank-node landing records, labels with
``rdf:langString`` or an empty datatype), read as a user loads it, with the real bundled encoder
and the pipeline's retriever."""

from __future__ import annotations

import json

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ParseError
from tests.conftest import prepared_retriever

X = "http://example.org/"
S = "http://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
REG, LAND = X + "graph/register", X + "graph/landings-2024"
ROWS = [
    # the register's tool writes a plain string with an empty datatype
    [X + "havbris", S + "name", "Havbris", "", "", REG],
    [X + "havbris", X + "ownedBy", X + "nordhav", "globalId", "", REG],
    [X + "havbris", X + "lengthOverall", "76.2", XSD + "decimal", "", REG],
    [X + "kestrel", S + "name", "Kestrel", "", "", REG],
    [X + "kestrel", X + "ownedBy", X + "shetland", "globalId", "", REG],
    [X + "nordhav", S + "name", "Nordhav Fiskeri", "", "", REG],
    [X + "shetland", S + "name", "Shetland Catch", XSD + "string", "", REG],
    [X + "herring", S + "name", "Atlantic herring", LANG, "en", REG],
    [X + "herring", S + "name", "Sild", "", "no", REG],
    # the same fact in a second named graph, and a blank-node landing record
    [X + "havbris", S + "name", "Havbris", "", "", LAND],
    ["_:b1", X + "landedBy", X + "havbris", "globalId", "", LAND],
    ["_:b1", X + "landedSpecies", X + "herring", "globalId", "", LAND],
    ["_:b1", X + "liveWeight", "812.4", XSD + "decimal", "", LAND],
    [X + "havbris", X + "landing", "_:b1", "localId", "", ""],
]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("hext") / "register.hext"
    path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def retriever(kg, tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: kg)


def test_an_empty_datatype_is_a_plain_string_and_graphs_merge(kg):
    """The file loads (fails on START: rdflib's parser raised at the first empty datatype),
    names by every datatype and language, the repeated fact once, the record's blank node one
    node however the file names it."""
    assert kg.label(X + "havbris") == "Havbris"
    assert kg.label(X + "nordhav") == "Nordhav Fiskeri"
    assert kg.label(X + "shetland") == "Shetland Catch"
    texts = [f.text for f in kg.facts()]
    assert len(texts) == len(set(texts))
    landed = [f for f in kg.facts() if f.predicate == X + "landedBy"]
    assert len(landed) == 1
    assert any(f.predicate == X + "landing" and f.object == landed[0].subject for f in kg.facts())


def test_a_question_is_answered_from_the_export(retriever):
    """The register answers a question asked of it (fails on START: the file did not load)."""
    res = retriever.retrieve("Who owns the Havbris?")
    assert not res.abstained
    assert res.answer == "Nordhav Fiskeri"


def test_a_malformed_line_is_named(tmp_path):
    """A line that is not six strings raises a ParseError at that line (START's error named
    no line)."""
    path = tmp_path / "bad.hext"
    lines = [json.dumps(r) for r in ROWS[:3]] + ['["http://x/a", "http://x/p", "v"]']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        KnowledgeGraph.load(path)
    assert err.value.line == 4
