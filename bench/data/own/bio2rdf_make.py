"""Write ``bio2rdf.nq``: a small slice of DrugBank as Bio2RDF (release 3/4) publishes it.

Bio2RDF mints every IRI as ``http://bio2rdf.org/<namespace>:<identifier>`` and decorates each
resource the same way: ``rdfs:label`` repeats the identifier in brackets ("Lepirudin
[drugbank:DB00001]"@en) while ``dct:title`` holds the plain name, ``dct:identifier`` the CURIE
and ``bio2rdf_vocabulary:namespace`` / ``identifier`` / ``uri`` the parts as strings; every
resource says ``void:inDataset`` the release's dataset node. Drugs (``drugbank_vocabulary:Drug``)
link to targets and enzymes (``drugbank:BE...`` bio-entities), MeSH categories, brand resources,
dosage nodes, ATC and cross-reference resources (unlabelled: they live in other datasets), and
to n-ary drug-drug-interaction nodes (``drugbank_resource:DB00682_DB00945``, "DDI between
Warfarin and Acetylsalicylic acid - ..." with a ``dct:description``) through
``drugbank_vocabulary:ddi-interactor-in``. Synonyms are string literals of
``drugbank_vocabulary:synonym``. The vocabulary's own properties and classes are resources too
("target [drugbank_vocabulary:target]"), and the dataset's VoID statistics (class and property
partitions with counts) ride along, as in every Bio2RDF dump. Quads carry the dataset's graph.

Drug facts are public DrugBank facts (targets, brands, ATC codes, CAS numbers), simplified;
hashes of the statistics nodes are seeded. Run from the repository root:
``python bench/data/own/bio2rdf_make.py``.
"""

# ruff: noqa: E501  (DrugBank's interaction sentences stay whole, one a line)
from __future__ import annotations

import hashlib
import random
from pathlib import Path

HERE = Path(__file__).parent
B = "http://bio2rdf.org/"
DV = B + "drugbank_vocabulary:"
BV = B + "bio2rdf_vocabulary:"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCT = "http://purl.org/dc/terms/"
VOID = "http://rdfs.org/ns/void#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DATASET = B + "drugbank_resource:bio2rdf.dataset.drugbank.R3"
GRAPH = DATASET

# gene, uniprot, name, synonyms, kind
TARGETS = {
    "BE0000048": ("F2", "P00734", "Prothrombin", ["Coagulation factor II"], "Target"),
    "BE0000017": ("PTGS1", "P23219", "Prostaglandin G/H synthase 1", ["COX-1"], "Target"),
    "BE0000262": ("PTGS2", "P35354", "Prostaglandin G/H synthase 2", ["COX-2"], "Target"),
    "BE0000451": (
        "VKORC1",
        "Q9BQB6",
        "Vitamin K epoxide reductase complex subunit 1",
        [],
        "Target",
    ),
    "BE0001078": (
        "PRKAB1",
        "Q9Y478",
        "5'-AMP-activated protein kinase subunit beta-1",
        [],
        "Target",
    ),
    "BE0000259": (
        "HMGCR",
        "P04035",
        "3-hydroxy-3-methylglutaryl-coenzyme A reductase",
        ["HMG-CoA reductase"],
        "Target",
    ),
    "BE0000584": ("P2RY12", "Q9H244", "P2Y purinoceptor 12", ["ADP-glucose receptor"], "Target"),
    "BE0000165": (
        "ACE",
        "P12821",
        "Angiotensin-converting enzyme",
        ["Dipeptidyl carboxypeptidase I"],
        "Target",
    ),
    "BE0000069": (
        "CACNA1C",
        "Q13936",
        "Voltage-dependent L-type calcium channel subunit alpha-1C",
        ["Cav1.2"],
        "Target",
    ),
    "BE0000188": (
        "ADRB1",
        "P08588",
        "Beta-1 adrenergic receptor",
        ["Beta-1 adrenoreceptor"],
        "Target",
    ),
    "BE0000099": (
        "ADRB2",
        "P07550",
        "Beta-2 adrenergic receptor",
        ["Beta-2 adrenoreceptor"],
        "Target",
    ),
    "BE0000486": ("SLC6A4", "P31645", "Sodium-dependent serotonin transporter", ["5HTT"], "Target"),
    "BE0000445": (
        "ATP4A",
        "P20648",
        "Potassium-transporting ATPase alpha chain 1",
        ["Proton pump"],
        "Target",
    ),
    "BE0000092": ("ADORA2A", "P29274", "Adenosine receptor A2a", [], "Target"),
    "BE0000169": ("OPRM1", "P35372", "Mu-type opioid receptor", ["MOR-1"], "Target"),
    "BE0000112": (
        "ATP1A1",
        "P05023",
        "Sodium/potassium-transporting ATPase subunit alpha-1",
        [],
        "Target",
    ),
    "BE0000070": ("DHFR", "P00374", "Dihydrofolate reductase", [], "Target"),
    "BE0002638": ("CYP2C9", "P11712", "Cytochrome P450 2C9", [], "Enzyme"),
    "BE0002630": ("CYP3A4", "P08684", "Cytochrome P450 3A4", [], "Enzyme"),
    "BE0002636": ("CYP2C19", "P33261", "Cytochrome P450 2C19", [], "Enzyme"),
    "BE0002363": ("CYP2D6", "P10635", "Cytochrome P450 2D6", [], "Enzyme"),
    "BE0002887": ("CYP1A2", "P05177", "Cytochrome P450 1A2", [], "Enzyme"),
}
CATEGORIES = {
    "D000925": "Anticoagulants",
    "D000991": "Antithrombins",
    "D010975": "Platelet Aggregation Inhibitors",
    "D000894": "Anti-Inflammatory Agents, Non-Steroidal",
    "D000700": "Analgesics, Non-Narcotic",
    "D007004": "Hypoglycemic Agents",
    "D000924": "Anticholesteremic Agents",
    "D000806": "Angiotensin-Converting Enzyme Inhibitors",
    "D002121": "Calcium Channel Blockers",
    "D000319": "Adrenergic beta-Antagonists",
    "D017367": "Serotonin Uptake Inhibitors",
    "D054328": "Proton Pump Inhibitors",
    "D002492": "Central Nervous System Stimulants",
    "D000701": "Analgesics, Opioid",
    "D002316": "Cardiotonic Agents",
    "D000964": "Antimetabolites, Antineoplastic",
    "D000959": "Antihypertensive Agents",
}
# id: name, targets, enzymes, categories, brands, synonyms, atc codes, cas, half-life,
#     (dosage form, route)
DRUGS = {
    "DB00001": (
        "Lepirudin",
        ["BE0000048"],
        [],
        ["D000925", "D000991"],
        ["Refludan"],
        ["Hirudin variant-1"],
        ["B01AE02"],
        "138068-37-8",
        "Approximately 1.3 hours",
        ("Powder, for solution", "Intravenous"),
    ),
    "DB00945": (
        "Acetylsalicylic acid",
        ["BE0000017", "BE0000262"],
        ["BE0002638"],
        ["D000894", "D010975", "D000700"],
        ["Ecotrin", "Bayer Aspirin"],
        ["Aspirin", "ASA", "2-Acetoxybenzoic acid"],
        ["B01AC06", "N02BA01"],
        "50-78-2",
        "15 to 20 minutes",
        ("Tablet", "Oral"),
    ),
    "DB00682": (
        "Warfarin",
        ["BE0000451"],
        ["BE0002638", "BE0002630"],
        ["D000925"],
        ["Coumadin", "Jantoven"],
        ["Warfarina", "Coumadine"],
        ["B01AA03"],
        "81-81-2",
        "20 to 60 hours",
        ("Tablet", "Oral"),
    ),
    "DB00316": (
        "Acetaminophen",
        ["BE0000017", "BE0000262"],
        ["BE0002887"],
        ["D000700"],
        ["Tylenol", "Panadol"],
        ["Paracetamol", "APAP"],
        ["N02BE01"],
        "103-90-2",
        "1 to 4 hours",
        ("Tablet", "Oral"),
    ),
    "DB01050": (
        "Ibuprofen",
        ["BE0000017", "BE0000262"],
        ["BE0002638"],
        ["D000894"],
        ["Advil", "Motrin"],
        ["Ibuprofeno"],
        ["M01AE01"],
        "15687-27-1",
        "2 to 4 hours",
        ("Tablet", "Oral"),
    ),
    "DB00331": (
        "Metformin",
        ["BE0001078"],
        [],
        ["D007004"],
        ["Glucophage"],
        ["Dimethylbiguanide"],
        ["A10BA02"],
        "657-24-9",
        "6.2 hours",
        ("Tablet", "Oral"),
    ),
    "DB00641": (
        "Simvastatin",
        ["BE0000259"],
        ["BE0002630"],
        ["D000924"],
        ["Zocor"],
        ["Synvinolin"],
        ["C10AA01"],
        "79902-63-9",
        "3 hours",
        ("Tablet", "Oral"),
    ),
    "DB01076": (
        "Atorvastatin",
        ["BE0000259"],
        ["BE0002630"],
        ["D000924"],
        ["Lipitor"],
        ["Atorvastatina"],
        ["C10AA05"],
        "134523-00-5",
        "14 hours",
        ("Tablet", "Oral"),
    ),
    "DB00758": (
        "Clopidogrel",
        ["BE0000584"],
        ["BE0002636", "BE0002630"],
        ["D010975"],
        ["Plavix"],
        ["Clopidogrelum"],
        ["B01AC04"],
        "113665-84-2",
        "6 hours",
        ("Tablet", "Oral"),
    ),
    "DB00722": (
        "Lisinopril",
        ["BE0000165"],
        [],
        ["D000806", "D000959"],
        ["Zestril", "Prinivil"],
        ["Lisinoprilum"],
        ["C09AA03"],
        "83915-83-7",
        "12 hours",
        ("Tablet", "Oral"),
    ),
    "DB00381": (
        "Amlodipine",
        ["BE0000069"],
        ["BE0002630"],
        ["D002121", "D000959"],
        ["Norvasc"],
        ["Amlodipino"],
        ["C08CA01"],
        "88150-42-9",
        "30 to 50 hours",
        ("Tablet", "Oral"),
    ),
    "DB00571": (
        "Propranolol",
        ["BE0000188", "BE0000099"],
        ["BE0002363", "BE0002887"],
        ["D000319", "D000959"],
        ["Inderal"],
        ["Propranololum"],
        ["C07AA05"],
        "525-66-6",
        "4 hours",
        ("Tablet", "Oral"),
    ),
    "DB00264": (
        "Metoprolol",
        ["BE0000188"],
        ["BE0002363"],
        ["D000319", "D000959"],
        ["Lopressor", "Toprol-XL"],
        ["Metoprololum"],
        ["C07AB02"],
        "51384-51-1",
        "3 to 7 hours",
        ("Tablet, extended release", "Oral"),
    ),
    "DB00215": (
        "Citalopram",
        ["BE0000486"],
        ["BE0002636", "BE0002630"],
        ["D017367"],
        ["Celexa"],
        ["Nitalapram"],
        ["N06AB04"],
        "59729-33-8",
        "35 hours",
        ("Tablet", "Oral"),
    ),
    "DB00472": (
        "Fluoxetine",
        ["BE0000486"],
        ["BE0002363"],
        ["D017367"],
        ["Prozac", "Sarafem"],
        ["Fluoxetina"],
        ["N06AB03"],
        "54910-89-3",
        "1 to 3 days",
        ("Capsule", "Oral"),
    ),
    "DB00338": (
        "Omeprazole",
        ["BE0000445"],
        ["BE0002636", "BE0002630"],
        ["D054328"],
        ["Prilosec", "Losec"],
        ["Omeprazol"],
        ["A02BC01"],
        "73590-58-6",
        "0.5 to 1 hour",
        ("Capsule, delayed release", "Oral"),
    ),
    "DB00213": (
        "Pantoprazole",
        ["BE0000445"],
        ["BE0002636"],
        ["D054328"],
        ["Protonix"],
        ["Pantoprazol"],
        ["A02BC02"],
        "102625-70-7",
        "1 hour",
        ("Tablet, delayed release", "Oral"),
    ),
    "DB00201": (
        "Caffeine",
        ["BE0000092"],
        ["BE0002887"],
        ["D002492"],
        ["Cafcit"],
        ["1,3,7-Trimethylxanthine", "Guaranine"],
        ["N06BC01"],
        "58-08-2",
        "3 to 7 hours",
        ("Solution", "Intravenous"),
    ),
    "DB00295": (
        "Morphine",
        ["BE0000169"],
        ["BE0002363"],
        ["D000701"],
        ["MS Contin", "Kadian"],
        ["Morphinum"],
        ["N02AA01"],
        "57-27-2",
        "2 to 3 hours",
        ("Tablet, extended release", "Oral"),
    ),
    "DB00390": (
        "Digoxin",
        ["BE0000112"],
        [],
        ["D002316"],
        ["Lanoxin"],
        ["Digoxine"],
        ["C01AA05"],
        "20830-75-5",
        "36 to 48 hours",
        ("Tablet", "Oral"),
    ),
    "DB00563": (
        "Methotrexate",
        ["BE0000070"],
        [],
        ["D000964"],
        ["Trexall", "Otrexup"],
        ["Amethopterin"],
        ["L01BA01"],
        "59-05-2",
        "3 to 10 hours",
        ("Solution", "Subcutaneous"),
    ),
}
# (drug, drug, description): DrugBank's wording
DDIS = [
    ("DB00001", "DB00682", "Lepirudin may increase the anticoagulant activities of Warfarin."),
    (
        "DB00001",
        "DB00945",
        "The risk or severity of bleeding can be increased when Acetylsalicylic acid is combined with Lepirudin.",
    ),
    (
        "DB00682",
        "DB00945",
        "The risk or severity of bleeding can be increased when Acetylsalicylic acid is combined with Warfarin.",
    ),
    (
        "DB00682",
        "DB01050",
        "The risk or severity of bleeding can be increased when Ibuprofen is combined with Warfarin.",
    ),
    ("DB00641", "DB00682", "Simvastatin may increase the anticoagulant activities of Warfarin."),
    ("DB00472", "DB00682", "Fluoxetine may increase the anticoagulant activities of Warfarin."),
    ("DB00316", "DB00682", "Acetaminophen may increase the anticoagulant activities of Warfarin."),
    (
        "DB00338",
        "DB00758",
        "Omeprazole can cause a decrease in the activity of Clopidogrel by reducing its metabolism to the active form.",
    ),
    (
        "DB00758",
        "DB00945",
        "The risk or severity of bleeding can be increased when Acetylsalicylic acid is combined with Clopidogrel.",
    ),
    (
        "DB00381",
        "DB00641",
        "The serum concentration of Simvastatin can be increased when it is combined with Amlodipine.",
    ),
    (
        "DB00390",
        "DB01076",
        "The serum concentration of Digoxin can be increased when it is combined with Atorvastatin.",
    ),
    (
        "DB00264",
        "DB00472",
        "The metabolism of Metoprolol can be decreased when combined with Fluoxetine.",
    ),
    ("DB00390", "DB00571", "Propranolol may increase the bradycardic activities of Digoxin."),
    (
        "DB00215",
        "DB00338",
        "The serum concentration of Citalopram can be increased when it is combined with Omeprazole.",
    ),
    ("DB00722", "DB01050", "Ibuprofen may decrease the antihypertensive activities of Lisinopril."),
    (
        "DB00563",
        "DB01050",
        "Ibuprofen may decrease the excretion rate of Methotrexate which could result in a higher serum level.",
    ),
    (
        "DB00338",
        "DB00563",
        "Omeprazole may decrease the excretion rate of Methotrexate which could result in a higher serum level.",
    ),
    ("DB00331", "DB00722", "Lisinopril may increase the hypoglycemic activities of Metformin."),
    (
        "DB00201",
        "DB00472",
        "The metabolism of Caffeine can be decreased when combined with Fluoxetine.",
    ),
]
PROPERTIES = [
    "target", "enzyme", "category", "synonym", "brand", "ddi-interactor-in", "x-atc", "x-uniprot",
    "x-pubchemcompound", "x-kegg", "gene-name", "cas-number", "half-life", "dosage", "form",
    "route", "group",
]  # fmt: skip
CLASSES = ["Drug", "Target", "Enzyme", "Category", "Brand", "Dosage", "Drug-Drug-Interaction"]


def iri(x: str) -> str:
    return f"<{x}>"


def lit(text: str, lang: str | None = "en") -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{body}"@{lang}' if lang else f'"{body}"^^<{XSD}string>'


class Quads:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.counts: dict[str, int] = {}
        self.classes: dict[str, int] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{iri(s)} {iri(p)} {o} {iri(GRAPH)} .")
        self.counts[p] = self.counts.get(p, 0) + 1

    def resource(self, ns: str, ident: str, cls: str, name: str | None) -> str:
        """A Bio2RDF resource with its decoration: type, labels, identifier parts, dataset."""
        s = f"{B}{ns}:{ident}"
        self.add(s, RDF + "type", iri(DV + cls))
        self.classes[cls] = self.classes.get(cls, 0) + 1
        if name is not None:
            self.add(s, RDFS + "label", lit(f"{name} [{ns}:{ident}]"))
            self.add(s, DCT + "title", lit(name))
        self.add(s, DCT + "identifier", lit(f"{ns}:{ident}", None))
        self.add(s, BV + "namespace", lit(ns, None))
        self.add(s, BV + "identifier", lit(ident, None))
        self.add(s, BV + "uri", lit(s, None))
        self.add(s, VOID + "inDataset", iri(DATASET))
        return s


def main() -> None:
    rng = random.Random(29)
    q = Quads()
    for be, (gene, uniprot, name, synonyms, kind) in TARGETS.items():
        t = q.resource("drugbank", be, kind, name)
        q.add(t, DV + "gene-name", lit(gene, None))
        q.add(t, DV + "x-uniprot", iri(f"{B}uniprot:{uniprot}"))
        for syn in synonyms:
            q.add(t, DV + "synonym", lit(syn))
    for mesh, name in CATEGORIES.items():
        q.resource("mesh", mesh, "Category", name)
    brands: dict[str, str] = {}
    for db, row in DRUGS.items():
        name, targets, enzymes, cats, brand_names, synonyms, atcs, cas, half, (form, route) = row
        d = q.resource("drugbank", db, "Drug", name)
        q.add(d, DCT + "description", lit(f"{name} is a drug listed in DrugBank as {db}."))
        for be in targets:
            q.add(d, DV + "target", iri(f"{B}drugbank:{be}"))
        for be in enzymes:
            q.add(d, DV + "enzyme", iri(f"{B}drugbank:{be}"))
        for mesh in cats:
            q.add(d, DV + "category", iri(f"{B}mesh:{mesh}"))
        for brand in brand_names:
            key = brand.replace(" ", "-").lower()
            b = brands.get(key) or q.resource("drugbank_resource", f"brand-{key}", "Brand", brand)
            brands[key] = b
            q.add(d, DV + "brand", iri(b))
        for syn in synonyms:
            q.add(d, DV + "synonym", lit(syn))
        for atc in atcs:
            q.add(d, DV + "x-atc", iri(f"{B}atc:{atc}"))
        q.add(d, DV + "x-pubchemcompound", iri(f"{B}pubchem.compound:{rng.randrange(1000, 99999)}"))
        q.add(d, DV + "x-kegg", iri(f"{B}kegg:D{rng.randrange(10000):05d}"))
        q.add(d, DV + "cas-number", lit(cas, None))
        q.add(d, DV + "half-life", lit(half, None))
        q.add(d, DV + "group", iri(DV + "approved"))
        dose = q.resource("drugbank_resource", f"{db}_dosage_1", "Dosage", f"{form}; {route}")
        q.add(dose, DV + "form", lit(form, None))
        q.add(dose, DV + "route", lit(route, None))
        q.add(d, DV + "dosage", iri(dose))
    for a, b, text in DDIS:
        na, nb = DRUGS[a][0], DRUGS[b][0]
        s = f"{B}drugbank_resource:{a}_{b}"
        q.add(s, RDF + "type", iri(DV + "Drug-Drug-Interaction"))
        q.classes["Drug-Drug-Interaction"] = q.classes.get("Drug-Drug-Interaction", 0) + 1
        q.add(
            s,
            RDFS + "label",
            lit(f"DDI between {na} and {nb} - {text} [drugbank_resource:{a}_{b}]"),
        )
        q.add(s, DCT + "title", lit(f"DDI between {na} and {nb}"))
        q.add(s, DCT + "description", lit(text))
        q.add(s, DCT + "identifier", lit(f"drugbank_resource:{a}_{b}", None))
        q.add(s, VOID + "inDataset", iri(DATASET))
        q.add(f"{B}drugbank:{a}", DV + "ddi-interactor-in", iri(s))
        q.add(f"{B}drugbank:{b}", DV + "ddi-interactor-in", iri(s))
    # the vocabulary's own terms, decorated as resources
    for prop in PROPERTIES:
        s = DV + prop
        q.add(s, RDF + "type", iri(DV + "Resource"))
        q.add(s, RDFS + "label", lit(f"{prop} [drugbank_vocabulary:{prop}]"))
        q.add(s, DCT + "title", lit(prop))
        q.add(s, DCT + "identifier", lit(f"drugbank_vocabulary:{prop}", None))
        q.add(s, BV + "namespace", lit("drugbank_vocabulary", None))
        q.add(s, BV + "identifier", lit(prop, None))
        q.add(s, VOID + "inDataset", iri(DATASET))
    for cls in CLASSES:
        s = DV + cls
        q.add(s, RDF + "type", iri(DV + "Resource"))
        q.add(s, RDFS + "label", lit(f"{cls} [drugbank_vocabulary:{cls}]"))
        q.add(s, DCT + "title", lit(cls))
        q.add(s, DCT + "identifier", lit(f"drugbank_vocabulary:{cls}", None))
    # the release's dataset description and VoID statistics
    q.add(DATASET, RDF + "type", iri(VOID + "Dataset"))
    q.add(
        DATASET,
        RDFS + "label",
        lit(
            "drugbank dataset by Bio2RDF on 2014-07-01 [bio2rdf_dataset:bio2rdf-drugbank-20140701]"
        ),
    )
    q.add(DATASET, DCT + "title", lit("drugbank dataset by Bio2RDF on 2014-07-01"))
    q.add(DATASET, DCT + "created", f'"2014-07-01"^^<{XSD}date>')
    q.add(
        DATASET,
        DCT + "creator",
        iri("https://github.com/bio2rdf/bio2rdf-scripts/blob/master/drugbank/drugbank.php"),
    )
    q.add(DATASET, DCT + "publisher", iri("http://bio2rdf.org"))
    q.add(DATASET, DCT + "license", iri("http://creativecommons.org/licenses/by-nc/4.0/"))
    q.add(DATASET, DCT + "rights", lit("use-share-modify", None))
    q.add(
        DATASET,
        VOID + "dataDump",
        iri("http://download.bio2rdf.org/release/3/drugbank/drugbank.nq.gz"),
    )
    q.add(DATASET, DCT + "source", iri("http://www.drugbank.ca"))
    counts = dict(q.counts)
    total = len(q.lines)
    stats = f"{B}drugbank_resource:bio2rdf.dataset.drugbank.R3.statistics"
    q.add(DATASET, VOID + "subset", iri(stats))
    q.add(stats, RDF + "type", iri(VOID + "Dataset"))
    q.add(stats, VOID + "triples", f'"{total}"^^<{XSD}long>')
    q.add(stats, VOID + "entities", f'"{sum(q.classes.values())}"^^<{XSD}long>')
    for kind, items in (("property", counts), ("class", dict(q.classes))):
        for key, n in sorted(items.items()):
            h = hashlib.md5(f"{rng.random()}{key}".encode()).hexdigest()
            node = f"{B}drugbank_resource:{h}"
            q.add(stats, VOID + f"{kind}Partition", iri(node))
            q.add(node, RDF + "type", iri(VOID + "Dataset"))
            ref = key if kind == "property" else DV + key
            q.add(node, VOID + kind, iri(ref))
            q.add(
                node,
                VOID + ("triples" if kind == "property" else "entities"),
                f'"{n}"^^<{XSD}long>',
            )
    (HERE / "bio2rdf.nq").write_text("\n".join(q.lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
