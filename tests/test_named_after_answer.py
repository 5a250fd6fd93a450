"""A node named after the answer, reached out of an unnamed junction, stands for the answer:
the middle hops' ceiling (``MiddleHops._stands_for_answer``) over a CVE's vulnerable configuration
to the CPE entries of a product."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/cve#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':CVE a rdfs:Class ; rdfs:label "CVE" .\n'
    ':CPE a rdfs:Class ; rdfs:label "CPE entry" .\n'
    ':Product a rdfs:Class ; rdfs:label "product" .\n'
    ':Vendor a rdfs:Class ; rdfs:label "vendor" .\n'
    ':hasVulnerableConfiguration rdfs:label "has vulnerable configuration" .\n'
    ':hasCPE rdfs:label "has CPE" .\n'
    ':hasProduct rdfs:label "has product" .\n'
    ':hasVendor rdfs:label "has vendor" .\n'
    ':apache a :Vendor ; rdfs:label "apache" .\n'
    ':progress a :Vendor ; rdfs:label "progress" .\n'
    ':log4j a :Product ; rdfs:label "Apache Log4j" .\n'
    ':moveit a :Product ; rdfs:label "Progress MOVEit Transfer" .\n'
    ':c1 a :CPE ; rdfs:label "Apache Log4j 2.0.1" ; :hasProduct :log4j ; :hasVendor :apache .\n'
    ':c2 a :CPE ; rdfs:label "Apache Log4j 2.14.1" ; :hasProduct :log4j ; :hasVendor :apache .\n'
    ':c3 a :CPE ; rdfs:label "Progress MOVEit Transfer 2022.1.4" ;\n'
    "    :hasProduct :moveit ; :hasVendor :progress .\n"
    ':v1 a :CVE ; rdfs:label "CVE-2021-44228" ;\n'
    "    :hasVulnerableConfiguration [ :hasCPE :c1 , :c2 ] .\n"
    ':v2 a :CVE ; rdfs:label "CVE-2023-34362" ;\n'
    "    :hasVulnerableConfiguration [ :hasCPE :c3 ] .\n"
)


def test_a_form_of_the_answer_out_of_a_junction(tmp_path):
    """ "Which products does CVE-2023-34362 affect?" walks through the CVE's unnamed
    configuration to its CPE entry "Progress MOVEit Transfer 2022.1.4" and over ``has
    product`` to "Progress MOVEit Transfer": the entry is named after the answer, and the
    question says the hop to it ("products"), so the entry stands for the answer and the
    junction is said by the type the question names (it had abstained, "affect" saying
    nothing of the configuration). A question the walk does not say stays abstained."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "cve.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("Which products does CVE-2023-34362 affect?")
    assert res.answer == "Progress MOVEit Transfer" and not res.abstained
    res = r.retrieve("Which vendors make software affected by CVE-2021-44228?")
    assert res.answer == "apache" and not res.abstained
    assert r.retrieve("Who discovered CVE-2021-44228?").abstained
    assert r.retrieve("Where was CVE-2023-34362 reported?").abstained
