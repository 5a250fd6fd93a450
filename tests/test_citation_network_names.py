"""Names in a citation network as OpenCitations publishes it (OCDM): a citation is a node keyed
by the identifiers of the two works it joins (``ci/0601-0602``), walked through and never an
answer; an agent with only ``foaf:givenName`` and ``foaf:familyName`` is named in full, its
family name an alias; a role every author node shares (``pro:author``) is a value, not a page
about the one work whose title holds the word "author"; an identifier minted as a node of its
own (``id/0610...``, its scheme beside its value) is read as the direct fact ``doi``; an
unnamed issue typed ``fabio:Expression`` (as the named articles are) and ``fabio:JournalIssue``
(a kind the graph never names) is a record walked through to its number, not an answer."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

BR, RA, AR, CI = (
    f"https://w3id.org/oc/{k}/" for k in ("meta/br", "meta/ra", "meta/ar", "index/ci")
)
PRO, CITO = "http://purl.org/spar/pro/", "http://purl.org/spar/cito/"
TITLE, FOAF = "http://purl.org/dc/terms/title", "http://xmlns.com/foaf/0.1/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ID, DATACITE = "https://w3id.org/oc/meta/id/", "http://purl.org/spar/datacite/"
LITERAL_VALUE = "http://www.essepuntato.it/2010/06/literalreification/hasLiteralValue"
WORKS = {
    "0601": ("Sleeping beauties in mathematics", [("Ann", "Haddad")]),
    "0602": ("Delayed recognition of papers", [("Bo", "Lindqvist"), ("Ann", "Haddad")]),
    "0603": ("Disambiguating author names", [("Cyril", "Okafor")]),
    "0604": ("Citation windows for evaluation", [("Dana", "Moreau")]),
}
CITES = [("0602", "0601"), ("0603", "0601"), ("0603", "0602"), ("0604", "0602")]


def _nquads() -> str:
    lines, people, role = [], {}, 0

    def q(s: str, p: str, o: str, g: str) -> None:
        lines.append(f"{s} <{p}> {o} <{g}> .")

    def ident(owner: str, scheme: str, value: str, graph: str) -> None:
        node = f"<{ID}05{len(lines)}>"
        q(node, RDF_TYPE, f"<{DATACITE}Identifier>", ID)
        q(node, DATACITE + "usesIdentifierScheme", f"<{DATACITE}{scheme}>", ID)
        q(node, LITERAL_VALUE, f'"{value}"', ID)
        q(owner, DATACITE + "hasIdentifier", node, graph)

    fabio, part_of = "http://purl.org/spar/fabio/", "http://purl.org/vocab/frbr/core#partOf"
    journal = f"<{BR}0690>"
    q(journal, RDF_TYPE, f"<{fabio}Expression>", BR)
    q(journal, RDF_TYPE, f"<{fabio}Journal>", BR)
    q(journal, TITLE, '"Scientometrics"', BR)
    for number in ("1", "2"):
        issue = f"<{BR}068{number}>"
        q(issue, RDF_TYPE, f"<{fabio}Expression>", BR)
        q(issue, RDF_TYPE, f"<{fabio}JournalIssue>", BR)
        q(issue, fabio + "hasSequenceIdentifier", f'"{number}"', BR)
        q(issue, part_of, journal, BR)
    for n, (omid, (title, authors)) in enumerate(WORKS.items()):
        work = f"<{BR}{omid}>"
        q(work, RDF_TYPE, f"<{fabio}Expression>", BR)
        q(work, RDF_TYPE, f"<{fabio}JournalArticle>", BR)
        q(work, part_of, f"<{BR}068{1 + n % 2}>", BR)
        q(work, TITLE, f'"{title}"', BR)
        ident(work, "doi", f"10.1007/s11192-{omid}", BR)
        before = None
        for given, family in authors:
            if (given, family) not in people:
                agent = people[given, family] = f"<{RA}09{len(people) + 1}>"
                q(agent, RDF_TYPE, f"<{FOAF}Agent>", RA)
                q(agent, FOAF + "givenName", f'"{given}"', RA)
                q(agent, FOAF + "familyName", f'"{family}"', RA)
                ident(agent, "orcid", f"0000-0002-{len(people):04d}-000X", RA)
            role += 1
            node = f"<{AR}07{role}>"
            q(node, RDF_TYPE, f"<{PRO}RoleInTime>", AR)
            q(node, PRO + "withRole", f"<{PRO}author>", AR)
            q(node, PRO + "isHeldBy", people[given, family], AR)
            q(work, PRO + "isDocumentContextFor", node, BR)
            if before:
                q(before, "https://w3id.org/oc/ontology/hasNext", node, AR)
            before = node
    for citing, cited in CITES:
        node = f"<{CI}{citing}-{cited}>"
        q(node, RDF_TYPE, f"<{CITO}Citation>", CI)
        q(node, CITO + "hasCitingEntity", f"<{BR}{citing}>", CI)
        q(node, CITO + "hasCitedEntity", f"<{BR}{cited}>", CI)
        q(
            node,
            CITO + "hasCitationTimeSpan",
            '"P1Y"^^<http://www.w3.org/2001/XMLSchema#duration>',
            CI,
        )
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("oc") / "citations.nq"
    path.write_text(_nquads(), encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_citation_keyed_by_its_works_identifiers_is_anonymous(kg):
    assert kg.label(CI + "0602-0601") == "(anonymous 0602-0601)"
    assert kg.label(BR + "0601") == "Sleeping beauties in mathematics"


def test_a_person_named_in_parts_is_named_in_full(kg):
    haddad = RA + "091"
    assert kg.label(haddad) == "Ann Haddad"
    assert "Haddad" in kg.aliases(haddad)


def test_a_role_every_author_node_shares_is_no_page(kg):
    assert kg.label(PRO + "author") == "author"


def test_who_wrote_a_work_answers_the_full_name_through_the_role_node(kg):
    r = make_retriever(kg, index_dir=None)
    res = r.retrieve("Who wrote Citation windows for evaluation?")
    assert res.answer == "Dana Moreau" and not res.abstained


def test_an_identifier_node_reads_as_its_scheme_fact(kg):
    facts = {(f.predicate_label, f.object_label) for f in kg.facts_of(BR + "0601", direction="out")}
    assert ("doi", "10.1007/s11192-0601") in facts
    facts = {(f.predicate_label, f.object_label) for f in kg.facts_of(RA + "091", direction="out")}
    assert ("orcid", "0000-0002-0001-000X") in facts  # no "or cid"


def test_the_doi_of_a_work_is_answered(kg):
    r = make_retriever(kg, index_dir=None)
    res = r.retrieve("What is the DOI of Sleeping beauties in mathematics?")
    assert res.answer == "10.1007/s11192-0601" and not res.abstained


def test_an_unnamed_issue_is_walked_through_to_its_number(kg):
    assert kg.label(BR + "0681").startswith("(anonymous")
    r = make_retriever(kg, index_dir=None)
    res = r.retrieve("In which issue was Delayed recognition of papers published?")
    assert res.answer == "2" and not res.abstained
    res = r.retrieve("Which journal published Delayed recognition of papers?")
    assert res.answer == "Scientometrics" and not res.abstained
