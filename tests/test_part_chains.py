"""A part its holder holds alone, then an unnamed record, to the answer (blind probe schools,
round 52): a register gives each school a site (``org:hasSite``, labelled "<school> main
site") whose address is a blank vCard node holding the postcode. "What is the postcode of X?"
says the last hop, ``postal-code``; the site, a part of the school, and its address, a record,
are no things the question names, and the chain is said by its hop out to the answer, as a
chain of unnamed records is (:meth:`~kgchat.retrieval.middle_hops.MiddleHops._middles_said`).
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_SITES = """\
@prefix org: <http://www.w3.org/ns/org#> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://schools.example.org/id/> .

ex:s1 a schema:School ; schema:name "Meadowbrook School" ; org:hasSite ex:s1site .
ex:s1site a org:Site ; rdfs:label "Meadowbrook School main site" ;
    org:siteAddress [ a vcard:Address ; vcard:street-address "12 Mill Street" ;
        vcard:locality "Blackmoor" ; vcard:postal-code "BL7 9UT" ] .
ex:s2 a schema:School ; schema:name "Riverside Academy" ; org:hasSite ex:s2site .
ex:s2site a org:Site ; rdfs:label "Riverside Academy main site" ;
    org:siteAddress [ a vcard:Address ; vcard:street-address "4 Park Road" ;
        vcard:locality "Harrowfield" ; vcard:postal-code "HA5 2JP" ] .
ex:s3 a schema:School ; schema:name "Northam Park School" ;
    schema:address [ a schema:PostalAddress ; schema:postalCode "NO3 1AB" ] .
"""


def test_a_postcode_on_a_schools_site_address(tmp_path):
    path = tmp_path / "sites.ttl"
    path.write_text(_SITES)
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    for question, code in [
        ("What is the postcode of Meadowbrook School?", "BL7 9UT"),
        ("What's Riverside Academy's postal code?", "HA5 2JP"),
    ]:
        res = r.retrieve(question)
        assert res.answer == code and not res.abstained, question
