"""Values as a user reads them: a number written in E-notation (an ``xsd:double`` as rdflib
writes Turtle, ``1.1005e+04``) is shown in plain decimals wherever a literal is shown (facts,
answers, chat replies), the same value digit for digit, and the bench's answer matching reads
``11005``, ``11005.0`` and ``1.1005e+04`` as one value; a nameless node that is an answer is
said by its one literal (SPDX's license expression as a blank node)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.literal_terms import literal_text
from kgchat.pipeline import make_retriever
from kgchat.text import answer_key, plain_number

XSD = "http://www.w3.org/2001/XMLSchema#"

_SECTIONS = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:s1 rdfs:label "Pradines-Chaumerac" ; ex:length 1.1005e+04 ; ex:gradient 1.25E-3 ;
    ex:tracks 2 .
ex:s2 rdfs:label "Bergstadt-Birkhof" ; ex:length "2.1425E4"^^xsd:float ;
    ex:tracks "+3"^^xsd:integer .
ex:length rdfs:label "length" .
ex:gradient rdfs:label "gradient" .
ex:tracks rdfs:label "number of tracks" .
"""


@pytest.mark.parametrize(
    ("lexical", "datatype", "shown"),
    [
        ("1.1005e+04", "double", "11005"),
        ("2.1425E4", "float", "21425"),
        ("1.10050e4", "double", "11005"),  # a mantissa's zeros are the notation's
        ("5.0E-1", "double", "0.5"),  # XSD's canonical double
        ("0.0E0", "double", "0"),
        ("4.2E0", "double", "4.2"),
        ("-1.5e-03", "double", "-0.0015"),
        ("+1.5e3", "double", "1500"),
        # exact: a float would round the 17th digit (1234.5678901234567 is no binary double)
        ("1.23456789012345678e3", "double", "1234.56789012345678"),
        ("1.0E21", "double", "1.0E21"),  # past 1e21 the plain form is no easier to read
        ("1e-8", "double", "1e-8"),
        ("INF", "double", "INF"),
        ("11005.0", "double", "11005.0"),  # a plain form stays as published
        ("+7", "integer", "7"),
    ],
)
def test_numbers_are_shown_in_plain_decimals(lexical, datatype, shown):
    assert literal_text(f'"{lexical}"^^<{XSD}{datatype}>') == shown


def test_e_notation_untyped_text_stays():
    # a string that happens to look like a number (a part code "1e3") is not a number
    assert literal_text('"1e3"') == "1e3"
    assert plain_number("E4") == "E4" and plain_number("1.2.3e4") == "1.2.3e4"


def test_answer_keys_read_one_value_in_its_forms():
    assert answer_key("11005") == answer_key("11005.0") == answer_key("1.1005E+04")
    assert answer_key("0.0015") == answer_key("1.5e-3")
    # a fraction that is not zero, and a code's leading zeros, stay as they are
    assert answer_key("2.10") != answer_key("2.1")
    assert answer_key("007") != answer_key("7")


def test_facts_and_answers_show_plain_numbers(tmp_path: Path):
    path = tmp_path / "sections.ttl"
    path.write_text(_SECTIONS, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    texts = sorted(f.text for f in kg.facts())
    assert "Pradines-Chaumerac — length → 11005" in texts
    assert "Pradines-Chaumerac — gradient → 0.00125" in texts
    assert "Bergstadt-Birkhof — length → 21425" in texts
    assert "Bergstadt-Birkhof — number of tracks → 3" in texts
    assert not any("e+" in t or "E4" in t or "E-3" in t for t in texts)
    r = make_retriever(kg, index_dir=None, scorer=None)
    res = r.retrieve("What is the length of Pradines-Chaumerac?")
    assert res.answer == "11005"
    assert answer_key(res.answer) == answer_key("11005.0")  # the bench's gold as rdflib writes it


def test_chat_reply_says_the_plain_number(tmp_path: Path):
    from kgchat.chat import ChatBot, TemplateBackend

    path = tmp_path / "sections.ttl"
    path.write_text(_SECTIONS, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    bot = ChatBot(kg, make_retriever(kg, index_dir=None, scorer=None), backend=TemplateBackend())
    turn = bot.ask("What is the length of Bergstadt-Birkhof?")
    assert turn.answer == "21425"
    assert "21425" in turn.text and "E4" not in turn.text


_LICENSES = """@prefix spdx: <http://spdx.org/rdf/terms#> .
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:corvid a spdx:Package ; spdx:name "corvid-http" ;
    spdx:declaredLicense [ a spdx:LicenseExpression ;
        spdx:licenseExpression "MIT OR Apache-2.0" ] .
ex:harbor a spdx:Package ; spdx:name "harborview-api" ;
    spdx:declaredLicense [ a spdx:LicenseExpression ; spdx:licenseExpression "Apache-2.0" ;
        spdx:comment "as declared in the manifest" ] ;
    spdx:concludedLicense ex:apache .
ex:apache spdx:licenseExpression "Apache-2.0" .
spdx:declaredLicense rdfs:label "declared license" .
"""


def _answers(kg: KnowledgeGraph, package: str, relation: str) -> list[str]:
    """The labels :func:`held_values` gives the nodes ``package`` reaches by ``relation``, as
    the walk hands them back (each a one-hop candidate)."""
    from kgchat.retrieval.held_values import held_values
    from kgchat.retrieval.results import Candidate, Path

    r = make_retriever(kg, index_dir=None, scorer=None)
    start = next(n for n in kg.entities() if kg.label(n) == package)
    found = [e for e in r.edges(start) if e.forward and e.predicate.endswith(relation)]
    candidates = [
        Candidate(
            e.neighbor,
            kg.label(e.neighbor),
            1.0,
            [Path(start, ((e.predicate, True),), (start, e.neighbor), (e.fact,), 1.0)],
        )
        for e in found
    ]
    return [c.label for c in held_values(kg, r.edges, candidates)]


def test_a_nameless_answer_is_said_by_its_one_literal(tmp_path: Path):
    path = tmp_path / "licenses.ttl"
    path.write_text(_LICENSES, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert _answers(kg, "corvid-http", "declaredLicense") == ["MIT OR Apache-2.0"]
    # two literals: neither is the node's content alone, and the node stays what it was
    assert _answers(kg, "harborview-api", "declaredLicense")[0].startswith("(anonymous")
    # a node named by its IRI is no nameless one: only a property saying *value* reads it so
    assert _answers(kg, "harborview-api", "concludedLicense") == ["apache"]


def test_a_number_in_e_notation_is_named_as_a_person_writes_it(tmp_path: Path):
    # "11005" in a question names the value the file writes 1.1005e+04
    path = tmp_path / "sections.ttl"
    path.write_text(_SECTIONS, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    r = make_retriever(kg, index_dir=None, scorer=None)
    res = r.retrieve("Which section has a length of 11005?")
    assert any(kg.label(m.node) == "11005" for m in res.mentions)
    assert res.answer == "Pradines-Chaumerac"


def test_a_nameless_node_leading_to_a_named_thing_is_more_than_its_literal(tmp_path: Path):
    # a statement node with its value (a named thing) and one qualifier's date is not the date
    path = tmp_path / "statements.ttl"
    path.write_text(
        "@prefix ex: <http://example.org/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'ex:ada rdfs:label "Ada" ; ex:educatedAt [ ex:value ex:eth ; ex:start "1896" ] .\n'
        'ex:eth rdfs:label "ETH Zurich" .\n',
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    assert _answers(kg, "Ada", "educatedAt")[0].startswith("(anonymous")
