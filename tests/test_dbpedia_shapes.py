"""Shapes a DBpedia extract has and a hand-made graph lacks: page hyperlinks between every two
pages, and YAGO classes named as phrases ("Retail companies of Netherlands")."""

from __future__ import annotations

from kgchat import KnowledgeGraph

R, DBO = "http://dbpedia.org/resource/", "http://dbpedia.org/ontology/"
YAGO = "http://dbpedia.org/class/yago/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _load(tmp_path, lines):
    path = tmp_path / "dbpedia.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def _top(kg, question):
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    return _default_answers(make_retriever(kg, index_dir=None).retrieve(question))[0]


def _names(*pairs):
    return [f'<{R}{node}> {LABEL} "{node.replace("_", " ")}"@en .' for node in pairs]


def test_a_page_hyperlink_is_no_fact(tmp_path):
    """``dbo:wikiPageWikiLink`` joins a page to every page its article links to: walked as a
    relation, "Who founded Volkswagen?" went from the founder (an organisation) one unsaid
    hop on to a person its page links to. It is where to read on, as ``rdfs:seeAlso``."""
    lines = [
        *_names("Volkswagen", "German_Labour_Front", "Johann_Weskott", "Person"),
        f"<{R}Volkswagen> <{DBO}foundedBy> <{R}German_Labour_Front> .",
        f"<{R}German_Labour_Front> <{DBO}wikiPageWikiLink> <{R}Johann_Weskott> .",
        f"<{R}Volkswagen> <{DBO}wikiPageWikiLink> <{R}German_Labour_Front> .",
        f"<{R}Johann_Weskott> {TYPE} <{DBO}Person> .",
        f'<{DBO}Person> {LABEL} "person"@en .',
    ]
    kg = _load(tmp_path, lines)
    assert not any("Link" in f.text or "link" in f.text for f in kg.facts())
    assert "Volkswagen — founded by → German Labour Front" in {f.text for f in kg.facts()}


def test_a_class_named_as_a_phrase_is_a_kind_of_its_head(tmp_path):
    """A YAGO class "Retail companies of Netherlands" is a kind of *companies*, not of
    Netherlands: read by its last word, IKEA was a place, and answered "Where is the company
    founded by Ingvar Kamprad headquartered?" itself."""
    cls = YAGO + "WikicatRetailCompaniesOfNetherlands"
    lines = [
        *_names("IKEA", "Ingvar_Kamprad", "Delft", "Netherlands"),
        f"<{R}IKEA> <{DBO}foundedBy> <{R}Ingvar_Kamprad> .",
        f"<{R}IKEA> <{DBO}headquarter> <{R}Delft> .",
        f"<{R}Delft> <{DBO}country> <{R}Netherlands> .",
        f"<{R}IKEA> {TYPE} <{cls}> .",
        f'<{cls}> {LABEL} "Retail companies of Netherlands"@en .',
        f"<{R}Delft> {TYPE} <{DBO}City> .",
        f'<{DBO}City> {LABEL} "city"@en .',
    ]
    kg = _load(tmp_path, lines)
    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, index_dir=None)
    assert "location" not in r.kinds_of(R + "IKEA")
    top = _top(kg, "where is the company founded by Ingvar Kamprad headquartered")
    assert top == "Delft"


def test_the_noun_of_the_mayor_of_x_is_no_value(tmp_path):
    """``dbp:leaderTitle "Mayor"``, shared by cities, made "mayor" a value the question names:
    "Who is the mayor of Wolfsburg?" started from it, and answered a mayor of another city at
    1.0. "The mayor of X" asks a relation of X; a value after "the" and before "of" is none."""
    from kgchat.linking import EntityLinker

    lines = _names("Munich", "Paris", "Wolfsburg", "Dieter_Reiter", "Anne_Hidalgo", "Siemens")
    for city, mayor in (("Munich", "Dieter_Reiter"), ("Paris", "Anne_Hidalgo")):
        lines.append(f"<{R}{city}> <{DBO}leaderName> <{R}{mayor}> .")
        lines.append(f'<{R}{city}> <http://dbpedia.org/property/leaderTitle> "Mayor"@en .')
    lines.append(f"<{R}Siemens> <{DBO}headquarter> <{R}Munich> .")
    lines.append(f"<{R}Wolfsburg> <{DBO}country> <{R}Germany> .")
    kg = _load(tmp_path, lines)
    linker = EntityLinker(kg)
    assert [m.text for m in linker.link("who is the mayor of wolfsburg")] == ["wolfsburg"]
    assert [m.text for m in linker.link("which cities have a mayor")] == ["mayor"]
    top = _top(kg, "who is the mayor of the city where siemens has its headquarters")
    assert top == "Dieter Reiter"


def test_a_common_noun_between_the_and_of_is_a_relation(tmp_path):
    """DBpedia's category "Capitals" (a SKOS concept of ``dct:subject``) took "capital" in
    "What is the capital of the country where Nokia has its headquarters?", and the walk
    stopped at Finland. Written in lower case between "the" and "of", a word is the relation
    asked of what follows; written as a name ("the CEO of Acme"), it may name a node."""
    from kgchat.linking import EntityLinker

    skos, dct = "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/"
    lines = _names("Nokia", "Espoo", "Finland", "Helsinki", "Acme", "CEO", "Ada_Lind")
    lines += [
        f"<{R}Nokia> <{DBO}headquarter> <{R}Espoo> .",
        f"<{R}Espoo> <{DBO}country> <{R}Finland> .",
        f"<{R}Finland> <{DBO}capital> <{R}Helsinki> .",
        f"<{R}Category:Capitals> {TYPE} <{skos}Concept> .",
        f'<{R}Category:Capitals> {LABEL} "Capitals"@en .',
        f"<{R}Helsinki> <{dct}subject> <{R}Category:Capitals> .",
        f"<{R}Acme> <{DBO}post> <{R}CEO> .",
        f"<{R}CEO> <{DBO}heldBy> <{R}Ada_Lind> .",
    ]
    kg = _load(tmp_path, lines)
    linker = EntityLinker(kg)
    q = "What is the capital of the country where Nokia has its headquarters?"
    assert [m.text for m in linker.link(q)] == ["nokia"]
    assert _top(kg, q) == "Helsinki"
    assert [m.text for m in linker.link("Who is the CEO of Acme?")] == ["ceo", "acme"]


def test_a_page_record_is_no_fact_unless_kept(tmp_path):
    """DBpedia gives every resource its Wikipedia page's id, revision and length: "How many
    people live in the birthplace of Carl Benz?", of a village with no population, answered
    its page's length in characters (80762). They are the page's records (dropped unless
    ``GraphConfig.bookkeeping``), as a redirect page's id was already."""
    from kgchat.graph.config import GraphConfig

    integer = "<http://www.w3.org/2001/XMLSchema#integer>"
    lines = _names("Carl_Benz", "Mühlburg")
    lines += [
        f"<{R}Carl_Benz> <{DBO}birthPlace> <{R}Mühlburg> .",
        f'<{R}Mühlburg> <{DBO}wikiPageLength> "80762"^^{integer} .',
        f'<{R}Mühlburg> <{DBO}wikiPageID> "1422"^^{integer} .',
    ]
    kg = _load(tmp_path, lines)
    assert not any("80762" in f.text or "1422" in f.text for f in kg.facts())
    kept = KnowledgeGraph.load(tmp_path / "dbpedia.nt", config=GraphConfig(bookkeeping=True))
    assert any("80762" in f.text for f in kept.facts())


def test_a_country_is_no_people_of_its_union(tmp_path):
    """WordNet files Finland as a member of the European Union, and the reading of a people's
    noun ("Italians": members of Italy) read "Finland" as an adjective for Europe: "the
    capital of Finland" linked the category "Capitals in Europe"."""
    from kgchat.linking import EntityLinker
    from kgchat.wordnet import wordnet

    skos = "http://www.w3.org/2004/02/skos/core#"
    lines = _names("Finland", "Helsinki", "Europe")
    lines += [
        f"<{R}Finland> <{DBO}capital> <{R}Helsinki> .",
        f"<{R}Category:Capitals_in_Europe> {TYPE} <{skos}Concept> .",
        f'<{R}Category:Capitals_in_Europe> {LABEL} "Capitals in Europe"@en .',
    ]
    kg = _load(tmp_path, lines)
    mentions = EntityLinker(kg).link("what is the population of the capital of Finland")
    assert [m.node for m in mentions] == [R + "Finland"]
    assert wordnet() is None or "Italy" in wordnet().pertains_to("Italians")
