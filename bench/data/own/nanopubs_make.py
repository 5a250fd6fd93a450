"""Write ``nanopubs.trig``: a collection of gene-disease nanopublications as their real publishers
write them (the nanopub.net / Knowledge Pixels shape), in TriG, one nanopublication per four
named graphs.

The shape follows the nanopub servers' dumps:

* each nanopub ``this:`` is a head graph ``sub:Head`` stating ``this: a np:Nanopublication`` and
  pointing by ``np:hasAssertion``, ``np:hasProvenance`` and ``np:hasPublicationInfo`` to the
  three other graphs; IRIs are trusty URIs (``RA`` + 43 base64url characters); older nanopubs
  live under ``http://purl.org/np/RA...`` with ``#Head``-style graph names, newer (nanodash)
  ones under ``https://w3id.org/np/RA.../Head``;
* three kinds of assertion: DisGeNET-style n-ary ``sio:SIO_001121`` gene-disease association
  nodes that ``sio:SIO_000628`` ("refers to") a gene and a UMLS disease, with a blank score node
  (``sio:SIO_000216`` / ``sio:SIO_000300``); nanodash BioLink statements (a gene
  ``biolink:gene_associated_with_condition`` / ``biolink:contributes_to`` a MONDO disease); and
  BioLink n-ary ``biolink:GeneToDiseaseAssociation`` nodes (subject, predicate, object,
  ``has_evidence`` an ECO code, ``publications``);
* provenance graphs: ``prov:wasDerivedFrom`` a PubMed or DOI IRI, ``prov:wasAttributedTo`` an
  ORCID, ``prov:wasGeneratedBy`` an ECO evidence code (DisGeNET: ``sio:SIO_000772`` "has
  evidence" PubMed IRIs and a ``dct:description``);
* pub-info graphs: ``dct:created`` (``xsd:dateTime``), ``dct:creator`` / ``pav:authoredBy``
  ORCID IRIs, ``dct:license``, ``npx:supersedes`` (a new version of an older nanopub),
  ``npx:introduces`` / ``npx:describes`` (term nanopubs), nanodash's ``rdfs:label`` of the
  nanopub, ``nt:wasCreatedFromTemplate`` and ``nt:hasLabelFromApi`` labels of the IRIs used,
  ``foaf:name`` of the creator, signatures on ``sub:sig`` or (older) on a blank node;
* retraction nanopubs whose assertion is ``<orcid> npx:retracts <nanopub>``;
* labels only in some places: many genes are named only by another nanopub's
  ``nt:hasLabelFromApi`` ("TP53 - tumor protein p53") or a term nanopub's ``rdfs:label``; some
  (bio2rdf IRIs) by nothing; UMLS diseases by ``rdfs:label`` in some DisGeNET assertions, MONDO
  ones by ``nt:hasLabelFromApi``; a term nanopub maps MONDO to UMLS by ``skos:exactMatch``.

Every person, ORCID, date, score and association is invented (gene and disease identifiers are
real). Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/nanopubs_make.py``.
"""

from __future__ import annotations

import base64
import hashlib
import random
from datetime import datetime, timedelta
from pathlib import Path

from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
NP = Namespace("http://www.nanopub.org/nschema#")
NPX = Namespace("http://purl.org/nanopub/x/")
NT = Namespace("https://w3id.org/np/o/ntemplate/")
PAV = Namespace("http://purl.org/pav/")
SIO = Namespace("http://semanticscience.org/resource/")
BL = Namespace("https://w3id.org/biolink/vocab/")
OBO = Namespace("http://purl.obolibrary.org/obo/")
GENE = Namespace("http://identifiers.org/ncbigene/")
B2R = Namespace("http://bio2rdf.org/ncbigene:")
UMLS = Namespace("http://linkedlifedata.com/resource/umls/id/")
PUBMED = Namespace("http://identifiers.org/pubmed/")
DOI = Namespace("https://doi.org/")
ORCID = Namespace("https://orcid.org/")
DGN = Namespace("http://rdf.disgenet.org/resource/gda/")
CCBY = URIRef("https://creativecommons.org/licenses/by/4.0/")
ODBL = URIRef("http://opendatacommons.org/licenses/odbl/1.0/")
TEMPLATE = URIRef("https://w3id.org/np/RAe5pOCZ1CTy2v6EU6a0UVvvHOoV7Ct4Q8ry_Lx0yHxT4")
TEMPLATE2 = URIRef("https://w3id.org/np/RAo4BwH7h3fmnFNtHppKSuUrMylMbLqDE0K3lgOcxkNUs")

# NCBI gene id, symbol, full name; how it is named in the collection:
# "api" (nanodash hasLabelFromApi), "term" (a term nanopub's rdfs:label), "none" (bio2rdf IRI)
GENES = [
    ("7157", "TP53", "tumor protein p53", "term", "p53"),
    ("672", "BRCA1", "BRCA1 DNA repair associated", "term", "RNF53"),
    ("675", "BRCA2", "BRCA2 DNA repair associated", "api", None),
    ("4609", "MYC", "MYC proto-oncogene, bHLH transcription factor", "api", None),
    ("1956", "EGFR", "epidermal growth factor receptor", "term", "ERBB1"),
    ("3845", "KRAS", "KRAS proto-oncogene, GTPase", "api", None),
    (
        "5290",
        "PIK3CA",
        "phosphatidylinositol-4,5-bisphosphate 3-kinase catalytic subunit alpha",
        "api",
        None,
    ),
    ("324", "APC", "APC regulator of WNT signaling pathway", "api", None),
    ("4292", "MLH1", "mutL homolog 1", "api", None),
    ("4436", "MSH2", "mutS homolog 2", "api", None),
    ("7124", "TNF", "tumor necrosis factor", "term", "TNF-alpha"),
    ("3569", "IL6", "interleukin 6", "api", None),
    ("348", "APOE", "apolipoprotein E", "term", "AD2"),
    ("351", "APP", "amyloid beta precursor protein", "api", None),
    ("5663", "PSEN1", "presenilin 1", "api", None),
    ("6622", "SNCA", "synuclein alpha", "api", None),
    ("120892", "LRRK2", "leucine rich repeat kinase 2", "api", None),
    ("1080", "CFTR", "CF transmembrane conductance regulator", "term", "ABCC7"),
    ("3043", "HBB", "hemoglobin subunit beta", "api", None),
    ("6934", "TCF7L2", "transcription factor 7 like 2", "api", None),
    ("5468", "PPARG", "peroxisome proliferator activated receptor gamma", "api", None),
    ("3630", "INS", "insulin", "api", None),
    ("3949", "LDLR", "low density lipoprotein receptor", "api", None),
    ("255738", "PCSK9", "proprotein convertase subtilisin/kexin type 9", "api", None),
    ("183", "AGT", "angiotensinogen", "api", None),
    ("4846", "NOS3", "nitric oxide synthase 3", "api", None),
    ("4524", "MTHFR", "methylenetetrahydrofolate reductase", "none", None),
    ("1401", "CRP", "C-reactive protein", "none", None),
]
# UMLS CUI, UMLS name, MONDO id, MONDO label
DISEASES = [
    ("C0006142", "Malignant neoplasm of breast", "0007254", "breast cancer"),
    ("C0009402", "Colorectal Carcinoma", "0005575", "colorectal cancer"),
    ("C0002395", "Alzheimer's Disease", "0004975", "Alzheimer disease"),
    ("C0030567", "Parkinson Disease", "0005180", "Parkinson disease"),
    ("C0010674", "Cystic Fibrosis", "0009061", "cystic fibrosis"),
    ("C0002895", "Anemia, Sickle Cell", "0011382", "sickle cell anemia"),
    ("C0011860", "Diabetes Mellitus, Non-Insulin-Dependent", "0005148", "type 2 diabetes mellitus"),
    ("C0020538", "Hypertensive disease", "0005044", "hypertension"),
    ("C0020445", "Hypercholesterolemia, Familial", "0005439", "familial hypercholesterolemia"),
    ("C0085390", "Li-Fraumeni Syndrome", "0018875", "Li-Fraumeni syndrome"),
    ("C0009405", "Hereditary Nonpolyposis Colorectal Neoplasms", "0005835", "Lynch syndrome"),
    ("C0007131", "Non-Small Cell Lung Carcinoma", "0005233", "non-small cell lung carcinoma"),
    ("C0003873", "Rheumatoid Arthritis", "0008383", "rheumatoid arthritis"),
    ("C0010054", "Coronary Arteriosclerosis", "0005010", "coronary artery disease"),
]
# ORCID, name (None: never named in the collection)
PEOPLE = [
    ("0000-0002-4415-7783", "Maren Ødegaard"),
    ("0000-0001-8236-1120", "Tobias Feldkamp"),
    ("0000-0003-0957-3342", "Inés Calvo Rubio"),
    ("0000-0002-7781-9025", "Kwame Asante-Boateng"),
    ("0000-0001-5520-6614", "Yuki Hanazawa"),
    ("0000-0002-1190-4437", None),  # the DisGeNET curation pipeline's maintainer
]
DISGENET_CURATOR = PEOPLE[5][0]
DISGENET_AUTHOR = "0000-0003-0957-3342"
# (gene symbol, disease CUI, score, pmids): the DisGeNET curated associations
DGN_GDAS = [
    ("TP53", "C0006142", 0.9, ["16269061", "11507039"]),
    ("TP53", "C0085390", 1.0, ["2259385"]),
    ("TP53", "C0009402", 0.7, ["9635560"]),
    ("TP53", "C0007131", 0.6, ["8443815"]),
    ("BRCA1", "C0006142", 1.0, ["7545954", "8091231"]),
    ("BRCA2", "C0006142", 0.9, ["8524414"]),
    ("MYC", "C0006142", 0.4, ["1386285"]),
    ("MYC", "C0009402", 0.5, ["9727486"]),
    ("EGFR", "C0007131", 1.0, ["15118073"]),
    ("KRAS", "C0007131", 0.8, ["15696205"]),
    ("KRAS", "C0009402", 0.8, ["3047672"]),
    ("PIK3CA", "C0006142", 0.7, ["15016963"]),
    ("APC", "C0009402", 1.0, ["1651563"]),
    ("MLH1", "C0009405", 1.0, ["8128251"]),
    ("MSH2", "C0009405", 1.0, ["8261515"]),
    ("TNF", "C0003873", 0.6, ["1652271"]),
    ("IL6", "C0003873", 0.5, ["2784502"]),
    ("APOE", "C0002395", 1.0, ["8346443"]),
    ("APP", "C0002395", 1.0, ["1671712"]),
    ("PSEN1", "C0002395", 1.0, ["7596406"]),
    ("SNCA", "C0030567", 1.0, ["9197268"]),
    ("LRRK2", "C0030567", 0.9, ["15541309"]),
    ("CFTR", "C0010674", 1.0, ["2475911"]),
    ("HBB", "C0002895", 1.0, ["13369537"]),
    ("TCF7L2", "C0011860", 0.9, ["16415884"]),
    ("PPARG", "C0011860", 0.7, ["10966611"]),
    ("INS", "C0011860", 0.4, ["6358866"]),
    ("LDLR", "C0020445", 1.0, ["6091915"]),
    ("PCSK9", "C0020445", 0.9, ["12730697"]),
    ("AGT", "C0020538", 0.7, ["1394429"]),
    ("NOS3", "C0020538", 0.5, ["9660802"]),
    ("MTHFR", "C0010054", 0.3, ["7647779"]),
    ("CRP", "C0010054", 0.4, ["10733371"]),
    ("APOE", "C0010054", 0.5, ["8342733"]),
    ("TNF", "C0011860", 0.3, ["7738205"]),
]
# DisGeNET text-mined (BEFREE) associations: automatic assertions, lower scores
DGN_BEFREE = [
    ("IL6", "C0011860", 0.1, ["11466716"]),
    ("IL6", "C0010054", 0.2, ["10767417"]),
    ("CRP", "C0011860", 0.1, ["11466716"]),
    ("MYC", "C0007131", 0.1, ["3003398"]),
    ("EGFR", "C0009402", 0.2, ["15269313"]),
    ("PPARG", "C0010054", 0.1, ["12006560"]),
    ("NOS3", "C0010054", 0.2, ["9843437"]),
    ("AGT", "C0010054", 0.1, ["8550347"]),
    ("MTHFR", "C0020538", 0.1, ["10601138"]),
    ("LRRK2", "C0003873", 0.02, ["30220478"]),
    ("SNCA", "C0002395", 0.2, ["8248242"]),
    ("APP", "C0030567", 0.1, ["17606782"]),
    ("BRCA2", "C0009402", 0.1, ["12228710"]),
    ("HBB", "C0020538", 0.02, ["15187020"]),
]
# nanodash BioLink statements: (gene, MONDO id, predicate, source, creator index, superseded by
# a new version with this other source, or None)
BL_STATEMENTS = [
    ("TP53", "0018875", "gene_associated_with_condition", "pmid:1978757", 0, None),
    (
        "BRCA1",
        "0007254",
        "gene_associated_with_condition",
        "doi:10.1126/science.7545954",
        0,
        "pmid:7545954",
    ),
    ("BRCA2", "0007254", "gene_associated_with_condition", "pmid:8524414", 0, None),
    ("PIK3CA", "0007254", "contributes_to", "pmid:15016963", 1, None),
    ("KRAS", "0005233", "contributes_to", "doi:10.1038/nrc.2016.139", 1, None),
    (
        "EGFR",
        "0005233",
        "gene_associated_with_condition",
        "pmid:15118073",
        1,
        "doi:10.1056/NEJMoa040938",
    ),
    ("APC", "0005575", "gene_associated_with_condition", "pmid:1651563", 1, None),
    ("MLH1", "0005835", "gene_associated_with_condition", "pmid:8128251", 2, None),
    ("MSH2", "0005835", "gene_associated_with_condition", "pmid:8261515", 2, None),
    ("APOE", "0004975", "gene_associated_with_condition", "doi:10.1126/science.8346443", 3, None),
    (
        "PSEN1",
        "0004975",
        "gene_associated_with_condition",
        "pmid:7596406",
        3,
        "doi:10.1038/375754a0",
    ),
    ("SNCA", "0005180", "contributes_to", "pmid:9197268", 3, None),
    ("LRRK2", "0005180", "gene_associated_with_condition", "pmid:15541309", 3, None),
    ("CFTR", "0009061", "gene_associated_with_condition", "doi:10.1126/science.2475911", 4, None),
    ("HBB", "0011382", "gene_associated_with_condition", "pmid:13369537", 4, None),
    ("TCF7L2", "0005148", "contributes_to", "pmid:16415884", 4, None),
    ("PCSK9", "0005439", "gene_associated_with_condition", "doi:10.1038/ng1161", 0, None),
    ("LDLR", "0005439", "gene_associated_with_condition", "pmid:6091915", 0, None),
    ("IL6", "0008383", "contributes_to", "pmid:2784502", 2, None),
    ("AGT", "0005044", "contributes_to", "pmid:1394429", 2, None),
    ("PPARG", "0005148", "contributes_to", "doi:10.1038/79216", 1, None),
    ("MYC", "0005575", "contributes_to", "pmid:9727486", 1, "pmid:10426990"),
]
# BioLink association nodes: (gene, MONDO id, predicate, ECO code, pmid, creator index)
BL_ASSOCIATIONS = [
    ("TP53", "0007254", "contributes_to", "0000269", "1978757", 4),
    ("TP53", "0005575", "contributes_to", "0000269", "9635560", 4),
    ("BRCA1", "0005575", "gene_associated_with_condition", "0007645", "12237281", 0),
    ("KRAS", "0005575", "contributes_to", "0000269", "3047672", 1),
    ("APP", "0004975", "contributes_to", "0000269", "1671712", 3),
    ("TNF", "0008383", "gene_associated_with_condition", "0000270", "1652271", 2),
    ("NOS3", "0005044", "gene_associated_with_condition", "0000270", "9660802", 2),
    ("INS", "0005148", "gene_associated_with_condition", "0007645", "6358866", 4),
    ("APOE", "0005010", "gene_associated_with_condition", "0007645", "8342733", 3),
    ("PCSK9", "0005010", "contributes_to", "0000269", "16554528", 0),
    ("EGFR", "0007254", "gene_associated_with_condition", "0000270", "15613457", 1),
    ("MLH1", "0005575", "contributes_to", "0000269", "8128251", 2),
]
RETRACTED = [("IL6", "0008383"), ("AGT", "0005044"), ("KRAS", "0005233")]
START = datetime(2019, 3, 4, 9, 12, 0)


def trusty(seed: str) -> str:
    """A trusty-URI-style artifact code for ``seed``: ``RA`` + 43 base64url characters."""
    digest = hashlib.sha256(seed.encode()).digest()
    return "RA" + base64.urlsafe_b64encode(digest).decode().rstrip("=")[:43]


def source(ref: str) -> URIRef:
    kind, _, value = ref.partition(":")
    return PUBMED[value] if kind == "pmid" else DOI[value]


class Writer:
    """The dataset and the clock: each nanopub a few hours to days after the one before."""

    def __init__(self) -> None:
        self.ds = Dataset()
        prefixes = {
            "np": NP, "npx": NPX, "nt": NT, "pav": PAV, "sio": SIO, "biolink": BL, "obo": OBO,
            "ncbigene": GENE, "umls": UMLS, "pubmed": PUBMED, "orcid": ORCID, "dgn": DGN,
            "prov": PROV, "dct": DCTERMS, "foaf": FOAF, "skos": SKOS, "xsd": XSD,
        }  # fmt: skip
        for p, ns in prefixes.items():
            self.ds.bind(p, ns)
        self.rng = random.Random(41)
        self.clock = START
        self.gene = {g[1]: (B2R[g[0]] if g[3] == "none" else GENE[g[0]]) for g in GENES}

    def tick(self) -> Literal:
        self.clock += timedelta(hours=self.rng.randint(5, 140), minutes=self.rng.randint(0, 59))
        return Literal(self.clock.isoformat() + "Z", datatype=XSD.dateTime)

    def nanopub(self, seed: str, new: bool) -> tuple[URIRef, list]:
        code = trusty(seed)
        if new:
            this, sep = URIRef(f"https://w3id.org/np/{code}"), "/"
        else:
            this, sep = URIRef(f"http://purl.org/np/{code}"), "#"
        names = ["Head", "assertion", "provenance", "pubinfo"]
        graphs = [self.ds.graph(URIRef(f"{this}{sep}{n}")) for n in names]
        head, a, p, i = graphs
        head.add((this, RDF.type, NP.Nanopublication))
        head.add((this, NP.hasAssertion, a.identifier))
        head.add((this, NP.hasProvenance, p.identifier))
        head.add((this, NP.hasPublicationInfo, i.identifier))
        return this, graphs

    def sign(self, this: URIRef, info, creator: str, blank: bool) -> None:
        sig = BNode("sig" + trusty(str(this))[2:12]) if blank else URIRef(f"{this}/sig")
        key = base64.b64encode(hashlib.sha512(creator.encode()).digest() * 3).decode()
        info.add((sig, NPX.hasAlgorithm, Literal("RSA")))
        info.add(
            (
                sig,
                NPX.hasPublicKey,
                Literal("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + key[:120]),
            )
        )
        info.add(
            (
                sig,
                NPX.hasSignature,
                Literal(base64.b64encode(hashlib.sha384(str(this).encode()).digest() * 4).decode()),
            )
        )
        info.add((sig, NPX.hasSignatureTarget, this))
        if not blank:
            info.add((sig, NPX.signedBy, ORCID[creator]))

    def creator_info(self, info, this: URIRef, person: int) -> str:
        orcid, name = PEOPLE[person]
        info.add((this, DCTERMS.creator, ORCID[orcid]))
        if name:
            info.add((ORCID[orcid], FOAF.name, Literal(name)))
        return orcid


def api_labels(w: Writer, info, gene: str, mondo: str) -> None:
    g = next(x for x in GENES if x[1] == gene)
    d = next(x for x in DISEASES if x[2] == mondo)
    if g[3] == "api":
        info.add((w.gene[gene], NT.hasLabelFromApi, Literal(f"{g[1]} - {g[2]}")))
    info.add((OBO[f"MONDO_{mondo}"], NT.hasLabelFromApi, Literal(d[3])))


def trig(ds: Dataset) -> str:
    """``ds`` as TriG, its graphs in the order of their names (rdflib's own order varies)."""
    head: set[str] = set()
    blocks = []
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if not len(g):
            continue
        one = Dataset()
        for p, ns in ds.namespaces():
            one.bind(p, ns)
        part = one.graph(g.identifier)
        for t in g:
            part.add(t)
        lines = one.serialize(format="trig").splitlines()
        head |= {x for x in lines if x.startswith("@prefix")}
        blocks.append("\n".join(x for x in lines if not x.startswith("@prefix")).strip())
    return "\n".join(sorted(head)) + "\n\n" + "\n\n".join(blocks) + "\n"


def main() -> None:
    w = Writer()
    # DisGeNET curated associations (older nanopubs, purl.org/np, blank-node signatures)
    umls_labelled: set[str] = set()
    for n, (gene, cui, score, pmids) in enumerate(DGN_GDAS + DGN_BEFREE):
        curated = n < len(DGN_GDAS)
        this, (_, a, p, i) = w.nanopub(f"dgn{n}", new=False)
        gda = DGN["DGN" + hashlib.md5(f"{gene}{cui}".encode()).hexdigest()]
        a.add((gda, RDF.type, SIO.SIO_001121))
        a.add((gda, SIO.SIO_000628, w.gene[gene]))
        a.add((gda, SIO.SIO_000628, UMLS[cui]))
        s = BNode(f"score{n}")
        a.add((gda, SIO.SIO_000216, s))
        a.add((s, RDF.type, SIO.SIO_001089))
        a.add((s, SIO.SIO_000300, Literal(f"{score:.1f}", datatype=XSD.decimal)))
        a.add((w.gene[gene], RDF.type, SIO.SIO_010035))
        a.add((UMLS[cui], RDF.type, SIO.SIO_010299))
        if cui not in umls_labelled and n % 2 == 0:
            umls_labelled.add(cui)
            name = next(d[1] for d in DISEASES if d[0] == cui)
            a.add((UMLS[cui], RDFS.label, Literal(name)))
        text = "Curated association between {} and {} from UniProt, ClinVar and CTD."
        if not curated:
            text = (
                "Association between {} and {} found by text mining (BEFREE) of MEDLINE abstracts."
            )
        p.add((a.identifier, DCTERMS.description, Literal(text.format(gene, cui))))
        for pm in pmids:
            p.add((a.identifier, SIO.SIO_000772, PUBMED[pm]))
        eco, src = ("ECO_0000218", "CURATED") if curated else ("ECO_0000203", "BEFREE")
        p.add((a.identifier, PROV.wasGeneratedBy, OBO[eco]))
        p.add(
            (
                a.identifier,
                PROV.wasDerivedFrom,
                URIRef(f"http://rdf.disgenet.org/v7.0.0/void/{src}"),
            )
        )
        i.add((this, DCTERMS.created, w.tick()))
        i.add((this, PAV.authoredBy, ORCID[DISGENET_AUTHOR]))
        i.add((this, PAV.createdBy, ORCID[DISGENET_CURATOR]))
        i.add((this, PAV.version, Literal("v7.0.0.0")))
        i.add((this, DCTERMS.rights, ODBL))
        w.sign(this, i, DISGENET_CURATOR, blank=True)
    # term nanopubs describing genes and mapping diseases
    for n, (gid, sym, full, _named, alt) in enumerate(g for g in GENES if g[3] == "term"):
        this, (_, a, p, i) = w.nanopub(f"term{sym}", new=True)
        person = [1, 0, 3, 2, 4, 3][n]
        a.add((GENE[gid], RDF.type, BL.Gene))
        a.add((GENE[gid], RDFS.label, Literal(sym)))
        a.add((GENE[gid], SKOS.altLabel, Literal(alt)))
        a.add((GENE[gid], DCTERMS.description, Literal(full, lang="en")))
        a.add((GENE[gid], BL.in_taxon, OBO.NCBITaxon_9606))
        orcid = PEOPLE[person][0]
        p.add((a.identifier, PROV.wasAttributedTo, ORCID[orcid]))
        p.add(
            (a.identifier, PROV.wasDerivedFrom, URIRef(f"https://www.ncbi.nlm.nih.gov/gene/{gid}"))
        )
        i.add((this, DCTERMS.created, w.tick()))
        w.creator_info(i, this, person)
        i.add((this, NPX.describes, GENE[gid]))
        i.add((this, RDFS.label, Literal(f"Gene {sym}")))
        i.add((this, DCTERMS.license, CCBY))
        w.sign(this, i, orcid, blank=False)
    for cui, _uname, mondo, mlabel in DISEASES[:6]:
        this, (_, a, p, i) = w.nanopub(f"map{mondo}", new=True)
        a.add((OBO[f"MONDO_{mondo}"], SKOS.exactMatch, UMLS[cui]))
        orcid = w.creator_info(i, this, 4)
        p.add((a.identifier, PROV.wasAttributedTo, ORCID[orcid]))
        p.add(
            (a.identifier, PROV.wasDerivedFrom, URIRef("http://purl.obolibrary.org/obo/mondo.owl"))
        )
        i.add((this, DCTERMS.created, w.tick()))
        i.add((OBO[f"MONDO_{mondo}"], NT.hasLabelFromApi, Literal(mlabel)))
        i.add((this, RDFS.label, Literal(f"{mlabel} exact match UMLS {cui}")))
        i.add((this, DCTERMS.license, CCBY))
        w.sign(this, i, orcid, blank=False)
    # a term nanopub introducing a minted subtype
    this, (_, a, p, i) = w.nanopub("introLuminalA", new=True)
    term = URIRef(f"{this}/luminal-A-breast-cancer")
    a.add((term, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")))
    a.add((term, RDFS.label, Literal("luminal A breast cancer", lang="en")))
    a.add((term, RDFS.subClassOf, OBO.MONDO_0007254))
    a.add(
        (
            term,
            SKOS.definition,
            Literal(
                "A hormone-receptor-positive, HER2-negative breast cancer subtype with low Ki-67.",
                lang="en",
            ),
        )
    )
    orcid = w.creator_info(i, this, 0)
    p.add((a.identifier, PROV.wasAttributedTo, ORCID[orcid]))
    i.add((this, DCTERMS.created, w.tick()))
    i.add((this, NPX.introduces, term))
    i.add((this, RDFS.label, Literal("luminal A breast cancer")))
    w.sign(this, i, orcid, blank=False)
    # nanodash BioLink statements, some later superseded by a new version
    made: dict[tuple[str, str], URIRef] = {}
    for n, (gene, mondo, pred, src, person, newer) in enumerate(BL_STATEMENTS):
        versions = [src] if newer is None else [src, newer]
        previous = None
        for v, ref in enumerate(versions):
            this, (_, a, p, i) = w.nanopub(f"bl{n}v{v}", new=True)
            a.add((w.gene[gene], BL[pred], OBO[f"MONDO_{mondo}"]))
            orcid = w.creator_info(i, this, person)
            p.add((a.identifier, PROV.wasAttributedTo, ORCID[orcid]))
            p.add((a.identifier, PROV.wasDerivedFrom, source(ref)))
            i.add((this, DCTERMS.created, w.tick()))
            i.add((this, DCTERMS.license, CCBY))
            i.add((this, NT.wasCreatedFromTemplate, TEMPLATE))
            dlabel = next(d[3] for d in DISEASES if d[2] == mondo)
            i.add((this, RDFS.label, Literal(f"{gene} - {pred.replace('_', ' ')} - {dlabel}")))
            api_labels(w, i, gene, mondo)
            if previous is not None:
                i.add((this, NPX.supersedes, previous))
            w.sign(this, i, orcid, blank=False)
            previous = this
        made[(gene, mondo)] = previous
    # BioLink association nodes (older nanodash template, blank-node signatures)
    for n, (gene, mondo, pred, eco, pmid, person) in enumerate(BL_ASSOCIATIONS):
        this, (_, a, p, i) = w.nanopub(f"assoc{n}", new=True)
        node = URIRef(f"{this}/association")
        a.add((node, RDF.type, BL.GeneToDiseaseAssociation))
        a.add((node, BL.subject, w.gene[gene]))
        a.add((node, BL.predicate, BL[pred]))
        a.add((node, BL.object, OBO[f"MONDO_{mondo}"]))
        a.add((node, BL.has_evidence, OBO[f"ECO_{eco}"]))
        a.add((node, BL.publications, PUBMED[pmid]))
        orcid = w.creator_info(i, this, person)
        p.add((a.identifier, PROV.wasAttributedTo, ORCID[orcid]))
        p.add((a.identifier, PROV.wasGeneratedBy, OBO[f"ECO_{eco}"]))
        i.add((this, DCTERMS.created, w.tick()))
        i.add((this, DCTERMS.license, CCBY))
        i.add((this, NT.wasCreatedFromTemplate, TEMPLATE2))
        api_labels(w, i, gene, mondo)
        w.sign(this, i, orcid, blank=True)
    # retractions: the creator retracts an earlier statement
    for gene, mondo in RETRACTED:
        target = made[(gene, mondo)]
        person = next(s[4] for s in BL_STATEMENTS if s[0] == gene and s[1] == mondo)
        this, (_, a, p, i) = w.nanopub(f"retract{gene}{mondo}", new=True)
        orcid = PEOPLE[person][0]
        a.add((ORCID[orcid], NPX.retracts, target))
        p.add((a.identifier, PROV.wasAttributedTo, ORCID[orcid]))
        i.add((this, DCTERMS.created, w.tick()))
        w.creator_info(i, this, person)
        i.add((this, RDFS.label, Literal(f"Retraction of {target.split('/')[-1][:10]}")))
        w.sign(this, i, orcid, blank=False)
    out = HERE / "nanopubs.trig"
    out.write_text(trig(w.ds), encoding="utf-8")
    print(out, len(w.ds), "quads")


if __name__ == "__main__":
    main()
