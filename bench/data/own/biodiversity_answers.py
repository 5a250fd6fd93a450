# ruff: noqa: E501  (one question a line)
"""Gold answers of ``biodiversity.jsonl``, computed with rdflib SPARQL over ``biodiversity.ttl``
(never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("1987-03-14", "skull", "Krause, D. | Hans-Peter Vogt"); an entity with every name
it carries: a taxon's ``dwc:scientificName`` and ``dwc:vernacularName`` s (any language), a
person's or an institution's ``foaf:name``, a collection's ``rdfs:label``, a specimen's
``dwc:catalogNumber``, an institution's ``dwc:institutionCode``, a collection's
``dwc:collectionCode``. In a query ``{Name}`` stands for the one node so named. A place is a
blank location named by nothing: a query reaches it through its ``dwc:locality`` text.
Unanswerable questions carry no query and ``answers: []``. With ``--conversations`` it prints
the three blind conversations of ``conversations_blind45.jsonl`` instead. Run from the
repository root: ``python bench/data/own/biodiversity_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import FOAF, RDFS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
DWC = Namespace("http://rs.tdwg.org/dwc/terms/")
PRE = """PREFIX dwc: <http://rs.tdwg.org/dwc/terms/>
PREFIX dwciri: <http://rs.tdwg.org/dwc/iri/>
PREFIX dsw: <http://purl.org/dsw/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
NAMES = (
    FOAF.name,
    DWC.scientificName,
    DWC.vernacularName,
    RDFS.label,
    DWC.catalogNumber,
    DWC.institutionCode,
    DWC.collectionCode,
)
# the occurrence a specimen is evidence for; the taxa an occurrence is identified as
SPEC_OCC = "{S} dsw:evidenceFor ?o ."
OCC_TAXON = "?i dsw:identifies ?o ; dwciri:toTaxon"
PARENT = "dwc:parentNameUsageID"
RECORDERS = "dwciri:recordedBy|dwc:recordedBy"
OTTER = "{Lutra lutra (Linnaeus, 1758)}"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # taxonomy: one hop up, or a few
    (
        "what family is Lutra lutra in?",
        "2hop",
        f"SELECT ?x WHERE {{ {OTTER} {PARENT}/{PARENT} ?x }}",
    ),
    (
        "Which genus does the Eurasian beaver belong to?",
        "1hop",
        f"SELECT ?x WHERE {{ {{Castor fiber Linnaeus, 1758}} {PARENT} ?x }}",
    ),
    (
        "which order is the kingfisher in",
        "3hop",
        f"SELECT ?x WHERE {{ {{Alcedo atthis (Linnaeus, 1758)}} {PARENT}/{PARENT}/{PARENT} ?x }}",
    ),
    (
        "What order does the Fischotter belong to?",
        "alias",
        f"SELECT ?x WHERE {{ {OTTER} {PARENT}/{PARENT}/{PARENT} ?x }}",
    ),
    (
        "which family does the round-leaved sundew belong to",
        "2hop",
        f"SELECT ?x WHERE {{ {{Drosera rotundifolia L.}} {PARENT}/{PARENT} ?x }}",
    ),
    (
        "What rank is Coraciiformes?",
        "literal",
        "SELECT ?x WHERE { {Coraciiformes} dwc:taxonRank ?x }",
    ),
    (
        "Who described Osmoderma eremita?",
        "literal",
        "SELECT ?x WHERE { {Osmoderma eremita (Scopoli, 1763)} dwc:scientificNameAuthorship ?x }",
    ),
    (
        "What kingdom is the pasqueflower in?",
        "literal",
        "SELECT ?x WHERE { {Pulsatilla vulgaris Mill.} dwc:kingdom ?x }",
    ),
    (
        "Which species are in the genus Carabus?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {PARENT} {{Carabus Linnaeus, 1758}} }}",
    ),
    (
        "list the genera of the Mustelidae",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {PARENT} {{Mustelidae}} }}",
    ),
    (
        "Which orchids do you have?",
        "list",
        f"SELECT ?x WHERE {{ ?x {PARENT}/{PARENT} {{Orchidaceae}} }}",
    ),
    (
        "what families of beetles are there",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {PARENT} {{Coleoptera}} }}",
    ),
    (
        "What is the scientific name of the Eurasian eagle-owl?",
        "literal",
        "SELECT ?x WHERE { {Bubo bubo (Linnaeus, 1758)} dwc:scientificName ?x }",
    ),
    (
        "what's a Trauermantel called in English?",
        "alias",
        "SELECT ?x WHERE { {Nymphalis antiopa (Linnaeus, 1758)} dwc:vernacularName ?x FILTER(lang(?x) = 'en') }",
    ),
    (
        "German name for the pine marten?",
        "literal",
        "SELECT ?x WHERE { {Martes martes (Linnaeus, 1758)} dwc:vernacularName ?x FILTER(lang(?x) = 'de') }",
    ),
    (
        "Swedish name of the stag beetle",
        "literal",
        "SELECT ?x WHERE { {Lucanus cervus (Linnaeus, 1758)} dwc:vernacularName ?x FILTER(lang(?x) = 'sv') }",
    ),
    # synonyms and accepted names
    (
        "What's the accepted name for Ursus meles?",
        "synonym",
        "SELECT ?x WHERE { {Ursus meles Linnaeus, 1758} dwc:acceptedNameUsageID ?x }",
    ),
    (
        "What is Lutra vulgaris called today?",
        "synonym",
        "SELECT ?x WHERE { {Lutra vulgaris Erxleben, 1777} dwc:acceptedNameUsageID ?x }",
    ),
    (
        "Falco albicilla - current valid name?",
        "synonym",
        "SELECT ?x WHERE { {Falco albicilla Linnaeus, 1758} dwc:acceptedNameUsageID ?x }",
    ),
    (
        "which synonyms does Bubo bubo have",
        "inverse",
        "SELECT ?x WHERE { ?x dwc:acceptedNameUsageID {Bubo bubo (Linnaeus, 1758)} }",
    ),
    (
        "Is Cerambyx heros an accepted name?",
        "literal",
        "SELECT ?x WHERE { {Cerambyx heros Scopoli, 1763} dwc:taxonomicStatus ?x }",
    ),
    (
        "Which family is Molge cristata in now?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Molge cristata (Laurenti, 1768)}} dwc:acceptedNameUsageID/{PARENT}/{PARENT} ?x }}",
    ),
    # specimens
    (
        "who collected specimen ZMB Mam 12345?",
        "2hop",
        f"SELECT ?x WHERE {{ {SPEC_OCC.replace('{S}', '{ZMB Mam 12345}')} ?o {RECORDERS} ?x }}",
    ),
    (
        "When was ZMB Mam 12345 collected?",
        "2hop",
        "SELECT ?x WHERE { {ZMB Mam 12345} dsw:evidenceFor/dwc:eventDate ?x }",
    ),
    (
        "how is ZMB Mam 12345 prepared",
        "literal",
        "SELECT ?x WHERE { {ZMB Mam 12345} dwc:preparations ?x }",
    ),
    (
        "field number of ZMB Mam 12345?",
        "literal",
        "SELECT ?x WHERE { {ZMB Mam 12345} dwc:recordNumber ?x }",
    ),
    (
        "Which collection holds NRM-HERP 2210?",
        "1hop",
        "SELECT ?x WHERE { {NRM-HERP 2210} dwciri:inCollection ?x }",
    ),
    (
        "which collection is ZMB Aves 40917 in",
        "1hop",
        "SELECT ?x WHERE { {ZMB Aves 40917} dwciri:inCollection ?x }",
    ),
    (
        "Which institution does the Coleoptera Collection belong to?",
        "1hop",
        "SELECT ?x WHERE { {Coleoptera Collection} dcterms:isPartOf ?x }",
    ),
    (
        "What species is specimen B 10 0298844?",
        "3hop",
        f"SELECT ?x WHERE {{ {SPEC_OCC.replace('{S}', '{B 10 0298844}')} {OCC_TAXON} ?x }}",
    ),
    (
        "Who identified the Cypripedium calceolus specimen B 10 0298844?",
        "3hop",
        f"SELECT ?x WHERE {{ {SPEC_OCC.replace('{S}', '{B 10 0298844}')} ?i dsw:identifies ?o ; dwciri:identifiedBy|dwc:identifiedBy ?x }}",
    ),
    (
        "What was ZMB Col 0442 identified as?",
        "3hop",
        f"SELECT ?x WHERE {{ {SPEC_OCC.replace('{S}', '{ZMB Col 0442}')} {OCC_TAXON} ?x }}",
    ),
    (
        "what was NRM-ENT 004512 first identified as?",
        "3hop",
        f"SELECT ?x WHERE {{ {SPEC_OCC.replace('{S}', '{NRM-ENT 004512}')} {OCC_TAXON} ?x ; dwc:dateIdentified ?d }} ORDER BY ?d LIMIT 1",
    ),
    (
        "Which specimens did Dieter Krause collect?",
        "inverse",
        "SELECT ?x WHERE { ?o dwciri:recordedBy {Dieter Krause} . ?s dsw:evidenceFor ?o ; dwc:catalogNumber ?x }",
    ),
    (
        "Uhu specimens - catalogue numbers?",
        "alias",
        f"SELECT ?x WHERE {{ ?s dsw:evidenceFor ?o ; dwc:catalogNumber ?x . {OCC_TAXON} {{Bubo bubo (Linnaeus, 1758)}} }}",
    ),
    (
        "catalogue number of the Apollo butterfly collected in 1932",
        "conjunction",
        f"SELECT ?x WHERE {{ ?s dsw:evidenceFor ?o ; dwc:catalogNumber ?x . ?o dwc:eventDate ?d FILTER(STRSTARTS(STR(?d), '1932')) {OCC_TAXON} {{Parnassius apollo (Linnaeus, 1758)}} }}",
    ),
    (
        "who collected the Apollo in 1932",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o {RECORDERS} ?x ; dwc:eventDate ?d FILTER(STRSTARTS(STR(?d), '1932')) {OCC_TAXON} {{Parnassius apollo (Linnaeus, 1758)}} }}",
    ),
    (
        "who colected the hermit beetel NRM-ENT 004512",
        "typo",
        f"SELECT ?x WHERE {{ {SPEC_OCC.replace('{S}', '{NRM-ENT 004512}')} ?o {RECORDERS} ?x }}",
    ),
    (
        "when was the hermit beetle from Hågadalen collected",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o dwc:eventDate ?x ; dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Hågadalen')) {OCC_TAXON} {{Osmoderma eremita (Scopoli, 1763)}} }}",
    ),
    (
        "what sex was the 1987 otter specimen",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o dwc:sex ?x ; dwc:eventDate ?d FILTER(STRSTARTS(STR(?d), '1987')) {OCC_TAXON} {OTTER} }}",
    ),
    (
        "what kind of preperation is NRM-ENT 004877",
        "typo",
        "SELECT ?x WHERE { {NRM-ENT 004877} dwc:preparations ?x }",
    ),
    # occurrences: who, where, when
    (
        "where was the last otter seen?",
        "3hop",
        f"SELECT ?x WHERE {{ {{ SELECT ?o WHERE {{ {OCC_TAXON} {OTTER} . ?o dwc:eventDate ?d }} ORDER BY DESC(STR(?d)) LIMIT 1 }} ?o dcterms:spatial/(dwc:locality|dwc:municipality) ?x }}",
    ),
    (
        "Who recorded the otter in the Oderbruch?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o {RECORDERS} ?x ; dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Oderbruch')) {OCC_TAXON} {OTTER} }}",
    ),
    (
        "who identified the Oderbruch otter",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Oderbruch')) {OCC_TAXON} {OTTER} ; dwciri:identifiedBy|dwc:identifiedBy ?x }}",
    ),
    (
        "How was the Oderbruch otter recorded?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o dwc:basisOfRecord ?x ; dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Oderbruch')) {OCC_TAXON} {OTTER} }}",
    ),
    (
        "how many otters were seen at Anklam in 2024",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o dwc:individualCount ?x ; dwc:eventDate ?d ; dcterms:spatial/dwc:municipality 'Anklam' FILTER(STRSTARTS(STR(?d), '2024')) {OCC_TAXON} {OTTER} }}",
    ),
    (
        "When did Thomas Hofmann see sea eagles at the Müritz?",
        "conjunction",
        "SELECT ?x WHERE { ?o dwciri:recordedBy {Thomas Hofmann} ; dwc:eventDate ?x ; dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Müritz')) ?i dsw:identifies ?o ; dwciri:toTaxon {Haliaeetus albicilla (Linnaeus, 1758)} }",
    ),
    (
        "Who was with Thomas Hofmann when he saw the white-tailed eagles?",
        "conjunction",
        "SELECT ?x WHERE { ?o dwciri:recordedBy {Thomas Hofmann} ; dwc:recordedBy ?x . ?i dsw:identifies ?o ; dwciri:toTaxon {Haliaeetus albicilla (Linnaeus, 1758)} }",
    ),
    (
        "what life stage were the crested newts from Mols Bjerge",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o dwc:lifeStage ?x ; dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Mols Bjerge')) {OCC_TAXON} {{Triturus cristatus (Laurenti, 1768)}} }}",
    ),
    (
        "how sure was the identification of the newt larvae from Mols?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o dwc:lifeStage 'larva' ; dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Mols')) {OCC_TAXON} {{Triturus cristatus (Laurenti, 1768)}} ; dwc:identificationQualifier ?x }}",
    ),
    (
        "How many beavers did Katarzyna Nowak count at Biebrza?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?o dwciri:recordedBy {{Katarzyna Nowak}} ; dwc:individualCount ?x ; dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Biebrza')) {OCC_TAXON} {{Castor fiber Linnaeus, 1758}} }}",
    ),
    (
        "What municipality is Hågadalen in?",
        "literal",
        "SELECT ?x WHERE { ?loc dwc:locality ?l ; dwc:municipality ?x FILTER(CONTAINS(?l, 'Hågadalen')) }",
    ),
    (
        "country code for Mols Bjerge",
        "literal",
        "SELECT ?x WHERE { ?loc dwc:locality ?l ; dwc:countryCode ?x FILTER(CONTAINS(?l, 'Mols Bjerge')) }",
    ),
    (
        "What has been recorded in Tyresta?",
        "list",
        f"SELECT ?x WHERE {{ ?o dcterms:spatial/dwc:locality ?l FILTER(CONTAINS(?l, 'Tyresta')) {OCC_TAXON} ?x }}",
    ),
    (
        "When was the Helm-Knabenkraut last recorded?",
        "alias",
        f"SELECT ?x WHERE {{ {OCC_TAXON} {{Orchis militaris L.}} . ?o dwc:eventDate ?x }} ORDER BY DESC(STR(?x)) LIMIT 1",
    ),
    (
        "latitude of the eagle owl nestling ZMB Aves 40917",
        "literal",
        "SELECT ?x WHERE { {ZMB Aves 40917} dsw:evidenceFor/dcterms:spatial/dwc:decimalLatitude ?x }",
    ),
    # people
    (
        "which beetles did Anna Berg identify?",
        "list",
        "SELECT ?x WHERE { ?i dwciri:identifiedBy {Anna Berg} ; dwciri:toTaxon ?x . ?x dwc:parentNameUsageID+ {Coleoptera} }",
    ),
    (
        "What did Piotr Kowalczyk identify?",
        "inverse",
        "SELECT ?x WHERE { ?i dwciri:identifiedBy {Piotr Kowalczyk} ; dwciri:toTaxon ?x }",
    ),
    (
        "white storks - who recorded them?",
        "2hop",
        f"SELECT ?x WHERE {{ {OCC_TAXON} {{Ciconia ciconia (Linnaeus, 1758)}} . ?o {RECORDERS} ?x }}",
    ),
    (
        "who has seen a hermit beetle",
        "2hop",
        f"SELECT ?x WHERE {{ {OCC_TAXON} {{Osmoderma eremita (Scopoli, 1763)}} . ?o {RECORDERS} ?x }}",
    ),
    (
        "wich familly is the Hirschkäfer in",
        "typo",
        f"SELECT ?x WHERE {{ {{Lucanus cervus (Linnaeus, 1758)}} {PARENT}/{PARENT} ?x }}",
    ),
    (
        "Cerambix cerdo autor",
        "typo",
        "SELECT ?x WHERE { {Cerambyx cerdo Linnaeus, 1758} dwc:scientificNameAuthorship ?x }",
    ),
    (
        "which museum is NRM",
        "alias",
        "SELECT ?x WHERE { ?x a foaf:Organization ; dwc:institutionCode 'NRM' }",
    ),
    # unanswerable: the graph holds a near relation but not this one
    ("What is the IUCN conservation status of the hermit beetle?", "unanswerable", None),
    ("How much did the otter ZMB Mam 12345 weigh?", "unanswerable", None),
    ("What was the weather when the sea eagles were seen at the Müritz?", "unanswerable", None),
    ("When was Anna Berg born?", "unanswerable", None),
    ("What is the DNA barcode of NRM-ENT 004512?", "unanswerable", None),
    ("At what elevation was the lady's-slipper orchid B 10 0298844 found?", "unanswerable", None),
    ("Who funded the Białowieża beetle survey?", "unanswerable", None),
]

# three blind conversations (conversations_blind45.jsonl): (id, [(question, kind, query)])
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "biodiversity-b45-01",
        [
            (
                "Who identified the otter specimen ZMB Mam 12345?",
                "start",
                f"SELECT ?x WHERE {{ {SPEC_OCC.replace('{S}', '{ZMB Mam 12345}')} ?i dsw:identifies ?o ; dwciri:identifiedBy|dwc:identifiedBy ?x }}",
            ),
            (
                "What else did he identify?",
                "pronoun_answer",
                "SELECT ?x WHERE { ?i dwciri:identifiedBy {Dieter Krause} ; dwciri:toTaxon ?x }",
            ),
            (
                "And Sabine Vogel?",
                "and_x",
                "SELECT ?x WHERE { ?i dwciri:identifiedBy {Sabine Vogel} ; dwciri:toTaxon ?x }",
            ),
        ],
    ),
    (
        "biodiversity-b45-02",
        [
            (
                "What family is the stag beetle in?",
                "start",
                f"SELECT ?x WHERE {{ {{Lucanus cervus (Linnaeus, 1758)}} {PARENT}/{PARENT} ?x }}",
            ),
            (
                "And which order is it in?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {{Lucanidae}} {PARENT} ?x }}",
            ),
            (
                "What about the beaver family?",
                "what_about",
                f"SELECT ?x WHERE {{ {{Castoridae}} {PARENT} ?x }}",
            ),
        ],
    ),
    (
        "biodiversity-b45-03",
        [
            (
                "When was NRM-ENT 000931 collected?",
                "start",
                "SELECT ?x WHERE { {NRM-ENT 000931} dsw:evidenceFor/dwc:eventDate ?x }",
            ),
            (
                "How is it prepared?",
                "pronoun_topic",
                "SELECT ?x WHERE { {NRM-ENT 000931} dwc:preparations ?x }",
            ),
            (
                "And NRM-HERP 2210?",
                "and_x",
                "SELECT ?x WHERE { {NRM-HERP 2210} dwc:preparations ?x }",
            ),
        ],
    ),
]


def main() -> None:
    g = Graph()
    g.parse(HERE / "biodiversity.ttl", format="turtle")
    answers_of = named_answers(g, PRE, NAMES)
    if "--conversations" in sys.argv:
        print_conversations("biodiversity", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "biodiversity.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
