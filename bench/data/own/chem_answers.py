# ruff: noqa: E501  (one question a line)
"""Gold answers of ``chem.jsonl``, computed with rdflib SPARQL over ``chem/`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (``194.19``, ``C9H8O4``); an entity with every name it carries: a ChEBI class its
``rdfs:label``, ``oboInOwl:hasExactSynonym`` and ``hasRelatedSynonym``; a PubChem compound every
value of a synonym node that is an attribute of it (``sio:SIO_000011`` / ``SIO_000300``), and a
compound and the ChEBI class it is typed by share their names (one substance, two records); a
product or manufacturer its ``schema:name``. ``{Name}`` in a query stands for the one ChEBI class,
product or manufacturer that carries ``Name`` as its label, synonym or name. Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/chem_answers.py``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from _answers_common import named_iris, write_answers
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

HERE = Path(__file__).parent
DIR = HERE / "chem"
OIO = Namespace("http://www.geneontology.org/formats/oboInOwl#")
SIO = Namespace("http://semanticscience.org/resource/")
SDO = Namespace("https://schema.org/")
PRE = """PREFIX obo: <http://purl.obolibrary.org/obo/>
PREFIX chebi: <http://purl.obolibrary.org/obo/chebi/>
PREFIX chebirel: <http://purl.obolibrary.org/obo/chebi#>
PREFIX oio: <http://www.geneontology.org/formats/oboInOwl#>
PREFIX sio: <http://semanticscience.org/resource/>
PREFIX vocab: <http://rdf.ncbi.nlm.nih.gov/pubchem/vocabulary#>
PREFIX schema: <https://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
NAMES = [RDFS.label, OIO.hasExactSynonym, OIO.hasRelatedSynonym, SDO.name]


def role(prop: str, subj: str, obj: str) -> str:
    """``subj`` has a ``owl:someValuesFrom`` restriction on ``prop`` to ``obj``."""
    return f"{subj} rdfs:subClassOf [ owl:onProperty {prop} ; owl:someValuesFrom {obj} ] ."


def desc(compound_class: str, cheminf: str) -> str:
    """The value of the PubChem descriptor ``cheminf`` of the compound typed ``compound_class``."""
    return f"?c a {compound_class} ; sio:SIO_000008 ?d . ?d a obo:CHEMINF_{cheminf} ; sio:SIO_000300 ?x ."


QUESTIONS: list[tuple[str, str, str | None]] = [
    # literals: PubChem descriptors (the ChEBI mass too where the question asks a weight)
    (
        "What is the molecular weight of caffeine?",
        "literal",
        f"SELECT ?x WHERE {{ {{ {desc('{caffeine}', '000334')} }} UNION {{ {{caffeine}} chebi:mass ?x }} }}",
    ),
    (
        "what's the formula of acetylsalicylic acid",
        "literal",
        f"SELECT ?x WHERE {{ {desc('{acetylsalicylic acid}', '000335')} }}",
    ),
    (
        "How heavy is ibuprofen in g/mol?",
        "literal",
        f"SELECT ?x WHERE {{ {{ {desc('{ibuprofen}', '000334')} }} UNION {{ {{ibuprofen}} chebi:mass ?x }} }}",
    ),
    (
        "xlogp of resveratrol?",
        "literal",
        f"SELECT ?x WHERE {{ {desc('{resveratrol}', '000395')} }}",
    ),
    (
        "What is the IUPAC name of paracetamol?",
        "literal",
        f"SELECT ?x WHERE {{ {desc('{paracetamol}', '000382')} }}",
    ),
    (
        "Give me the CAS number for theobromine",
        "literal",
        "SELECT ?x WHERE { { ?c a {theobromine} . ?s sio:SIO_000011 ?c ; a obo:CHEMINF_000446 ; sio:SIO_000300 ?x } UNION { {theobromine} oio:hasDbXref ?x FILTER(STRSTARTS(?x, 'CAS:')) } }",
    ),
    (
        "What is the InChIKey of caffeine?",
        "literal",
        "SELECT ?x WHERE { { ?c a {caffeine} . ?s sio:SIO_000011 ?c ; a obo:CHEMINF_000399 ; sio:SIO_000300 ?x } UNION { {caffeine} chebi:inchikey ?x } }",
    ),
    (
        "molecular formula of vitamin C?",
        "alias",
        f"SELECT ?x WHERE {{ {desc('{L-ascorbic acid}', '000335')} }}",
    ),
    (
        "What's the exact mass of menthol?",
        "literal",
        f"SELECT ?x WHERE {{ {desc('{(-)-menthol}', '000338')} }}",
    ),
    (
        "What is the chemical formula for Tylenol?",
        "alias",
        f"SELECT ?x WHERE {{ {desc('{paracetamol}', '000335')} }}",
    ),
    (
        "molecular weight of Advil",
        "alias",
        f"SELECT ?x WHERE {{ {{ {desc('{ibuprofen}', '000334')} }} UNION {{ {{ibuprofen}} chebi:mass ?x }} }}",
    ),
    (
        "What is the molar mass of cafeine?",
        "typo",
        f"SELECT ?x WHERE {{ {{ {desc('{caffeine}', '000334')} }} UNION {{ {{caffeine}} chebi:mass ?x }} }}",
    ),
    ("formula of ibuprofin", "typo", f"SELECT ?x WHERE {{ {desc('{ibuprofen}', '000335')} }}"),
    (
        "What charge does benzoate carry?",
        "literal",
        "SELECT ?x WHERE { {benzoate} chebi:charge ?x }",
    ),
    (
        "How does ChEBI define a phytoalexin?",
        "literal",
        "SELECT ?x WHERE { {phytoalexin} obo:IAO_0000115 ?x }",
    ),
    (
        "what is NW-1180's iupac name",
        "literal",
        f"SELECT ?x WHERE {{ ?c a sio:SIO_010004 . ?s sio:SIO_000011 ?c ; sio:SIO_000300 'NW-1180'@en . {desc('sio:SIO_010004', '000382').replace('?c a sio:SIO_010004 ;', '?c')} }}",
    ),
    (
        "whats the xlogp3 value for Tessaly-77",
        "literal",
        f"SELECT ?x WHERE {{ ?s sio:SIO_000011 ?c ; sio:SIO_000300 'Tessaly-77'@en . {desc('sio:SIO_010004', '000395').replace('?c a sio:SIO_010004 ;', '?c')} }}",
    ),
    (
        "what's the logP of cholesterol",
        "synonym",
        f"SELECT ?x WHERE {{ {desc('{cholesterol}', '000395')} }}",
    ),
    (
        "What is the molecular weight of theophyline?",
        "typo",
        f"SELECT ?x WHERE {{ {{ {desc('{theophylline}', '000334')} }} UNION {{ {{theophylline}} chebi:mass ?x }} }}",
    ),
    # roles (has role restrictions)
    (
        "Which compounds have the role of antioxidant?",
        "inverse",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '?x', '{antioxidant}')} }}",
    ),
    (
        "What roles does caffeine have?",
        "1hop",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '{caffeine}', '?x')} }}",
    ),
    (
        "Which substances act as a bronchodilator?",
        "inverse",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '?x', '{bronchodilator agent}')} }}",
    ),
    (
        "list the NSAIDs",
        "synonym",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '?x', '{non-steroidal anti-inflammatory drug}')} }}",
    ),
    (
        "what is codeine's role",
        "1hop",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '{codeine}', '?x')} }}",
    ),
    (
        "Which chemicals are neurotransmitters?",
        "inverse",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '?x', '{neurotransmitter}')} }}",
    ),
    (
        "Is there a compound here that works as a cough suppressant?",
        "synonym",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '?x', '{antitussive}')} }}",
    ),
    (
        "which compounds are used as food acidity regulators",
        "inverse",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '?x', '{food acidity regulator}')} }}",
    ),
    # the class hierarchy
    (
        "What class of compounds does caffeine belong to?",
        "1hop",
        "SELECT ?x WHERE { {caffeine} rdfs:subClassOf ?x . ?x rdfs:label ?l }",
    ),
    (
        "Which compounds are dimethylxanthines?",
        "inverse",
        "SELECT ?x WHERE { ?x rdfs:subClassOf {dimethylxanthine} }",
    ),
    (
        "What is the parent class of salicylates?",
        "1hop",
        "SELECT ?x WHERE { {salicylates} rdfs:subClassOf ?x . ?x rdfs:label ?l }",
    ),
    (
        "Which compounds are flavonoids?",
        "inverse",
        "SELECT ?x WHERE { ?x rdfs:subClassOf {flavonoid} }",
    ),
    (
        "what kind of alkaloid is morphine",
        "1hop",
        "SELECT ?x WHERE { {morphine} rdfs:subClassOf ?x . ?x rdfs:label ?l }",
    ),
    # functional parent, has part, conjugate base
    (
        "What is the functional parent of codeine?",
        "1hop",
        f"SELECT ?x WHERE {{ {role('chebirel:has_functional_parent', '{codeine}', '?x')} }}",
    ),
    (
        "Aspirin is derived from which acid?",
        "synonym",
        f"SELECT ?x WHERE {{ {role('chebirel:has_functional_parent', '{acetylsalicylic acid}', '?x')} }}",
    ),
    (
        "What are the components of caffeine citrate?",
        "synonym",
        f"SELECT ?x WHERE {{ {role('obo:BFO_0000051', '{caffeine citrate}', '?x')} }}",
    ),
    (
        "What is benzoate the conjugate base of?",
        "1hop",
        f"SELECT ?x WHERE {{ {role('chebirel:is_conjugate_base_of', '{benzoate}', '?x')} }}",
    ),
    (
        "Which ion is the conjugate base of acetic acid?",
        "inverse",
        f"SELECT ?x WHERE {{ {role('chebirel:is_conjugate_base_of', '?x', '{acetic acid}')} }}",
    ),
    (
        "What has caffeine as a part?",
        "inverse",
        f"SELECT ?x WHERE {{ {role('obo:BFO_0000051', '?x', '{caffeine}')} }}",
    ),
    # products and manufacturers
    (
        "Who manufactures Dolinex 400?",
        "1hop",
        "SELECT ?x WHERE { {Dolinex 400} schema:manufacturer ?x }",
    ),
    (
        "What is the active ingredient of Glycora?",
        "inverse",
        "SELECT ?x WHERE { ?c vocab:is_active_ingredient_of {Glycora} . ?c a ?x . ?x rdfs:label ?l }",
    ),
    (
        "Which products contain paracetamol?",
        "1hop",
        "SELECT ?x WHERE { ?c a {paracetamol} ; vocab:is_active_ingredient_of ?x }",
    ),
    (
        "What products does Halvard Pharmaceuticals make?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:manufacturer {Halvard Pharmaceuticals} }",
    ),
    (
        "dosage form of xanthira sr",
        "literal",
        "SELECT ?x WHERE { {Xanthira SR} schema:dosageForm ?x }",
    ),
    (
        "Who makes the products that contain theophylline?",
        "2hop",
        "SELECT ?x WHERE { ?c a {theophylline} ; vocab:is_active_ingredient_of ?p . ?p schema:manufacturer ?x }",
    ),
    (
        "What is the molecular formula of the active ingredient in Cardiprin Low Dose?",
        "2hop",
        "SELECT ?x WHERE { ?c vocab:is_active_ingredient_of {Cardiprin Low Dose} ; sio:SIO_000008 ?d . ?d a obo:CHEMINF_000335 ; sio:SIO_000300 ?x }",
    ),
    (
        "What roles does the active ingredient of Glycora have?",
        "2hop",
        f"SELECT ?x WHERE {{ ?c vocab:is_active_ingredient_of {{Glycora}} ; a ?k . {role('obo:RO_0000087', '?k', '?x')} }}",
    ),
    (
        "What is the molecular weight of the functional parent of codeine?",
        "2hop",
        f"SELECT ?x WHERE {{ {role('chebirel:has_functional_parent', '{codeine}', '?k')} {desc('?k', '000334')} }}",
    ),
    # conjunctions
    (
        "Which compounds are both antioxidants and plant metabolites?",
        "conjunction",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '?x', '{antioxidant}')} {role('obo:RO_0000087', '?x', '{plant metabolite}')} }}",
    ),
    (
        "which NSAIDs are also antipyretics",
        "conjunction",
        f"SELECT ?x WHERE {{ {role('obo:RO_0000087', '?x', '{non-steroidal anti-inflammatory drug}')} {role('obo:RO_0000087', '?x', '{antipyretic}')} }}",
    ),
    # lookups by code
    (
        "Which compound has CAS registry number 58-08-2?",
        "inverse",
        "SELECT ?x WHERE { ?s sio:SIO_000011 ?x ; a obo:CHEMINF_000446 ; sio:SIO_000300 '58-08-2'@en }",
    ),
    (
        "Which compound has the InChIKey RZVAJINKPMORJF-UHFFFAOYSA-N?",
        "inverse",
        "SELECT ?x WHERE { ?s sio:SIO_000011 ?x ; a obo:CHEMINF_000399 ; sio:SIO_000300 'RZVAJINKPMORJF-UHFFFAOYSA-N'@en }",
    ),
    (
        "Which compound is known as vitamin E?",
        "alias",
        "SELECT ?x WHERE { ?x oio:hasRelatedSynonym 'vitamin E' }",
    ),
    # not in the graph (near relations included)
    ("What is the melting point of caffeine?", "unanswerable", None),
    ("What is the boiling point of ethanol?", "unanswerable", None),
    ("Who manufactures Advil?", "unanswerable", None),
    ("What is the InChIKey of quercetin?", "unanswerable", None),
    ("What is the XLogP of sodium benzoate?", "unanswerable", None),
    ("How much does a box of Dolinex 400 cost?", "unanswerable", None),
    ("What is the LD50 of nicotine?", "unanswerable", None),
]


def load() -> Graph:
    g = Graph()
    for f in sorted(DIR.iterdir()):
        if f.name.endswith(".ttl.gz"):
            with gzip.open(f, "rb") as h:
                g.parse(h, format="turtle")
        elif f.suffix == ".ttl":
            g.parse(f, format="turtle")
        elif f.suffix == ".owl":
            g.parse(f, format="xml")
    return g


def labels(g: Graph, x: object) -> list[str]:
    """Every name ``x`` carries (a literal: its lexical form)."""
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    same = {x} | set(g.objects(x, RDF.type)) | set(g.subjects(RDF.type, x))
    same = {
        s
        for s in same
        if s == x or str(s).startswith(("http://purl.obolibrary.org/obo/CHEBI_", "http://rdf.ncbi"))
    }
    names = {str(n) for s in same for p in NAMES for n in g.objects(s, p)}
    names |= {
        str(v)
        for s in same
        for a in g.subjects(SIO.SIO_000011, s)
        for v in g.objects(a, SIO.SIO_000300)
    }
    assert names, x
    return sorted(names)


def by_name(g: Graph, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one class, product or maker that carries ``Name``."""
    return named_iris(
        sparql,
        lambda m: {s for p in NAMES for s in g.subjects(p, Literal(m[1]))},
        r"\{([A-Za-z0-9(][^{}?]*)\}",
    )


def main() -> None:
    g = load()
    write_answers(
        HERE / "chem.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + by_name(g, sparql)) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
