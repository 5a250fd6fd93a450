# ruff: noqa: E501  (one SPARQL query a line)
"""Print uberon.jsonl: each question with its gold answers computed by SPARQL over uberon.owl.

Relations are read as the OBO release states them: ``C subClassOf [onProperty P; someValuesFrom D]``
(``R(C, P, D)`` below) or ``C equivalentClass [intersectionOf (G [onProperty P; someValuesFrom D])]``
(``E(C, P, D)``). Run from the repository root:
``python bench/data/own/uberon_answers.py > bench/data/own/uberon.jsonl``.
"""

import rdflib
import rdflib.collection
from _answers_common import print_answers

g = rdflib.Graph()
g.parse("bench/data/own/uberon.owl", format="xml")
OWL = rdflib.OWL
# Restrictions as direct edges (s P o), equivalentClass differentia as (s <urn:eq:P> o), so the
# queries below stay simple joins (rdflib's SPARQL engine is slow on nested blank-node paths).
for s, r in list(g.subject_objects(rdflib.RDFS.subClassOf)):
    if (r, OWL.onProperty, None) in g and isinstance(s, rdflib.URIRef):
        g.add((s, g.value(r, OWL.onProperty), g.value(r, OWL.someValuesFrom)))
for s, e in list(g.subject_objects(OWL.equivalentClass)):
    for m in rdflib.collection.Collection(g, g.value(e, OWL.intersectionOf)):
        if (m, OWL.onProperty, None) in g:
            g.add(
                (
                    s,
                    rdflib.URIRef("urn:eq:" + str(g.value(m, OWL.onProperty)).rsplit("/", 1)[1]),
                    g.value(m, OWL.someValuesFrom),
                )
            )
P = """PREFIX obo: <http://purl.obolibrary.org/obo/> PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX oio: <http://www.geneontology.org/formats/oboInOwl#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def R(s: str, p: str, o: str) -> str:
    """s --p--> o as a subClassOf restriction."""
    return f"{s} obo:{p} {o} ."


def E(s: str, p: str, o: str) -> str:
    """s --p--> o as the differentia of an equivalentClass intersection."""
    return f"{s} <urn:eq:{p}> {o} ."


def L(v: str, label: str) -> str:
    return f'{v} rdfs:label "{label}"^^xsd:string .'


PO, HP, DF, CT, CW, LI, SU, DR, BP, TR = ("BFO_0000050", "BFO_0000051", "RO_0002202", "RO_0002170", "RO_0002150", "RO_0001025", "RO_0002178", "RO_0002179", "RO_0002380", "RO_0002376")  # fmt: skip
INN, MO, MI, CAP, SUR = "RO_0002005", "RO_0002372", "RO_0002373", "RO_0002215", "RO_0002221"

Q = [
    # 1hop
    (
        "what is the liver part of",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'liver')} {R('?s', PO, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "which nerve innervates the diaphragm?",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'diaphragm')} {R('?s', INN, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "where is the brain located",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'brain')} {R('?s', LI, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what does the pericardium surround?",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'pericardium')} {R('?s', SUR, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "What does the heart develop from?",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'heart')} {R('?s', DF, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what does the kidney do",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'kidney')} {R('?s', CAP, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "What is the pancreas part of?",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'pancreas')} {R('?s', PO, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what is the femur part of",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'femur')} {R('?s', PO, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "which cells make up the islets of langerhans",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'islet of Langerhans')} {R('?s', HP, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what is the ureter connected to",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'ureter')} {R('?s', CT, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what replaced the obsolete term tonsil?",
        "1hop",
        'SELECT ?a WHERE { ?s rdfs:label "obsolete tonsil"^^xsd:string ; obo:IAO_0100001 ?o . ?o rdfs:label ?a }',
    ),
    (
        "what kind of bone is the patella",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'patella')} ?s rdfs:subClassOf ?o . ?o rdfs:label ?a }}",
    ),
    (
        "what does the thymus develop from",
        "1hop",
        f"SELECT ?a WHERE {{ {L('?s', 'thymus')} {R('?s', DF, '?o')} ?o rdfs:label ?a }}",
    ),
    # inverse
    (
        "what develops from the neural tube?",
        "1hop_inverse",
        f"SELECT ?a WHERE {{ {L('?o', 'neural tube')} {R('?s', DF, '?o')} ?s rdfs:label ?a }}",
    ),
    (
        "which structures are part of the small intestine",
        "1hop_inverse",
        f"SELECT ?a WHERE {{ {L('?o', 'small intestine')} {R('?s', PO, '?o')} ?s rdfs:label ?a }}",
    ),
    (
        "Which artery supplies the kidney?",
        "1hop_inverse",
        f"SELECT ?a WHERE {{ {L('?o', 'kidney')} {E('?s', SU, '?o')} ?s rdfs:label ?a }}",
    ),
    (
        "which organs does the vagus nerve innervate",
        "1hop_inverse",
        f"SELECT ?a WHERE {{ {L('?o', 'vagus nerve')} {R('?s', INN, '?o')} ?s rdfs:label ?a }}",
    ),
    (
        "what nerves branch off the brachial plexus",
        "1hop_inverse",
        f"SELECT ?a WHERE {{ {L('?o', 'brachial nerve plexus')} {R('?s', BP, '?o')} ?s rdfs:label ?a }}",
    ),
    (
        "what bones are in the middle ear",
        "1hop_inverse",
        f"SELECT ?a WHERE {{ {L('?o', 'middle ear')} {R('?s', PO, '?o')} ?s rdfs:subClassOf+ ?b . {L('?b', 'bone element')} ?s rdfs:label ?a }}",
    ),
    # 2hop
    (
        "the liver grows out of which part of the embryonic gut?",
        "2hop",
        f"SELECT ?a WHERE {{ {L('?s', 'liver')} {R('?s', DF, '?m')} {R('?m', DF, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "which vein does the vein draining the kidney empty into",
        "2hop",
        f"SELECT ?a WHERE {{ {L('?k', 'kidney')} {E('?v', DR, '?k')} {R('?v', TR, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "the artery that supplies the liver branches off which artery?",
        "2hop",
        f"SELECT ?a WHERE {{ {L('?l', 'liver')} {E('?v', SU, '?l')} {R('?v', BP, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what does the bud that the ureter comes from develop from",
        "2hop",
        f"SELECT ?a WHERE {{ {L('?s', 'ureter')} {R('?s', DF, '?m')} {R('?m', DF, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what cells are in the organ the hepatic artery supplies",
        "2hop",
        f"SELECT ?a WHERE {{ {L('?s', 'hepatic artery')} {E('?s', SU, '?m')} {R('?m', HP, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "which organ is the SA node in?",
        "2hop",
        f"SELECT ?a WHERE {{ {L('?s', 'sinoatrial node')} {R('?s', PO, '?m')} {R('?m', PO, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what germ layer does the lens of the eye come from",
        "2hop",
        f"SELECT ?a WHERE {{ {L('?s', 'lens of camera-type eye')} {R('?s', DF, '?m')} {R('?m', DF, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "which cranial nerve innervates the organ supplied by the left gastric artery",
        "2hop",
        f"SELECT ?a WHERE {{ {L('?s', 'left gastric artery')} {E('?s', SU, '?m')} {R('?m', INN, '?o')} ?o rdfs:label ?a }}",
    ),
    # 3hop
    (
        "which germ layer does the liver ultimately come from",
        "3hop",
        f"SELECT ?a WHERE {{ {L('?s', 'liver')} {R('?s', DF, '?m')} {R('?m', DF, '?n')} {R('?n', DF, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what germ layer is the brain derived from",
        "3hop",
        f"SELECT ?a WHERE {{ {L('?s', 'brain')} {R('?s', DF, '?m')} {R('?m', DF, '?n')} {R('?n', DF, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what part of the mesoderm does the kidney ultimately develop from",
        "3hop",
        f"SELECT ?a WHERE {{ {L('?s', 'kidney')} {R('?s', DF, '?m')} {R('?m', DF, '?n')} {R('?n', DF, '?o')} ?o rdfs:label ?a FILTER EXISTS {{ {R('?o', PO, '?w')} {L('?w', 'mesoderm')} }} }}",
    ),
    # conjunction
    (
        "which muscle originates on the scapula and inserts on the humerus",
        "conjunction",
        f"SELECT ?a WHERE {{ {L('?x', 'scapula')} {L('?y', 'humerus')} {R('?s', MO, '?x')} {R('?s', MI, '?y')} ?s rdfs:label ?a }}",
    ),
    (
        "which branch of the sciatic nerve innervates the gastrocnemius",
        "conjunction",
        f"SELECT ?a WHERE {{ {L('?x', 'sciatic nerve')} {L('?y', 'gastrocnemius')} {R('?s', BP, '?x')} {R('?y', INN, '?s')} ?s rdfs:label ?a }}",
    ),
    (
        "which artery branches off the abdominal aorta and supplies the kidney?",
        "conjunction",
        f"SELECT ?a WHERE {{ {L('?x', 'abdominal aorta')} {L('?y', 'kidney')} {R('?s', BP, '?x')} {E('?s', SU, '?y')} ?s rdfs:label ?a }}",
    ),
    (
        "what develops from both the ureteric bud and the metanephric mesenchyme",
        "conjunction",
        f"SELECT ?a WHERE {{ {L('?x', 'ureteric bud')} {L('?y', 'metanephric mesenchyme')} {R('?s', DF, '?x')} {R('?s', DF, '?y')} ?s rdfs:label ?a }}",
    ),
    # synonym (the relation said with another word)
    (
        "what arises from the neural crest",
        "synonym",
        f"SELECT ?a WHERE {{ {L('?o', 'neural crest')} {R('?s', DF, '?o')} ?s rdfs:label ?a }}",
    ),
    (
        "what feeds blood to the spleen",
        "synonym",
        f"SELECT ?a WHERE {{ {L('?o', 'spleen')} {E('?s', SU, '?o')} ?s rdfs:label ?a }}",
    ),
    (
        "what empties into the inferior vena cava",
        "synonym",
        f'SELECT ?a WHERE {{ ?o oio:hasExactSynonym "inferior vena cava"^^xsd:string . {R("?s", TR, "?o")} ?s rdfs:label ?a }}',
    ),
    (
        "which nerve supplies the quadriceps",
        "synonym",
        f"SELECT ?a WHERE {{ {L('?s', 'quadriceps femoris')} {R('?s', INN, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what is the appendix attached to?",
        "synonym",
        f"SELECT ?a WHERE {{ {L('?s', 'vermiform appendix')} {R('?s', PO, '?o')} ?o rdfs:label ?a }}",
    ),
    # alias (the entity by another of its names)
    (
        "what is the windpipe continuous with",
        "alias",
        f"SELECT ?a WHERE {{ {L('?s', 'trachea')} {R('?s', CW, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what is the kneecap part of",
        "alias",
        f"SELECT ?a WHERE {{ {L('?s', 'patella')} {R('?s', PO, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "which nerve supplies the voice box",
        "alias",
        f"SELECT ?a WHERE {{ {L('?s', 'larynx')} {R('?s', INN, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what does the inferior vena cava connect to",
        "alias",
        f'SELECT ?a WHERE {{ ?s oio:hasExactSynonym "inferior vena cava"^^xsd:string . {R("?s", CT, "?o")} ?o rdfs:label ?a }}',
    ),
    # typo
    (
        "what does the pancreaus develop from",
        "typo",
        f"SELECT ?a WHERE {{ {L('?s', 'pancreas')} {R('?s', DF, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "which nerve innervates the diaphram",
        "typo",
        f"SELECT ?a WHERE {{ {L('?s', 'diaphragm')} {R('?s', INN, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what is the spinal chord part of",
        "typo",
        f"SELECT ?a WHERE {{ {L('?s', 'spinal cord')} {R('?s', PO, '?o')} ?o rdfs:label ?a }}",
    ),
    (
        "what is part of the hipocampal formation",
        "typo",
        f"SELECT ?a WHERE {{ {L('?o', 'hippocampal formation')} {R('?s', PO, '?o')} ?s rdfs:label ?a }}",
    ),
    # literal
    (
        "what is the uberon id of the spleen",
        "literal",
        f"SELECT ?a WHERE {{ {L('?s', 'spleen')} ?s oio:id ?a }}",
    ),
    (
        "FMA id for kidney",
        "literal",
        f"SELECT ?a WHERE {{ {L('?s', 'kidney')} ?s oio:hasDbXref ?a FILTER(STRSTARTS(?a, 'FMA:')) }}",
    ),
    (
        "which structure has the MeSH id D008099?",
        "literal",
        'SELECT ?a WHERE { ?s oio:hasDbXref "MESH:D008099"^^xsd:string ; rdfs:label ?a }',
    ),
    (
        "define vermiform appendix",
        "literal",
        f"SELECT ?a WHERE {{ {L('?s', 'vermiform appendix')} ?s obo:IAO_0000115 ?a }}",
    ),
    (
        "what is another name for the gallbladder",
        "literal",
        f"SELECT ?a WHERE {{ {L('?s', 'gall bladder')} ?s oio:hasExactSynonym|oio:hasRelatedSynonym|rdfs:label ?a }}",
    ),
    (
        "what's the latin name of the thyroid gland",
        "literal",
        f"SELECT ?a WHERE {{ {L('?s', 'thyroid gland')} ?s oio:hasRelatedSynonym ?a . [] owl:annotatedSource ?s; owl:annotatedTarget ?a; oio:hasSynonymType <http://purl.obolibrary.org/obo/uberon/core#LATIN> }}",
    ),
    # unanswerable: no weight, discoverer, disease or count property exists in the file
    ("how much does the liver weigh", "unanswerable", None),
    ("who discovered the islets of langerhans?", "unanswerable", None),
    ("what diseases affect the pancreas", "unanswerable", None),
    ("how many bones are in the adult human body", "unanswerable", None),
]

print_answers(Q, lambda query: {str(r[0]) for r in g.query(P + query)})
