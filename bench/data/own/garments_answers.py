# ruff: noqa: E501  (one question a line)
"""Gold answers of ``garments.jsonl`` (and, with ``--conversations``, the garments lines of
``conversations_blind61.jsonl``), computed with rdflib SPARQL over ``garments.omn`` (never with
kgchat): py-horned-owl writes the Manchester syntax as RDF/XML by OWL 2's mapping to RDF, which
rdflib reads.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("219.00", "2024-11-15", "61.5"); a node with every name it carries:
``rdfs:label`` in every language, ``skos:altLabel``, its codes (``tt:supplierCode``,
``tt:styleCode``, ``tt:certificateNumber``) and the names of the node ``owl:sameAs`` joins it to
(Bay Garments' old record); a node with no label by its IRI's local name, as written and split
into its words ("ningboYarnCo", "ningbo Yarn Co"). In a query ``{Name}`` stands for the one node
carrying that name. The ontology is read as a reasoner would: a supplier link from either side
(``hasSupplier`` / its declared inverse ``supplies``, ``SUPPLIER``), ownership from either side
(``OWNED``), a brand's product lines from either side (``LINE``), certificates from either side
(``HOLDS``), audits from either side (``AUDIT``), ``locatedIn`` transitive (``IN``: a factory in
Gazipur is in Bangladesh); negative facts (``not tt:hasSupplier ...``) hold nothing. Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/garments_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import rdflib
from rdflib import OWL, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
TT = Namespace("https://vocab.threadtrace.example/ns#")
PRE = """PREFIX tt: <https://vocab.threadtrace.example/ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def SUPPLIER(buyer: str, seller: str) -> str:
    """``seller`` is a direct supplier of ``buyer``, said from either side."""
    return f"{{ {buyer} tt:hasSupplier {seller} }} UNION {{ {seller} tt:supplies {buyer} }}"


def OWNED(x: str, owner: str) -> str:
    """``owner`` owns ``x``, said from either side."""
    return f"{{ {x} tt:ownedBy {owner} }} UNION {{ {owner} tt:owns {x} }}"


def LINE(brand: str, line: str) -> str:
    """``line`` is a product line of ``brand``, said from either side."""
    return f"{{ {brand} tt:hasProductLine {line} }} UNION {{ {line} tt:productLineOf {brand} }}"


def HOLDS(s: str, cert: str) -> str:
    """``s`` holds the certificate ``cert``, said from either side."""
    return f"{{ {s} tt:holdsCertificate {cert} }} UNION {{ {cert} tt:heldBy {s} }}"


def AUDIT(audit: str, s: str) -> str:
    """``audit`` was carried out at ``s``, said from either side."""
    return f"{{ {audit} tt:auditOf {s} }} UNION {{ {s} tt:hasAudit {audit} }}"


def IN(x: str, place: str) -> str:
    """``x`` lies in ``place`` (``locatedIn`` is transitive)."""
    return f"{x} tt:locatedIn+ {place} ."


def FIBRE(fabric: str, fibre: str) -> str:
    """``fabric`` contains ``fibre`` (a composition record)."""
    return f"{fabric} tt:hasComponent/tt:fibre {fibre} ."


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "who owns Indus Spinning Mills?",
        "1hop",
        f"SELECT ?x WHERE {{ {OWNED('{Indus Spinning Mills}', '?x')} }}",
    ),
    (
        "Which factory makes the Ridge Trail Tee?",
        "1hop",
        "SELECT ?x WHERE { {Ridge Trail Tee} tt:madeAt ?x }",
    ),
    (
        "what fabric is the Studio Linen Shirt made of",
        "1hop",
        "SELECT ?x WHERE { {Studio Linen Shirt} tt:madeFrom ?x }",
    ),
    (
        "Which dye house dyed the Waxed Cotton Canvas?",
        "1hop",
        "SELECT ?x WHERE { {Waxed Cotton Canvas} tt:dyedAt ?x }",
    ),
    (
        "Who issued certificate VT-BS-5512?",
        "1hop",
        "SELECT ?x WHERE { ?c tt:certificateNumber 'VT-BS-5512'^^xsd:string ; tt:issuedBy ?x }",
    ),
    (
        "which product line is the Weekend Polo in",
        "1hop",
        "SELECT ?x WHERE { {Weekend Polo} tt:inProductLine ?x }",
    ),
    (
        "Who carried out audit AUD-2023-0090?",
        "1hop",
        "SELECT ?x WHERE { ?a tt:conductedBy ?x . FILTER(STRENDS(STR(?a), '/AUD-2023-0090')) }",
    ),
    (
        "Where is Northfold headquartered?",
        "1hop",
        "SELECT ?x WHERE { {Northfold} tt:headquarteredIn ?x }",
    ),
    (
        "What standard is certificate CN-OCS-120556 for?",
        "1hop",
        "SELECT ?x WHERE { ?c tt:certificateNumber 'CN-OCS-120556'^^xsd:string ; tt:standard ?x }",
    ),
    # inverse
    (
        "Which garments are made at Kaveri Knitwear Exports?",
        "inverse",
        "SELECT ?x WHERE { ?x tt:madeAt {Kaveri Knitwear Exports} }",
    ),
    (
        "which brands source from Confecções Vale do Ave",
        "inverse",
        "SELECT ?x WHERE { ?x tt:sourcesFrom {Confecções Vale do Ave} }",
    ),
    (
        "Which brand is Trail Essentials from?",
        "inverse",
        f"SELECT ?x WHERE {{ {LINE('?x', '{Trail Essentials}')} }}",
    ),
    (
        "Which suppliers does Sunrise Apparel Holdings Ltd own?",
        "inverse",
        f"SELECT ?x WHERE {{ {OWNED('?x', '{Sunrise Apparel Holdings Ltd}')} ?x a ?k . ?k rdfs:subClassOf tt:Supplier }}",
    ),
    (
        "Who does Noyyal Process House supply?",
        "inverse",
        f"SELECT ?x WHERE {{ {SUPPLIER('?x', '{Noyyal Process House}')} }}",
    ),
    (
        "Which garments use the Performance Pique fabric?",
        "inverse",
        "SELECT ?x WHERE { ?x tt:madeFrom {Performance Pique} }",
    ),
    (
        "which fabrics contain elastane",
        "inverse",
        f"SELECT ?x WHERE {{ {FIBRE('?x', '{elastane}')} }}",
    ),
    (
        "who holds certificate CN-GOTS-220988",
        "inverse",
        f"SELECT ?x WHERE {{ ?c tt:certificateNumber 'CN-GOTS-220988'^^xsd:string . {HOLDS('?x', '?c')} }}",
    ),
    (
        "Which suppliers are in Tiruppur?",
        "inverse",
        "SELECT ?x WHERE { ?x tt:locatedIn {Tiruppur} ; tt:supplierCode ?code }",
    ),
    # two hops
    (
        "Which city is the factory that makes the Praia Swimsuit in?",
        "2hop",
        "SELECT ?x WHERE { {Praia Swimsuit} tt:madeAt/tt:locatedIn ?x . ?x a tt:City }",
    ),
    (
        "who owns the factory that makes the 1971 Slim Jean",
        "2hop",
        f"SELECT ?x WHERE {{ {{1971 Slim Jean}} tt:madeAt ?f . {OWNED('?f', '?x')} }}",
    ),
    (
        "Which dye house supplies the factory that makes the Basecamp Fleece Hoodie?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Basecamp Fleece Hoodie}} tt:madeAt ?f . {SUPPLIER('?f', '?x')} }}",
    ),
    (
        "What standards are Shaoxing Rainbow Dyeing Co.'s certificates for?",
        "2hop",
        f"SELECT ?x WHERE {{ {HOLDS('{Shaoxing Rainbow Dyeing Co.}', '?c')} ?c tt:standard ?x }}",
    ),
    (
        "Which restricted chemicals were found at Karnaphuli Dyeing & Finishing?",
        "2hop",
        f"SELECT ?x WHERE {{ {AUDIT('?a', '{Karnaphuli Dyeing & Finishing}')} ?a tt:chemicalDetected ?x }}",
    ),
    (
        "what was Hawassa Garment Works' audit score",
        "2hop",
        f"SELECT ?x WHERE {{ {AUDIT('?a', '{Hawassa Garment Works}')} ?a tt:auditScore ?x }}",
    ),
    (
        "Who audited Katunayake Intimates?",
        "2hop",
        f"SELECT ?x WHERE {{ {AUDIT('?a', '{Katunayake Intimates}')} ?a tt:conductedBy ?x }}",
    ),
    (
        "Which brand sells the Muslin Swaddle Set?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Muslin Swaddle Set}} tt:inProductLine ?l . {LINE('?x', '?l')} }}",
    ),
    (
        "Where is the spinning mill that supplies Tinturaria Minho?",
        "2hop",
        f"SELECT ?x WHERE {{ {SUPPLIER('{Tinturaria Minho}', '?m')} ?m a tt:SpinningMill . {IN('?m', '?x')} }}",
    ),
    (
        "Who issued the certificates held by Uludağ Konfeksiyon?",
        "2hop",
        f"SELECT ?x WHERE {{ {HOLDS('{Uludağ Konfeksiyon}', '?c')} ?c tt:issuedBy ?x }}",
    ),
    # three hops
    (
        "What fibres are in the Everyday Crew Tee?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Everyday Crew Tee}} tt:madeFrom ?f . {FIBRE('?f', '?x')} }}",
    ),
    (
        "which city is the dye house that dyed the fabric of the Crepe Blouse in",
        "3hop",
        f"SELECT ?x WHERE {{ {{Crepe Blouse}} tt:madeFrom/tt:dyedAt ?d . {IN('?d', '?x')} ?x a tt:City }}",
    ),
    (
        "Who owns the spinning mills that supply the dye houses Meridian Apparels Ltd buys from?",
        "3hop",
        f"SELECT ?x WHERE {{ {SUPPLIER('{Meridian Apparels Ltd}', '?d')} {SUPPLIER('?d', '?m')} {OWNED('?m', '?x')} }}",
    ),
    (
        "What restricted chemicals were found at the dye house that supplies Gazipur Knit Composite?",
        "3hop",
        f"SELECT ?x WHERE {{ {SUPPLIER('{Gazipur Knit Composite}', '?d')} {AUDIT('?a', '?d')} ?a tt:chemicalDetected ?x }}",
    ),
    (
        "Which standards is the factory that makes the Kids Organic Tee 2-Pack certified to?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Kids Organic Tee 2-Pack}} tt:madeAt ?f . {HOLDS('?f', '?c')} ?c tt:standard ?x }}",
    ),
    (
        "In which country is the company that owns the factory making the Hemp Overshirt headquartered?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Hemp Overshirt}} tt:madeAt ?f . {OWNED('?f', '?o')} ?o tt:headquarteredIn ?x }}",
    ),
    # conjunction
    (
        "Which cut-and-sew factories in Bangladesh hold a GOTS certificate?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a tt:CutAndSewFactory . {IN('?x', '{Bangladesh}')} {HOLDS('?x', '?c')} ?c tt:standard {{GOTS}} }}",
    ),
    (
        "Which knitted fabrics contain recycled polyester?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x tt:construction 'knit'^^xsd:string . {FIBRE('?x', '{recycled polyester}')} }}",
    ),
    (
        "Which brands source from both Uludağ Konfeksiyon and Confecções Vale do Ave?",
        "conjunction",
        "SELECT ?x WHERE { ?x tt:sourcesFrom {Uludağ Konfeksiyon}, {Confecções Vale do Ave} }",
    ),
    (
        "Which dye houses had NPEs detected in an audit and also hold a bluesign certificate?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a tt:DyeHouse . {AUDIT('?a', '?x')} ?a tt:chemicalDetected {{NPEs}} . {HOLDS('?x', '?c')} ?c tt:standard {{bluesign}} }}",
    ),
    (
        "Which garments in the Vestra Active line are made at Uludağ Konfeksiyon?",
        "conjunction",
        "SELECT ?x WHERE { ?x tt:inProductLine {Vestra Active} ; tt:madeAt {Uludağ Konfeksiyon} }",
    ),
    (
        "Which spinning mills owned by Kaveri Group hold a GOTS certificate?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a tt:SpinningMill . {OWNED('?x', '{Kaveri Group}')} {HOLDS('?x', '?c')} ?c tt:standard {{GOTS}} }}",
    ),
    (
        "Which tier 2 suppliers does Kaveri Group own?",
        "conjunction",
        f"SELECT ?x WHERE {{ {OWNED('?x', '{Kaveri Group}')} ?x tt:tier ?t . FILTER(STR(?t) IN ('2', 'Tier 2')) }}",
    ),
    # synonym: the words people use rather than the labels
    (
        "Who manufactures Hart's Carpenter Work Pant?",
        "synonym",
        "SELECT ?x WHERE { {Carpenter Work Pant} tt:madeAt ?x }",
    ),
    (
        "What's the parent company of Pelham & Rowe?",
        "synonym",
        f"SELECT ?x WHERE {{ {OWNED('{Pelham & Rowe}', '?x')} }}",
    ),
    (
        "Which mills does Noyyal Process House buy its yarn from?",
        "synonym",
        f"SELECT ?x WHERE {{ {SUPPLIER('{Noyyal Process House}', '?x')} }}",
    ),
    (
        "How many people work at Gazipur Knit Composite?",
        "synonym",
        "SELECT ?x WHERE { {Gazipur Knit Composite} tt:workers ?x }",
    ),
    (
        "Which plant dyes the Oxford Shirting?",
        "synonym",
        "SELECT ?x WHERE { {Oxford Shirting} tt:dyedAt ?x }",
    ),
    (
        "what country is Kindred Cloth's head office in",
        "synonym",
        "SELECT ?x WHERE { {Kindred Cloth} tt:headquarteredIn ?x }",
    ),
    (
        "who is the certifier behind certificate AC-BS-2201",
        "synonym",
        "SELECT ?x WHERE { ?c tt:certificateNumber 'AC-BS-2201'^^xsd:string ; tt:issuedBy ?x }",
    ),
    # alias: a code, a trade name or another language's name
    ("Which fabrics contain TENCEL?", "alias", f"SELECT ?x WHERE {{ {FIBRE('?x', '{TENCEL}')} }}"),
    ("Where is MGC headquartered?", "alias", "SELECT ?x WHERE { {MGC} tt:headquarteredIn ?x }"),
    (
        "which suppliers had NPEO found in their audits",
        "alias",
        f"SELECT ?x WHERE {{ {AUDIT('?a', '?x')} ?a tt:chemicalDetected {{NPEO}} }}",
    ),
    (
        "Which suppliers are located in Chattogram?",
        "alias",
        "SELECT ?x WHERE { ?x tt:locatedIn {Chattogram} ; tt:supplierCode ?code }",
    ),
    ("Who makes the Laufjacke Wind?", "alias", "SELECT ?x WHERE { {Laufjacke Wind} tt:madeAt ?x }"),
    # typo
    (
        "Which dye house dyes the Denim 12oz Strech?",
        "typo",
        "SELECT ?x WHERE { {Denim 12oz Stretch} tt:dyedAt ?x }",
    ),
    (
        "where is Meridan Textile Group headquartered",
        "typo",
        "SELECT ?x WHERE { {Meridian Textile Group} tt:headquarteredIn ?x }",
    ),
    (
        "what product lines does Kindred Clth have",
        "typo",
        f"SELECT ?x WHERE {{ {LINE('{Kindred Cloth}', '?x')} }}",
    ),
    # literal
    (
        "When does certificate CN-GOTS-220367 expire?",
        "literal",
        "SELECT ?x WHERE { ?c tt:certificateNumber 'CN-GOTS-220367'^^xsd:string ; tt:expiryDate ?x }",
    ),
    (
        "What's the retail price of the Fjord Shell Jacket?",
        "literal",
        "SELECT ?x WHERE { {Fjord Shell Jacket} tt:retailPrice ?x }",
    ),
    (
        "How heavy is the Hemp Twill fabric?",
        "literal",
        "SELECT ?x WHERE { {Hemp Twill} tt:weightGsm ?x }",
    ),
    (
        "What is the CAS number of formaldehyde?",
        "literal",
        "SELECT ?x WHERE { {Formaldehyde} tt:casNumber ?x }",
    ),
    (
        "What percentage of the Fleece 280 Brushed is recycled polyester?",
        "literal",
        "SELECT ?x WHERE { {Fleece 280 Brushed} tt:hasComponent ?s . ?s tt:fibre {recycled polyester} ; tt:percent ?x }",
    ),
    (
        "What tier is Tinturaria Minho?",
        "literal",
        "SELECT ?x WHERE { {Tinturaria Minho} tt:tier ?x }",
    ),
    (
        "When was Bay Garments founded?",
        "literal",
        "SELECT ?x WHERE { {Bay Garments} (owl:sameAs|^owl:sameAs)? ?s . ?s tt:established ?x }",
    ),
    # unanswerable: the graph's things, an answer it does not hold
    ("Who is the CEO of Meridian Textile Group?", "unanswerable", None),
    (
        "Which wastewater treatment plant does Shaoxing Rainbow Dyeing Co. use?",
        "unanswerable",
        None,
    ),
    ("How many garments did Bay Garments ship in 2023?", "unanswerable", None),
    ("What is the carbon footprint of the Everyday Crew Tee?", "unanswerable", None),
    ("When does Tintoria Pratese's GOTS certificate expire?", "unanswerable", None),
    ("Who audited Lanificio Bisenzio?", "unanswerable", None),
    ("Who owns Hawassa Garment Works?", "unanswerable", None),
]

# the near relations the unanswerable questions ask: the data must hold none of them
UNANSWERED = [
    f"SELECT ?x WHERE {{ {HOLDS('{Tintoria Pratese}', '?c')} ?c tt:standard {{GOTS}} ; tt:expiryDate ?x }}",
    f"SELECT ?x WHERE {{ {AUDIT('?a', '{Lanificio Bisenzio}')} ?a tt:conductedBy ?x }}",
    f"SELECT ?x WHERE {{ {OWNED('{Hawassa Garment Works}', '?x')} }}",
]

CONVERSATIONS = [
    (
        "garments-probe61b-01",
        [
            (
                "Which factory makes the Drizzle Packable Jacket?",
                "start",
                "SELECT ?x WHERE { {Drizzle Packable Jacket} tt:madeAt ?x }",
            ),
            (
                "Who owns it?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {OWNED('{Katunayake Intimates}', '?x')} }}",
            ),
            (
                "And Meridian Apparels Ltd?",
                "and_x",
                f"SELECT ?x WHERE {{ {OWNED('{Meridian Apparels Ltd}', '?x')} }}",
            ),
        ],
    ),
    (
        "garments-probe61b-02",
        [
            (
                "Who owns Noyyal Yarns?",
                "start",
                f"SELECT ?x WHERE {{ {OWNED('{Noyyal Yarns}', '?x')} }}",
            ),
            (
                "When was it established?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Noyyal Yarns} tt:established ?x }",
            ),
            (
                "What about Lanificio Bisenzio?",
                "what_about",
                "SELECT ?x WHERE { {Lanificio Bisenzio} tt:established ?x }",
            ),
        ],
    ),
    (
        "garments-probe61b-03",
        [
            (
                "What fabric is the Weekend Polo made from?",
                "start",
                "SELECT ?x WHERE { {Weekend Polo} tt:madeFrom ?x }",
            ),
            (
                "Which dye house dyed it?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Performance Pique} tt:dyedAt ?x }",
            ),
            ("And the Hemp Twill?", "and_x", "SELECT ?x WHERE { {Hemp Twill} tt:dyedAt ?x }"),
        ],
    ),
]

NAME_PROPS = (RDFS.label, SKOS.altLabel)
CODE_PROPS = (TT.supplierCode, TT.styleCode, TT.certificateNumber)


def load() -> Graph:
    """``garments.omn`` as rdflib reads it (py-horned-owl's RDF/XML)."""
    import pyhornedowl

    text = (HERE / "garments.omn").read_text(encoding="utf-8")
    rdf = pyhornedowl.open_ontology_from_string(text, "omn").save_to_string("owl")
    g = Graph()
    g.parse(data=rdf, format="xml")
    return g


def local_names(x: URIRef) -> set[str]:
    """An IRI's local name, as written and split into its words at case changes."""
    local = re.split(r"[/#]", str(x))[-1]
    return {local, re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local)}


def names(g: Graph, x: object) -> set[str]:
    """A literal's lexical form; a node's names and codes and those of its ``owl:sameAs``
    partners; a node with no label by its IRI's local name."""
    if isinstance(x, Literal):
        return {str(x)}
    same = {x} | set(g.objects(x, OWL.sameAs)) | set(g.subjects(OWL.sameAs, x))
    found = {str(n) for s in same for p in NAME_PROPS for n in g.objects(s, p)}
    if not found and isinstance(x, URIRef):
        found = local_names(x)
    found |= {str(n) for s in same for p in CODE_PROPS for n in g.objects(s, p)}
    assert found, x
    return found


def answers_of_for(g: Graph):
    def find(m):
        return {s for p in NAME_PROPS for s, o in g.subject_objects(p) if str(o) == m[1]}

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find)):
            out |= names(g, row[0])
        return out

    return answers_of


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("219.00")
    g = load()
    answers_of = answers_of_for(g)
    for query in UNANSWERED:
        assert not answers_of(query), query
    if "--conversations" in sys.argv:
        print_conversations("garments", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "garments.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
