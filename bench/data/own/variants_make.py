# ruff: noqa: E501  (one record a line)
"""Write ``variants.trig``: a clinical genetics laboratory's variant knowledge base as it shares
its curated classifications (**TriG**: one named graph per submission, the genes, conditions,
vocabularies and publications in the default graph).

The shape follows what such an export holds, with the domain's published vocabularies:

* genes at **identifiers.org HGNC IRIs** (``http://identifiers.org/hgnc/1100``), typed
  ``SO:0000704`` (gene), the symbol as ``rdfs:label`` on most, as ``skos:prefLabel`` on a few;
  the full name ``dcterms:description``; ``dcterms:identifier`` "HGNC:1100"; previous symbols
  ``vkb:previousSymbol``; aliases as ``oboInOwl:hasExactSynonym`` on most, ``skos:altLabel`` on
  the cardiac genes; the cytogenetic band ``vkb:cytogeneticLocation`` ("17q21.31") and
  ``vkb:chromosome``; the conditions it causes by **RO ``is causal germline mutation in``** on
  some genes, or from the condition's side by ``vkb:causalGene`` (**declared inverse**);
* conditions at **MONDO IRIs** with ``rdfs:label``, **labels in French and German**,
  ``oboInOwl:hasExactSynonym`` / ``hasRelatedSynonym`` synonyms, OMIM cross-references as an
  ``oboInOwl:hasDbXref`` string on most and ``skos:exactMatch`` an identifiers.org IRI on
  others, the mode of inheritance an **HPO term** (``vkb:modeOfInheritance``; one has none);
* sequence variants at the lab's accession IRIs, typed by **Sequence Ontology** class (SNV,
  deletion, duplication, insertion; a hierarchy under ``SO:0001059``) and ``GENO:0000002``
  (variant allele), named by a ClinVar-style preferred name "NM_007294.4(BRCA1):c.5266dup
  (p.Gln1756fs)" (**three have no name**), legacy names as ``skos:altLabel`` ("F508del",
  "5382insC"), HGVS ``vkb:hgvsCoding`` / ``vkb:hgvsProtein`` strings **or a blank
  ``vkb:HgvsExpression`` record** (``rdf:value``, ``vkb:onSequence`` the transcript), the rsID
  as a ``vkb:dbsnp`` string or **only a ``rdfs:seeAlso`` identifiers.org dbSNP IRI**, the gene
  by **GENO ``is allele of``** or from the gene's side by ``vkb:hasVariant`` (declared
  inverse), the molecular consequence an SO term, reference / alternate alleles, and two
  **FALDO** locations (blank ``faldo:Region``, ``faldo:begin`` / ``faldo:end`` blank
  ``faldo:ExactPosition`` nodes with ``faldo:position`` and ``faldo:reference`` a chromosome
  sequence of GRCh38 or GRCh37);
* transcripts (identifiers.org RefSeq IRIs, ``vkb:transcriptOf``, a MANE Select flag);
* **gnomAD allele frequencies by population** as blank ``vkb:PopulationFrequency`` records
  (population, ``xsd:decimal`` frequency, allele count and number, the gnomAD release), a few
  variants only a direct ``vkb:gnomadGrpmaxAF``;
* the **classifications**, one named graph per submission: n-ary
  ``vkb:GermlineClassification`` records (variant, condition, clinical significance a SKOS
  concept with "VUS"-style alt labels, the **ACMG criteria applied** as concepts or as blank
  records with a modified strength "PM2_Supporting", review status, **PROV-O**
  ``prov:wasAttributedTo`` the submitting lab and ``prov:generatedAtTime`` ``xsd:dateTime``, or
  ``dcterms:date`` ``xsd:date`` on one lab's records, the PubMed IRIs cited by
  ``dcterms:references`` or ``prov:wasDerivedFrom``, case observations with a **GENO zygosity**);
  **the oldest submission says its calls as direct GENO predicates** ("pathogenic for
  condition") with no record; submissions are ``prov:Bundle`` nodes in the default graph;
* submitting laboratories (``prov:Organization`` / ``foaf:Organization``, named in French or
  German, one with an English alternative name, city and country), publications
  (identifiers.org PubMed IRIs, ``dcterms:title``, year, first author, journal; a few untitled);
* the lab's own ontology ``vkb:``: classes in a hierarchy, properties labelled and some described.

Variants, coordinates, frequencies, classifications, laboratories and most publications are
invented (gene symbols, HGNC ids and bands, MONDO / OMIM ids follow the public ones). Seeded, no
network; stdlib + rdflib. Run from the repository root: ``python bench/data/own/variants_make.py``.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://kb.helixgen-lab.example/"
VKB = Namespace(BASE + "ns/vkb#")
VAR = Namespace(BASE + "variant/")
SUB = Namespace(BASE + "submission/")
ASR = Namespace(BASE + "assertion/")
LAB = Namespace(BASE + "org/")
SEQ = Namespace(BASE + "seq/")
POP = Namespace(BASE + "population/")
SIG = Namespace(BASE + "vocab/significance/")
ACMG = Namespace(BASE + "vocab/acmg/")
REV = Namespace(BASE + "vocab/review-status/")
OBO = Namespace("http://purl.obolibrary.org/obo/")
FALDO = Namespace("http://biohackathon.org/resource/faldo#")
OIO = Namespace("http://www.geneontology.org/formats/oboInOwl#")
HGNC = Namespace("http://identifiers.org/hgnc/")
DBSNP = Namespace("http://identifiers.org/dbsnp/")
PUBMED = Namespace("http://identifiers.org/pubmed/")
OMIM = Namespace("http://identifiers.org/omim/")
REFSEQ = Namespace("http://identifiers.org/refseq/")

# symbol: (hgnc, full name, band, chromosome, previous symbols, aliases, symbol as prefLabel)
GENES = {
    "BRCA1": (
        1100,
        "BRCA1 DNA repair associated",
        "17q21.31",
        "17",
        [],
        ["RNF53", "BRCC1", "PPP1R53"],
        False,
    ),
    "BRCA2": (
        1101,
        "BRCA2 DNA repair associated",
        "13q13.1",
        "13",
        ["FANCD1"],
        ["FACD", "BRCC2"],
        False,
    ),
    "CFTR": (
        1884,
        "CF transmembrane conductance regulator",
        "7q31.2",
        "7",
        [],
        ["ABCC7", "TNR-CFTR"],
        False,
    ),
    "MLH1": (7127, "mutL homolog 1", "3p22.2", "3", [], ["HNPCC2", "hMLH1"], False),
    "TP53": (11998, "tumor protein p53", "17p13.1", "17", [], ["p53", "LFS1"], False),
    "LDLR": (
        6547,
        "low density lipoprotein receptor",
        "19p13.2",
        "19",
        [],
        ["FHC", "LDLCQ2"],
        True,
    ),
    "MYH7": (7577, "myosin heavy chain 7", "14q11.2", "14", [], ["CMH1", "MPD1", "SPMD"], False),
    "KCNQ1": (
        6294,
        "potassium voltage-gated channel subfamily Q member 1",
        "11p15.5-p15.4",
        "11",
        ["KCNA9"],
        ["KVLQT1", "Kv7.1", "LQT1"],
        False,
    ),
    "FBN1": (3603, "fibrillin 1", "15q21.1", "15", ["FBN"], ["MFS1", "WMS"], False),
    "PAH": (8582, "phenylalanine hydroxylase", "12q23.2", "12", ["PKU1"], ["PKU"], True),
    "HBB": (
        4827,
        "hemoglobin subunit beta",
        "11p15.4",
        "11",
        [],
        ["CD113t-C", "beta-globin"],
        False,
    ),
    "DMD": (2928, "dystrophin", "Xp21.2-p21.1", "X", [], ["BMD", "CMD3B"], False),
    "GBA1": (4177, "glucosylceramidase beta 1", "1q22", "1", ["GBA"], ["GCB", "GLUC"], False),
    "SCN5A": (
        10593,
        "sodium voltage-gated channel alpha subunit 5",
        "3p22.2",
        "3",
        [],
        ["Nav1.5", "LQT3"],
        False,
    ),
}
CARDIAC = {"MYH7", "KCNQ1", "SCN5A"}  # their aliases are skos:altLabel

AD, AR, XLR = OBO.HP_0000006, OBO.HP_0000007, OBO.HP_0001419
# key: (MONDO id, label, OMIM, exact synonyms, related synonyms, other-language labels, inheritance, genes)
CONDITIONS = {
    "hboc": (
        "0003582",
        "hereditary breast ovarian cancer syndrome",
        "604370",
        ["HBOC", "hereditary breast and ovarian cancer"],
        [],
        [("syndrome sein-ovaire héréditaire", "fr")],
        AD,
        ["BRCA1", "BRCA2"],
    ),
    "fad1": (
        "0011360",
        "Fanconi anemia complementation group D1",
        "605724",
        ["FANCD1"],
        ["Fanconi anaemia D1"],
        [],
        AR,
        ["BRCA2"],
    ),
    "cf": (
        "0009061",
        "cystic fibrosis",
        "219700",
        ["CF", "mucoviscidosis"],
        [],
        [("mucoviscidose", "fr"), ("Mukoviszidose", "de")],
        AR,
        ["CFTR"],
    ),
    "cbavd": (
        "0010178",
        "congenital bilateral absence of vas deferens",
        "277180",
        ["CBAVD"],
        [],
        [],
        AR,
        ["CFTR"],
    ),
    "lynch": (
        "0005835",
        "Lynch syndrome",
        "609310",
        ["hereditary nonpolyposis colorectal cancer", "HNPCC"],
        [],
        [("Lynch-Syndrom", "de")],
        AD,
        ["MLH1"],
    ),
    "lfs": (
        "0018875",
        "Li-Fraumeni syndrome",
        "151623",
        ["LFS"],
        ["SBLA syndrome"],
        [],
        AD,
        ["TP53"],
    ),
    "fh": (
        "0005439",
        "familial hypercholesterolemia",
        "143890",
        ["FH"],
        ["hypercholesterolaemia, familial"],
        [("hypercholestérolémie familiale", "fr")],
        AD,
        ["LDLR"],
    ),
    "hcm": (
        "0005045",
        "hypertrophic cardiomyopathy",
        "192600",
        ["HCM"],
        ["familial hypertrophic cardiomyopathy 1"],
        [("hypertrophe Kardiomyopathie", "de")],
        AD,
        ["MYH7"],
    ),
    "lqt1": (
        "0100316",
        "long QT syndrome 1",
        "192500",
        ["LQT1"],
        ["Romano-Ward syndrome 1"],
        [],
        AD,
        ["KCNQ1"],
    ),
    "jlns": (
        "0009459",
        "Jervell and Lange-Nielsen syndrome 1",
        "220400",
        ["JLNS1"],
        ["cardioauditory syndrome"],
        [],
        AR,
        ["KCNQ1"],
    ),
    "marfan": (
        "0007947",
        "Marfan syndrome",
        "154700",
        ["MFS"],
        [],
        [("syndrome de Marfan", "fr")],
        AD,
        ["FBN1"],
    ),
    "pku": (
        "0009861",
        "phenylketonuria",
        "261600",
        ["PKU"],
        ["Folling disease"],
        [("Phenylketonurie", "de")],
        AR,
        ["PAH"],
    ),
    "bthal": (
        "0019402",
        "beta-thalassemia",
        "613985",
        ["beta thalassaemia"],
        ["Cooley anemia"],
        [],
        AR,
        ["HBB"],
    ),
    "sca": (
        "0011382",
        "sickle cell anemia",
        "603903",
        ["sickle cell disease", "HbSS disease"],
        [],
        [("drépanocytose", "fr")],
        AR,
        ["HBB"],
    ),
    "dmd": (
        "0010679",
        "Duchenne muscular dystrophy",
        "310200",
        ["DMD"],
        ["Duchenne-type muscular dystrophy"],
        [],
        XLR,
        ["DMD"],
    ),
    "brugada": (
        "0015263",
        "Brugada syndrome",
        "601144",
        ["BrS"],
        ["sudden unexplained nocturnal death syndrome"],
        [],
        AD,
        ["SCN5A"],
    ),
    "gaucher": (
        "0018150",
        "Gaucher disease",
        "230800",
        ["glucocerebrosidase deficiency"],
        [],
        [("maladie de Gaucher", "fr")],
        None,
        ["GBA1"],
    ),
}
# genes whose conditions are said from the condition's side (vkb:causalGene)
CAUSAL_FROM_CONDITION = {"MYH7", "PAH", "HBB", "DMD", "SCN5A"}
OMIM_AS_IRI = {"lqt1", "jlns", "dmd", "gaucher"}

# transcript: (gene, MANE Select)
TRANSCRIPTS = {
    "NM_007294.4": ("BRCA1", True),
    "NM_000059.4": ("BRCA2", True),
    "NM_000492.4": ("CFTR", True),
    "NM_000249.4": ("MLH1", True),
    "NM_000546.6": ("TP53", True),
    "NM_000527.5": ("LDLR", True),
    "NM_000257.4": ("MYH7", True),
    "NM_000218.3": ("KCNQ1", True),
    "NM_000138.5": ("FBN1", True),
    "NM_000277.3": ("PAH", True),
    "NM_000518.5": ("HBB", True),
    "NM_004006.3": ("DMD", True),
    "NM_000157.4": ("GBA1", True),
    "NM_198056.3": ("SCN5A", True),
    "NM_001126112.3": ("TP53", False),
}
# SO terms: id -> (label, exact synonym, parent)
SO = {
    "0001059": ("sequence_alteration", "sequence alteration", None),
    "0001483": ("SNV", "single nucleotide variant", "0001059"),
    "0000159": ("deletion", "del", "0001059"),
    "0000667": ("insertion", "ins", "0001059"),
    "1000035": ("duplication", "dup", "0000667"),
    "0001060": ("sequence_variant", "variant effect", None),
    "0001818": ("protein_altering_variant", "protein altering variant", "0001060"),
    "0001583": ("missense_variant", "missense", "0001818"),
    "0001589": ("frameshift_variant", "frameshift", "0001818"),
    "0001587": ("stop_gained", "nonsense", "0001818"),
    "0001822": ("inframe_deletion", "in-frame deletion", "0001818"),
    "0001819": ("synonymous_variant", "silent mutation", "0001060"),
    "0001629": ("splice_site_variant", "splice site variant", "0001060"),
    "0001575": ("splice_donor_variant", "splice donor variant", "0001629"),
    "0001630": ("splice_region_variant", "splice region variant", "0001060"),
    "0001627": ("intron_variant", "intronic variant", "0001060"),
    "0001631": ("upstream_gene_variant", "5' upstream variant", "0001060"),
}
SO_TYPE = {"snv": "0001483", "del": "0000159", "ins": "0000667", "dup": "1000035"}

# accession: (transcript, c., p. or "", rsID, type, consequence, GRCh38 start, GRCh37 start, length, ref, alt, legacy names)
VARIANTS = {
    "HGV000101": (
        "NM_007294.4",
        "c.5266dup",
        "p.Gln1756ProfsTer74",
        "rs80357906",
        "dup",
        "0001589",
        43057062,
        41209079,
        1,
        "G",
        "GC",
        ["5382insC"],
    ),
    "HGV000102": (
        "NM_007294.4",
        "c.68_69del",
        "p.Glu23ValfsTer17",
        "rs80357914",
        "del",
        "0001589",
        43124027,
        41276044,
        2,
        "ACT",
        "A",
        ["185delAG"],
    ),
    "HGV000103": (
        "NM_007294.4",
        "c.181T>G",
        "p.Cys61Gly",
        "rs28897672",
        "snv",
        "0001583",
        43115726,
        41267743,
        1,
        "A",
        "C",
        ["C61G"],
    ),
    "HGV000104": (
        "NM_007294.4",
        "c.4837A>G",
        "p.Ser1613Gly",
        "rs1799966",
        "snv",
        "0001583",
        43071077,
        41223094,
        1,
        "T",
        "C",
        [],
    ),
    "HGV000105": (
        "NM_000059.4",
        "c.5946del",
        "p.Ser1982ArgfsTer22",
        "rs80359550",
        "del",
        "0001589",
        32340301,
        32914438,
        1,
        "GT",
        "G",
        ["6174delT"],
    ),
    "HGV000106": (
        "NM_000059.4",
        "c.9976A>T",
        "p.Lys3326Ter",
        "rs11571833",
        "snv",
        "0001587",
        32398438,
        32972575,
        1,
        "A",
        "T",
        ["K3326X"],
    ),
    "HGV000107": (
        "NM_000059.4",
        "c.7007G>A",
        "p.Arg2336His",
        "rs28897743",
        "snv",
        "0001583",
        32356609,
        32930746,
        1,
        "G",
        "A",
        [],
    ),
    "HGV000108": (
        "NM_000492.4",
        "c.1521_1523del",
        "p.Phe508del",
        "rs113993960",
        "del",
        "0001822",
        117559591,
        117199645,
        3,
        "ATCT",
        "A",
        ["F508del", "ΔF508"],
    ),
    "HGV000109": (
        "NM_000492.4",
        "c.1652G>A",
        "p.Gly551Asp",
        "rs75527207",
        "snv",
        "0001583",
        117587806,
        117227860,
        1,
        "G",
        "A",
        ["G551D"],
    ),
    "HGV000110": (
        "NM_000492.4",
        "c.1210-11T>G",
        "",
        "rs1805177",
        "snv",
        "0001627",
        117548606,
        117188660,
        1,
        "T",
        "G",
        ["5T allele"],
    ),
    "HGV000111": (
        "NM_000492.4",
        "c.3846G>A",
        "p.Trp1282Ter",
        "rs77010898",
        "snv",
        "0001587",
        117642566,
        117282620,
        1,
        "G",
        "A",
        ["W1282X"],
    ),
    "HGV000112": (
        "NM_000249.4",
        "c.350C>T",
        "p.Thr117Met",
        "rs63750781",
        "snv",
        "0001583",
        37020346,
        37061837,
        1,
        "C",
        "T",
        [],
    ),
    "HGV000113": (
        "NM_000249.4",
        "c.1852_1854del",
        "p.Lys618del",
        "rs63751247",
        "del",
        "0001822",
        37048554,
        37090045,
        3,
        "CAAG",
        "C",
        [],
    ),
    "HGV000114": (
        "NM_000249.4",
        "c.655A>G",
        "p.Ile219Val",
        "rs1799977",
        "snv",
        "0001583",
        37025636,
        37067127,
        1,
        "A",
        "G",
        [],
    ),
    "HGV000115": (
        "NM_000249.4",
        "c.790+1G>A",
        "",
        "rs267607789",
        "snv",
        "0001575",
        37026007,
        37067498,
        1,
        "G",
        "A",
        [],
    ),
    "HGV000116": (
        "NM_000546.6",
        "c.743G>A",
        "p.Arg248Gln",
        "rs11540652",
        "snv",
        "0001583",
        7674220,
        7577538,
        1,
        "C",
        "T",
        ["R248Q"],
    ),
    "HGV000117": (
        "NM_000546.6",
        "c.215C>G",
        "p.Pro72Arg",
        "rs1042522",
        "snv",
        "0001583",
        7676154,
        7579472,
        1,
        "G",
        "C",
        ["P72R"],
    ),
    "HGV000118": (
        "NM_000546.6",
        "c.524G>A",
        "p.Arg175His",
        "rs28934578",
        "snv",
        "0001583",
        7675088,
        7578406,
        1,
        "C",
        "T",
        ["R175H"],
    ),
    "HGV000119": (
        "NM_000527.5",
        "c.1646G>A",
        "p.Gly549Asp",
        "rs28942078",
        "snv",
        "0001583",
        11113534,
        11224210,
        1,
        "G",
        "A",
        [],
    ),
    "HGV000120": (
        "NM_000527.5",
        "c.81C>T",
        "p.Cys27=",
        "rs2228671",
        "snv",
        "0001819",
        11100223,
        11210899,
        1,
        "C",
        "T",
        [],
    ),
    "HGV000121": (
        "NM_000527.5",
        "c.313+1G>A",
        "",
        "rs112029328",
        "snv",
        "0001575",
        11102787,
        11213463,
        1,
        "G",
        "A",
        [],
    ),
    "HGV000122": (
        "NM_000257.4",
        "c.1208G>A",
        "p.Arg403Gln",
        "rs121913624",
        "snv",
        "0001583",
        23429005,
        23898214,
        1,
        "C",
        "T",
        ["R403Q"],
    ),
    "HGV000123": (
        "NM_000257.4",
        "c.2389G>A",
        "p.Ala797Thr",
        "rs3218716",
        "snv",
        "0001583",
        23425360,
        23894569,
        1,
        "C",
        "T",
        [],
    ),
    "HGV000124": (
        "NM_000218.3",
        "c.569G>A",
        "p.Arg190Gln",
        "rs120074178",
        "snv",
        "0001583",
        2570721,
        2591951,
        1,
        "G",
        "A",
        [],
    ),
    "HGV000125": (
        "NM_000218.3",
        "c.1032+1G>A",
        "",
        "rs397508121",
        "snv",
        "0001575",
        2672240,
        2693470,
        1,
        "G",
        "A",
        [],
    ),
    "HGV000126": (
        "NM_000138.5",
        "c.3037G>A",
        "p.Gly1013Arg",
        "rs137854476",
        "snv",
        "0001583",
        48487350,
        48779547,
        1,
        "C",
        "T",
        [],
    ),
    "HGV000127": (
        "NM_000138.5",
        "c.8176C>T",
        "p.Arg2726Trp",
        "rs111401431",
        "snv",
        "0001583",
        48410927,
        48703124,
        1,
        "G",
        "A",
        [],
    ),
    "HGV000128": (
        "NM_000277.3",
        "c.1222C>T",
        "p.Arg408Trp",
        "rs5030858",
        "snv",
        "0001583",
        102840493,
        103234271,
        1,
        "G",
        "A",
        ["R408W"],
    ),
    "HGV000129": (
        "NM_000277.3",
        "c.1066-11G>A",
        "",
        "rs5030855",
        "snv",
        "0001630",
        102843759,
        103237537,
        1,
        "C",
        "T",
        ["IVS10-11G>A"],
    ),
    "HGV000130": (
        "NM_000518.5",
        "c.20A>T",
        "p.Glu7Val",
        "rs334",
        "snv",
        "0001583",
        5227002,
        5248232,
        1,
        "T",
        "A",
        ["HbS", "Glu6Val"],
    ),
    "HGV000131": (
        "NM_000518.5",
        "c.92+1G>A",
        "",
        "rs33971440",
        "snv",
        "0001575",
        5226773,
        5248003,
        1,
        "C",
        "T",
        ["IVS-I-1"],
    ),
    "HGV000132": (
        "NM_000518.5",
        "c.-78A>G",
        "",
        "rs33931746",
        "snv",
        "0001631",
        5227099,
        5248329,
        1,
        "T",
        "C",
        ["-28A>G"],
    ),
    "HGV000133": (
        "NM_004006.3",
        "c.2302C>T",
        "p.Arg768Ter",
        "rs128626231",
        "snv",
        "0001587",
        32364060,
        32382177,
        1,
        "G",
        "A",
        [],
    ),
    "HGV000134": (
        "NM_004006.3",
        "c.8734A>G",
        "p.Asn2912Asp",
        "rs1800280",
        "snv",
        "0001583",
        31478257,
        31496374,
        1,
        "T",
        "C",
        [],
    ),
    "HGV000135": (
        "NM_000157.4",
        "c.1226A>G",
        "p.Asn409Ser",
        "rs76763715",
        "snv",
        "0001583",
        155235843,
        155205634,
        1,
        "T",
        "C",
        ["N370S"],
    ),
    "HGV000136": (
        "NM_000157.4",
        "c.1448T>C",
        "p.Leu483Pro",
        "rs421016",
        "snv",
        "0001583",
        155235252,
        155205043,
        1,
        "A",
        "G",
        ["L444P"],
    ),
    "HGV000137": (
        "NM_198056.3",
        "c.5350G>A",
        "p.Glu1784Lys",
        "rs137854600",
        "snv",
        "0001583",
        38551514,
        38593005,
        1,
        "C",
        "T",
        ["E1784K"],
    ),
    "HGV000138": (
        "NM_198056.3",
        "c.1673A>G",
        "p.His558Arg",
        "rs1805124",
        "snv",
        "0001583",
        38603929,
        38645420,
        1,
        "T",
        "C",
        ["H558R"],
    ),
    "HGV000139": (
        "NM_000059.4",
        "c.8487+1G>A",
        "",
        "rs81002858",
        "ins",
        "0001575",
        32370558,
        32944695,
        1,
        "G",
        "GA",
        [],
    ),
}
NO_NAME = {"HGV000114", "HGV000125", "HGV000139"}
HGVS_RECORD = {"NM_000249.4", "NM_000546.6", "NM_000218.3"}  # HGVS as blank records
RS_AS_IRI = {"HGV000104", "HGV000117", "HGV000120", "HGV000134", "HGV000138"}
FROM_GENE_SIDE = {"HGV000133", "HGV000134", "HGV000135", "HGV000136"}

POPULATIONS = {
    "nfe": "European (non-Finnish)",
    "afr": "African/African American",
    "eas": "East Asian",
    "sas": "South Asian",
    "amr": "Admixed American",
    "asj": "Ashkenazi Jewish",
    "fin": "Finnish",
}
# accession: [(population, frequency, allele count, allele number)]
FREQUENCIES = {
    "HGV000104": [
        ("nfe", "0.3341", 380112, 1137720),
        ("afr", "0.1042", 7811, 74962),
        ("eas", "0.5523", 24610, 44560),
    ],
    "HGV000108": [
        ("nfe", "0.01247", 14188, 1137760),
        ("afr", "0.00201", 151, 75122),
        ("asj", "0.01533", 476, 31050),
    ],
    "HGV000106": [("nfe", "0.007813", 8889, 1137720), ("fin", "0.01296", 834, 64342)],
    "HGV000117": [
        ("nfe", "0.7212", 820530, 1137720),
        ("afr", "0.3108", 23298, 74962),
        ("eas", "0.6013", 26794, 44560),
    ],
    "HGV000110": [("nfe", "0.04623", 52598, 1137760), ("sas", "0.03114", 2829, 90854)],
    "HGV000130": [
        ("afr", "0.04818", 3617, 75072),
        ("amr", "0.002941", 176, 59850),
        ("nfe", "0.0000141", 16, 1137760),
    ],
    "HGV000114": [("nfe", "0.05412", 61573, 1137720), ("eas", "0.01007", 449, 44580)],
    "HGV000120": [("nfe", "0.1128", 128336, 1137720), ("sas", "0.1689", 15346, 90854)],
    "HGV000134": [("afr", "0.2104", 11863, 56380), ("nfe", "0.1533", 131492, 857760)],
    "HGV000138": [
        ("nfe", "0.2176", 247571, 1137760),
        ("afr", "0.2872", 21532, 74972),
        ("eas", "0.0942", 4198, 44560),
    ],
    "HGV000135": [("asj", "0.03198", 993, 31050), ("nfe", "0.001693", 1926, 1137720)],
    "HGV000105": [("asj", "0.006441", 200, 31050)],
    "HGV000102": [("asj", "0.004153", 129, 31062)],
    "HGV000128": [("nfe", "0.0008631", 982, 1137760)],
    "HGV000123": [("nfe", "0.0001934", 220, 1137740), ("sas", "0.001222", 111, 90850)],
}
GRPMAX = {"HGV000127": "0.0000412", "HGV000107": "0.0000881", "HGV000113": "0.0000234"}

# lab key: (names [(text, lang)], name property, English alternative name, city, country)
LABS = {
    "helixgen": (
        [("HelixGen Clinical Genomics Laboratory", "en")],
        RDFS.label,
        None,
        "Leeds",
        "United Kingdom",
    ),
    "stEloi": (
        [("Laboratoire de génétique moléculaire, Hôpital Saint-Éloi", "fr")],
        FOAF.name,
        "Saint-Eloi Molecular Genetics Lab",
        "Montpellier",
        "France",
    ),
    "nordic": ([("Nordic Cardiogenetics Centre", "en")], FOAF.name, None, "Oslo", "Norway"),
    "hcvcep": (
        [("Hereditary Cancer Variant Curation Expert Panel", "en")],
        RDFS.label,
        None,
        None,
        None,
    ),
    "rheinfeld": (
        [("Genomdiagnostik am Universitätsklinikum Rheinfeld", "de")],
        FOAF.name,
        None,
        "Rheinfeld",
        "Germany",
    ),
    "dublin": (
        [("Metabolic Disease Reference Laboratory", "en")],
        RDFS.label,
        None,
        "Dublin",
        "Ireland",
    ),
}
SIGNIFICANCE = {
    "pathogenic": ("Pathogenic", ["P"]),
    "likely-pathogenic": ("Likely pathogenic", ["LP"]),
    "uncertain": ("Uncertain significance", ["VUS", "variant of uncertain significance"]),
    "likely-benign": ("Likely benign", ["LB"]),
    "benign": ("Benign", ["B"]),
}
# criterion: (strength, pathogenic side, definition)
CRITERIA = {
    "PVS1": (
        "Very strong",
        True,
        "null variant in a gene where loss of function is a known mechanism of disease",
    ),
    "PS1": ("Strong", True, "same amino acid change as an established pathogenic variant"),
    "PS3": ("Strong", True, "well-established functional studies show a damaging effect"),
    "PS4": (
        "Strong",
        True,
        "prevalence in affected individuals significantly increased over controls",
    ),
    "PM1": ("Moderate", True, "located in a mutational hot spot or critical functional domain"),
    "PM2": (
        "Moderate",
        True,
        "absent from controls or at extremely low frequency in population databases",
    ),
    "PM3": (
        "Moderate",
        True,
        "for recessive disorders, detected in trans with a pathogenic variant",
    ),
    "PM4": ("Moderate", True, "protein length change from an in-frame deletion or insertion"),
    "PM5": (
        "Moderate",
        True,
        "novel missense change at a residue where another pathogenic missense change is seen",
    ),
    "PP1": ("Supporting", True, "cosegregation with disease in multiple affected family members"),
    "PP3": (
        "Supporting",
        True,
        "multiple computational lines of evidence support a deleterious effect",
    ),
    "PP4": (
        "Supporting",
        True,
        "patient's phenotype or family history highly specific for the disease",
    ),
    "BA1": ("Stand-alone", False, "allele frequency above 5% in population databases"),
    "BS1": ("Strong", False, "allele frequency greater than expected for the disorder"),
    "BS3": ("Strong", False, "well-established functional studies show no damaging effect"),
    "BP4": ("Supporting", False, "multiple computational lines of evidence suggest no impact"),
    "BP6": ("Supporting", False, "reputable source reports the variant as benign (retired)"),
}
REVIEW = {
    "single": ("criteria provided, single submitter", 1),
    "panel": ("reviewed by expert panel", 3),
    "none": ("no assertion criteria provided", 0),
}
# pmid: (title or None, year, first author, journal)
PUBS = {
    "25741868": (
        "Standards and guidelines for the interpretation of sequence variants",
        "2015",
        "Richards S",
        "Genetics in Medicine",
    ),
    "7545954": (
        "A strong candidate for the breast and ovarian cancer susceptibility gene BRCA1",
        "1994",
        "Miki Y",
        "Science",
    ),
    "2475911": (
        "Identification of the cystic fibrosis gene: cloning and characterization of complementary DNA",
        "1989",
        "Riordan JR",
        "Science",
    ),
    "29401210": (
        "Functional assays of BRCA1 RING domain missense variants",
        "2018",
        "Starita LM",
        "American Journal of Human Genetics",
    ),
    "31105275": (
        "Ivacaftor response in carriers of gating variants",
        "2019",
        "Okafor N",
        "Journal of Cystic Fibrosis",
    ),
    "30311375": (
        "Mismatch repair variant classification by the expert panel",
        "2018",
        "Thompson BA",
        "Human Mutation",
    ),
    "27479802": (
        "TP53 hotspot variants and cancer risk in Li-Fraumeni families",
        "2016",
        "Bougeard G",
        "Journal of Clinical Oncology",
    ),
    "32770158": (
        "LDLR splice variants in familial hypercholesterolemia cohorts",
        "2020",
        "Sánchez-Hernández RM",
        "Atherosclerosis",
    ),
    "2147032": (
        "A molecular basis for familial hypertrophic cardiomyopathy: a beta cardiac myosin heavy chain gene missense mutation",
        "1990",
        "Geisterfer-Lowrance AA",
        "Cell",
    ),
    "34127391": (
        "Recessive KCNQ1 splice variants in Jervell and Lange-Nielsen syndrome",
        "2021",
        "Lindqvist K",
        "Heart Rhythm",
    ),
    "1852208": (
        "Marfan syndrome caused by a recurrent de novo missense mutation in the fibrillin gene",
        "1991",
        "Dietz HC",
        "Nature",
    ),
    "9634518": (
        "The PAH mutation R408W in European phenylketonuria",
        "1998",
        "Zschocke J",
        "Human Genetics",
    ),
    "33542537": (None, "2021", "Adeyemo A", "Blood"),
    "28886475": (None, "2017", "Høgsberg M", "Neuromuscular Disorders"),
    "36208945": (
        "Glucocerebrosidase variants and Parkinson disease risk",
        "2022",
        "Riboldi GM",
        "Movement Disorders",
    ),
    "30107011": (None, "2018", "Wilde AAM", "Circulation"),
}

# submission: (lab, issued, review status, date style, citation property, [(variant, condition, significance, criteria, pmids, zygosity, probands)])
# a criterion "PM2_Supporting" is applied at a modified strength (a blank record)
SUBMISSIONS = {
    "SUB-2019-0012": (
        "helixgen",
        "2019-06-03",
        "single",
        "prov",
        DCTERMS.references,
        [
            ("HGV000101", "hboc", "pathogenic", ["PVS1", "PS4", "PM2"], ["7545954"], "het", 14),
            ("HGV000102", "hboc", "pathogenic", ["PVS1", "PS4"], ["7545954"], "het", 9),
            ("HGV000104", "hboc", "benign", ["BA1"], [], None, 0),
            ("HGV000105", "hboc", "pathogenic", ["PVS1", "PM2"], [], "het", 6),
        ],
    ),
    "SUB-2021-0044": (
        "hcvcep",
        "2021-11-18",
        "panel",
        "prov",
        DCTERMS.references,
        [
            (
                "HGV000103",
                "hboc",
                "pathogenic",
                ["PS3", "PM1", "PM2_Supporting", "PP3"],
                ["29401210"],
                None,
                0,
            ),
            ("HGV000107", "hboc", "uncertain", ["PM2_Supporting"], [], None, 0),
            ("HGV000106", "hboc", "benign", ["BS1", "BP4"], [], None, 0),
            (
                "HGV000112",
                "lynch",
                "pathogenic",
                ["PS3", "PM2", "PP1", "PP3"],
                ["30311375"],
                "het",
                5,
            ),
            (
                "HGV000113",
                "lynch",
                "likely-pathogenic",
                ["PM4", "PM2", "PP1"],
                ["30311375"],
                None,
                0,
            ),
            ("HGV000114", "lynch", "benign", ["BA1"], [], None, 0),
            ("HGV000115", "lynch", "pathogenic", ["PVS1", "PM2"], ["30311375"], None, 0),
            (
                "HGV000116",
                "lfs",
                "pathogenic",
                ["PS3", "PS4", "PM1", "PM2"],
                ["27479802"],
                "het",
                11,
            ),
            ("HGV000118", "lfs", "pathogenic", ["PS3", "PM1", "PM5", "PP1"], ["27479802"], None, 0),
        ],
    ),
    "SUB-2020-0031": (
        "stEloi",
        "2020-02-27",
        "single",
        "date",
        PROV.wasDerivedFrom,
        [
            ("HGV000108", "cf", "pathogenic", ["PS3", "PM3", "PM4"], ["2475911"], "hom", 22),
            ("HGV000109", "cf", "pathogenic", ["PS3", "PM3", "PM5"], ["31105275"], None, 0),
            ("HGV000110", "cbavd", "likely-pathogenic", ["PS4", "PP4"], [], None, 0),
            ("HGV000110", "cf", "benign", ["BS1"], [], None, 0),
            ("HGV000111", "cf", "pathogenic", ["PVS1", "PM3"], [], "hom", 4),
            ("HGV000126", "marfan", "pathogenic", ["PS4", "PM1", "PM2"], ["1852208"], "het", 3),
        ],
    ),
    "SUB-2022-0007": (
        "helixgen",
        "2022-03-09",
        "single",
        "prov",
        DCTERMS.references,
        [
            ("HGV000119", "fh", "pathogenic", ["PS3", "PM2", "PP1"], [], "het", 8),
            ("HGV000120", "fh", "benign", ["BA1"], [], None, 0),
            (
                "HGV000121",
                "fh",
                "likely-pathogenic",
                ["PVS1", "PM2_Supporting"],
                ["32770158"],
                None,
                0,
            ),
            ("HGV000107", "hboc", "likely-benign", ["BP4", "BS3"], [], None, 0),
            ("HGV000117", "lfs", "benign", ["BA1"], [], None, 0),
            ("HGV000139", "hboc", "uncertain", ["PM2", "PP3"], [], None, 0),
        ],
    ),
    "SUB-2021-0102": (
        "nordic",
        "2021-08-30",
        "single",
        "prov",
        DCTERMS.references,
        [
            (
                "HGV000122",
                "hcm",
                "pathogenic",
                ["PS3", "PS4", "PM1", "PP1"],
                ["2147032"],
                "het",
                12,
            ),
            ("HGV000123", "hcm", "uncertain", ["PM1", "PP3"], [], None, 0),
            ("HGV000124", "lqt1", "pathogenic", ["PS3", "PM1", "PP1"], [], "het", 7),
            (
                "HGV000125",
                "jlns",
                "likely-pathogenic",
                ["PVS1", "PM3_Supporting"],
                ["34127391"],
                "hom",
                2,
            ),
            ("HGV000137", "brugada", "pathogenic", ["PS3", "PM1", "PM2"], ["30107011"], None, 0),
            ("HGV000138", "brugada", "benign", ["BA1"], [], None, 0),
        ],
    ),
    "SUB-2023-0019": (
        "rheinfeld",
        "2023-05-15",
        "single",
        "prov",
        DCTERMS.references,
        [
            (
                "HGV000123",
                "hcm",
                "likely-pathogenic",
                ["PM1", "PM2_Supporting", "PP3", "PP1"],
                [],
                None,
                0,
            ),
            ("HGV000127", "marfan", "uncertain", ["PM2", "BP4"], [], None, 0),
            ("HGV000133", "dmd", "pathogenic", ["PVS1", "PM2", "PP4"], ["28886475"], "hemi", 3),
            ("HGV000134", "dmd", "benign", ["BA1"], [], None, 0),
        ],
    ),
    "SUB-2022-0058": (
        "dublin",
        "2022-10-04",
        "single",
        "prov",
        DCTERMS.references,
        [
            ("HGV000128", "pku", "pathogenic", ["PS3", "PM3", "PP4"], ["9634518"], "hom", 31),
            ("HGV000129", "pku", "pathogenic", ["PS3", "PM3"], [], None, 0),
            ("HGV000135", "gaucher", "pathogenic", ["PS3", "PM3", "PP4"], ["36208945"], "hom", 17),
            ("HGV000136", "gaucher", "pathogenic", ["PS3", "PM3"], [], None, 0),
        ],
    ),
    "SUB-2024-0003": (
        "helixgen",
        "2024-01-22",
        "single",
        "prov",
        DCTERMS.references,
        [
            ("HGV000130", "sca", "pathogenic", ["PS3", "PS4", "PP4"], ["33542537"], "hom", 40),
            ("HGV000131", "bthal", "pathogenic", ["PVS1", "PM3"], [], None, 0),
            ("HGV000132", "bthal", "likely-pathogenic", ["PS3_Moderate", "PM3"], [], None, 0),
            ("HGV000127", "marfan", "likely-benign", ["BS3", "BP4"], [], None, 0),
        ],
    ),
}
# the oldest submission: direct GENO calls, no records
OLD_SUBMISSION = (
    "SUB-2016-0001",
    "helixgen",
    "2016-09-12",
    [
        ("HGV000101", "pathogenic", "hboc"),
        ("HGV000105", "pathogenic", "fad1"),
        ("HGV000108", "pathogenic", "cbavd"),
        ("HGV000124", "pathogenic", "jlns"),
        ("HGV000119", "uncertain", "fh"),
    ],
)
GENO_CALL = {
    "pathogenic": OBO.GENO_0000840,
    "uncertain": OBO.GENO_0000845,
    "benign": OBO.GENO_0000843,
}
ZYGOSITY = {
    "het": ("0000135", "heterozygous"),
    "hom": ("0000136", "homozygous"),
    "hemi": ("0000134", "hemizygous"),
}
ASSEMBLIES = {"GRCh38": ("hg38", "GCF_000001405.40"), "GRCh37": ("hg19", "GCF_000001405.25")}
REFSEQ_CHROM = {
    "1": ("NC_000001.11", "NC_000001.10"),
    "3": ("NC_000003.12", "NC_000003.11"),
    "7": ("NC_000007.14", "NC_000007.13"),
    "11": ("NC_000011.10", "NC_000011.9"),
    "12": ("NC_000012.12", "NC_000012.11"),
    "13": ("NC_000013.11", "NC_000013.10"),
    "14": ("NC_000014.9", "NC_000014.8"),
    "15": ("NC_000015.10", "NC_000015.9"),
    "17": ("NC_000017.11", "NC_000017.10"),
    "19": ("NC_000019.10", "NC_000019.9"),
    "X": ("NC_000023.11", "NC_000023.10"),
}

_BNODES = itertools.count(1)


def bnode() -> BNode:
    """A blank node with a stable label, so the file is the same on every run."""
    return BNode(f"b{next(_BNODES)}")


def trig(ds: Dataset) -> str:
    """``ds`` as TriG with its graphs in a fixed order (rdflib writes them in set order)."""
    prefixes: set[str] = set()
    blocks = []
    graphs = sorted(
        ds.graphs(), key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier))
    )
    for graph in graphs:
        one = Dataset()
        for p, ns in ds.namespaces():
            one.bind(p, ns, override=True, replace=True)
        target = (
            one.default_graph
            if graph.identifier == DATASET_DEFAULT_GRAPH_ID
            else one.graph(graph.identifier)
        )
        for t in graph:
            target.add(t)
        if not len(target):
            continue
        lines = one.serialize(format="trig").splitlines()
        prefixes |= {x for x in lines if x.startswith("@prefix")}
        blocks.append("\n".join(x for x in lines if not x.startswith("@prefix")).strip())
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n"


def ontology(add) -> None:  # type: ignore[no-untyped-def]
    """The lab's classes and properties, the SO terms, GENO / RO / HPO terms it uses."""
    classes = [
        (VKB.Assertion, PROV.Entity, "assertion"),
        (VKB.Classification, VKB.Assertion, "classification"),
        (VKB.GermlineClassification, VKB.Classification, "germline classification"),
        (VKB.PopulationFrequency, VKB.Assertion, "population allele frequency"),
        (VKB.HgvsExpression, None, "HGVS expression"),
        (VKB.AppliedCriterion, None, "applied ACMG criterion"),
        (VKB.CaseObservation, None, "case observation"),
        (VKB.Laboratory, PROV.Organization, "laboratory"),
        (VKB.ExpertPanel, VKB.Laboratory, "expert panel"),
        (VKB.Publication, None, "publication"),
        (VKB.Population, None, "population"),
        (VKB.ChromosomeSequence, None, "chromosome sequence"),
        (VKB.Assembly, None, "genome assembly"),
    ]
    for c, parent, label in classes:
        add((c, RDF.type, OWL.Class))
        add((c, RDFS.label, Literal(label, lang="en")))
        if parent is not None:
            add((c, RDFS.subClassOf, parent))
    add((OBO.GENO_0000002, RDFS.label, Literal("variant allele")))
    add((OBO.GENO_0000002, RDFS.subClassOf, OBO.GENO_0000512))
    add((OBO.GENO_0000512, RDFS.label, Literal("allele")))
    for so, (label, syn, parent) in SO.items():
        t = OBO["SO_" + so]
        add((t, RDF.type, OWL.Class))
        add((t, RDFS.label, Literal(label)))
        add((t, OIO.hasExactSynonym, Literal(syn)))
        add((t, OIO.id, Literal("SO:" + so)))
        if parent:
            add((t, RDFS.subClassOf, OBO["SO_" + parent]))
    add((OBO.SO_0000704, RDF.type, OWL.Class))
    add((OBO.SO_0000704, RDFS.label, Literal("gene")))
    add((OBO.SO_0000234, RDF.type, OWL.Class))
    add((OBO.SO_0000234, RDFS.label, Literal("mRNA")))
    for hp, label in [
        (AD, "Autosomal dominant inheritance"),
        (AR, "Autosomal recessive inheritance"),
        (XLR, "X-linked recessive inheritance"),
    ]:
        add((hp, RDFS.label, Literal(label)))
        add((hp, RDFS.subClassOf, OBO.HP_0000005))
    add((OBO.HP_0000005, RDFS.label, Literal("Mode of inheritance")))
    add((OBO.HP_0000006, OIO.hasExactSynonym, Literal("AD")))
    add((OBO.HP_0000007, OIO.hasExactSynonym, Literal("AR")))
    for z, label in ZYGOSITY.values():
        add((OBO["GENO_" + z], RDFS.label, Literal(label)))
        add((OBO["GENO_" + z], RDFS.subClassOf, OBO.GENO_0000133))
    add((OBO.GENO_0000133, RDFS.label, Literal("zygosity")))
    props = [
        (
            OBO.RO_0004013,
            "is causal germline mutation in",
            "a gene whose germline variants cause the condition",
            OWL.ObjectProperty,
        ),
        (VKB.causalGene, "causal gene", None, OWL.ObjectProperty),
        (
            OBO.GENO_0000408,
            "is allele of",
            "the gene a variant allele is a form of",
            OWL.ObjectProperty,
        ),
        (VKB.hasVariant, "has variant", None, OWL.ObjectProperty),
        (OBO.GENO_0000608, "has zygosity", None, OWL.ObjectProperty),
        (
            OBO.GENO_0000840,
            "pathogenic for condition",
            "the variant is pathogenic for the condition (a call of the 2016 submission)",
            OWL.ObjectProperty,
        ),
        (OBO.GENO_0000843, "benign for condition", None, OWL.ObjectProperty),
        (OBO.GENO_0000845, "has uncertain significance for condition", None, OWL.ObjectProperty),
        (VKB.variant, "variant", "the variant a classification is about", OWL.ObjectProperty),
        (
            VKB.condition,
            "condition",
            "the condition the variant is classified for",
            OWL.ObjectProperty,
        ),
        (
            VKB.clinicalSignificance,
            "clinical significance",
            "the germline classification on the five-tier ACMG/AMP scale",
            OWL.ObjectProperty,
        ),
        (
            VKB.criterionMet,
            "ACMG criterion met",
            "an ACMG/AMP evidence criterion applied at its default strength",
            OWL.ObjectProperty,
        ),
        (
            VKB.criterionApplied,
            "ACMG criterion applied",
            "an ACMG/AMP criterion applied at a modified strength",
            OWL.ObjectProperty,
        ),
        (VKB.criterion, "criterion", None, OWL.ObjectProperty),
        (VKB.appliedStrength, "applied strength", None, OWL.DatatypeProperty),
        (VKB.reviewStatus, "review status", None, OWL.ObjectProperty),
        (VKB.caseObservation, "case observation", None, OWL.ObjectProperty),
        (
            VKB.probandCount,
            "number of probands",
            "how many unrelated probands carried the variant",
            OWL.DatatypeProperty,
        ),
        (
            VKB.molecularConsequence,
            "molecular consequence",
            "the variant's effect on the MANE Select transcript, a Sequence Ontology term",
            OWL.ObjectProperty,
        ),
        (VKB.hgvsCoding, "HGVS coding expression", None, OWL.DatatypeProperty),
        (VKB.hgvsProtein, "HGVS protein expression", None, OWL.DatatypeProperty),
        (VKB.hgvs, "HGVS expression", None, OWL.ObjectProperty),
        (VKB.onSequence, "reference sequence", None, OWL.ObjectProperty),
        (VKB.dbsnp, "dbSNP identifier", "the rsID of the variant", OWL.DatatypeProperty),
        (VKB.referenceAllele, "reference allele", None, OWL.DatatypeProperty),
        (VKB.alternateAllele, "alternate allele", None, OWL.DatatypeProperty),
        (
            VKB.alleleFrequency,
            "allele frequency",
            "a population allele frequency record",
            OWL.ObjectProperty,
        ),
        (VKB.population, "population", None, OWL.ObjectProperty),
        (VKB.frequency, "frequency", None, OWL.DatatypeProperty),
        (VKB.alleleCount, "allele count", None, OWL.DatatypeProperty),
        (VKB.alleleNumber, "allele number", None, OWL.DatatypeProperty),
        (
            VKB.gnomadGrpmaxAF,
            "gnomAD grpmax allele frequency",
            "the highest allele frequency over gnomAD's genetic ancestry groups",
            OWL.DatatypeProperty,
        ),
        (VKB.modeOfInheritance, "mode of inheritance", None, OWL.ObjectProperty),
        (
            VKB.cytogeneticLocation,
            "cytogenetic location",
            "the chromosome band of the gene",
            OWL.DatatypeProperty,
        ),
        (VKB.chromosome, "chromosome", None, OWL.DatatypeProperty),
        (
            VKB.previousSymbol,
            "previous symbol",
            "an HGNC symbol the gene was approved under before",
            OWL.DatatypeProperty,
        ),
        (VKB.transcriptOf, "transcript of", None, OWL.ObjectProperty),
        (VKB.maneSelect, "MANE Select", None, OWL.DatatypeProperty),
        (VKB.assembly, "assembly", None, OWL.ObjectProperty),
        (VKB.stars, "review stars", None, OWL.DatatypeProperty),
        (VKB.strength, "default strength", None, OWL.DatatypeProperty),
        (VKB.journal, "journal", None, OWL.DatatypeProperty),
        (VKB.city, "city", None, OWL.DatatypeProperty),
        (VKB.country, "country", None, OWL.DatatypeProperty),
    ]
    for p, label, comment, kind in props:
        add((p, RDF.type, kind))
        add((p, RDFS.label, Literal(label, lang="en")))
        if comment:
            add((p, RDFS.comment, Literal(comment, lang="en")))
    add((VKB.causalGene, OWL.inverseOf, OBO.RO_0004013))
    add((VKB.hasVariant, OWL.inverseOf, OBO.GENO_0000408))
    add((VKB.variant, RDFS.domain, VKB.Classification))
    add((VKB.clinicalSignificance, RDFS.range, SKOS.Concept))
    add((OBO.GENO_0000408, RDFS.range, OBO.SO_0000704))


def vocabularies(add) -> None:  # type: ignore[no-untyped-def]
    """The significance, ACMG criterion and review-status concept schemes."""
    for scheme, label in [
        (SIG.scheme, "Clinical significance"),
        (ACMG.scheme, "ACMG/AMP evidence criteria"),
        (REV.scheme, "Review status"),
    ]:
        add((scheme, RDF.type, SKOS.ConceptScheme))
        add((scheme, SKOS.prefLabel, Literal(label, lang="en")))
    for key, (label, alts) in SIGNIFICANCE.items():
        add((SIG[key], RDF.type, SKOS.Concept))
        add((SIG[key], SKOS.inScheme, SIG.scheme))
        add((SIG[key], SKOS.prefLabel, Literal(label, lang="en")))
        for a in alts:
            add((SIG[key], SKOS.altLabel, Literal(a, lang="en")))
    for side, label in [
        ("pathogenic-criteria", "Pathogenic criteria"),
        ("benign-criteria", "Benign criteria"),
    ]:
        add((ACMG[side], RDF.type, SKOS.Concept))
        add((ACMG[side], SKOS.prefLabel, Literal(label, lang="en")))
        add((ACMG[side], SKOS.inScheme, ACMG.scheme))
    for code, (strength, pathogenic, definition) in CRITERIA.items():
        c = ACMG[code]
        add((c, RDF.type, SKOS.Concept))
        add((c, SKOS.inScheme, ACMG.scheme))
        add((c, SKOS.prefLabel, Literal(code)))
        add((c, SKOS.definition, Literal(definition, lang="en")))
        add((c, VKB.strength, Literal(strength)))
        add((c, SKOS.broader, ACMG["pathogenic-criteria" if pathogenic else "benign-criteria"]))
        if code == "BP6":
            add((c, OWL.deprecated, Literal(True)))
    for key, (label, stars) in REVIEW.items():
        add((REV[key], RDF.type, SKOS.Concept))
        add((REV[key], SKOS.inScheme, REV.scheme))
        add((REV[key], SKOS.prefLabel, Literal(label, lang="en")))
        add((REV[key], VKB.stars, Literal(stars)))


def main() -> None:
    rnd = random.Random(56)
    ds = Dataset()
    for p, ns in [
        ("vkb", VKB),
        ("var", VAR),
        ("sub", SUB),
        ("asr", ASR),
        ("lab", LAB),
        ("seq", SEQ),
        ("pop", POP),
        ("sig", SIG),
        ("acmg", ACMG),
        ("rev", REV),
        ("obo", OBO),
        ("faldo", FALDO),
        ("oboInOwl", OIO),
        ("hgnc", HGNC),
        ("dbsnp", DBSNP),
        ("pubmed", PUBMED),
        ("omim", OMIM),
        ("refseq", REFSEQ),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("foaf", FOAF),
        ("skos", SKOS),
        ("owl", OWL),
    ]:
        ds.bind(p, ns, override=True, replace=True)
    meta = ds.default_graph
    add = meta.add
    ontology(add)
    vocabularies(add)

    for asm, (alias, acc) in ASSEMBLIES.items():
        a = URIRef(BASE + "assembly/" + asm)
        add((a, RDF.type, VKB.Assembly))
        add((a, RDFS.label, Literal(asm)))
        add((a, SKOS.altLabel, Literal(alias)))
        add((a, DCTERMS.identifier, Literal(acc)))
    for chrom, accs in REFSEQ_CHROM.items():
        for asm, acc in zip(ASSEMBLIES, accs, strict=True):
            s = SEQ[f"{asm}/chr{chrom}"]
            add((s, RDF.type, VKB.ChromosomeSequence))
            add((s, RDFS.label, Literal(f"chr{chrom} ({asm})")))
            add((s, DCTERMS.identifier, Literal(acc)))
            add((s, VKB.assembly, URIRef(BASE + "assembly/" + asm)))

    for sym, (hid, full, band, chrom, prev, aliases, pref) in GENES.items():
        g = HGNC[str(hid)]
        add((g, RDF.type, OBO.SO_0000704))
        add((g, SKOS.prefLabel if pref else RDFS.label, Literal(sym)))
        add((g, DCTERMS.description, Literal(full, lang="en")))
        add((g, DCTERMS.identifier, Literal(f"HGNC:{hid}")))
        add((g, VKB.cytogeneticLocation, Literal(band)))
        add((g, VKB.chromosome, Literal(chrom)))
        for p in prev:
            add((g, VKB.previousSymbol, Literal(p)))
        for a in aliases:
            add((g, SKOS.altLabel if sym in CARDIAC else OIO.hasExactSynonym, Literal(a)))
    for key, (mid, label, omim, exact, related, other, moi, genes) in CONDITIONS.items():
        c = OBO["MONDO_" + mid]
        add((c, RDF.type, OBO.MONDO_0000001))
        add((c, RDFS.label, Literal(label)))
        add((c, OIO.id, Literal("MONDO:" + mid)))
        for s in exact:
            add((c, OIO.hasExactSynonym, Literal(s)))
        for s in related:
            add((c, OIO.hasRelatedSynonym, Literal(s)))
        for text, lang in other:
            add((c, RDFS.label, Literal(text, lang=lang)))
        if key in OMIM_AS_IRI:
            add((c, SKOS.exactMatch, OMIM[omim]))
        else:
            add((c, OIO.hasDbXref, Literal("OMIM:" + omim)))
        if moi is not None:
            add((c, VKB.modeOfInheritance, moi))
        for sym in genes:
            gene = HGNC[str(GENES[sym][0])]
            if sym in CAUSAL_FROM_CONDITION:
                add((c, VKB.causalGene, gene))
            else:
                add((gene, OBO.RO_0004013, c))
    add((OBO.MONDO_0000001, RDFS.label, Literal("disease or disorder")))

    for nm, (sym, mane) in TRANSCRIPTS.items():
        t = REFSEQ[nm]
        add((t, RDF.type, OBO.SO_0000234))
        add((t, RDFS.label, Literal(nm)))
        add((t, VKB.transcriptOf, HGNC[str(GENES[sym][0])]))
        add((t, VKB.maneSelect, Literal(mane)))

    for code, name in POPULATIONS.items():
        add((POP[code], RDF.type, VKB.Population))
        add((POP[code], RDFS.label, Literal(name, lang="en")))
        add((POP[code], SKOS.notation, Literal(code)))
    gnomad = URIRef("https://gnomad.broadinstitute.org/#v4.1.0")
    add((gnomad, RDF.type, PROV.Entity))
    add((gnomad, RDFS.label, Literal("gnomAD v4.1.0")))

    for key, (names, prop, alt, city, country) in LABS.items():
        lab = LAB[key]
        add((lab, RDF.type, VKB.ExpertPanel if key == "hcvcep" else VKB.Laboratory))
        add((lab, RDF.type, FOAF.Organization))
        for text, lang in names:
            add((lab, prop, Literal(text, lang=lang)))
        if alt:
            add((lab, SKOS.altLabel, Literal(alt, lang="en")))
        if city:
            add((lab, VKB.city, Literal(city)))
            add((lab, VKB.country, Literal(country)))

    for pmid, (title, year, author, journal) in PUBS.items():
        p = PUBMED[pmid]
        add((p, RDF.type, VKB.Publication))
        if title:
            add((p, DCTERMS.title, Literal(title, lang="en")))
        add((p, DCTERMS.issued, Literal(year, datatype=XSD.gYear)))
        add((p, DCTERMS.creator, Literal(author)))
        add((p, VKB.journal, Literal(journal)))
        add((p, DCTERMS.identifier, Literal("PMID:" + pmid)))

    # variants (default graph: the lab's variant catalogue)
    for acc, (nm, c, p, rs, kind, csq, pos38, pos37, length, ref, alt, legacy) in VARIANTS.items():
        v = VAR[acc]
        sym = TRANSCRIPTS[nm][0]
        gene = HGNC[str(GENES[sym][0])]
        add((v, RDF.type, OBO["SO_" + SO_TYPE[kind]]))
        add((v, RDF.type, OBO.GENO_0000002))
        add((v, DCTERMS.identifier, Literal(acc)))
        if acc not in NO_NAME:
            short = (
                p.replace("ProfsTer74", "fs")
                .replace("ValfsTer17", "fs")
                .replace("ArgfsTer22", "fs")
            )
            add((v, RDFS.label, Literal(f"{nm}({sym}):{c}" + (f" ({short})" if p else ""))))
        for name in legacy:
            add((v, SKOS.altLabel, Literal(name)))
        if nm in HGVS_RECORD:
            for expr, seq in [(f"{nm}:{c}", REFSEQ[nm])] + (
                [(f"NP_{acc[-3:]}:{p}", None)] if p else []
            ):
                h = bnode()
                add((v, VKB.hgvs, h))
                add((h, RDF.type, VKB.HgvsExpression))
                add((h, RDF.value, Literal(expr)))
                if seq is not None:
                    add((h, VKB.onSequence, seq))
        else:
            add((v, VKB.hgvsCoding, Literal(f"{nm}:{c}")))
            if p:
                add((v, VKB.hgvsProtein, Literal(p)))
        if acc in RS_AS_IRI:
            add((v, RDFS.seeAlso, DBSNP[rs]))
        else:
            add((v, VKB.dbsnp, Literal(rs)))
        if acc in FROM_GENE_SIDE:
            add((gene, VKB.hasVariant, v))
        else:
            add((v, OBO.GENO_0000408, gene))
        add((v, VKB.molecularConsequence, OBO["SO_" + csq]))
        add((v, VKB.referenceAllele, Literal(ref)))
        add((v, VKB.alternateAllele, Literal(alt)))
        chrom = GENES[sym][3]
        for asm, start in [("GRCh38", pos38), ("GRCh37", pos37)]:
            region = bnode()
            add((v, FALDO.location, region))
            add((region, RDF.type, FALDO.Region))
            for side, at in [(FALDO.begin, start), (FALDO.end, start + length - 1)]:
                pos = bnode()
                add((region, side, pos))
                add((pos, RDF.type, FALDO.ExactPosition))
                add((pos, FALDO.position, Literal(at)))
                add((pos, FALDO.reference, SEQ[f"{asm}/chr{chrom}"]))
        for pop, freq, count, number in FREQUENCIES.get(acc, []):
            f = bnode()
            add((v, VKB.alleleFrequency, f))
            add((f, RDF.type, VKB.PopulationFrequency))
            add((f, VKB.population, POP[pop]))
            add((f, VKB.frequency, Literal(freq, datatype=XSD.decimal)))
            add((f, VKB.alleleCount, Literal(count)))
            add((f, VKB.alleleNumber, Literal(number)))
            add((f, DCTERMS.source, gnomad))
        if acc in GRPMAX:
            add((v, VKB.gnomadGrpmaxAF, Literal(GRPMAX[acc], datatype=XSD.decimal)))

    # submissions: bundle metadata in the default graph, the records in the named graph
    n = 0
    for sid, (lab, issued, review, date_style, cite, records) in sorted(SUBMISSIONS.items()):
        bundle = SUB[sid]
        add((bundle, RDF.type, PROV.Bundle))
        add((bundle, DCTERMS.identifier, Literal(sid)))
        add((bundle, PROV.wasAttributedTo, LAB[lab]))
        add((bundle, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
        sub = ds.graph(bundle)
        for acc, cond, sig, criteria, pmids, zyg, probands in records:
            n += 1
            r = ASR[f"SCV{9000000 + n * 37:09d}"]
            sub.add((r, RDF.type, VKB.GermlineClassification))
            sub.add(
                (r, DCTERMS.identifier, Literal(f"SCV{9000000 + n * 37:09d}.{rnd.randint(1, 3)}"))
            )
            sub.add((r, VKB.variant, VAR[acc]))
            sub.add((r, VKB.condition, OBO["MONDO_" + CONDITIONS[cond][0]]))
            sub.add((r, VKB.clinicalSignificance, SIG[sig]))
            sub.add((r, VKB.reviewStatus, REV[review]))
            sub.add((r, PROV.wasAttributedTo, LAB[lab]))
            if date_style == "prov":
                sub.add(
                    (
                        r,
                        PROV.generatedAtTime,
                        Literal(f"{issued}T09:{rnd.randint(10, 59)}:00Z", datatype=XSD.dateTime),
                    )
                )
            else:
                sub.add((r, DCTERMS.date, Literal(issued, datatype=XSD.date)))
            for crit in criteria:
                code, _, strength = crit.partition("_")
                if strength:
                    a = bnode()
                    sub.add((r, VKB.criterionApplied, a))
                    sub.add((a, RDF.type, VKB.AppliedCriterion))
                    sub.add((a, VKB.criterion, ACMG[code]))
                    sub.add((a, VKB.appliedStrength, Literal(strength)))
                else:
                    sub.add((r, VKB.criterionMet, ACMG[code]))
            for pmid in pmids:
                sub.add((r, cite, PUBMED[pmid]))
            if zyg:
                o = bnode()
                sub.add((r, VKB.caseObservation, o))
                sub.add((o, RDF.type, VKB.CaseObservation))
                sub.add((o, OBO.GENO_0000608, OBO["GENO_" + ZYGOSITY[zyg][0]]))
                sub.add((o, VKB.probandCount, Literal(probands)))
    sid, lab, issued, calls = OLD_SUBMISSION
    bundle = SUB[sid]
    add((bundle, RDF.type, PROV.Bundle))
    add((bundle, DCTERMS.identifier, Literal(sid)))
    add((bundle, PROV.wasAttributedTo, LAB[lab]))
    add((bundle, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    add(
        (
            bundle,
            RDFS.comment,
            Literal("Legacy export: calls as GENO predicates, no criteria recorded.", lang="en"),
        )
    )
    old = ds.graph(bundle)
    for acc, sig, cond in calls:
        old.add((VAR[acc], GENO_CALL[sig], OBO["MONDO_" + CONDITIONS[cond][0]]))

    out = HERE / "variants.trig"
    out.write_text(trig(ds), encoding="utf-8")
    print(out, sum(1 for _ in ds.quads((None, None, None, None))), "quads")


if __name__ == "__main__":
    main()
