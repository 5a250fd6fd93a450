# ruff: noqa: E501  (one question a line)
"""Gold answers of ``realestate.jsonl`` (and, with ``--conversations``, the realestate lines of
``conversations_blind63.jsonl``), computed with rdflib SPARQL over the JSON-LD blocks of
``realestate.html`` (never with kgchat).

The blocks are read the way a search engine reads them: every ``<script
type="application/ld+json">`` block on its own (its blank nodes its own), a block that is not
valid JSON skipped (one has a trailing comma), a block with no ``@context`` read under
schema.org's (the other blocks' context), and schema.org's context as its vocabulary mapping
(every term under ``http://schema.org/``). A literal answers with its lexical form as written
(and with HTML entities decoded: "Villa 't Bergje"; an energy class written as schema.org's
``EUEnergyEfficiencyCategoryAPlus`` also as "A+"); a person with every way the pages write
them ("Sanne de Vries", "S. de Vries", "Sanne de Vries RM"); a residence or its listing with the
residence's name, its street address and its listings' names in every language (a question
about "the properties" is answered by either); any other node with ``schema:name`` and
``schema:alternateName``. A listing's agent is its ``provider`` or its offer's ``offeredBy``; its
residence its ``about`` or ``mainEntity`` (``LISTING``). Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/realestate_answers.py``.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import rdflib
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import print_conversations, write_answers
from realestate_make import AGENTS

HERE = Path(__file__).parent
S = Namespace("http://schema.org/")
PRE = "PREFIX s: <http://schema.org/>\n"
SCRIPT = re.compile(r'<script type="application/ld\+json">\s*(.*?)\s*</script>', re.S)
WAYS = {n: [v[0], *v[1]] for v in AGENTS.values() for n in [v[0], *v[1]]}


def load(path: Path) -> Graph:
    """Every valid JSON-LD block of the saved pages, each parsed on its own, with a plain copy
    of each language-tagged literal (so that a query names a thing in any language)."""
    g = Graph()
    for m in SCRIPT.finditer(path.read_text(encoding="utf-8")):
        try:
            doc = json.loads(m.group(1))
        except ValueError:
            continue
        doc["@context"] = {"@vocab": "http://schema.org/"}
        g.parse(data=json.dumps(doc), format="json-ld")
    # a query names a thing by its name whatever the language (a plain copy of each tagged one)
    for s_, p, o in list(g):
        if isinstance(o, Literal) and o.language:
            g.add((s_, p, Literal(str(o))))
    return g


def LISTING(listing: str, res: str) -> str:
    """``listing`` is about the residence ``res``."""
    return f"{{ {listing} s:about {res} }} UNION {{ {listing} s:mainEntity {res} }}"


def AT(res: str, street: str) -> str:
    """``res`` is the residence at ``street``."""
    return f'{res} s:address/s:streetAddress "{street}" .'


def AGENT(listing: str, agent: str = "?x") -> str:
    """``agent`` lists ``listing``."""
    return f"{{ {listing} s:provider {agent} }} UNION {{ {listing} s:offers/s:offeredBy {agent} }}"


def BY(listing: str, name: str) -> str:
    """``listing``'s agent is named ``name`` in one of the ways pages write it."""
    ways = ", ".join(f'"{w}"' for w in WAYS[name])
    return f"{AGENT(listing, '?ag_')} ?ag_ s:name ?agn_ . FILTER(?agn_ IN ({ways}))"


def IN_HOOD(res: str, hood: str) -> str:
    """``res`` lies in the neighbourhood named ``hood``."""
    return f'{res} s:containedInPlace ?h_ . ?h_ s:name "{hood}" .'


def RENT(listing: str) -> str:
    """``listing`` is to let."""
    return f"{listing} s:offers/s:businessFunction ?bf_ . FILTER(STRENDS(STR(?bf_), 'LeaseOut'))"


def ON(street: str, pattern: str) -> str:
    """``SELECT ?x`` over the residence at ``street`` as ``?r`` and its listing as ``?l``."""
    return f"SELECT ?x WHERE {{ {AT('?r', street)} {LISTING('?l', '?r')} {pattern} }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    (
        "How many bedrooms does Kroonstraat 43 have?",
        "1hop",
        ON("Kroonstraat 43", "?r s:numberOfBedrooms ?x"),
    ),
    ("what year was Oudwijk 120 built", "1hop", ON("Oudwijk 120", "?r s:yearBuilt ?x")),
    ("Who is the agent for Nachtegaalstraat 98?", "1hop", ON("Nachtegaalstraat 98", AGENT("?l"))),
    (
        "What is the asking price of Bulgarijeweg 4?",
        "1hop",
        ON("Bulgarijeweg 4", "?l s:offers/s:price ?x"),
    ),
    (
        "when was Van Persijnstraat 107 listed?",
        "1hop",
        ON("Van Persijnstraat 107", "?l s:datePosted ?x"),
    ),
    (
        "What's the phone number of Domstad Wonen Amersfoort?",
        "1hop",
        'SELECT ?x WHERE { ?o s:name "Domstad Wonen Amersfoort" ; s:telephone ?x }',
    ),
    (
        "Which district is Tuindorp in?",
        "1hop",
        'SELECT ?x WHERE { ?h s:name "Tuindorp" ; s:containedInPlace ?x }',
    ),
    (
        "what is Mirjam Hoekstra's job title",
        "1hop",
        'SELECT ?x WHERE { ?p a s:Person ; s:name "Mirjam Hoekstra" ; s:jobTitle ?x }',
    ),
    (
        "What is the postcode of Zilverstraat 46 A?",
        "1hop",
        'SELECT ?x WHERE { ?a s:streetAddress "Zilverstraat 46 A" ; s:postalCode ?x }',
    ),
    # inverse
    (
        "Which neighbourhoods are in district Oost?",
        "inverse",
        'SELECT ?x WHERE { ?d s:name "Oost" . ?x s:containedInPlace ?d }',
    ),
    (
        "Who works at Domstad Wonen Zeist?",
        "inverse",
        'SELECT ?x WHERE { ?o s:name "Domstad Wonen Zeist" . ?x s:worksFor ?o }',
    ),
    (
        "Which properties are in Soesterkwartier?",
        "inverse",
        f"SELECT ?x WHERE {{ {IN_HOOD('?x', 'Soesterkwartier')} }}",
    ),
    (
        "Which listings have Utrecht Terwijde as their nearest station?",
        "inverse",
        'SELECT ?x WHERE { ?x s:amenityFeature ?f . ?f s:name "Nearest station" ; s:valueReference/s:name "Utrecht Terwijde" }',
    ),
    (
        "What properties does Eline Visser have listed?",
        "inverse",
        f"SELECT ?x WHERE {{ {BY('?x', 'Eline Visser')} }}",
    ),
    (
        "Which properties are near the Domschool?",
        "inverse",
        'SELECT ?x WHERE { ?x s:amenityFeature/s:valueReference/s:name "Domschool" }',
    ),
    (
        "which offices belong to Domstad Wonen & Taxaties",
        "inverse",
        'SELECT ?x WHERE { ?x a s:RealEstateAgent ; s:parentOrganization ?o . ?o s:alternateName "Domstad Wonen" }',
    ),
    (
        "Which houses were built in 1936?",
        "inverse",
        "SELECT ?x WHERE { ?x s:yearBuilt ?y . FILTER(STR(?y) = '1936') }",
    ),
    (
        "which properties have energy label A+++",
        "inverse",
        "SELECT ?x WHERE { { ?x s:additionalProperty [ s:name ?n ; s:value \"A+++\" ] } UNION { ?x s:hasEnergyConsumptionDetails/s:hasEnergyEfficiencyCategory ?c . FILTER(STRENDS(STR(?c), 'APlusPlusPlus')) } }",
    ),
    # 2hop
    (
        "Which city is Bergkwartier in?",
        "2hop",
        'SELECT ?x WHERE { ?h s:name "Bergkwartier" ; s:containedInPlace/s:containedInPlace ?x }',
    ),
    (
        "Which neighbourhoods are in Amersfoort?",
        "2hop",
        'SELECT ?x WHERE { ?c s:name "Amersfoort" ; a s:City . ?x s:containedInPlace/s:containedInPlace ?c }',
    ),
    (
        "Which office does the agent of Engweg 70 work at?",
        "2hop",
        ON("Engweg 70", "?l s:offers/s:offeredBy/s:worksFor ?x"),
    ),
    (
        "which branch is the agent of Oudwijk 89 at",
        "2hop",
        ON(
            "Oudwijk 89",
            f"{AGENT('?l', '?a')} ?a s:name ?an . ?p a s:Person ; s:worksFor ?x ; s:name ?pn . FILTER(?pn = 'Joost van Leeuwen' && ?an IN ('Joost van Leeuwen', 'J. van Leeuwen'))",
        ),
    ),
    (
        "What district is Kastanjelaan 146 in?",
        "2hop",
        ON("Kastanjelaan 146", "?r s:containedInPlace/s:containedInPlace ?x"),
    ),
    (
        "When is the open house at Engweg 125?",
        "2hop",
        ON("Engweg 125", "?l s:event/s:startDate ?x"),
    ),
    (
        "What did Utrechtseweg 18 sell for last time?",
        "2hop",
        ON("Utrechtseweg 18", "?r s:subjectOf/s:price ?x"),
    ),
    (
        "Which stations are near properties in Tuindorp?",
        "2hop",
        f'SELECT ?x WHERE {{ {IN_HOOD("?r", "Tuindorp")} ?r s:amenityFeature [ s:name "Nearest station" ; s:valueReference ?x ] }}',
    ),
    (
        "Who organises the open house at Soesterweg 21?",
        "2hop",
        ON("Soesterweg 21", "?l s:event/s:organizer ?x"),
    ),
    (
        "What is the telephone number of the office Eline Visser works at?",
        "2hop",
        'SELECT ?x WHERE { ?p s:name "Eline Visser" ; s:worksFor/s:telephone ?x }',
    ),
    # 3hop
    (
        "Which agents have listings in Vathorst?",
        "3hop",
        f"SELECT ?x WHERE {{ {IN_HOOD('?r', 'Vathorst')} {LISTING('?l', '?r')} {AGENT('?l')} }}",
    ),
    (
        "Which district is the flat Pieter Bakker lets in?",
        "3hop",
        f"SELECT ?x WHERE {{ {BY('?l', 'Pieter Bakker')} {RENT('?l')} {LISTING('?l', '?r')} ?r s:containedInPlace/s:containedInPlace ?x }}",
    ),
    (
        "What's the address of the office of the agent who lists Kastanjelaan 146?",
        "3hop",
        ON("Kastanjelaan 146", "?l s:offers/s:offeredBy/s:worksFor/s:address/s:streetAddress ?x"),
    ),
    (
        "In which city are the properties near Leidsche Rijn College?",
        "3hop",
        'SELECT ?x WHERE { ?r s:amenityFeature/s:valueReference/s:name "Leidsche Rijn College" ; s:containedInPlace/s:containedInPlace/s:containedInPlace ?x }',
    ),
    (
        "Which stations are near the homes Thomas Mulder has for sale?",
        "3hop",
        f"SELECT ?x WHERE {{ {BY('?l', 'Thomas Mulder')} {LISTING('?l', '?r')} ?l s:offers/s:businessFunction ?bf . FILTER(STRENDS(STR(?bf), 'Sell')) ?r s:amenityFeature [ s:name \"Nearest station\" ; s:valueReference ?x ] }}",
    ),
    (
        "which districts does Fatima El Amrani sell houses in",
        "3hop",
        f"SELECT ?x WHERE {{ {BY('?l', 'Fatima El Amrani')} {LISTING('?l', '?r')} ?r s:containedInPlace/s:containedInPlace ?x }}",
    ),
    # conjunction
    (
        "Which apartments in Vathorst are for rent?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a s:Apartment . {IN_HOOD('?x', 'Vathorst')} {LISTING('?l', '?x')} {RENT('?l')} }}",
    ),
    (
        "Which houses in Bergkwartier have energy label A+++?",
        "conjunction",
        f"SELECT ?x WHERE {{ {IN_HOOD('?x', 'Bergkwartier')} {{ ?x s:additionalProperty [ s:value \"A+++\" ] }} UNION {{ ?x s:hasEnergyConsumptionDetails/s:hasEnergyEfficiencyCategory ?c . FILTER(STRENDS(STR(?c), 'APlusPlusPlus')) }} }}",
    ),
    (
        "Which properties in Oudwijk does Joost van Leeuwen list?",
        "conjunction",
        f"SELECT ?x WHERE {{ {IN_HOOD('?x', 'Oudwijk')} {LISTING('?l', '?x')} {BY('?l', 'Joost van Leeuwen')} }}",
    ),
    (
        "which properties near Utrecht Centraal have 8 rooms",
        "conjunction",
        "SELECT ?x WHERE { ?x s:amenityFeature/s:valueReference/s:name \"Utrecht Centraal\" ; s:numberOfRooms ?n . FILTER(STR(?n) = '8') }",
    ),
    (
        "Which properties in Kerckebosch are listed by Thomas Mulder?",
        "conjunction",
        f"SELECT ?x WHERE {{ {IN_HOOD('?x', 'Kerckebosch')} {LISTING('?l', '?x')} {BY('?l', 'Thomas Mulder')} }}",
    ),
    (
        "Which properties in Hooglanderveen have an open house?",
        "conjunction",
        f"SELECT ?x WHERE {{ {IN_HOOD('?x', 'Hooglanderveen')} {LISTING('?l', '?x')} ?l s:event ?e }}",
    ),
    (
        "what rentals does Ruben Jansen have in Amersfoort",
        "conjunction",
        f'SELECT ?x WHERE {{ ?x s:address/s:addressLocality "Amersfoort" . {LISTING("?l", "?x")} {RENT("?l")} {BY("?l", "Ruben Jansen")} }}',
    ),
    # synonym
    (
        "how big is Nachtegaalstraat 166",
        "synonym",
        ON(
            "Nachtegaalstraat 166",
            "{ ?r s:floorSize ?x FILTER(isLiteral(?x)) } UNION { ?r s:floorSize/s:value ?x }",
        ),
    ),
    (
        "How much do they want for Dorpsstraat 34?",
        "synonym",
        ON("Dorpsstraat 34", "?l s:offers/s:price ?x"),
    ),
    (
        "what's the rent for Kastanjelaan 128-bis",
        "synonym",
        ON(
            "Kastanjelaan 128-bis",
            "{ ?l s:offers/s:price ?x } UNION { ?l s:offers/s:priceSpecification/s:price ?x }",
        ),
    ),
    ("Who's selling Verzetslaan 178?", "synonym", ON("Verzetslaan 178", AGENT("?l"))),
    (
        "When was Hortensialaan 8 A constructed?",
        "synonym",
        ON("Hortensialaan 8 A", "?r s:yearBuilt ?x"),
    ),
    (
        "where's the closest train station to Abstederdijk 46",
        "synonym",
        ON(
            "Abstederdijk 46",
            '?r s:amenityFeature [ s:name "Nearest station" ; s:valueReference ?x ]',
        ),
    ),
    (
        "Which schools are close to Dorpsstraat 34?",
        "synonym",
        ON(
            "Dorpsstraat 34", '?r s:amenityFeature [ s:name "Nearby school" ; s:valueReference ?x ]'
        ),
    ),
    # alias
    (
        "Which neighbourhoods are in Utrecht North-East?",
        "alias",
        'SELECT ?x WHERE { ?d s:name "Utrecht North-East"@en . ?x s:containedInPlace ?d }',
    ),
    (
        "what does Tom Mulder have on offer",
        "alias",
        f"SELECT ?x WHERE {{ {BY('?l', 'Thomas Mulder')} {LISTING('?l', '?x')} }}",
    ),
    (
        "Which properties are for sale in the Museum Quarter?",
        "alias",
        f"SELECT ?x WHERE {{ ?x s:containedInPlace ?h . ?h s:alternateName \"Museum Quarter\" . {LISTING('?l', '?x')} ?l s:offers/s:businessFunction ?bf . FILTER(STRENDS(STR(?bf), 'Sell')) }}",
    ),
    (
        "When was Domstad Wonen founded?",
        "alias",
        'SELECT ?x WHERE { ?o s:alternateName "Domstad Wonen" ; s:foundingDate ?x }',
    ),
    (
        "Which neighbourhood is Villa 't Bergje in?",
        "alias",
        'SELECT ?x WHERE { ?r s:name "Villa &#39;t Bergje" ; s:containedInPlace ?x }',
    ),
    # typo
    (
        "how many bedroms does Prins Hendriklaan 123 have",
        "typo",
        ON("Prins Hendriklaan 123", "?r s:numberOfBedrooms ?x"),
    ),
    ("who lists Nieuwegraht 59", "typo", ON("Nieuwegracht 59", AGENT("?l"))),
    (
        "which neighbourhods are in Leidsche Rjin",
        "typo",
        'SELECT ?x WHERE { ?d s:name "Leidsche Rijn" ; a s:AdministrativeArea . ?x s:containedInPlace ?d }',
    ),
    # literal
    (
        "How far is the nearest station from Laakboulevard 62?",
        "literal",
        ON("Laakboulevard 62", '?r s:amenityFeature [ s:name "Nearest station" ; s:value ?x ]'),
    ),
    (
        "What's the status of Utrechtseweg 152?",
        "literal",
        ON("Utrechtseweg 152", '?l s:additionalProperty [ s:name "Status" ; s:value ?x ]'),
    ),
    (
        "What energy label does Soesterweg 147 have?",
        "literal",
        ON(
            "Soesterweg 147",
            "{ ?r s:additionalProperty [ s:name ?n ; s:value ?x ] FILTER(?n IN ('Energielabel', 'Energy label', 'energy rating')) } UNION { ?r s:hasEnergyConsumptionDetails/s:hasEnergyEfficiencyCategory ?x }",
        ),
    ),
    (
        "what is the plot size of Hortensialaan 156",
        "literal",
        ON(
            "Hortensialaan 156",
            "?r s:additionalProperty [ s:name ?n ; s:value ?x ] FILTER(?n IN ('Perceeloppervlakte', 'Plot area'))",
        ),
    ),
    (
        "When does the open house at Oudegracht 106 start?",
        "literal",
        ON("Oudegracht 106", "?l s:event/s:startDate ?x"),
    ),
    (
        "What are the opening hours of Domstad Wonen Zeist?",
        "literal",
        'SELECT ?x WHERE { ?o s:name "Domstad Wonen Zeist" ; s:openingHours ?x }',
    ),
    (
        "What's Pieter Bakker's email address?",
        "literal",
        'SELECT ?x WHERE { ?p s:name "Pieter Bakker" ; s:email ?x }',
    ),
    # unanswerable
    ("How many bathrooms does Kroonstraat 43 have?", "unanswerable", None),
    ("What is the monthly service charge for Gerard Doustraat 25 A?", "unanswerable", None),
    ("When did Sanne de Vries join Domstad Wonen?", "unanswerable", None),
    ("How many parking spaces come with Oudegracht 106?", "unanswerable", None),
    ("what is the crime rate in Tuindorp", "unanswerable", None),
    ("Who bought Utrechtseweg 18 last time?", "unanswerable", None),
    ("How far is Engweg 70 from the nearest supermarket?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "realestate-probe63a-01",
        [
            (
                "Who is the agent for Van Persijnstraat 88-bis?",
                "start",
                ON("Van Persijnstraat 88-bis", AGENT("?l")),
            ),
            (
                "which office does he work at?",
                "pronoun_answer",
                ON("Van Persijnstraat 88-bis", "?l s:offers/s:offeredBy/s:worksFor ?x"),
            ),
            ("What about Engweg 70?", "what_about", ON("Engweg 70", AGENT("?l"))),
        ],
    ),
    (
        "realestate-probe63a-02",
        [
            (
                "How many bedrooms does Utrechtseweg 152 have?",
                "start",
                ON("Utrechtseweg 152", "?r s:numberOfBedrooms ?x"),
            ),
            (
                "and when was it built?",
                "pronoun_topic",
                ON("Utrechtseweg 152", "?r s:yearBuilt ?x"),
            ),
            (
                "And Van Persijnstraat 107?",
                "and_x",
                ON("Van Persijnstraat 107", "?r s:yearBuilt ?x"),
            ),
        ],
    ),
    (
        "realestate-probe63a-03",
        [
            (
                "Which neighbourhoods are in Leidsche Rijn?",
                "start",
                'SELECT ?x WHERE { ?d s:name "Leidsche Rijn" ; a s:AdministrativeArea . ?x s:containedInPlace ?d }',
            ),
            (
                "What about Amersfoort Centrum?",
                "what_about",
                'SELECT ?x WHERE { ?d s:name "Amersfoort Centrum" . ?x s:containedInPlace ?d }',
            ),
            (
                "which city is it in?",
                "pronoun_topic",
                'SELECT ?x WHERE { ?d s:name "Amersfoort Centrum" ; s:containedInPlace ?x }',
            ),
        ],
    ),
]


def names(g: Graph, x: object) -> set[str]:
    """What answers as ``x`` (see the module's docstring)."""
    if isinstance(x, Literal):
        # an energy class written as schema.org's enumeration IRI answers as its class too
        grade = re.fullmatch(r"https?://schema.org/EUEnergyEfficiencyCategory(\w+)", str(x))
        return {str(x), html.unescape(str(x))} | (
            {grade[1].replace("Plus", "+")} if grade else set()
        )
    assert isinstance(x, (URIRef, BNode))
    found = {str(n) for p in (S.name, S.alternateName) for n in g.objects(x, p)}
    if (x, RDF.type, S.Person) in g:
        found |= {w for n in list(found) for w in WAYS.get(n, [n])}
    res = {x} | set(g.objects(x, S.about)) | set(g.objects(x, S.mainEntity))
    homes = res | {h for r in res for p in (S.about, S.mainEntity) for h in g.subjects(p, r)}
    if homes - {x}:  # a listing or its residence: both answer "which properties"
        for h in homes:
            found |= {str(n) for n in g.objects(h, S.name)}
            found |= {
                str(n) for a in g.objects(h, S.address) for n in g.objects(a, S.streetAddress)
            }
    found |= {html.unescape(n) for n in found}
    assert found, x
    return found


def answers_of_for(g: Graph):
    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + query):
            out |= names(g, row[0])
        return out

    return answers_of


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published
    g = load(HERE / "realestate.html")
    answers_of = answers_of_for(g)
    if "--conversations" in sys.argv:
        print_conversations("realestate", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "realestate.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
