# ruff: noqa: E501  (one record a line)
"""Write ``pathways.owl``: human metabolic pathways in **BioPAX Level 3** as Reactome exports them
(RDF/XML, ``bp:`` = ``http://www.biopax.org/release/biopax-level3.owl#``, ``xml:base`` a Reactome
release URL, every resource a numbered local id such as ``#Protein12`` given by ``rdf:ID``).

The shape (Reactome's BioPAX 3 export is the model):

* ``bp:Pathway`` with ``bp:pathwayComponent`` reactions and sub-pathways, ``bp:pathwayOrder``
  ``bp:PathwayStep`` nodes (``bp:stepProcess`` the reaction and its catalysis, ``bp:nextStep``
  the following step), ``bp:organism`` one ``bp:BioSource``;
* ``bp:BiochemicalReaction`` with ``bp:left`` / ``bp:right`` physical entities, a
  ``bp:Stoichiometry`` node for every participant (``bp:participantStoichiometry``,
  ``bp:stoichiometricCoefficient`` xsd:float, ``bp:physicalEntity``), ``bp:eCNumber``,
  ``bp:conversionDirection``;
* ``bp:Catalysis`` (``bp:controller`` an enzyme, ``bp:controlled`` the reaction,
  ``bp:controlType`` "ACTIVATION") and ``bp:Control`` for regulation (``bp:controlType``
  "ACTIVATION" or "INHIBITION", the controller a small molecule or protein);
* ``bp:Protein`` / ``bp:SmallMolecule`` / ``bp:Complex`` (``bp:component`` and
  ``bp:componentStoichiometry`` nodes), one entity per compartment (ATP in the cytosol and ATP in
  the mitochondrial matrix are two resources with the same ``bp:displayName``), each with
  ``bp:cellularLocation`` a ``bp:CellularLocationVocabulary`` term (``bp:term``, a GO
  ``bp:UnificationXref``) and ``bp:entityReference`` a ``bp:ProteinReference`` /
  ``bp:SmallMoleculeReference`` (UniProt / ChEBI unification xrefs, HGNC relationship xrefs);
* names as ``bp:displayName``, ``bp:standardName`` and several ``bp:name`` (no ``rdfs:label``),
  every literal typed ``xsd:string`` as Reactome writes them; ``bp:comment`` strings;
  ``bp:xref`` to ``bp:UnificationXref`` (Reactome stable ids), ``bp:RelationshipXref`` and
  ``bp:PublicationXref`` (``bp:db``, ``bp:id``, ``bp:year``, ``bp:title``, ``bp:author``,
  ``bp:source``).

Proteins, molecules and reactions follow textbook biochemistry; ids are the real UniProt / ChEBI
accessions where known, publications are invented. Deterministic, stdlib only. Run from the
repository root: ``python bench/data/own/pathways_make.py``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
BASE = "http://www.reactome.org/biopax/86/1430728#"
XSD = "http://www.w3.org/2001/XMLSchema#"

# compartments: key -> (term, GO id)
LOC = {
    "c": ("cytosol", "GO:0005829"),
    "m": ("mitochondrial matrix", "GO:0005759"),
    "p": ("peroxisomal matrix", "GO:0005782"),
    "er": ("endoplasmic reticulum membrane", "GO:0005789"),
}
# small molecules: key -> (displayName, ChEBI, other names)
SM = {
    "Glc": ("D-glucose", "4167", ["Glc", "dextrose", "D-Glucose"]),
    "ATP": ("ATP", "30616", ["ATP(4-)", "adenosine 5'-triphosphate"]),
    "ADP": ("ADP", "456216", ["ADP(3-)", "adenosine 5'-diphosphate"]),
    "AMP": ("AMP", "456215", ["AMP(2-)", "adenosine 5'-monophosphate"]),
    "GTP": ("GTP", "37565", ["GTP(4-)", "guanosine 5'-triphosphate"]),
    "GDP": ("GDP", "58189", ["GDP(3-)", "guanosine 5'-diphosphate"]),
    "G6P": ("D-glucose 6-phosphate", "61548", ["G6P", "glucose-6-phosphate"]),
    "F6P": ("D-fructose 6-phosphate", "61527", ["F6P", "fructose-6-phosphate"]),
    "F16BP": ("D-fructose 1,6-bisphosphate", "32966", ["F1,6BP", "fructose-1,6-bisphosphate"]),
    "F26BP": ("D-fructose 2,6-bisphosphate", "58579", ["F2,6BP", "fructose-2,6-bisphosphate"]),
    "DHAP": ("dihydroxyacetone phosphate", "57642", ["DHAP", "glycerone phosphate"]),
    "GA3P": ("D-glyceraldehyde 3-phosphate", "59776", ["GA3P", "G3P"]),
    "BPG": ("1,3-bisphospho-D-glycerate", "57604", ["1,3BPG", "1,3-bisphosphoglycerate"]),
    "3PG": ("3-phospho-D-glycerate", "58272", ["3PG", "3-phosphoglycerate"]),
    "2PG": ("2-phospho-D-glycerate", "58289", ["2PG", "2-phosphoglycerate"]),
    "PEP": ("phosphoenolpyruvate", "58702", ["PEP", "phosphoenolpyruvic acid"]),
    "PYR": ("pyruvate", "15361", ["PYR", "2-oxopropanoate"]),
    "LAC": ("L-lactate", "16651", ["LACT", "(S)-lactate"]),
    "NAD": ("NAD+", "57540", ["NAD(+)", "nicotinamide adenine dinucleotide"]),
    "NADH": ("NADH", "57945", ["NADH(2-)", "reduced nicotinamide adenine dinucleotide"]),
    "Pi": ("orthophosphate", "43474", ["Pi", "phosphate", "hydrogenphosphate"]),
    "PPi": ("diphosphate", "33019", ["PPi", "pyrophosphate"]),
    "H": ("H+", "15378", ["hydron", "proton"]),
    "H2O": ("water", "15377", ["H2O"]),
    "CO2": ("carbon dioxide", "16526", ["CO2"]),
    "HCO3": ("hydrogencarbonate", "17544", ["HCO3-", "bicarbonate"]),
    "AcCoA": ("acetyl-CoA", "57288", ["Ac-CoA", "acetyl coenzyme A"]),
    "CoA": ("coenzyme A", "57287", ["CoA-SH", "CoA"]),
    "SucCoA": ("succinyl-CoA", "57292", ["succinyl coenzyme A"]),
    "OAA": ("oxaloacetate", "16452", ["OAA", "oxaloacetic acid"]),
    "CIT": ("citrate", "16947", ["CIT", "citrate(3-)"]),
    "ISOCIT": ("isocitrate", "16087", ["ISCIT", "threo-isocitrate"]),
    "AKG": ("2-oxoglutarate", "16810", ["2OG", "alpha-ketoglutarate"]),
    "MAL": ("(S)-malate", "15589", ["MAL", "L-malate"]),
    "NH4": ("ammonium", "28938", ["NH4+", "ammonium ion"]),
    "CAP": ("carbamoyl phosphate", "58228", ["CAP", "carbamoyl-phosphate"]),
    "NAG": ("N-acetyl-L-glutamate", "44337", ["NAGA", "N-acetylglutamate"]),
    "ORN": ("L-ornithine", "46911", ["ORN", "ornithine"]),
    "CITR": ("L-citrulline", "57743", ["CITR", "citrulline"]),
    "ASP": ("L-aspartate", "29991", ["L-Asp", "aspartate"]),
    "ARGSUC": ("L-argininosuccinate", "57472", ["ARG-SUC", "argininosuccinic acid"]),
    "FUM": ("fumarate", "29806", ["FUMA", "fumaric acid"]),
    "ARG": ("L-arginine", "32682", ["L-Arg", "arginine"]),
    "UREA": ("urea", "16199", ["carbamide"]),
    "O2": ("dioxygen", "15379", ["O2", "oxygen"]),
    "H2O2": ("hydrogen peroxide", "16240", ["H2O2"]),
    "SOX": ("superoxide", "18421", ["O2.-", "superoxide anion"]),
    "Cu": ("Cu2+", "29036", ["copper(2+)"]),
    "Zn": ("Zn2+", "29105", ["zinc(2+)"]),
}
# proteins: key -> (gene symbol, UniProt, recommended name, other names, location, function)
PR = {
    "HK1": (
        "P19367",
        "Hexokinase-1",
        ["Brain form hexokinase", "HK I"],
        "c",
        "Catalyzes the phosphorylation of hexoses such as D-glucose.",
    ),
    "HK2": (
        "P52789",
        "Hexokinase-2",
        ["Muscle form hexokinase", "HK II"],
        "c",
        "Catalyzes the phosphorylation of hexose in skeletal muscle.",
    ),
    "GCK": (
        "P35557",
        "Hexokinase-4",
        ["Glucokinase", "HK IV"],
        "c",
        "Glucose sensor of pancreatic beta cells and hepatocytes.",
    ),
    "GCKR": (
        "Q14397",
        "Glucokinase regulatory protein",
        ["GKRP"],
        "c",
        "Inhibits glucokinase by forming an inactive complex.",
    ),
    "GPI": (
        "P06744",
        "Glucose-6-phosphate isomerase",
        ["Phosphoglucose isomerase", "Neuroleukin"],
        "c",
        "Interconverts glucose-6-phosphate and fructose-6-phosphate.",
    ),
    "PFKL": (
        "P17858",
        "ATP-dependent 6-phosphofructokinase, liver type",
        ["Phosphofructokinase 1", "PFK-L"],
        "c",
        "Catalyzes the third step of glycolysis.",
    ),
    "PFKM": (
        "P08237",
        "ATP-dependent 6-phosphofructokinase, muscle type",
        ["PFK-M", "Phosphofructo-1-kinase isozyme A"],
        "c",
        "Muscle isoform of phosphofructokinase.",
    ),
    "PFKP": (
        "Q01813",
        "ATP-dependent 6-phosphofructokinase, platelet type",
        ["PFK-P", "Phosphofructo-1-kinase isozyme C"],
        "c",
        "Platelet isoform of phosphofructokinase.",
    ),
    "ALDOA": (
        "P04075",
        "Fructose-bisphosphate aldolase A",
        ["Muscle-type aldolase", "Lung cancer antigen NY-LU-1"],
        "c",
        "Cleaves fructose 1,6-bisphosphate.",
    ),
    "TPI1": (
        "P60174",
        "Triosephosphate isomerase",
        ["TIM", "Triose-phosphate isomerase"],
        "c",
        "Interconverts the triose phosphates.",
    ),
    "GAPDH": (
        "P04406",
        "Glyceraldehyde-3-phosphate dehydrogenase",
        ["GAPD", "Peptidyl-cysteine S-nitrosylase GAPDH"],
        "c",
        "Oxidatively phosphorylates glyceraldehyde 3-phosphate.",
    ),
    "PGK1": (
        "P00558",
        "Phosphoglycerate kinase 1",
        ["Primer recognition protein 2", "PRP 2"],
        "c",
        "Transfers a phosphate from 1,3-bisphosphoglycerate to ADP.",
    ),
    "PGAM1": (
        "P18669",
        "Phosphoglycerate mutase 1",
        ["BPG-dependent PGAM 1", "Phosphoglycerate mutase isozyme B"],
        "c",
        "Interconverts 3- and 2-phosphoglycerate.",
    ),
    "ENO1": (
        "P06733",
        "Alpha-enolase",
        ["2-phospho-D-glycerate hydro-lyase", "MBP-1"],
        "c",
        "Dehydrates 2-phosphoglycerate.",
    ),
    "PKM": (
        "P14618",
        "Pyruvate kinase PKM",
        ["Pyruvate kinase muscle isozyme", "Cytosolic thyroid hormone-binding protein"],
        "c",
        "Catalyzes the final rate-limiting step of glycolysis.",
    ),
    "LDHA": (
        "P00338",
        "L-lactate dehydrogenase A chain",
        ["LDH-A", "LDH muscle subunit"],
        "c",
        "Interconverts pyruvate and lactate.",
    ),
    "PDHA1": (
        "P08559",
        "Pyruvate dehydrogenase E1 component subunit alpha, somatic form, mitochondrial",
        ["PDHE1-A type I"],
        "m",
        "E1 subunit of the pyruvate dehydrogenase complex.",
    ),
    "DLAT": (
        "P10515",
        "Dihydrolipoyllysine-residue acetyltransferase component of pyruvate dehydrogenase complex, mitochondrial",
        ["PDC-E2", "E2"],
        "m",
        "E2 subunit of the pyruvate dehydrogenase complex.",
    ),
    "DLD": (
        "P09622",
        "Dihydrolipoyl dehydrogenase, mitochondrial",
        ["Dihydrolipoamide dehydrogenase", "E3"],
        "m",
        "E3 subunit shared by the 2-oxo acid dehydrogenase complexes.",
    ),
    "CS": (
        "O75390",
        "Citrate synthase, mitochondrial",
        ["Citrate (Si)-synthase"],
        "m",
        "Condenses acetyl-CoA and oxaloacetate.",
    ),
    "ACO2": (
        "Q99798",
        "Aconitate hydratase, mitochondrial",
        ["Aconitase", "Citrate hydro-lyase"],
        "m",
        "Isomerizes citrate to isocitrate via cis-aconitate.",
    ),
    "IDH3A": (
        "P50213",
        "Isocitrate dehydrogenase [NAD] subunit alpha, mitochondrial",
        ["NAD(+)-specific ICDH subunit alpha"],
        "m",
        "Catalytic subunit of NAD-dependent isocitrate dehydrogenase.",
    ),
    "IDH3B": (
        "O43837",
        "Isocitrate dehydrogenase [NAD] subunit beta, mitochondrial",
        ["NAD(+)-specific ICDH subunit beta"],
        "m",
        "Regulatory subunit of NAD-dependent isocitrate dehydrogenase.",
    ),
    "IDH3G": (
        "P51553",
        "Isocitrate dehydrogenase [NAD] subunit gamma, mitochondrial",
        ["NAD(+)-specific ICDH subunit gamma"],
        "m",
        "Regulatory subunit of NAD-dependent isocitrate dehydrogenase.",
    ),
    "MDH2": (
        "P40926",
        "Malate dehydrogenase, mitochondrial",
        ["MDH"],
        "m",
        "Oxidizes malate to oxaloacetate.",
    ),
    "PC": (
        "P11498",
        "Pyruvate carboxylase, mitochondrial",
        ["Pyruvic carboxylase", "PCB"],
        "m",
        "Carboxylates pyruvate to oxaloacetate.",
    ),
    "PCK1": (
        "P35558",
        "Phosphoenolpyruvate carboxykinase, cytosolic [GTP]",
        ["PEPCK-C"],
        "c",
        "Converts oxaloacetate to phosphoenolpyruvate.",
    ),
    "FBP1": (
        "P09467",
        "Fructose-1,6-bisphosphatase 1",
        ["FBPase 1", "D-fructose-1,6-bisphosphate 1-phosphohydrolase 1"],
        "c",
        "Hydrolyzes fructose 1,6-bisphosphate.",
    ),
    "G6PC1": (
        "P35575",
        "Glucose-6-phosphatase catalytic subunit 1",
        ["G6Pase", "G-6-Pase"],
        "er",
        "Hydrolyzes glucose-6-phosphate in the endoplasmic reticulum.",
    ),
    "PFKFB1": (
        "P16118",
        "6-phosphofructo-2-kinase/fructose-2,6-bisphosphatase 1",
        ["6PF-2-K/Fru-2,6-P2ase liver isozyme"],
        "c",
        "Synthesizes and degrades fructose 2,6-bisphosphate.",
    ),
    "CPS1": (
        "P31327",
        "Carbamoyl-phosphate synthase [ammonia], mitochondrial",
        ["CPSase I"],
        "m",
        "First committed step of the urea cycle.",
    ),
    "OTC": (
        "P00480",
        "Ornithine transcarbamylase, mitochondrial",
        ["OTCase", "Ornithine carbamoyltransferase"],
        "m",
        "Forms citrulline from ornithine and carbamoyl phosphate.",
    ),
    "ASS1": (
        "P00966",
        "Argininosuccinate synthase",
        ["Citrulline--aspartate ligase"],
        "c",
        "Condenses citrulline and aspartate.",
    ),
    "ASL": (
        "P04424",
        "Argininosuccinate lyase",
        ["ASAL", "Arginosuccinase"],
        "c",
        "Cleaves argininosuccinate into arginine and fumarate.",
    ),
    "ARG1": (
        "P05089",
        "Arginase-1",
        ["Liver-type arginase", "Type I arginase"],
        "c",
        "Hydrolyzes arginine to urea and ornithine.",
    ),
    "SOD1": (
        "P00441",
        "Superoxide dismutase [Cu-Zn]",
        ["Superoxide dismutase 1", "hSod1"],
        "c",
        "Destroys superoxide radicals.",
    ),
    "CAT": (
        "P04040",
        "Catalase",
        ["Hydrogen peroxide oxidoreductase"],
        "p",
        "Decomposes hydrogen peroxide to water and oxygen.",
    ),
    "AK1": (
        "P00568",
        "Adenylate kinase isoenzyme 1",
        ["ATP-AMP transphosphorylase 1", "Myokinase"],
        "c",
        "Interconverts adenine nucleotides.",
    ),
}
# complexes: key -> (displayName, location, [(component key, count)], other names)
CX = {
    "GPIdimer": ("GPI dimer", "c", [("GPI", 2)], ["glucose-6-phosphate isomerase dimer"]),
    "PFK": (
        "PFK tetramer",
        "c",
        [("PFKL", 2), ("PFKM", 1), ("PFKP", 1)],
        ["phosphofructokinase 1 tetramer"],
    ),
    "ALDO": ("ALDOA tetramer", "c", [("ALDOA", 4)], ["aldolase A tetramer"]),
    "TPI": ("TPI1 dimer", "c", [("TPI1", 2)], ["triosephosphate isomerase dimer"]),
    "GAPDHt": (
        "GAPDH tetramer",
        "c",
        [("GAPDH", 4)],
        ["glyceraldehyde-3-phosphate dehydrogenase tetramer"],
    ),
    "ENO": ("ENO1 dimer", "c", [("ENO1", 2)], ["enolase dimer"]),
    "PKMt": ("PKM tetramer", "c", [("PKM", 4)], ["pyruvate kinase M tetramer"]),
    "LDH": ("LDHA tetramer", "c", [("LDHA", 4)], ["LDH-5", "lactate dehydrogenase 5"]),
    "PDH": (
        "pyruvate dehydrogenase complex",
        "m",
        [("PDHA1", 20), ("DLAT", 60), ("DLD", 12)],
        ["PDC", "PDH complex"],
    ),
    "IDH3": (
        "IDH3 complex",
        "m",
        [("IDH3A", 2), ("IDH3B", 1), ("IDH3G", 1)],
        ["NAD-dependent isocitrate dehydrogenase"],
    ),
    "MDH": ("MDH2 dimer", "m", [("MDH2", 2)], ["mitochondrial malate dehydrogenase dimer"]),
    "PCt": ("PC tetramer", "m", [("PC", 4)], ["pyruvate carboxylase tetramer"]),
    "FBP": ("FBP1 tetramer", "c", [("FBP1", 4)], ["fructose-1,6-bisphosphatase tetramer"]),
    "PFKFB": ("PFKFB1 dimer", "c", [("PFKFB1", 2)], ["PFK-2/FBPase-2 liver dimer"]),
    "OTCt": ("OTC trimer", "m", [("OTC", 3)], ["ornithine transcarbamylase trimer"]),
    "ASSt": ("ASS1 tetramer", "c", [("ASS1", 4)], ["argininosuccinate synthetase tetramer"]),
    "ASLt": ("ASL tetramer", "c", [("ASL", 4)], ["argininosuccinate lyase tetramer"]),
    "ARGt": ("ARG1 trimer", "c", [("ARG1", 3)], ["arginase trimer"]),
    "SOD": (
        "SOD1 dimer",
        "c",
        [("SOD1", 2), ("Cu@c", 2), ("Zn@c", 2)],
        ["SOD1:2Cu2+:2Zn2+", "Cu,Zn-SOD"],
    ),
    "CATt": ("CAT tetramer", "p", [("CAT", 4)], ["catalase tetramer"]),
}
# reactions: key -> (name, stable id, compartment, left, right, catalysts, regulators, EC, pubmed)
# participants "X" in the reaction's compartment or "X@loc"; a "2*X" coefficient 2
RX = {
    "hk": (
        "Hexokinases phosphorylate glucose to form glucose 6-phosphate",
        "R-HSA-70420",
        "c",
        ["Glc", "ATP"],
        ["G6P", "ADP", "H"],
        ["HK1", "HK2", "GCK"],
        [("G6P", "INHIBITION"), ("GCKR", "INHIBITION")],
        "2.7.1.1",
        0,
    ),
    "gpi": (
        "GPI dimer isomerizes G6P to F6P",
        "R-HSA-70471",
        "c",
        ["G6P"],
        ["F6P"],
        ["GPIdimer"],
        [],
        "5.3.1.9",
        1,
    ),
    "pfk": (
        "D-fructose 6-phosphate + ATP => D-fructose 1,6-bisphosphate + ADP",
        "R-HSA-70467",
        "c",
        ["F6P", "ATP"],
        ["F16BP", "ADP", "H"],
        ["PFK"],
        [("F26BP", "ACTIVATION"), ("AMP", "ACTIVATION"), ("CIT", "INHIBITION")],
        "2.7.1.11",
        1,
    ),
    "aldo": (
        "Aldolase cleaves the six-carbon sugar bisphosphate into two triose phosphates",
        "R-HSA-71496",
        "c",
        ["F16BP"],
        ["DHAP", "GA3P"],
        ["ALDO"],
        [],
        "4.1.2.13",
        2,
    ),
    "tpi": (
        "Triose phosphate isomerization",
        "R-HSA-70481",
        "c",
        ["DHAP"],
        ["GA3P"],
        ["TPI"],
        [],
        "5.3.1.1",
        2,
    ),
    "gapdh": (
        "GA3P + NAD+ + orthophosphate <=> 1,3BPG + NADH + H+",
        "R-HSA-70449",
        "c",
        ["GA3P", "NAD", "Pi"],
        ["BPG", "NADH", "H"],
        ["GAPDHt"],
        [],
        "1.2.1.12",
        3,
    ),
    "pgk": (
        "Substrate-level phosphorylation of ADP by 1,3-bisphosphoglycerate",
        "R-HSA-70486",
        "c",
        ["BPG", "ADP"],
        ["3PG", "ATP"],
        ["PGK1"],
        [],
        "2.7.2.3",
        3,
    ),
    "pgam": (
        "3PG isomerises to 2PG",
        "R-HSA-71445",
        "c",
        ["3PG"],
        ["2PG"],
        ["PGAM1"],
        [],
        "5.4.2.11",
        3,
    ),
    "eno": (
        "Dehydration of 2-phosphoglycerate",
        "R-HSA-70494",
        "c",
        ["2PG"],
        ["PEP", "H2O"],
        ["ENO"],
        [],
        "4.2.1.11",
        4,
    ),
    "pk": (
        "Final step of glycolysis: phosphoryl transfer to ADP",
        "R-HSA-71670",
        "c",
        ["PEP", "ADP", "H"],
        ["PYR", "ATP"],
        ["PKMt"],
        [("F16BP", "ACTIVATION"), ("ATP", "INHIBITION")],
        "2.7.1.40",
        4,
    ),
    "ldh": (
        "Pyruvate is reduced to lactate",
        "R-HSA-70510",
        "c",
        ["PYR", "NADH", "H"],
        ["LAC", "NAD"],
        ["LDH"],
        [],
        "1.1.1.27",
        5,
    ),
    "pdh": (
        "Oxidative decarboxylation of pyruvate to acetyl-CoA",
        "R-HSA-71397",
        "m",
        ["PYR", "CoA", "NAD"],
        ["AcCoA", "CO2", "NADH"],
        ["PDH"],
        [("AcCoA", "INHIBITION"), ("NADH", "INHIBITION")],
        "1.2.4.1",
        5,
    ),
    "cs": (
        "Citrate synthase condenses acetyl-CoA and oxaloacetate",
        "R-HSA-70975",
        "m",
        ["AcCoA", "OAA", "H2O"],
        ["CIT", "CoA", "H"],
        ["CS"],
        [("SucCoA", "INHIBITION")],
        "2.3.3.1",
        6,
    ),
    "aco": (
        "Citrate is isomerized to isocitrate",
        "R-HSA-70971",
        "m",
        ["CIT"],
        ["ISOCIT"],
        ["ACO2"],
        [],
        "4.2.1.3",
        6,
    ),
    "idh": (
        "isocitrate + NAD+ => 2-oxoglutarate + CO2 + NADH",
        "R-HSA-70967",
        "m",
        ["ISOCIT", "NAD"],
        ["AKG", "CO2", "NADH"],
        ["IDH3"],
        [("ADP", "ACTIVATION"), ("NADH", "INHIBITION")],
        "1.1.1.41",
        6,
    ),
    "mdh": (
        "Malate is oxidized to oxaloacetate",
        "R-HSA-70979",
        "m",
        ["MAL", "NAD"],
        ["OAA", "NADH", "H"],
        ["MDH"],
        [],
        "1.1.1.37",
        6,
    ),
    "pc": (
        "Carboxylation of pyruvate",
        "R-HSA-70501",
        "m",
        ["PYR", "ATP", "HCO3"],
        ["OAA", "ADP", "Pi"],
        ["PCt"],
        [("AcCoA", "ACTIVATION")],
        "6.4.1.1",
        7,
    ),
    "pck": (
        "Oxaloacetate is decarboxylated and phosphorylated to PEP",
        "R-HSA-70241",
        "c",
        ["OAA", "GTP"],
        ["PEP", "GDP", "CO2"],
        ["PCK1"],
        [],
        "4.1.1.32",
        7,
    ),
    "fbp": (
        "F1,6BP is dephosphorylated to F6P",
        "R-HSA-70479",
        "c",
        ["F16BP", "H2O"],
        ["F6P", "Pi"],
        ["FBP"],
        [("F26BP", "INHIBITION"), ("AMP", "INHIBITION")],
        "3.1.3.11",
        7,
    ),
    "g6pc": (
        "Glucose 6-phosphate hydrolysis in the ER",
        "R-HSA-3257122",
        "c",
        ["G6P", "H2O"],
        ["Glc", "Pi"],
        ["G6PC1"],
        [],
        "3.1.3.9",
        8,
    ),
    "pfk2": (
        "Synthesis of fructose 2,6-bisphosphate",
        "R-HSA-71802",
        "c",
        ["F6P", "ATP"],
        ["F26BP", "ADP"],
        ["PFKFB"],
        [],
        "2.7.1.105",
        8,
    ),
    "cps": (
        "Carbamoyl phosphate formation from ammonia and bicarbonate",
        "R-HSA-70555",
        "m",
        ["NH4", "HCO3", "2*ATP", "H2O"],
        ["CAP", "2*ADP", "Pi", "2*H"],
        ["CPS1"],
        [("NAG", "ACTIVATION")],
        "6.3.4.16",
        9,
    ),
    "otc": (
        "Ornithine and carbamoyl phosphate combine to citrulline",
        "R-HSA-70560",
        "m",
        ["CAP", "ORN"],
        ["CITR", "Pi", "H"],
        ["OTCt"],
        [],
        "2.1.3.3",
        9,
    ),
    "ass": (
        "Citrulline is condensed with aspartate",
        "R-HSA-70577",
        "c",
        ["CITR", "ASP", "ATP"],
        ["ARGSUC", "AMP", "PPi"],
        ["ASSt"],
        [],
        "6.3.4.5",
        9,
    ),
    "asl": (
        "Argininosuccinate cleavage",
        "R-HSA-70573",
        "c",
        ["ARGSUC"],
        ["ARG", "FUM"],
        ["ASLt"],
        [],
        "4.3.2.1",
        10,
    ),
    "arg": (
        "Arginine hydrolysis yields urea",
        "R-HSA-70569",
        "c",
        ["ARG", "H2O"],
        ["UREA", "ORN"],
        ["ARGt"],
        [("ORN", "INHIBITION")],
        "3.5.3.1",
        10,
    ),
    "sod": (
        "Dismutation of superoxide in the cytosol",
        "R-HSA-3299753",
        "c",
        ["2*SOX", "2*H"],
        ["H2O2", "O2"],
        ["SOD"],
        [],
        "1.15.1.1",
        11,
    ),
    "cat": (
        "Peroxisomal hydrogen peroxide breakdown",
        "R-HSA-76031",
        "p",
        ["2*H2O2"],
        ["2*H2O", "O2"],
        ["CATt"],
        [],
        "1.11.1.6",
        11,
    ),
    "ak": (
        "2 ADP <=> ATP + AMP",
        "R-HSA-110144",
        "c",
        ["2*ADP"],
        ["ATP", "AMP"],
        ["AK1"],
        [],
        "2.7.4.3",
        12,
    ),
}
# pathways: key -> (displayName, stable id, other names, components, ordered chains, summary)
PW = {
    "glyc": (
        "Glycolysis",
        "R-HSA-70171",
        ["Embden-Meyerhof pathway"],
        ["hk", "gpi", "pfk", "aldo", "tpi", "gapdh", "pgk", "pgam", "eno", "pk"],
        [["hk", "gpi", "pfk", "aldo", "tpi", "gapdh", "pgk", "pgam", "eno", "pk"]],
        "Glycolysis is the sequence of reactions that converts one molecule of glucose into two molecules of pyruvate with a net gain of two ATP.",
    ),
    "gng": (
        "Gluconeogenesis",
        "R-HSA-70263",
        ["Glucose synthesis from non-carbohydrate precursors"],
        ["pc", "pck", "gapdh", "fbp", "g6pc"],
        [["pc", "pck"], ["fbp", "g6pc"]],
        "Gluconeogenesis synthesizes glucose from pyruvate, lactate and glycerol, mainly in the liver.",
    ),
    "f26": (
        "Regulation of glycolysis by fructose 2,6-bisphosphate metabolism",
        "R-HSA-9634600",
        [],
        ["pfk2"],
        [],
        "Fructose 2,6-bisphosphate allosterically activates PFK and inhibits FBPase.",
    ),
    "pyr": (
        "Pyruvate metabolism",
        "R-HSA-70268",
        [],
        ["ldh", "pdh"],
        [],
        "Pyruvate is reduced to lactate or oxidized to acetyl-CoA.",
    ),
    "tca": (
        "Citric acid cycle (TCA cycle)",
        "R-HSA-71403",
        ["Krebs cycle", "tricarboxylic acid cycle"],
        ["cs", "aco", "idh", "mdh"],
        [["mdh", "cs", "aco", "idh"]],
        "The citric acid cycle oxidizes acetyl-CoA to carbon dioxide in the mitochondrial matrix.",
    ),
    "pyrtca": (
        "Pyruvate metabolism and Citric Acid (TCA) cycle",
        "R-HSA-71406",
        [],
        ["pyr", "tca"],
        [],
        "Mitochondrial oxidation of pyruvate.",
    ),
    "carb": (
        "Metabolism of carbohydrates",
        "R-HSA-71387",
        [],
        ["glyc", "gng", "f26"],
        [],
        "Carbohydrate metabolism.",
    ),
    "urea": (
        "Urea cycle",
        "R-HSA-70635",
        ["ornithine cycle"],
        ["cps", "otc", "ass", "asl", "arg"],
        [["cps", "otc", "ass", "asl", "arg"]],
        "The urea cycle converts ammonia to urea in the liver.",
    ),
    "aa": (
        "Metabolism of amino acids and derivatives",
        "R-HSA-71291",
        [],
        ["urea"],
        [],
        "Amino acid metabolism.",
    ),
    "ros": (
        "Detoxification of Reactive Oxygen Species",
        "R-HSA-3299685",
        ["ROS detoxification"],
        ["sod", "cat"],
        [["sod", "cat"]],
        "Superoxide dismutases and catalase remove reactive oxygen species.",
    ),
    "nuc": (
        "Interconversion of nucleotide di- and triphosphates",
        "R-HSA-499943",
        [],
        ["ak"],
        [],
        "Kinases interconvert nucleotide mono-, di- and triphosphates.",
    ),
    "met": (
        "Metabolism",
        "R-HSA-1430728",
        [],
        ["carb", "pyrtca", "aa", "nuc"],
        [],
        "Metabolic processes in human cells.",
    ),
    "stress": (
        "Cellular responses to stimuli",
        "R-HSA-8953897",
        [],
        ["ros"],
        [],
        "Responses to stress.",
    ),
}
PUBS = [
    (
        "9437112",
        1998,
        "Structure and regulation of mammalian hexokinases",
        "Wilson JE",
        "J Bioenerg Biomembr",
    ),
    (
        "10518524",
        1999,
        "Glucose-6-phosphate isomerase and the phosphofructokinase tetramer",
        "Achari A, Marshall SE",
        "Biochemistry",
    ),
    (
        "11327791",
        2001,
        "Aldolase and triose phosphate isomerase in the glycolytic flux",
        "Tolan DR",
        "Eur J Biochem",
    ),
    (
        "12761284",
        2003,
        "The lower half of glycolysis revisited",
        "Fothergill-Gilmore LA, Michels PA",
        "Prog Biophys Mol Biol",
    ),
    (
        "15225718",
        2004,
        "Enolase and pyruvate kinase M2 in proliferating cells",
        "Mazurek S",
        "Int J Biochem Cell Biol",
    ),
    (
        "16890193",
        2006,
        "Fates of pyruvate: lactate and the pyruvate dehydrogenase complex",
        "Patel MS, Korotchkina LG",
        "Biochem Soc Trans",
    ),
    (
        "17681115",
        2007,
        "Regulation of the citric acid cycle in mammalian mitochondria",
        "Williamson JR, Cooper RH",
        "FEBS Lett",
    ),
    (
        "19176536",
        2009,
        "Hepatic gluconeogenesis: pyruvate carboxylase to glucose-6-phosphatase",
        "Hanson RW, Owen OE",
        "Annu Rev Nutr",
    ),
    (
        "20603117",
        2010,
        "Fructose 2,6-bisphosphate and glucose-6-phosphatase in the liver",
        "Rider MH, Hue L",
        "Biochem J",
    ),
    ("21470978", 2011, "The mammalian urea cycle enzymes", "Morris SM Jr", "Annu Rev Nutr"),
    (
        "22898473",
        2012,
        "Arginase and argininosuccinate lyase deficiencies",
        "Erez A, Nagamani SC",
        "Mol Genet Metab",
    ),
    (
        "23541411",
        2013,
        "Superoxide dismutase and catalase in redox homeostasis",
        "Fridman O, Kirkman HN",
        "Free Radic Biol Med",
    ),
    (
        "24125689",
        2014,
        "Adenylate kinase and the energy charge of the cell",
        "Dzeja P, Terzic A",
        "Int J Mol Sci",
    ),
]


class Doc:
    """The RDF/XML document: one element a resource, numbered ids per class."""

    def __init__(self) -> None:
        self.count: dict[str, int] = defaultdict(int)
        self.parts: list[str] = []

    def new(self, cls: str) -> str:
        self.count[cls] += 1
        return f"{cls}{self.count[cls]}"

    def emit(self, cls: str, rid: str, props: list[tuple[str, object]]) -> None:
        lines = [f' <bp:{cls} rdf:ID="{rid}">']
        for p, v in props:
            if isinstance(v, tuple) and v[0] == "ref":
                lines.append(f'  <bp:{p} rdf:resource="#{v[1]}"/>')
            elif isinstance(v, float):
                lines.append(f'  <bp:{p} rdf:datatype="{XSD}float">{v}</bp:{p}>')
            elif isinstance(v, int):
                lines.append(f'  <bp:{p} rdf:datatype="{XSD}int">{v}</bp:{p}>')
            else:
                lines.append(f'  <bp:{p} rdf:datatype="{XSD}string">{escape(str(v))}</bp:{p}>')
        lines.append(f" </bp:{cls}>")
        self.parts.append("\n".join(lines))


def ref(rid: str) -> tuple[str, str]:
    return ("ref", rid)


def build() -> str:
    d = Doc()
    xrefs: dict[tuple[str, str, str], str] = {}

    def xref(kind: str, db: str, id_: str, extra: list[tuple[str, object]] | None = None) -> str:
        key = (kind, db, id_)
        if key not in xrefs:
            rid = d.new(kind)
            xrefs[key] = rid
            d.emit(kind, rid, [("db", db), ("id", id_), *(extra or [])])
        return xrefs[key]

    human = d.new("BioSource")
    d.emit(
        "BioSource",
        human,
        [
            ("displayName", "Homo sapiens"),
            ("name", "human"),
            ("xref", ref(xref("UnificationXref", "NCBI Taxonomy", "9606"))),
        ],
    )
    locs = {}
    for k, (term, go) in LOC.items():
        locs[k] = d.new("CellularLocationVocabulary")
        d.emit(
            "CellularLocationVocabulary",
            locs[k],
            [("term", term), ("xref", ref(xref("UnificationXref", "GENE ONTOLOGY", go)))],
        )
    pubs = []
    for pmid, year, title, authors, source in PUBS:
        extra: list[tuple[str, object]] = [("year", year), ("title", title)]
        extra += [("author", a.strip()) for a in authors.split(",")] + [("source", source)]
        pubs.append(xref("PublicationXref", "Pubmed", pmid, extra))

    ent: dict[str, str] = {}  # "KEY@loc" -> physical entity id
    smref: dict[str, str] = {}
    pref: dict[str, str] = {}

    def small(key: str, loc: str) -> str:
        tag = f"{key}@{loc}"
        if tag not in ent:
            name, chebi, others = SM[key]
            if key not in smref:
                smref[key] = d.new("SmallMoleculeReference")
                d.emit(
                    "SmallMoleculeReference",
                    smref[key],
                    [
                        ("displayName", name),
                        ("standardName", name),
                        *[("name", o) for o in others],
                        ("xref", ref(xref("UnificationXref", "ChEBI", f"CHEBI:{chebi}"))),
                    ],
                )
            ent[tag] = d.new("SmallMolecule")
            d.emit(
                "SmallMolecule",
                ent[tag],
                [
                    ("displayName", name),
                    ("name", f"{name} [{LOC[loc][0]}]"),
                    *[("name", o) for o in others],
                    ("cellularLocation", ref(locs[loc])),
                    ("entityReference", ref(smref[key])),
                    ("dataSource", ref(reactome)),
                ],
            )
        return ent[tag]

    def protein(key: str) -> str:
        uni, rec, others, loc, function = PR[key]
        tag = f"{key}@{loc}"
        if tag not in ent:
            pref[key] = d.new("ProteinReference")
            d.emit(
                "ProteinReference",
                pref[key],
                [
                    ("displayName", f"UniProt:{uni} {key}"),
                    ("standardName", rec),
                    ("name", key),
                    *[("name", o) for o in others],
                    ("organism", ref(human)),
                    ("comment", f"FUNCTION {function}"),
                    ("xref", ref(xref("UnificationXref", "UniProt", uni))),
                    (
                        "xref",
                        ref(
                            xref(
                                "RelationshipXref",
                                "HGNC Symbol",
                                key,
                                [("relationshipType", "gene product")],
                            )
                        ),
                    ),
                ],
            )
            ent[tag] = d.new("Protein")
            d.emit(
                "Protein",
                ent[tag],
                [
                    ("displayName", key),
                    ("name", f"{key} [{LOC[loc][0]}]"),
                    ("name", rec),
                    ("cellularLocation", ref(locs[loc])),
                    ("entityReference", ref(pref[key])),
                    ("dataSource", ref(reactome)),
                ],
            )
        return ent[tag]

    def complex_(key: str) -> str:
        name, loc, comps, others = CX[key]
        tag = f"{key}@{loc}"
        if tag not in ent:
            members = []
            for ck, n in comps:
                cid = small(*ck.split("@")) if "@" in ck else protein(ck)
                st = d.new("Stoichiometry")
                d.emit(
                    "Stoichiometry",
                    st,
                    [("stoichiometricCoefficient", float(n)), ("physicalEntity", ref(cid))],
                )
                members.append((cid, st))
            ent[tag] = d.new("Complex")
            props: list[tuple[str, object]] = [
                ("displayName", name),
                ("name", f"{name} [{LOC[loc][0]}]"),
                *[("name", o) for o in others],
            ]
            props += [("component", ref(c)) for c, _ in members] + [
                ("componentStoichiometry", ref(s)) for _, s in members
            ]
            props += [("cellularLocation", ref(locs[loc])), ("dataSource", ref(reactome))]
            d.emit("Complex", ent[tag], props)
        return ent[tag]

    def entity(key: str, loc: str) -> str:
        if key in CX:
            return complex_(key)
        if key in PR:
            return protein(key)
        return small(key, loc)

    reactome = d.new("Provenance")
    d.emit(
        "Provenance",
        reactome,
        [("displayName", "Reactome"), ("comment", "http://www.reactome.org")],
    )

    rxn: dict[str, str] = {}
    catal: dict[str, list[str]] = defaultdict(list)
    for k, (name, stable, loc, left, right, cats, regs, ec, pub) in RX.items():
        parts: dict[str, list[tuple[str, float]]] = {"left": [], "right": []}
        for side, items in (("left", left), ("right", right)):
            for it in items:
                n, _, key = it.rpartition("*")
                key, _, at = key.partition("@")
                parts[side].append((entity(key, at or loc), float(n or 1)))
        stoich = []
        for side in ("left", "right"):
            for eid, n in parts[side]:
                st = d.new("Stoichiometry")
                d.emit(
                    "Stoichiometry",
                    st,
                    [("stoichiometricCoefficient", n), ("physicalEntity", ref(eid))],
                )
                stoich.append(st)
        rxn[k] = d.new("BiochemicalReaction")
        props = [
            ("displayName", name),
            ("eCNumber", ec),
            ("conversionDirection", "REVERSIBLE" if "<=>" in name else "LEFT-TO-RIGHT"),
        ]
        props += [("left", ref(e)) for e, _ in parts["left"]] + [
            ("right", ref(e)) for e, _ in parts["right"]
        ]
        props += [("participantStoichiometry", ref(s)) for s in stoich]
        props += [
            ("xref", ref(xref("UnificationXref", "Reactome", stable))),
            ("xref", ref(pubs[pub])),
            ("xref", ref(xref("RelationshipXref", "EC", ec))),
        ]
        props += [
            ("comment", f"Authored: Reactome curators; EC {ec}."),
            ("dataSource", ref(reactome)),
        ]
        d.emit("BiochemicalReaction", rxn[k], props)
        for c in cats:
            cid = d.new("Catalysis")
            d.emit(
                "Catalysis",
                cid,
                [
                    ("displayName", f"{CX[c][0] if c in CX else c} catalyzes '{name}'"),
                    ("controlType", "ACTIVATION"),
                    ("controller", ref(entity(c, loc))),
                    ("controlled", ref(rxn[k])),
                    ("catalysisDirection", "LEFT-TO-RIGHT"),
                    ("dataSource", ref(reactome)),
                ],
            )
            catal[k].append(cid)
        for r, how in regs:
            cid = d.new("Control")
            word = "Positive" if how == "ACTIVATION" else "Negative"
            d.emit(
                "Control",
                cid,
                [
                    ("displayName", f"{word} regulation of '{name}'"),
                    ("controlType", how),
                    ("controller", ref(entity(r, loc))),
                    ("controlled", ref(rxn[k])),
                    ("dataSource", ref(reactome)),
                ],
            )
            catal[k].append(cid)
    pw: dict[str, str] = {}
    for k, (name, stable, others, comps, chains, summary) in PW.items():
        pw[k] = d.new("Pathway")
        steps: dict[str, str] = {}
        for chain in chains:
            for r in chain:
                steps.setdefault(r, d.new("PathwayStep"))
        for chain in chains:
            for i, r in enumerate(chain):
                props = [("stepProcess", ref(rxn[r])), *[("stepProcess", ref(c)) for c in catal[r]]]
                if i + 1 < len(chain):
                    props.append(("nextStep", ref(steps[chain[i + 1]])))
                d.emit("PathwayStep", steps[r], props)
        props = [("displayName", name), *[("name", o) for o in others], ("organism", ref(human))]
        props += [("pathwayComponent", ref(rxn[c] if c in rxn else pw[c])) for c in comps]
        props += [("pathwayOrder", ref(s)) for s in steps.values()]
        props += [
            ("xref", ref(xref("UnificationXref", "Reactome", stable))),
            (
                "xref",
                ref(
                    xref(
                        "RelationshipXref",
                        "Reactome",
                        stable.replace("R-HSA-", "REACT_"),
                        [("relationshipType", "legacy identifier")],
                    )
                ),
            ),
        ]
        props += [("comment", summary), ("dataSource", ref(reactome))]
        d.emit("Pathway", pw[k], props)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<rdf:RDF\n"
        f' xmlns:xsd="{XSD}"\n'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
        ' xmlns:owl="http://www.w3.org/2002/07/owl#"\n'
        ' xmlns:bp="http://www.biopax.org/release/biopax-level3.owl#"\n'
        f' xml:base="{BASE}">\n'
        '<owl:Ontology rdf:about="">\n <owl:imports rdf:resource="http://www.biopax.org/release/biopax-level3.owl#"/>\n</owl:Ontology>\n'
    )
    return head + "\n".join(d.parts) + "\n</rdf:RDF>\n"


def main() -> None:
    (HERE / "pathways.owl").write_text(build(), encoding="utf-8")


if __name__ == "__main__":
    main()
