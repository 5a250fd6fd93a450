# ruff: noqa: E501  (one question a line)
"""Gold answers of ``astro.jsonl``, computed with rdflib SPARQL over ``astro.n3`` (never with kgchat).

rdflib's N3 parser reads the file; the rules at its end are quoted formulas, not facts, so no query
sees their conclusions. Each question is paired with the query whose ``?x`` is its answer. A literal
answers with its lexical form (a QUDT value's ``qudt:numericValue``, ``1995``, ``2018-04-18``); an
entity with its name: ``rdfs:label`` (English where it has several), ``schema:name`` or
``skos:prefLabel``, and a discovery method also by its ``skos:altLabel`` (users name methods
either way). ``{Name}`` in a query stands for the one resource whose name is ``Name``.
Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/astro_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import named_iris, write_answers
from rdflib import RDFS, Graph, Literal, Namespace, URIRef

HERE = Path(__file__).parent
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SCHEMA = Namespace("https://schema.org/")
PRE = """PREFIX exo: <https://skycat.example.org/ontology#>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX unit: <http://qudt.org/vocab/unit/>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
NUM = "[ qudt:numericValue ?x ]"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Which star does Kepler-22b orbit?",
        "1hop",
        "SELECT ?x WHERE { {Kepler-22b} exo:hostStar ?x }",
    ),
    (
        "What telescope discovered Kepler-186f?",
        "1hop",
        "SELECT ?x WHERE { {Kepler-186f} exo:discoveryFacility ?x }",
    ),
    (
        "What constellation is Fomalhaut in?",
        "1hop",
        "SELECT ?x WHERE { {Fomalhaut} exo:constellation ?x }",
    ),
    (
        "What's the spectral type of TOI-700?",
        "1hop",
        "SELECT ?x WHERE { {TOI-700} exo:spectralType ?x }",
    ),
    (
        "Who discovered Proxima Centauri b?",
        "1hop",
        "SELECT ?x WHERE { {Proxima Centauri b} exo:discoveredBy ?x }",
    ),
    (
        "Who operates the Kepler Space Telescope?",
        "1hop",
        "SELECT ?x WHERE { {Kepler Space Telescope} exo:operator ?x }",
    ),
    (
        "Where is the HARPS spectrograph?",
        "1hop",
        "SELECT ?x WHERE { {HARPS spectrograph} exo:site ?x }",
    ),
    (
        "Who is in the TRAPPIST team?",
        "1hop",
        "SELECT ?x WHERE { {TRAPPIST team} schema:member ?x }",
    ),
    (
        "how was Fomalhaut b detected",
        "1hop",
        "SELECT ?x WHERE { {Fomalhaut b} exo:discoveryMethod ?x }",
    ),
    # literals
    (
        "How far away is TRAPPIST-1?",
        "literal",
        f"SELECT ?x WHERE {{ {{TRAPPIST-1}} exo:distance {NUM} }}",
    ),
    (
        "When was TOI-700 e discovered?",
        "literal",
        "SELECT ?x WHERE { {TOI-700 e} exo:discoveryYear ?x }",
    ),
    (
        "When did the TESS mission launch?",
        "literal",
        "SELECT ?x WHERE { {TESS mission} exo:launchDate ?x }",
    ),
    (
        "What is the apparent magnitude of Proxima Centauri?",
        "literal",
        "SELECT ?x WHERE { {Proxima Centauri} exo:apparentMagnitude ?x }",
    ),
    (
        "What's the temperature of TRAPPIST-1?",
        "literal",
        f"SELECT ?x WHERE {{ {{TRAPPIST-1}} exo:effectiveTemperature {NUM} }}",
    ),
    (
        "How many planets are in the TRAPPIST-1 system?",
        "literal",
        "SELECT ?x WHERE { {TRAPPIST-1 system} exo:numberOfPlanets ?x }",
    ),
    # inverse
    (
        "Which planets orbit TRAPPIST-1?",
        "inverse",
        "SELECT ?x WHERE { ?x exo:hostStar {TRAPPIST-1} }",
    ),
    (
        "Which planets did the Spitzer Space Telescope discover?",
        "inverse",
        "SELECT ?x WHERE { ?x exo:discoveryFacility {Spitzer Space Telescope} }",
    ),
    (
        "Which planets were found by pulsar timing?",
        "inverse",
        "SELECT ?x WHERE { ?x exo:discoveryMethod {Pulsar timing} }",
    ),
    (
        "Which stars are in Vulpecula?",
        "inverse",
        "SELECT ?x WHERE { ?x exo:constellation {Vulpecula} }",
    ),
    (
        "Which planets orbit Kepler-16?",
        "inverse",
        "SELECT ?x WHERE { ?x exo:hostStar {Kepler-16} }",
    ),
    # synonyms of the relation
    (
        "How big is Kepler-452b?",
        "synonym",
        f"SELECT ?x WHERE {{ {{Kepler-452b}} exo:planetRadius {NUM} }}",
    ),
    (
        "How massive is Tau Boötis b?",
        "synonym",
        f"SELECT ?x WHERE {{ {{Tau Boötis b}} exo:planetMass {NUM} }}",
    ),
    (
        "how long is a year on TRAPPIST-1e",
        "synonym",
        f"SELECT ?x WHERE {{ {{TRAPPIST-1e}} exo:orbitalPeriod {NUM} }}",
    ),
    (
        "What kind of star is 55 Cancri?",
        "synonym",
        "SELECT ?x WHERE { {55 Cancri} exo:spectralType ?x }",
    ),
    # aliases (a designation or a name the graph holds as skos:altLabel)
    (
        "How was 51 Peg b found?",
        "alias",
        "SELECT ?x WHERE { {51 Pegasi b} exo:discoveryMethod ?x }",
    ),
    (
        "When was Dimidium discovered?",
        "alias",
        "SELECT ?x WHERE { {51 Pegasi b} exo:discoveryYear ?x }",
    ),
    (
        "what is the orbital period of Proxima b",
        "alias",
        f"SELECT ?x WHERE {{ {{Proxima Centauri b}} exo:orbitalPeriod {NUM} }}",
    ),
    (
        "What is the mass of 47 UMa b?",
        "alias",
        f"SELECT ?x WHERE {{ {{47 Ursae Majoris b}} exo:planetMass {NUM} }}",
    ),
    (
        "Which planets orbit the star Helvetios?",
        "alias",
        "SELECT ?x WHERE { ?x exo:hostStar {51 Pegasi} }",
    ),
    # two hops
    (
        "In which constellation is the host star of HD 209458 b?",
        "2hop",
        "SELECT ?x WHERE { {HD 209458 b} exo:hostStar/exo:constellation ?x }",
    ),
    (
        "What is the spectral type of the star Osiris orbits?",
        "2hop",
        "SELECT ?x WHERE { {HD 209458 b} exo:hostStar/exo:spectralType ?x }",
    ),
    (
        "How far is the host star of Kepler-22b?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Kepler-22b}} exo:hostStar/exo:distance {NUM} }}",
    ),
    (
        "Which constellation is Janssen in?",
        "2hop",
        "SELECT ?x WHERE { {55 Cancri e} exo:hostStar/exo:constellation ?x }",
    ),
    (
        "What mission was the telescope that discovered Kepler-10b part of?",
        "2hop",
        "SELECT ?x WHERE { {Kepler-10b} exo:discoveryFacility/exo:mission ?x }",
    ),
    (
        "Who operates the instrument that found 51 Pegasi b?",
        "2hop",
        "SELECT ?x WHERE { {51 Pegasi b} exo:discoveryFacility/exo:operator ?x }",
    ),
    (
        "Who were the members of the team that discovered Dimidium?",
        "2hop",
        "SELECT ?x WHERE { {51 Pegasi b} exo:discoveredBy/schema:member ?x }",
    ),
    # three hops
    (
        "In which country is the observatory where Gliese 581 c was discovered?",
        "3hop",
        "SELECT ?x WHERE { {Gliese 581 c} exo:discoveryFacility/exo:site/schema:addressCountry ?x }",
    ),
    (
        "When was the space telescope that discovered TOI-700 d launched?",
        "3hop",
        "SELECT ?x WHERE { {TOI-700 d} exo:discoveryFacility/exo:mission/exo:launchDate ?x }",
    ),
    (
        "What spectral class is the star of Kepler-186f?",
        "3hop",
        "SELECT ?x WHERE { {Kepler-186f} exo:hostStar/exo:spectralType/exo:spectralClass ?x }",
    ),
    # conjunctions
    (
        "Which planets did Kepler discover in 2011?",
        "conjunction",
        "SELECT ?x WHERE { ?x exo:discoveryFacility {Kepler Space Telescope} ; exo:discoveryYear '2011'^^xsd:gYear }",
    ),
    (
        "Which planets of TRAPPIST-1 were discovered in 2017?",
        "conjunction",
        "SELECT ?x WHERE { ?x exo:hostStar {TRAPPIST-1} ; exo:discoveryYear '2017'^^xsd:gYear }",
    ),
    # misspelt names
    (
        "which star does Keppler-452b orbit",
        "typo",
        "SELECT ?x WHERE { {Kepler-452b} exo:hostStar ?x }",
    ),
    (
        "what constellation is Epsilon Eridanni in",
        "typo",
        "SELECT ?x WHERE { {Epsilon Eridani} exo:constellation ?x }",
    ),
    ("who discovered 55 Cancry e", "typo", "SELECT ?x WHERE { {55 Cancri e} exo:discoveredBy ?x }"),
    # not in the graph (some a near relation)
    ("What is the surface temperature of Kepler-22b?", "unanswerable", None),
    ("Who named Dimidium?", "unanswerable", None),
    ("Does Proxima Centauri b have any moons?", "unanswerable", None),
    ("What is the eccentricity of HD 189733 b's orbit?", "unanswerable", None),
    ("How old is TRAPPIST-1?", "unanswerable", None),
    ("What is the radius of 51 Pegasi b?", "unanswerable", None),
]


def names(g: Graph, x: object) -> list[str]:
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    found = [n for p in (RDFS.label, SCHEMA.name, SKOS.prefLabel) for n in g.objects(x, p)]
    english = [str(n) for n in found if n.language in (None, "en")]
    if (x, SKOS.inScheme, URIRef("https://skycat.example.org/id/DiscoveryMethods")) in g:
        english += [str(n) for n in g.objects(x, SKOS.altLabel)]
    assert english, x
    return english


def by_name(g: Graph, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one resource whose name is ``Name``."""
    return named_iris(
        sparql,
        lambda m: {
            s
            for p in (RDFS.label, SCHEMA.name, SKOS.prefLabel)
            for lang in (None, "en")
            for s in g.subjects(p, Literal(m[1], lang=lang))
        },
        r"\{([A-Z0-9][^{}?]*)\}",
    )


def main() -> None:
    g = Graph().parse(HERE / "astro.n3", format="n3")
    write_answers(
        HERE / "astro.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + by_name(g, sparql)) for a in names(g, r[0])},
    )


if __name__ == "__main__":
    main()
