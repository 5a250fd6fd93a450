# ruff: noqa: E501  (one question a line)
"""Gold answers of ``heritage.jsonl``, computed with rdflib SPARQL over ``heritage.rdf`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form; an object (``edm:ProvidedCHO``) with each of its ``dc:title`` s, in any language;
an agent, place, concept, time span or organisation with each of its ``skos:prefLabel`` s and
``skos:altLabel`` s; an IRI the file gives no name (a rights statement, a landing page) with the
IRI itself, with and without its trailing slash. ``{t}`` in a query is the object titled ``t``
(in any language). The holding museum is the record aggregation's ``edm:dataProvider``, the
aggregator its ``edm:provider``. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/heritage_answers.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DC, SKOS

HERE = Path(__file__).parent
PRE = """PREFIX dc: <http://purl.org/dc/elements/1.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX edm: <http://www.europeana.eu/schemas/edm/>
PREFIX ore: <http://www.openarchives.org/ore/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdaGr2: <http://rdvocab.info/ElementsGr2/>
PREFIX wgs84_pos: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
HELD = "^edm:aggregatedCHO/edm:dataProvider"


def cho(title: str, var: str = "?o") -> str:
    """``var`` is the object with the title ``title`` (any language)."""
    return f"{var} a edm:ProvidedCHO ; dc:title ?_t . FILTER(str(?_t) = {json.dumps(title)})"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Who painted The Milkmaid?",
        "1hop",
        f"SELECT ?x WHERE {{ {cho('The Milkmaid')} ?o dc:creator ?x }}",
    ),
    ("Who made 'The Kiss'?", "1hop", f"SELECT ?x WHERE {{ {cho('The Kiss')} ?o dc:creator ?x }}"),
    (
        "Where was Rembrandt born?",
        "1hop",
        "SELECT ?x WHERE { ?a skos:prefLabel 'Rembrandt van Rijn'@en ; rdaGr2:placeOfBirth ?x }",
    ),
    (
        "Where was Judith Leyster born?",
        "1hop",
        "SELECT ?x WHERE { ?a skos:prefLabel 'Judith Leyster'@en ; rdaGr2:placeOfBirth ?x }",
    ),
    (
        "What is the subject of 'Winter Landscape with Ice Skaters'?",
        "1hop",
        f"SELECT ?x WHERE {{ {cho('Winter Landscape with Ice Skaters')} ?o dc:subject ?x }}",
    ),
    (
        "What kind of object is the Amphora with Dionysus?",
        "1hop",
        f"SELECT ?x WHERE {{ {cho('Amphora with Dionysus')} ?o dc:type|edm:type ?x }}",
    ),
    (
        "Who wrote the letter to Theo van Gogh?",
        "1hop",
        f"SELECT ?x WHERE {{ {cho('Letter to Theo van Gogh')} ?o dc:creator ?x }}",
    ),
    (
        "Who took the photo 'Damrak, Amsterdam'?",
        "1hop",
        f"SELECT ?x WHERE {{ {cho('Damrak, Amsterdam')} ?o dc:creator ?x }}",
    ),
    (
        "What was Rodin's profession?",
        "1hop",
        "SELECT ?x WHERE { ?a skos:prefLabel 'Auguste Rodin'@en ; rdaGr2:professionOrOccupation ?x }",
    ),
    # literals
    (
        "When was The Night Watch painted?",
        "literal",
        f"SELECT ?x WHERE {{ {cho('The Night Watch')} ?o dcterms:created ?x }}",
    ),
    (
        "When was Girl with a Pearl Earring made?",
        "literal",
        f"SELECT ?x WHERE {{ {cho('Girl with a Pearl Earring')} ?o dcterms:created ?x }}",
    ),
    (
        "What is The Thinker made of?",
        "literal",
        f"SELECT ?x WHERE {{ {cho('The Thinker')} ?o dcterms:medium ?x }}",
    ),
    (
        "What medium is The Milkmaid painted in?",
        "literal",
        f"SELECT ?x WHERE {{ {cho('The Milkmaid')} ?o dcterms:medium ?x }}",
    ),
    (
        "When was Vincent van Gogh born?",
        "literal",
        "SELECT ?x WHERE { ?a skos:prefLabel 'Vincent van Gogh'@en ; rdaGr2:dateOfBirth ?x }",
    ),
    (
        "What is the Dutch title of The Night Watch?",
        "literal",
        f"SELECT ?x WHERE {{ {cho('The Night Watch')} ?o dc:title ?x FILTER(lang(?x) = 'nl') }}",
    ),
    (
        "What is the inventory number of The Milkmaid?",
        "literal",
        f"SELECT ?x WHERE {{ {cho('The Milkmaid')} ?o dc:identifier ?x }}",
    ),
    (
        "What is the latitude of Delft?",
        "literal",
        "SELECT ?x WHERE { ?p skos:prefLabel 'Delft'@en ; wgs84_pos:lat ?x }",
    ),
    (
        "What is the description of Girl with a Pearl Earring?",
        "literal",
        f"SELECT ?x WHERE {{ {cho('Girl with a Pearl Earring')} ?o dc:description ?x }}",
    ),
    # inverse
    (
        "Which works by Johannes Vermeer are in the collection?",
        "inverse",
        "SELECT ?x WHERE { ?a skos:prefLabel 'Johannes Vermeer'@en . ?x dc:creator ?a }",
    ),
    (
        "Which artists were born in Haarlem?",
        "inverse",
        "SELECT ?x WHERE { ?p skos:prefLabel 'Haarlem'@en . ?x rdaGr2:placeOfBirth ?p }",
    ),
    (
        "Which objects are made of granite?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:medium 'granite'@en }",
    ),
    (
        "What did Jan Steen paint?",
        "inverse",
        "SELECT ?x WHERE { ?a skos:prefLabel 'Jan Steen'@en . ?x dc:creator ?a }",
    ),
    (
        "Which object has the inventory number SK-C-5?",
        "inverse",
        "SELECT ?x WHERE { ?x dc:identifier 'SK-C-5' }",
    ),
    # two hops
    (
        "Which museum holds The Milkmaid?",
        "2hop",
        f"SELECT ?x WHERE {{ {cho('The Milkmaid')} ?o {HELD} ?x }}",
    ),
    (
        "What licence is Girl with a Pearl Earring under?",
        "2hop",
        f"SELECT ?x WHERE {{ {cho('Girl with a Pearl Earring')} ?o ^edm:aggregatedCHO/edm:rights ?x }}",
    ),
    (
        "What are the rights for 'The Kiss'?",
        "2hop",
        f"SELECT ?x WHERE {{ {cho('The Kiss')} ?o ^edm:aggregatedCHO/edm:rights ?x }}",
    ),
    (
        "Where was the painter of The Milkmaid born?",
        "2hop",
        f"SELECT ?x WHERE {{ {cho('The Milkmaid')} ?o dc:creator/rdaGr2:placeOfBirth ?x }}",
    ),
    (
        "When was the artist of Sunflowers born?",
        "2hop",
        f"SELECT ?x WHERE {{ {cho('Sunflowers')} ?o dc:creator/rdaGr2:dateOfBirth ?x }}",
    ),
    (
        "Which aggregator provided Las Meninas to Europeana?",
        "2hop",
        f"SELECT ?x WHERE {{ {cho('Las Meninas')} ?o ^edm:aggregatedCHO/edm:provider ?x }}",
    ),
    (
        "Where can I see The Night Watch online?",
        "2hop",
        f"SELECT ?x WHERE {{ {cho('The Night Watch')} ?o ^edm:aggregatedCHO/edm:isShownAt ?x }}",
    ),
    (
        "Which museums have works by Frans Hals?",
        "2hop",
        f"SELECT DISTINCT ?x WHERE {{ ?a skos:prefLabel 'Frans Hals'@en . ?o dc:creator ?a . ?o {HELD} ?x }}",
    ),
    (
        "Which works were made by painters born in Leiden?",
        "2hop",
        "SELECT ?x WHERE { ?p skos:prefLabel 'Leiden'@en . ?x dc:creator/rdaGr2:placeOfBirth ?p }",
    ),
    (
        "What is the latitude of Rembrandt's birthplace?",
        "2hop",
        "SELECT ?x WHERE { ?a skos:prefLabel 'Rembrandt van Rijn'@en ; rdaGr2:placeOfBirth/wgs84_pos:lat ?x }",
    ),
    # three hops
    (
        "In which country was the painter of Las Meninas born?",
        "3hop",
        f"SELECT ?x WHERE {{ {cho('Las Meninas')} ?o dc:creator/rdaGr2:placeOfBirth/dcterms:isPartOf ?x }}",
    ),
    (
        "In what country was the sculptor of The Thinker born?",
        "3hop",
        f"SELECT ?x WHERE {{ {cho('The Thinker')} ?o dc:creator/rdaGr2:placeOfBirth/dcterms:isPartOf ?x }}",
    ),
    # conjunction
    (
        "Which paintings by Rembrandt are at the Mauritshuis?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?a skos:prefLabel 'Rembrandt van Rijn'@en . ?m skos:prefLabel 'Mauritshuis'@nl . ?x dc:creator ?a ; {HELD} ?m }}",
    ),
    (
        "Which Vermeers does the Rijksmuseum have?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?a skos:prefLabel 'Johannes Vermeer'@en . ?m skos:prefLabel 'Rijksmuseum'@en . ?x dc:creator ?a ; {HELD} ?m }}",
    ),
    # synonyms
    (
        "Which institution has the Girl with a Pearl Earring?",
        "synonym",
        f"SELECT ?x WHERE {{ {cho('Girl with a Pearl Earring')} ?o {HELD} ?x }}",
    ),
    (
        "Who is the artist behind The Potato Eaters?",
        "synonym",
        f"SELECT ?x WHERE {{ {cho('The Potato Eaters')} ?o dc:creator ?x }}",
    ),
    (
        "What technique was used for Sunflowers?",
        "synonym",
        f"SELECT ?x WHERE {{ {cho('Sunflowers')} ?o dcterms:medium ?x }}",
    ),
    (
        "Which painter created The Surrender of Breda?",
        "synonym",
        f"SELECT ?x WHERE {{ {cho('The Surrender of Breda')} ?o dc:creator ?x }}",
    ),
    (
        "What's the copyright status of The Little Street?",
        "synonym",
        f"SELECT ?x WHERE {{ {cho('The Little Street')} ?o ^edm:aggregatedCHO/edm:rights ?x }}",
    ),
    # aliases: titles in another language, an artist's other name
    (
        "Who painted 'Het melkmeisje'?",
        "alias",
        f"SELECT ?x WHERE {{ {cho('Het melkmeisje')} ?o dc:creator ?x }}",
    ),
    (
        "Where was Rembrandt Harmenszoon van Rijn born?",
        "alias",
        "SELECT ?x WHERE { ?a skos:altLabel 'Rembrandt Harmenszoon van Rijn'@en ; rdaGr2:placeOfBirth ?x }",
    ),
    (
        "What is Le Penseur made of?",
        "alias",
        f"SELECT ?x WHERE {{ {cho('Le Penseur')} ?o dcterms:medium ?x }}",
    ),
    (
        "Which museum has De Nachtwacht?",
        "alias",
        f"SELECT ?x WHERE {{ {cho('De Nachtwacht')} ?o {HELD} ?x }}",
    ),
    # typos
    (
        "who painted the milkmade",
        "typo",
        f"SELECT ?x WHERE {{ {cho('The Milkmaid')} ?o dc:creator ?x }}",
    ),
    (
        "where was vermer born",
        "typo",
        "SELECT ?x WHERE { ?a skos:prefLabel 'Johannes Vermeer'@en ; rdaGr2:placeOfBirth ?x }",
    ),
    (
        "when was the nigth watch made",
        "typo",
        f"SELECT ?x WHERE {{ {cho('The Night Watch')} ?o dcterms:created ?x }}",
    ),
    # unanswerable (a death, a price, a size, a restorer, a provenance the records lack)
    ("When did Rembrandt die?", "unanswerable", None),
    ("How much is The Milkmaid worth?", "unanswerable", None),
    ("How tall is The Thinker?", "unanswerable", None),
    ("Who restored The Night Watch?", "unanswerable", None),
    ("Who owned Sunflowers before the museum bought it?", "unanswerable", None),
]

NAMES = (DC.title, SKOS.prefLabel, SKOS.altLabel)


def names(g: Graph, x: object) -> list[str]:
    """A literal's lexical form; a node's titles and labels (every language); else the IRI."""
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    found = [str(n) for p in NAMES for n in g.objects(x, p)]
    return found or sorted({str(x), str(x).rstrip("/")})


def main() -> None:
    g = Graph().parse(HERE / "heritage.rdf")
    write_answers(
        HERE / "heritage.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + sparql) for a in names(g, r[0])},
    )


if __name__ == "__main__":
    main()
