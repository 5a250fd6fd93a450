"""Follow-ups that ask of an entity of an ambiguous class, and of a time named by a bare
noun phrase: "her" meaning an entity whose one class (``Agent``) names a person by half of
WordNet's meanings; "And its profit that year?" asked with the preposition the last
question put before the year ("in 2024")."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _bot(triples: list[tuple[str, str, str]]) -> ChatBot:
    kg = KnowledgeGraph.from_triples(triples)
    return ChatBot(kg, retriever=make_retriever(kg, index_dir=None), backend=TemplateBackend())


def test_her_may_mean_an_entity_whose_class_may_be_a_person():
    triples = [
        ("Marilena Chen", T, "Agent"),
        ("Marilena Chen", "orcid", "0000-7458-8493-109X"),
        ("Marilena Chen", "given_name", "Marilena"),
        ("Ola Berg", T, "Agent"),
        ("Ola Berg", "orcid", "0000-1111-2222-3333"),
        ("Gender differences in citation", T, "Journal Article"),
        ("Gender differences in citation", "author", "Marilena Chen"),
        ("Dataset citation", T, "Journal Article"),
        ("Dataset citation", "author", "Marilena Chen"),
        ("Dataset citation", "author", "Ola Berg"),
    ]
    bot = _bot(triples)
    # an Agent is no thing for certain: WordNet's rarer meanings of the head are persons
    assert EntityKinds(bot.retriever).agrees("Marilena Chen", "person") is not False
    bot.chat("Which papers has Marilena Chen authored?")
    second = bot.chat("What is her ORCID?")
    assert second.resolved_question == "What is Marilena Chen's ORCID?"
    assert second.answer == "0000-7458-8493-109X"


def test_a_bare_time_phrase_takes_the_preposition_the_year_had():
    triples = [("Sarvi Forest", T, "Company"), ("Lumo Telecom", T, "Company")]
    for company, year, revenue, profit in (
        ("Sarvi Forest", "2024", "4112", "333"),
        ("Sarvi Forest", "2023", "3900", "301"),
        ("Lumo Telecom", "2024", "2731", "402"),
    ):
        fact = f"{company} {year}"
        triples += [
            (f"{fact} filing", T, "Annual Report"),
            (f"{fact} filing", "filed_by", company),
            (f"{fact} filing", "fiscal_year", year),
            (f"{fact} filing", "revenue", revenue),
            (f"{fact} filing", "profit", profit),
            (year, T, "Year"),
        ]
    bot = _bot(triples)
    bot.chat("What was Sarvi Forest's revenue in 2024?")
    second = bot.chat("And its profit that year?")
    assert second.resolved_question == "And Sarvi Forest's profit in 2024?"
    # the resolution is what changed (the tiny graph's filings are not told apart by year)
