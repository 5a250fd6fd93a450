# ruff: noqa: E501  (one question a line)
"""Gold answers of ``variants.jsonl`` (and, with ``--conversations``, the variants lines of
``conversations_blind56.jsonl``), computed with rdflib SPARQL over ``variants.trig`` (the union
of its named graphs; never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("0.01533", "17q21.31"); a node with every name it carries:
``rdfs:label``, ``skos:prefLabel``, ``skos:altLabel``, ``foaf:name``, ``dcterms:title``,
``oboInOwl:hasExactSynonym`` / ``hasRelatedSynonym``, ``vkb:previousSymbol``,
``vkb:hgvsCoding`` and ``dcterms:identifier`` (a variant without a name is known by its
accession), in every language. A variant is written ``var:ACCESSION`` in a query; ``{Name}``
stands for the one node carrying that name. Count questions answer the number a ``COUNT``
finds. Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/variants_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import FOAF, RDFS, Dataset, Namespace
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
OIO = Namespace("http://www.geneontology.org/formats/oboInOwl#")
VKB = Namespace("https://kb.helixgen-lab.example/ns/vkb#")
PRE = """PREFIX vkb: <https://kb.helixgen-lab.example/ns/vkb#>
PREFIX var: <https://kb.helixgen-lab.example/variant/>
PREFIX lab: <https://kb.helixgen-lab.example/org/>
PREFIX pop: <https://kb.helixgen-lab.example/population/>
PREFIX sig: <https://kb.helixgen-lab.example/vocab/significance/>
PREFIX acmg: <https://kb.helixgen-lab.example/vocab/acmg/>
PREFIX rev: <https://kb.helixgen-lab.example/vocab/review-status/>
PREFIX obo: <http://purl.obolibrary.org/obo/>
PREFIX faldo: <http://biohackathon.org/resource/faldo#>
PREFIX hgnc: <http://identifiers.org/hgnc/>
PREFIX pubmed: <http://identifiers.org/pubmed/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
# a variant's gene, said from either side
GENE = "(obo:GENO_0000408|^vkb:hasVariant)"
# a gene's conditions, said from either side
CAUSES = "(obo:RO_0004013|^vkb:causalGene)"
# the criteria of a record, at default or modified strength
CRIT = "(vkb:criterionMet|vkb:criterionApplied/vkb:criterion)"
# the publications a record cites
CITES = "(dcterms:references|prov:wasDerivedFrom)"
# a variant's conditions: its records' or the 2016 submission's direct calls
CONDS = "(^vkb:variant/vkb:condition|obo:GENO_0000840|obo:GENO_0000843|obo:GENO_0000845)"
# HGNC ids
BRCA1, BRCA2, CFTR, MLH1, TP53 = "hgnc:1100", "hgnc:1101", "hgnc:1884", "hgnc:7127", "hgnc:11998"
MYH7, KCNQ1, FBN1, PAH, HBB, DMD, GBA1 = (
    "hgnc:7577",
    "hgnc:6294",
    "hgnc:3603",
    "hgnc:8582",
    "hgnc:4827",
    "hgnc:2928",
    "hgnc:4177",
)
LYNCH, HCM, CF, HBOC = (
    "obo:MONDO_0005835",
    "obo:MONDO_0005045",
    "obo:MONDO_0009061",
    "obo:MONDO_0003582",
)


def sig_of(v: str) -> str:
    """The query of a variant's clinical significance in every record on it."""
    return f"SELECT ?x WHERE {{ ?r vkb:variant {v} ; vkb:clinicalSignificance ?x }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # genes and conditions
    ("Which gene causes cystic fibrosis?", "inverse", f"SELECT ?x WHERE {{ ?x {CAUSES} {CF} }}"),
    ("Which conditions is KCNQ1 a cause of?", "1hop", f"SELECT ?x WHERE {{ {KCNQ1} {CAUSES} ?x }}"),
    (
        "Which gene causes Duchenne muscular dystrophy?",
        "1hop",
        "SELECT ?x WHERE { obo:MONDO_0010679 vkb:causalGene ?x }",
    ),
    ("What conditions are caused by HBB?", "inverse", f"SELECT ?x WHERE {{ {HBB} {CAUSES} ?x }}"),
    (
        "What is the mode of inheritance of Marfan syndrome?",
        "1hop",
        "SELECT ?x WHERE { obo:MONDO_0007947 vkb:modeOfInheritance ?x }",
    ),
    (
        "How many conditions are autosomal dominant?",
        "literal",
        "SELECT (COUNT(DISTINCT ?c) AS ?x) WHERE { ?c vkb:modeOfInheritance obo:HP_0000006 }",
    ),
    (
        "Where is the TP53 gene located?",
        "literal",
        f"SELECT ?x WHERE {{ {TP53} vkb:cytogeneticLocation ?x }}",
    ),
    ("Which genes are on chromosome 17?", "inverse", 'SELECT ?x WHERE { ?x vkb:chromosome "17" }'),
    (
        "which genes lie at 3p22.2",
        "inverse",
        'SELECT ?x WHERE { ?x vkb:cytogeneticLocation "3p22.2" }',
    ),
    (
        "What was GBA1 called before?",
        "literal",
        f"SELECT ?x WHERE {{ {GBA1} vkb:previousSymbol ?x }}",
    ),
    (
        "What is the OMIM number of phenylketonuria?",
        "literal",
        "SELECT ?x WHERE { obo:MONDO_0009861 <http://www.geneontology.org/formats/oboInOwl#hasDbXref> ?x }",
    ),
    (
        "What is the mode of inheritance of the condition caused by PAH?",
        "2hop",
        f"SELECT ?x WHERE {{ {PAH} {CAUSES}/vkb:modeOfInheritance ?x }}",
    ),
    (
        "Which conditions are caused by genes on chromosome 3?",
        "2hop",
        f'SELECT ?x WHERE {{ ?g vkb:chromosome "3" ; {CAUSES} ?x }}',
    ),
    (
        "Which autosomal recessive condition does KCNQ1 cause?",
        "conjunction",
        f"SELECT ?x WHERE {{ {KCNQ1} {CAUSES} ?x . ?x vkb:modeOfInheritance obo:HP_0000007 }}",
    ),
    (
        "Which gene on chromosome 17 causes Li-Fraumeni syndrome?",
        "conjunction",
        f'SELECT ?x WHERE {{ ?x vkb:chromosome "17" ; {CAUSES} obo:MONDO_0018875 }}',
    ),
    (
        "What is the MANE Select transcript of TP53?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x vkb:transcriptOf {TP53} ; vkb:maneSelect true }}",
    ),
    # synonyms, aliases, previous symbols
    (
        "Which gene is responsible for mucoviscidosis?",
        "synonym",
        f"SELECT ?x WHERE {{ ?x {CAUSES} {CF} }}",
    ),
    ("which genes are linked to HNPCC", "synonym", f"SELECT ?x WHERE {{ ?x {CAUSES} {LYNCH} }}"),
    (
        "What's the inheritance pattern of sickle cell disease?",
        "synonym",
        "SELECT ?x WHERE { obo:MONDO_0011382 vkb:modeOfInheritance ?x }",
    ),
    (
        "What is the chromosomal location of the dystrophin gene?",
        "synonym",
        f"SELECT ?x WHERE {{ {DMD} vkb:cytogeneticLocation ?x }}",
    ),
    (
        "What disorders does the beta-globin gene cause?",
        "alias",
        f"SELECT ?x WHERE {{ {HBB} {CAUSES} ?x }}",
    ),
    (
        "Which conditions are caused by FANCD1?",
        "alias",
        f"SELECT ?x WHERE {{ {BRCA2} {CAUSES} ?x }}",
    ),
    (
        "what is KVLQT1's cytogenetic band",
        "alias",
        f"SELECT ?x WHERE {{ {KCNQ1} vkb:cytogeneticLocation ?x }}",
    ),
    # variants and their genes
    (
        "Which gene is the 5382insC mutation in?",
        "alias",
        f"SELECT ?x WHERE {{ var:HGV000101 {GENE} ?x }}",
    ),
    ("What is the rsID of ΔF508?", "alias", "SELECT ?x WHERE { var:HGV000108 vkb:dbsnp ?x }"),
    (
        "what gene is rs80357906 in",
        "2hop",
        f'SELECT ?x WHERE {{ ?v vkb:dbsnp "rs80357906" ; {GENE} ?x }}',
    ),
    ("Which variants are in the CFTR gene?", "inverse", f"SELECT ?x WHERE {{ ?x {GENE} {CFTR} }}"),
    ("List the DMD variants.", "1hop", f"SELECT ?x WHERE {{ {DMD} vkb:hasVariant ?x }}"),
    (
        "How many variants of CFTR are there?",
        "literal",
        f"SELECT (COUNT(DISTINCT ?v) AS ?x) WHERE {{ ?v {GENE} {CFTR} }}",
    ),
    (
        "What is the molecular consequence of MYH7 c.1208G>A?",
        "1hop",
        "SELECT ?x WHERE { var:HGV000122 vkb:molecularConsequence ?x }",
    ),
    ("What type of variant is BRCA2 c.5946del?", "1hop", "SELECT ?x WHERE { var:HGV000105 a ?x }"),
    (
        "Which frameshift variants are in BRCA1?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {GENE} {BRCA1} ; vkb:molecularConsequence obo:SO_0001589 }}",
    ),
    (
        "Which missense variants of CFTR are in the knowledge base?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {GENE} {CFTR} ; vkb:molecularConsequence obo:SO_0001583 }}",
    ),
    (
        "Which nonsense variants are there?",
        "synonym",
        "SELECT ?x WHERE { ?x vkb:molecularConsequence obo:SO_0001587 }",
    ),
    (
        "Which variants hit a splice donor site?",
        "synonym",
        "SELECT ?x WHERE { ?x vkb:molecularConsequence obo:SO_0001575 }",
    ),
    (
        "What cytogenetic band is the gene with rs334 at?",
        "3hop",
        f'SELECT ?x WHERE {{ ?v vkb:dbsnp "rs334" ; {GENE}/vkb:cytogeneticLocation ?x }}',
    ),
    (
        "Which conditions are caused by the gene of the L444P variant?",
        "3hop",
        f"SELECT ?x WHERE {{ var:HGV000136 {GENE}/{CAUSES} ?x }}",
    ),
    (
        "What is the GRCh37 start position of HbS?",
        "3hop",
        'SELECT ?x WHERE { var:HGV000130 faldo:location/faldo:begin ?b . ?b faldo:position ?x ; faldo:reference/vkb:assembly/rdfs:label "GRCh37" }',
    ),
    (
        "What is the gnomAD grpmax allele frequency of FBN1 c.8176C>T?",
        "literal",
        "SELECT ?x WHERE { var:HGV000127 vkb:gnomadGrpmaxAF ?x }",
    ),
    (
        "What is the allele frequency of F508del in the Ashkenazi Jewish population?",
        "3hop",
        "SELECT ?x WHERE { var:HGV000108 vkb:alleleFrequency ?f . ?f vkb:population pop:asj ; vkb:frequency ?x }",
    ),
    # classifications
    ("What is the clinical significance of BRCA1 c.181T>G?", "2hop", sig_of("var:HGV000103")),
    ("What is the classification of TP53 P72R?", "alias", sig_of("var:HGV000117")),
    (
        "whats the clasification of rs80357914",
        "typo",
        'SELECT ?x WHERE { ?v vkb:dbsnp "rs80357914" . ?r vkb:variant ?v ; vkb:clinicalSignificance ?x }',
    ),
    (
        "Which disease is N370S pathogenic for?",
        "alias",
        f"SELECT ?x WHERE {{ var:HGV000135 {CONDS} ?x }}",
    ),
    (
        "What conditions has F508del been classified for?",
        "2hop",
        f"SELECT ?x WHERE {{ var:HGV000108 {CONDS} ?x }}",
    ),
    (
        "Which laboratory classified FBN1 c.3037G>A?",
        "2hop",
        "SELECT ?x WHERE { ?r vkb:variant var:HGV000126 ; prov:wasAttributedTo ?x }",
    ),
    (
        "What is the review status of the classification of R175H?",
        "2hop",
        "SELECT ?x WHERE { ?r vkb:variant var:HGV000118 ; vkb:reviewStatus ?x }",
    ),
    (
        "Which ACMG criteria were applied to BRCA1 c.5266dup?",
        "2hop",
        f"SELECT ?x WHERE {{ ?r vkb:variant var:HGV000101 ; {CRIT} ?x }}",
    ),
    (
        "Which paper is cited as evidence for G551D?",
        "2hop",
        f"SELECT ?x WHERE {{ ?r vkb:variant var:HGV000109 ; {CITES} ?x }}",
    ),
    (
        "which variants are VUS",
        "synonym",
        "SELECT ?x WHERE { { ?r vkb:clinicalSignificance sig:uncertain ; vkb:variant ?x } UNION { ?x obo:GENO_0000845 ?c } }",
    ),
    (
        "Which variants are pathogenic for Lynch syndrome?",
        "conjunction",
        f"SELECT ?x WHERE {{ {{ ?r vkb:condition {LYNCH} ; vkb:clinicalSignificance sig:pathogenic ; vkb:variant ?x }} UNION {{ ?x obo:GENO_0000840 {LYNCH} }} }}",
    ),
    (
        "Which MLH1 variants were classified benign?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?r vkb:clinicalSignificance sig:benign ; vkb:variant ?x . ?x {GENE} {MLH1} }}",
    ),
    (
        "How many probands carried R408W?",
        "3hop",
        "SELECT ?x WHERE { ?r vkb:variant var:HGV000128 ; vkb:caseObservation/vkb:probandCount ?x }",
    ),
    (
        "Which journal published the paper cited for the MYH7 R403Q classification?",
        "3hop",
        f"SELECT ?x WHERE {{ ?r vkb:variant var:HGV000122 ; {CITES}/vkb:journal ?x }}",
    ),
    (
        "Which country is the lab that classified DMD c.2302C>T in?",
        "3hop",
        "SELECT ?x WHERE { ?r vkb:variant var:HGV000133 ; prov:wasAttributedTo/vkb:country ?x }",
    ),
    # laboratories, publications, vocabularies
    (
        "Which city is the Nordic Cardiogenetics Centre in?",
        "literal",
        "SELECT ?x WHERE { lab:nordic vkb:city ?x }",
    ),
    (
        "Which lab is based in Montpellier?",
        "inverse",
        'SELECT ?x WHERE { ?x vkb:city "Montpellier" }',
    ),
    (
        "What does the ACMG criterion PM2 mean?",
        "literal",
        "SELECT ?x WHERE { acmg:PM2 skos:definition ?x }",
    ),
    # typos
    (
        "wich gene is the F508del varient in",
        "typo",
        f"SELECT ?x WHERE {{ var:HGV000108 {GENE} ?x }}",
    ),
    (
        "what is the inheritence of cystic fibrossis",
        "typo",
        f"SELECT ?x WHERE {{ {CF} vkb:modeOfInheritance ?x }}",
    ),
    (
        "what gene causes marfans syndrome",
        "typo",
        "SELECT ?x WHERE { ?x (obo:RO_0004013|^vkb:causalGene) obo:MONDO_0007947 }",
    ),
    ("wich lab is in dublin", "typo", 'SELECT ?x WHERE { ?x vkb:city "Dublin" }'),
    (
        "which gene causes hypertrofic cardiomiopathy",
        "typo",
        f"SELECT ?x WHERE {{ ?x {CAUSES} {HCM} }}",
    ),
    # unanswerable: the knowledge base holds none of these
    ("What is the CADD score of BRCA1 c.5266dup?", "unanswerable", None),
    ("Which drug is approved for cystic fibrosis?", "unanswerable", None),
    ("What is the penetrance of BRCA2 c.5946del?", "unanswerable", None),
    ("Which patients carry the HbS variant?", "unanswerable", None),
    ("What is the allele frequency of HbS in the Finnish population?", "unanswerable", None),
    ("Who is the director of the HelixGen Clinical Genomics Laboratory?", "unanswerable", None),
    ("When was the BRCA1 gene discovered?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "variants-b56-01",
        [
            (
                "Which gene is F508del in?",
                "start",
                f"SELECT ?x WHERE {{ var:HGV000108 {GENE} ?x }}",
            ),
            (
                "Which conditions does it cause?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {CFTR} {CAUSES} ?x }}",
            ),
            ("And HBB?", "and_x", f"SELECT ?x WHERE {{ {HBB} {CAUSES} ?x }}"),
        ],
    ),
    (
        "variants-b56-02",
        [
            (
                "What is the mode of inheritance of Marfan syndrome?",
                "start",
                "SELECT ?x WHERE { obo:MONDO_0007947 vkb:modeOfInheritance ?x }",
            ),
            (
                "What about phenylketonuria?",
                "what_about",
                "SELECT ?x WHERE { obo:MONDO_0009861 vkb:modeOfInheritance ?x }",
            ),
            (
                "Which gene causes it?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ ?x {CAUSES} obo:MONDO_0009861 }}",
            ),
        ],
    ),
    (
        "variants-b56-03",
        [
            (
                "Which lab classified MYH7 p.Arg403Gln?",
                "start",
                "SELECT ?x WHERE { ?r vkb:variant var:HGV000122 ; prov:wasAttributedTo ?x }",
            ),
            (
                "Which city is it in?",
                "pronoun_answer",
                "SELECT ?x WHERE { lab:nordic vkb:city ?x }",
            ),
            (
                "And the Metabolic Disease Reference Laboratory?",
                "and_x",
                "SELECT ?x WHERE { lab:dublin vkb:city ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    FOAF.name,
    DCTERMS.title,
    OIO.hasExactSynonym,
    OIO.hasRelatedSynonym,
    VKB.previousSymbol,
    VKB.hgvsCoding,
    DCTERMS.identifier,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("0.01533")
    g = Dataset(default_union=True)
    g.parse(HERE / "variants.trig", format="trig")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("variants", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "variants.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
