"""A protected-areas registry's export (as the parks blind probe has it): a lower-case question
whose only name is a word of English ("how high is zion"), and an area given as a UCUM-typed
measure ("3027.0 km2"^^cdt:ucum), a number with its unit as the registry writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.lexicon import english_words
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever
from kgchat.retrieval.values import literal_kind

_PARKS = """@prefix pa: <https://parks.example/def#> .
@prefix ex: <https://parks.example/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix cdt: <https://w3id.org/cdt/> .

ex:1 a pa:ProtectedArea ; rdfs:label "Zion National Park"@en ; pa:maxElevation 2660 ;
  pa:reportedArea "595.9 km2"^^cdt:ucum ; pa:managedBy ex:o1 .
ex:2 a pa:ProtectedArea ; rdfs:label "Jasper National Park"@en ; pa:maxElevation 3747 ;
  pa:reportedArea "11228.0 km2"^^cdt:ucum ; pa:managedBy ex:o2 .
ex:3 a pa:ProtectedArea ; rdfs:label "Banff National Park"@en ; pa:maxElevation 3618 ;
  pa:reportedArea "6641.0 km2"^^cdt:ucum ; pa:managedBy ex:o2 .
ex:o1 a pa:Agency ; rdfs:label "National Park Service" .
ex:o2 a pa:Agency ; rdfs:label "Parks Canada Agency" .
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    path: Path = tmp_path_factory.mktemp("parks") / "parks.ttl"
    path.write_text(_PARKS, encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.mark.skipif(not english_words(), reason="the bundled encoder's vocabulary is not installed")
def test_a_lower_case_question_naming_nothing_reads_its_name_parts_capitalised(kg):
    """ "who manages jasper", all in lower case: "jasper" is a word of English (a stone), which
    a lone word in lower case is taken for; the question then named nothing and abstained.
    Written "Jasper" it names the park, and so it is read where nothing else is named; a
    question that names something in lower case keeps its reading, and one with no part of a
    name still names nothing."""
    linker = EntityLinker(kg)
    assert [m.node for m in linker.link("who manages jasper")] == ["https://parks.example/id/2"]
    assert [m.node for m in linker.link("how high is zion")] == ["https://parks.example/id/1"]
    assert [m.node for m in linker.link("who manages banff")] == ["https://parks.example/id/3"]
    assert linker.link("who manages it") == []
    retriever = make_retriever(kg, index_dir=None, scorer=None)
    result = retriever.retrieve("who manages jasper")
    assert not result.abstained and result.answer == "Parks Canada Agency"


def test_a_measure_typed_by_a_unit_vocabulary_is_a_number():
    """UCUM writes a unit's power as a plain digit ("km2", "m3"), and a registry types the
    measure by UCUM's own datatype: a number all the same, which "how big" asks for (it was no
    kind at all, and the area never met the question); a code of capitals and a digit is
    still none."""
    # (and what its datatype's name says, a publisher's own datatype: values.datatype_words)
    assert "number" in literal_kind('"3027.0 km2"^^<https://w3id.org/cdt/ucum>')
    assert literal_kind('"12 m3"') == ("number",)
    assert literal_kind('"26.4 m²"') == ("number",)
    assert literal_kind('"12 AB3"') == ()
    assert literal_kind('"A12"') == ()
