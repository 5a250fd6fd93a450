"""Write ``hetio/``: a small biomedical graph in the form Hetionet ships its release.

Three files, as Hetionet's repository publishes them (``hetnet/tsv/hetionet-v1.0-nodes.tsv``,
``hetnet/tsv/hetionet-v1.0-edges.sif.gz`` and ``describe/edges/metaedges.tsv``):

- ``hetionet-nodes.tsv``: ``id<TAB>name<TAB>kind``, ids such as ``Compound::DB00945``,
  ``Disease::DOID:9352``, ``Gene::5743``;
- ``hetionet-edges.sif``: ``source<TAB>metaedge<TAB>target``, the metaedge an abbreviation
  (``CtD`` Compound-treats-Disease, ``CbG`` binds, ``DaG`` associates, ``Gr>G`` regulates);
- ``metaedges.tsv``: ``metaedge<TAB>abbreviation<TAB>edges<TAB>source_nodes<TAB>target_nodes
  <TAB>unbiased``, the table that names the abbreviations (``Compound - treats - Disease``).

Drug, disease, gene, symptom and side-effect names are real ones, their links drawn at random
(seeded, so the files are the same on every run) around a few fixed ones, and are not medical
facts. Run from the repository root: ``python bench/data/own/hetio_make.py``.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("hetio")

# (DrugBank id, name as Hetionet writes it: DrugBank's, capitalised)
COMPOUNDS = [
    ("DB00331", "Metformin"),
    ("DB00945", "Acetylsalicylic acid"),
    ("DB01050", "Ibuprofen"),
    ("DB00316", "Acetaminophen"),
    ("DB01076", "Atorvastatin"),
    ("DB00641", "Simvastatin"),
    ("DB00722", "Lisinopril"),
    ("DB00381", "Amlodipine"),
    ("DB00678", "Losartan"),
    ("DB00264", "Metoprolol"),
    ("DB00999", "Hydrochlorothiazide"),
    ("DB00682", "Warfarin"),
    ("DB00758", "Clopidogrel"),
    ("DB01367", "Rasagiline"),
    ("DB01235", "Levodopa"),
    ("DB00215", "Citalopram"),
    ("DB00472", "Fluoxetine"),
    ("DB01104", "Sertraline"),
    ("DB00334", "Olanzapine"),
    ("DB00734", "Risperidone"),
    ("DB00564", "Carbamazepine"),
    ("DB00252", "Phenytoin"),
    ("DB00313", "Valproic acid"),
    ("DB01202", "Levetiracetam"),
    ("DB00860", "Prednisolone"),
    ("DB01234", "Dexamethasone"),
    ("DB00563", "Methotrexate"),
    ("DB00005", "Etanercept"),
    ("DB00072", "Trastuzumab"),
    ("DB01229", "Paclitaxel"),
    ("DB00958", "Carboplatin"),
    ("DB00675", "Tamoxifen"),
    ("DB01248", "Docetaxel"),
    ("DB00471", "Montelukast"),
    ("DB01001", "Salbutamol"),
    ("DB00394", "Beclomethasone"),
    ("DB00222", "Glimepiride"),
    ("DB01261", "Sitagliptin"),
    ("DB01067", "Glipizide"),
    ("DB00030", "Insulin human"),
    ("DB00201", "Caffeine"),
    ("DB00295", "Morphine"),
    ("DB00497", "Oxycodone"),
    ("DB00537", "Ciprofloxacin"),
    ("DB01060", "Amoxicillin"),
]
# (Disease Ontology id, name as Hetionet writes it: lower case)
DISEASES = [
    ("DOID:9352", "type 2 diabetes mellitus"),
    ("DOID:9744", "type 1 diabetes mellitus"),
    ("DOID:2841", "asthma"),
    ("DOID:10763", "hypertension"),
    ("DOID:7148", "rheumatoid arthritis"),
    ("DOID:14330", "Parkinson's disease"),
    ("DOID:10652", "Alzheimer's disease"),
    ("DOID:1826", "epilepsy syndrome"),
    ("DOID:1595", "major depressive disorder"),
    ("DOID:5419", "schizophrenia"),
    ("DOID:3312", "bipolar disorder"),
    ("DOID:1612", "breast cancer"),
    ("DOID:1324", "lung cancer"),
    ("DOID:9256", "colorectal cancer"),
    ("DOID:10283", "prostate cancer"),
    ("DOID:3083", "chronic obstructive pulmonary disease"),
    ("DOID:3393", "coronary artery disease"),
    ("DOID:6000", "congestive heart failure"),
    ("DOID:2377", "multiple sclerosis"),
    ("DOID:8893", "psoriasis"),
    ("DOID:9970", "obesity"),
    ("DOID:11476", "osteoporosis"),
    ("DOID:13378", "Kawasaki disease"),
    ("DOID:8778", "Crohn's disease"),
    ("DOID:0050156", "idiopathic pulmonary fibrosis"),
]
GENES = [
    (5743, "PTGS2"),
    (5742, "PTGS1"),
    (5468, "PPARG"),
    (3630, "INS"),
    (3643, "INSR"),
    (5563, "PRKAA2"),
    (5562, "PRKAA1"),
    (6833, "ABCC8"),
    (3767, "KCNJ11"),
    (1803, "DPP4"),
    (3156, "HMGCR"),
    (1636, "ACE"),
    (185, "AGTR1"),
    (775, "CACNA1C"),
    (153, "ADRB1"),
    (154, "ADRB2"),
    (6557, "SLC12A3"),
    (79001, "VKORC1"),
    (5029, "P2RY12"),
    (4129, "MAOB"),
    (1644, "DDC"),
    (1812, "DRD1"),
    (1813, "DRD2"),
    (6532, "SLC6A4"),
    (3356, "HTR2A"),
    (3350, "HTR1A"),
    (6323, "SCN1A"),
    (6326, "SCN2A"),
    (2554, "GABRA1"),
    (9900, "SV2A"),
    (2908, "NR3C1"),
    (1719, "DHFR"),
    (7124, "TNF"),
    (2064, "ERBB2"),
    (7153, "TOP2A"),
    (10381, "TUBB3"),
    (2099, "ESR1"),
    (1080, "CFTR"),
    (10800, "CYSLTR1"),
    (1565, "CYP2D6"),
    (1576, "CYP3A4"),
    (1559, "CYP2C9"),
    (4988, "OPRM1"),
    (134, "ADORA1"),
    (135, "ADORA2A"),
    (7153 + 1, "TOP2B"),
    (2521, "FUS"),
    (348, "APOE"),
    (351, "APP"),
    (5663, "PSEN1"),
    (6622, "SNCA"),
    (120892, "LRRK2"),
    (5071, "PRKN"),
    (672, "BRCA1"),
    (675, "BRCA2"),
    (7157, "TP53"),
    (1956, "EGFR"),
    (3845, "KRAS"),
    (324, "APC"),
    (4609, "MYC"),
    (3586, "IL10"),
    (3569, "IL6"),
    (3553, "IL1B"),
    (3565, "IL4"),
    (3567, "IL5"),
    (3596, "IL13"),
    (3458, "IFNG"),
    (920, "CD4"),
    (3123, "HLA-DRB1"),
    (3119, "HLA-DQB1"),
    (26191, "PTPN22"),
    (64127, "NOD2"),
    (3605, "IL17A"),
    (7040, "TGFB1"),
    (4313, "MMP2"),
    (4318, "MMP9"),
    (3479, "IGF1"),
    (3952, "LEP"),
    (79068, "FTO"),
    (4160, "MC4R"),
    (1277, "COL1A1"),
    (7421, "VDR"),
    (8600, "TNFSF11"),
    (4023, "LPL"),
    (3949, "LDLR"),
    (255738, "PCSK9"),
    (4846, "NOS3"),
    (183, "AGT"),
    (5972, "REN"),
    (4879, "NPPB"),
    (1401, "CRP"),
    (5054, "SERPINE1"),
    (2147, "F2"),
    (2243, "FGA"),
    (6934, "TCF7L2"),
    (169026, "SLC30A8"),
    (3667, "IRS1"),
    (2645, "GCK"),
    (6927, "HNF1A"),
    (3084, "NRG1"),
    (1312, "COMT"),
    (627, "BDNF"),
    (2902, "GRIN1"),
    (1815, "DRD4"),
    (10013, "HDAC6"),
    (3265, "HRAS"),
    (5290, "PIK3CA"),
    (207, "AKT1"),
    (2475, "MTOR"),
    (5728, "PTEN"),
    (367, "AR"),
    (354, "KLK3"),
    (4072, "EPCAM"),
    (1029, "CDKN2A"),
    (7422, "VEGFA"),
    (5155, "PDGFB"),
    (2335, "FN1"),
    (4015, "LOX"),
    (6469, "SHH"),
    (1490, "CTGF"),
    (7076, "TIMP1"),
    (4316, "MMP7"),
    (7098, "TLR3"),
    (7099, "TLR4"),
    (7096, "TLR1"),
]
SIDE_EFFECTS = [
    ("C0027497", "Nausea"),
    ("C0042963", "Vomiting"),
    ("C0018681", "Headache"),
    ("C0012833", "Dizziness"),
    ("C0011991", "Diarrhoea"),
    ("C0009806", "Constipation"),
    ("C0015672", "Fatigue"),
    ("C0020175", "Hepatotoxicity"),
    ("C0022660", "Renal failure acute"),
    ("C0019080", "Haemorrhage"),
    ("C0015230", "Rash"),
    ("C0033774", "Pruritus"),
    ("C0917801", "Insomnia"),
    ("C0013144", "Somnolence"),
    ("C0043094", "Weight increased"),
    ("C0020615", "Hypoglycaemia"),
    ("C0020649", "Hypotension"),
    ("C0010200", "Cough"),
    ("C0002792", "Anaphylactic shock"),
    ("C0038454", "Stroke"),
    ("C0027051", "Myocardial infarction"),
    ("C0026848", "Myopathy"),
    ("C0035410", "Rhabdomyolysis"),
    ("C0002871", "Anaemia"),
    ("C0040034", "Thrombocytopenia"),
    ("C0023530", "Leukopenia"),
    ("C0001824", "Agranulocytosis"),
    ("C0030305", "Pancreatitis"),
    ("C0022658", "Nephropathy"),
    ("C0037763", "Spasm"),
    ("C0036572", "Seizure"),
    ("C0011570", "Depression"),
    ("C0003467", "Anxiety"),
    ("C0039070", "Syncope"),
    ("C0003123", "Anorexia"),
    ("C0000737", "Abdominal pain"),
    ("C0013404", "Dyspnoea"),
    ("C0085593", "Chills"),
    ("C0015967", "Pyrexia"),
    ("C0040264", "Tinnitus"),
    ("C0042571", "Vertigo"),
    ("C0017168", "Gastrooesophageal reflux"),
    ("C0041909", "Upper respiratory tract infection"),
    ("C0002170", "Alopecia"),
    ("C0027947", "Neutropenia"),
    ("C0030554", "Paraesthesia"),
    ("C0026961", "Mydriasis"),
    ("C0043352", "Dry mouth"),
    ("C0037384", "Sneezing"),
    ("C0242350", "Erectile dysfunction"),
]
SYMPTOMS = [
    ("D006261", "Headache"),
    ("D004417", "Dyspnea"),
    ("D003371", "Cough"),
    ("D012135", "Respiratory Sounds"),
    ("D005221", "Fatigue"),
    ("D005334", "Fever"),
    ("D009325", "Nausea"),
    ("D014839", "Vomiting"),
    ("D002637", "Chest Pain"),
    ("D015430", "Weight Gain"),
    ("D015431", "Weight Loss"),
    ("D011041", "Polyuria"),
    ("D059606", "Polydipsia"),
    ("D014786", "Vision Disorders"),
    ("D014202", "Tremor"),
    ("D009127", "Muscle Rigidity"),
    ("D018476", "Hypokinesia"),
    ("D008569", "Memory Disorders"),
    ("D003221", "Confusion"),
    ("D012640", "Seizures"),
    ("D003866", "Depressive Disorder"),
    ("D007319", "Sleep Initiation and Maintenance Disorders"),
    ("D001523", "Mental Disorders"),
    ("D011605", "Psychoses, Substance-Induced"),
    ("D018771", "Arthralgia"),
    ("D013314", "Stress, Physiological"),
    ("D010146", "Pain"),
    ("D006930", "Hyperalgesia"),
    ("D003967", "Diarrhea"),
    ("D000855", "Anorexia"),
    ("D004487", "Edema"),
    ("D013217", "Catatonia"),
    ("D012816", "Signs and Symptoms, Digestive"),
    ("D001416", "Back Pain"),
    ("D006402", "Hematologic Diseases"),
    ("D012912", "Snoring"),
    ("D004244", "Dizziness"),
    ("D001049", "Apnea"),
    ("D014012", "Tinnitus"),
    ("D011537", "Pruritus"),
]
ANATOMY = [
    ("UBERON:0002107", "liver"),
    ("UBERON:0000955", "brain"),
    ("UBERON:0002048", "lung"),
    ("UBERON:0000948", "heart"),
    ("UBERON:0002113", "kidney"),
    ("UBERON:0001264", "pancreas"),
    ("UBERON:0000310", "breast"),
    ("UBERON:0002367", "prostate gland"),
    ("UBERON:0001155", "colon"),
    ("UBERON:0002097", "skin of body"),
    ("UBERON:0001474", "bone element"),
    ("UBERON:0001013", "adipose tissue"),
    ("UBERON:0002240", "spinal cord"),
    ("UBERON:0001981", "blood vessel"),
    ("UBERON:0002106", "spleen"),
    ("UBERON:0000178", "blood"),
    ("UBERON:0001211", "Peyer's patch"),
    ("UBERON:0002038", "substantia nigra"),
    ("UBERON:0001898", "hypothalamus"),
    ("UBERON:0000992", "female gonad"),
]
CLASSES = [
    ("N0000175565", "Biguanides"),
    ("N0000175722", "Cyclooxygenase Inhibitors"),
    ("N0000000102", "HMG-CoA Reductase Inhibitors"),
    ("N0000000181", "Angiotensin-converting Enzyme Inhibitors"),
    ("N0000175558", "Selective Serotonin Reuptake Inhibitors"),
    ("N0000175753", "Anticonvulsants"),
    ("N0000008025", "Corticosteroid Hormone Receptor Agonists"),
    ("N0000175605", "Sulfonylureas"),
    ("N0000175684", "Opioid Agonists"),
    ("N0000007606", "Platinum-based Drugs"),
]

# Hetionet's metaedge table (names, abbreviations, ends); the counts are this graph's
METAEDGES = [
    ("Anatomy - expresses - Gene", "AeG", "Anatomy", "Gene"),
    ("Compound - binds - Gene", "CbG", "Compound", "Gene"),
    ("Compound - causes - Side Effect", "CcSE", "Compound", "Side Effect"),
    ("Compound - palliates - Disease", "CpD", "Compound", "Disease"),
    ("Compound - resembles - Compound", "CrC", "Compound", "Compound"),
    ("Compound - treats - Disease", "CtD", "Compound", "Disease"),
    ("Disease - associates - Gene", "DaG", "Disease", "Gene"),
    ("Disease - localizes - Anatomy", "DlA", "Disease", "Anatomy"),
    ("Disease - presents - Symptom", "DpS", "Disease", "Symptom"),
    ("Disease - resembles - Disease", "DrD", "Disease", "Disease"),
    ("Gene - interacts - Gene", "GiG", "Gene", "Gene"),
    ("Gene > regulates > Gene", "Gr>G", "Gene", "Gene"),
    ("Pharmacologic Class - includes - Compound", "PCiC", "Pharmacologic Class", "Compound"),
]

# a few links fixed so that the questions read naturally; the rest are drawn at random
FIXED = [
    ("Metformin", "CtD", "type 2 diabetes mellitus"),
    ("Metformin", "CtD", "obesity"),
    ("Metformin", "CbG", "PRKAA1"),
    ("Metformin", "CbG", "PRKAA2"),
    ("Metformin", "CcSE", "Nausea"),
    ("Metformin", "CcSE", "Diarrhoea"),
    ("Metformin", "CcSE", "Abdominal pain"),
    ("Biguanides", "PCiC", "Metformin"),
    ("Glimepiride", "CtD", "type 2 diabetes mellitus"),
    ("Sitagliptin", "CtD", "type 2 diabetes mellitus"),
    ("Glipizide", "CtD", "type 2 diabetes mellitus"),
    ("Insulin human", "CtD", "type 1 diabetes mellitus"),
    ("Insulin human", "CtD", "type 2 diabetes mellitus"),
    ("Acetylsalicylic acid", "CbG", "PTGS1"),
    ("Acetylsalicylic acid", "CbG", "PTGS2"),
    ("Acetylsalicylic acid", "CtD", "coronary artery disease"),
    ("Acetylsalicylic acid", "CpD", "rheumatoid arthritis"),
    ("Ibuprofen", "CbG", "PTGS1"),
    ("Ibuprofen", "CbG", "PTGS2"),
    ("Ibuprofen", "CpD", "rheumatoid arthritis"),
    ("Montelukast", "CtD", "asthma"),
    ("Salbutamol", "CtD", "asthma"),
    ("Beclomethasone", "CtD", "asthma"),
    ("Salbutamol", "CtD", "chronic obstructive pulmonary disease"),
    ("Montelukast", "CbG", "CYSLTR1"),
    ("Salbutamol", "CbG", "ADRB2"),
    ("Levodopa", "CtD", "Parkinson's disease"),
    ("Rasagiline", "CtD", "Parkinson's disease"),
    ("Levodopa", "CbG", "DDC"),
    ("Rasagiline", "CbG", "MAOB"),
    ("Atorvastatin", "CbG", "HMGCR"),
    ("Simvastatin", "CbG", "HMGCR"),
    ("Atorvastatin", "CtD", "coronary artery disease"),
    ("Simvastatin", "CtD", "coronary artery disease"),
    ("Warfarin", "CbG", "VKORC1"),
    ("Clopidogrel", "CbG", "P2RY12"),
    ("Methotrexate", "CtD", "rheumatoid arthritis"),
    ("Etanercept", "CtD", "rheumatoid arthritis"),
    ("Etanercept", "CbG", "TNF"),
    ("Methotrexate", "CbG", "DHFR"),
    ("Trastuzumab", "CtD", "breast cancer"),
    ("Tamoxifen", "CtD", "breast cancer"),
    ("Trastuzumab", "CbG", "ERBB2"),
    ("Tamoxifen", "CbG", "ESR1"),
    ("Lisinopril", "CtD", "hypertension"),
    ("Losartan", "CtD", "hypertension"),
    ("Amlodipine", "CtD", "hypertension"),
    ("Hydrochlorothiazide", "CtD", "hypertension"),
    ("Lisinopril", "CbG", "ACE"),
    ("Losartan", "CbG", "AGTR1"),
    ("Simvastatin", "CrC", "Atorvastatin"),
    ("Citalopram", "CrC", "Sertraline"),
    ("type 2 diabetes mellitus", "DaG", "TCF7L2"),
    ("type 2 diabetes mellitus", "DaG", "PPARG"),
    ("type 2 diabetes mellitus", "DaG", "KCNJ11"),
    ("type 2 diabetes mellitus", "DaG", "SLC30A8"),
    ("type 2 diabetes mellitus", "DaG", "IRS1"),
    ("obesity", "DaG", "FTO"),
    ("obesity", "DaG", "MC4R"),
    ("obesity", "DaG", "LEP"),
    ("asthma", "DaG", "IL13"),
    ("asthma", "DaG", "IL4"),
    ("Parkinson's disease", "DaG", "SNCA"),
    ("Parkinson's disease", "DaG", "LRRK2"),
    ("Alzheimer's disease", "DaG", "APOE"),
    ("Alzheimer's disease", "DaG", "APP"),
    ("breast cancer", "DaG", "BRCA1"),
    ("breast cancer", "DaG", "BRCA2"),
    ("asthma", "DpS", "Dyspnea"),
    ("asthma", "DpS", "Cough"),
    ("asthma", "DpS", "Respiratory Sounds"),
    ("type 2 diabetes mellitus", "DpS", "Polyuria"),
    ("type 2 diabetes mellitus", "DpS", "Polydipsia"),
    ("Parkinson's disease", "DpS", "Tremor"),
    ("Parkinson's disease", "DpS", "Muscle Rigidity"),
    ("asthma", "DlA", "lung"),
    ("Parkinson's disease", "DlA", "substantia nigra"),
    ("type 2 diabetes mellitus", "DlA", "pancreas"),
    ("hypertension", "DlA", "blood vessel"),
    ("type 2 diabetes mellitus", "DrD", "type 1 diabetes mellitus"),
    ("Ibuprofen", "CcSE", "Nausea"),
    ("Ibuprofen", "CcSE", "Gastrooesophageal reflux"),
    ("Ibuprofen", "CcSE", "Haemorrhage"),
    ("Warfarin", "CcSE", "Haemorrhage"),
    ("Atorvastatin", "CcSE", "Myopathy"),
    ("Simvastatin", "CcSE", "Rhabdomyolysis"),
    ("PTGS2", "GiG", "TNF"),
    ("INSR", "GiG", "IRS1"),
    ("PRKAA1", "GiG", "MTOR"),
    ("TNF", "Gr>G", "IL6"),
]
# random links beyond the fixed ones: (source kind, target kind, how many a source)
RANDOM = {
    "CbG": ("Compound", "Gene", (1, 4)),
    "CcSE": ("Compound", "Side Effect", (6, 14)),
    "CtD": ("Compound", "Disease", (0, 1)),
    "CpD": ("Compound", "Disease", (0, 1)),
    "DaG": ("Disease", "Gene", (12, 24)),
    "DpS": ("Disease", "Symptom", (3, 8)),
    "DlA": ("Disease", "Anatomy", (1, 3)),
    "AeG": ("Anatomy", "Gene", (15, 30)),
    "GiG": ("Gene", "Gene", (2, 6)),
    "Gr>G": ("Gene", "Gene", (0, 2)),
    "PCiC": ("Pharmacologic Class", "Compound", (2, 4)),
}


def nodes() -> list[tuple[str, str, str]]:
    """Every node: (id, name, kind), ids as Hetionet makes them (``Kind::source id``)."""
    out = [(f"Compound::{i}", n, "Compound") for i, n in COMPOUNDS]
    out += [(f"Disease::{i}", n, "Disease") for i, n in DISEASES]
    out += [(f"Gene::{i}", n, "Gene") for i, n in GENES]
    out += [(f"Side Effect::{i}", n, "Side Effect") for i, n in SIDE_EFFECTS]
    out += [(f"Symptom::{i}", n, "Symptom") for i, n in SYMPTOMS]
    out += [(f"Anatomy::{i}", n, "Anatomy") for i, n in ANATOMY]
    out += [(f"Pharmacologic Class::{i}", n, "Pharmacologic Class") for i, n in CLASSES]
    return out


def edges(table: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The edges (source id, abbreviation, target id): the fixed ones, then the drawn ones."""
    rng = random.Random(22)
    by_name = {(k, n): i for i, n, k in table}
    kinds = {m[1]: (m[2], m[3]) for m in METAEDGES}
    pools: dict[str, list[str]] = {}
    for i, _, k in table:
        pools.setdefault(k, []).append(i)
    out: set[tuple[str, str, str]] = set()
    for s, abbr, o in FIXED:
        out.add((by_name[kinds[abbr][0], s], abbr, by_name[kinds[abbr][1], o]))

    for abbr, (src, dst, (lo, hi)) in RANDOM.items():
        for s in pools[src]:
            for o in rng.sample(pools[dst], rng.randint(lo, hi)):
                if s != o:
                    out.add((s, abbr, o))
    # an undirected metaedge (``-``) is written once per pair, as Hetionet does
    seen: set[frozenset[str]] = set()
    kept = []
    for s, abbr, o in sorted(out):
        if abbr in ("GiG", "CrC", "DrD"):
            pair = frozenset((abbr, s, o))
            if pair in seen:
                continue
            seen.add(pair)
        kept.append((s, abbr, o))
    return kept


def main() -> None:
    OUT.mkdir(exist_ok=True)
    table = nodes()
    links = edges(table)
    with (OUT / "hetionet-nodes.tsv").open("w", encoding="utf-8") as f:
        f.write("id\tname\tkind\n")
        f.writelines(f"{i}\t{n}\t{k}\n" for i, n, k in table)
    with (OUT / "hetionet-edges.sif").open("w", encoding="utf-8") as f:
        f.write("source\tmetaedge\ttarget\n")
        f.writelines(f"{s}\t{p}\t{o}\n" for s, p, o in links)
    count = Counter(p for _, p, _ in links)
    ends = {
        p: (len({s for s, q, _ in links if q == p}), len({o for _, q, o in links if q == p}))
        for p in count
    }
    with (OUT / "metaedges.tsv").open("w", encoding="utf-8") as f:
        f.write("metaedge\tabbreviation\tedges\tsource_nodes\ttarget_nodes\tunbiased\n")
        for name, abbr, _, _ in METAEDGES:
            f.write(f"{name}\t{abbr}\t{count[abbr]}\t{ends[abbr][0]}\t{ends[abbr][1]}\t0\n")
    print(f"{len(table)} nodes, {len(links)} edges -> {OUT}")


if __name__ == "__main__":
    main()
