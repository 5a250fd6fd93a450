"""Structure of a walk and of a question: a shared record with no name of its own is no
bridge between the things that share it, and a noun said of the entity names the direction
of a relation by the words that qualify it as well as by its head."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.walk import Walk

SKOS = (
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix : <http://example.org/th#> .\n"
)


def _sbom(tmp_path):
    """The packages and agents of one document share its blank creation record (as SPDX
    writes it); each package has a supplier and a declared licence expression, a node with
    no name of its own that two of them share."""
    ttl = tmp_path / "sbom.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/sbom#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '_:info :createdBy :ines ; :specVersion "3.0.1" .\n'
        ':ines rdfs:label "Ines Valdmaa" ; :creationInfo _:info .\n'
        ':kestrel rdfs:label "libkestrel" ; :creationInfo _:info ; :suppliedBy :kproj ;\n'
        "    :declaredLicense _:lic1 ; :dependsOn :zephyr .\n"
        ':tinsel rdfs:label "tinsel-yaml" ; :creationInfo _:info ; :suppliedBy :tproj ;\n'
        "    :declaredLicense _:lic1 .\n"
        ':zephyr rdfs:label "zephyr-json" ; :creationInfo _:info ; :suppliedBy :zproj ;\n'
        "    :declaredLicense _:lic2 .\n"
        ':kproj :creationInfo _:info ; rdfs:label "Kestrel TLS Project" .\n'
        ':tproj :creationInfo _:info ; rdfs:label "Tinsel Maintainers" .\n'
        ':zproj :creationInfo _:info ; rdfs:label "Zephyr Team" .\n'
        '_:lic1 :licenseExpression "Apache-2.0" ; :creationInfo _:info .\n'
        '_:lic2 :licenseExpression "MIT" ; :creationInfo _:info .\n'
    )
    return KnowledgeGraph.load(ttl)


def test_a_shared_unnamed_record_is_not_turned_back_through(tmp_path):
    """``X -creationInfo-> _:b <-creationInfo- Y`` relates every element of a document to
    every other; a walk reaching the record forwards reads on from it (its creator) but does
    not go back to what else has it."""
    kg = _sbom(tmp_path)
    r = Retriever(kg)
    kestrel = "http://example.org/sbom#kestrel"
    w = Walk(r.edges, r.is_literal, kestrel, max_nodes=50, beam=50, shared=r.nameless)
    parents = w.run(2, lambda grown: {p: 0.0 for p in grown})
    sbom = "http://example.org/sbom#"
    assert sbom + "ines" in parents[((sbom + "creationInfo", True), (sbom + "createdBy", True))]
    back = ((sbom + "creationInfo", True), (sbom + "creationInfo", False))
    assert back not in parents
    # without the rule the record is a bridge
    plain = Walk(r.edges, r.is_literal, kestrel, max_nodes=50, beam=50)
    assert sbom + "tinsel" in plain.run(2, lambda grown: {p: 0.0 for p in grown})[back]


def test_a_junction_of_two_is_still_walked_across(tmp_path):
    """A blank n-ary node that its two participants hold by one relation (a marriage) joins
    them: only a record that :data:`~kgchat.retrieval.walk.SHARED_BY` or more hold is a
    shared value."""
    ttl = tmp_path / "m.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/f#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':ann rdfs:label "Ann Hale" ; :marriage _:m .\n'
        ':bob rdfs:label "Bob Hale" ; :marriage _:m .\n'
        ':cy rdfs:label "Cy Rowe" ; :marriage _:n .\n'
        ':di rdfs:label "Di Rowe" ; :marriage _:n .\n'
        '_:m :since "1990" .\n_:n :since "2001" .\n'
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    assert r.retrieve("Who is Ann Hale married to?").answer == "Bob Hale"
    assert r.retrieve("Who was Di Rowe's spouse?").answer == "Cy Rowe"


def test_questions_over_a_shared_record_answer_the_thing_asked(tmp_path):
    """Natural phrasings that the record could misread: the supplier, the licence, and the
    record's own creator (walked into forwards: still an answer)."""
    r = Retriever(_sbom(tmp_path))
    assert r.retrieve("Who supplies libkestrel?").answer == "Kestrel TLS Project"
    assert r.retrieve("who is the supplier of tinsel-yaml").answer == "Tinsel Maintainers"
    assert r.retrieve("What is the declared license of libkestrel?").answer == "Apache-2.0"
    assert r.retrieve("Who created the SBOM of zephyr-json?").answer == "Ines Valdmaa"


def test_a_noun_is_read_with_the_words_that_qualify_it(tmp_path):
    """SKOS states ``broader`` and ``narrower``: "the narrower *terms* of X" says "terms"
    alike both ways (``has narrower concept`` / ``has broader concept``); "narrower" says
    which. The head alone had chosen the relation's own reading and walked X's broader
    concept as well as its narrower ones."""
    ttl = tmp_path / "th.ttl"
    ttl.write_text(
        SKOS + ':plants skos:prefLabel "plant products"@en ; skos:narrower :cereals .\n'
        ':cereals skos:prefLabel "cereals"@en ; skos:broader :plants ;\n'
        "    skos:narrower :barley, :rice .\n"
        ':barley skos:prefLabel "barley"@en ; skos:broader :cereals .\n'
        ':rice skos:prefLabel "rice"@en ; skos:broader :cereals .\n'
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    for q in ("What are the narrower terms of cereals?", "List the narrower terms of cereals"):
        got = r.retrieve(q)
        assert {c.label for c in got.candidates[:2]} == {"barley", "rice"}, q
        assert got.candidates[2].score < got.candidates[1].score, q
    for q in ("What is the broader term of rice?", "What is rice's broader term?"):
        assert r.retrieve(q).answer == "cereals", q
    # a noun said in the label's own words reads as before
    assert r.retrieve("What is the broader concept of cereals?").answer == "plant products"


def test_a_thing_with_no_name_is_named_by_its_identifier_record(tmp_path):
    """An SPDX vulnerability has no name: only its identifier record ("CVE-...") says which it
    is, and it was "(anonymous ...)", found by no question. A named package keeps its name
    (its identifier is a fact about it), and a node keyed by a UUID stays a junction."""
    ttl = tmp_path / "v.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/v#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':vuln-1 :externalIdentifier [ a :ExternalIdentifier ; :identifier "CVE-2026-1111" ] ;\n'
        '    :affects :zlib ; :summary "Heap overflow in inflate" .\n'
        ':vuln-2 :externalIdentifier [ a :ExternalIdentifier ; :identifier "CVE-2026-2222" ] ;\n'
        "    :affects :curl .\n"
        ':zlib rdfs:label "zlib" ;\n'
        '    :externalIdentifier [ a :ExternalIdentifier ; :identifier "pkg:generic/zlib" ] .\n'
        ':curl rdfs:label "curl" .\n'
        "<http://example.org/v#3d37534a-fa78-45b8-a6d1-38d68b645509>\n"
        '    :externalIdentifier [ a :ExternalIdentifier ; :identifier "TEN-0001" ] ;\n'
        "    :about :curl .\n"
    )
    kg = KnowledgeGraph.load(ttl)
    assert kg.label("http://example.org/v#vuln-1") == "CVE-2026-1111"
    assert kg.label("http://example.org/v#zlib") == "zlib"
    assert kg.label("http://example.org/v#3d37534a-fa78-45b8-a6d1-38d68b645509").startswith(
        "(anonymous"
    )
    r = Retriever(kg)
    assert r.retrieve("What does CVE-2026-1111 affect?").answer == "zlib"
    assert r.retrieve("Which vulnerabilities affect curl?").answer == "CVE-2026-2222"
    assert r.retrieve("what is CVE-2026-1111 about").answer == "Heap overflow in inflate"


def test_the_hop_into_a_shared_record_is_paid_as_a_hop(tmp_path):
    """A nameless node that many hold by one relation, reached forwards, is a value its
    holders share (the document's creation record), not an n-ary relation of the entity's
    own: the hop into it is no free junction hop, where the hop into a licence expression
    that two packages hold, a junction of the walk, is."""
    kg = _sbom(tmp_path)
    r = Retriever(kg)
    sbom = "http://example.org/sbom#"
    kestrel = sbom + "kestrel"
    into = {e[2]: e[1] for e in r.edges(kestrel) if e[3]}
    info, lic = into[sbom + "creationInfo"], into[sbom + "declaredLicense"]
    assert r.anonymous(info) and r.anonymous(lic)
    free: dict = {}
    record = ((sbom + "creationInfo", True),)
    r.junction_hops(free, record, {info: (kestrel, 0)})
    licence = ((sbom + "declaredLicense", True),)
    r.junction_hops(free, licence, {lic: (kestrel, 0)})
    assert free[record] == 0 and free[licence] == 1
    # walked backwards into the record (from its creator) it is its creator's own
    back = ((sbom + "createdBy", False),)
    r.junction_hops(free, back, {info: (sbom + "ines", 0)})
    assert free[back] == 1
