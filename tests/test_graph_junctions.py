"""Names a new user's graph gives, or does not: event and CVT nodes without a name are walked
through, never answers; a label in another language beats an identifier that abbreviates it."""

from __future__ import annotations

from kgchat import KnowledgeGraph

M = "https://collection.example/"
MUSEUM = """@prefix crm: <http://www.cidoc-crm.org/cidoc-crm/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix m: <https://collection.example/> .
m:obj-12 a crm:E22_Human-Made_Object ; rdfs:label "The Harbour at Dusk"@en ;
    crm:P108i_was_produced_by m:prod-12 ; crm:P50_has_current_keeper m:rijnhaven .
m:prod-12 a crm:E12_Production ; crm:P14_carried_out_by m:p0451 ; crm:P7_took_place_at m:delft .
m:p0451 rdfs:label "Johanna Verbeek"@en ; crm:P107i_is_current_or_former_member_of m:sal .
m:delft rdfs:label "Delft"@en .
m:rijnhaven rdfs:label "Rijnhaven Museum"@en .
m:sal rdfs:label "Société des Artistes Lyonnais"@fr .
"""


def test_an_unnamed_event_between_named_things_is_anonymous(tmp_path):
    """CIDOC-CRM's production event has an IRI and no label: it used to be named
    "prod-12" and given as the answer to "Who painted The Harbour at Dusk?"."""
    path = tmp_path / "museum.ttl"
    path.write_text(MUSEUM, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label(M + "prod-12") == "(anonymous prod-12)"
    assert "The Harbour at Dusk — P14 carried out by → Johanna Verbeek" not in {
        f.text for f in kg.facts()
    }  # (walked through: the facts stay as stated)
    assert kg.label(M + "delft") == "Delft" and kg.label(M + "obj-12") == "The Harbour at Dusk"


def test_a_freebase_cvt_is_anonymous_where_a_names_file_names_the_rest(tmp_path):
    """A Freebase dump joins a film to its actor and character through a performance node
    that the names file does not name; the ids it does name are the entities."""
    (tmp_path / "kb.tsv").write_text(
        "m.0film\tfilm.film.starring\tm.0perf\n"
        "m.0perf\tfilm.performance.actor\tm.0ann\n"
        "m.0perf\tfilm.performance.character\tm.0queen\n"
        "m.0ann\tpeople.person.date_of_birth\t1983-12-01\n",
        encoding="utf-8",
    )
    (tmp_path / "names.tsv").write_text(
        "m.0film\tPaper Crowns\nm.0ann\tElena Marsh\nm.0queen\tQueen Tola\n", encoding="utf-8"
    )
    kg = KnowledgeGraph.load(tmp_path / "kb.tsv", tmp_path / "names.tsv")
    assert kg.label("m.0perf") == "(anonymous m.0perf)"
    assert kg.label("m.0ann") == "Elena Marsh"


def test_ids_stay_names_where_the_graph_names_nothing(tmp_path):
    """In a bare triple file the ids are the names: the same shape renames nothing."""
    (tmp_path / "kb.tsv").write_text(
        "Paper_Crowns\tstarring\tperf_7\nperf_7\tactor\tElena_Marsh\n"
        "perf_7\tcharacter\tQueen_Tola\n",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(tmp_path / "kb.tsv")
    assert kg.label("perf_7") == "perf 7"


def test_a_node_with_values_of_its_own_is_no_junction(tmp_path):
    """A thing reached once and linked onwards, but with values of its own, keeps its name."""
    path = tmp_path / "g.ttl"
    path.write_text(
        MUSEUM.replace(
            "m:prod-12 a crm:E12_Production ;", 'm:prod-12 crm:P3_has_note "oil sketch first" ;'
        ),
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    assert kg.label(M + "prod-12") == "prod-12"


def test_a_foreign_label_beats_an_identifier_that_abbreviates_it(tmp_path):
    """``m:sal`` has only a French label: its identifier, an abbreviation, used to be its
    name ("sal") and the label an alias; a readable identifier still wins over a foreign
    label (Pizza's ``MeatTopping`` over "CoberturaDeCarne"@pt, tests/test_graph.py)."""
    path = tmp_path / "museum.ttl"
    path.write_text(MUSEUM, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label(M + "sal") == "Société des Artistes Lyonnais"


def test_a_triple_files_alias_relation_names_its_subject(tmp_path):
    """Freebase's ``common.topic.alias`` in a triple file: its object used to be an entity of
    its own ("Tommy Reyes", one hop from the man), so the question naming him by it linked
    to that node; read as a string, it is his alias, and the fact stays."""
    (tmp_path / "kb.tsv").write_text(
        "m.0tom\tcommon.topic.alias\tTommy Reyes\nm.0tom\tpeople.person.place_of_birth\tm.0mad\n",
        encoding="utf-8",
    )
    (tmp_path / "names.tsv").write_text("m.0tom\tTomas Reyes\nm.0mad\tMadrid\n", encoding="utf-8")
    kg = KnowledgeGraph.load(tmp_path / "kb.tsv", tmp_path / "names.tsv")
    assert kg.aliases("m.0tom") == ["Tommy Reyes"]
    assert "Tommy Reyes" not in kg
    assert "Tomas Reyes — common topic alias → Tommy Reyes" in {f.text for f in kg.facts()}


def test_a_numbered_property_reads_as_its_words(tmp_path):
    """CIDOC-CRM numbers its properties (``P14_carried_out_by``): the number used to lead the
    relation's phrase ("P14 carried out by", "p108i was produced by"), words no question says,
    and "Who made Girl Reading?" went to a path of better-covered words."""
    path = tmp_path / "museum.ttl"
    path.write_text(MUSEUM, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    texts = {f.text for f in kg.facts()}
    assert "The Harbour at Dusk — was produced by → (anonymous prod-12)" in texts
    assert "(anonymous prod-12) — carried out by → Johanna Verbeek" in texts


def test_a_numbered_class_reads_as_its_words(tmp_path):
    """CIDOC-CRM numbers its classes too (``E22_Human-Made_Object``): the number used to
    lead the class's name ("E22 Human-Made Object", "Harbour — is a → E12 Production")."""
    path = tmp_path / "museum.ttl"
    path.write_text(MUSEUM, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    crm = "http://www.cidoc-crm.org/cidoc-crm/"
    assert kg.label(crm + "E22_Human-Made_Object") == "Human-Made Object"
    assert kg.label(crm + "E12_Production") == "Production"


def test_a_node_named_by_words_is_no_junction(tmp_path):
    """An unlabelled node whose identifier reads as words (a DBpedia extract's band with no
    label of its own) is a thing named by its identifier, and stays an answer."""
    path = tmp_path / "g.ttl"
    path.write_text(MUSEUM.replace("m:prod-12", "m:Harbour_Production"), encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label(M + "Harbour_Production") == "Harbour Production"


def test_a_redirect_page_is_another_name_of_its_target(tmp_path):
    """DBpedia's ``dbo:wikiPageRedirects``: a redirect page ("Monte Cervino") used to be an
    entity of its own, so "How high is Monte Cervino?" linked to a node that says nothing and
    every answer was a hop further, over a relation that says nothing. Read as what it is,
    its title is an alias of the page it sends to, a link to it reaches that page, a chain of
    redirects is followed to its end, and a cycle folds nothing."""
    r, o = "http://dbpedia.org/resource/", "http://dbpedia.org/ontology/"
    label, red = "<http://www.w3.org/2000/01/rdf-schema#label>", f"<{o}wikiPageRedirects>"
    lines = [
        f'<{r}Matterhorn> {label} "Matterhorn"@en .',
        f'<{r}Matterhorn> <{o}elevation> "4478.0"^^<http://www.w3.org/2001/XMLSchema#double> .',
        f'<{r}Monte_Cervino> {label} "Monte Cervino"@en .',
        f"<{r}Monte_Cervino> {red} <{r}Matterhorn> .",
        f'<{r}Cervin> {label} "Mont Cervin"@en .',
        f"<{r}Cervin> {red} <{r}Monte_Cervino> .",
        f'<{r}Zermatt> {label} "Zermatt"@en .',
        f"<{r}Zermatt> <{o}landmark> <{r}Monte_Cervino> .",
        f'<{r}A> {label} "A"@en .',
        f"<{r}A> {red} <{r}B> .",
        f'<{r}B> {label} "B"@en .',
        f"<{r}B> {red} <{r}A> .",
    ]
    path = tmp_path / "redirects.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert sorted(kg.aliases(r + "Matterhorn")) == ["Mont Cervin", "Monte Cervino"]
    assert r + "Monte_Cervino" not in kg and r + "Cervin" not in kg
    assert "Zermatt — landmark → Matterhorn" in {f.text for f in kg.facts()}
    assert r + "A" in kg and r + "B" in kg


def test_a_disambiguation_page_is_a_name_its_pages_share(tmp_path):
    """DBpedia's ``dbo:wikiPageDisambiguates``: "How many people work at Bosch?" used to link
    to the page "Bosch", an entity whose one fact was its page id, and answer that. The title
    (less its qualifier) is now an alias of each page listed, the page no entity, and the
    question's relation chooses the company over the man."""
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    r, o = "http://dbpedia.org/resource/", "http://dbpedia.org/ontology/"
    label, dis = "<http://www.w3.org/2000/01/rdf-schema#label>", f"<{o}wikiPageDisambiguates>"
    integer = "<http://www.w3.org/2001/XMLSchema#integer>"
    lines = [
        f'<{r}Robert_Bosch> {label} "Robert Bosch"@en .',
        f'<{r}Robert_Bosch> <{o}birthDate> "1861-09-23"^^<http://www.w3.org/2001/XMLSchema#date> .',
        f'<{r}Robert_Bosch_GmbH> {label} "Robert Bosch GmbH"@en .',
        f'<{r}Robert_Bosch_GmbH> <{o}numberOfEmployees> "429416"^^{integer} .',
        f"<{r}Robert_Bosch_GmbH> <{o}foundedBy> <{r}Robert_Bosch> .",
        f'<{r}Bosch> {label} "Bosch"@en .',
        f'<{r}Bosch> <{o}wikiPageID> "95532000"^^{integer} .',
        f"<{r}Bosch> {dis} <{r}Robert_Bosch> .",
        f"<{r}Bosch> {dis} <{r}Robert_Bosch_GmbH> .",
        f'<{r}Bosch_(disambiguation)> {label} "Bosch (disambiguation)"@en .',
        f"<{r}Bosch_(disambiguation)> {dis} <{r}Robert_Bosch> .",
    ]
    path = tmp_path / "disambiguation.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert r + "Bosch" not in kg and r + "Bosch_(disambiguation)" not in kg
    assert kg.aliases(r + "Robert_Bosch") == ["Bosch"]
    assert kg.aliases(r + "Robert_Bosch_GmbH") == ["Bosch"]
    assert not any("95532000" in f.text for f in kg.facts())
    res = make_retriever(kg, index_dir=None).retrieve("how many people work at Bosch")
    assert _default_answers(res)[0] == "429416"


def test_a_definition_is_a_fact_too(tmp_path):
    """A thesaurus's ``skos:definition`` used to be a description only, no fact: "How is
    urban sprawl defined?" was answered with the concept's notation, the one literal fact it
    had. A definition in the preferred language (or none) now stays a fact besides the
    description; one in another language stays a description only, and ``rdfs:comment``
    stays a description only."""
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    path = tmp_path / "thesaurus.ttl"
    path.write_text(
        """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix th: <http://example.org/th/> .
th:sprawl a skos:Concept ; skos:prefLabel "urban sprawl"@en ; skos:notation "SO.3" ;
    skos:broader th:soil ;
    skos:definition "The spread of low-density building into the countryside."@en,
        "Die Ausbreitung lockerer Bebauung."@de .
th:soil a skos:Concept ; skos:prefLabel "soil"@en ; rdfs:comment "Top layer of the land."@en .
""",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    texts = {f.text for f in kg.facts()}
    defined = "urban sprawl — definition → The spread of low-density building into the countryside."
    assert defined in texts
    assert not any("Ausbreitung" in t or "Top layer" in t for t in texts)
    assert kg.description("http://example.org/th/soil") == "Top layer of the land."
    res = make_retriever(kg, index_dir=None).retrieve("How is urban sprawl defined?")
    top = _default_answers(res)[0]
    assert top == "The spread of low-density building into the countryside."


ORG = """@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <http://hr.example/id/> .
id:nordwind skos:prefLabel "Nordwind Energy"@en ; org:hasSite id:bremerhaven , id:hamburg .
id:bremerhaven skos:prefLabel "Bremerhaven factory"@en .
id:hamburg skos:prefLabel "Hamburg headquarters"@en .
id:lab a org:OrganizationalUnit ; skos:prefLabel "Blade Materials Lab"@en ; org:unitOf id:nordwind .
id:grid a org:OrganizationalUnit ; skos:prefLabel "Grid Services"@en ; org:unitOf id:nordwind .
id:scientist a org:Role ; skos:prefLabel "Materials Scientist"@en .
id:planner a org:Role ; skos:prefLabel "Grid Planner"@en .
id:p-brandt a foaf:Person ; foaf:name "Lukas Brandt" .
id:p-okafor a foaf:Person ; foaf:name "Chidi Okafor" .
id:mem-brandt a org:Membership ; org:member id:p-brandt ; org:organization id:lab ;
    org:role id:scientist .
id:mem-okafor a org:Membership ; org:member id:p-okafor ; org:organization id:grid ;
    org:role id:planner .
"""


def test_an_unnamed_membership_node_is_anonymous(tmp_path):
    """The W3C Organization Ontology's ``org:Membership``: no fact leads to it, it leads to
    the person, the unit and the role, and its identifier ("mem-brandt") holds no digit.
    Every node of its class is unnamed, so the identifiers are keys: it used to be named
    "mem-brandt", an entity to link and give as an answer; now it is walked through."""
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    path = tmp_path / "org.ttl"
    path.write_text(ORG, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label("http://hr.example/id/mem-brandt") == "(anonymous mem-brandt)"
    assert kg.label("http://hr.example/id/p-brandt") == "Lukas Brandt"
    res = make_retriever(kg, index_dir=None).retrieve("What role does Lukas Brandt have?")
    assert _default_answers(res)[0] == "Materials Scientist"
    assert not any(c.label.startswith("mem-") for c in res.candidates)


def test_a_node_named_by_words_whose_class_names_others_keeps_its_name(tmp_path):
    """The same shape, where another node of its class has a name: a thing of that kind the
    graph forgot to label, read by its identifier."""
    path = tmp_path / "org.ttl"
    path.write_text(
        ORG.replace(
            "id:mem-okafor a org:Membership ;",
            'id:mem-okafor a org:Membership ; skos:prefLabel "Okafor at Grid"@en ;',
        ),
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    assert kg.label("http://hr.example/id/mem-brandt") == "mem-brandt"
