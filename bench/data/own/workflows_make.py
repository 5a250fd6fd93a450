# ruff: noqa: E501  (one table row a line)
"""Write ``workflows.jsonld``: an invented research institute's catalogue of computational
workflows and research software (the Halvorsen Institute for Computational Science, HICS), as
its WorkflowHub-like registry exports it: one RO-Crate 1.1 metadata file.

RO-Crate 1.1 as real crates write it: ``"@context"`` a list of the context **named by its URL**
(``https://w3id.org/ro/crate/1.1/context``, schema.org terms plus Bioschemas' and a few others,
no ``@vocab``) and a small inline context for the extra vocabularies (CodeMeta 2.0 ``codemeta:``,
EDAM ``edam:``, SPDX, the Workflow Run terms ``wfrun:``, OWL, the institute's ``hics:``); one
``@graph``; ids that are URLs (workflows at registry URLs with ``?version=``), ORCIDs (people),
DOIs (articles, Zenodo deposits), SPDX licence IRIs, EDAM IRIs and ``#fragment``\\ s (parameters,
languages, steps, test runs, licences written inline). The RO-Crate metadata descriptor and root
``Dataset`` (``hasPart`` every workflow) come first.

Workflows are ``["File", "SoftwareSourceCode", "ComputationalWorkflow"]`` (some also typed by
a ``hics:`` subclass of Bioschemas' ``ComputationalWorkflow``, declared with ``rdfs:subClassOf``);
named by ``name`` (some also ``alternateName``, one German and one Norwegian ``@language``
name); ``version`` on most, CodeMeta's ``softwareVersion`` on others, an older version as its own
entity that the newer one is ``isBasedOn``; ``creator`` on some, ``author`` on others; CodeMeta
``codemeta:maintainer``; ``programmingLanguage`` a workflow-language node per language and
version (``ComputerLanguage`` "Nextflow" 22.10.7 / 23.04.2 ...), script files (``hasPart``
``File``\\ s with their own ``programmingLanguage`` Python, R, Groovy); ``input`` / ``output``
Bioschemas ``FormalParameter``\\ s with ``encodingFormat`` an EDAM format (a ``DefinedTerm``
with ``name`` and ``termCode``; one format left unnamed) and ``additionalType`` an EDAM data
term; steps as blank ``HowToStep`` nodes (``position``, ``name``, ``tool`` a
``SoftwareApplication`` with ``softwareVersion``, ``wfrun:containerImage`` a
``wfrun:ContainerImage`` with ``wfrun:registry`` and ``wfrun:tag``); ``softwareRequirements``
the tools on some workflows too; ``license`` an SPDX IRI node on most, a bare SPDX id string on
two; ``funding`` ``Grant`` nodes (``identifier``, ``funder``) on some, a bare ``funder`` on
others; ``codeRepository`` a URL (string or node), ``identifier`` a DOI as a ``PropertyValue``
on some and ``sameAs`` a DOI node on others; ``dateCreated`` / ``dateModified`` typed
``xsd:date`` on some, plain strings on others; ``keywords`` one comma-separated string; EDAM
``applicationCategory`` / topics via ``about``. Test runs are Workflow Run Crate
``CreateAction``\\ s (``instrument`` the workflow, ``actionStatus`` a schema.org status,
``startTime`` / ``endTime`` ``xsd:dateTime``, ``agent`` a person or the CI service).
Publications are ``ScholarlyArticle``\\ s at DOIs (``citation`` from the article to the
workflow on some, from the workflow to the article on others). People at ORCIDs, named by
``name`` or only by ``givenName`` / ``familyName``, with ``affiliation`` an organisation node
(or a plain string), organisations with ``parentOrganization`` (its inverse ``subOrganization``
declared with ``owl:inverseOf`` and written on the institute only). A few properties carry an
``rdfs:comment``.

Run from the repository root: ``python bench/data/own/workflows_make.py``. Deterministic.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
HUB = "https://workflowhub.hics.example/workflows/"
ORCID = "https://orcid.org/"
EDAM = "http://edamontology.org/"
SPDX = "https://spdx.org/licenses/"
WFL = "https://w3id.org/workflowhub/workflow-ro-crate#"

CONTEXT = [
    "https://w3id.org/ro/crate/1.1/context",
    {
        "codemeta": "https://codemeta.github.io/terms/",
        "edam": EDAM,
        "spdx": SPDX,
        "wfrun": "https://w3id.org/ro/terms/workflow-run#",
        "owl": "http://www.w3.org/2002/07/owl#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "hics": "https://workflowhub.hics.example/ns#",
    },
]


def ref(x: str) -> dict[str, str]:
    return {"@id": x}


def date(x: str) -> dict[str, str]:
    return {"@value": x, "@type": "xsd:date"}


def stamp(x: datetime) -> dict[str, str]:
    return {"@value": x.isoformat(), "@type": "xsd:dateTime"}


# ----------------------------------------------------------------------------- organisations
ORGS = {
    "hics": {
        "name": [
            "Halvorsen Institute for Computational Science",
            {"@value": "Halvorsen-instituttet for beregningsvitenskap", "@language": "nb"},
        ],
        "alternateName": "HICS",
        "url": "https://www.hics.example/",
        "ror": "https://ror.org/05hics000",
    },
    "biocore": {"name": "Bioinformatics Core Facility", "parent": "hics"},
    "climate": {"name": "Climate Modelling Group", "parent": "hics"},
    "imaging": {"name": "Advanced Imaging Unit", "parent": "hics"},
    "uib": {
        "name": "University of Bergen",
        "alternateName": "UiB",
        "ror": "https://ror.org/03zga2b32",
    },
    "embl": {"name": "European Molecular Biology Laboratory", "alternateName": "EMBL"},
    "rcn": {
        "name": [
            "Research Council of Norway",
            {"@value": "Norges forskningsråd", "@language": "nb"},
        ],
        "alternateName": "RCN",
        "funderOnly": True,
    },
    "ec": {"name": "European Commission", "funderOnly": True},
    "wellcome": {"name": "Wellcome Trust", "funderOnly": True},
    "elixir": {"name": "ELIXIR Norway", "funderOnly": True},
}

# person: (orcid, given, family, affiliation key or a plain string, email, named by "name"?)
PEOPLE = {
    "solberg": (
        "0000-0002-1825-0097",
        "Ingrid",
        "Solberg",
        "biocore",
        "ingrid.solberg@hics.example",
        True,
    ),
    "wrona": ("0000-0001-5109-3700", "Tomasz", "Wrona", "biocore", None, True),
    "okonkwo": (
        "0000-0003-1419-2405",
        "Amara",
        "Okonkwo",
        "biocore",
        "amara.okonkwo@hics.example",
        True,
    ),
    "eide": ("0000-0002-9079-593X", "Lars", "Eide", "uib", None, False),
    "haugen": (
        "0000-0001-8135-3489",
        "Kjersti",
        "Haugen",
        "climate",
        "kjersti.haugen@hics.example",
        True,
    ),
    "ferreira": ("0000-0003-4497-7761", "Miguel", "Ferreira", "climate", None, True),
    "nakamura": (
        "0000-0002-7264-6618",
        "Yuki",
        "Nakamura",
        "imaging",
        "yuki.nakamura@hics.example",
        True,
    ),
    "berg": ("0000-0001-6472-1004", "Sofie", "Berg", "imaging", None, False),
    "mbeki": ("0000-0002-3311-8842", "Thandiwe", "Mbeki", "embl", None, True),
    "larsen": (
        "0000-0003-0053-2913",
        "Henrik",
        "Larsen",
        "biocore",
        "henrik.larsen@hics.example",
        True,
    ),
    "rossi": ("0000-0002-5582-9901", "Giulia", "Rossi", "Università di Padova", None, True),
    "aydin": ("0000-0001-9930-4406", "Emre", "Aydın", "climate", None, True),
    "lindqvist": ("0000-0003-2218-7754", "Maja", "Lindqvist", "imaging", None, True),
    "osei": ("0000-0002-8846-1350", "Kwame", "Osei", "biocore", None, False),
}

# ----------------------------------------------------------------------------- vocabularies
# EDAM formats: key -> (code, name); one is written with no name (the registry never fetched it)
FORMATS = {
    "fastq": ("format_1930", "FASTQ"),
    "fasta": ("format_1929", "FASTA"),
    "bam": ("format_2572", "BAM"),
    "vcf": ("format_3016", "VCF"),
    "bed": ("format_3003", "BED"),
    "tsv": ("format_3475", "TSV"),
    "csv": ("format_3752", "CSV"),
    "html": ("format_2331", "HTML"),
    "netcdf": ("format_3650", "netCDF"),
    "tiff": ("format_3591", "TIFF"),
    "ometiff": ("format_3727", "OME-TIFF"),
    "png": ("format_3603", "PNG"),
    "hdf5": ("format_3590", "HDF5"),
    "pdb": ("format_1476", "PDB"),
    "zarr": ("format_3915", None),
    "h5ad": ("format_3590", "HDF5"),
    "gfa": ("format_3975", "GFA 1"),
}
DATA = {
    "reads": ("data_2044", "Sequence"),
    "seqs": ("data_2044", "Sequence"),
    "align": ("data_0863", "Sequence alignment"),
    "variants": ("data_3498", "Sequence variations"),
    "expr": ("data_3112", "Gene expression matrix"),
    "image": ("data_2968", "Image"),
    "report": ("data_2048", "Report"),
    "climate": ("data_0006", "Data"),
    "structure": ("data_0883", "Structure"),
    "peaks": ("data_3002", "Annotation track"),
    "tracks": ("data_3108", "Experimental measurement"),
}
TOPICS = {
    "rnaseq": ("topic_3170", "RNA-Seq"),
    "variation": ("topic_0199", "Genetic variation"),
    "metagenomics": ("topic_3174", "Metagenomics"),
    "imaging": ("topic_3382", "Imaging"),
    "singlecell": ("topic_4028", "Single-cell sequencing"),
    "epigenomics": ("topic_3173", "Epigenomics"),
    "structure": ("topic_1317", "Structural biology"),
    "assembly": ("topic_0196", "Sequence assembly"),
}

# workflow languages: key -> (WorkflowHub id fragment, name, url, alternateName)
WLANGS = {
    "nextflow": ("nextflow", "Nextflow", "https://www.nextflow.io/", "NF"),
    "snakemake": ("snakemake", "Snakemake", "https://snakemake.readthedocs.io/", None),
    "cwl": ("cwl", "Common Workflow Language", "https://www.commonwl.org/", "CWL"),
    "galaxy": ("galaxy", "Galaxy", "https://galaxyproject.org/", None),
}
PLANGS = {
    "python": ("Python", "3.11"),
    "r": ("R", "4.3.1"),
    "groovy": ("Groovy", "3.0"),
    "bash": ("Bash", "5.1"),
    "java": ("Java", "17"),
    "cpp": ("C++", "17"),
    "c": ("C", "11"),
    "perl": ("Perl", "5.36"),
}

# tools: key -> (name, version, url, container registry, container image name, tag)
TOOLS = {
    "fastqc": (
        "FastQC",
        "0.12.1",
        "https://www.bioinformatics.babraham.ac.uk/projects/fastqc/",
        "quay.io",
        "biocontainers/fastqc",
        "0.12.1--hdfd78af_0",
    ),
    "salmon": (
        "Salmon",
        "1.10.1",
        "https://combine-lab.github.io/salmon/",
        "quay.io",
        "biocontainers/salmon",
        "1.10.1--h7e5ed60_0",
    ),
    "multiqc": (
        "MultiQC",
        "1.19",
        "https://multiqc.info/",
        "quay.io",
        "biocontainers/multiqc",
        "1.19--pyhdfd78af_0",
    ),
    "bwa": (
        "BWA-MEM2",
        "2.2.1",
        "https://github.com/bwa-mem2/bwa-mem2",
        "quay.io",
        "biocontainers/bwa-mem2",
        "2.2.1--he513fc3_0",
    ),
    "samtools": (
        "SAMtools",
        "1.18",
        "http://www.htslib.org/",
        "quay.io",
        "biocontainers/samtools",
        "1.18--h50ea8bc_1",
    ),
    "gatk": (
        "GATK",
        "4.4.0.0",
        "https://gatk.broadinstitute.org/",
        "docker.io",
        "broadinstitute/gatk",
        "4.4.0.0",
    ),
    "kraken2": (
        "Kraken 2",
        "2.1.3",
        "https://ccb.jhu.edu/software/kraken2/",
        "quay.io",
        "biocontainers/kraken2",
        "2.1.3--pl5321hdcf5f25_0",
    ),
    "bracken": (
        "Bracken",
        "2.9",
        "https://ccb.jhu.edu/software/bracken/",
        "quay.io",
        "biocontainers/bracken",
        "2.9--py39h1f90b4d_0",
    ),
    "scanpy": (
        "Scanpy",
        "1.9.6",
        "https://scanpy.readthedocs.io/",
        "quay.io",
        "biocontainers/scanpy-scripts",
        "1.9.301--pyhdfd78af_0",
    ),
    "cdo": (
        "Climate Data Operators",
        "2.2.2",
        "https://code.mpimet.mpg.de/projects/cdo",
        "docker.io",
        "hics/cdo",
        "2.2.2",
    ),
    "xarray": ("xarray", "2023.10.1", "https://xarray.dev/", None, None, None),
    "nco": ("NCO", "5.1.8", "https://nco.sourceforge.net/", "docker.io", "hics/nco", "5.1.8"),
    "cellpose": (
        "Cellpose",
        "2.2.3",
        "https://www.cellpose.org/",
        "docker.io",
        "hics/cellpose",
        "2.2.3-cuda11",
    ),
    "fiji": ("Fiji", "2.14.0", "https://fiji.sc/", "docker.io", "fiji/fiji", "20231102"),
    "bigstitcher": (
        "BigStitcher",
        "1.2.10",
        "https://imagej.net/plugins/bigstitcher/",
        "docker.io",
        "hics/bigstitcher",
        "1.2.10",
    ),
    "bowtie2": (
        "Bowtie 2",
        "2.5.2",
        "https://bowtie-bio.sourceforge.net/bowtie2/",
        "quay.io",
        "biocontainers/bowtie2",
        "2.5.2--py39h6fed5c7_0",
    ),
    "macs2": (
        "MACS2",
        "2.2.9.1",
        "https://github.com/macs3-project/MACS",
        "quay.io",
        "biocontainers/macs2",
        "2.2.9.1--py39hf95cd2a_0",
    ),
    "xclim": ("xclim", "0.46.0", "https://xclim.readthedocs.io/", None, None, None),
    "vep": (
        "Ensembl VEP",
        "110.1",
        "https://www.ensembl.org/vep",
        "docker.io",
        "ensemblorg/ensembl-vep",
        "release_110.1",
    ),
    "snpeff": (
        "SnpEff",
        "5.2",
        "https://pcingola.github.io/SnpEff/",
        "quay.io",
        "biocontainers/snpeff",
        "5.2--hdfd78af_0",
    ),
    "flye": (
        "Flye",
        "2.9.3",
        "https://github.com/fenderglass/Flye",
        "quay.io",
        "biocontainers/flye",
        "2.9.3--py310h2b6aa90_0",
    ),
    "medaka": (
        "Medaka",
        "1.11.3",
        "https://github.com/nanoporetech/medaka",
        "docker.io",
        "ontresearch/medaka",
        "v1.11.3",
    ),
    "trackmate": ("TrackMate", "7.11.1", "https://imagej.net/plugins/trackmate/", None, None, None),
    "colabfold": (
        "ColabFold",
        "1.5.3",
        "https://github.com/sokrypton/ColabFold",
        "ghcr.io",
        "sokrypton/colabfold",
        "1.5.3-cuda12.2.2",
    ),
}

# tools' own catalogue entries: key -> (written in, licence, EDAM operation (code, name))
TOOL_META = {
    "fastqc": ("java", "GPL-3.0-or-later", ("operation_3218", "Sequencing quality control")),
    "salmon": ("cpp", "GPL-3.0-or-later", ("operation_3800", "RNA-Seq quantification")),
    "multiqc": ("python", "GPL-3.0-or-later", ("operation_2428", "Validation")),
    "bwa": ("cpp", "MIT", ("operation_3198", "Read mapping")),
    "samtools": ("c", "MIT", ("operation_3096", "Editing")),
    "gatk": ("java", "BSD-3-Clause", ("operation_3227", "Variant calling")),
    "kraken2": ("cpp", "MIT", ("operation_3460", "Taxonomic classification")),
    "bracken": ("python", "GPL-3.0-or-later", ("operation_3460", "Taxonomic classification")),
    "scanpy": ("python", "BSD-3-Clause", ("operation_3432", "Clustering")),
    "cdo": ("cpp", "BSD-3-Clause", ("operation_3435", "Standardisation and normalisation")),
    "xarray": ("python", "Apache-2.0", None),
    "nco": ("c", "BSD-3-Clause", None),
    "cellpose": ("python", "BSD-3-Clause", ("operation_3443", "Image analysis")),
    "fiji": ("java", "GPL-3.0-or-later", ("operation_3443", "Image analysis")),
    "bigstitcher": ("java", "GPL-3.0-or-later", ("operation_3443", "Image analysis")),
    "bowtie2": ("cpp", "GPL-3.0-or-later", ("operation_3198", "Read mapping")),
    "macs2": ("python", "BSD-3-Clause", ("operation_3222", "Peak calling")),
    "xclim": ("python", "Apache-2.0", None),
    "vep": ("perl", "Apache-2.0", ("operation_0331", "Variant effect prediction")),
    "snpeff": ("java", "MIT", ("operation_0331", "Variant effect prediction")),
    "flye": ("cpp", "BSD-3-Clause", ("operation_0525", "Genome assembly")),
    "medaka": ("python", "MPL-2.0", ("operation_3184", "Sequence assembly validation")),
    "trackmate": ("java", "GPL-3.0-or-later", ("operation_3443", "Image analysis")),
    "colabfold": ("python", "MIT", ("operation_0474", "Protein structure prediction")),
}

LICENSES = {
    "MIT": "MIT License",
    "Apache-2.0": "Apache License 2.0",
    "GPL-3.0-or-later": "GNU General Public License v3.0 or later",
    "BSD-3-Clause": 'BSD 3-Clause "New" or "Revised" License',
    "CC-BY-4.0": "Creative Commons Attribution 4.0 International",
    "MPL-2.0": "Mozilla Public License 2.0",
}

# grant: key -> (identifier, title, funder)
GRANTS = {
    "fripro": ("325721", "FRIPRO: Transcriptome dynamics in Atlantic cod", "rcn"),
    "infra": ("295932", "ELIXIR Norway infrastructure upgrade", "rcn"),
    "h2020": ("101003536", "CLIMDOWN: regional downscaling for climate services", "ec"),
    "wellcome": ("222998/Z/21/Z", "Whole-cell imaging atlas", "wellcome"),
}

# workflow: key, id number, name, other names, domain subclass, language (key, version),
# version written by ("version" or "softwareVersion"), version, creators ("creator" / "author"),
# maintainer, license (id, bare string?), funding (grants) or funder (org), steps [(name, tool)],
# inputs / outputs [(name, format, data, required?)], scripts [(path, language)], topics,
# repository, DOI (as PropertyValue or sameAs), dates, keywords, description
WORKFLOWS = [
    {
        "key": "rnaseq",
        "n": 12,
        "name": "RNA-seq quantification pipeline",
        "alt": ["rnaseq-quant"],
        "cls": "BioinformaticsWorkflow",
        "lang": ("nextflow", "22.10.7"),
        "vprop": "version",
        "version": "2.2.0",
        "who": "creator",
        "people": ["solberg", "wrona"],
        "maintainer": ["solberg"],
        "license": ("MIT", False),
        "funding": ["fripro"],
        "steps": [
            ("Read quality control", "fastqc"),
            ("Transcript quantification", "salmon"),
            ("Aggregate QC report", "multiqc"),
        ],
        "inputs": [("reads", "fastq", "reads", True), ("transcriptome", "fasta", "seqs", True)],
        "outputs": [("gene counts", "tsv", "expr"), ("QC report", "html", "report")],
        "scripts": [("bin/tximport_summarise.R", "r"), ("bin/check_samplesheet.py", "python")],
        "topics": ["rnaseq"],
        "repo": ("https://github.com/hics-bio/rnaseq-quant", True),
        "doi": ("10.5281/zenodo.8012345", "pv"),
        "created": ("2021-05-11", True),
        "modified": ("2024-02-19", True),
        "keywords": "RNA-seq, transcriptomics, salmon, nextflow",
        "description": "Quantifies transcript abundance from bulk RNA-seq reads with Salmon and summarises to gene level.",
        "previous": ("2.1.0", "2023-03-02"),
    },
    {
        "key": "germline",
        "n": 15,
        "name": "Germline variant calling",
        "alt": ["GATK best-practice germline calling"],
        "cls": "BioinformaticsWorkflow",
        "lang": ("snakemake", "7.32.4"),
        "vprop": "softwareVersion",
        "version": "1.4.1",
        "who": "author",
        "people": ["okonkwo", "eide"],
        "maintainer": ["okonkwo"],
        "license": ("Apache-2.0", True),
        "funding": ["infra"],
        "steps": [
            ("Align reads to reference", "bwa"),
            ("Sort and index alignments", "samtools"),
            ("Call variants with HaplotypeCaller", "gatk"),
        ],
        "inputs": [
            ("paired-end reads", "fastq", "reads", True),
            ("reference genome", "fasta", "seqs", True),
            ("known sites", "vcf", "variants", False),
        ],
        "outputs": [("aligned reads", "bam", "align"), ("germline variants", "vcf", "variants")],
        "scripts": [("scripts/merge_intervals.py", "python")],
        "topics": ["variation"],
        "repo": ("https://github.com/hics-bio/germline-snakemake", False),
        "doi": ("10.5281/zenodo.7754120", "sameAs"),
        "created": ("2020-11-03", False),
        "modified": ("2023-12-01", False),
        "keywords": "variant calling, GATK, germline, snakemake",
        "description": "Aligns short reads with BWA-MEM2 and calls germline SNVs and indels with GATK HaplotypeCaller.",
        "previous": ("1.3.0", "2022-06-14"),
    },
    {
        "key": "metagenomics",
        "n": 21,
        "name": "Metagenomic taxonomic profiling",
        "alt": [],
        "cls": "BioinformaticsWorkflow",
        "lang": ("cwl", "v1.2"),
        "vprop": "version",
        "version": "0.9.3",
        "who": "creator",
        "people": ["larsen", "mbeki"],
        "maintainer": ["larsen"],
        "license": ("GPL-3.0-or-later", False),
        "funder": ["elixir"],
        "steps": [("Classify reads", "kraken2"), ("Re-estimate abundances", "bracken")],
        "inputs": [("shotgun reads", "fastq", "reads", True)],
        "outputs": [("abundance table", "tsv", "report")],
        "scripts": [],
        "topics": ["metagenomics"],
        "repo": ("https://gitlab.hics.example/bio/metaprofiler", True),
        "doi": None,
        "created": ("2022-02-08", True),
        "modified": ("2023-09-27", True),
        "keywords": "metagenomics, kraken2, bracken, CWL",
        "description": "Classifies shotgun metagenomic reads with Kraken 2 and re-estimates species abundances with Bracken.",
    },
    {
        "key": "scrna",
        "n": 27,
        "name": "Single-cell RNA-seq clustering",
        "alt": [{"@value": "Einzelzell-RNA-Seq-Clustering", "@language": "de"}],
        "cls": "BioinformaticsWorkflow",
        "lang": ("galaxy", "23.1"),
        "vprop": "version",
        "version": "3",
        "who": "creator",
        "people": ["mbeki", "rossi"],
        "maintainer": ["rossi"],
        "license": ("CC-BY-4.0", False),
        "funder": ["wellcome"],
        "steps": [("Filter cells and genes", "scanpy"), ("Cluster with Leiden", "scanpy")],
        "inputs": [("count matrix", "h5ad", "expr", True)],
        "outputs": [("clustered AnnData", "h5ad", "expr"), ("UMAP plot", "png", "image")],
        "scripts": [],
        "topics": ["singlecell", "rnaseq"],
        "repo": ("https://github.com/hics-bio/galaxy-scrna", True),
        "doi": ("10.5281/zenodo.9120077", "pv"),
        "created": ("2023-01-17", True),
        "modified": ("2024-01-30", True),
        "keywords": "single-cell, scanpy, Galaxy, clustering",
        "description": "Filters, normalises and clusters single-cell expression data with Scanpy in Galaxy.",
    },
    {
        "key": "downscaling",
        "n": 31,
        "name": "CMIP6 precipitation downscaling",
        "alt": ["precip-downscale"],
        "cls": "ClimateWorkflow",
        "lang": ("snakemake", "7.25.0"),
        "vprop": "version",
        "version": "1.1.0",
        "who": "creator",
        "people": ["haugen", "ferreira"],
        "maintainer": ["haugen", "aydin"],
        "license": ("BSD-3-Clause", False),
        "funding": ["h2020"],
        "steps": [("Regrid model output", "cdo"), ("Bias-correct with quantile mapping", "xarray")],
        "inputs": [
            ("CMIP6 daily precipitation", "netcdf", "climate", True),
            ("observed precipitation", "netcdf", "climate", True),
        ],
        "outputs": [("downscaled precipitation", "netcdf", "climate")],
        "scripts": [("scripts/quantile_mapping.py", "python"), ("scripts/plot_maps.py", "python")],
        "topics": [],
        "repo": ("https://github.com/hics-climate/precip-downscale", False),
        "doi": ("10.5281/zenodo.8443310", "sameAs"),
        "created": ("2022-09-05", False),
        "modified": ("2024-03-11", False),
        "keywords": "climate, CMIP6, downscaling, precipitation, bias correction",
        "description": "Statistically downscales CMIP6 daily precipitation to 1 km over Western Norway.",
    },
    {
        "key": "seaice",
        "n": 34,
        "name": "Sea-ice extent anomalies",
        "alt": [{"@value": "Havisutbredelse – avvik", "@language": "nb"}],
        "cls": "ClimateWorkflow",
        "lang": ("nextflow", "23.04.2"),
        "vprop": "softwareVersion",
        "version": "0.4.0",
        "who": "author",
        "people": ["aydin", "haugen"],
        "maintainer": ["aydin"],
        "license": ("MIT", True),
        "funder": ["rcn"],
        "steps": [("Compute monthly climatology", "cdo"), ("Subtract climatology", "nco")],
        "inputs": [("sea-ice concentration", "netcdf", "climate", True)],
        "outputs": [("anomaly time series", "csv", "report"), ("anomaly map", "png", "image")],
        "scripts": [("bin/plot_anomaly.py", "python")],
        "topics": [],
        "repo": ("https://github.com/hics-climate/seaice-anomaly", True),
        "doi": None,
        "created": ("2023-06-20", True),
        "modified": ("2023-11-02", True),
        "keywords": "sea ice, Arctic, anomaly, climate",
        "description": "Computes monthly Arctic sea-ice extent anomalies against the 1991-2020 climatology.",
    },
    {
        "key": "nuclei",
        "n": 40,
        "name": "Nuclei segmentation",
        "alt": [],
        "cls": "ImagingWorkflow",
        "lang": ("cwl", "v1.2"),
        "vprop": "version",
        "version": "2.0.1",
        "who": "creator",
        "people": ["nakamura", "berg"],
        "maintainer": ["nakamura"],
        "license": ("MIT", False),
        "funding": ["wellcome"],
        "steps": [("Segment nuclei", "cellpose"), ("Measure nuclear features", "fiji")],
        "inputs": [("microscopy images", "ometiff", "image", True)],
        "outputs": [("label masks", "tiff", "image"), ("nuclear measurements", "csv", "report")],
        "scripts": [("scripts/measure.groovy", "groovy")],
        "topics": ["imaging"],
        "repo": ("https://github.com/hics-imaging/nuclei-seg", True),
        "doi": ("10.5281/zenodo.8833021", "pv"),
        "created": ("2022-04-12", True),
        "modified": ("2024-01-08", True),
        "keywords": "segmentation, nuclei, cellpose, microscopy",
        "description": "Segments nuclei in fluorescence microscopy images with Cellpose and measures them in Fiji.",
    },
    {
        "key": "lightsheet",
        "n": 44,
        "name": "Light-sheet tile stitching",
        "alt": [],
        "cls": "ImagingWorkflow",
        "lang": ("nextflow", "23.04.2"),
        "vprop": "version",
        "version": "1.0.0",
        "who": "creator",
        "people": ["lindqvist"],
        "maintainer": ["lindqvist", "berg"],
        "license": ("Apache-2.0", False),
        "funder": ["elixir"],
        "steps": [("Stitch tiles", "bigstitcher")],
        "inputs": [("raw tiles", "hdf5", "image", True)],
        "outputs": [("stitched volume", "zarr", "image")],
        "scripts": [],
        "topics": ["imaging"],
        "repo": ("https://github.com/hics-imaging/lightsheet-stitch", True),
        "doi": None,
        "created": ("2023-08-30", True),
        "modified": ("2024-02-02", True),
        "keywords": "light-sheet, stitching, BigStitcher",
        "description": "Stitches light-sheet microscopy tiles into one volume with BigStitcher.",
    },
    {
        "key": "chipseq",
        "n": 47,
        "name": "ChIP-seq peak calling",
        "alt": ["chipseq-peaks"],
        "cls": "BioinformaticsWorkflow",
        "lang": ("nextflow", "22.10.7"),
        "vprop": "version",
        "version": "1.2.0",
        "who": "creator",
        "people": ["wrona", "osei"],
        "maintainer": ["osei"],
        "license": ("MIT", False),
        "funding": ["fripro"],
        "steps": [("Align reads", "bowtie2"), ("Call peaks", "macs2")],
        "inputs": [
            ("ChIP reads", "fastq", "reads", True),
            ("control reads", "fastq", "reads", False),
        ],
        "outputs": [("peaks", "bed", "peaks")],
        "scripts": [("bin/frip_score.py", "python")],
        "topics": ["epigenomics"],
        "repo": ("https://github.com/hics-bio/chipseq-peaks", True),
        "doi": ("10.5281/zenodo.7990432", "pv"),
        "created": ("2021-10-21", True),
        "modified": ("2023-07-14", True),
        "keywords": "ChIP-seq, peak calling, MACS2",
        "description": "Aligns ChIP-seq reads with Bowtie 2 and calls peaks with MACS2.",
    },
    {
        "key": "heatwave",
        "n": 52,
        "name": "Heatwave detection",
        "alt": [],
        "cls": "ClimateWorkflow",
        "lang": ("cwl", "v1.0"),
        "vprop": "version",
        "version": "0.2.1",
        "who": "author",
        "people": ["ferreira"],
        "maintainer": ["ferreira"],
        "license": ("BSD-3-Clause", False),
        "funding": ["h2020"],
        "steps": [("Compute heatwave indices", "xclim")],
        "inputs": [("daily maximum temperature", "netcdf", "climate", True)],
        "outputs": [("heatwave index", "netcdf", "climate")],
        "scripts": [("heatwave/indices.py", "python")],
        "topics": [],
        "repo": ("https://gitlab.hics.example/climate/heatwave", False),
        "doi": None,
        "created": ("2023-03-14", False),
        "modified": ("2023-05-30", False),
        "keywords": "heatwave, extremes, xclim",
        "description": "Detects heatwaves from daily maximum temperature with xclim indices.",
    },
    {
        "key": "annotation",
        "n": 55,
        "name": "Variant effect annotation",
        "alt": [],
        "cls": "BioinformaticsWorkflow",
        "lang": ("galaxy", "23.1"),
        "vprop": "version",
        "version": "2",
        "who": "creator",
        "people": ["eide", "okonkwo"],
        "maintainer": ["eide"],
        "license": ("GPL-3.0-or-later", False),
        "funder": ["elixir"],
        "steps": [("Predict variant effects", "vep"), ("Annotate with SnpEff", "snpeff")],
        "inputs": [("variants", "vcf", "variants", True)],
        "outputs": [("annotated variants", "vcf", "variants")],
        "scripts": [],
        "topics": ["variation"],
        "repo": ("https://github.com/hics-bio/galaxy-annotate", True),
        "doi": None,
        "created": ("2022-11-29", True),
        "modified": ("2023-10-10", True),
        "keywords": "annotation, VEP, SnpEff, Galaxy",
        "description": "Annotates variant calls with Ensembl VEP and SnpEff.",
    },
    {
        "key": "structures",
        "n": 58,
        "name": "Batch protein structure prediction",
        "alt": [],
        "cls": None,
        "lang": ("snakemake", "7.32.4"),
        "vprop": "version",
        "version": "0.3.0",
        "who": "creator",
        "people": ["rossi", "larsen"],
        "maintainer": ["larsen"],
        "license": ("Apache-2.0", False),
        "funding": ["infra"],
        "steps": [("Predict structures", "colabfold")],
        "inputs": [("protein sequences", "fasta", "seqs", True)],
        "outputs": [("predicted structures", "pdb", "structure")],
        "scripts": [("scripts/rank_models.py", "python"), ("scripts/submit.sh", "bash")],
        "topics": ["structure"],
        "repo": ("https://github.com/hics-bio/fold-batch", True),
        "doi": ("10.5281/zenodo.10021877", "pv"),
        "created": ("2023-10-02", True),
        "modified": ("2024-03-05", True),
        "keywords": "protein structure, ColabFold, AlphaFold2, GPU",
        "description": "Predicts protein structures in batch with ColabFold on the institute's GPU nodes.",
    },
]

WORKFLOWS += [
    {
        "key": "assembly",
        "n": 61,
        "name": "Long-read genome assembly",
        "alt": ["ont-assembly"],
        "cls": "BioinformaticsWorkflow",
        "lang": ("nextflow", "23.04.2"),
        "vprop": "version",
        "version": "1.0.2",
        "who": "creator",
        "people": ["osei", "solberg"],
        "maintainer": ["osei"],
        "license": ("MIT", False),
        "funding": ["fripro", "infra"],
        "steps": [
            ("Assemble long reads", "flye"),
            ("Polish assembly", "medaka"),
            ("Assembly statistics", "samtools"),
        ],
        "inputs": [("nanopore reads", "fastq", "reads", True)],
        "outputs": [("polished assembly", "fasta", "seqs"), ("assembly graph", "gfa", "seqs")],
        "scripts": [("bin/assembly_stats.py", "python")],
        "topics": ["assembly"],
        "repo": ("https://github.com/hics-bio/ont-assembly", True),
        "doi": ("10.5281/zenodo.10233441", "pv"),
        "created": ("2023-11-06", True),
        "modified": ("2024-03-01", True),
        "keywords": "genome assembly, nanopore, Flye, Medaka",
        "description": "Assembles Oxford Nanopore reads with Flye and polishes the assembly with Medaka.",
    },
    {
        "key": "tracking",
        "n": 64,
        "name": "Cell tracking in time-lapse microscopy",
        "alt": [],
        "cls": "ImagingWorkflow",
        "lang": ("galaxy", "23.1"),
        "vprop": "version",
        "version": "1",
        "who": "author",
        "people": ["berg", "nakamura"],
        "maintainer": ["berg"],
        "license": ("GPL-3.0-or-later", False),
        "funder": ["wellcome", "elixir"],
        "steps": [("Segment cells", "cellpose"), ("Track cells", "trackmate")],
        "inputs": [("time-lapse stack", "tiff", "image", True)],
        "outputs": [("cell tracks", "csv", "tracks")],
        "scripts": [],
        "topics": ["imaging"],
        "repo": ("https://github.com/hics-imaging/galaxy-tracking", True),
        "doi": None,
        "created": ("2024-01-22", True),
        "modified": ("2024-03-12", True),
        "keywords": "cell tracking, TrackMate, time-lapse, Galaxy",
        "description": "Segments cells in every frame of a time-lapse and links them into tracks with TrackMate.",
    },
    {
        "key": "reanalysis",
        "n": 67,
        "name": "ERA5 reanalysis regridding",
        "alt": [],
        "cls": "ClimateWorkflow",
        "lang": ("cwl", "v1.2"),
        "vprop": "softwareVersion",
        "version": "0.1.0",
        "who": "creator",
        "people": ["ferreira", "aydin"],
        "maintainer": ["ferreira"],
        "license": ("CC-BY-4.0", True),
        "funder": ["rcn"],
        "steps": [("Regrid to model grid", "cdo"), ("Merge variables", "nco")],
        "inputs": [
            ("ERA5 hourly fields", "netcdf", "climate", True),
            ("target grid description", "csv", "climate", True),
        ],
        "outputs": [("regridded fields", "netcdf", "climate")],
        "scripts": [],
        "topics": [],
        "repo": ("https://gitlab.hics.example/climate/era5-regrid", False),
        "doi": None,
        "created": ("2024-02-14", False),
        "modified": ("2024-02-28", False),
        "keywords": "ERA5, reanalysis, regridding, CDO",
        "description": "Regrids ERA5 hourly reanalysis fields onto the institute's regional model grid.",
    },
]

# publications: DOI -> (title, year (date), journal, authors, workflows it describes,
# cited from the article ("article") or from the workflow ("workflow"))
PUBLICATIONS = {
    "10.1093/nargab/lqad041": (
        "Fast and reproducible transcript quantification at scale",
        "2023-05-09",
        "NAR Genomics and Bioinformatics",
        ["solberg", "wrona", "larsen"],
        ["rnaseq"],
        "workflow",
    ),
    "10.1186/s13059-022-02788-x": (
        "Benchmarking germline callers on Nordic cohorts",
        "2022-10-17",
        "Genome Biology",
        ["okonkwo", "eide", "osei"],
        ["germline", "annotation"],
        "article",
    ),
    "10.5194/gmd-17-1033-2024": (
        "Statistical downscaling of CMIP6 precipitation over complex terrain",
        "2024-02-08",
        "Geoscientific Model Development",
        ["haugen", "ferreira", "aydin"],
        ["downscaling"],
        "workflow",
    ),
    "10.1038/s41592-023-01942-7": (
        "A reproducible pipeline for whole-embryo nuclei segmentation",
        "2023-07-03",
        "Nature Methods",
        ["nakamura", "berg", "lindqvist"],
        ["nuclei", "lightsheet"],
        "article",
    ),
    "10.1101/2023.11.20.567812": (
        "Profiling coastal sediment microbiomes with open workflows",
        "2023-11-22",
        "bioRxiv",
        ["larsen", "mbeki"],
        ["metagenomics"],
        "article",
    ),
    "10.1093/bioinformatics/btad512": (
        "Scalable ChIP-seq analysis for cod epigenomics",
        "2023-08-21",
        "Bioinformatics",
        ["wrona", "osei", "solberg"],
        ["chipseq"],
        "workflow",
    ),
}

# test runs per workflow: (date, status, agent: person key or "ci")
STATUSES = ("CompletedActionStatus", "FailedActionStatus")


def build() -> dict:
    rng = random.Random(55)
    graph: list[dict] = [
        {
            "@id": "ro-crate-metadata.json",
            "@type": "CreativeWork",
            "conformsTo": ref("https://w3id.org/ro/crate/1.1"),
            "about": ref("./"),
        },
    ]
    root = {
        "@id": "./",
        "@type": "Dataset",
        "name": "HICS Workflow Catalogue",
        "description": "Computational workflows and research software published by the Halvorsen Institute for Computational Science.",
        "publisher": ref("https://ror.org/05hics000"),
        "datePublished": "2024-03-15",
        "license": ref(SPDX + "CC-BY-4.0"),
        "hasPart": [],
    }
    graph.append(root)

    # ---- schema statements a publisher adds: subclasses, an inverse, a few property comments
    graph += [
        {
            "@id": "https://bioschemas.org/ComputationalWorkflow",
            "@type": "rdfs:Class",
            "rdfs:label": "Computational workflow",
            "rdfs:subClassOf": ref("schema:SoftwareSourceCode"),
        },
        {
            "@id": "hics:BioinformaticsWorkflow",
            "@type": "rdfs:Class",
            "rdfs:label": "Bioinformatics workflow",
            "rdfs:subClassOf": ref("https://bioschemas.org/ComputationalWorkflow"),
        },
        {
            "@id": "hics:ClimateWorkflow",
            "@type": "rdfs:Class",
            "rdfs:label": "Climate workflow",
            "rdfs:subClassOf": ref("https://bioschemas.org/ComputationalWorkflow"),
        },
        {
            "@id": "hics:ImagingWorkflow",
            "@type": "rdfs:Class",
            "rdfs:label": "Imaging workflow",
            "rdfs:subClassOf": ref("https://bioschemas.org/ComputationalWorkflow"),
        },
        {
            "@id": "schema:subOrganization",
            "@type": "rdf:Property",
            "owl:inverseOf": ref("schema:parentOrganization"),
        },
        {
            "@id": "codemeta:maintainer",
            "@type": "rdf:Property",
            "rdfs:label": "maintainer",
            "rdfs:comment": "Individual responsible for maintaining the software (usually includes an email contact address).",
        },
        {
            "@id": "https://bioschemas.org/ComputationalWorkflow#input",
            "@type": "rdf:Property",
            "rdfs:label": "input",
            "rdfs:comment": "An input required to use the computational workflow (e.g. Excel spreadsheet, BAM file).",
        },
        {
            "@id": "https://bioschemas.org/ComputationalWorkflow#output",
            "@type": "rdf:Property",
            "rdfs:label": "output",
            "rdfs:comment": "An output produced by the workflow.",
        },
        {
            "@id": "wfrun:containerImage",
            "@type": "rdf:Property",
            "rdfs:label": "container image",
            "rdfs:comment": "The container image a tool or step runs in.",
        },
    ]

    # ---- organisations
    for key, o in ORGS.items():
        oid = o.get("ror") or f"#org-{key}"
        node = {"@id": oid, "@type": "Organization", "name": o["name"]}
        if "alternateName" in o:
            node["alternateName"] = o["alternateName"]
        if "url" in o:
            node["url"] = o["url"]
        if "parent" in o:
            node["parentOrganization"] = ref(ORGS[o["parent"]].get("ror") or f"#org-{o['parent']}")
        if key == "hics":
            node["subOrganization"] = [ref(f"#org-{k}") for k in ("biocore", "climate", "imaging")]
        graph.append(node)

    def org(key: str) -> str:
        return ORGS[key].get("ror") or f"#org-{key}"

    # ---- people
    for orcid, given, family, aff, email, named in PEOPLE.values():
        node: dict = {
            "@id": ORCID + orcid,
            "@type": "Person",
            "givenName": given,
            "familyName": family,
        }
        if named:
            node["name"] = f"{given} {family}"
        node["affiliation"] = ref(org(aff)) if aff in ORGS else aff
        if email:
            node["email"] = email
        node["identifier"] = orcid
        graph.append(node)

    def person(key: str) -> dict[str, str]:
        return ref(ORCID + PEOPLE[key][0])

    # ---- licences, grants, vocabularies
    for lid, lname in LICENSES.items():
        graph.append({"@id": SPDX + lid, "@type": "CreativeWork", "name": lname, "identifier": lid})
    for key, (ident, title, funder) in GRANTS.items():
        graph.append(
            {
                "@id": f"#grant-{key}",
                "@type": "Grant",
                "identifier": ident,
                "name": title,
                "funder": ref(org(funder)),
            }
        )
    seen: set[str] = set()
    for code, fname in FORMATS.values():
        if code in seen:
            continue
        seen.add(code)
        node = {
            "@id": EDAM + code,
            "@type": "DefinedTerm",
            "termCode": code,
            "inDefinedTermSet": ref(EDAM),
        }
        if fname:
            node["name"] = fname
        graph.append(node)
    for code, dname in {v[0]: v[1] for v in DATA.values()}.items():
        graph.append(
            {
                "@id": EDAM + code,
                "@type": "DefinedTerm",
                "termCode": code,
                "name": dname,
                "inDefinedTermSet": ref(EDAM),
            }
        )
    for code, tname in TOPICS.values():
        graph.append(
            {
                "@id": EDAM + code,
                "@type": "DefinedTerm",
                "termCode": code,
                "name": tname,
                "inDefinedTermSet": ref(EDAM),
            }
        )
    graph.append(
        {"@id": EDAM, "@type": "DefinedTermSet", "name": "EDAM ontology", "version": "1.25"}
    )
    for pkey, (pname, pver) in PLANGS.items():
        graph.append(
            {"@id": f"#lang-{pkey}", "@type": "ComputerLanguage", "name": pname, "version": pver}
        )
    languages: set[tuple[str, str]] = {w["lang"] for w in WORKFLOWS}
    for lkey, lver in sorted(languages):
        frag, lname, url, alt = WLANGS[lkey]
        node = {
            "@id": f"{WFL}{frag}-{lver}",
            "@type": "ComputerLanguage",
            "name": lname,
            "url": ref(url),
            "version": lver,
        }
        if alt:
            node["alternateName"] = alt
        graph.append(node)
    containers: dict[str, str] = {}
    for tkey, (tname, tver, url, registry, image, tag) in TOOLS.items():
        node = {
            "@id": f"#tool-{tkey}",
            "@type": "SoftwareApplication",
            "name": tname,
            "softwareVersion": tver,
            "url": url,
        }
        written_in, tlicense, operation = TOOL_META[tkey]
        node["programmingLanguage"] = ref(f"#lang-{written_in}")
        node["license"] = ref(SPDX + tlicense)
        if operation:
            node["featureList"] = ref(EDAM + operation[0])
            if operation[0] not in seen:
                seen.add(operation[0])
                graph.append(
                    {
                        "@id": EDAM + operation[0],
                        "@type": "DefinedTerm",
                        "termCode": operation[0],
                        "name": operation[1],
                        "inDefinedTermSet": ref(EDAM),
                    }
                )
        if registry:
            cid = f"#container-{tkey}"
            containers[tkey] = cid
            graph.append(
                {
                    "@id": cid,
                    "@type": "wfrun:ContainerImage",
                    "name": f"{image}:{tag}",
                    "wfrun:registry": registry,
                    "wfrun:tag": tag,
                }
            )
        graph.append(node)
    graph.append(
        {
            "@id": "#ci-github",
            "@type": "SoftwareApplication",
            "name": "GitHub Actions",
            "url": "https://github.com/features/actions",
        }
    )

    # ---- workflows
    t0 = datetime(2024, 1, 8, 2, 0, tzinfo=UTC)
    run_no = 1
    for w in WORKFLOWS:
        wid = f"{HUB}{w['n']}?version={w['version']}"
        types = ["File", "SoftwareSourceCode", "ComputationalWorkflow"]
        if w["cls"]:
            types.append(f"hics:{w['cls']}")
        node = {"@id": wid, "@type": types, "name": w["name"]}
        if w["alt"]:
            node["alternateName"] = w["alt"] if len(w["alt"]) > 1 else w["alt"][0]
        node["description"] = w["description"]
        node["conformsTo"] = ref(
            "https://bioschemas.org/profiles/ComputationalWorkflow/1.0-RELEASE"
        )
        node[w["vprop"]] = w["version"]
        node[w["who"]] = [person(p) for p in w["people"]]
        node["codemeta:maintainer"] = [person(p) for p in w["maintainer"]]
        lkey, lver = w["lang"]
        plangs = [ref(f"{WFL}{WLANGS[lkey][0]}-{lver}")]
        node["programmingLanguage"] = plangs
        lid, bare = w["license"]
        node["license"] = lid if bare else ref(SPDX + lid)
        if "funding" in w:
            node["funding"] = [ref(f"#grant-{g}") for g in w["funding"]]
        else:
            node["funder"] = [ref(org(o)) for o in w["funder"]]
        url, as_node = w["repo"]
        node["codeRepository"] = ref(url) if as_node else url
        if w["doi"]:
            doi, how = w["doi"]
            if how == "pv":
                node["identifier"] = {
                    "@type": "PropertyValue",
                    "propertyID": "doi",
                    "value": doi,
                    "url": ref("https://doi.org/" + doi),
                }
            else:
                node["sameAs"] = ref("https://doi.org/" + doi)
        created, typed = w["created"]
        node["dateCreated"] = date(created) if typed else created
        modified, typed = w["modified"]
        node["dateModified"] = date(modified) if typed else modified
        node["keywords"] = w["keywords"]
        if w["topics"]:
            node["about"] = [ref(EDAM + TOPICS[t][0]) for t in w["topics"]]
        node["publisher"] = ref(org("hics"))
        # parameters
        ins, outs = [], []
        for i, (pname, fmt, data, required) in enumerate(w["inputs"], start=1):
            pid = f"#{w['key']}-in-{i}"
            ins.append(ref(pid))
            graph.append(
                {
                    "@id": pid,
                    "@type": "FormalParameter",
                    "name": pname,
                    "encodingFormat": ref(EDAM + FORMATS[fmt][0]),
                    "additionalType": ref(EDAM + DATA[data][0]),
                    "valueRequired": required,
                    "conformsTo": ref(
                        "https://bioschemas.org/profiles/FormalParameter/1.0-RELEASE"
                    ),
                }
            )
        for i, (pname, fmt, data) in enumerate(w["outputs"], start=1):
            pid = f"#{w['key']}-out-{i}"
            outs.append(ref(pid))
            graph.append(
                {
                    "@id": pid,
                    "@type": "FormalParameter",
                    "name": pname,
                    "encodingFormat": ref(EDAM + FORMATS[fmt][0]),
                    "additionalType": ref(EDAM + DATA[data][0]),
                }
            )
        node["input"] = ins
        node["output"] = outs
        # steps as blank HowToStep nodes; the tools again as softwareRequirements on half
        steps = []
        for pos, (sname, tool) in enumerate(w["steps"], start=1):
            step = {
                "@type": "HowToStep",
                "position": pos,
                "name": sname,
                "tool": ref(f"#tool-{tool}"),
            }
            if tool in containers:
                step["wfrun:containerImage"] = ref(containers[tool])
            steps.append(step)
        node["step"] = steps
        if w["n"] % 2 == 0:
            node["softwareRequirements"] = [
                ref(f"#tool-{t}") for t in dict.fromkeys(t for _, t in w["steps"])
            ]
        # script files
        parts = []
        for path, pl in w["scripts"]:
            fid = f"{HUB}{w['n']}/files/{path}"
            parts.append(ref(fid))
            graph.append(
                {
                    "@id": fid,
                    "@type": "File",
                    "name": path.rsplit("/", 1)[-1],
                    "programmingLanguage": ref(f"#lang-{pl}"),
                    "encodingFormat": "text/plain",
                }
            )
        if parts:
            node["hasPart"] = parts
        if "previous" in w:
            pver, pdate = w["previous"]
            old = f"{HUB}{w['n']}?version={pver}"
            node["isBasedOn"] = ref(old)
            graph.append(
                {
                    "@id": old,
                    "@type": ["File", "SoftwareSourceCode", "ComputationalWorkflow"],
                    "name": w["name"],
                    w["vprop"]: pver,
                    "datePublished": date(pdate),
                    "programmingLanguage": plangs,
                }
            )
        graph.append(node)
        root["hasPart"].append(ref(wid))
        # test runs: three to six CreateActions, the last one's status drawn
        for _ in range(rng.choice([3, 4, 5, 6])):
            start = t0 + timedelta(days=rng.randrange(0, 70), hours=rng.randrange(0, 20))
            end = start + timedelta(minutes=rng.randrange(6, 240))
            failed = rng.random() < 0.3
            run = {
                "@id": f"#testrun-{run_no:03d}",
                "@type": "CreateAction",
                "name": f"Test run {run_no:03d} of {w['name']}",
                "instrument": ref(wid),
                "actionStatus": ref("http://schema.org/" + STATUSES[1 if failed else 0]),
                "startTime": stamp(start),
                "endTime": stamp(end),
                "agent": ref("#ci-github") if rng.random() < 0.6 else person(w["maintainer"][0]),
            }
            if failed:
                run["error"] = rng.choice(
                    [
                        "Process exceeded memory limit",
                        "Container image could not be pulled",
                        "Test output differs from expected checksum",
                    ]
                )
            graph.append(run)
            run_no += 1
    for status in STATUSES:
        graph.append(
            {
                "@id": "http://schema.org/" + status,
                "@type": "ActionStatusType",
                "name": status.replace("ActionStatus", ""),
            }
        )

    # ---- publications
    wid_of = {w["key"]: f"{HUB}{w['n']}?version={w['version']}" for w in WORKFLOWS}
    by_id = {n["@id"]: n for n in graph if "@id" in n}
    for doi, (title, published, journal, authors, wfs, direction) in PUBLICATIONS.items():
        art = {
            "@id": "https://doi.org/" + doi,
            "@type": "ScholarlyArticle",
            "name": title,
            "datePublished": date(published),
            "author": [person(a) for a in authors],
            "isPartOf": {"@type": "Periodical", "name": journal},
            "identifier": doi,
        }
        if direction == "article":
            art["citation"] = [ref(wid_of[k]) for k in wfs]
        else:
            for k in wfs:
                by_id[wid_of[k]].setdefault("citation", []).append(ref("https://doi.org/" + doi))
        graph.append(art)
    return {"@context": CONTEXT, "@graph": graph}


def main() -> None:
    doc = build()
    (HERE / "workflows.jsonld").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
