"""A literal one hop past the thing of the type its question names gives way to the thing
(:mod:`kgchat.retrieval.code_past_type`): a location's country code, for a question that asks
the country."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/cti#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':IntrusionSet a rdfs:Class ; rdfs:label "intrusion set" .\n'
    ':Location a rdfs:Class ; rdfs:label "location" .\n'
    ':attributedTo rdfs:label "attributed to" ; rdfs:range :Location ;\n'
    '    rdfs:comment "The country or group an intrusion set is attributed to." .\n'
    ':targetsCountry rdfs:label "targets country" .\n'
    ':country rdfs:label "country" .\n'
    ':name rdfs:label "name" ; rdfs:subPropertyOf rdfs:label .\n'
    ':apt28 a :IntrusionSet ; :name "APT28" ; :attributedTo :ru ;\n'
    "    :targetsCountry :de, :fr .\n"
    ':lazarus a :IntrusionSet ; :name "Lazarus Group" ; :attributedTo :kp ;\n'
    "    :targetsCountry :de .\n"
    ':ru a :Location ; :name "Russia" ; rdfs:label "Россия"@ru ; :country "RU" .\n'
    ':kp a :Location ; :name "North Korea" ; :country "KP" .\n'
    ':de a :Location ; :name "Germany" ; :country "DE" .\n'
    ':fr a :Location ; :name "France" ; :country "FR" .\n'
)


def test_the_country_not_its_code(tmp_path):
    """ "What country is APT28 attributed to?" walked to the location and one hop on, to its
    ``country`` code: on START it answered "RU"; now the location itself, a thing of a kind the
    type asked is a kind of (a country is a location, by WordNet). A question whose words say
    the code keeps the code."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "cti.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("What country is APT28 attributed to?")
    assert res.answer in {"Russia", "Россия"} and not res.abstained
    res = r.retrieve("Which country is the Lazarus Group attributed to?")
    assert res.answer == "North Korea"
    res = r.retrieve("What is the country code of the location APT28 is attributed to?")
    assert res.answer == "RU"
    res = r.retrieve("Which country code does the country APT28 is attributed to have?")
    assert res.answer == "RU"
