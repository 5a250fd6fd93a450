# ruff: noqa: E501  (one question a line)
"""Gold answers of ``pathways.jsonl``, computed with rdflib SPARQL over ``pathways.owl`` (BioPAX
Level 3 as Reactome exports it; never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("P04406", "2.0"); an entity with every name it carries: ``bp:displayName``,
``bp:standardName`` and each ``bp:name`` (a location: its ``bp:term``). In a query ``{Name}``
stands for the one resource whose ``bp:displayName`` (or a location's ``bp:term``) is Name, and
``{Name@term}`` for the one so named in the compartment ``term``. Unanswerable questions carry no
query and ``answers: []``. Run from the repository root: ``python bench/data/own/pathways_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDF, Graph, Literal, Namespace

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, names_under, write_answers

HERE = Path(__file__).parent
BP = Namespace("http://www.biopax.org/release/biopax-level3.owl#")
PRE = "PREFIX bp: <http://www.biopax.org/release/biopax-level3.owl#>\n"
CAT = "?c a bp:Catalysis ; bp:controller ?x ; bp:controlled {R} ."
NEXT = (
    "?s bp:stepProcess {R} ; bp:nextStep ?n . ?n bp:stepProcess ?x . ?x a bp:BiochemicalReaction ."
)
UNIPROT = '?x0 bp:entityReference ?ref . ?ref bp:xref ?u . ?u a bp:UnificationXref ; bp:db ?db ; bp:id ?x . FILTER(str(?db) = "UniProt")'

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "What catalyses the reaction 'Triose phosphate isomerization'?",
        "1hop",
        CAT.replace("{R}", "{Triose phosphate isomerization}").join(["SELECT ?x WHERE { ", " }"]),
    ),
    (
        "which enzymes catalyze Hexokinases phosphorylate glucose to form glucose 6-phosphate",
        "1hop",
        CAT.replace("{R}", "{Hexokinases phosphorylate glucose to form glucose 6-phosphate}").join(
            ["SELECT ?x WHERE { ", " }"]
        ),
    ),
    (
        "What are the products of Citrate is isomerized to isocitrate?",
        "1hop",
        "SELECT ?x WHERE { {Citrate is isomerized to isocitrate} bp:right ?x }",
    ),
    (
        "products of the dismutation of superoxide in the cytosol",
        "1hop",
        "SELECT ?x WHERE { {Dismutation of superoxide in the cytosol} bp:right ?x }",
    ),
    (
        "What are the inputs of Argininosuccinate cleavage?",
        "1hop",
        "SELECT ?x WHERE { {Argininosuccinate cleavage} bp:left ?x }",
    ),
    (
        "Where is the IDH3 complex located?",
        "1hop",
        "SELECT ?x WHERE { {IDH3 complex} bp:cellularLocation ?x }",
    ),
    (
        "What is the EC number of Carboxylation of pyruvate?",
        "1hop",
        "SELECT ?x WHERE { {Carboxylation of pyruvate} bp:eCNumber ?x }",
    ),
    (
        "Which reactions are in the urea cycle?",
        "1hop",
        "SELECT ?x WHERE { {Urea cycle} bp:pathwayComponent ?x }",
    ),
    (
        "What pathways are part of Metabolism of carbohydrates?",
        "1hop",
        "SELECT ?x WHERE { {Metabolism of carbohydrates} bp:pathwayComponent ?x }",
    ),
    (
        "What organism is the Glycolysis pathway from?",
        "1hop",
        "SELECT ?x WHERE { {Glycolysis} bp:organism ?x }",
    ),
    (
        "Which components make up the pyruvate dehydrogenase complex?",
        "1hop",
        "SELECT ?x WHERE { {pyruvate dehydrogenase complex} bp:component ?x }",
    ),
    (
        "what proteins are in the PFK tetramer",
        "1hop",
        "SELECT ?x WHERE { {PFK tetramer} bp:component ?x }",
    ),
    (
        "What inhibits Oxidative decarboxylation of pyruvate to acetyl-CoA?",
        "1hop",
        'SELECT ?x WHERE { ?c bp:controlType "INHIBITION"^^<http://www.w3.org/2001/XMLSchema#string> ; bp:controlled {Oxidative decarboxylation of pyruvate to acetyl-CoA} ; bp:controller ?x }',
    ),
    (
        "What activates isocitrate + NAD+ => 2-oxoglutarate + CO2 + NADH?",
        "1hop",
        'SELECT ?x WHERE { ?c bp:controlType "ACTIVATION"^^<http://www.w3.org/2001/XMLSchema#string> ; a bp:Control ; bp:controlled {isocitrate + NAD+ => 2-oxoglutarate + CO2 + NADH} ; bp:controller ?x }',
    ),
    (
        "what is glycolysis's Reactome stable identifier",
        "1hop",
        "SELECT ?x WHERE { {Glycolysis} bp:xref ?u . ?u a bp:UnificationXref ; bp:id ?x }",
    ),
    # inverse
    (
        "Which pathways include the reaction Pyruvate is reduced to lactate?",
        "inverse",
        "SELECT ?x WHERE { ?x bp:pathwayComponent {Pyruvate is reduced to lactate} }",
    ),
    (
        "Which reactions does the ALDOA tetramer catalyse?",
        "inverse",
        "SELECT ?x WHERE { ?c a bp:Catalysis ; bp:controller {ALDOA tetramer} ; bp:controlled ?x }",
    ),
    (
        "What reactions produce NADH?",
        "inverse",
        "SELECT ?x WHERE { ?x bp:right ?e . ?e bp:displayName ?n FILTER(str(?n) = 'NADH') }",
    ),
    (
        "Which reactions consume ATP?",
        "inverse",
        "SELECT ?x WHERE { ?x bp:left ?e . ?e bp:displayName ?n FILTER(str(?n) = 'ATP') }",
    ),
    ("Which complexes contain SOD1?", "inverse", "SELECT ?x WHERE { ?x bp:component {SOD1} }"),
    (
        "Which pathway is the Urea cycle part of?",
        "inverse",
        "SELECT ?x WHERE { ?x bp:pathwayComponent {Urea cycle} }",
    ),
    (
        "Which reactions is fructose 2,6-bisphosphate a regulator of?",
        "inverse",
        "SELECT ?x WHERE { ?c a bp:Control ; bp:controller {D-fructose 2,6-bisphosphate} ; bp:controlled ?x }",
    ),
    (
        "what proteins are in the peroxisomal matrix",
        "inverse",
        "SELECT ?x WHERE { ?x a bp:Protein ; bp:cellularLocation {peroxisomal matrix} }",
    ),
    (
        "which reactions is ornithine a substrate of",
        "inverse",
        "SELECT ?x WHERE { ?x bp:left ?e . ?e bp:displayName ?n FILTER(str(?n) = 'L-ornithine') }",
    ),
    # two hops
    (
        "Which enzymes catalyse reactions of the Urea cycle?",
        "2hop",
        "SELECT ?x WHERE { {Urea cycle} bp:pathwayComponent ?r . ?c a bp:Catalysis ; bp:controlled ?r ; bp:controller ?x }",
    ),
    (
        "Which reaction follows Citrate synthase condenses acetyl-CoA and oxaloacetate in the TCA cycle?",
        "2hop",
        "SELECT ?x WHERE { "
        + NEXT.replace("{R}", "{Citrate synthase condenses acetyl-CoA and oxaloacetate}")
        + " }",
    ),
    (
        "what comes after Triose phosphate isomerization in glycolysis",
        "2hop",
        "SELECT ?x WHERE { " + NEXT.replace("{R}", "{Triose phosphate isomerization}") + " }",
    ),
    (
        "Which reaction precedes 'Citrulline is condensed with aspartate' in the urea cycle?",
        "2hop",
        "SELECT ?x WHERE { ?s bp:stepProcess ?x ; bp:nextStep ?n . ?n bp:stepProcess {Citrulline is condensed with aspartate} . ?x a bp:BiochemicalReaction }",
    ),
    (
        "How many molecules of ATP does Carbamoyl phosphate formation from ammonia and bicarbonate consume?",
        "2hop",
        "SELECT ?x WHERE { {Carbamoyl phosphate formation from ammonia and bicarbonate} bp:left ?e ; bp:participantStoichiometry ?s . ?s bp:physicalEntity ?e ; bp:stoichiometricCoefficient ?x . ?e bp:displayName ?n FILTER(str(?n) = 'ATP') }",
    ),
    (
        "How many water molecules does Peroxisomal hydrogen peroxide breakdown yield?",
        "2hop",
        "SELECT ?x WHERE { {Peroxisomal hydrogen peroxide breakdown} bp:right ?e ; bp:participantStoichiometry ?s . ?s bp:physicalEntity ?e ; bp:stoichiometricCoefficient ?x . ?e bp:displayName ?n FILTER(str(?n) = 'water') }",
    ),
    (
        "What is the stoichiometric coefficient of superoxide in Dismutation of superoxide in the cytosol?",
        "2hop",
        "SELECT ?x WHERE { {Dismutation of superoxide in the cytosol} bp:participantStoichiometry ?s . ?s bp:physicalEntity {superoxide} ; bp:stoichiometricCoefficient ?x }",
    ),
    (
        "What's the UniProt id of GAPDH?",
        "2hop",
        "SELECT ?x WHERE { BIND({GAPDH} AS ?x0) " + UNIPROT + " }",
    ),
    (
        "uniprot accession for Argininosuccinate synthase",
        "2hop",
        "SELECT ?x WHERE { BIND({ASS1} AS ?x0) " + UNIPROT + " }",
    ),
    (
        "what is the ChEBI id of carbamoyl phosphate",
        "2hop",
        'SELECT DISTINCT ?x WHERE { ?e bp:displayName ?n FILTER(str(?n) = "carbamoyl phosphate") ?e bp:entityReference ?ref . ?ref bp:xref ?u . ?u bp:db "ChEBI"^^<http://www.w3.org/2001/XMLSchema#string> ; bp:id ?x }',
    ),
    (
        "Where is the enzyme that catalyzes glucose 6-phosphate hydrolysis in the ER located?",
        "2hop",
        "SELECT ?x WHERE { ?c a bp:Catalysis ; bp:controlled {Glucose 6-phosphate hydrolysis in the ER} ; bp:controller ?e . ?e bp:cellularLocation ?x }",
    ),
    (
        "What inhibits the reaction catalysed by the PFK tetramer?",
        "2hop",
        'SELECT ?x WHERE { ?c a bp:Catalysis ; bp:controller {PFK tetramer} ; bp:controlled ?r . ?k bp:controlled ?r ; bp:controlType "INHIBITION"^^<http://www.w3.org/2001/XMLSchema#string> ; bp:controller ?x }',
    ),
    (
        "What is the title of the publication cited by Carboxylation of pyruvate?",
        "2hop",
        "SELECT ?x WHERE { {Carboxylation of pyruvate} bp:xref ?p . ?p a bp:PublicationXref ; bp:title ?x }",
    ),
    (
        "In what year was the paper on reaction 'Argininosuccinate cleavage' published?",
        "2hop",
        "SELECT ?x WHERE { {Argininosuccinate cleavage} bp:xref ?p . ?p a bp:PublicationXref ; bp:year ?x }",
    ),
    (
        "Who wrote the paper cited for 'Dismutation of superoxide in the cytosol'?",
        "2hop",
        "SELECT ?x WHERE { {Dismutation of superoxide in the cytosol} bp:xref ?p . ?p a bp:PublicationXref ; bp:author ?x }",
    ),
    (
        "Which pathways does GAPDH tetramer take part in?",
        "2hop",
        "SELECT ?x WHERE { ?c a bp:Catalysis ; bp:controller {GAPDH tetramer} ; bp:controlled ?r . ?x bp:pathwayComponent ?r }",
    ),
    (
        "Which superpathway includes the pathway that contains Citrate is isomerized to isocitrate?",
        "2hop",
        "SELECT ?x WHERE { ?p bp:pathwayComponent {Citrate is isomerized to isocitrate} . ?x bp:pathwayComponent ?p }",
    ),
    # three hops
    (
        "What are the UniProt accessions of the proteins in the IDH3 complex?",
        "3hop",
        "SELECT ?x WHERE { {IDH3 complex} bp:component ?x0 . " + UNIPROT + " }",
    ),
    (
        "What is the UniProt ID of the enzyme subunit that catalyses 'Pyruvate is reduced to lactate'?",
        "3hop",
        "SELECT ?x WHERE { ?c a bp:Catalysis ; bp:controlled {Pyruvate is reduced to lactate} ; bp:controller ?cx . ?cx bp:component ?x0 . "
        + UNIPROT
        + " }",
    ),
    (
        "Which pathways contain reactions inhibited by NADH?",
        "3hop",
        'SELECT ?x WHERE { ?c a bp:Control ; bp:controlType "INHIBITION"^^<http://www.w3.org/2001/XMLSchema#string> ; bp:controller ?e ; bp:controlled ?r . ?e bp:displayName ?n FILTER(str(?n) = "NADH") ?x bp:pathwayComponent ?r }',
    ),
    (
        "In which compartments are the enzymes of the urea cycle found?",
        "3hop",
        "SELECT ?x WHERE { {Urea cycle} bp:pathwayComponent ?r . ?c a bp:Catalysis ; bp:controlled ?r ; bp:controller ?e . ?e bp:cellularLocation ?x }",
    ),
    # conjunctions
    (
        "Which reaction converts fructose 6-phosphate to fructose 1,6-bisphosphate?",
        "conjunction",
        "SELECT ?x WHERE { ?x bp:left {D-fructose 6-phosphate} ; bp:right {D-fructose 1,6-bisphosphate} }",
    ),
    (
        "Which reactions use both ATP and bicarbonate?",
        "conjunction",
        "SELECT ?x WHERE { ?x bp:left ?a , ?b . ?a bp:displayName ?n FILTER(str(?n) = 'ATP') ?b bp:displayName ?m FILTER(str(?m) = 'hydrogencarbonate') }",
    ),
    (
        "Which reactions in Glycolysis produce ATP?",
        "conjunction",
        "SELECT ?x WHERE { {Glycolysis} bp:pathwayComponent ?x . ?x bp:right ?e . ?e bp:displayName ?n FILTER(str(?n) = 'ATP') }",
    ),
    (
        "Which reaction is activated by both AMP and fructose 2,6-bisphosphate?",
        "conjunction",
        'SELECT ?x WHERE { ?c1 bp:controlType "ACTIVATION"^^<http://www.w3.org/2001/XMLSchema#string> ; bp:controller {AMP} ; bp:controlled ?x . ?c2 bp:controlType "ACTIVATION"^^<http://www.w3.org/2001/XMLSchema#string> ; bp:controller {D-fructose 2,6-bisphosphate} ; bp:controlled ?x }',
    ),
    (
        "which mitochondrial matrix proteins are in the pyruvate dehydrogenase complex and have E2 as a name",
        "conjunction",
        "SELECT ?x WHERE { {pyruvate dehydrogenase complex} bp:component ?x . ?x bp:cellularLocation {mitochondrial matrix} ; bp:entityReference ?r . ?r bp:name ?n FILTER(str(?n) = 'E2') }",
    ),
    # synonyms and aliases
    (
        "What does PEPCK-C catalyse?",
        "alias",
        "SELECT ?x WHERE { ?c a bp:Catalysis ; bp:controller {PCK1} ; bp:controlled ?x }",
    ),
    (
        "Which reaction does glucokinase catalyse?",
        "alias",
        "SELECT ?x WHERE { ?c a bp:Catalysis ; bp:controller {GCK} ; bp:controlled ?x }",
    ),
    (
        "What pathway is the Krebs cycle part of?",
        "alias",
        "SELECT ?x WHERE { ?x bp:pathwayComponent {Citric acid cycle (TCA cycle)} }",
    ),
    (
        "What is the Reactome identifier of the Embden-Meyerhof pathway?",
        "alias",
        "SELECT ?x WHERE { {Glycolysis} bp:xref ?u . ?u a bp:UnificationXref ; bp:id ?x }",
    ),
    (
        "In which compartment is the catalase tetramer found?",
        "alias",
        "SELECT ?x WHERE { {CAT tetramer} bp:cellularLocation ?x }",
    ),
    (
        "Which reaction releases pyrophosphate?",
        "synonym",
        "SELECT ?x WHERE { ?x bp:right ?e . ?e bp:displayName ?n FILTER(str(?n) = 'diphosphate') }",
    ),
    (
        "What catalyzes the breakdown of hydrogen peroxide?",
        "synonym",
        CAT.replace("{R}", "{Peroxisomal hydrogen peroxide breakdown}").join(
            ["SELECT ?x WHERE { ", " }"]
        ),
    ),
    (
        "what enzyme turns pyruvate into lactate",
        "synonym",
        CAT.replace("{R}", "{Pyruvate is reduced to lactate}").join(["SELECT ?x WHERE { ", " }"]),
    ),
    (
        "which proteins make up the lactate dehydrogenase 5 complex",
        "synonym",
        "SELECT ?x WHERE { {LDHA tetramer} bp:component ?x }",
    ),
    # typos
    (
        "wat catalyzes the dehydraton of 2-phosphoglycerate",
        "typo",
        CAT.replace("{R}", "{Dehydration of 2-phosphoglycerate}").join(
            ["SELECT ?x WHERE { ", " }"]
        ),
    ),
    (
        "where is the OTC trimmer located",
        "typo",
        "SELECT ?x WHERE { {OTC trimer} bp:cellularLocation ?x }",
    ),
    (
        "uniprot id of argininosuccinat lyase",
        "typo",
        "SELECT ?x WHERE { BIND({ASL} AS ?x0) " + UNIPROT + " }",
    ),
    (
        "which pathway is gluconeogensis part of",
        "typo",
        "SELECT ?x WHERE { ?x bp:pathwayComponent {Gluconeogenesis} }",
    ),
    # literals
    (
        "What is the EC number of the triose phosphate isomerization reaction?",
        "literal",
        "SELECT ?x WHERE { {Triose phosphate isomerization} bp:eCNumber ?x }",
    ),
    (
        "What is the GO id of the cytosol?",
        "literal",
        "SELECT ?x WHERE { {cytosol} bp:xref ?u . ?u bp:id ?x }",
    ),
    (
        "What is the conversion direction of GA3P + NAD+ + orthophosphate <=> 1,3BPG + NADH + H+?",
        "literal",
        "SELECT ?x WHERE { {GA3P + NAD+ + orthophosphate <=> 1,3BPG + NADH + H+} bp:conversionDirection ?x }",
    ),
    (
        "NCBI taxonomy id of Homo sapiens",
        "literal",
        "SELECT ?x WHERE { {Homo sapiens} bp:xref ?u . ?u bp:id ?x }",
    ),
    (
        "What does the Urea cycle pathway do?",
        "literal",
        "SELECT ?x WHERE { {Urea cycle} bp:comment ?x }",
    ),
    # unanswerable: a near relation exists
    ("What is the molecular weight of ALDOA?", "unanswerable", None),
    ("Which tissues express GCK?", "unanswerable", None),
    ("What is the Km of hexokinase 1 for glucose?", "unanswerable", None),
    ("What is the PubMed id of the paper on the Urea cycle pathway?", "unanswerable", None),
    (
        "Which reaction follows 'Pyruvate is reduced to lactate' in pyruvate metabolism?",
        "unanswerable",
        None,
    ),
    ("What is the Reactome stable id of the PFK tetramer?", "unanswerable", None),
    ("On which chromosome is the CPS1 gene?", "unanswerable", None),
]

NAME_PROPS = (BP.displayName, BP.standardName, BP.name, BP["term"])


def main() -> None:
    g = Graph()
    g.parse(HERE / "pathways.owl", format="xml")

    def find(m: object) -> set[object]:
        text = m[1]  # type: ignore[index]
        name, _, loc = text.partition("@")
        out = set()
        for s in set(g.subjects(BP.displayName, None)) | set(g.subjects(BP["term"], None)):
            if name not in {str(o) for p in (BP.displayName, BP["term"]) for o in g.objects(s, p)}:
                continue
            if any(str(t).endswith("Reference") for t in g.objects(s, RDF.type)):
                continue
            if loc and loc not in {
                str(t) for c in g.objects(s, BP.cellularLocation) for t in g.objects(c, BP["term"])
            }:
                continue
            out.add(s)
        return out

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find, r"\{([A-Za-z0-9][^{}?]*?)\}")):
            x = row[0]
            out |= set(names_under(g, x, NAME_PROPS)) if not isinstance(x, Literal) else {str(x)}
        return out

    write_answers(HERE / "pathways.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
