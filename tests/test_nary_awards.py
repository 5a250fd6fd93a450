"""Prizes as the Nobel Prize linked open data states them: n-ary award nodes, owl:sameAs.

Tiny graphs in that shape: a laureate points at one named award node per award ("Ann Lee,
Chemistry 1980": category, year, affiliation), and by ``owl:sameAs`` at DBpedia and Wikidata
IRIs that hold nothing. The other dataset's name is the laureate's alias, not a second,
empty laureate; a value that modifies the asked type ("which *chemistry* laureates") reaches
the laureate through the award node; a walk through a node named after its owner is said by
its hop out.
"""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze
from kgchat.retrieval.question_shapes import modifies_type

N = "http://data.nobelprize.org/terms/"
R = "http://data.nobelprize.org/resource/"
DBO = "http://dbpedia.org/ontology/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SAME = "http://www.w3.org/2002/07/owl#sameAs"

PEOPLE = [  # name, award category, year, affiliation, birth city
    ("Ann Lee", "Chemistry", 1980, "Harvard", "Boston"),
    ("Bo Chen", "Medicine", 1962, "Harvard", "Paris"),
    ("Cy Diaz", "Chemistry", 1954, "Caltech", "Paris"),
    ("Di Egan", "Physics", 1965, "Harvard", "Rome"),
]


def _graph(same_as: bool = False) -> list[tuple[str, str, str]]:
    rows = []
    for i, (name, cat, year, uni, city) in enumerate(PEOPLE):
        who, award = f"{R}laureate/{i}", f"{R}laureateaward/{100 + i}"
        rows += [
            (who, LABEL, f'"{name}"'),
            (who, DBO + "birthPlace", f"{R}city/{city}"),
            (who, N + "laureateAward", award),
            (award, LABEL, f'"{name}, {cat} {year}"'),
            (award, N + "category", f"{R}category/{cat}"),
            (award, N + "year", f'"{year}"'),
            (award, DBO + "affiliation", f"{R}university/{uni}"),
            (award, N + "laureate", who),
        ]
        if same_as:
            rows += [(who, SAME, f"http://dbpedia.org/resource/{name.split()[1]}_Dr")]
            rows += [(who, SAME, f"http://www.wikidata.org/entity/Q{i + 7}")]
    for thing in ("Chemistry", "Medicine", "Physics", "Boston", "Paris", "Rome"):
        kind = "category" if thing in ("Chemistry", "Medicine", "Physics") else "city"
        rows.append((f"{R}{kind}/{thing}", LABEL, f'"{thing}"'))
    for uni in ("Harvard", "Caltech"):
        rows.append((f"{R}university/{uni}", LABEL, f'"{uni} University"'))
    return rows


def test_same_as_leaf_is_an_alias_not_a_namesake() -> None:
    kg = KnowledgeGraph.from_triples(_graph(same_as=True))
    dbr, wd = "http://dbpedia.org/resource/Lee_Dr", "http://www.wikidata.org/entity/Q7"
    assert kg.label(dbr) == dbr and kg.label(wd) == wd  # no second, empty "Lee Dr"
    r = make_retriever(kg, index_dir=None, scorer=None)
    res = r.retrieve("Where was Lee Dr born?")  # the other dataset's name for Ann Lee
    assert [m.node for m in res.mentions] == [f"{R}laureate/0"]
    assert res.answer == "Boston"


def test_plural_in_s_before_a_plural_modifies_it() -> None:
    q = analyze("which physics laureates were born in Paris?", [(1, 2), (6, 7)])
    assert q.answer_type == ["laureates"] and modifies_type(q, 1, 2)
    assert analyze("Which albums feature songs by Ann?", [(5, 6)]).answer_type == ["albums"]
    r = make_retriever(KnowledgeGraph.from_triples(_graph()), index_dir=None, scorer=None)
    assert r.retrieve("Which physics laureates were at Harvard University?").answer == "Di Egan"


def test_value_modifying_the_type_reaches_through_the_award() -> None:
    r = make_retriever(KnowledgeGraph.from_triples(_graph()), index_dir=None, scorer=None)
    res = r.retrieve("Which chemistry laureates were at Harvard University?")
    assert res.answer == "Ann Lee"
    res = r.retrieve("Which chemistry laureates were born in Paris?")
    assert res.answer == "Cy Diaz"


def test_walk_through_award_named_after_its_laureate_is_said_by_hop_out() -> None:
    r = make_retriever(KnowledgeGraph.from_triples(_graph()), index_dir=None, scorer=None)
    res = r.retrieve("Which university was Cy Diaz affiliated with?")
    assert res.answer == "Caltech University" and not res.abstained
