"""Research projects as a funder's open-data portal publishes them (the eurio probe's shape:
CORDIS in EURIO): projects named by a title and an acronym, partners joined through n-ary role
nodes typed Coordinator or Participant. Each habit on a tiny graph, and what it becomes."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph

EX = "http://example.org/"
PREFIXES = """\
@prefix ex: <http://example.org/> .
@prefix eu: <http://example.org/onto#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
"""
# three projects, each with a coordinator and two participants reached through role nodes
PROJECTS = """
eu:acronym a owl:DatatypeProperty .
eu:title a owl:DatatypeProperty .
ex:p1 eu:title "Offshore rotor design for floating wind farms" ; eu:acronym "NORDWIND" ;
    eu:hasInvolvedParty _:r11 , _:r12 , _:r13 .
ex:p2 eu:title "Machine learning for precision irrigation" ; eu:acronym "AGRIMIND" ;
    eu:hasInvolvedParty _:r21 , _:r22 , _:r23 .
ex:p3 eu:title "Solar thermal storage for district heating" ; eu:acronym "HELIOSTORE" ;
    eu:hasInvolvedParty _:r31 , _:r32 , _:r33 .
_:r11 a eu:Coordinator ; eu:isRoleOf ex:sintef .
_:r12 a eu:Participant ; eu:isRoleOf ex:dlr .
_:r13 a eu:Participant ; eu:isRoleOf ex:vtt .
_:r21 a eu:Participant ; eu:isRoleOf ex:wur .
_:r22 a eu:Coordinator ; eu:isRoleOf ex:auth .
_:r23 a eu:Participant ; eu:isRoleOf ex:csic .
_:r31 a eu:Participant ; eu:isRoleOf ex:dlr .
_:r32 a eu:Participant ; eu:isRoleOf ex:polimi .
_:r33 a eu:Coordinator ; eu:isRoleOf ex:cea .
ex:sintef eu:legalName "SINTEF AS" .
ex:dlr eu:legalName "Deutsches Zentrum fur Luft- und Raumfahrt" .
ex:vtt eu:legalName "Teknologian tutkimuskeskus VTT" .
ex:wur eu:legalName "Wageningen University" .
ex:auth eu:legalName "Aristotelio Panepistimio Thessalonikis" .
ex:csic eu:legalName "Consejo Superior de Investigaciones Cientificas" .
ex:polimi eu:legalName "Politecnico di Milano" .
ex:cea eu:legalName "Commissariat a l energie atomique" .
"""


def load(tmp_path: Path, body: str) -> KnowledgeGraph:
    path = tmp_path / "projects.ttl"
    path.write_text(PREFIXES + body, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_an_acronym_names_its_subject(tmp_path):
    """A project is asked for by its acronym, in any case ("who coordinates linguabridge"
    linked nothing, "AGRIMIND" a publication whose title holds the word): a property called
    acronym gives other names of its subject, each naming one, though the ontology declares it
    a datatype property (a declared property's codes are no shorthand names); the fact stays."""
    kg = load(tmp_path, PROJECTS)
    assert kg.label(EX + "p2") == "Machine learning for precision irrigation"
    assert kg.aliases(EX + "p2") == ["AGRIMIND"]
    facts = [f.text for f in kg.facts_of(EX + "p2", direction="out")]
    assert any(f.endswith("acronym → AGRIMIND") for f in facts)

    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("which organisations are in agrimind")
    assert [m.node for m in res.mentions] == [EX + "p2"]


def test_a_shared_code_is_no_acronym_name(tmp_path):
    """An abbreviation that several subjects share (a currency's "EUR" on every amount) picks
    out none of them: no alias."""
    kg = load(
        tmp_path,
        """
        ex:a1 eu:value "10.5" ; eu:currencyAbbreviation "EUR" .
        ex:a2 eu:value "20.0" ; eu:currencyAbbreviation "EUR" .
        ex:a3 eu:value "30.0" ; eu:currencyAbbreviation "EUR" .
        """,
    )
    assert kg.aliases(EX + "a1") == []


def test_the_role_node_the_question_says_ranks_its_partner_first(tmp_path):
    """Every partner of a project is reached by one pattern (project, role node, organisation),
    whose middle pools the role nodes' kinds, Coordinator and Participant alike: every partner
    had the coordinator's credit and they tied. The partner whose own role node is the one the
    question says ranks first, wherever its node sorts."""
    kg = load(tmp_path, PROJECTS)
    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    for question, coordinator in [
        ("Who is the coordinator of NORDWIND?", "sintef"),
        ("Who is the coordinator of AGRIMIND?", "auth"),
        ("Who is the coordinator of HELIOSTORE?", "cea"),
    ]:
        res = r.retrieve(question)
        first, second = res.candidates[:2]
        assert first.node == EX + coordinator, question
        assert first.score > second.score, question


def test_a_chain_of_unnamed_nodes_is_said_by_its_hop_out_to_the_answer(tmp_path):
    """An organisation's country is two unnamed nodes away (its site, the site's postal
    address, then ``addressCountry``): the chain is one n-ary relation, which the question
    says by the hop out to the answer as it says a single junction's ("Which country is
    INESC TEC in?" was answered right and abstained on)."""
    kg = load(
        tmp_path,
        """
        ex:inesc eu:legalName "INESC TEC" ; eu:hasSite [ eu:hasAddress [
            eu:street "Rua Dr Roberto Frias" ; eu:addressLocality "Porto" ;
            eu:addressCountry ex:PRT ] ] .
        ex:sintef eu:legalName "SINTEF" ; eu:hasSite [ eu:hasAddress [
            eu:street "Strindvegen 4" ; eu:addressLocality "Trondheim" ;
            eu:addressCountry ex:NOR ] ] .
        ex:PRT <http://www.w3.org/2004/02/skos/core#prefLabel> "Portugal" .
        ex:NOR <http://www.w3.org/2004/02/skos/core#prefLabel> "Norway" .
        """,
    )
    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Which country is INESC TEC in?")
    assert res.answer == "Portugal"
    assert not res.abstained
