# ruff: noqa: E501  (one question a line)
"""Gold answers of ``nanopubs.jsonl``, computed with rdflib SPARQL over ``nanopubs.trig`` (never
with kgchat), the dataset read as the union of its named graphs except where a query names a graph.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (an ``xsd:dateTime`` also with its date); an IRI with every name the collection gives
it anywhere (``rdfs:label``, ``skos:altLabel``, ``foaf:name``, nanodash's ``nt:hasLabelFromApi``),
with itself and with its last segment (an ORCID, a CUI, a PubMed id, an ECO code, a trusty code).
In a query ``ASSOC(g, d)`` stands for every way the collection says gene ``g`` is associated with disease ``d`` (a BioLink
statement, a BioLink association node, a DisGeNET SIO association node) and ``DIS(x)`` for
a disease's MONDO and UMLS IRIs (the same disease under both vocabularies). Unanswerable questions
carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/nanopubs_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, SKOS, XSD

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
NT = Namespace("https://w3id.org/np/o/ntemplate/")
PRE = """PREFIX np: <http://www.nanopub.org/nschema#>
PREFIX npx: <http://purl.org/nanopub/x/>
PREFIX pav: <http://purl.org/pav/>
PREFIX sio: <http://semanticscience.org/resource/>
PREFIX biolink: <https://w3id.org/biolink/vocab/>
PREFIX obo: <http://purl.obolibrary.org/obo/>
PREFIX ncbigene: <http://identifiers.org/ncbigene/>
PREFIX b2r: <http://bio2rdf.org/ncbigene:>
PREFIX umls: <http://linkedlifedata.com/resource/umls/id/>
PREFIX pubmed: <http://identifiers.org/pubmed/>
PREFIX orcid: <https://orcid.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
ASSOC = (
    "{{ {g} biolink:gene_associated_with_condition|biolink:contributes_to {d} }} UNION "
    "{{ ?assoc_ biolink:subject {g} ; biolink:object {d} }} UNION "
    "{{ ?gda_ a sio:SIO_001121 ; sio:SIO_000628 {g}, {d} . {g} a sio:SIO_010035 . {d} a sio:SIO_010299 }}"
)
DIS = {
    "breast": ("0007254", "C0006142"),
    "colorectal": ("0005575", "C0009402"),
    "alzheimer": ("0004975", "C0002395"),
    "parkinson": ("0005180", "C0030567"),
    "cf": ("0009061", "C0010674"),
    "sickle": ("0011382", "C0002895"),
    "t2d": ("0005148", "C0011860"),
    "hypertension": ("0005044", "C0020538"),
    "fh": ("0005439", "C0020445"),
    "lfs": ("0018875", "C0085390"),
    "lynch": ("0005835", "C0009405"),
    "nsclc": ("0005233", "C0007131"),
    "ra": ("0008383", "C0003873"),
    "cad": ("0005010", "C0010054"),
}
# who made a nanopub: dct:creator (nanodash) or pav:authoredBy (DisGeNET)
MADE = "dct:creator|pav:authoredBy"


def dis(var: str, key: str) -> str:
    mondo, cui = DIS[key]
    return f"VALUES {var} {{ obo:MONDO_{mondo} umls:{cui} }}"


def genes_of(key: str) -> str:
    return f"SELECT ?x WHERE {{ {dis('?d', key)} {ASSOC.format(g='?x', d='?d')} }}"


def diseases_of(gene: str) -> str:
    return f"SELECT ?x WHERE {{ BIND({gene} AS ?g) {ASSOC.format(g='?g', d='?x')} }}"


def np_of(gene: str, key: str) -> str:
    """The nanopubs whose assertion graph says ``gene`` is associated with disease ``key``."""
    inner = ASSOC.format(g=gene, d="?d")
    return f"{dis('?d', key)} ?np np:hasAssertion ?a . GRAPH ?a {{ {inner} }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop: genes of a disease, diseases of a gene
    ("Which genes are associated with Lynch syndrome?", "1hop", genes_of("lynch")),
    ("what genes are linked to cystic fibrosis", "1hop", genes_of("cf")),
    ("Genes associated with rheumatoid arthritis?", "1hop", genes_of("ra")),
    ("Which genes are associated with hypertension?", "1hop", genes_of("hypertension")),
    ("list the genes associated with non-small cell lung carcinoma", "1hop", genes_of("nsclc")),
    ("What diseases is PCSK9 associated with?", "1hop", diseases_of("ncbigene:255738")),
    ("Which diseases has KRAS been associated with?", "1hop", diseases_of("ncbigene:3845")),
    ("which conditions is LRRK2 linked to", "1hop", diseases_of("ncbigene:120892")),
    (
        "Which genes contribute to type 2 diabetes?",
        "1hop",
        "SELECT ?x WHERE { ?x biolink:contributes_to obo:MONDO_0005148 }",
    ),
    (
        "What is luminal A breast cancer a subclass of?",
        "1hop",
        "SELECT ?x WHERE { ?t rdfs:label 'luminal A breast cancer'@en ; rdfs:subClassOf ?x }",
    ),
    (
        "Which UMLS concept is an exact match of Parkinson disease?",
        "1hop",
        "SELECT ?x WHERE { obo:MONDO_0005180 skos:exactMatch ?x }",
    ),
    # provenance: who, what evidence, which publication
    (
        "Who asserted that CFTR is associated with cystic fibrosis?",
        "2hop",
        f"SELECT ?x WHERE {{ {np_of('ncbigene:1080', 'cf')} ?np {MADE} ?x }}",
    ),
    (
        "who published the claim that SNCA contributes to Parkinson disease",
        "2hop",
        "SELECT ?x WHERE { ?np np:hasAssertion ?a ; dct:creator ?x . GRAPH ?a { ncbigene:6622 biolink:contributes_to obo:MONDO_0005180 } }",
    ),
    (
        "Which publication supports the association between APP and Alzheimer disease?",
        "2hop",
        f"SELECT ?x WHERE {{ {np_of('ncbigene:351', 'alzheimer')} {{ ?a prov:wasDerivedFrom|sio:SIO_000772 ?x }} UNION {{ GRAPH ?a {{ ?n biolink:publications ?x }} }} FILTER(STRSTARTS(STR(?x), 'http://identifiers.org/pubmed/')) }}",
    ),
    (
        "What evidence code supports the association between the TNF gene and rheumatoid arthritis?",
        "2hop",
        f"SELECT ?x WHERE {{ {np_of('ncbigene:7124', 'ra')} {{ ?a prov:wasGeneratedBy ?x }} UNION {{ GRAPH ?a {{ ?n biolink:has_evidence ?x }} }} }}",
    ),
    (
        "Who created the DisGeNET nanopublications?",
        "1hop",
        "SELECT ?x WHERE { ?np pav:version 'v7.0.0.0' ; pav:createdBy ?x }",
    ),
    (
        "Who is the author of the DisGeNET association of LDLR with familial hypercholesterolemia?",
        "2hop",
        f"SELECT ?x WHERE {{ {np_of('ncbigene:3949', 'fh')} ?np pav:authoredBy ?x }}",
    ),
    (
        "Which claims did Yuki Hanazawa publish?",
        "inverse",
        "SELECT ?x WHERE { ?p foaf:name 'Yuki Hanazawa' . ?x dct:creator ?p ; np:hasAssertion ?a . FILTER NOT EXISTS { ?x npx:describes|npx:introduces ?t } }",
    ),
    (
        "Which nanopublications did Tobias Feldkamp create?",
        "inverse",
        "SELECT ?x WHERE { ?p foaf:name 'Tobias Feldkamp' . ?x dct:creator ?p }",
    ),
    (
        "Who introduced the term luminal A breast cancer?",
        "2hop",
        "SELECT ?x WHERE { ?t rdfs:label 'luminal A breast cancer'@en . ?np npx:introduces ?t ; dct:creator ?x }",
    ),
    (
        "Which nanopub describes the gene EGFR?",
        "inverse",
        "SELECT ?x WHERE { ?x npx:describes ncbigene:1956 }",
    ),
    # versions and retractions
    (
        "Which nanopublication supersedes the first version of the PSEN1 Alzheimer disease nanopub?",
        "inverse",
        "SELECT ?x WHERE { ?x npx:supersedes <https://w3id.org/np/RA8gf867dZY_3KORM5Az0VOt2aZQL2u5q9NW4iOk7Ns2c> }",
    ),
    (
        "What does nanopub RAxkrSKa0_-LwN6OniZmeGOF-58uXBkLaYRsSRGZzFnNA supersede?",
        "1hop",
        "SELECT ?x WHERE { <https://w3id.org/np/RAxkrSKa0_-LwN6OniZmeGOF-58uXBkLaYRsSRGZzFnNA> npx:supersedes ?x }",
    ),
    ("which nanopubs have been superseded", "1hop", "SELECT ?x WHERE { ?n npx:supersedes ?x }"),
    ("Which nanopublications were retracted?", "1hop", "SELECT ?x WHERE { ?p npx:retracts ?x }"),
    (
        "Who retracted the claim that AGT contributes to hypertension?",
        "2hop",
        "SELECT ?x WHERE { ?x npx:retracts ?np . ?np np:hasAssertion ?a . GRAPH ?a { ncbigene:183 biolink:contributes_to obo:MONDO_0005044 } }",
    ),
    (
        "Which nanopubs did Tobias Feldkamp retract?",
        "1hop",
        "SELECT ?x WHERE { ?p foaf:name 'Tobias Feldkamp' ; npx:retracts ?x }",
    ),
    (
        "What new source does the updated MYC colorectal cancer nanopub cite?",
        "2hop",
        "SELECT ?x WHERE { ?new npx:supersedes ?old ; np:hasAssertion ?a ; np:hasProvenance ?p . GRAPH ?a { ncbigene:4609 biolink:contributes_to obo:MONDO_0005575 } GRAPH ?p { ?a prov:wasDerivedFrom ?x } }",
    ),
    # literals
    (
        "When was the nanopub stating that HBB is associated with sickle cell anemia published?",
        "literal",
        f"SELECT ?x WHERE {{ {np_of('ncbigene:3043', 'sickle')} ?np dct:created ?x }}",
    ),
    (
        "What is the DisGeNET score of the association between APOE and Alzheimer's Disease?",
        "literal",
        "SELECT ?x WHERE { ?gda a sio:SIO_001121 ; sio:SIO_000628 ncbigene:348, umls:C0002395 ; sio:SIO_000216 ?s . ?s sio:SIO_000300 ?x }",
    ),
    (
        "gda score for MTHFR and coronary arteriosclerosis",
        "literal",
        "SELECT ?x WHERE { ?gda a sio:SIO_001121 ; sio:SIO_000628 b2r:4524, umls:C0010054 ; sio:SIO_000216 ?s . ?s sio:SIO_000300 ?x }",
    ),
    (
        "What is the description of the gene BRCA1?",
        "literal",
        "SELECT ?x WHERE { ncbigene:672 dct:description ?x }",
    ),
    (
        "Which DisGeNET version do the DisGeNET nanopubs come from?",
        "literal",
        "SELECT DISTINCT ?x WHERE { ?np pav:version ?x }",
    ),
    (
        "What is Tobias Feldkamp's ORCID?",
        "literal",
        "SELECT (STR(?p) AS ?x) WHERE { ?p foaf:name 'Tobias Feldkamp' }",
    ),
    (
        "When was the retraction of the IL6 rheumatoid arthritis claim published?",
        "literal",
        "SELECT ?x WHERE { ?r np:hasAssertion ?ra ; dct:created ?x . GRAPH ?ra { ?p npx:retracts ?np } ?np np:hasAssertion ?a . GRAPH ?a { ncbigene:3569 biolink:contributes_to obo:MONDO_0008383 } }",
    ),
    (
        "when was luminal A breast cancer introduced",
        "literal",
        "SELECT ?x WHERE { ?t rdfs:label 'luminal A breast cancer'@en . ?np npx:introduces ?t ; dct:created ?x }",
    ),
    (
        "how is the association between INS and type 2 diabetes described in DisGeNET",
        "literal",
        f"SELECT ?x WHERE {{ {np_of('ncbigene:3630', 't2d')} ?a dct:description ?x }}",
    ),
    # synonyms and aliases
    ("which disorders is p53 associated with", "alias", diseases_of("ncbigene:7157")),
    ("What diseases is ERBB1 linked to?", "alias", diseases_of("ncbigene:1956")),
    ("genes implicated in familial hypercholesterolaemia", "synonym", genes_of("fh")),
    ("genes tied to sickle-cell disease", "synonym", genes_of("sickle")),
    (
        "What conditions is apolipoprotein E associated with?",
        "synonym",
        diseases_of("ncbigene:348"),
    ),
    ("which genes are involved in Alzheimer's", "synonym", genes_of("alzheimer")),
    (
        "who's the person behind ORCID 0000-0002-7781-9025",
        "alias",
        "SELECT ?x WHERE { orcid:0000-0002-7781-9025 foaf:name ?x }",
    ),
    # conjunction and longer walks
    (
        "Which genes are associated with both breast cancer and colorectal cancer?",
        "conjunction",
        f"SELECT ?x WHERE {{ {dis('?d', 'breast')} {dis('?e', 'colorectal')} {ASSOC.format(g='?x', d='?d')} {ASSOC.format(g='?x', d='?e')} }}",
    ),
    (
        "genes associated with coronary artery disease and with type 2 diabetes",
        "conjunction",
        f"SELECT ?x WHERE {{ {dis('?d', 'cad')} {dis('?e', 't2d')} {ASSOC.format(g='?x', d='?d')} {ASSOC.format(g='?x', d='?e')} }}",
    ),
    (
        "Which genes did Maren Ødegaard associate with breast cancer?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?p foaf:name 'Maren Ødegaard' . ?np dct:creator ?p ; np:hasAssertion ?a . {dis('?d', 'breast')} GRAPH ?a {{ {ASSOC.format(g='?x', d='?d')} }} }}",
    ),
    (
        "Who made claims about genes associated with Alzheimer disease?",
        "2hop",
        f"SELECT ?x WHERE {{ {dis('?d', 'alzheimer')} ?np np:hasAssertion ?a ; {MADE} ?x . GRAPH ?a {{ {ASSOC.format(g='?g', d='?d')} }} }}",
    ),
    (
        "Which diseases is the gene described as tumor protein p53 associated with?",
        "2hop",
        f"SELECT ?x WHERE {{ ?g dct:description 'tumor protein p53'@en . {ASSOC.format(g='?g', d='?x')} }}",
    ),
    (
        "Which publications back the claims of Kwame Asante-Boateng?",
        "3hop",
        "SELECT ?x WHERE { ?p foaf:name 'Kwame Asante-Boateng' . ?np dct:creator ?p ; np:hasAssertion ?a ; np:hasProvenance ?pv . GRAPH ?pv { ?a prov:wasDerivedFrom ?x } FILTER(STRSTARTS(STR(?x), 'https://doi.org/') || STRSTARTS(STR(?x), 'http://identifiers.org/pubmed/')) }",
    ),
    (
        "Which diseases are the genes described by Inés Calvo Rubio associated with?",
        "3hop",
        f"SELECT ?x WHERE {{ ?p foaf:name 'Inés Calvo Rubio' . ?np dct:creator ?p ; npx:describes ?g . {ASSOC.format(g='?g', d='?x')} }}",
    ),
    (
        "Who created the nanopub that the BRCA1 breast cancer nanopub supersedes?",
        "2hop",
        "SELECT ?x WHERE { <https://w3id.org/np/RAxkrSKa0_-LwN6OniZmeGOF-58uXBkLaYRsSRGZzFnNA> npx:supersedes ?old . ?old dct:creator ?x }",
    ),
    # typos and loose wording
    ("which genes are asociated with alzheimers", "typo", genes_of("alzheimer")),
    ("genes associated with parkinsons disease", "typo", genes_of("parkinson")),
    (
        "who retracted the AGT hypertenion claim",
        "typo",
        "SELECT ?x WHERE { ?x npx:retracts ?np . ?np np:hasAssertion ?a . GRAPH ?a { ncbigene:183 biolink:contributes_to obo:MONDO_0005044 } }",
    ),
    (
        "what did Tobias Feldcamp publish",
        "typo",
        "SELECT ?x WHERE { ?p foaf:name 'Tobias Feldkamp' . ?x dct:creator ?p }",
    ),
    ("diseases asociated with PCSK-9", "typo", diseases_of("ncbigene:255738")),
    ("what genes r linked to lynch syndrom", "typo", genes_of("lynch")),
    # unanswerable: a near relation exists, this one does not
    (
        "What is the p-value of the association between TCF7L2 and type 2 diabetes?",
        "unanswerable",
        None,
    ),
    ("Who retracted the claim that BRCA2 is associated with breast cancer?", "unanswerable", None),
    ("Which nanopub supersedes the CFTR cystic fibrosis nanopub?", "unanswerable", None),
    ("Which institution is Maren Ødegaard affiliated with?", "unanswerable", None),
    ("Which drugs target PCSK9?", "unanswerable", None),
    ("What is Yuki Hanazawa's email address?", "unanswerable", None),
    ("On which chromosome is the MTHFR gene?", "unanswerable", None),
]


def names(g: Dataset, x: object) -> set[str]:
    """Every name ``x`` carries (a literal: its lexical form, a dateTime also its date)."""
    if isinstance(x, Literal):
        out = {str(x)}
        if x.datatype == XSD.dateTime:
            out.add(str(x)[:10])
        if str(x).startswith("http"):  # an IRI read as a string: also its last segment
            out.add(re.split(r"[/#:]", str(x).rstrip("/"))[-1])
        return out
    assert isinstance(x, URIRef), x
    props = (RDFS.label, SKOS.altLabel, FOAF.name, NT.hasLabelFromApi)
    out = {str(o) for p in props for o in g.objects(x, p)}
    return out | {str(x), re.split(r"[/#:]", str(x).rstrip("/"))[-1]}


def main() -> None:
    g = Dataset(default_union=True)
    g.parse(HERE / "nanopubs.trig", format="trig")

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + query):
            out |= names(g, row[0])
        return out

    write_answers(HERE / "nanopubs.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
