"""A code its subject's IRI was minted from (``ex:team/NOR`` states ``"NOR"``) is a value people
ask for ("What is the code of Norway?"): it stays a fact as well as an alias; a value the
question itself says answers nothing; and an identifier of the scheme the question names ranks
before those of other schemes. Tiny graphs, phrased as users would ask."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.retrieval.answer_form import said_schemes_first
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate

EX = "http://example.org/"
TEAMS = """\
@prefix ex: <http://example.org/> .
@prefix team: <http://example.org/team/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dct: <http://purl.org/dc/terms/> .
team:NOR rdfs:label "Norway" ; dct:identifier "NOR" ; ex:coach ex:solberg .
team:SWE rdfs:label "Sweden" ; dct:identifier "SWE" ; ex:coach ex:andersson .
team:FIN rdfs:label "Finland" ; dct:identifier "FIN" ; ex:coach ex:virtanen .
team:DEN rdfs:label "Denmark" ; dct:identifier "DEN" ; ex:coach ex:jensen .
ex:solberg rdfs:label "Erna Solberg" .
ex:andersson rdfs:label "Ulf Andersson" .
ex:virtanen rdfs:label "Aino Virtanen" .
ex:jensen rdfs:label "Mette Jensen" .
"""


def _teams(tmp_path: Path) -> KnowledgeGraph:
    path = tmp_path / "teams.ttl"
    path.write_text(TEAMS, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_code_minted_into_the_iri_stays_a_fact_and_answers(tmp_path):
    kg = _teams(tmp_path)
    facts = [f.text for f in kg.facts_of(EX + "team/NOR", direction="out")]
    assert "Norway — identifier → NOR" in facts
    assert "NOR" in kg.aliases(EX + "team/NOR")  # still a name people link by
    assert kg.stats()["dropped_annotations"] == 0

    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("What is the identifier of Norway?").answer == "NOR"
    # asked by its code, the team's own code is no answer: the question said it
    res = r.retrieve("What is the identifier of NOR?")
    assert all(c.label != "NOR" for c in res.candidates)
    assert r.retrieve("Who is the coach of SWE?").answer == "Ulf Andersson"


def test_identifiers_of_the_scheme_said_rank_first():
    q = analyze("FMA id for kidney", [(3, 4)])

    def lit(text: str) -> Candidate:
        return Candidate(f'"{text}"', text, 1.0, [])

    ranked = [lit("UBERON:0002113"), lit("MESH:D007668"), lit("FMA:7203"), lit("kidney")]
    out = said_schemes_first(q, ranked, lambda n: n.startswith('"'))
    assert [c.label for c in out] == ["FMA:7203", "kidney", "UBERON:0002113", "MESH:D007668"]
    # no scheme said: the order stays
    q = analyze("What is the id of kidney?", [(5, 6)])
    assert said_schemes_first(q, ranked, lambda n: n.startswith('"')) == ranked
