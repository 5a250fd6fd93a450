"""A name said in part where several entities bear that very name: "Liffey Facilities
Management" for a registry's copies of *Liffey Facilities Management Ltd*, one per notice
(:meth:`kgchat.name_runs.ContainedNames.holding` counts names, not their namesakes)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

_FIRM = "Liffey Facilities Management Ltd"
TTL = (
    "@prefix : <http://example.org/p#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Organisation a rdfs:Class ; rdfs:label "organisation" .\n'
    ':Observation a rdfs:Class ; rdfs:label "observation" .\n'
    ':dublin rdfs:label "Dublin" .\n'
    ':cork rdfs:label "Cork" .\n'
    + "".join(
        f':f{i} a :Organisation ; rdfs:label "{_FIRM}" ; :city :dublin .\n'
        f':n{i} rdfs:label "Notice {i}" ; :winner :f{i} .\n'
        for i in range(1, 5)
    )
    + ':g1 a :Organisation ; rdfs:label "Shannon Catering Ltd" ; :city :cork .\n'
    + "".join(
        f':o{i} a :Observation ; rdfs:label "Systolic Blood Pressure" ; :patient :p{i} .\n'
        f':p{i} rdfs:label "Patient {i}" .\n'
        for i in range(1, 5)
    )
)


def _retriever(tmp_path):
    from kgchat.pipeline import make_retriever

    path = tmp_path / "notices.ttl"
    path.write_text(TTL, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_part_of_a_name_links_all_its_namesakes(tmp_path):
    """ "Liffey Facilities Management", a run of a name four entities bear: one name, so the
    run links them all as the name said whole does (on START none: four entities passed the
    cap of three, as four different names would), and the city is answered."""
    r = _retriever(tmp_path)
    question = "Where is Liffey Facilities Management based?"
    found = r.linker.link(question)
    assert {r.kg.label(m.node) for m in found} == {_FIRM}
    assert len(found) == 4 and all(m.method == "partial" for m in found)
    assert r.retrieve(question).answer == "Dublin"


def test_a_run_of_common_words_many_records_share_is_no_name(tmp_path):
    """ "blood pressure": a run of common words that four records' one name holds says a
    kind of record, not a name: no part links them (as on START; the entity index may still
    find a paraphrase, at its own lower score)."""
    r = _retriever(tmp_path)
    found = r.linker.link("who has high blood pressure")
    assert not [m for m in found if m.method in ("partial", "dictionary")]
