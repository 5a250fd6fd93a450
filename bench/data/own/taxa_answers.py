# ruff: noqa: E501  (one question a line)
"""Gold answers of ``taxa.jsonl``, computed with rdflib SPARQL over ``taxa.nt.gz`` (never with kgchat).

Each question is paired with the query whose result is its answer list. A taxon answers by its
``dwc:scientificName`` (a species' with its authorship, as the file has it), its canonical name
(``dwc:genus`` + ``dwc:specificEpithet``) and its English ``dwc:vernacularName``s; a specimen by its
``dwc:catalogNumber`` and ``dwc:occurrenceID``; an observation by its ``dwc:occurrenceID`` and
the number it ends with (as the portal shows it); a
collector by the label's ``dwc:recordedBy`` and the person's ``foaf:name``; a place by its
gazetteer ``rdfs:label`` and the record's ``dwc:locality``. A parent is found either way the file
links it: the zoological records hold the parent's IRI in ``dwc:parentNameUsageID``, the
herbarium's the parent's ``dwc:taxonID`` string. Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/taxa_answers.py``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph

HERE = Path(__file__).parent
PRE = """PREFIX dwc: <http://rs.tdwg.org/dwc/terms/>
PREFIX dwciri: <http://rs.tdwg.org/dwc/iri/>
PREFIX dsw: <http://purl.org/dsw/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def sci(var: str, name: str) -> str:
    """?var: the accepted taxon whose scientific name is ``name`` (a species' with or without
    its authorship)."""
    same = f'?sn_{var} = "{name}"'
    if " " in name:
        same += f' || STRSTARTS(?sn_{var}, "{name} ")'
    return f'?{var} dwc:taxonomicStatus "accepted" ; dwc:scientificName ?sn_{var} . FILTER({same}) '


def vern(var: str, name: str, lang: str = "en") -> str:
    return f'?{var} dwc:vernacularName "{name}"@{lang} .'


def parent(child: str, par: str) -> str:
    """?par is ?child's parent, linked by IRI or by the parent's taxonID string."""
    return (
        f"{{ ?{child} dwc:parentNameUsageID ?{par} . ?{par} a dwc:Taxon }} UNION "
        f"{{ ?{child} dwc:parentNameUsageID ?x_{child} . ?{par} dwc:taxonID ?x_{child} }} "
    )


def taxon_names(var: str) -> str:
    return (
        f"{{ ?{var} dwc:scientificName ?v }} UNION "
        f'{{ ?{var} dwc:genus ?g_{var} ; dwc:specificEpithet ?e_{var} . BIND(CONCAT(?g_{var}, " ", ?e_{var}) AS ?v) }} UNION '
        f'{{ ?{var} dwc:vernacularName ?v . FILTER(LANG(?v) = "en") }}'
    )


def specimen_names(var: str) -> str:
    return f"{{ ?{var} dwc:catalogNumber ?v }} UNION {{ ?{var} dwc:occurrenceID ?v }}"


def collector_names(var: str) -> str:
    return f"{{ ?{var} dwc:recordedBy ?v }} UNION {{ ?{var} dwciri:recordedBy/foaf:name ?v }}"


def observation_names(var: str) -> str:
    """The portal's observation URL, and its number, as the portal shows it and people quote it."""
    return (
        f"{{ ?{var} dwc:occurrenceID ?v }} UNION "
        f'{{ ?{var} dwc:occurrenceID ?u . BIND(STRAFTER(?u, "/observation/") AS ?v) }}'
    )


def place_names(event: str) -> str:
    return (
        f"{{ ?{event} dsw:locatedAt/dwciri:inDescribedPlace/rdfs:label ?v }} UNION "
        f"{{ ?{event} dsw:locatedAt/dwc:locality ?v }}"
    )


def cat(var: str, number: str) -> str:
    return f'?{var} dwc:catalogNumber "{number}" .'


def obs(var: str, number: int) -> str:
    return f'?{var} dwc:occurrenceID "https://natobs.example.org/observation/{number}" .'


def taxon_of(occ: str, t: str) -> str:
    return f"?i_{occ} dsw:identifies ?{occ} ; dwciri:toTaxon ?{t} ."


def sel(body: str) -> str:
    return f"SELECT DISTINCT ?v WHERE {{ {body} }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # --- one hop
    (
        "Who collected specimen MNH-00101?",
        "1hop",
        sel(cat("o", "MNH-00101") + collector_names("o")),
    ),
    (
        "Which institution holds BGH-013017?",
        "1hop",
        sel(
            cat("o", "BGH-013017")
            + "{ ?o dwc:institutionCode ?v } UNION { ?o dwc:institutionID/foaf:name ?v }"
        ),
    ),
    ("What rank is Tytonidae?", "1hop", sel(sci("t", "Tytonidae") + "?t dwc:taxonRank ?v")),
    (
        "What is the accepted name for Tyto albescens?",
        "1hop",
        sel(
            '?s dwc:scientificName ?sn . FILTER(STRSTARTS(?sn, "Tyto albescens")) { ?s dwc:acceptedNameUsage ?v } UNION { ?s dwc:acceptedNameUsageID ?aid . ?a dwc:taxonID ?aid . '
            + taxon_names("a")
            + " }"
        ),
    ),
    (
        "Is Strix borealis an accepted name?",
        "1hop",
        sel(
            '?s dwc:scientificName ?sn ; dwc:taxonomicStatus ?v . FILTER(STRSTARTS(?sn, "Strix borealis"))'
        ),
    ),
    (
        "How was specimen MNH-00105 prepared?",
        "1hop",
        sel(cat("o", "MNH-00105") + "?o dwc:preparations ?v"),
    ),
    ("What sex is the specimen MNH-00110?", "1hop", sel(cat("o", "MNH-00110") + "?o dwc:sex ?v")),
    (
        "What is the parent taxon of the genus Milvarion?",
        "1hop",
        sel(sci("g", "Milvarion") + parent("g", "p") + taxon_names("p")),
    ),
    (
        "Which specimen was tissue sample TS-0003 taken from?",
        "1hop",
        sel('?m dwc:materialSampleID "TS-0003" ; dsw:derivedFrom ?o . ' + specimen_names("o")),
    ),
    (
        "What is the taxon ID of Ranula borealis?",
        "literal",
        sel(sci("t", "Ranula borealis") + "?t dwc:taxonID ?v"),
    ),
    # --- inverse
    (
        "Which specimens did Pieter Vogel collect?",
        "inverse",
        sel('?o dwciri:recordedBy/foaf:name "Pieter Vogel" . ' + specimen_names("o")),
    ),
    (
        "Which species has the German name Schleiereule?",
        "inverse",
        sel(vern("t", "Schleiereule", "de") + taxon_names("t")),
    ),
    (
        "Which genera belong to the family Accipitridae?",
        "inverse",
        sel(sci("f", "Accipitridae") + parent("g", "f") + taxon_names("g")),
    ),
    (
        "What species are in the genus Quercella?",
        "inverse",
        sel(sci("g", "Quercella") + parent("s", "g") + taxon_names("s")),
    ),
    (
        "Which observations did Lukas Sandoval record?",
        "inverse",
        sel('?o dwc:recordedBy "Lukas Sandoval" . ' + observation_names("o")),
    ),
    (
        "What are the synonyms of Noctuavis nigrescens?",
        "inverse",
        sel(
            sci("a", "Noctuavis nigrescens")
            + "?a dwc:taxonID ?aid . ?s dwc:acceptedNameUsageID ?aid ; dwc:scientificName ?v"
        ),
    ),
    (
        "Which tissue samples were taken from MNH-00101?",
        "inverse",
        sel(cat("o", "MNH-00101") + "?m dsw:derivedFrom ?o ; dwc:materialSampleID ?v"),
    ),
    # --- two hops
    (
        "Which family does the barn owl belong to?",
        "2hop",
        sel(vern("s", "Barn owl") + parent("s", "g") + parent("g", "f") + taxon_names("f")),
    ),
    (
        "When was specimen MNH-00101 collected?",
        "2hop",
        sel(cat("o", "MNH-00101") + "?o dsw:atEvent/dwc:eventDate ?v"),
    ),
    (
        "What sampling method was used for observation 485048?",
        "2hop",
        sel(obs("o", 485048) + "?o dsw:atEvent/dwc:samplingProtocol ?v"),
    ),
    (
        "Who identified specimen BGH-013017?",
        "2hop",
        sel(cat("o", "BGH-013017") + "?i dsw:identifies ?o ; dwc:identifiedBy ?v"),
    ),
    (
        "When was BGH-013017 identified?",
        "2hop",
        sel(cat("o", "BGH-013017") + "?i dsw:identifies ?o ; dwc:dateIdentified ?v"),
    ),
    (
        "What species is specimen MNH-00101?",
        "2hop",
        sel(cat("o", "MNH-00101") + taxon_of("o", "t") + taxon_names("t")),
    ),
    (
        "What habitat was observation 485090 made in?",
        "2hop",
        sel(obs("o", 485090) + "?o dsw:atEvent/dwc:habitat ?v"),
    ),
    # --- three hops
    (
        "In which country was BGH-013003 collected?",
        "3hop",
        sel(cat("o", "BGH-013003") + "?o dsw:atEvent/dsw:locatedAt/dwc:country ?v"),
    ),
    (
        "Where was specimen MNH-00101 found?",
        "3hop",
        sel(cat("o", "MNH-00101") + "?o dsw:atEvent ?e . " + place_names("e")),
    ),
    (
        "Which order does the red kite belong to?",
        "3hop",
        sel(
            vern("s", "Red kite")
            + parent("s", "g")
            + parent("g", "f")
            + parent("f", "o")
            + taxon_names("o")
        ),
    ),
    (
        "What's the German name of the species of specimen MNH-00110?",
        "3hop",
        sel(
            cat("o", "MNH-00110")
            + taxon_of("o", "t")
            + '?t dwc:vernacularName ?v . FILTER(LANG(?v) = "de")'
        ),
    ),
    (
        "What is the latitude of the place where MNH-00101 was collected?",
        "3hop",
        sel(cat("o", "MNH-00101") + "?o dsw:atEvent/dsw:locatedAt/dwc:decimalLatitude ?v"),
    ),
    # --- conjunctions
    (
        "Where was the red kite seen in 2019?",
        "conjunction",
        sel(
            vern("t", "Red kite")
            + taxon_of("o", "t")
            + "?o dsw:atEvent ?e . ?e dwc:eventDate ?d . FILTER(YEAR(?d) = 2019) "
            + place_names("e")
        ),
    ),
    (
        "How many yellow ducks were counted at Lake Varnholm in 2020?",
        "conjunction",
        sel(
            vern("t", "Yellow duck")
            + taxon_of("o", "t")
            + '?o dwc:individualCount ?v ; dsw:atEvent ?e . ?e dwc:eventDate ?d ; dsw:locatedAt/dwciri:inDescribedPlace/rdfs:label "Lake Varnholm"@en . FILTER(YEAR(?d) = 2020)'
        ),
    ),
    (
        "Who saw a green barn owl at Hallern Heath?",
        "conjunction",
        sel(
            vern("t", "Green barn owl")
            + taxon_of("o", "t")
            + '?o dwc:basisOfRecord "HumanObservation" ; dwc:recordedBy ?v ; dsw:atEvent/dsw:locatedAt/dwciri:inDescribedPlace/rdfs:label "Hallern Heath"@en'
        ),
    ),
    (
        "How many barn owls did Tomás Jansen count at Wendel Dunes?",
        "conjunction",
        sel(
            vern("t", "Barn owl")
            + taxon_of("o", "t")
            + '?o dwc:recordedBy "Tomás Jansen" ; dwc:individualCount ?v ; dsw:atEvent/dsw:locatedAt/dwciri:inDescribedPlace/rdfs:label "Wendel Dunes"@en'
        ),
    ),
    (
        "Which specimens of the wood oak did Jonas Kowalczyk collect?",
        "conjunction",
        sel(
            vern("t", "Wood oak")
            + taxon_of("o", "t")
            + '?o dwciri:recordedBy/foaf:name "Jonas Kowalczyk" . '
            + specimen_names("o")
        ),
    ),
    # --- relation said otherwise
    (
        "Who gathered specimen BGH-013040?",
        "synonym",
        sel(cat("o", "BGH-013040") + collector_names("o")),
    ),
    (
        "Who determined specimen BGH-013007?",
        "synonym",
        sel(cat("o", "BGH-013007") + "?i dsw:identifies ?o ; dwc:identifiedBy ?v"),
    ),
    (
        "Who authored the name Quercella elegans?",
        "synonym",
        sel(sci("t", "Quercella elegans") + "?t dwc:scientificNameAuthorship ?v"),
    ),
    (
        "How many bats were seen in observation 485132?",
        "synonym",
        sel(obs("o", 485132) + "?o dwc:individualCount ?v"),
    ),
    (
        "How is specimen MNH-00114 preserved?",
        "synonym",
        sel(cat("o", "MNH-00114") + "?o dwc:preparations ?v"),
    ),
    # --- other names of the entity
    (
        "Which family is the Schleiereule in?",
        "alias",
        sel(
            vern("s", "Schleiereule", "de") + parent("s", "g") + parent("g", "f") + taxon_names("f")
        ),
    ),
    (
        "Who described the ghost owl?",
        "alias",
        sel(vern("t", "Ghost owl") + "?t dwc:scientificNameAuthorship ?v"),
    ),
    (
        "What is the French name of the pedunculate oak?",
        "alias",
        sel(vern("t", "Pedunculate oak") + '?t dwc:vernacularName ?v . FILTER(LANG(?v) = "fr")'),
    ),
    (
        "What genus is the Yellowbill in?",
        "alias",
        sel(vern("s", "Yellowbill") + parent("s", "g") + taxon_names("g")),
    ),
    (
        "What's the English name of Anas palustris?",
        "alias",
        sel(
            '?s dwc:scientificName ?sn ; dwc:acceptedNameUsageID ?aid . FILTER(STRSTARTS(?sn, "Anas palustris")) ?a dwc:taxonID ?aid ; dwc:vernacularName ?v . FILTER(LANG(?v) = "en")'
        ),
    ),
    # --- misspelt names
    (
        "Which family does Tytonela albescens belong to?",
        "typo",
        sel(
            sci("s", "Tytonella albescens") + parent("s", "g") + parent("g", "f") + taxon_names("f")
        ),
    ),
    (
        "What's the German name of Orchidela sylvestris?",
        "typo",
        sel(
            sci("t", "Orchidella sylvestris") + '?t dwc:vernacularName ?v . FILTER(LANG(?v) = "de")'
        ),
    ),
    (
        "Who described Milvarion rubscens?",
        "typo",
        sel(sci("t", "Milvarion rubescens") + "?t dwc:scientificNameAuthorship ?v"),
    ),
    # --- literal values
    (
        "What's the common name of Betulina elegans in German?",
        "literal",
        sel(sci("t", "Betulina elegans") + '?t dwc:vernacularName ?v . FILTER(LANG(?v) = "de")'),
    ),
    (
        "Dutch name of Anasella palustris?",
        "literal",
        sel(sci("t", "Anasella palustris") + '?t dwc:vernacularName ?v . FILTER(LANG(?v) = "nl")'),
    ),
    ("What do the Germans call the red kite?", "unanswerable", None),
    ("What is the conservation status of the barn owl?", "unanswerable", None),
    ("Who collected specimen MNH-09999?", "unanswerable", None),
    ("When was specimen BGH-013004 identified?", "unanswerable", None),
    ("What is the wingspan of the red kite?", "unanswerable", None),
]


def main() -> None:
    with gzip.open(HERE / "taxa.nt.gz") as f:
        g = Graph().parse(f, format="nt")
    write_answers(
        HERE / "taxa.jsonl", QUESTIONS, lambda sparql: {str(r[0]) for r in g.query(PRE + sparql)}
    )


if __name__ == "__main__":
    main()
