# ruff: noqa: E501  (one SPARQL query a line)
"""Print uniprot.jsonl: each question with its gold answers computed by SPARQL over uniprot.rdf.

Names are read as UniProt states them: a protein by its recommended (or, unreviewed, submitted)
``up:fullName``, a taxon by ``up:scientificName``, genes, keywords, locations and diseases by
``skos:prefLabel``, GO terms and IntAct participants by ``rdfs:label``, citations by
``up:title``, a PDB entry by its identifier (the IRI's last segment). Run from the repository
root: ``python bench/data/own/uniprot_answers.py > bench/data/own/uniprot.jsonl``.
"""

import rdflib
from _answers_common import print_answers

g = rdflib.Graph()
g.parse("bench/data/own/uniprot.rdf", format="xml")
P = """PREFIX up: <http://purl.uniprot.org/core/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX taxon: <http://purl.uniprot.org/taxonomy/> PREFIX db: <http://purl.uniprot.org/database/>
PREFIX oio: <http://www.geneontology.org/formats/oboInOwl#>
"""


def NAME(p: str, v: str) -> str:
    """v is the protein p's recommended or submitted full name."""
    return f"{{ {p} up:recommendedName ?rn{v[1:]} }} UNION {{ {p} up:submittedName ?rn{v[1:]} }} ?rn{v[1:]} up:fullName {v} ."


def CALLED(p: str, name: str) -> str:
    """p has ``name`` as one of its full names (recommended, alternative or submitted)."""
    return f'{p} ?np{p[1:]} ?sn{p[1:]} . ?sn{p[1:]} up:fullName "{name}"^^<http://www.w3.org/2001/XMLSchema#string> .'


def GENE(p: str, symbol: str) -> str:
    return f'{p} up:encodedBy ?g{p[1:]} . ?g{p[1:]} skos:prefLabel|skos:altLabel "{symbol}"^^<http://www.w3.org/2001/XMLSchema#string> .'


def MN(p: str, mnemonic: str) -> str:
    return f'{p} up:mnemonic "{mnemonic}"^^<http://www.w3.org/2001/XMLSchema#string> .'


def LOCS(p: str, v: str) -> str:
    """v names a subcellular location of p (the annotation's, or a GO cellular component)."""
    return f'{{ {p} up:annotation/up:locatedIn/up:cellularComponent/skos:prefLabel {v} }} UNION {{ {p} up:classifiedWith ?cc . ?cc oio:hasOBONamespace "cellular_component"^^<http://www.w3.org/2001/XMLSchema#string> ; rdfs:label {v} }}'


DISEASE = "up:annotation/up:disease/skos:prefLabel"
TITLE = 'up:title "{}"^^<http://www.w3.org/2001/XMLSchema#string>'
HUMAN, MOUSE, YEAST, ECOLI = "taxon:9606", "taxon:10090", "taxon:559292", "taxon:83333"
Q = [
    # 1hop
    (
        "what organism is LEP_MOUSE from",
        "1hop",
        f"SELECT ?a WHERE {{ {MN('?p', 'LEP_MOUSE')} ?p up:organism/up:scientificName ?a }}",
    ),
    (
        "which gene codes for the cystic fibrosis transmembrane conductance regulator?",
        "1hop",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Cystic fibrosis transmembrane conductance regulator')} ?p up:encodedBy/skos:prefLabel ?a }}",
    ),
    (
        "What is the parent taxon of Escherichia coli (strain K12)?",
        "1hop",
        "SELECT ?a WHERE { ?t up:scientificName 'Escherichia coli (strain K12)'^^<http://www.w3.org/2001/XMLSchema#string> ; rdfs:subClassOf/up:scientificName ?a }",
    ),
    (
        "who wrote Positional cloning of the mouse obese gene and its human homologue",
        "1hop",
        f"SELECT ?a WHERE {{ ?c {TITLE.format('Positional cloning of the mouse obese gene and its human homologue.')} ; up:author ?a }}",
    ),
    (
        "go terms of beta-galactosidase",
        "1hop",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Beta-galactosidase')} ?p up:classifiedWith ?t . ?t oio:hasOBONamespace ?ns ; rdfs:label ?a }}",
    ),
    (
        "list the PDB structures of hemoglobin subunit beta",
        "1hop",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Hemoglobin subunit beta')} ?p rdfs:seeAlso ?x . ?x up:database db:PDB BIND(STRAFTER(STR(?x), '/pdb/') AS ?a) }}",
    ),
    (
        "What's the scientific name of the organism HSP82_YEAST comes from?",
        "1hop",
        f"SELECT ?a WHERE {{ {MN('?p', 'HSP82_YEAST')} ?p up:organism/up:scientificName ?a }}",
    ),
    # inverse
    (
        "which proteins are located in the nucleus",
        "inverse",
        f"SELECT ?a WHERE {{ ?p a up:Protein . {LOCS('?p', '?l')} FILTER(LCASE(STR(?l)) = 'nucleus') {NAME('?p', '?a')} }}",
    ),
    (
        "Which proteins are associated with Li-Fraumeni syndrome?",
        "inverse",
        f"SELECT ?a WHERE {{ ?p {DISEASE} 'Li-Fraumeni syndrome'^^<http://www.w3.org/2001/XMLSchema#string> . {NAME('?p', '?a')} }}",
    ),
    (
        "proteins with the chaperone keyword",
        "inverse",
        f"SELECT ?a WHERE {{ ?p up:classifiedWith/skos:prefLabel 'Chaperone'^^<http://www.w3.org/2001/XMLSchema#string> . {NAME('?p', '?a')} }}",
    ),
    (
        "what proteins are cited in Life with 6000 genes",
        "inverse",
        f"SELECT ?a WHERE {{ ?p up:citation ?c . ?c {TITLE.format('Life with 6000 genes.')} . {NAME('?p', '?a')} }}",
    ),
    (
        "proteins from baker's yeast",
        "inverse",
        f"SELECT ?a WHERE {{ ?p a up:Protein ; up:organism {YEAST} . {NAME('?p', '?a')} }}",
    ),
    (
        "which proteins are encoded by TP53",
        "inverse",
        f"SELECT ?a WHERE {{ {GENE('?p', 'TP53')} {NAME('?p', '?a')} }}",
    ),
    # 2hop
    (
        "what disease is caused by mutations in HTT",
        "2hop",
        f"SELECT ?a WHERE {{ {GENE('?p', 'HTT')} ?p {DISEASE} ?a }}",
    ),
    (
        "which genus does the organism of P53_MOUSE belong to",
        "2hop",
        f"SELECT ?a WHERE {{ {MN('?p', 'P53_MOUSE')} ?p up:organism/rdfs:subClassOf/up:scientificName ?a }}",
    ),
    (
        "in which journal was BRCA1 first described?",
        "2hop",
        f"SELECT ?a WHERE {{ {GENE('?p', 'BRCA1')} ?p up:citation/up:name ?a }}",
    ),
    (
        "where in the cell is the protein encoded by CDKN1A",
        "2hop",
        f"SELECT ?a WHERE {{ {GENE('?p', 'CDKN1A')} ?p up:annotation/up:locatedIn/up:cellularComponent/skos:prefLabel ?a }}",
    ),
    (
        "which diseases are linked to proteins in the cell membrane",
        "2hop",
        f"SELECT ?a WHERE {{ ?p up:annotation/up:locatedIn/up:cellularComponent/skos:prefLabel 'Cell membrane'^^<http://www.w3.org/2001/XMLSchema#string> ; {DISEASE} ?a }}",
    ),
    (
        "who wrote the papers on recA?",
        "2hop",
        f"SELECT ?a WHERE {{ {GENE('?p', 'recA')} ?p up:citation/up:author ?a }}",
    ),
    # 3hop
    (
        "what disease is associated with the protein that human MDM2 interacts with",
        "3hop",
        f"SELECT ?a WHERE {{ {MN('?m', 'MDM2_HUMAN')} ?m up:interaction/up:participant/rdfs:seeAlso ?p FILTER(?p != ?m) ?p {DISEASE} ?a }}",
    ),
    (
        "which organism does the protein interacting with CDC28 come from?",
        "3hop",
        f"SELECT ?a WHERE {{ {GENE('?m', 'CDC28')} ?m up:interaction/up:participant/rdfs:seeAlso ?p FILTER(?p != ?m) ?p up:organism/up:scientificName ?a }}",
    ),
    (
        "what family is the organism of INS2_MOUSE in",
        "3hop",
        f"SELECT ?a WHERE {{ {MN('?p', 'INS2_MOUSE')} ?p up:organism/rdfs:subClassOf/rdfs:subClassOf/up:scientificName ?a }}",
    ),
    # conjunction
    (
        "which human proteins are kinases?",
        "conjunction",
        f"SELECT ?a WHERE {{ ?p up:organism {HUMAN} ; up:classifiedWith/skos:prefLabel 'Kinase'^^<http://www.w3.org/2001/XMLSchema#string> . {NAME('?p', '?a')} }}",
    ),
    (
        "which mouse proteins are secreted",
        "conjunction",
        f"SELECT ?a WHERE {{ ?p up:organism {MOUSE} ; up:annotation/up:locatedIn/up:cellularComponent/skos:prefLabel 'Secreted'^^<http://www.w3.org/2001/XMLSchema#string> . {NAME('?p', '?a')} }}",
    ),
    (
        "E. coli proteins that bind DNA",
        "conjunction",
        f"SELECT ?a WHERE {{ ?p up:organism {ECOLI} ; up:classifiedWith/rdfs:label 'DNA binding'^^<http://www.w3.org/2001/XMLSchema#string> . {NAME('?p', '?a')} }}",
    ),
    (
        "human tumor suppressors",
        "conjunction",
        f"SELECT ?a WHERE {{ ?p up:organism {HUMAN} ; up:classifiedWith/skos:prefLabel 'Tumor suppressor'^^<http://www.w3.org/2001/XMLSchema#string> . {NAME('?p', '?a')} }}",
    ),
    # synonym
    (
        "what species does HSP82 come from",
        "synonym",
        f"SELECT ?a WHERE {{ {GENE('?p', 'HSP82')} ?p up:organism ?o . {{ ?o up:scientificName ?a }} UNION {{ ?o rdfs:subClassOf* ?t . ?t up:rank up:Species ; up:scientificName ?a }} }}",
    ),
    (
        "which illness is linked to APP?",
        "synonym",
        f"SELECT ?a WHERE {{ {GENE('?p', 'APP')} ?p {DISEASE} ?a }}",
    ),
    (
        "subcellular localization of leptin",
        "synonym",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Leptin')} {LOCS('?p', '?a')} }}",
    ),
    (
        "how heavy is GTPase KRas",
        "synonym",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'GTPase KRas')} ?p up:sequence ?s . ?s a up:Displayed_Sequence ; up:mass ?a }}",
    ),
    (
        "what publications are there on ompF",
        "synonym",
        f"SELECT ?a WHERE {{ {GENE('?p', 'ompF')} ?p up:citation/up:title ?a }}",
    ),
    # alias
    (
        "what disease is linked to beta-globin",
        "alias",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Beta-globin')} ?p {DISEASE} ?a }}",
    ),
    (
        "what organism does cachectin come from?",
        "alias",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Cachectin')} ?p up:organism/up:scientificName ?a }}",
    ),
    (
        "which gene encodes Hsp70 in E. coli",
        "alias",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'HSP70')} ?p up:organism {ECOLI} ; up:encodedBy/skos:prefLabel ?a }}",
    ),
    (
        "where in the cell is WAF1 found",
        "alias",
        f"SELECT ?a WHERE {{ {GENE('?p', 'WAF1')} ?p up:annotation/up:locatedIn/up:cellularComponent/skos:prefLabel ?a }}",
    ),
    (
        "molecular weight of HER1",
        "alias",
        f"SELECT ?a WHERE {{ {GENE('?p', 'HER1')} ?p up:sequence ?s . ?s a up:Displayed_Sequence ; up:mass ?a }}",
    ),
    (
        "what does P53_HUMAN interact with?",
        "alias",
        f"SELECT ?a WHERE {{ {MN('?m', 'P53_HUMAN')} ?m up:interaction/up:participant ?x . ?x rdfs:seeAlso ?p FILTER(?p != ?m) {{ ?x rdfs:label ?a }} UNION {{ {NAME('?p', '?a')} }} }}",
    ),
    # typo
    (
        "what disease is asociated with huntingtn",
        "typo",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Huntingtin')} ?p {DISEASE} ?a }}",
    ),
    (
        "which organism is beta-galactosidse from",
        "typo",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Beta-galactosidase')} ?p up:organism/up:scientificName ?a }}",
    ),
    (
        "wich gene encodes the epidermal growth factor receptor in mouse",
        "typo",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Epidermal growth factor receptor')} ?p up:organism {MOUSE} ; up:encodedBy/skos:prefLabel ?a }}",
    ),
    (
        "organism of cystic fibrosis transmembrane conductance regulater",
        "typo",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Cystic fibrosis transmembrane conductance regulator')} ?p up:organism/up:scientificName ?a }}",
    ),
    # literal
    (
        "how many amino acids long is human insulin",
        "literal",
        f"SELECT ?a WHERE {{ {CALLED('?p', 'Insulin')} ?p up:organism {HUMAN} ; up:sequence ?s . ?s a up:Displayed_Sequence ; up:length ?a }}",
    ),
    (
        "is HD_HUMAN reviewed",
        "literal",
        f"SELECT ?a WHERE {{ {MN('?p', 'HD_HUMAN')} ?p up:reviewed ?r BIND(IF(?r, 'yes', 'no') AS ?a) }}",
    ),
    (
        "locus name of URA3",
        "literal",
        f"SELECT ?a WHERE {{ {GENE('?p', 'URA3')} ?p up:encodedBy/up:locusName ?a }}",
    ),
    (
        "what is the EC number of Orotidine 5'-phosphate decarboxylase",
        "literal",
        'SELECT ?a WHERE { ?p up:recommendedName ?n . ?n up:fullName "Orotidine 5\'-phosphate decarboxylase"^^<http://www.w3.org/2001/XMLSchema#string> ; up:ecName ?a }',
    ),
    (
        "what does GAL4 do?",
        "literal",
        f"SELECT ?a WHERE {{ {GENE('?p', 'GAL4')} ?p up:annotation ?n . ?n a up:Function_Annotation ; rdfs:comment ?a }}",
    ),
    (
        "what year was Identification of the cystic fibrosis gene: cloning and characterization of complementary DNA published",
        "literal",
        f"SELECT ?a WHERE {{ ?c {TITLE.format('Identification of the cystic fibrosis gene: cloning and characterization of complementary DNA.')} ; up:date ?a }}",
    ),
    # unanswerable: the data has no such relation
    ("what is the melting temperature of beta-galactosidase", "unanswerable", None),
    ("which drugs target EGFR?", "unanswerable", None),
    ("what chromosome is TP53 on", "unanswerable", None),
    ("who discovered insulin", "unanswerable", None),
]

if __name__ == "__main__":
    print_answers(Q, lambda query: {str(r[0]) for r in g.query(P + query)})
