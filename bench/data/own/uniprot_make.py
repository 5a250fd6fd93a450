# ruff: noqa: E501  (one protein record a line)
"""Write ``uniprot.rdf``: a slice of UniProtKB as its RDF/XML downloads (and SPARQL endpoint) publish it.

The shape is UniProt's core vocabulary (``http://purl.uniprot.org/core/``, prefix ``up:``), as
in ``uniprot_sprot.rdf`` / ``sparql.uniprot.org``:

* entries are ``up:Protein`` at ``http://purl.uniprot.org/uniprot/<accession>`` with
  ``up:mnemonic`` ("P53_HUMAN"), ``up:reviewed`` (xsd:boolean), ``up:created`` /
  ``up:modified`` (xsd:date), ``up:version`` and ``up:existence``; an entry has NO label of
  its own: its names sit on ``up:Structured_Name`` blank nodes behind ``up:recommendedName`` /
  ``up:alternativeName`` (``up:fullName``, ``up:shortName``, ``up:ecName``; unreviewed TrEMBL
  entries have ``up:submittedName`` instead);
* ``up:encodedBy`` -> a ``up:Gene`` hash IRI (``.../uniprot/P04637#gene-MD5...``) with
  ``skos:prefLabel`` (the gene symbol), ``skos:altLabel`` synonyms and, for microbes,
  ``up:locusName`` / ``up:orfName``;
* ``up:organism`` -> ``http://purl.uniprot.org/taxonomy/<id>`` ``up:Taxon`` named only by
  ``up:scientificName`` / ``up:commonName`` / ``up:otherName`` (no rdfs:label), with
  ``up:rank`` and the lineage as ``rdfs:subClassOf`` (direct parent);
* ``up:classifiedWith`` -> GO terms (``http://purl.obolibrary.org/obo/GO_...``, ``owl:Class``
  with ``rdfs:label`` and ``oboInOwl:hasOBONamespace``) and UniProt keywords
  (``http://purl.uniprot.org/keywords/<n>``, ``skos:prefLabel``); about a third of the GO
  statements are reified (``rdf:Statement`` + ``up:attribution`` -> evidence code and source
  citation), as the real dumps do for every evidence-bearing statement;
* ``up:annotation`` -> ``http://purl.uniprot.org/annotation/<hash>`` nodes typed
  ``up:Function_Annotation`` / ``up:Tissue_Specificity_Annotation`` (``rdfs:comment``),
  ``up:Subcellular_Location_Annotation`` (``up:locatedIn`` -> blank ``up:Subcellular_Location``
  -> ``up:cellularComponent`` -> ``http://purl.uniprot.org/locations/<n>`` with
  ``skos:prefLabel``) and ``up:Disease_Annotation`` (``up:disease`` -> ``up:Disease`` at
  ``http://purl.uniprot.org/diseases/<n>`` with ``skos:prefLabel``, ``skos:altLabel``,
  ``up:mnemonic``, ``rdfs:comment``);
* ``up:sequence`` -> ``http://purl.uniprot.org/isoforms/<acc>-<n>`` (``up:Simple_Sequence``)
  with the amino-acid string as ``rdf:value``, ``up:mass`` and ``up:length``;
* ``rdfs:seeAlso`` -> cross-references: PDB entries (``http://rdf.wwpdb.org/pdb/<id>``,
  ``up:database``, ``up:method``, ``up:resolution``), Ensembl transcripts
  (``up:transcribedFrom`` / ``up:translatedTo``), GeneID / HGNC / MIM IRIs with no triples at
  all (they live in other datasets); ``up:Database`` nodes carry only ``up:abbreviation``;
* ``up:citation`` -> ``http://purl.uniprot.org/citations/<pubmed>`` ``up:Journal_Citation``
  with ``up:title``, ``up:author`` strings ("Vogelstein B."), ``up:name`` (journal),
  ``up:date`` (xsd:gYear), ``up:volume`` / ``up:pages``, ``skos:exactMatch`` the PubMed IRI;
* ``up:interaction`` -> ``http://purl.uniprot.org/intact/EBI-a-EBI-b`` ``up:Interaction``
  nodes with ``up:participant`` -> ``up:Participant`` IntAct IRIs (``rdfs:label`` the gene
  symbol, ``rdfs:seeAlso`` the entry), ``up:experiments`` counts.

33 entries across human, mouse, baker's yeast and E. coli K-12 (two of them unreviewed TrEMBL
entries), with their real accessions, names, genes, diseases, citations and structures,
simplified; the amino-acid sequences are seeded random strings of the real lengths, annotation
hashes are seeded (the same 3,017 triples on every run). Run from the repository root:
``python bench/data/own/uniprot_make.py``.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
UP = Namespace("http://purl.uniprot.org/core/")
UNIPROT = Namespace("http://purl.uniprot.org/uniprot/")
TAXON = Namespace("http://purl.uniprot.org/taxonomy/")
ISO = Namespace("http://purl.uniprot.org/isoforms/")
ANN = Namespace("http://purl.uniprot.org/annotation/")
LOC = Namespace("http://purl.uniprot.org/locations/")
DIS = Namespace("http://purl.uniprot.org/diseases/")
KW = Namespace("http://purl.uniprot.org/keywords/")
CIT = Namespace("http://purl.uniprot.org/citations/")
PUBMED = Namespace("http://purl.uniprot.org/pubmed/")
DB = Namespace("http://purl.uniprot.org/database/")
INTACT = Namespace("http://purl.uniprot.org/intact/")
PDB = Namespace("http://rdf.wwpdb.org/pdb/")
ENSEMBL = Namespace("http://purl.uniprot.org/ensembl/")
OBO = Namespace("http://purl.obolibrary.org/obo/")
OIO = Namespace("http://www.geneontology.org/formats/oboInOwl#")

rng = random.Random(1986)

# taxon: (scientific name, common name, mnemonic, rank, parent)
TAXA = {
    9606: ("Homo sapiens", "Human", "HUMAN", "Species", 9605),
    9605: ("Homo", None, None, "Genus", 9604),
    9604: ("Hominidae", None, None, "Family", 9443),
    9443: ("Primates", None, None, "Order", 40674),
    10090: ("Mus musculus", "Mouse", "MOUSE", "Species", 10088),
    10088: ("Mus", None, None, "Genus", 10066),
    10066: ("Muridae", None, None, "Family", 9989),
    9989: ("Rodentia", None, None, "Order", 40674),
    40674: ("Mammalia", None, None, "Class", 7711),
    7711: ("Chordata", None, None, "Phylum", 33208),
    33208: ("Metazoa", None, None, "Kingdom", 2759),
    559292: (
        "Saccharomyces cerevisiae (strain ATCC 204508 / S288c)",
        "Baker's yeast",
        "YEAST",
        None,
        4932,
    ),
    4932: ("Saccharomyces cerevisiae", "Baker's yeast", None, "Species", 4930),
    4930: ("Saccharomyces", None, None, "Genus", 4893),
    4893: ("Saccharomycetaceae", None, None, "Family", 4892),
    4892: ("Saccharomycetales", None, None, "Order", 4891),
    4891: ("Saccharomycetes", None, None, "Class", 4890),
    4890: ("Ascomycota", None, None, "Phylum", 4751),
    4751: ("Fungi", None, None, "Kingdom", 2759),
    2759: ("Eukaryota", None, None, "Superkingdom", None),
    83333: ("Escherichia coli (strain K12)", None, "ECOLI", None, 562),
    83334: ("Escherichia coli O157:H7", None, "ECO57", None, 562),
    562: ("Escherichia coli", None, None, "Species", 561),
    561: ("Escherichia", None, None, "Genus", 543),
    543: ("Enterobacteriaceae", None, None, "Family", 91347),
    91347: ("Enterobacterales", None, None, "Order", 1236),
    1236: ("Gammaproteobacteria", None, None, "Class", 1224),
    1224: ("Pseudomonadota", None, None, "Phylum", 2),
    2: ("Bacteria", None, None, "Superkingdom", None),
}
OTHER_NAMES = {
    562: ["Bacillus coli", "Bacterium coli"],
    4932: ["Saccharomyces capensis"],
    9606: ["man"],
}

GO = {  # id: (label, namespace)
    "0005634": ("nucleus", "cellular_component"),
    "0005737": ("cytoplasm", "cellular_component"),
    "0005886": ("plasma membrane", "cellular_component"),
    "0005615": ("extracellular space", "cellular_component"),
    "0005739": ("mitochondrion", "cellular_component"),
    "0009279": ("cell outer membrane", "cellular_component"),
    "0005884": ("actin filament", "cellular_component"),
    "0003677": ("DNA binding", "molecular_function"),
    "0003700": ("DNA-binding transcription factor activity", "molecular_function"),
    "0005524": ("ATP binding", "molecular_function"),
    "0004672": ("protein kinase activity", "molecular_function"),
    "0004714": ("transmembrane receptor protein tyrosine kinase activity", "molecular_function"),
    "0005179": ("hormone activity", "molecular_function"),
    "0005344": ("oxygen carrier activity", "molecular_function"),
    "0020037": ("heme binding", "molecular_function"),
    "0005254": ("chloride channel activity", "molecular_function"),
    "0061630": ("ubiquitin protein ligase activity", "molecular_function"),
    "0003924": ("GTPase activity", "molecular_function"),
    "0004565": ("beta-galactosidase activity", "molecular_function"),
    "0015288": ("porin activity", "molecular_function"),
    "0005200": ("structural constituent of cytoskeleton", "molecular_function"),
    "0017136": ("NAD-dependent histone deacetylase activity", "molecular_function"),
    "0004590": ("orotidine-5'-phosphate decarboxylase activity", "molecular_function"),
    "0003899": ("DNA-directed 5'-3' RNA polymerase activity", "molecular_function"),
    "0051082": ("unfolded protein binding", "molecular_function"),
    "0004365": (
        "glyceraldehyde-3-phosphate dehydrogenase (NAD+) (phosphorylating) activity",
        "molecular_function",
    ),
    "0005504": ("fatty acid binding", "molecular_function"),
    "0004861": (
        "cyclin-dependent protein serine/threonine kinase inhibitor activity",
        "molecular_function",
    ),
    "0006281": ("DNA repair", "biological_process"),
    "0006915": ("apoptotic process", "biological_process"),
    "0008285": ("negative regulation of cell population proliferation", "biological_process"),
    "0042593": ("glucose homeostasis", "biological_process"),
    "0006457": ("protein folding", "biological_process"),
    "0007049": ("cell cycle", "biological_process"),
    "0005990": ("lactose catabolic process", "biological_process"),
    "0009432": ("SOS response", "biological_process"),
    "0006310": ("DNA recombination", "biological_process"),
    "0006096": ("glycolytic process", "biological_process"),
    "0006954": ("inflammatory response", "biological_process"),
    "0031507": ("heterochromatin formation", "biological_process"),
    "0044205": ("'de novo' UMP biosynthetic process", "biological_process"),
    "0009408": ("response to heat", "biological_process"),
    "0032099": ("negative regulation of appetite", "biological_process"),
    "0006351": ("DNA-templated transcription", "biological_process"),
    "0045892": ("negative regulation of DNA-templated transcription", "biological_process"),
    "0006821": ("chloride transport", "biological_process"),
    "0007173": ("epidermal growth factor receptor signaling pathway", "biological_process"),
}
KEYWORDS = {
    43: "Tumor suppressor",
    53: "Apoptosis",
    418: "Kinase",
    225: "Disease variant",
    372: "Hormone",
    2: "3D-structure",
    656: "Proto-oncogene",
    143: "Chaperone",
    1185: "Reference proteome",
    238: "DNA-binding",
    869: "Chloride channel",
    219: "Diabetes mellitus",
    26: "Alzheimer disease",
    131: "Cell cycle",
    227: "DNA damage",
    234: "DNA repair",
}
LOCATIONS = {
    191: "Nucleus",
    86: "Cytoplasm",
    39: "Cell membrane",
    243: "Secreted",
    40: "Cell outer membrane",
    173: "Mitochondrion",
    90: "Cytoskeleton",
    101: "Endoplasmic reticulum",
}
# id: (name, mnemonic, alternative names, comment)
DISEASES = {
    2399: (
        "Li-Fraumeni syndrome",
        "LFS",
        [],
        "An autosomal dominant familial cancer syndrome that in its classic form is defined by the existence of a proband affected by a sarcoma before 45 years with a first degree relative affected by any tumor before 45 years.",
    ),
    2398: (
        "Breast-ovarian cancer, familial, 1",
        "BROVCA1",
        ["Hereditary breast and ovarian cancer syndrome 1"],
        "A condition associated with familial predisposition to cancer of the breast and ovaries.",
    ),
    2455: (
        "Cystic fibrosis",
        "CF",
        ["Mucoviscidosis"],
        "A common generalized disorder of the exocrine glands which impairs clearance of secretions in a variety of organs.",
    ),
    3499: (
        "Sickle cell anemia",
        "SKCA",
        ["Sickle cell disease"],
        "An autosomal recessive hemoglobinopathy due to a mutation in the HBB gene resulting in sickle-shaped red blood cells.",
    ),
    2481: (
        "Beta-thalassemia",
        "B-THAL",
        [],
        "A form of thalassemia characterized by reduced or absent synthesis of hemoglobin beta chains.",
    ),
    100: (
        "Alzheimer disease 1",
        "AD1",
        ["Familial Alzheimer disease"],
        "A familial early-onset form of Alzheimer disease, a neurodegenerative disorder characterized by progressive dementia.",
    ),
    1748: (
        "Huntington disease",
        "HD",
        ["Huntington chorea"],
        "A neurodegenerative disorder characterized by involuntary movements (chorea), psychiatric symptoms and dementia, caused by an expanded CAG repeat.",
    ),
    4866: (
        "Maturity-onset diabetes of the young 10",
        "MODY10",
        [],
        "A form of diabetes that is characterized by an autosomal dominant mode of inheritance and onset during childhood or early adulthood.",
    ),
    2911: (
        "Noonan syndrome 3",
        "NS3",
        [],
        "A form of Noonan syndrome, a disease characterized by short stature, facial dysmorphic features and congenital heart defects.",
    ),
    4263: (
        "Lung cancer",
        "LNCR",
        ["Non-small cell lung carcinoma"],
        "A common malignancy affecting tissues of the lung.",
    ),
}
# pubmed: (title, authors, journal, year, volume, pages)
CITATIONS = {
    4006916: (
        "Human p53 cellular tumor antigen: cDNA sequence and expression in COS cells.",
        ["Zakut-Houri R.", "Bienz-Tadmor B.", "Givol D.", "Oren M."],
        "EMBO J.",
        "1985",
        "4",
        "1251-1255",
    ),
    1614537: (
        "Amplification of a gene encoding a p53-associated protein in human sarcomas.",
        ["Oliner J.D.", "Kinzler K.W.", "Meltzer P.S.", "George D.L.", "Vogelstein B."],
        "Nature",
        "1992",
        "358",
        "80-83",
    ),
    7545954: (
        "A strong candidate for the breast and ovarian cancer susceptibility gene BRCA1.",
        [
            "Miki Y.",
            "Swensen J.",
            "Shattuck-Eidens D.",
            "Futreal P.A.",
            "Harshman K.",
            "Skolnick M.H.",
        ],
        "Science",
        "1994",
        "266",
        "66-71",
    ),
    6328312: (
        "Human epidermal growth factor receptor cDNA sequence and aberrant expression of the amplified gene in A431 epidermoid carcinoma cells.",
        [
            "Ullrich A.",
            "Coussens L.",
            "Hayflick J.S.",
            "Dull T.J.",
            "Schlessinger J.",
            "Waterfield M.D.",
        ],
        "Nature",
        "1984",
        "309",
        "418-425",
    ),
    6243748: (
        "Sequence of the human insulin gene.",
        ["Bell G.I.", "Pictet R.L.", "Rutter W.J.", "Cordell B.", "Tischer E.", "Goodman H.M."],
        "Nature",
        "1980",
        "284",
        "26-32",
    ),
    2475911: (
        "Identification of the cystic fibrosis gene: cloning and characterization of complementary DNA.",
        ["Riordan J.R.", "Rommens J.M.", "Kerem B.-S.", "Alon N.", "Collins F.S.", "Tsui L.-C."],
        "Science",
        "1989",
        "245",
        "1066-1073",
    ),
    8458085: (
        "A novel gene containing a trinucleotide repeat that is expanded and unstable on Huntington's disease chromosomes.",
        ["The Huntington's Disease Collaborative Research Group"],
        "Cell",
        "1993",
        "72",
        "971-983",
    ),
    2881207: (
        "The precursor of Alzheimer's disease amyloid A4 protein resembles a cell-surface receptor.",
        [
            "Kang J.",
            "Lemaire H.-G.",
            "Unterbeck A.",
            "Salbaum J.M.",
            "Masters C.L.",
            "Mueller-Hill B.",
        ],
        "Nature",
        "1987",
        "325",
        "733-736",
    ),
    6409635: (
        "Structure of the Ki-ras gene of the human lung carcinoma cell line Calu-1.",
        ["Shimizu K.", "Birnbaum D.", "Ruley M.A.", "Fasano O.", "Wigler M."],
        "Nature",
        "1983",
        "304",
        "497-500",
    ),
    6254664: (
        "The structure and evolution of the human beta-globin gene family.",
        ["Efstratiadis A.", "Posakony J.W.", "Maniatis T.", "Lawn R.M.", "Proudfoot N.J."],
        "Cell",
        "1980",
        "21",
        "653-668",
    ),
    15489334: (
        "The status, quality, and expansion of the NIH full-length cDNA project: the Mammalian Gene Collection (MGC).",
        ["The MGC Project Team"],
        "Genome Res.",
        "2004",
        "14",
        "2121-2127",
    ),
    7984236: (
        "Positional cloning of the mouse obese gene and its human homologue.",
        ["Zhang Y.", "Proenca R.", "Maffei M.", "Barone M.", "Leopold L.", "Friedman J.M."],
        "Nature",
        "1994",
        "372",
        "425-432",
    ),
    6323245: (
        "Primary structure homology between the product of yeast cell division control gene CDC28 and vertebrate oncogenes.",
        ["Lorincz A.T.", "Reed S.I."],
        "Nature",
        "1984",
        "307",
        "183-185",
    ),
    6092060: (
        "Primary structure of the Saccharomyces cerevisiae GAL4 gene.",
        ["Laughon A.", "Gesteland R.F."],
        "Mol. Cell. Biol.",
        "1984",
        "4",
        "260-267",
    ),
    6092920: (
        "Characterization of two genes required for the position-effect control of yeast mating-type genes.",
        ["Shore D.", "Squire M.", "Nasmyth K.A."],
        "EMBO J.",
        "1984",
        "3",
        "2817-2823",
    ),
    8849441: (
        "Life with 6000 genes.",
        ["Goffeau A.", "Barrell B.G.", "Bussey H.", "Davis R.W.", "Dujon B.", "Oliver S.G."],
        "Science",
        "1996",
        "274",
        "546-567",
    ),
    6317865: (
        "Sequence of the lacZ gene of Escherichia coli.",
        ["Kalnins A.", "Otto K.", "Ruether U.", "Mueller-Hill B."],
        "EMBO J.",
        "1983",
        "2",
        "593-597",
    ),
    355891: (
        "The nucleotide sequence of the lac repressor gene.",
        ["Farabaugh P.J."],
        "Nature",
        "1978",
        "274",
        "765-769",
    ),
    6444453: (
        "Nucleotide sequence of the recA gene from Escherichia coli.",
        ["Sancar A.", "Stachelek C.", "Konigsberg W.", "Rupp W.D."],
        "Proc. Natl. Acad. Sci. U.S.A.",
        "1980",
        "77",
        "2611-2615",
    ),
    9278503: (
        "The complete genome sequence of Escherichia coli K-12.",
        ["Blattner F.R.", "Plunkett G. III", "Bloch C.A.", "Perna N.T.", "Burland V.", "Riley M."],
        "Science",
        "1997",
        "277",
        "1453-1462",
    ),
    11206551: (
        "Genome sequence of enterohaemorrhagic Escherichia coli O157:H7.",
        ["Perna N.T.", "Plunkett G. III", "Burland V.", "Blattner F.R."],
        "Nature",
        "2001",
        "409",
        "529-533",
    ),
}
XRAY, NMR, EM = "X-Ray_Crystallography", "NMR_Spectroscopy", "Electron_Microscopy"

# accession: dict(mnemonic, taxon, names: [(full, [short], [ec])] (first = recommended), gene,
# synonyms, locus, go, kw, loc, disease, function, length, mass, cite, pdb: [(id, method,
# resolution)], ensg (Ensembl gene), isoforms: extra isoform lengths)
PROTEINS: dict[str, dict] = {
    "P04637": dict(
        mn="P53_HUMAN",
        tax=9606,
        names=[
            ("Cellular tumor antigen p53", [], []),
            ("Antigen NY-CO-13", [], []),
            ("Phosphoprotein p53", [], []),
            ("Tumor suppressor p53", [], []),
        ],
        gene="TP53",
        syn=["P53"],
        go=["0005634", "0005737", "0003677", "0003700", "0006915", "0008285", "0006281"],
        kw=[43, 53, 225, 2, 238, 227, 1185],
        loc=[191, 86, 173],
        dis=[2399],
        fn="Multifunctional transcription factor that induces cell cycle arrest, DNA repair or apoptosis upon binding to its target DNA sequence. Acts as a tumor suppressor in many tumor types.",
        length=393,
        mass=43653,
        cite=[4006916, 15489334],
        pdb=[("1TUP", XRAY, 2.2), ("2OCJ", XRAY, 2.05), ("1YCR", XRAY, 2.6)],
        ensg="ENSG00000141510",
        iso=[341, 261],
    ),
    "Q00987": dict(
        mn="MDM2_HUMAN",
        tax=9606,
        names=[
            ("E3 ubiquitin-protein ligase Mdm2", [], ["2.3.2.27"]),
            ("Double minute 2 protein", ["Hdm2"], []),
            ("Oncoprotein Mdm2", [], []),
            ("p53-binding protein Mdm2", [], []),
        ],
        gene="MDM2",
        syn=[],
        go=["0005634", "0005737", "0061630", "0008285"],
        kw=[656, 2, 1185],
        loc=[191, 86],
        dis=[],
        fn="E3 ubiquitin-protein ligase that mediates ubiquitination of p53/TP53, leading to its degradation by the proteasome. Inhibits p53/TP53- and p73/TP73-mediated cell cycle arrest and apoptosis.",
        length=491,
        mass=55233,
        cite=[1614537, 15489334],
        pdb=[("1YCR", XRAY, 2.6), ("4HG7", XRAY, 1.6)],
        ensg="ENSG00000135679",
    ),
    "P38398": dict(
        mn="BRCA1_HUMAN",
        tax=9606,
        names=[
            ("Breast cancer type 1 susceptibility protein", [], ["2.3.2.27"]),
            ("RING finger protein 53", [], []),
            ("RING-type E3 ubiquitin transferase BRCA1", [], []),
        ],
        gene="BRCA1",
        syn=["RNF53"],
        go=["0005634", "0006281", "0003677", "0061630"],
        kw=[43, 225, 234, 227, 2, 1185],
        loc=[191, 86],
        dis=[2398],
        fn="E3 ubiquitin-protein ligase that specifically mediates the formation of 'Lys-6'-linked polyubiquitin chains and plays a central role in DNA repair by facilitating cellular responses to DNA damage.",
        length=1863,
        mass=207721,
        cite=[7545954],
        pdb=[("1JM7", NMR, None), ("1T15", XRAY, 1.85)],
        ensg="ENSG00000012048",
    ),
    "P00533": dict(
        mn="EGFR_HUMAN",
        tax=9606,
        names=[
            ("Epidermal growth factor receptor", [], ["2.7.10.1"]),
            ("Proto-oncogene c-ErbB-1", [], []),
            ("Receptor tyrosine-protein kinase erbB-1", [], []),
        ],
        gene="EGFR",
        syn=["ERBB", "ERBB1", "HER1"],
        go=["0005886", "0005524", "0004714", "0007173"],
        kw=[418, 656, 225, 2, 1185],
        loc=[39, 191, 101],
        dis=[4263],
        fn="Receptor tyrosine kinase binding ligands of the EGF family and activating several signaling cascades to convert extracellular cues into appropriate cellular responses.",
        length=1210,
        mass=134277,
        cite=[6328312, 15489334],
        pdb=[("1IVO", XRAY, 3.3), ("1M17", XRAY, 2.6)],
        ensg="ENSG00000146648",
        iso=[405],
    ),
    "P01308": dict(
        mn="INS_HUMAN",
        tax=9606,
        names=[("Insulin", [], [])],
        gene="INS",
        syn=[],
        go=["0005615", "0005179", "0042593"],
        kw=[372, 219, 225, 2, 1185],
        loc=[243],
        dis=[4866],
        fn="Insulin decreases blood glucose concentration. It increases cell permeability to monosaccharides, amino acids and fatty acids.",
        length=110,
        mass=11981,
        cite=[6243748, 15489334],
        pdb=[("3I40", XRAY, 1.85), ("1ZNI", XRAY, 1.5)],
        ensg="ENSG00000254647",
    ),
    "P68871": dict(
        mn="HBB_HUMAN",
        tax=9606,
        names=[
            ("Hemoglobin subunit beta", [], []),
            ("Beta-globin", [], []),
            ("Hemoglobin beta chain", [], []),
        ],
        gene="HBB",
        syn=[],
        go=["0005344", "0020037"],
        kw=[225, 2, 1185],
        loc=[],
        dis=[3499, 2481],
        fn="Involved in oxygen transport from the lung to the various peripheral tissues.",
        length=147,
        mass=15998,
        cite=[6254664, 15489334],
        pdb=[("2HHB", XRAY, 1.74), ("1A3N", XRAY, 1.8)],
        ensg="ENSG00000244734",
    ),
    "P13569": dict(
        mn="CFTR_HUMAN",
        tax=9606,
        names=[
            ("Cystic fibrosis transmembrane conductance regulator", ["CFTR"], ["5.6.1.6"]),
            ("ATP-binding cassette sub-family C member 7", [], []),
            ("Channel conductance-controlling ATPase", [], []),
            ("cAMP-dependent chloride channel", [], []),
        ],
        gene="CFTR",
        syn=["ABCC7"],
        go=["0005886", "0005254", "0005524", "0006821"],
        kw=[869, 225, 2, 1185],
        loc=[39, 101],
        dis=[2455],
        fn="Epithelial ion channel that plays an important role in the regulation of epithelial ion and water transport and fluid homeostasis.",
        length=1480,
        mass=168142,
        cite=[2475911],
        pdb=[("5UAK", EM, 3.87), ("6MSM", EM, 3.2)],
        ensg="ENSG00000001626",
    ),
    "P05067": dict(
        mn="A4_HUMAN",
        tax=9606,
        names=[
            ("Amyloid-beta precursor protein", ["APP"], []),
            ("ABPP", [], []),
            ("Alzheimer disease amyloid protein", [], []),
            ("Amyloid precursor protein", [], []),
        ],
        gene="APP",
        syn=["A4", "AD1"],
        go=["0005886", "0005615", "0006915"],
        kw=[26, 225, 2, 1185],
        loc=[39, 243],
        dis=[100],
        fn="Functions as a cell surface receptor and performs physiological functions on the surface of neurons relevant to neurite growth, neuronal adhesion and axonogenesis.",
        length=770,
        mass=86943,
        cite=[2881207],
        pdb=[("1AAP", XRAY, 1.5), ("1IYT", NMR, None)],
        ensg="ENSG00000142192",
        iso=[695, 751],
    ),
    "P42858": dict(
        mn="HD_HUMAN",
        tax=9606,
        names=[("Huntingtin", [], []), ("Huntington disease protein", ["HD"], [])],
        gene="HTT",
        syn=["HD", "IT15"],
        go=["0005634", "0005737"],
        kw=[225, 2, 1185],
        loc=[86, 191],
        dis=[1748],
        fn="May play a role in microtubule-mediated transport or vesicle function.",
        length=3142,
        mass=347603,
        cite=[8458085],
        pdb=[("6EZ8", EM, 4.0)],
        ensg="ENSG00000197386",
    ),
    "P02768": dict(
        mn="ALBU_HUMAN",
        tax=9606,
        names=[("Albumin", [], [])],
        gene="ALB",
        syn=[],
        go=["0005615", "0005504"],
        kw=[2, 1185],
        loc=[243],
        dis=[],
        fn="Binds water, Ca(2+), Na(+), K(+), fatty acids, hormones, bilirubin and drugs. Its main function is the regulation of the colloidal osmotic pressure of blood.",
        length=609,
        mass=69367,
        cite=[15489334],
        pdb=[("1AO6", XRAY, 2.5), ("1E78", XRAY, 2.6)],
        ensg="ENSG00000163631",
    ),
    "P01116": dict(
        mn="RASK_HUMAN",
        tax=9606,
        names=[
            ("GTPase KRas", [], ["3.6.5.2"]),
            ("K-ras p21 protein", [], []),
            ("Ki-Ras", [], []),
            ("c-K-ras", [], []),
        ],
        gene="KRAS",
        syn=["KRAS2", "RASK2"],
        go=["0005886", "0003924"],
        kw=[656, 225, 2, 1185],
        loc=[39],
        dis=[2911],
        fn="Ras proteins bind GDP/GTP and possess intrinsic GTPase activity. Plays an important role in the regulation of cell proliferation.",
        length=189,
        mass=21656,
        cite=[6409635, 15489334],
        pdb=[("4OBE", XRAY, 1.24), ("6OIM", XRAY, 1.65)],
        ensg="ENSG00000133703",
    ),
    "P04406": dict(
        mn="G3P_HUMAN",
        tax=9606,
        names=[
            ("Glyceraldehyde-3-phosphate dehydrogenase", ["GAPDH"], ["1.2.1.12"]),
            ("Peptidyl-cysteine S-nitrosylase GAPDH", [], []),
        ],
        gene="GAPDH",
        syn=["GAPD"],
        go=["0005737", "0004365", "0006096"],
        kw=[2, 1185],
        loc=[86, 191],
        dis=[],
        fn="Has both glyceraldehyde-3-phosphate dehydrogenase and nitrosylase activities, thereby playing a role in glycolysis and nuclear functions.",
        length=335,
        mass=36053,
        cite=[15489334],
        pdb=[("1U8F", XRAY, 1.75)],
        ensg="ENSG00000111640",
    ),
    "P01375": dict(
        mn="TNFA_HUMAN",
        tax=9606,
        names=[
            ("Tumor necrosis factor", [], []),
            ("Cachectin", [], []),
            ("TNF-alpha", [], []),
            ("Tumor necrosis factor ligand superfamily member 2", ["TNF-a"], []),
        ],
        gene="TNF",
        syn=["TNFA", "TNFSF2"],
        go=["0005615", "0005886", "0006954"],
        kw=[2, 1185],
        loc=[39, 243],
        dis=[],
        fn="Cytokine that binds to TNFRSF1A/TNFR1 and TNFRSF1B/TNFBR. It is mainly secreted by macrophages and can induce cell death of certain tumor cell lines.",
        length=233,
        mass=25644,
        cite=[15489334],
        pdb=[("1TNF", XRAY, 2.6)],
        ensg="ENSG00000232810",
    ),
    "P60709": dict(
        mn="ACTB_HUMAN",
        tax=9606,
        names=[("Actin, cytoplasmic 1", [], []), ("Beta-actin", [], [])],
        gene="ACTB",
        syn=[],
        go=["0005737", "0005884", "0005200"],
        kw=[2, 1185],
        loc=[86, 90],
        dis=[],
        fn="Actin is a highly conserved protein that polymerizes to produce filaments that form cross-linked networks in the cytoplasm of cells.",
        length=375,
        mass=41737,
        cite=[15489334],
        pdb=[("3BYH", EM, 12.0)],
        ensg="ENSG00000075624",
    ),
    "P38936": dict(
        mn="CDN1A_HUMAN",
        tax=9606,
        names=[
            ("Cyclin-dependent kinase inhibitor 1", [], []),
            ("CDK-interacting protein 1", [], []),
            ("Melanoma differentiation-associated protein 6", ["MDA-6"], []),
            ("p21", [], []),
        ],
        gene="CDKN1A",
        syn=["CAP20", "CDKN1", "CIP1", "MDA6", "PIC1", "SDI1", "WAF1"],
        go=["0005634", "0005737", "0004861", "0007049"],
        kw=[131, 1185],
        loc=[86, 191],
        dis=[],
        fn="Plays an important role in controlling cell cycle progression and DNA damage-induced G2 arrest. Involved in p53/TP53 mediated inhibition of cellular proliferation in response to DNA damage.",
        length=164,
        mass=18119,
        cite=[15489334],
        pdb=[("1AXC", XRAY, 2.6)],
        ensg="ENSG00000124762",
    ),
    "P02340": dict(
        mn="P53_MOUSE",
        tax=10090,
        names=[("Cellular tumor antigen p53", [], []), ("Tumor suppressor p53", [], [])],
        gene="Trp53",
        syn=["P53", "Tp53"],
        go=["0005634", "0005737", "0003700", "0006915"],
        kw=[43, 53, 1185],
        loc=[191, 86],
        dis=[],
        fn="Multifunctional transcription factor that induces cell cycle arrest, DNA repair or apoptosis upon binding to its target DNA sequence.",
        length=387,
        mass=43458,
        cite=[15489334],
        pdb=[("1HU8", XRAY, 2.7)],
        ensg="ENSMUSG00000059552",
    ),
    "P23804": dict(
        mn="MDM2_MOUSE",
        tax=10090,
        names=[
            ("E3 ubiquitin-protein ligase Mdm2", [], ["2.3.2.27"]),
            ("Double minute 2 protein", [], []),
        ],
        gene="Mdm2",
        syn=[],
        go=["0005634", "0061630"],
        kw=[656, 1185],
        loc=[191],
        dis=[],
        fn="E3 ubiquitin-protein ligase that mediates ubiquitination of p53/TRP53, leading to its degradation by the proteasome.",
        length=489,
        mass=54524,
        cite=[15489334],
        pdb=[("1Z1M", NMR, None)],
        ensg="ENSMUSG00000020184",
    ),
    "P01326": dict(
        mn="INS2_MOUSE",
        tax=10090,
        names=[("Insulin-2", [], [])],
        gene="Ins2",
        syn=["Ins-2"],
        go=["0005615", "0005179", "0042593"],
        kw=[372, 1185],
        loc=[243],
        dis=[],
        fn="Insulin decreases blood glucose concentration.",
        length=110,
        mass=12274,
        cite=[15489334],
        pdb=[],
        ensg="ENSMUSG00000000215",
    ),
    "P41160": dict(
        mn="LEP_MOUSE",
        tax=10090,
        names=[("Leptin", [], []), ("Obesity factor", [], []), ("Obese protein", [], [])],
        gene="Lep",
        syn=["Ob"],
        go=["0005615", "0005179", "0032099"],
        kw=[372, 2, 1185],
        loc=[243],
        dis=[],
        fn="Key player in the regulation of energy balance and body weight control. Once released into the circulation, has central and peripheral effects by binding LEPR.",
        length=167,
        mass=18674,
        cite=[7984236],
        pdb=[("1AX8", XRAY, 2.4)],
        ensg="ENSMUSG00000059201",
    ),
    "Q01279": dict(
        mn="EGFR_MOUSE",
        tax=10090,
        names=[("Epidermal growth factor receptor", [], ["2.7.10.1"])],
        gene="Egfr",
        syn=[],
        go=["0005886", "0005524", "0004714"],
        kw=[418, 656, 1185],
        loc=[39],
        dis=[],
        fn="Receptor tyrosine kinase binding ligands of the EGF family and activating several signaling cascades.",
        length=1210,
        mass=134844,
        cite=[15489334],
        pdb=[],
        ensg="ENSMUSG00000020122",
    ),
    "P60710": dict(
        mn="ACTB_MOUSE",
        tax=10090,
        names=[("Actin, cytoplasmic 1", [], []), ("Beta-actin", [], [])],
        gene="Actb",
        syn=[],
        go=["0005737", "0005884"],
        kw=[1185],
        loc=[86, 90],
        dis=[],
        fn="Actin is a highly conserved protein that polymerizes to produce filaments that form cross-linked networks in the cytoplasm of cells.",
        length=375,
        mass=41737,
        cite=[15489334],
        pdb=[],
        ensg="ENSMUSG00000029580",
    ),
    "P00546": dict(
        mn="CDK1_YEAST",
        tax=559292,
        names=[
            ("Cyclin-dependent kinase 1", ["CDK1"], ["2.7.11.22"]),
            ("Cell division control protein 28", [], []),
            ("Cell division protein kinase 1", [], []),
        ],
        gene="CDC28",
        syn=["CDK1", "SRM5"],
        locus="YBR160W",
        go=["0005634", "0004672", "0005524", "0007049"],
        kw=[418, 131, 2, 1185],
        loc=[191, 86],
        dis=[],
        fn="Catalytic subunit of the main cell cycle cyclin-dependent kinase (CDK), which alternately associates with G1 cyclins and G2 and mitotic cyclins to drive cell cycle progression.",
        length=298,
        mass=34062,
        cite=[6323245, 8849441],
        pdb=[("1QMZ", XRAY, 2.6)],
    ),
    "P04386": dict(
        mn="GAL4_YEAST",
        tax=559292,
        names=[("Regulatory protein GAL4", [], [])],
        gene="GAL4",
        syn=["GAL81"],
        locus="YPL248C",
        go=["0005634", "0003700", "0006351"],
        kw=[238, 2, 1185],
        loc=[191],
        dis=[],
        fn="This protein is a positive regulator for the gene expression of the galactose-induced genes such as GAL1, GAL2, GAL7 and GAL10, which code for the enzymes used to convert galactose to glucose.",
        length=881,
        mass=99379,
        cite=[6092060, 8849441],
        pdb=[("1D66", XRAY, 2.7)],
    ),
    "P60010": dict(
        mn="ACT_YEAST",
        tax=559292,
        names=[("Actin", [], [])],
        gene="ACT1",
        syn=["ABY1", "END7"],
        locus="YFL039C",
        go=["0005737", "0005884", "0005200"],
        kw=[2, 1185],
        loc=[86, 90],
        dis=[],
        fn="Actins are highly conserved proteins that are involved in various types of cell motility and are ubiquitously expressed in all eukaryotic cells.",
        length=375,
        mass=41690,
        cite=[8849441],
        pdb=[("1YAG", XRAY, 1.9)],
    ),
    "P02829": dict(
        mn="HSP82_YEAST",
        tax=559292,
        names=[
            ("ATP-dependent molecular chaperone HSP82", [], []),
            ("82 kDa heat shock protein", [], []),
            ("Heat shock protein Hsp90 heat-inducible isoform", [], []),
        ],
        gene="HSP82",
        syn=["HSP90"],
        locus="YPL240C",
        go=["0005737", "0005524", "0051082", "0006457", "0009408"],
        kw=[143, 2, 1185],
        loc=[86],
        dis=[],
        fn="Molecular chaperone that promotes the maturation, structural maintenance and proper regulation of specific target proteins involved for instance in cell cycle control and signal transduction.",
        length=709,
        mass=81406,
        cite=[8849441],
        pdb=[("2CG9", XRAY, 3.1), ("1AH6", XRAY, 1.8)],
    ),
    "P06700": dict(
        mn="SIR2_YEAST",
        tax=559292,
        names=[
            ("NAD-dependent histone deacetylase SIR2", [], ["2.3.1.286"]),
            ("Regulatory protein SIR2", [], []),
            ("Silent information regulator 2", [], []),
        ],
        gene="SIR2",
        syn=["MAR1"],
        locus="YDL042C",
        go=["0005634", "0017136", "0031507"],
        kw=[1185],
        loc=[191],
        dis=[],
        fn="NAD-dependent histone deacetylase, which participates in a wide range of cellular events including chromosome silencing, chromosome segregation, DNA recombination and the determination of life span.",
        length=562,
        mass=63226,
        cite=[6092920, 8849441],
        pdb=[],
    ),
    "P03962": dict(
        mn="PYRF_YEAST",
        tax=559292,
        names=[
            ("Orotidine 5'-phosphate decarboxylase", [], ["4.1.1.23"]),
            ("OMP decarboxylase", ["OMPDCase"], []),
        ],
        gene="URA3",
        syn=[],
        locus="YEL021W",
        go=["0004590", "0044205"],
        kw=[2, 1185],
        loc=[],
        dis=[],
        fn="Catalyzes the decarboxylation of orotidine 5'-monophosphate (OMP) to uridine 5'-monophosphate (UMP).",
        length=267,
        mass=29237,
        cite=[8849441],
        pdb=[("1DQW", XRAY, 2.4)],
    ),
    "P00722": dict(
        mn="BGAL_ECOLI",
        tax=83333,
        names=[("Beta-galactosidase", ["Beta-gal"], ["3.2.1.23"]), ("Lactase", [], [])],
        gene="lacZ",
        syn=[],
        locus="b0344",
        orf="JW0335",
        go=["0004565", "0005990"],
        kw=[2, 1185],
        loc=[],
        dis=[],
        fn="Hydrolyzes lactose to galactose and glucose; also catalyzes the formation of allolactose.",
        length=1024,
        mass=116483,
        cite=[6317865, 9278503],
        pdb=[("1DP0", XRAY, 1.7), ("1JZ7", XRAY, 1.5)],
    ),
    "P03023": dict(
        mn="LACI_ECOLI",
        tax=83333,
        names=[("Lactose operon repressor", [], [])],
        gene="lacI",
        syn=[],
        locus="b0345",
        orf="JW0336",
        go=["0003677", "0003700", "0045892"],
        kw=[238, 2, 1185],
        loc=[],
        dis=[],
        fn="Repressor of the lactose operon. Binds allolactose as an inducer.",
        length=360,
        mass=38590,
        cite=[355891, 9278503],
        pdb=[("1LBI", XRAY, 2.7), ("1EFA", XRAY, 2.6)],
    ),
    "P0A7G6": dict(
        mn="RECA_ECOLI",
        tax=83333,
        names=[("Protein RecA", [], []), ("Recombinase A", [], [])],
        gene="recA",
        syn=["lexB", "recH", "rnmB", "tif", "umuB", "zab"],
        locus="b2699",
        orf="JW2669",
        go=["0003677", "0005524", "0006281", "0006310", "0009432"],
        kw=[227, 234, 2, 1185],
        loc=[86],
        dis=[],
        fn="Can catalyze the hydrolysis of ATP in the presence of single-stranded DNA, the ATP-dependent uptake of single-stranded DNA by duplex DNA, and the ATP-dependent hybridization of homologous single-stranded DNAs.",
        length=353,
        mass=37973,
        cite=[6444453, 9278503],
        pdb=[("2REB", XRAY, 2.3), ("3CMW", XRAY, 2.8)],
    ),
    "P0A6Y8": dict(
        mn="DNAK_ECOLI",
        tax=83333,
        names=[
            ("Chaperone protein DnaK", [], []),
            ("HSP70", [], []),
            ("Heat shock 70 kDa protein", [], []),
            ("Heat shock protein 70", [], []),
        ],
        gene="dnaK",
        syn=["groP", "grpF", "seg"],
        locus="b0014",
        orf="JW0013",
        go=["0005737", "0005524", "0051082", "0006457", "0009408"],
        kw=[143, 2, 1185],
        loc=[86],
        dis=[],
        fn="Acts as a chaperone. Plays an essential role in the initiation of phage lambda DNA replication.",
        length=638,
        mass=69115,
        cite=[9278503],
        pdb=[("1DKX", XRAY, 2.0), ("2KHO", NMR, None)],
    ),
    "P0A8V2": dict(
        mn="RPOB_ECOLI",
        tax=83333,
        names=[
            ("DNA-directed RNA polymerase subunit beta", ["RNAP subunit beta"], ["2.7.7.6"]),
            ("RNA polymerase subunit beta", [], []),
            ("Transcriptase subunit beta", [], []),
        ],
        gene="rpoB",
        syn=["groN", "nitB", "rif", "ron", "stl", "stv", "tabD"],
        locus="b3987",
        orf="JW3950",
        go=["0003899", "0003677", "0006351"],
        kw=[2, 1185],
        loc=[],
        dis=[],
        fn="DNA-dependent RNA polymerase catalyzes the transcription of DNA into RNA using the four ribonucleoside triphosphates as substrates.",
        length=1342,
        mass=150632,
        cite=[9278503],
        pdb=[("4YG2", XRAY, 3.7)],
    ),
    "P02931": dict(
        mn="OMPF_ECOLI",
        tax=83333,
        names=[
            ("Outer membrane porin F", [], []),
            ("Outer membrane protein 1A", [], []),
            ("Outer membrane protein F", [], []),
            ("Porin OmpF", [], []),
        ],
        gene="ompF",
        syn=["cmlB", "coa", "cry", "tolF"],
        locus="b0929",
        orf="JW0912",
        go=["0009279", "0015288"],
        kw=[2, 1185],
        loc=[40],
        dis=[],
        fn="Forms pores that allow passive diffusion of small molecules across the outer membrane.",
        length=362,
        mass=39333,
        cite=[9278503],
        pdb=[("2OMF", XRAY, 2.4)],
    ),
    # unreviewed TrEMBL entries: a submitted name, no curated annotation
    "K7PPA8": dict(
        mn="K7PPA8_HUMAN",
        tax=9606,
        reviewed=False,
        names=[("Tumor protein p53", [], [])],
        gene="TP53",
        syn=[],
        go=[],
        kw=[],
        loc=[],
        dis=[],
        fn=None,
        length=346,
        mass=38752,
        cite=[],
        pdb=[],
    ),
    "A0A0H3JBS9": dict(
        mn="A0A0H3JBS9_ECO57",
        tax=83334,
        reviewed=False,
        names=[("Beta-galactosidase", [], ["3.2.1.23"])],
        gene="lacZ",
        syn=[],
        locus="Z0441",
        go=["0004565"],
        kw=[],
        loc=[],
        dis=[],
        fn=None,
        length=1024,
        mass=116346,
        cite=[11206551],
        pdb=[],
    ),
}
# (participant a, participant b, experiments): IntAct binary interactions (EBI ids seeded)
INTERACTIONS = [
    ("P04637", "Q00987", 43),
    ("P04637", "P38398", 6),
    ("Q00987", "P38936", 4),
    ("P02340", "P23804", 9),
    ("P00546", "P02829", 3),
    ("P00533", "P00533", 12),
]
TISSUE = {
    "P01308": "Expressed in the beta cells of the pancreatic islets of Langerhans.",
    "P02768": "Plasma. Synthesized in the liver.",
    "P41160": "Expressed mainly in adipose tissue.",
    "P68871": "Red blood cells.",
}
EVIDENCE = ["ECO_0000269", "ECO_0000250", "ECO_0000305", "ECO_0007669"]
AA = "ACDEFGHIKLMNPQRSTVWY"


def md5(*parts: object) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest().upper()


def build() -> Graph:
    g = Graph()
    for p, ns in (("up", UP), ("taxon", TAXON), ("skos", SKOS), ("owl", OWL), ("obo", OBO)):
        g.bind(p, ns)
    g.bind("uniprot", UNIPROT)
    g.bind("oboInOwl", OIO)
    for tid, (sci, common, mnem, rank, parent) in TAXA.items():
        t = TAXON[str(tid)]
        g.add((t, RDF.type, UP.Taxon))
        g.add((t, UP.scientificName, Literal(sci, datatype=XSD.string)))
        if common:
            g.add((t, UP.commonName, Literal(common, datatype=XSD.string)))
        if mnem:
            g.add((t, UP.mnemonic, Literal(mnem, datatype=XSD.string)))
        for other in OTHER_NAMES.get(tid, []):
            g.add((t, UP.otherName, Literal(other, datatype=XSD.string)))
        if rank:
            g.add((t, UP.rank, UP[rank]))
        if parent:
            g.add((t, RDFS.subClassOf, TAXON[str(parent)]))
        g.add((t, UP.partOfLineage, Literal(rank is not None)))
    for gid, (label, space) in GO.items():
        t = OBO["GO_" + gid]
        g.add((t, RDF.type, OWL.Class))
        g.add((t, RDFS.label, Literal(label, datatype=XSD.string)))
        g.add((t, OIO.hasOBONamespace, Literal(space, datatype=XSD.string)))
        g.add((t, OIO.id, Literal("GO:" + gid, datatype=XSD.string)))
    for k, label in KEYWORDS.items():
        t = KW[str(k)]
        g.add((t, RDF.type, UP.Concept))
        g.add((t, SKOS.prefLabel, Literal(label, datatype=XSD.string)))
    for k, label in LOCATIONS.items():
        t = LOC[str(k)]
        g.add((t, RDF.type, UP.Cellular_Component))
        g.add((t, SKOS.prefLabel, Literal(label, datatype=XSD.string)))
    for k, (name, mnem, alts, comment) in DISEASES.items():
        d = DIS[str(k)]
        g.add((d, RDF.type, UP.Disease))
        g.add((d, SKOS.prefLabel, Literal(name, datatype=XSD.string)))
        for a in alts:
            g.add((d, SKOS.altLabel, Literal(a, datatype=XSD.string)))
        g.add((d, UP.mnemonic, Literal(mnem, datatype=XSD.string)))
        g.add((d, RDFS.comment, Literal(comment, datatype=XSD.string)))
        g.add((d, RDFS.seeAlso, URIRef(f"http://purl.uniprot.org/mim/{600000 + k}")))
    for pm, (title, authors, journal, year, vol, pages) in CITATIONS.items():
        c = CIT[str(pm)]
        g.add((c, RDF.type, UP.Journal_Citation))
        g.add((c, UP.title, Literal(title, datatype=XSD.string)))
        for a in authors:
            g.add((c, UP.author, Literal(a, datatype=XSD.string)))
        g.add((c, UP.name, Literal(journal, datatype=XSD.string)))
        g.add((c, UP.date, Literal(year, datatype=XSD.gYear)))
        g.add((c, UP.volume, Literal(vol, datatype=XSD.string)))
        g.add((c, UP.pages, Literal(pages, datatype=XSD.string)))
        g.add((c, SKOS.exactMatch, PUBMED[str(pm)]))
    for abbr, category in (
        ("PDB", "3D structure databases"),
        ("Ensembl", "Genome annotation databases"),
        ("GeneID", "Genome annotation databases"),
        ("HGNC", "Organism-specific databases"),
        ("MIM", "Organism-specific databases"),
    ):
        d = DB[abbr]
        g.add((d, RDF.type, UP.Database))
        g.add((d, UP.abbreviation, Literal(abbr, datatype=XSD.string)))
        g.add((d, UP.category, Literal(category, datatype=XSD.string)))
    for acc, e in PROTEINS.items():
        protein(g, acc, e)
    for a, b, n in INTERACTIONS:
        ia, ib = (f"EBI-{rng.randrange(100000, 9999999)}" for _ in "ab")
        node = INTACT[f"{ia}-{ib}"]
        g.add((node, RDF.type, UP.Interaction))
        g.add((node, UP.experiments, Literal(n)))
        g.add((node, UP.xeno, Literal(False)))
        for acc, ebi in ((a, ia), (b, ib)):
            part = INTACT[ebi]
            g.add((node, UP.participant, part))
            g.add((part, RDF.type, UP.Participant))
            g.add((part, RDFS.label, Literal(PROTEINS[acc]["gene"], datatype=XSD.string)))
            g.add((part, RDFS.seeAlso, UNIPROT[acc]))
            g.add((UNIPROT[acc], UP.interaction, node))
    return g


def blank() -> BNode:
    """A blank node with a seeded id, so that the file is the same on every run."""
    return BNode(f"b{rng.randrange(16**12):012x}")


def structured_name(g: Graph, full: str, shorts: list[str], ecs: list[str]) -> BNode:
    n = blank()
    g.add((n, RDF.type, UP.Structured_Name))
    g.add((n, UP.fullName, Literal(full, datatype=XSD.string)))
    for s in shorts:
        g.add((n, UP.shortName, Literal(s, datatype=XSD.string)))
    for ec in ecs:
        g.add((n, UP.ecName, Literal(ec, datatype=XSD.string)))
    return n


def protein(g: Graph, acc: str, e: dict) -> None:
    p = UNIPROT[acc]
    reviewed = e.get("reviewed", True)
    g.add((p, RDF.type, UP.Protein))
    g.add((p, UP.reviewed, Literal(reviewed)))
    g.add((p, UP.mnemonic, Literal(e["mn"], datatype=XSD.string)))
    year = rng.randrange(1986, 2000) if reviewed else rng.randrange(2012, 2016)
    g.add(
        (
            p,
            UP.created,
            Literal(
                f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}", datatype=XSD.date
            ),
        )
    )
    g.add((p, UP.modified, Literal("2024-07-24", datatype=XSD.date)))
    g.add((p, UP.version, Literal(rng.randrange(60, 280) if reviewed else rng.randrange(20, 60))))
    level = (
        "Evidence_at_Protein_Level_Existence" if reviewed else "Inferred_from_Homology_Existence"
    )
    g.add((p, UP.existence, UP[level]))
    (full, shorts, ecs), *alts = e["names"]
    g.add(
        (
            p,
            UP.recommendedName if reviewed else UP.submittedName,
            structured_name(g, full, shorts, ecs),
        )
    )
    for full, shorts, ecs in alts:
        g.add((p, UP.alternativeName, structured_name(g, full, shorts, ecs)))
    gene = URIRef(f"{p}#gene-MD5{md5(acc, e['gene'])[:24]}")
    g.add((p, UP.encodedBy, gene))
    g.add((gene, RDF.type, UP.Gene))
    g.add((gene, SKOS.prefLabel, Literal(e["gene"], datatype=XSD.string)))
    for s in e["syn"]:
        g.add((gene, SKOS.altLabel, Literal(s, datatype=XSD.string)))
    if "locus" in e:
        g.add((gene, UP.locusName, Literal(e["locus"], datatype=XSD.string)))
    if "orf" in e:
        g.add((gene, UP.orfName, Literal(e["orf"], datatype=XSD.string)))
    g.add((p, UP.organism, TAXON[str(e["tax"])]))
    for gid in e["go"]:
        g.add((p, UP.classifiedWith, OBO["GO_" + gid]))
        if rng.random() < 0.35:
            st = blank()
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, p))
            g.add((st, RDF.predicate, UP.classifiedWith))
            g.add((st, RDF.object, OBO["GO_" + gid]))
            att = blank()
            g.add((st, UP.attribution, att))
            g.add((att, RDF.type, UP.Attribution))
            g.add((att, UP.evidence, OBO[rng.choice(EVIDENCE)]))
            if e["cite"]:
                g.add((att, UP.source, CIT[str(e["cite"][0])]))
    for k in e["kw"]:
        g.add((p, UP.classifiedWith, KW[str(k)]))

    def annotation(kind: str) -> URIRef:
        a = (
            ANN[f"AR_{md5(acc, kind, rng.random())[:12]}"]
            if rng.random() < 0.5
            else URIRef(f"{p}#SIP{md5(acc, kind, rng.random())[:16]}")
        )
        g.add((p, UP.annotation, a))
        g.add((a, RDF.type, UP[kind]))
        return a

    if e["fn"]:
        g.add(
            (annotation("Function_Annotation"), RDFS.comment, Literal(e["fn"], datatype=XSD.string))
        )
    if acc in TISSUE:
        g.add(
            (
                annotation("Tissue_Specificity_Annotation"),
                RDFS.comment,
                Literal(TISSUE[acc], datatype=XSD.string),
            )
        )
    if e["loc"]:
        a = annotation("Subcellular_Location_Annotation")
        for k in e["loc"]:
            sl = blank()
            g.add((a, UP.locatedIn, sl))
            g.add((sl, RDF.type, UP.Subcellular_Location))
            g.add((sl, UP.cellularComponent, LOC[str(k)]))
    for k in e["dis"]:
        a = annotation("Disease_Annotation")
        g.add((a, UP.disease, DIS[str(k)]))
        g.add(
            (
                a,
                RDFS.comment,
                Literal(
                    "The disease is caused by variants affecting the gene represented in this entry.",
                    datatype=XSD.string,
                ),
            )
        )
    lengths = [
        (e["length"], e["mass"]),
        *((n, round(e["mass"] * n / e["length"])) for n in e.get("iso", [])),
    ]
    for i, (n, mass) in enumerate(lengths, 1):
        iso = ISO[f"{acc}-{i}"]
        g.add((p, UP.sequence, iso))
        g.add((iso, RDF.type, UP.Simple_Sequence))
        if i == 1:
            g.add((iso, RDF.type, UP.Displayed_Sequence))
        seq = "M" + "".join(rng.choice(AA) for _ in range(n - 1))
        g.add((iso, RDF.value, Literal(seq, datatype=XSD.string)))
        g.add((iso, UP.mass, Literal(mass)))
        g.add((iso, UP.length, Literal(n)))
        g.add(
            (
                iso,
                UP.md5Checksum,
                Literal(hashlib.md5(seq.encode()).hexdigest(), datatype=XSD.string),
            )
        )
    for pdb, method, resolution in e["pdb"]:
        x = PDB[pdb]
        g.add((p, RDFS.seeAlso, x))
        g.add((x, UP.database, DB.PDB))
        g.add((x, UP.method, UP[method]))
        if resolution is not None:
            g.add((x, UP.resolution, Literal(resolution, datatype=XSD.float)))
    if "ensg" in e:
        species, digits = e["ensg"][:-12], f"{rng.randrange(10**5, 10**6):011d}"
        t = ENSEMBL[f"{species}T{digits}"]
        g.add((p, RDFS.seeAlso, t))
        g.add((t, UP.database, DB.Ensembl))
        g.add((t, UP.transcribedFrom, ENSEMBL[e["ensg"]]))
        g.add((t, UP.translatedTo, ENSEMBL[f"{species}P{digits}"]))
    if e["tax"] == 9606 and reviewed:
        g.add(
            (
                p,
                RDFS.seeAlso,
                URIRef(f"http://purl.uniprot.org/hgnc/HGNC:{rng.randrange(100, 30000)}"),
            )
        )
        g.add(
            (p, RDFS.seeAlso, URIRef(f"http://purl.uniprot.org/geneid/{rng.randrange(100, 90000)}"))
        )
    for pm in e["cite"]:
        g.add((p, UP.citation, CIT[str(pm)]))


if __name__ == "__main__":
    built = build()
    graph = built  # the same triples on every run; their order in the file follows string hashing
    (HERE / "uniprot.rdf").write_bytes(graph.serialize(format="xml", encoding="utf-8"))
    print(len(graph), "triples")
