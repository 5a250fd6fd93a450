# ruff: noqa: E501  (one question a line)
"""Gold answers of ``sbom.jsonld``'s questions, computed with rdflib SPARQL (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form; an enumeration value (``.../RelationshipType/dependsOn``,
``.../VulnerabilitySeverityType/high``) with its local name; an element with every name it
carries: its ``core:name``, a license expression element its
``simplelicensing:licenseExpression``, a listed license IRI (``https://spdx.org/licenses/MIT``)
its identifier, a vulnerability the ``identifier`` of its ``cve`` external identifier.
``{name}`` in a query stands for every element of that ``core:name`` (a library shipped in two
projects is two elements of one name). Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/sbom_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph, Literal, URIRef

HERE = Path(__file__).parent
T = "https://spdx.org/rdf/3.0.1/terms/"
PRE = f"""PREFIX core: <{T}Core/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX sw: <{T}Software/>
PREFIX sec: <{T}Security/>
PREFIX lic: <{T}SimpleLicensing/>
PREFIX rt: <{T}Core/RelationshipType/>
"""
LICENSES = "https://spdx.org/licenses/"


def rel(a: str, kind: str, b: str) -> str:
    """A relationship of ``kind`` from ``a`` to ``b`` (SPARQL terms)."""
    return f"[] core:from {a} ; core:to {b} ; core:relationshipType rt:{kind} ."


def lic_is(x: str, expr: str) -> str:
    """``x`` is the license ``expr``: an expression element or the listed license's IRI."""
    e = x + "expr"
    return f'OPTIONAL {{ {x} lic:licenseExpression {e} }} FILTER({x} = <{LICENSES}{expr}> || str({e}) = "{expr}")'


QUESTIONS: list[tuple[str, str, str | None]] = [
    # dependencies (one relationship node between the two packages)
    (
        "What does harborview-api depend on?",
        "1hop",
        "SELECT ?x WHERE { {harborview-api} . " + rel("?a", "dependsOn", "?x") + " }",
    ),
    (
        "which libraries does nimbus-cli pull in directly",
        "synonym",
        "SELECT ?x WHERE { {nimbus-cli} . " + rel("?a", "dependsOn", "?x") + " }",
    ),
    (
        "What are lumen-dashboard's dependencies?",
        "1hop",
        "SELECT ?x WHERE { {lumen-dashboard} . " + rel("?a", "dependsOn", "?x") + " }",
    ),
    (
        "what does the tidewater firmware depend on",
        "alias",
        "SELECT ?x WHERE { {tidewater-firmware} . " + rel("?a", "dependsOn", "?x") + " }",
    ),
    (
        "list the deps of saltmarsh-agent",
        "synonym",
        "SELECT ?x WHERE { {saltmarsh-agent} . " + rel("?a", "dependsOn", "?x") + " }",
    ),
    (
        "What does fennel-orm depend on?",
        "1hop",
        "SELECT ?x WHERE { {fennel-orm} . " + rel("?a", "dependsOn", "?x") + " }",
    ),
    (
        "Which packages does chartwell require?",
        "synonym",
        "SELECT ?x WHERE { {chartwell} . " + rel("?a", "dependsOn", "?x") + " }",
    ),
    (
        "whcih packages does harborvew-api depend on",
        "typo",
        "SELECT ?x WHERE { {harborview-api} . " + rel("?a", "dependsOn", "?x") + " }",
    ),
    (
        "what depends on wisp-dom?",
        "inverse",
        "SELECT ?x WHERE { {wisp-dom} . " + rel("?x", "dependsOn", "?a") + " }",
    ),
    (
        "Which packages depend on ulog?",
        "inverse",
        "SELECT ?x WHERE { {ulog} . " + rel("?x", "dependsOn", "?a") + " }",
    ),
    (
        "what uses bytes-barnacle",
        "inverse",
        "SELECT ?x WHERE { {bytes-barnacle} . " + rel("?x", "dependsOn", "?a") + " }",
    ),
    (
        "What do the dependencies of lattice-s3 depend on?",
        "2hop",
        "SELECT ?x WHERE { {lattice-s3} . "
        + rel("?a", "dependsOn", "?m")
        + rel("?m", "dependsOn", "?x")
        + " }",
    ),
    (
        "Which packages depend on something that CVE-2026-31412 affects?",
        "2hop",
        "SELECT ?x WHERE { ?v core:externalIdentifier/core:identifier 'CVE-2026-31412'^^xsd:string . "
        + rel("?v", "affects", "?m")
        + rel("?x", "dependsOn", "?m")
        + " }",
    ),
    (
        "Which of lumen-dashboard's dependencies also depend on wisp-dom?",
        "conjunction",
        "SELECT ?x WHERE { {lumen-dashboard} . {wisp-dom} . "
        + rel("?a", "dependsOn", "?x")
        + rel("?x", "dependsOn", "?b")
        + " }",
    ),
    # licenses (expression elements in three documents, listed-license IRIs in two)
    (
        "What is the declared license of harborview-api?",
        "1hop",
        "SELECT ?x WHERE { {harborview-api} . " + rel("?a", "hasDeclaredLicense", "?x") + " }",
    ),
    (
        "which license does pgwire-lite declare",
        "1hop",
        "SELECT ?x WHERE { {pgwire-lite} . " + rel("?a", "hasDeclaredLicense", "?x") + " }",
    ),
    (
        "What license is linux-kernel under?",
        "synonym",
        "SELECT ?x WHERE { {linux-kernel} . " + rel("?a", "hasDeclaredLicense", "?x") + " }",
    ),
    (
        "what's the concluded licence of nimbus-cli",
        "1hop",
        "SELECT ?x WHERE { {nimbus-cli} . " + rel("?a", "hasConcludedLicense", "?x") + " }",
    ),
    (
        "Which packages use the MIT license?",
        "inverse",
        "SELECT ?x WHERE { " + rel("?x", "hasDeclaredLicense", "?l") + lic_is("?l", "MIT") + " }",
    ),
    (
        "which packages are licensed under BSD-3-Clause",
        "inverse",
        "SELECT ?x WHERE { "
        + rel("?x", "hasDeclaredLicense", "?l")
        + lic_is("?l", "BSD-3-Clause")
        + " }",
    ),
    (
        "Which licenses do harborview-api's direct dependencies declare?",
        "2hop",
        "SELECT ?x WHERE { {harborview-api} . "
        + rel("?a", "dependsOn", "?m")
        + rel("?m", "hasDeclaredLicense", "?x")
        + " }",
    ),
    (
        "Which of saltmarsh-agent's dependencies are dual licensed MIT OR Apache-2.0?",
        "conjunction",
        "SELECT ?x WHERE { {saltmarsh-agent} . "
        + rel("?a", "dependsOn", "?x")
        + rel("?x", "hasDeclaredLicense", "?l")
        + ' ?l lic:licenseExpression "MIT OR Apache-2.0"^^xsd:string }',
    ),
    # package attributes
    (
        "What version is chartwell?",
        "literal",
        "SELECT ?x WHERE { {chartwell} . ?a sw:packageVersion ?x }",
    ),
    (
        "what version is the nimbus cli",
        "alias",
        "SELECT ?x WHERE { {nimbus-cli} . ?a sw:packageVersion ?x }",
    ),
    (
        "what's the purl of tinsel-yaml",
        "literal",
        "SELECT ?x WHERE { {tinsel-yaml} . ?a sw:packageUrl ?x }",
    ),
    (
        "Where can I download fennel-orm from?",
        "literal",
        "SELECT ?x WHERE { {fennel-orm} . ?a sw:downloadLocation ?x }",
    ),
    (
        "download location for larkspur-ui?",
        "literal",
        "SELECT ?x WHERE { {larkspur-ui} . ?a sw:downloadLocation ?x }",
    ),
    (
        "Whats the homepage of lumen-dashboard",
        "literal",
        "SELECT ?x WHERE { {lumen-dashboard} . ?a sw:homePage ?x }",
    ),
    (
        "what is harborview-api for?",
        "literal",
        "SELECT ?x WHERE { {harborview-api} . ?a core:summary ?x }",
    ),
    (
        "What's the copyright text on glint-template?",
        "literal",
        "SELECT ?x WHERE { {glint-template} . ?a sw:copyrightText ?x }",
    ),
    (
        "what is the primary purpose of linux-kernel",
        "1hop",
        "SELECT ?x WHERE { {linux-kernel} . ?a sw:primaryPurpose ?x }",
    ),
    (
        "What's the SHA-256 checksum of termglow?",
        "2hop",
        "SELECT ?x WHERE { {termglow} . ?a core:verifiedUsing/core:hashValue ?x }",
    ),
    (
        "What's the CPE of mqtt-heron?",
        "2hop",
        "SELECT ?x WHERE { {mqtt-heron} . ?a core:externalIdentifier ?e . ?e core:identifier ?x ; core:externalIdentifierType <https://spdx.org/rdf/3.0.1/terms/Core/ExternalIdentifierType/cpe23> }",
    ),
    (
        "Who supplies libkestrel?",
        "1hop",
        "SELECT ?x WHERE { {libkestrel} . ?a core:suppliedBy ?x }",
    ),
    (
        "who suplies tinsel-yaml?",
        "typo",
        "SELECT ?x WHERE { {tinsel-yaml} . ?a core:suppliedBy ?x }",
    ),
    (
        "Which packages are supplied by Ossia Networking?",
        "inverse",
        "SELECT ?x WHERE { ?s core:name 'Ossia Networking'^^xsd:string . ?x core:suppliedBy ?s }",
    ),
    (
        "Who supplies the packages that tokio-tern depends on?",
        "2hop",
        "SELECT ?x WHERE { {tokio-tern} . "
        + rel("?a", "dependsOn", "?m")
        + " ?m core:suppliedBy ?x }",
    ),
    # versions shipped in a project (the library's element of that project's document)
    (
        "What version of zephyr-json ships in nimbus-cli?",
        "2hop",
        "SELECT ?x WHERE { {nimbus-cli} . "
        + rel("?a", "dependsOn", "?m")
        + " ?m core:name 'zephyr-json'^^xsd:string ; sw:packageVersion ?x }",
    ),
    (
        "which ossia-net version does saltmarsh-agent use",
        "2hop",
        "SELECT ?x WHERE { {saltmarsh-agent} . "
        + rel("?a", "dependsOn", "?m")
        + " ?m core:name 'ossia-net'^^xsd:string ; sw:packageVersion ?x }",
    ),
    (
        "What version of libkestrel does marrow-crypto depend on?",
        "2hop",
        "SELECT ?x WHERE { {marrow-crypto} . "
        + rel("?a", "dependsOn", "?m")
        + " ?m core:name 'libkestrel'^^xsd:string ; sw:packageVersion ?x }",
    ),
    # files
    (
        "which files does nimbus-cli contain",
        "1hop",
        "SELECT ?x WHERE { {nimbus-cli} . " + rel("?a", "contains", "?x") + " }",
    ),
    (
        "What file is generated from cmd/nimbus/main.go?",
        "1hop",
        "SELECT ?x WHERE { {cmd/nimbus/main.go} . " + rel("?a", "generates", "?x") + " }",
    ),
    # the documents' creation information (a blank node each element shares)
    (
        "Who created the SBOM for lumen-dashboard?",
        "2hop",
        "SELECT ?x WHERE { {lumen-dashboard} . ?a core:creationInfo/core:createdBy ?x }",
    ),
    (
        "When was the harborview-api SBOM created?",
        "2hop",
        "SELECT ?x WHERE { {harborview-api} . ?a core:creationInfo/core:created ?x }",
    ),
    (
        "When was lumen-dashbord's SBOM made?",
        "typo",
        "SELECT ?x WHERE { {lumen-dashboard} . ?a core:creationInfo/core:created ?x }",
    ),
    (
        "What tool generated the nimbus-cli SBOM?",
        "2hop",
        "SELECT ?x WHERE { {nimbus-cli} . ?a core:creationInfo/core:createdUsing ?x }",
    ),
    (
        "Which SBOMs did Ines Valdmaa author?",
        "inverse",
        "SELECT ?x WHERE { ?p core:name 'Ines Valdmaa'^^xsd:string . ?x a sw:Sbom ; core:creationInfo/core:createdBy ?p }",
    ),
    (
        "What type of SBOM is the tidewater-firmware 2.1.0 SBOM?",
        "1hop",
        "SELECT ?x WHERE { ?a core:name 'tidewater-firmware 2.1.0 SBOM'^^xsd:string ; sw:sbomType ?x }",
    ),
    # vulnerabilities (named only by their CVE identifier) and VEX
    (
        "Which packages are affected by CVE-2026-22301?",
        "inverse",
        "SELECT ?x WHERE { ?v core:externalIdentifier/core:identifier 'CVE-2026-22301'^^xsd:string . "
        + rel("?v", "affects", "?x")
        + " }",
    ),
    (
        "what does CVE-2026-28870 affect",
        "1hop",
        "SELECT ?x WHERE { ?v core:externalIdentifier/core:identifier 'CVE-2026-28870'^^xsd:string . "
        + rel("?v", "affects", "?x")
        + " }",
    ),
    (
        "Which vulnerabilities affect libkestrel?",
        "inverse",
        "SELECT ?x WHERE { {libkestrel} . " + rel("?x", "affects", "?a") + " }",
    ),
    (
        "which CVE hits wisp-dom",
        "inverse",
        "SELECT ?x WHERE { {wisp-dom} . " + rel("?x", "affects", "?a") + " }",
    ),
    (
        "In which version of zephyr-json is CVE-2026-28870 fixed?",
        "2hop",
        "SELECT ?x WHERE { ?v core:externalIdentifier/core:identifier 'CVE-2026-28870'^^xsd:string . "
        + rel("?v", "fixedIn", "?m")
        + " ?m sw:packageVersion ?x }",
    ),
    (
        "When was CVE-2026-19954 published?",
        "literal",
        "SELECT ?x WHERE { ?v core:externalIdentifier/core:identifier 'CVE-2026-19954'^^xsd:string ; sec:publishedTime ?x }",
    ),
    (
        "What is the CVSS score of CVE-2026-31412?",
        "2hop",
        "SELECT ?x WHERE { ?v core:externalIdentifier/core:identifier 'CVE-2026-31412'^^xsd:string . ?r core:from ?v ; sec:score ?x }",
    ),
    (
        "how severe is CVE-2026-40117",
        "2hop",
        "SELECT ?x WHERE { ?v core:externalIdentifier/core:identifier 'CVE-2026-40117'^^xsd:string . ?r core:from ?v ; sec:severity ?x }",
    ),
    # unanswerable: relations these elements lack
    ("When was libkestrel released?", "unanswerable", None),
    ("What's the homepage of zephyr-json?", "unanswerable", None),
    ("What CPE does tokio-tern have?", "unanswerable", None),
    ("Which packages does termglow depend on?", "unanswerable", None),
    ("In which version is CVE-2026-40117 fixed?", "unanswerable", None),
    ("What is Teodor Brannigan's phone number?", "unanswerable", None),
]

GRAPH = Graph().parse(HERE / "sbom.jsonld", format="json-ld")
NAME = URIRef(T + "Core/name")
EXPR = URIRef(T + "SimpleLicensing/licenseExpression")
IDENT = URIRef(T + "Core/identifier")
EXT = URIRef(T + "Core/externalIdentifier")
EXT_TYPE = URIRef(T + "Core/externalIdentifierType")
CVE = URIRef(T + "Core/ExternalIdentifierType/cve")


def names(term) -> set[str]:
    """Every name ``term`` carries (module docstring)."""
    if isinstance(term, Literal):
        return {str(term)}
    out = {str(v) for v in GRAPH.objects(term, NAME)} | {str(v) for v in GRAPH.objects(term, EXPR)}
    for e in GRAPH.objects(term, EXT):
        if (e, EXT_TYPE, CVE) in GRAPH:
            out |= {str(v) for v in GRAPH.objects(e, IDENT)}
    if not out and isinstance(term, URIRef):
        out = {re.split(r"[/#]", str(term))[-1]}  # a listed license, an enumeration value
    return out


def answers_of(query: str) -> set[str]:
    """The names of the ``?x`` that ``query`` selects; ``{name} .`` binds ``?a`` to every
    element of that name (a second one binds ``?b``)."""
    var = iter(["?a", "?b"])
    query = re.sub(
        r"\{([\w./-]+)\} \.", lambda m: f"{next(var)} core:name '{m.group(1)}'^^xsd:string .", query
    )
    out: set[str] = set()
    for row in GRAPH.query(PRE + query):
        out |= names(row[0])
    return out


if __name__ == "__main__":
    write_answers(HERE / "sbom.jsonl", QUESTIONS, answers_of)
