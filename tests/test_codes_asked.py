"""An identifier asked ("What is the grant number of X?", "X's run ID") is answered by a value
written as a code is, not by a thing or a text whose relation happens to say the question's
other words better, on tiny in-memory graphs phrased as users would ask."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.answer_form import asks_code, codes_first
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.values import code_form

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _retriever(triples: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    from kgchat.pipeline import make_retriever

    return make_retriever(KnowledgeGraph.from_triples(triples), index_dir=None)


def test_the_questions_that_ask_an_identifier() -> None:
    def asks(question: str, span: tuple[int, int]) -> bool:
        return asks_code(analyze(question, [span]))

    assert asks("What is the grant agreement number of Alpha?", (7, 8))
    assert asks("Which code does Alpha have?", (3, 4))
    assert asks("What's the station code of Millfield Park?", (5, 7))
    assert asks("What is Dr. Ramirez's NPI number?", (2, 4))  # after the owner's name
    # a count, a measure, a thing: no identifier
    assert not asks("What is the number of members of Alpha?", (6, 7))
    assert not asks("How many members does Alpha have?", (4, 5))
    assert not asks("How much does Alpha weigh?", (3, 4))
    assert not asks("What is the title of Alpha?", (5, 6))


def test_a_code_is_one_token_or_parts_with_figures() -> None:
    assert code_form('"SK-A-2344"') and code_form('"HRB 104233"') and code_form('"NCT02964881"')
    assert code_form('"KE"') and code_form('"[in_i]"') and code_form('"101070192"')
    assert code_form('"+49 30 698 098 0"')  # a phone number's groups
    assert code_form(f'"1"^^<{XSD}integer>')  # a whole number: an episode's, a count's
    assert not code_form(f'"2021-07-08"^^<{XSD}date>') and not code_form('"2021-07-08"')
    assert not code_form(f'"3541740.98"^^<{XSD}decimal>')  # a measure
    assert not code_form('"380 kV"') and not code_form('"75 Years"')
    assert not code_form('"Research and Innovation Actions"@en') and not code_form('"bronze"@en')
    assert not code_form('"6:12:16"') and not code_form('"https://example.org/q/42"')


def test_codes_go_first_and_keep_their_order() -> None:
    q = analyze("What is the inventory number of The Milkmaid?", [(6, 8)])
    kept = (("Painting", 0.9), ('"SK-A-1"', 0.5), ('"an oil painting"@en', 0.4), ('"KE"', 0.3))
    ranked = [Candidate(n, n, s) for n, s in kept]
    ranked.append(Candidate("SK-A-3", "SK-A-3", 0.2))  # a thing named by a code
    out = codes_first(q, ranked, lambda n: n.startswith('"'), str)
    assert [c.node for c in out] == [
        *('"SK-A-1"', '"KE"', "SK-A-3"),
        *("Painting", '"an oil painting"@en'),
    ]
    other = analyze("What is the title of The Milkmaid?", [(5, 7)])
    assert codes_first(other, ranked, lambda n: n.startswith('"'), str) == ranked


def test_a_grant_number_is_the_code_not_the_funding_scheme() -> None:
    """The grant's class ``Grant`` and its ``funding scheme`` say "grant" better than the
    project's ``identifier`` says "number"; a scheme is no number of anything (before: the
    funding scheme, answered at 0.5)."""
    r = _retriever(
        [
            ("Lumen_Bridge", "summary", '"Multilingual tools for public services"@en'),
            ("Lumen_Bridge", "identifier", '"101070192"'),
            ("Lumen_Bridge", "start_date", f'"2022-10-01"^^<{XSD}date>'),
            ("Lumen_Bridge", "is_funded_by", "lb_grant"),
            ("Lumen_Bridge", RDF_TYPE, "Project"),
            ("lb_grant", RDF_TYPE, "Grant"),
            ("lb_grant", "has_funding_scheme", "Research_and_Innovation_Actions"),
            ("lb_grant", "has_programme", "Digital_Industry_and_Space"),
            ("Harbour_Line", "identifier", '"101070193"'),
            ("Harbour_Line", RDF_TYPE, "Project"),
            ("Harbour_Line", "is_funded_by", "hl_grant"),
            ("hl_grant", RDF_TYPE, "Grant"),
            ("hl_grant", "has_funding_scheme", "Coordination_Actions"),
        ]
    )
    assert r.retrieve("What is the grant number of Lumen Bridge?").answer == "101070192"
    # the other questions of the same graph answer as before
    said = r.retrieve("What is the funding scheme of Lumen Bridge?")
    assert said.answer == "Research and Innovation Actions" and not said.abstained
    assert r.retrieve("When did Lumen Bridge start?").answer == "2022-10-01"


def test_a_code_word_said_as_the_verb_asks_no_identifier() -> None:
    # "codes for" after "which gene" is the question's verb (a gene coding for a protein): the
    # genes are asked, not a code; the noun after "which" stays one ("which zip codes are")
    verb = analyze("Which gene codes for the cystic fibrosis regulator?", [(5, 8)])
    assert not asks_code(verb)
    assert asks_code(analyze("Which zip codes are in Boston?", [(5, 6)]))
    assert asks_code(analyze("What is the postal code of Boston?", [(6, 7)]))


def test_a_value_of_a_relation_named_as_the_code_asked_is_one() -> None:
    """A yeast's ``lab code`` "Wyeast 3724" is written as a maker's name and a figure are, not
    as a code; but the graph names its relation by the identifier asked, so no code-shaped
    value of another relation (a beer style's ``BJCP code`` "25B", reached through a beer
    fermented with the yeast) goes before it (before: "25B" first, abstained)."""
    r = _retriever(
        [
            ("Belgian_Saison", RDF_TYPE, "YeastStrain"),
            ("Belgian_Saison", "lab_code", '"Wyeast 3724"'),
            ("Belgian_Saison", "attenuation", f'"80"^^<{XSD}integer>'),
            ("Abbey_Ale", RDF_TYPE, "YeastStrain"),
            ("Abbey_Ale", "lab_code", '"WLP530"'),
            ("Moulin_Saison", RDF_TYPE, "Beer"),
            ("Moulin_Saison", "fermented_with", "Belgian_Saison"),
            ("Moulin_Saison", "brewed_to_style", "Saison"),
            ("Citadelle_Dubbel", RDF_TYPE, "Beer"),
            ("Citadelle_Dubbel", "fermented_with", "Belgian_Saison"),
            ("Citadelle_Dubbel", "brewed_to_style", "Dubbel"),
            ("Saison", RDF_TYPE, "BeerStyle"),
            ("Saison", "bjcp_code", '"25B"'),
            ("Dubbel", RDF_TYPE, "BeerStyle"),
            ("Dubbel", "bjcp_code", '"26B"'),
        ]
    )
    got = r.retrieve("What's the lab code of the Belgian Saison yeast?")
    assert got.answer == "Wyeast 3724" and not got.abstained
    # a code-shaped value of the relation named so stays first as before
    assert r.retrieve("What is the lab code of Abbey Ale?").answer == "WLP530"
    assert r.retrieve("What is the BJCP code of Saison?").answer == "25B"
