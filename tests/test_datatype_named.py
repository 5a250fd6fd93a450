"""A name the question writes that the answer's own datatype says (blind probe genealogy,
round 54): "What is the *Chapman* code of Shropshire?" over ``"SAL"^^fhs:ChapmanCode``, a
county's ``skos:notation`` typed by the system it is of. Nothing links "Chapman", and
:func:`~kgchat.retrieval.name_unmet.name_unmet` read no word of it on the walk (the value's
lexical form is "SAL"), so the right answer was judged another question's and abstained. A value
typed by a publisher's own datatype says what it is by that datatype's name
(:func:`~kgchat.retrieval.values.own_datatype_words`), as its kind already did.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_COUNTIES = """\
@prefix schema: <http://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix fhs: <http://fhs.example.org/ns#> .
@prefix pl: <http://fhs.example.org/place/> .

pl:SAL a schema:AdministrativeArea ; schema:name "Shropshire" ;
    skos:notation "SAL"^^fhs:ChapmanCode ; schema:containedInPlace pl:ENG .
pl:HEF a schema:AdministrativeArea ; schema:name "Herefordshire" ;
    skos:notation "HEF"^^fhs:ChapmanCode ; schema:containedInPlace pl:ENG .
pl:CMN a schema:AdministrativeArea ; schema:name "Carmarthenshire" ;
    skos:notation "CMN"^^fhs:ChapmanCode ; schema:containedInPlace pl:WLS .
pl:ENG a schema:Country ; schema:name "England" .
pl:WLS a schema:Country ; schema:name "Wales" .
"""


@pytest.fixture(scope="module")
def counties(tmp_path_factory):
    path = tmp_path_factory.mktemp("chapman") / "counties.ttl"
    path.write_text(_COUNTIES)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


def test_a_name_said_by_the_values_datatype_is_met(counties):
    res = counties.retrieve("What is the Chapman code of Shropshire?")
    assert res.candidates[0].label == "SAL"
    assert not res.abstained
