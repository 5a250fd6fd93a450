# ruff: noqa: E501  (one question a line)
"""Gold answers of ``shelter.jsonl`` (and, with ``--conversations``, the shelter lines of
``conversations_blind60.jsonl``), computed with rdflib SPARQL over ``shelter/`` (never with
kgchat).

The MongoDB export (JSON Lines, Extended JSON v2) is read here into an rdflib graph by the
export's own meaning, written out plainly and independently of kgchat's reader: a document
``<http://shelter.example/id/{oid}>`` (its ``_id``), typed ``p:{collection}``; each field a
property ``p:{field}`` (camelCase and snake_case kept apart, so queries name both); an array
one value per item; an ``{"$oid": ...}`` the document it names; an embedded sub-document a
blank node; ``$date`` its date ("2022-03-05", or the full timestamp where it has a time),
``$numberDecimal``/``$numberLong``/``$numberInt`` their text ("85.00"), other values their text
("true", "dog"). A literal answers with its text; a node with every name it carries: ``name``,
``shelterCode``, ``nameFr``, ``householdName``, ``fullName``, first and last name joined
("Maya Lindqvist"), a breed sub-document's ``code``, a document with none its ObjectId.
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/shelter_answers.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import print_conversations, write_answers

HERE = Path(__file__).parent
BASE = "http://shelter.example/"
P = Namespace(BASE + "p/")
ID = Namespace(BASE + "id/")
PRE = f"""PREFIX p: <{P}>
"""


def N(x: str, name: str) -> str:
    """``x`` is the document or sub-document named ``name``."""
    return f'{x} p:name|p:householdName|p:shelterCode "{name}" .'


def SHELTER(a: str, s: str) -> str:
    """Animal ``a`` is held at shelter ``s``."""
    return f"{a} p:shelterId|p:shelter_id {s} ."


def BREED(a: str) -> str:
    """``?x`` is ``a``'s breed: a sub-document, or a name beside a code."""
    return f"{{ {a} p:breed ?x }} UNION {{ {a} p:breed_code ?x }}"


def ADOPTION(a: str, who: str, extra: str = "") -> str:
    """An adoption record ``?ad_`` of animal ``a`` by adopter ``who``."""
    return f"?ad_ p:animalId|p:animal_id {a} ; p:adopterId|p:adopter_id {who} . {extra}"


def CITY(x: str) -> str:
    """``?x`` is the city of ``x`` (in its address, or a field of its own)."""
    return f"{{ {x} p:address/p:city ?x }} UNION {{ {x} p:city ?x }}"


def ADOPTER(p: str, full: str) -> str:
    """``p`` is the adopter ``full`` ("First Last", in either field style)."""
    first, last = full.split(" ", 1)
    return f'{{ {p} p:firstName "{first}" ; p:lastName "{last}" }} UNION {{ {p} p:first_name "{first}" ; p:last_name "{last}" }}'


def TRANSFER(a: str, src: str, dst: str, extra: str = "") -> str:
    """A transfer ``?t_`` of ``a`` from ``src`` to ``dst``."""
    return f"?t_ p:animal {a} ; p:fromShelter|p:from_shelter {src} ; p:toShelter|p:to_shelter {dst} . {extra}"


def STATUS(a: str, code: str) -> str:
    return f'{a} p:status "{code}" .'


CAPACITY = '?t_ p:reason "capacity" .'
HARBOR = N("?s", "Harbor Point Animal Shelter")

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("What breed is Biscuit?", "1hop", f"SELECT ?x WHERE {{ {N('?a', 'Biscuit')} {BREED('?a')} }}"),
    (
        "who runs riverside humane society",
        "1hop",
        f"SELECT ?x WHERE {{ {N('?s', 'Riverside Humane Society')} ?s p:director ?x }}",
    ),
    (
        "What species is Juniper?",
        "1hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Juniper')} ?a p:species ?x }}",
    ),
    (
        "which shelter is Nacho at",
        "1hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Nacho')} {SHELTER('?a', '?x')} }}",
    ),
    (
        "What's the status of Duchess?",
        "1hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Duchess')} ?a p:status|p:statusLabel ?x }}",
    ),
    (
        "what city is the Lakeside Cat Sanctuary in",
        "1hop",
        f"SELECT ?x WHERE {{ {N('?s', 'Lakeside Cat Sanctuary')} {CITY('?s')} }}",
    ),
    ("What color is Olive?", "1hop", f"SELECT ?x WHERE {{ {N('?a', 'Olive')} ?a p:color ?x }}"),
    (
        "Why was Moose taken in?",
        "1hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Moose')} {{ ?a p:intake/(p:reason|p:reasonCode) ?x }} UNION {{ ?a p:intake_reason|p:intake_reason_code ?x }} }}",
    ),
    (
        "What vaccines has Pepper had?",
        "1hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Pepper')} ?a p:vaccinations/p:vaccine ?x }}",
    ),
    # inverse
    (
        "Which animals are at the Lakeside Cat Sanctuary?",
        "inverse",
        f"SELECT ?x WHERE {{ {N('?s', 'Lakeside Cat Sanctuary')} {SHELTER('?x', '?s')} }}",
    ),
    (
        "Which shelter is in Medford?",
        "inverse",
        'SELECT ?x WHERE { ?x p:address/p:city "Medford" ; a p:shelters }',
    ),
    (
        "which shelter does Gordon Pike direct",
        "inverse",
        'SELECT ?x WHERE { ?x p:director "Gordon Pike" }',
    ),
    (
        "Which animal has microchip 985112004567123?",
        "inverse",
        'SELECT ?x WHERE { ?x p:microchip/p:number "985112004567123" }',
    ),
    (
        "Which animals are Siamese?",
        "inverse",
        'SELECT ?x WHERE { { ?x p:breed/p:name "Siamese" } UNION { ?x p:breed "Siamese" } }',
    ),
    (
        "Which foster home is Clementine staying with?",
        "inverse",
        f"SELECT ?x WHERE {{ {N('?a', 'Clementine')} ?x p:currentAnimals ?a }}",
    ),
    (
        "Which foster home is looking after Moose?",
        "inverse",
        f"SELECT ?x WHERE {{ {N('?a', 'Moose')} ?x p:currentAnimals ?a }}",
    ),
    (
        "Which foster home does Riverside Humane Society coordinate?",
        "inverse",
        f"SELECT ?x WHERE {{ {N('?s', 'Riverside Humane Society')} ?x p:coordinatingShelter ?s }}",
    ),
    (
        "which foster home is Eli Moreno the contact for",
        "inverse",
        'SELECT ?x WHERE { ?x p:contact/p:name "Eli Moreno" }',
    ),
    # two hops
    (
        "Who adopted Biscuit?",
        "2hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Biscuit')} {ADOPTION('?a', '?x')} }}",
    ),
    ("who adopted Tofu", "2hop", f"SELECT ?x WHERE {{ {N('?a', 'Tofu')} {ADOPTION('?a', '?x')} }}"),
    (
        "Which vet examined Sir Reginald?",
        "2hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Sir Reginald')} ?c p:animalId|p:animal_id ?a ; p:vet ?x }}",
    ),
    (
        "What city is Moose's shelter in?",
        "2hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Moose')} {SHELTER('?a', '?s')} {CITY('?s')} }}",
    ),
    (
        "Who is the director of the shelter Luna is at?",
        "2hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Luna')} {SHELTER('?a', '?s')} ?s p:director ?x }}",
    ),
    (
        "Who gave Tofu his rabies shot?",
        "2hop",
        f'SELECT ?x WHERE {{ {N("?a", "Tofu")} ?a p:vaccinations [ p:vaccine "Rabies" ; p:vet ?x ] }}',
    ),
    (
        "Where was Rocket transferred to?",
        "2hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Rocket')} {TRANSFER('?a', '?src', '?x')} }}",
    ),
    (
        "Which shelter was Olive transferred from?",
        "2hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Olive')} {TRANSFER('?a', '?x', '?dst')} }}",
    ),
    (
        "What breed is the dog the Lindqvist-Moreno household is fostering?",
        "2hop",
        f"SELECT ?x WHERE {{ {N('?f', 'Lindqvist-Moreno household')} ?f p:currentAnimals ?a . {BREED('?a')} }}",
    ),
    (
        "who is the director of the shelter Waffles was adopted from",
        "2hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Waffles')} ?ad p:animalId|p:animal_id ?a ; p:shelter ?s . ?s p:director ?x }}",
    ),
    # three hops
    (
        "What city does the person who adopted Biscuit live in?",
        "3hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Biscuit')} {ADOPTION('?a', '?p')} {CITY('?p')} }}",
    ),
    (
        "Who runs the shelter that Rocket was moved to?",
        "3hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Rocket')} {TRANSFER('?a', '?src', '?s')} ?s p:director ?x }}",
    ),
    (
        "In which city is the shelter that coordinates Famille Bergström?",
        "3hop",
        f"SELECT ?x WHERE {{ {N('?f', 'Famille Bergström')} ?f p:coordinatingShelter ?s . {CITY('?s')} }}",
    ),
    (
        "What's the capacity of the shelter Moose was transferred to?",
        "3hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Moose')} {TRANSFER('?a', '?src', '?s')} ?s p:capacity ?x }}",
    ),
    (
        "Which vet examined the dog Maya Lindqvist adopted?",
        "3hop",
        f'SELECT ?x WHERE {{ {ADOPTER("?p", "Maya Lindqvist")} {ADOPTION("?a", "?p")} ?a p:species "dog" . ?c p:animalId|p:animal_id ?a ; p:vet ?x }}',
    ),
    (
        "what is the phone number of the contact at the foster home that has Clementine",
        "3hop",
        f"SELECT ?x WHERE {{ {N('?a', 'Clementine')} ?f p:currentAnimals ?a ; p:contact/p:phone ?x }}",
    ),
    # conjunction
    (
        "Which dogs at Summit County Animal Services are on medical hold?",
        "conjunction",
        f'SELECT ?x WHERE {{ {N("?s", "Summit County Animal Services")} {SHELTER("?x", "?s")} ?x p:species "dog" . {STATUS("?x", "HLD")} }}',
    ),
    (
        "which cats from Harbor Point have been adopted",
        "conjunction",
        f'SELECT ?x WHERE {{ {HARBOR} {SHELTER("?x", "?s")} ?x p:species "cat" . {STATUS("?x", "ADP")} }}',
    ),
    (
        "Which Cedar Hollow animals came in as strays?",
        "conjunction",
        f'SELECT ?x WHERE {{ {N("?s", "Cedar Hollow Rescue")} {SHELTER("?x", "?s")} {{ ?x p:intake/p:reasonCode "STR" }} UNION {{ ?x p:intake_reason_code "STR" }} }}',
    ),
    (
        "which rabbits are available for adoption",
        "conjunction",
        f'SELECT ?x WHERE {{ ?x p:species "rabbit" . {STATUS("?x", "AVL")} }}',
    ),
    (
        "Which Labradors were surrendered by their owners?",
        "conjunction",
        'SELECT ?x WHERE { { ?x p:breed/p:code "LAB" } UNION { ?x p:breed_code "LAB" } { ?x p:intake/p:reasonCode "OWN" } UNION { ?x p:intake_reason_code "OWN" } }',
    ),
    (
        "Which animals were transferred out of Summit County Animal Services because of capacity?",
        "conjunction",
        f"SELECT ?x WHERE {{ {N('?s', 'Summit County Animal Services')} {TRANSFER('?x', '?s', '?dst', CAPACITY)} }}",
    ),
    (
        "Which female huskies have been adopted?",
        "conjunction",
        f'SELECT ?x WHERE {{ {{ ?x p:breed/p:code "HSK" }} UNION {{ ?x p:breed_code "HSK" }} ?x p:sex ?sex . FILTER(?sex IN ("F", "female")) {STATUS("?x", "ADP")} }}',
    ),
    # synonym (the relation in other words)
    (
        "Who's in charge at Cedar Hollow Rescue?",
        "synonym",
        f"SELECT ?x WHERE {{ {N('?s', 'Cedar Hollow Rescue')} ?s p:director ?x }}",
    ),
    (
        "what kind of animal is Bramble",
        "synonym",
        f"SELECT ?x WHERE {{ {N('?a', 'Bramble')} ?a p:species ?x }}",
    ),
    (
        "How heavy is Biscuit?",
        "synonym",
        f"SELECT ?x WHERE {{ {N('?a', 'Biscuit')} ?a p:weightKg ?x }}",
    ),
    (
        "When was Tofu brought in?",
        "synonym",
        f"SELECT ?x WHERE {{ {N('?a', 'Tofu')} ?a p:intake/p:date|p:intake_date ?x }}",
    ),
    (
        "Who took Olive home?",
        "synonym",
        f"SELECT ?x WHERE {{ {N('?a', 'Olive')} {ADOPTION('?a', '?x')} }}",
    ),
    (
        "How many animals can Riverside Humane Society house?",
        "synonym",
        f"SELECT ?x WHERE {{ {N('?s', 'Riverside Humane Society')} ?s p:capacity ?x }}",
    ),
    (
        "what's Rocket's chip number",
        "synonym",
        f"SELECT ?x WHERE {{ {N('?a', 'Rocket')} ?a p:microchip/p:number ?x }}",
    ),
    # alias (another name or a code)
    ("Where is SCAS located?", "alias", f"SELECT ?x WHERE {{ {N('?s', 'SCAS')} {CITY('?s')} }}"),
    (
        "Who runs Refuge Pattes de Montréal?",
        "alias",
        'SELECT ?x WHERE { ?s p:nameFr "Refuge Pattes de Montréal" ; p:director ?x }',
    ),
    (
        "What's the phone number for CHR?",
        "alias",
        f"SELECT ?x WHERE {{ {N('?s', 'CHR')} ?s p:phone ?x }}",
    ),
    (
        "How many animals does LCS have room for?",
        "alias",
        f"SELECT ?x WHERE {{ {N('?s', 'LCS')} ?s p:capacity ?x }}",
    ),
    (
        "Which animals are DSH?",
        "alias",
        'SELECT ?x WHERE { { ?x p:breed/p:code "DSH" } UNION { ?x p:breed_code "DSH" } }',
    ),
    # typo
    ("what breed is Bisciut", "typo", f"SELECT ?x WHERE {{ {N('?a', 'Biscuit')} {BREED('?a')} }}"),
    (
        "which foster home has Clemintine",
        "typo",
        f"SELECT ?x WHERE {{ {N('?a', 'Clementine')} ?x p:currentAnimals ?a }}",
    ),
    (
        "where is the Riversde Humane Society",
        "typo",
        f"SELECT ?x WHERE {{ {N('?s', 'Riverside Humane Society')} {CITY('?s')} }}",
    ),
    # literal
    (
        "What is the capacity of Cedar Hollow Rescue?",
        "literal",
        f"SELECT ?x WHERE {{ {N('?s', 'Cedar Hollow Rescue')} ?s p:capacity ?x }}",
    ),
    (
        "when was Luna adopted",
        "literal",
        f"SELECT ?x WHERE {{ {N('?a', 'Luna')} ?ad p:animalId|p:animal_id ?a ; p:adoptionDate|p:adoption_date ?x }}",
    ),
    (
        "How much was the adoption fee for Luna?",
        "literal",
        f"SELECT ?x WHERE {{ {N('?a', 'Luna')} ?ad p:animalId|p:animal_id ?a ; p:fee ?x }}",
    ),
    (
        "When was Sir Reginald born?",
        "literal",
        f"SELECT ?x WHERE {{ {N('?a', 'Sir Reginald')} ?a p:birthDate|p:birth_date ?x }}",
    ),
    (
        "What's Pepper's microchip number?",
        "literal",
        f"SELECT ?x WHERE {{ {N('?a', 'Pepper')} ?a p:microchip/p:number ?x }}",
    ),
    (
        "When did Harbor Point Animal Shelter open?",
        "literal",
        f"SELECT ?x WHERE {{ {HARBOR} ?s p:openedOn ?x }}",
    ),
    (
        "When was Rocket transferred?",
        "literal",
        f"SELECT ?x WHERE {{ {N('?a', 'Rocket')} ?t p:animal ?a ; p:transferDate ?x }}",
    ),
    # unanswerable (the graph holds a near relation, not this one)
    ("Who adopted Juniper?", "unanswerable", None),
    ("What is Denise Calloway's email address?", "unanswerable", None),
    ("How old is the person who adopted Waffles?", "unanswerable", None),
    ("Which vet neutered Tofu?", "unanswerable", None),
    ("What time does the Lakeside Cat Sanctuary close?", "unanswerable", None),
    ("How many litters has Duchess had?", "unanswerable", None),
    ("Who is the director of Lakeside Cat Sanctuary?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "shelter-probe60b-01",
        [
            (
                "Who adopted Biscuit?",
                "start",
                f"SELECT ?x WHERE {{ {N('?a', 'Biscuit')} {ADOPTION('?a', '?x')} }}",
            ),
            (
                "What city does she live in?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {ADOPTER('?p', 'Maya Lindqvist')} {CITY('?p')} }}",
            ),
            (
                "What about Pepper?",
                "what_about",
                f"SELECT ?x WHERE {{ {N('?a', 'Pepper')} {ADOPTION('?a', '?x')} }}",
            ),
        ],
    ),
    (
        "shelter-probe60b-02",
        [
            (
                "Who runs Harbor Point Animal Shelter?",
                "start",
                f"SELECT ?x WHERE {{ {HARBOR} ?s p:director ?x }}",
            ),
            (
                "How many animals can it hold?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {HARBOR} ?s p:capacity ?x }}",
            ),
            (
                "And Cedar Hollow Rescue?",
                "and_x",
                f"SELECT ?x WHERE {{ {N('?s', 'Cedar Hollow Rescue')} ?s p:capacity ?x }}",
            ),
        ],
    ),
    (
        "shelter-probe60b-03",
        [
            (
                "What breed is Moose?",
                "start",
                f"SELECT ?x WHERE {{ {N('?a', 'Moose')} {BREED('?a')} }}",
            ),
            (
                "Which foster home is he with?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {N('?a', 'Moose')} ?x p:currentAnimals ?a }}",
            ),
            (
                "What about Clementine?",
                "what_about",
                f"SELECT ?x WHERE {{ {N('?a', 'Clementine')} ?x p:currentAnimals ?a }}",
            ),
        ],
    ),
]

NAME_PROPS = ("name", "shelterCode", "nameFr", "householdName", "fullName", "code")


def _value(g: Graph, v: Any) -> Any:
    """A JSON value's rdflib term (a sub-document's blank node, filled in), or None."""
    if v is None:
        return None
    if isinstance(v, dict):
        if "$oid" in v:
            return ID[v["$oid"]]
        if "$date" in v:
            d = v["$date"]
            return Literal(d[:10] if d.endswith("T00:00:00Z") else d)
        for k in ("$numberDecimal", "$numberLong", "$numberInt", "$numberDouble"):
            if k in v:
                return Literal(v[k])
        node = BNode()
        _fields(g, node, v)
        return node
    if isinstance(v, bool):
        return Literal(str(v).lower())
    return Literal(str(v))


def _fields(g: Graph, node: Any, doc: dict[str, Any]) -> None:
    for k, value in doc.items():
        if k == "_id":
            continue
        for item in value if isinstance(value, list) else [value]:
            term = _value(g, item)
            if term is not None:
                g.add((node, P[k], term))


def load() -> Graph:
    g = Graph()
    for path in sorted((HERE / "shelter").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            x = ID[doc["_id"]["$oid"]]
            g.add((x, RDF.type, P[path.stem]))
            _fields(g, x, doc)
    return g


def names(g: Graph, x: object) -> set[str]:
    """A literal's text; a node's names (``NAME_PROPS``, first and last names joined, else
    its ObjectId)."""
    if isinstance(x, Literal):
        return {str(x)}
    found = {str(n) for p in NAME_PROPS for n in g.objects(x, P[p])}
    for f, last in (("firstName", "lastName"), ("first_name", "last_name")):
        found |= {f"{a} {b}" for a in g.objects(x, P[f]) for b in g.objects(x, P[last])}
    if not found and isinstance(x, URIRef):
        found = {str(x).rsplit("/", 1)[1]}
    assert found, x
    return found


def main() -> None:
    g = load()

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + query):
            out |= names(g, row[0])
        return out

    if "--conversations" in sys.argv:
        print_conversations("shelter", CONVERSATIONS, answers_of)
    else:
        print(len(g), "triples", file=sys.stderr)
        write_answers(HERE / "shelter.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
