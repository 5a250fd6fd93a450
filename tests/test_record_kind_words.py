"""A coded value many records hold (a catalysis's direction "LEFT-TO-RIGHT") answers only the
question that names its relation's own word: the words of its name that say the kind of the
record it leaves (``catalysis direction`` of a Catalysis) are no word of that relation's own,
and "What catalyses reaction R?" says the record, not its direction: below the threshold, the
retriever abstains rather than answer "LEFT-TO-RIGHT"."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_HEAD = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:catalysisDirection rdfs:label "catalysis direction" .
ex:controller rdfs:label "controller" .
ex:controlled rdfs:label "controlled" .
"""

_ROW = """ex:r{i} a ex:Reaction ; rdfs:label "{name}" .
ex:e{i} a ex:Complex ; rdfs:label "{enzyme}" .
ex:c{i} a ex:Catalysis ; ex:controlled ex:r{i} ; ex:controller ex:e{i} ;
    ex:catalysisDirection "LEFT-TO-RIGHT" .
ex:s{i} a ex:PathwayStep ; ex:stepProcess ex:r{i} , ex:c{i} .
"""

_ROWS = [
    ("Glucose phosphorylation", "hexokinase dimer"),
    ("Triose phosphate isomerization", "isomerase dimer"),
    ("Pyruvate reduction", "lactate dehydrogenase tetramer"),
    ("Citrate isomerization", "aconitase monomer"),
    ("Malate oxidation", "malate dehydrogenase dimer"),
    ("Superoxide dismutation", "dismutase dimer"),
    ("Peroxide breakdown", "catalase tetramer"),
]


def _retriever(tmp_path: Path):
    rows = "".join(_ROW.format(i=i, name=n, enzyme=e) for i, (n, e) in enumerate(_ROWS))
    path = tmp_path / "reactions.ttl"
    path.write_text(_HEAD + rows, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_value_named_for_the_record_kind_only_is_not_said(tmp_path):
    r = _retriever(tmp_path)
    res = r.retrieve("What catalyses the reaction 'Triose phosphate isomerization'?")
    assert res.abstained or res.answer != "LEFT-TO-RIGHT"


def test_the_relation_own_word_said_answers(tmp_path):
    r = _retriever(tmp_path)
    res = r.retrieve("What is the direction of the catalysis of Triose phosphate isomerization?")
    assert res.answer == "LEFT-TO-RIGHT" and not res.abstained
