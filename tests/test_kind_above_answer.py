"""A class above the answer, named by the type the question asks, is that type, not a thing
of it: HPO's "Mode of inheritance", one ``rdfs:subClassOf`` hop above "Autosomal recessive
inheritance", took "What's the inheritance pattern of sickle cell disease?" by the kind
bonus its name earned (blind probe variants, round 56), where the disease's own mode of
inheritance is the answer."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

RDFS = "http://www.w3.org/2000/01/rdf-schema#"
EX = "http://ex.org/"
HP = "http://purl.obolibrary.org/obo/HP_"

TRIPLES = [
    (HP + "0000005", RDFS + "label", '"Mode of inheritance"'),
    (HP + "0000006", RDFS + "label", '"Autosomal dominant inheritance"'),
    (HP + "0000007", RDFS + "label", '"Autosomal recessive inheritance"'),
    (HP + "0000006", RDFS + "subClassOf", HP + "0000005"),
    (HP + "0000007", RDFS + "subClassOf", HP + "0000005"),
    (EX + "sca", RDFS + "label", '"sickle cell anemia"'),
    (EX + "cf", RDFS + "label", '"cystic fibrosis"'),
    (EX + "mfs", RDFS + "label", '"Marfan syndrome"'),
    (EX + "sca", EX + "modeOfInheritance", HP + "0000007"),
    (EX + "cf", EX + "modeOfInheritance", HP + "0000007"),
    (EX + "mfs", EX + "modeOfInheritance", HP + "0000006"),
    (EX + "modeOfInheritance", RDFS + "label", '"mode of inheritance"'),
]


def test_the_inheritance_pattern_is_the_diseases_mode_not_the_class_above() -> None:
    r = make_retriever(KnowledgeGraph.from_triples(TRIPLES), index_dir=None, scorer=None)
    res = r.retrieve("What's the inheritance pattern of sickle cell anemia?")
    assert res.answer == "Autosomal recessive inheritance"
    res = r.retrieve("What is the mode of inheritance of Marfan syndrome?")
    assert res.answer == "Autosomal dominant inheritance"
