"""A property graph exported as CSV in Neo4j's import form (nodes.csv + relationships.csv),
and two readings its questions needed: a kind said after a name, and "where" met by the
relation's own words."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ParseError
from kgchat.retrieval import Retriever

NODES = (
    "id:ID,:LABEL,name,credits:int,tags:string[]\n"
    "1,Department,Computer Science,,\n"
    "2,Department,Linguistics,,\n"
    "10,Building,Turing Hall,,\n"
    "20,Professor;Person,Maria Lopez,,\n"
    "100,Course,Databases,5,core;sql\n"
    "101,Course,Natural Language Processing,6,\n"
)
EDGES = (
    ":START_ID,:END_ID,:TYPE\n"
    "1,10,LOCATED_IN\n"
    "20,100,TEACHES\n"
    "20,1,MEMBER_OF\n"
    "100,1,OFFERED_BY\n"
    "101,1,OFFERED_BY\n"
    "101,2,OFFERED_BY\n"
)


@pytest.fixture()
def courses(tmp_path) -> KnowledgeGraph:
    (tmp_path / "nodes.csv").write_text(NODES, encoding="utf-8")
    (tmp_path / "edges.csv").write_text(EDGES, encoding="utf-8")
    return KnowledgeGraph.load(tmp_path / "nodes.csv", tmp_path / "edges.csv")


def test_neo4j_import_csv_reads_as_nodes_and_relationships(courses, tmp_path):
    """Read as tables, the two files made facts between ids and column names ("20 —1→
    MEMBER OF", "20 —:LABEL→ Professor") and no question could be answered (0 of 24 on
    bench/data/own/courses): now a node's ``name`` is its label, ``:LABEL`` its types, its
    properties typed literals, and each relationship an edge between the nodes."""
    kg = courses
    assert kg.label("20") == "Maria Lopez"
    assert sorted(f.text for f in kg.facts_of("100", direction="out")) == [
        "Databases — OFFERED BY → Computer Science",
        "Databases — credits → 5",
        "Databases — id → 100",
        "Databases — is a → Course",
        "Databases — tags → core",
        "Databases — tags → sql",
    ]
    assert set(kg.types("20")) == {"Professor", "Person"}
    credits = [f for f in kg.facts_of("100", direction="out") if "credits" in f.text]
    assert credits[0].object.endswith("#integer>")
    assert "Maria Lopez — TEACHES → Databases" in {f.text for f in kg.facts()}
    # ids are unique within their id space only
    (tmp_path / "a.csv").write_text("id:ID(Person),name\n1,Ada\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id:ID(City),name\n1,London\n", encoding="utf-8")
    (tmp_path / "r.csv").write_text(
        ":START_ID(Person),:END_ID(City),:TYPE\n1,1,LIVES_IN\n", encoding="utf-8"
    )
    kg2 = KnowledgeGraph.load(tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "r.csv")
    assert sorted(f.text for f in kg2.facts()) == [
        "Ada — LIVES IN → London",
        "Ada — id → 1",
        "London — id → 1",
    ]
    (tmp_path / "bad.csv").write_text(":START_ID,:END_ID\n1,2\n", encoding="utf-8")
    with pytest.raises(ParseError, match="needs one :TYPE column"):
        KnowledgeGraph.load(tmp_path / "bad.csv")


def test_apoc_export_reads_nodes_and_relationships_from_one_file(tmp_path):
    """Neo4j's APOC export (``apoc.export.csv.all``) writes nodes and relationships in one
    file (``_id,_labels,...,_start,_end,_type``): read as a table, each row was about its
    ``_id`` with the column names as relations and a relationship about nothing. Now a row
    with a ``_start`` is a relationship, any other a node."""
    path = tmp_path / "all.csv"
    path.write_text(
        '"_id","_labels","name","born","_start","_end","_type"\n'
        '"0",":Person:Director","Greta Lind","1961",,,\n'
        '"1",":Movie","Northern Lights",,,,\n'
        ',,,,"0","1","DIRECTED"\n',
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    assert sorted(f.text for f in kg.facts()) == [
        "Greta Lind — DIRECTED → Northern Lights",
        "Greta Lind — born → 1961",
        "Greta Lind — is a → Director",
        "Greta Lind — is a → Person",
        "Northern Lights — is a → Movie",
    ]


def test_a_relationships_properties_sit_on_a_node_between_its_ends(tmp_path):
    """Neo4j's movie graph gives ``ACTED_IN`` a ``roles`` property; it was not read, so
    "What role did Carrie-Anne Moss play in The Matrix?" had nothing to answer with. Such a
    relationship is now an unnamed node between its ends that carries its properties, walked
    through as one statement: "Who acted in The Matrix?" is still one relation."""
    (tmp_path / "people.csv").write_text(
        "personId:ID,name,:LABEL\np1,Keanu Reeves,Person\np2,Carrie-Anne Moss,Person\n",
        encoding="utf-8",
    )
    (tmp_path / "movies.csv").write_text(
        "movieId:ID,title,released:int,:LABEL\nm1,The Matrix,1999,Movie\nm2,John Wick,2014,Movie\n",
        encoding="utf-8",
    )
    (tmp_path / "roles.csv").write_text(
        ":START_ID,:END_ID,:TYPE,roles:string[]\np1,m1,ACTED_IN,Neo\n"
        "p2,m1,ACTED_IN,Trinity\np1,m2,ACTED_IN,\n",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(*(tmp_path / f for f in ("people.csv", "movies.csv", "roles.csv")))
    assert "Keanu Reeves — ACTED IN → John Wick" in {f.text for f in kg.facts()}
    r = Retriever(kg)
    res = r.retrieve("What role did Carrie-Anne Moss play in The Matrix?")
    assert res.answer == "Trinity" and not res.abstained
    res = r.retrieve("Who acted in The Matrix?")
    assert {c.label for c in res.candidates[:2]} == {"Keanu Reeves", "Carrie-Anne Moss"}


def test_a_kind_said_after_a_name_is_the_names_word(courses):
    """ "Where is the Computer Science *department*?": the word after the name says what
    Computer Science is, but was read as a word asked, which the other department met
    (Linguistics, through a course both offer). It is the entity's word now; "Which
    department offers Databases?" still asks for a department."""
    r = Retriever(courses)
    res = r.retrieve("Where is the Computer Science department?")
    assert res.answer == "Turing Hall"
    assert r.retrieve("Which department offers Databases?").answer == "Computer Science"


def test_where_is_met_by_a_relation_named_for_places(courses):
    """ "Where is X?" asks only its wh-word's type, so only the answer's classes could meet
    it, and a Building is no place (WordNet): Turing Hall, reached over ``located in``, was
    abstained on (0.13). The last relation's own words say its object is a location; a
    relation that says nothing of places still does not answer "where"."""
    r = Retriever(courses)
    res = r.retrieve("Where is Computer Science?")
    assert res.answer == "Turing Hall" and not res.abstained
    assert r.retrieve("Where is Databases?").abstained


def _ontology(tmp_path, extra: str = ""):
    ttl = tmp_path / "onto.ttl"
    some = "[ a owl:Restriction ; owl:onProperty :{p} ; owl:someValuesFrom :{c} ]"
    ttl.write_text(
        "@prefix : <http://example.org/o#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':treats a owl:ObjectProperty ; rdfs:label "is substance that treats" .\n'
        ':harms a owl:ObjectProperty ; rdfs:label "has adverse effect on" .\n'
        ':drug a owl:Class ; rdfs:label "drug" .\n'
        ':disease a owl:Class ; rdfs:label "disease" .\n'
        ':asthma rdfs:subClassOf :disease ; rdfs:label "asthma" .\n'
        ':gout rdfs:subClassOf :disease ; rdfs:label "gout" .\n'
        f":salbutamol rdfs:subClassOf :drug , {some.format(p='treats', c='asthma')} ;"
        ' rdfs:label "salbutamol" .\n'
        f":colchicine rdfs:subClassOf :drug , {some.format(p='treats', c='gout')} ;"
        ' rdfs:label "colchicine" .\n' + extra,
        encoding="utf-8",
    )
    return Retriever(KnowledgeGraph.load(ttl))


def test_the_only_relation_to_a_named_class_is_the_one_asked(tmp_path):
    """An OBO-style ontology names its relations in its own words ("is substance that
    treats"): "Which drugs are used for asthma?" found salbutamol but abstained, "used for"
    saying nothing of the label. Where the question names the answer's class (walked down
    its hierarchy) and one relation alone joins the entity to members of that class, the
    question's words can mean no other; with a second such relation they still decide."""
    res = _ontology(tmp_path).retrieve("Which drugs are used for asthma?")
    assert res.answer == "salbutamol" and not res.abstained
    some = "[ a owl:Restriction ; owl:onProperty :harms ; owl:someValuesFrom :asthma ]"
    worse = f':aspirin rdfs:subClassOf :drug , {some} ; rdfs:label "aspirin" .\n'
    assert _ontology(tmp_path, worse).retrieve("Which drugs are used for asthma?").abstained


def test_a_class_asked_for_in_an_ontology_of_classes_types_the_answer(tmp_path):
    """In an OBO-style ontology every entity is a class: "Which gene is behind the disease
    that salbutamol treats?" stopped at the disease (reached from salbutamol in one hop and
    from the class gene through its member), the class asked for checking nothing, since
    membership was read from ``rdf:type`` alone. A subclass of the class asked for is a
    member of it now."""
    some = "[ a owl:Restriction ; owl:onProperty :basis ; owl:someValuesFrom :ADRB2 ]"
    extra = (
        ':basis a owl:ObjectProperty ; rdfs:label "has basis in dysfunction of" .\n'
        ':gene a owl:Class ; rdfs:label "gene" .\n'
        ':ADRB2 rdfs:subClassOf :gene ; rdfs:label "ADRB2" .\n'
        ':CFTR rdfs:subClassOf :gene ; rdfs:label "CFTR" .\n'
        f":asthma rdfs:subClassOf {some} .\n"
    )
    r = _ontology(tmp_path, extra)
    res = r.retrieve("Which gene is behind the disease that salbutamol treats?")
    assert res.answer == "ADRB2"


def test_a_class_a_clause_describes_is_no_topic_in_an_ontology_of_classes(tmp_path):
    """ "Which drugs treat a *disease* that causes wheezing?": the class disease, said with
    an article and a relative clause, names what the node on the way is. Walked from as a
    topic, its member asthma joined all three mentions' walks and was answered alone; now
    the drug the disease's walk reaches ranks with it at least (the development pharma
    graph, where more facts tell them apart, answers salbutamol)."""
    some = "[ a owl:Restriction ; owl:onProperty :phen ; owl:someValuesFrom :wheezing ]"
    extra = (
        ':phen a owl:ObjectProperty ; rdfs:label "has phenotype" .\n'
        ':phenotype a owl:Class ; rdfs:label "phenotype" .\n'
        ':wheezing rdfs:subClassOf :phenotype ; rdfs:label "wheezing" .\n'
        f":asthma rdfs:subClassOf {some} .\n"
    )
    r = _ontology(tmp_path, extra)
    res = r.retrieve("Which drugs treat a disease that causes wheezing?")
    scores = {c.label: round(c.score, 4) for c in res.candidates}
    assert scores["salbutamol"] >= scores["asthma"]
    disease = "http://example.org/o#disease"
    assert disease not in {m.node for m in res.mentions}
    # a class asked for, or said without a clause, is still walked from
    res = r.retrieve("Which disease is treated by salbutamol?")
    assert res.answer == "asthma"


def test_only_way_to_class_needs_the_class_asked_for():
    """The only relation from an entity to members of a class says the question only where
    the question asks for that class ("*Which gene* causes X?"); a class said elsewhere ("What
    symptoms does the *disease* treated by X have?") says what a node on the way is."""
    from kgchat.retrieval.confidence import _only_way_to_class
    from kgchat.retrieval.results import Candidate, Path

    sub = ("http://www.w3.org/2000/01/rdf-schema#subClassOf", False)
    top = Candidate(
        "migraine",
        "migraine",
        1.0,
        [
            Path("disease", (sub,), ("disease", "migraine"), (0,), 0.0),
            Path("sumatriptan", (("treats", True),), ("sumatriptan", "migraine"), (1,), 1.0),
        ],
    )
    assert _only_way_to_class(top, [top], frozenset({"disease"})) == 1.0
    assert _only_way_to_class(top, [top]) == 0.0


def test_only_way_to_class_counts_members_and_relations_only():
    """ "What germ layer is the brain derived from?" (uberon): ectoderm, a subclass of germ
    layer the brain develops from, had 0.17, for two candidates that are no other way to a
    germ layer: a superclass (embryonic structure, reached *up* from germ layer: no member of
    it) and a germ layer reached by a walk out and back over one relation (the brain's
    ancestor and endoderm share a subset "organ slim": a peer, not a relation to it). A
    member reached by another relation of its own still leaves the question two ways."""
    from kgchat.retrieval.confidence import _only_way_to_class
    from kgchat.retrieval.results import Candidate, Path

    sub = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
    dev = ("develops from", True)

    def cand(node, *paths):
        return Candidate(node, node, 1.0, [Path(s, p, (s, node), (0,), 0.0) for s, p in paths])

    top = cand("ectoderm", ("layer", ((sub, False),)), ("brain", (dev, dev)))
    up = cand("structure", ("layer", ((sub, True),)), ("brain", (dev, (sub, True))))
    peer = cand(
        "endoderm",
        ("layer", ((sub, False),)),
        ("brain", (dev, ("in subset", True), ("in subset", False))),
    )
    asked = frozenset({"layer"})
    assert _only_way_to_class(top, [top, up, peer], asked) == 1.0
    other = cand("mesoderm", ("layer", ((sub, False),)), ("brain", (("adjacent to", True),)))
    assert _only_way_to_class(top, [top, up, peer, other], asked) == 0.0
    # reached from two entities ("the lens of the eye"), each by its one way
    two = cand(
        "ectoderm", ("layer", ((sub, False),)), ("lens", (dev,)), ("eye", (("has part", True), dev))
    )
    assert _only_way_to_class(two, [two, up, peer], asked) == 1.0
    near = cand("mesoderm", ("layer", ((sub, False),)), ("eye", (("adjacent to", True),)))
    assert _only_way_to_class(two, [two, near], asked) == 0.0


def test_node_and_edge_lists_read_as_a_graph(tmp_path):
    """The nodes.csv and edges.csv that networkx, pandas or Gephi write: ``source,target,type``
    read its header as a triple and each row's target as its relation; an edge list with
    weights was a table; a node list ``id,label,born`` three triples of numbers and names.
    Now the ends named take the third column as the relation, a node list's label names its
    row, and an edge between numbered nodes joins the two nodes."""
    (tmp_path / "nodes.csv").write_text(
        "id,label,born\n1,Ada Lovelace,1815\n2,Charles Babbage,1791\n3,London,\n",
        encoding="utf-8",
    )
    (tmp_path / "edges.csv").write_text(
        "source,target,type\n1,2,KNOWS\n1,3,LIVES_IN\n", encoding="utf-8"
    )
    (tmp_path / "gephi.csv").write_text(
        "Source,Target,Type,Id,Label,Weight\n2,3,Directed,0,lived in,1.0\n", encoding="utf-8"
    )
    kg = KnowledgeGraph.load(*(tmp_path / f for f in ("nodes.csv", "edges.csv", "gephi.csv")))
    assert sorted(f.text for f in kg.facts()) == [
        "Ada Lovelace — KNOWS → Charles Babbage",
        "Ada Lovelace — LIVES IN → London",
        "Ada Lovelace — born → 1815",
        "Charles Babbage — born → 1791",
        "Charles Babbage — lived in → London",
    ]


def test_a_named_id_is_the_nodes_property(tmp_path):
    """neo4j-admin stores a node's id as a property named by its column ("year:ID(Season)":
    the season's ``year``; ":ID" alone stores none). It was read as the node's id only, so a
    season whose id is its year held no year: "the 2022 champion" linked the year other
    records carry (a seat's ``season``) and answered the team of that seat, not the champion
    (probe59a's racing results database)."""
    files = {
        "seasons.csv": "year:ID(Season),:LABEL,title\n2022,Season,2022 Championship\n"
        "2023,Season,2023 Championship\n",
        "drivers.csv": "driverRef:ID(Driver),:LABEL,name\nann,Driver,Ann Berg\nbo,Driver,Bo Dahl\n",
        "teams.csv": ":ID(Team),:LABEL,name\nk,Team,Kestrel GP\nv,Team,Vantor\n",
        "champion.csv": ":START_ID(Season),:END_ID(Driver),:TYPE\n2022,ann,CHAMPION\n"
        "2023,bo,CHAMPION\n",
        "seats.csv": ":START_ID(Driver),:END_ID(Team),:TYPE,season:int\nann,k,DROVE_FOR,2022\n"
        "bo,v,DROVE_FOR,2022\nann,v,DROVE_FOR,2023\nbo,k,DROVE_FOR,2023\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    kg = KnowledgeGraph.load(*(tmp_path / name for name in files))
    facts = {f.text for f in kg.facts()}
    assert "2022 Championship — year → 2022" in facts and "Ann Berg — driver ref → ann" in facts
    assert not any(f.startswith("Kestrel GP — ") and "→ k" in f for f in facts)  # ":ID" alone
    res = Retriever(kg).retrieve("who was the 2022 champion?")
    assert res.answer == "Ann Berg" and not res.abstained


def _racing(tmp_path) -> KnowledgeGraph:
    files = {
        "teams.csv": "ref:ID(Team),:LABEL,name,base\naurelia,Team,Aurelia Racing,Modena\n"
        "takumi,Team,Takumi Racing,Tochigi\nkestrel,Team,Kestrel GP,Silverstone\n",
        "engines.csv": "ref:ID(Engine),:LABEL,name,country\napt,EngineSupplier,Aurelia Powertrains,"
        "Italy\nshiro,EngineSupplier,Shiro Motor Company,Japan\n",
        "people.csv": "ref:ID(Person),:LABEL,name\nfb,Person,Franca Bellandi\n"
        "ks,Person,Kenji Sato\nsg,Person,Simon Greaves\n",
        "principals.csv": ":START_ID(Person),:END_ID(Team),:TYPE,since:int\n"
        "fb,aurelia,principal_of,2010\nks,takumi,principal_of,2015\nsg,kestrel,principal_of,2012\n",
        "engines_used.csv": ":START_ID(Team),:END_ID(Engine),:TYPE,season:int\n"
        "aurelia,apt,poweredBy,2022\naurelia,apt,poweredBy,2023\ntakumi,shiro,poweredBy,2022\n"
        "kestrel,shiro,poweredBy,2022\nkestrel,apt,poweredBy,2023\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return KnowledgeGraph.load(*(tmp_path / name for name in files))


def test_a_relationship_with_properties_is_an_edge_as_well(tmp_path):
    """A relationship with properties was only an unnamed record between its ends, so every
    hop over one cost two: "What country is Takumi Racing's engine supplier from?" walked
    team -> record -> supplier -> country and was abstained on (the question says nothing of
    the record), and a 2-hop question over two such relationships was out of reach (probe59a:
    9 of the racing probe's misses). The relationship is the edge ``start -TYPE-> end`` now,
    as in Neo4j, and its record stays beside it, as a Wikidata statement beside its direct
    claim. The walk does not come back to the start over the record of the fact it left by:
    Aurelia's principal is Franca Bellandi, not Aurelia Racing (principal_of three times)."""
    kg = _racing(tmp_path)
    facts = {f.text for f in kg.facts()}
    assert "Takumi Racing — powered by → Shiro Motor Company" in facts
    r = Retriever(kg)
    res = r.retrieve("What country is Takumi Racing's engine supplier from?")
    assert res.answer == "Japan" and not res.abstained
    res = r.retrieve("Who is the team principal of Aurelia Racing?")
    assert res.answer == "Franca Bellandi" and not res.abstained
    res = r.retrieve("Which engine did Kestrel GP use in 2023?")
    assert res.answer == "Aurelia Powertrains"


def test_the_walk_comes_back_to_its_start_over_another_relation_only():
    """With a relationship both an edge and a record, ``Aurelia <-principal_of- Bellandi
    -principal_of-> record -principal_of-> Aurelia`` came back to the start in three hops and
    answered "Who is the team principal of Aurelia Racing?" with Aurelia Racing itself, at
    confidence 1.0, on the racing probe. After two hops of one relation the start is no longer
    reached; a round trip over other relations ("Who produced the albums of Jimmy Page's
    band?": Page himself) still is."""
    from kgchat.retrieval.walk import Walk

    def reached(triples, start):
        kg = KnowledgeGraph.from_triples(triples)
        walk = Walk(kg.neighbors, kg.is_literal, start, max_nodes=10, beam=8)
        parents = walk.run(3, lambda grown: dict.fromkeys(grown, 0.0))
        return {n for pattern, nodes in parents.items() if len(pattern) == 3 for n in nodes}

    record = [("Bel", "principal_of", "Aur"), ("Bel", "principal_of", "_:r")]
    record.append(("_:r", "principal_of", "Aur"))
    assert "Aur" not in reached(record, "Aur")
    band = [("Page", "member_of", "Band"), ("Album", "artist", "Band")]
    band.append(("Album", "producer", "Page"))
    assert "Page" in reached(band, "Page")
