# ruff: noqa: E501  (one question a line)
"""Gold answers of ``workflows.jsonl`` (and, with ``--conversations``, the workflows lines of
``conversations_blind55.jsonl``), computed with rdflib SPARQL over ``workflows.jsonld`` (never
with kgchat).

The file names its context by URL (``https://w3id.org/ro/crate/1.1/context``); rdflib would fetch
it, so :func:`load` puts in its place what that context says for the terms the file uses: every
schema.org term an IRI under ``http://schema.org/`` (written here as ``@vocab``), ``File`` as
``schema:MediaObject``, Bioschemas' ``ComputationalWorkflow``, ``FormalParameter``, ``input``
and ``output``, ``conformsTo`` as Dublin Core's, and the prefixes. Relative ids (``#fragment``,
``./``) are read against ``https://workflowhub.hics.example/crate/``.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2023-12-01", "1.4.1"); a node with every ``schema:name``,
``schema:alternateName`` and ``rdfs:label`` it carries (every language), a person named only
by ``schema:givenName`` / ``familyName`` with the two joined ("Lars Eide"), an unnamed IRI with
itself (a repository URL, a DOI). In a query ``{Name}`` stands for the one node carrying that
name; a workflow whose older version shares its name is written by its IRI (``wf(key)``).
"Who created" a workflow reads both ``schema:creator`` and ``schema:author`` (the registry
writes one or the other), a licence both an SPDX node and a bare SPDX id. Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/workflows_answers.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import NAMED, named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("http://schema.org/")
HUB = "https://workflowhub.hics.example/workflows/"
BASE = "https://workflowhub.hics.example/crate/"
RO_CRATE_TERMS = {
    "@vocab": "http://schema.org/",
    "schema": "http://schema.org/",
    "File": "http://schema.org/MediaObject",
    "Journal": "http://schema.org/Periodical",
    "ComputationalWorkflow": "https://bioschemas.org/ComputationalWorkflow",
    "FormalParameter": "https://bioschemas.org/FormalParameter",
    "input": "https://bioschemas.org/ComputationalWorkflow#input",
    "output": "https://bioschemas.org/ComputationalWorkflow#output",
    "conformsTo": "http://purl.org/dc/terms/conformsTo",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
PRE = """PREFIX schema: <http://schema.org/>
PREFIX bs: <https://bioschemas.org/ComputationalWorkflow#>
PREFIX codemeta: <https://codemeta.github.io/terms/>
PREFIX wfrun: <https://w3id.org/ro/terms/workflow-run#>
PREFIX edam: <http://edamontology.org/>
PREFIX spdx: <https://spdx.org/licenses/>
PREFIX hics: <https://workflowhub.hics.example/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
NAMES = (S.name, S.alternateName, RDFS.label)

# the current version of each workflow by its registry IRI (two older versions share names)
WF = {
    "rnaseq": "12?version=2.2.0",
    "germline": "15?version=1.4.1",
}


def wf(key: str) -> str:
    return f"<{HUB}{WF[key]}>"


MADE = "(schema:creator|schema:author)"
LICENSED_MIT = '{ ?x schema:license spdx:MIT } UNION { ?x schema:license "MIT" }'
CATALOGUE = f"<{BASE}>"


def steps_tool(w: str, tool: str = "?x") -> str:
    """``tool`` is a tool run by a step of ``w``."""
    return f"{w} schema:step [ schema:tool {tool} ]"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # ------------------------------------------------------------------ one hop
    (
        "who created the RNA-seq quantification pipeline?",
        "1hop",
        f"SELECT ?x WHERE {{ {wf('rnaseq')} {MADE} ?x }}",
    ),
    (
        "Who maintains Nuclei segmentation?",
        "1hop",
        "SELECT ?x WHERE { {Nuclei segmentation} codemeta:maintainer ?x }",
    ),
    (
        "what licence is the metagenomic taxonomic profiling workflow under?",
        "1hop",
        "SELECT ?x WHERE { {Metagenomic taxonomic profiling} schema:license ?x }",
    ),
    (
        "which workflow language is Heatwave detection written in",
        "1hop",
        "SELECT ?x WHERE { {Heatwave detection} schema:programmingLanguage ?x }",
    ),
    (
        "what version is the Light-sheet tile stitching workflow",
        "1hop",
        "SELECT ?x WHERE { {Light-sheet tile stitching} schema:version ?x }",
    ),
    (
        "where is the code repository of ChIP-seq peak calling?",
        "1hop",
        "SELECT ?x WHERE { {ChIP-seq peak calling} schema:codeRepository ?x }",
    ),
    (
        "Which tool does the Call peaks step use?",
        "1hop",
        'SELECT ?x WHERE { ?s schema:name "Call peaks" ; schema:tool ?x }',
    ),
    (
        "When was the germline variant calling workflow last modified?",
        "1hop",
        f"SELECT ?x WHERE {{ {wf('germline')} schema:dateModified ?x }}",
    ),
    (
        "Which organisation is Kjersti Haugen affiliated with?",
        "1hop",
        "SELECT ?x WHERE { {Kjersti Haugen} schema:affiliation ?x }",
    ),
    (
        "who funds the Sea-ice extent anomalies workflow",
        "1hop",
        "SELECT ?x WHERE { {Sea-ice extent anomalies} schema:funder ?x }",
    ),
    (
        "what's the email of amara okonkwo",
        "1hop",
        "SELECT ?x WHERE { {Amara Okonkwo} schema:email ?x }",
    ),
    # ------------------------------------------------------------------ inverse
    (
        "Which workflows did Miguel Ferreira create?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x a <https://bioschemas.org/ComputationalWorkflow> ; {MADE} {{Miguel Ferreira}} }}",
    ),
    (
        "what workflows does Henrik Larsen maintain?",
        "inverse",
        "SELECT ?x WHERE { ?x codemeta:maintainer {Henrik Larsen} }",
    ),
    (
        "which workflows use Cellpose?",
        "inverse",
        f"SELECT ?x WHERE {{ {steps_tool('?x', '{Cellpose}')} }}",
    ),
    (
        "Which workflows are licensed under MIT?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x a <https://bioschemas.org/ComputationalWorkflow> . {LICENSED_MIT} }}",
    ),
    (
        "What publications cite the Nuclei segmentation workflow?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:citation {Nuclei segmentation} }",
    ),
    (
        "which tools are written in java?",
        "inverse",
        "SELECT ?x WHERE { ?x a schema:SoftwareApplication ; schema:programmingLanguage {Java} }",
    ),
    (
        "Who ran the tests of Cell tracking in time-lapse microscopy?",
        "inverse",
        "SELECT ?x WHERE { ?r schema:instrument {Cell tracking in time-lapse microscopy} ; schema:agent ?x }",
    ),
    (
        "why did the test runs of ERA5 reanalysis regridding fail?",
        "inverse",
        "SELECT ?x WHERE { ?r schema:instrument {ERA5 reanalysis regridding} ; schema:error ?x }",
    ),
    # ------------------------------------------------------------------ two hops
    (
        "Which workflows are funded by the European Commission?",
        "2hop",
        "SELECT ?x WHERE { ?x schema:funding ?g . ?g schema:funder {European Commission} }",
    ),
    (
        "which workflows take FASTQ files as input?",
        "2hop",
        "SELECT ?x WHERE { ?x a <https://bioschemas.org/ComputationalWorkflow> ; bs:input ?p . ?p schema:encodingFormat {FASTQ} }",
    ),
    (
        "what's the grant number for CMIP6 precipitation downscaling",
        "2hop",
        "SELECT ?x WHERE { {CMIP6 precipitation downscaling} schema:funding ?g . ?g schema:identifier ?x }",
    ),
    (
        "which journal published the paper on the ChIP-seq peak calling workflow?",
        "2hop",
        "SELECT ?x WHERE { {ChIP-seq peak calling} schema:citation ?a . ?a schema:isPartOf ?x }",
    ),
    (
        "In which journal was the germline variant calling workflow described?",
        "2hop",
        f"SELECT ?x WHERE {{ ?a schema:citation {wf('germline')} ; schema:isPartOf ?x }}",
    ),
    (
        "who maintains the workflows written in snakemake",
        "2hop",
        'SELECT ?x WHERE { ?w schema:programmingLanguage ?l ; codemeta:maintainer ?x . ?l schema:name "Snakemake" . ?r schema:hasPart ?w }',
    ),
    (
        "which version of nextflow does the Sea-ice extent anomalies workflow need",
        "2hop",
        "SELECT ?x WHERE { {Sea-ice extent anomalies} schema:programmingLanguage ?l . ?l schema:version ?x }",
    ),
    (
        "which tools does the germline variant calling pipeline run",
        "2hop",
        f"SELECT ?x WHERE {{ {steps_tool(wf('germline'))} }}",
    ),
    (
        "Which journals published papers by Ingrid Solberg?",
        "2hop",
        "SELECT ?x WHERE { ?a schema:author {Ingrid Solberg} ; schema:isPartOf ?x }",
    ),
    (
        "What operation does the tool of the Classify reads step perform?",
        "2hop",
        'SELECT ?x WHERE { ?s schema:name "Classify reads" ; schema:tool ?t . ?t schema:featureList ?x }',
    ),
    # ------------------------------------------------------------------ three hops
    (
        "What parent organisation does the creator of Metagenomic taxonomic profiling belong to?",
        "3hop",
        "SELECT ?x WHERE { {Metagenomic taxonomic profiling} schema:creator ?p . ?p schema:affiliation ?o . ?o schema:parentOrganization ?x }",
    ),
    (
        "Which funders support the workflows maintained by Ingrid Solberg?",
        "3hop",
        "SELECT ?x WHERE { ?w codemeta:maintainer {Ingrid Solberg} ; schema:funding ?g . ?g schema:funder ?x }",
    ),
    (
        "what file formats do the outputs of Yuki Nakamura's workflows have",
        "3hop",
        f"SELECT ?x WHERE {{ ?w {MADE} {{Yuki Nakamura}} ; bs:output ?o . ?o schema:encodingFormat ?x }}",
    ),
    (
        "Which programming languages are the tools of the Nuclei segmentation workflow written in?",
        "3hop",
        f"SELECT ?x WHERE {{ {steps_tool('{Nuclei segmentation}', '?t')} . ?t schema:programmingLanguage ?x }}",
    ),
    (
        "what licences do the tools used in the ChIP-seq peak calling workflow have?",
        "3hop",
        f"SELECT ?x WHERE {{ {steps_tool('{ChIP-seq peak calling}', '?t')} . ?t schema:license ?x }}",
    ),
    (
        "Which registry hosts the container of the Salmon step?",
        "3hop",
        "SELECT ?x WHERE { ?s schema:tool {Salmon} ; wfrun:containerImage ?c . ?c wfrun:registry ?x }",
    ),
    # ------------------------------------------------------------------ conjunctions
    (
        "Which workflows did both Amara Okonkwo and Lars Eide work on?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a <https://bioschemas.org/ComputationalWorkflow> ; {MADE} {{Amara Okonkwo}} ; {MADE} {{Lars Eide}} }}",
    ),
    (
        "Which workflows use CDO and are written in CWL?",
        "conjunction",
        f'SELECT ?x WHERE {{ {steps_tool("?x", "{Climate Data Operators}")} . ?x schema:programmingLanguage ?l . ?l schema:alternateName "CWL" }}',
    ),
    (
        "which imaging workflows are licensed under MIT",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a hics:ImagingWorkflow . {LICENSED_MIT} }}",
    ),
    (
        "Which workflows are maintained by Kjersti Haugen and funded by the European Commission?",
        "conjunction",
        "SELECT ?x WHERE { ?x codemeta:maintainer {Kjersti Haugen} ; schema:funding ?g . ?g schema:funder {European Commission} }",
    ),
    (
        "What bioinformatics workflows run on Nextflow?",
        "conjunction",
        'SELECT ?x WHERE { ?x a hics:BioinformaticsWorkflow ; schema:programmingLanguage ?l . ?l schema:name "Nextflow" }',
    ),
    (
        "which tools are written in python and licensed under BSD 3-clause",
        "conjunction",
        "SELECT ?x WHERE { ?x a schema:SoftwareApplication ; schema:programmingLanguage {Python} ; schema:license spdx:BSD-3-Clause }",
    ),
    # ------------------------------------------------------------------ synonyms
    (
        "who looks after the ERA5 reanalysis regridding workflow?",
        "synonym",
        "SELECT ?x WHERE { {ERA5 reanalysis regridding} codemeta:maintainer ?x }",
    ),
    (
        "what's the software licence on the Long-read genome assembly pipeline",
        "synonym",
        "SELECT ?x WHERE { {Long-read genome assembly} schema:license ?x }",
    ),
    (
        "who bankrolls the Cell tracking in time-lapse microscopy workflow",
        "synonym",
        "SELECT ?x WHERE { {Cell tracking in time-lapse microscopy} schema:funder ?x }",
    ),
    (
        "who penned the paper Scalable ChIP-seq analysis for cod epigenomics",
        "synonym",
        "SELECT ?x WHERE { {Scalable ChIP-seq analysis for cod epigenomics} schema:author ?x }",
    ),
    (
        "what file type does the Variant effect annotation workflow produce",
        "synonym",
        "SELECT ?x WHERE { {Variant effect annotation} bs:output ?o . ?o schema:encodingFormat ?x }",
    ),
    (
        "Which engine does Batch protein structure prediction run on?",
        "synonym",
        "SELECT ?x WHERE { {Batch protein structure prediction} schema:programmingLanguage ?x }",
    ),
    # ------------------------------------------------------------------ aliases
    ("who made rnaseq-quant?", "alias", f"SELECT ?x WHERE {{ {wf('rnaseq')} {MADE} ?x }}"),
    (
        "What licence does precip-downscale have?",
        "alias",
        "SELECT ?x WHERE { {precip-downscale} schema:license ?x }",
    ),
    (
        "which EDAM topics does Einzelzell-RNA-Seq-Clustering cover",
        "alias",
        "SELECT ?x WHERE { {Einzelzell-RNA-Seq-Clustering} schema:about ?x }",
    ),
    (
        "Which departments does HICS have?",
        "alias",
        "SELECT ?x WHERE { ?x schema:parentOrganization {HICS} }",
    ),
    (
        "which tools does chipseq-peaks use",
        "alias",
        f"SELECT ?x WHERE {{ {steps_tool('{chipseq-peaks}')} }}",
    ),
    (
        "what is the DOI of GATK best-practice germline calling",
        "alias",
        "SELECT ?x WHERE { {GATK best-practice germline calling} schema:sameAs ?x }",
    ),
    # ------------------------------------------------------------------ typos
    (
        "who maintians the nuclei segmentaton workflow",
        "typo",
        "SELECT ?x WHERE { {Nuclei segmentation} codemeta:maintainer ?x }",
    ),
    (
        "wich licence does Heatwave detecton use",
        "typo",
        "SELECT ?x WHERE { {Heatwave detection} schema:license ?x }",
    ),
    (
        "what tools does the Metagenomic taxonomc profiling pipline use",
        "typo",
        f"SELECT ?x WHERE {{ {steps_tool('{Metagenomic taxonomic profiling}')} }}",
    ),
    (
        "who is kjersty haugen affiliated with",
        "typo",
        "SELECT ?x WHERE { {Kjersti Haugen} schema:affiliation ?x }",
    ),
    (
        "which inputs does Light-sheet tile stiching need",
        "typo",
        "SELECT ?x WHERE { {Light-sheet tile stitching} bs:input ?x }",
    ),
    # ------------------------------------------------------------------ literals and counts
    (
        "When was the Cell tracking in time-lapse microscopy workflow created?",
        "literal",
        "SELECT ?x WHERE { {Cell tracking in time-lapse microscopy} schema:dateCreated ?x }",
    ),
    (
        "what are the keywords of Sea-ice extent anomalies",
        "literal",
        "SELECT ?x WHERE { {Sea-ice extent anomalies} schema:keywords ?x }",
    ),
    (
        "what's the zenodo DOI of Batch protein structure prediction",
        "literal",
        "SELECT ?x WHERE { {Batch protein structure prediction} schema:identifier ?i . { ?i schema:value ?x } UNION { ?i schema:url ?x } }",
    ),
    (
        "how many workflows are in the HICS Workflow Catalogue?",
        "literal",
        "SELECT (COUNT(DISTINCT ?w) AS ?x) WHERE { {HICS Workflow Catalogue} schema:hasPart ?w }",
    ),
    (
        "how many test runs has the heatwave detection workflow had?",
        "literal",
        "SELECT (COUNT(?r) AS ?x) WHERE { ?r schema:instrument {Heatwave detection} }",
    ),
    # ------------------------------------------------------------------ unanswerable
    ("What is the DOI of the Heatwave detection workflow?", "unanswerable", None),
    ("How much memory does the Nuclei segmentation workflow need?", "unanswerable", None),
    ("Who reviewed the Germline variant calling workflow?", "unanswerable", None),
    ("what is Ingrid Solberg's phone number?", "unanswerable", None),
    ("Which GPU model does ColabFold run on?", "unanswerable", None),
    ("When was Tomasz Wrona born?", "unanswerable", None),
    ("how many citations does the Nature Methods paper have?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "workflows-b55-01",
        [
            (
                "Who maintains Heatwave detection?",
                "start",
                "SELECT ?x WHERE { {Heatwave detection} codemeta:maintainer ?x }",
            ),
            (
                "Which organisation is he affiliated with?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Miguel Ferreira} schema:affiliation ?x }",
            ),
            (
                "And Yuki Nakamura?",
                "and_x",
                "SELECT ?x WHERE { {Yuki Nakamura} schema:affiliation ?x }",
            ),
        ],
    ),
    (
        "workflows-b55-02",
        [
            (
                "What licence does Nuclei segmentation have?",
                "start",
                "SELECT ?x WHERE { {Nuclei segmentation} schema:license ?x }",
            ),
            (
                "Who created it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Nuclei segmentation} schema:creator ?x }",
            ),
            (
                "What about Metagenomic taxonomic profiling?",
                "what_about",
                "SELECT ?x WHERE { {Metagenomic taxonomic profiling} schema:creator ?x }",
            ),
        ],
    ),
    (
        "workflows-b55-03",
        [
            (
                "Which tool does the Transcript quantification step use?",
                "start",
                'SELECT ?x WHERE { ?s schema:name "Transcript quantification" ; schema:tool ?x }',
            ),
            (
                "What version of that tool is used?",
                "demonstrative",
                "SELECT ?x WHERE { {Salmon} schema:softwareVersion ?x }",
            ),
            (
                "And which language is it written in?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Salmon} schema:programmingLanguage ?x }",
            ),
        ],
    ),
]


def load() -> Graph:
    """``workflows.jsonld`` with its named RO-Crate context replaced by what it says for the
    file's terms (see the module docstring)."""
    doc = json.loads((HERE / "workflows.jsonld").read_text(encoding="utf-8"))
    named, *inline = doc["@context"]
    assert named == "https://w3id.org/ro/crate/1.1/context", named
    doc["@context"] = [RO_CRATE_TERMS, *inline]
    g = Graph()
    g.parse(data=json.dumps(doc), format="json-ld", publicID=BASE)
    return g


def answers_for(g: Graph):  # type: ignore[no-untyped-def]
    """``answers_of`` over ``g``: the names of what a query's first column holds."""

    def names(x: object) -> set[str]:
        if isinstance(x, Literal):
            return {str(x)}
        found = {str(n) for p in NAMES for n in g.objects(x, p)}  # type: ignore[arg-type]
        if not found:
            given, family = g.value(x, S.givenName), g.value(x, S.familyName)  # type: ignore[arg-type]
            if given and family:
                found = {f"{given} {family}"}
        if not found and isinstance(x, URIRef):
            found = {str(x)}
        return found

    def find(m) -> set[object]:  # type: ignore[no-untyped-def]
        name = m[1]
        return {s for s in set(g.subjects()) if name in names(s) and not isinstance(s, Literal)}

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find, NAMED)):
            found = names(row[0])
            assert found, (query, row[0])
            out |= found
        return out

    return answers_of


def main() -> None:
    g = load()
    answers_of = answers_for(g)
    if "--conversations" in sys.argv:
        print_conversations("workflows", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "workflows.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
