"""Records named by their own codes, and records of a kind never named as junctions, on tiny
graphs in the shape a vulnerability database publishes (:mod:`kgchat.graph.own_codes`,
:func:`kgchat.graph.junctions.anonymous_junctions`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kgchat.graph import KnowledgeGraph
from kgchat.graph.junctions import ANONYMOUS
from kgchat.graph.own_codes import own_code_names
from kgchat.graph.term_ids import IRI, LITERAL

R = "http://r.example/resource/"
V = "http://r.example/vocab#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _load(tmp_path: Path, triples: list[tuple[str, str, str]]) -> KnowledgeGraph:
    def term(t: str) -> str:
        return t if t.startswith('"') else f"<{t}>"

    path = tmp_path / "g.nt"
    path.write_text("".join(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples))
    return KnowledgeGraph.load(path)


def _records() -> list[tuple[str, str, str]]:
    """Two weaknesses named by a title and their code; two vulnerabilities named by their code
    alone, each with a CVSS metric node filed under the vulnerability's code and two
    configuration nodes that lead to named products."""
    out = [
        (R + "cwe/CWE-79", V + "id", '"CWE-79"'),
        (R + "cwe/CWE-79", V + "name", '"Cross-site Scripting"'),
        (R + "cwe/CWE-89", V + "id", '"CWE-89"'),
        (R + "cwe/CWE-89", V + "name", '"SQL Injection"'),
        (R + "product/tomcat", "http://www.w3.org/2000/01/rdf-schema#label", '"Apache Tomcat"'),
        (R + "product/tomcat", TYPE, V + "Product"),
        (R + "product/nginx", "http://www.w3.org/2000/01/rdf-schema#label", '"Nginx"'),
        (R + "product/nginx", TYPE, V + "Product"),
    ]
    vulnerabilities = (("CVE-2020-1938", "CWE-79", "9.8"), ("CVE-2021-0001", "CWE-89", "5.1"))
    for code, cwe, score in vulnerabilities:
        vuln = R + "cve/" + code
        out += [
            (vuln, V + "id", f'"{code}"'),
            (vuln, TYPE, V + "CVE"),
            (vuln, V + "hasCWE", R + "cwe/" + cwe),
            (vuln, V + "hasCVSS3", R + "cvss3/" + code),
            (R + "cvss3/" + code, V + "baseScore", f'"{score}"'),
            (R + "cvss3/" + code, TYPE, V + "Metric"),
        ]
        for n in (1, 2, 3):
            conf = f"{R}configuration/{code}-{n}"
            out += [
                (vuln, V + "hasConfiguration", conf),
                (conf, TYPE, V + "Configuration"),
                (conf, V + "hasProduct", R + "product/tomcat"),
                (conf, V + "hasProduct", R + "product/nginx"),
            ]
    return out


def test_a_code_the_record_states_and_its_iri_ends_with_is_its_alias(tmp_path: Path) -> None:
    """``cwe/CWE-79`` states ``id "CWE-79"``: the code names it beside its title; a record
    named by nothing else is labelled by it."""
    kg = _load(tmp_path, _records())
    assert kg.label(R + "cwe/CWE-79") == "Cross-site Scripting"
    assert "CWE-79" in kg.aliases(R + "cwe/CWE-79")
    assert kg.label(R + "cve/CVE-2020-1938") == "CVE-2020-1938"


def test_a_word_or_a_number_that_ends_the_iri_is_no_code() -> None:
    """A value a thing shares with its IRI that is a word ("DE") or a bare number is said of
    many things: no alias; nor a code the thing does not end with."""
    keys = [R + "country/DE", V + "tag", '"DE"', R + "year/2019", '"2019"', R + "cwe/X", '"CWE-1"']
    labels: dict[int, str] = {0: "Germany", 3: "the year 2019", 5: "X"}
    aliases: dict[int, list[str]] = {}
    kinds = np.array([IRI, IRI, LITERAL, IRI, LITERAL, IRI, LITERAL])
    own_code_names(keys, np.array([0, 3, 5]), np.array([2, 4, 6]), kinds, labels, aliases)
    assert aliases == {}
    assert labels == {0: "Germany", 3: "the year 2019", 5: "X"}


def test_records_of_a_kind_never_named_are_junctions_however_many(tmp_path: Path) -> None:
    """Three configuration nodes a vulnerability, more than the graph's named things: still
    the junctions of a kind the graph never names, since the kinds it names are all named."""
    kg = _load(tmp_path, _records())
    assert kg.label(R + "configuration/CVE-2020-1938-1").startswith(ANONYMOUS)
