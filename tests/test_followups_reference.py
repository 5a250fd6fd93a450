"""Follow-ups that point back by a noun ("that city", "the company"), at a list's items
("they"), through a possessive ("his wife's birthplace"), or by ellipsis ("And in X?"), on a
tiny graph of films, people and places."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from tests.test_followups import talk

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Maren Holt", T, "Person"),
    ("Pavel Kros", T, "Person"),
    ("Theo Vance", T, "Person"),
    ("Iris Lamb", T, "Person"),
    ("Carlos Ibarra", T, "Person"),
    ("Ana Sol", T, "Person"),
    ("Maren Holt", "husband", "Pavel Kros"),
    ("Pavel Kros", "wife", "Maren Holt"),
    ("Carlos Ibarra", "wife", "Ana Sol"),
    ("Ana Sol", "husband", "Carlos Ibarra"),
    ("Maren Holt", "birthplace", "Bergen"),
    ("Pavel Kros", "birthplace", "Brno"),
    ("Theo Vance", "birthplace", "Oslo"),
    ("Iris Lamb", "birthplace", "Cork"),
    ("Carlos Ibarra", "birthplace", "Seville"),
    ("Ana Sol", "birthplace", "Valencia"),
    ("Bergen", T, "City"),
    ("Brno", T, "City"),
    ("Oslo", T, "City"),
    ("Cork", T, "City"),
    ("Seville", T, "City"),
    ("Valencia", T, "City"),
    ("Brno", "country", "Czechia"),
    ("Cork", "country", "Ireland"),
    ("Czechia", T, "Country"),
    ("Ireland", T, "Country"),
    ("Glass Harbor", T, "Film"),
    ("Glass Harbor", "director", "Maren Holt"),
    ("Glass Harbor", "starring", "Theo Vance"),
    ("Glass Harbor", "starring", "Iris Lamb"),
    ("Glass Harbor", "distributor", "Northlight Pictures"),
    ("Northlight Pictures", T, "Company"),
    ("Northlight Pictures", "headquarters", "Oslo"),
    ("Seven Winters", T, "Film"),
    ("Long Quiet", T, "Film"),
    ("Seven Winters", "performance", "perf1"),
    ("perf1", "actor", "Tomas Reyes"),
    ("perf1", "character", "Doctor Kell"),
    ("Long Quiet", "performance", "perf2"),
    ("perf2", "actor", "Tomas Reyes"),
    ("perf2", "character", "Detective Moon"),
    ("Tomas Reyes", T, "Person"),
    ("Theo Vance", "sister", "Iris Lamb"),
    ("Iris Lamb", "award", "Silver Gull"),
    ("Maren Holt", "award", "Silver Gull"),
    ("Norway", T, "Country"),
    ("Norway", "capital", "Oslo"),
    ("Norway", "code", '"NOR"'),
    ("Oslo", "country", "Norway"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def test_that_city_means_the_entity_whose_class_the_noun_names(kg):
    born, city = talk(kg, "What is the birthplace of Pavel Kros?", "Which country is that city in?")
    assert born.answer == "Brno"
    assert city.resolved_question == "Which country is Brno in?" and city.answer == "Czechia"


def test_the_company_means_the_company_and_the_noun_of_a_relation_is_kept(kg):
    _, company = talk(
        kg, "What is the distributor of Glass Harbor?", "Where are the headquarters of the company?"
    )
    # "the headquarters of" names a relation, "the company" the company just answered
    assert company.resolved_question == "Where are the headquarters of Northlight Pictures?"
    assert company.answer == "Oslo"


def test_they_after_a_list_asks_of_every_item(kg):
    stars, born = talk(kg, "Who is starring in Glass Harbor?", "What is their birthplace?")
    assert set(stars.answers) == {"Theo Vance", "Iris Lamb"}
    assert set(born.answers) == {"Oslo", "Cork"}  # before: only the first item's
    assert "Theo Vance" in born.resolved_question and "Iris Lamb" in born.resolved_question
    assert all(f"[{n}]" in born.text for n in (1, 2))  # each item's answer cited


def test_his_wife_after_a_question_answered_by_his_wife_is_that_answer(kg):
    """The graph gives no gender; "his wife" names the relation just asked of Carlos, so it is
    its answer, not the wife of the answer."""
    wife, born = talk(kg, "Who is the wife of Carlos Ibarra?", "And his wife's birthplace?")
    assert wife.answer == "Ana Sol"
    assert born.resolved_question == "And Ana Sol's birthplace?" and born.answer == "Valencia"


def test_a_chain_of_possessives_is_asked_one_hop_at_a_time(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    a = bot.ask("What is Pavel Kros's wife's birthplace?")
    assert a.resolved_question == "What is Maren Holt's birthplace?" and a.answer == "Bergen"


def test_a_pronoun_gives_its_referent_the_gender_the_user_says(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    bot.chat("Who is the director of Glass Harbor?")
    husband = bot.chat("Who is her husband?")
    assert husband.resolved_question == "Who is Maren Holt's husband?"
    assert bot.memory.genders == {"Maren Holt": "female"}
    born = bot.chat("And his wife's birthplace?")  # his: Pavel Kros, not Maren Holt
    assert born.answer == "Bergen"
    bot.reset()
    assert bot.memory.genders == {}


def test_and_in_x_swaps_the_topic_of_the_same_kind(kg):
    first, second = talk(
        kg, "Which character did Tomas Reyes play in Seven Winters?", "And in Long Quiet?"
    )
    assert first.answer == "Doctor Kell"
    assert second.resolved_question == "Which character did Tomas Reyes play in Long Quiet?"
    assert second.answer == "Detective Moon"


def test_they_after_a_list_in_a_conversation_passed_in(kg):
    """A server's conversation (no state kept): the list reply's items are read back from its
    words, and "their" asks of each; the evidence after "X:" names no answer."""
    bot = ChatBot(kg, backend=TemplateBackend())
    stars = bot.ask("Who is starring in Glass Harbor?")
    history = [
        {"role": "user", "content": "Who is starring in Glass Harbor?"},
        {"role": "assistant", "content": stars.text},
    ]
    born = bot.answer("What is their birthplace?", history=history)
    assert set(born.answers) == {"Oslo", "Cork"}
    history += [
        {"role": "user", "content": "What is their birthplace?"},
        {"role": "assistant", "content": born.text},
    ]
    # they: still the two actors the last question was asked of, not their birthplaces
    again = bot.answer("Which country is their birthplace in?", history=history)
    assert "Theo Vance" in again.resolved_question and "Iris Lamb" in again.resolved_question


def test_what_about_his_sister_asks_the_last_question_of_her(kg):
    """ "What about his sister?" is the last question asked of the entity "his sister" names
    (before: "What about Theo Vance's sister?", answered by the sister herself)."""
    born, sister, her = talk(
        kg, "What is the birthplace of Theo Vance?", "What about his sister?", "How about her?"
    )
    assert born.answer == "Oslo"
    assert sister.resolved_question == "What is the birthplace of Iris Lamb?"
    assert sister.answer == "Cork"
    assert her.resolved_question == "What is the birthplace of Iris Lamb?"


def test_it_means_the_reading_the_graph_answers_best(kg):
    """Oslo and Norway both fit "its"; the graph gives Norway a capital, and Oslo is one."""
    country, capital = talk(kg, "What is the country of Oslo?", "What is its capital?")
    assert country.answer == "Norway"
    assert capital.resolved_question == "What is Norway's capital?" and capital.answer == "Oslo"


def test_a_value_is_no_referent(kg):
    """ "Which country has the ISO3 code KEN?" / "What is its population?" was asked of KEN."""
    from kgchat.chat.kinds import EntityKinds
    from kgchat.retrieval import Retriever

    kinds = EntityKinds(Retriever(kg))
    code = next(e.neighbor for e in kg.neighbors("Norway") if kg.is_literal(e.neighbor))
    assert kinds.agrees(code, "thing") is False and kinds.agrees(code, None) is False
    assert kinds.agrees("Norway", "thing") is True


def test_a_node_without_class_whose_type_words_name_a_thing_is_a_thing():
    from kgchat.chat.kinds import EntityKinds
    from kgchat.retrieval import Retriever
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("no WordNet")
    kg = KnowledgeGraph.from_triples(
        [
            ("Paper Crowns", "film.film.directed_by", "David Okafor"),
            ("Paper Crowns", "film.film.genre", "Comedy"),
            ("David Okafor", "people.person.gender", "Male"),
        ]
    )
    assert EntityKinds(Retriever(kg)).kind("Paper Crowns") == "thing"  # its type word: film


def test_which_of_them_answers_among_the_list_only(kg):
    stars, which = talk(
        kg, "Who is starring in Glass Harbor?", "Which of them has birthplace Cork?"
    )
    assert set(stars.answers) == {"Theo Vance", "Iris Lamb"}
    assert which.answer == "Iris Lamb" and which.answers == ["Iris Lamb"]


def test_and_when_asks_the_last_question_with_the_new_wh_word(kg):
    from kgchat.chat.followup import resolve_followup
    from kgchat.chat.kinds import EntityKinds
    from kgchat.chat.memory import EntityMemory
    from kgchat.retrieval import Retriever

    r = Retriever(kg)
    memory = EntityMemory()
    memory.remember(
        question="Where did Maren Holt die?",
        answer=("Bergen", "Bergen"),
        topics=[("Maren Holt", "Maren Holt")],
        topic_texts=["Maren Holt"],
    )
    got = resolve_followup("And when?", memory, r, EntityKinds(r))
    assert got.text == "When did Maren Holt die?"  # before: "And when of Bergen?"


def test_a_question_asked_of_each_item_is_said_of_one():
    """ "What are their populations?" asked of each country, still plural, named a
    population's unit, year and notes beside its total (geopolitical)."""
    from kgchat.chat.each import one_at_a_time
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("no WordNet")
    assert one_at_a_time("What are Kenya's populations?") == "What is Kenya's population?"
    assert one_at_a_time("Where were Ada and Ben born?") == "Where was Ada and Ben born?"
    assert one_at_a_time("Which series did Ada write?") == "Which series did Ada write?"


def test_of_two_people_she_means_the_first_the_graph_answers_for(kg):
    """No gender in the graph: of the two actors, "she" is the one with an award."""
    _, award = talk(kg, "Who is starring in Glass Harbor?", "What award did she get?")
    assert award.resolved_question == "What award did Iris Lamb get?"
    assert award.answer == "Silver Gull"


def test_which_of_those_answers_among_the_list_and_keeps_it(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    bot.chat("Who is starring in Glass Harbor?")
    which = bot.chat("Which of those has award Silver Gull?")
    assert which.answers == ["Iris Lamb"]  # not Maren Holt, who is no actor of the list
    born = bot.chat("What is their birthplace?")  # they: still both actors
    assert set(born.answers) == {"Oslo", "Cork"}


def test_an_entity_the_evidence_showed_on_the_way_can_be_pointed_at(kg):
    """ "that city": Brno, named only by the evidence between Pavel Kros and Czechia."""
    country, city = talk(
        kg,
        "What is the country of the birthplace of Pavel Kros?",
        "Who has that city as birthplace?",
    )
    assert country.answer == "Czechia"
    assert city.resolved_question == "Who has Brno as birthplace?"


def test_a_conversation_passed_in_keeps_the_relation_and_a_per_item_turns_answers(kg):
    bot = ChatBot(kg, backend=TemplateBackend())

    def turns(*pairs):
        out = []
        for q in pairs:
            a = bot.answer(q, history=out)
            out += [{"role": "user", "content": q}, {"role": "assistant", "content": a.text}]
        return a

    # the relation asked is read back from the graph: "his wife" is the answer, Ana Sol
    born = turns("Who is the wife of Carlos Ibarra?", "And his wife's birthplace?")
    assert born.resolved_question == "And Ana Sol's birthplace?" and born.answer == "Valencia"
    # a per-item reply "Theo Vance: Oslo [1]; Iris Lamb: Cork [2]." names both answers
    city = turns(
        "Who is starring in Glass Harbor?",
        "What is their birthplace?",
        "What is the country of that city?",
    )
    assert city.resolved_question in (
        "What is the country of Oslo?",
        "What is the country of Cork?",
    )


def test_a_class_names_its_members_by_its_head_word():
    """CIDOC-CRM's "Human-Made Object" is an object: "she" after a question about a painting
    (whose painter the retrieval did not find) asks back instead of meaning the painting."""
    from kgchat.chat.kinds import EntityKinds
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Harbour at Dusk", T, "Human-Made Object"),
            ("Harbour at Dusk", "has_title", "Harbour at Dusk"),
            ("Johanna Verbeek", T, "Person"),
            ("Johanna Verbeek", "born_in", "Leiden"),
        ]
    )
    kinds = EntityKinds(make_retriever(kg))
    assert kinds.kind("Harbour at Dusk") == "thing"
    assert kinds.kind("Johanna Verbeek") == "person"


def test_it_means_an_earlier_entity_where_the_last_turns_readings_are_unanswered(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    bot.chat("Who is starring in Glass Harbor?")
    bot.chat("What is their birthplace?")  # the items, then their birthplaces, said last
    film = bot.chat("What is its distributor?")  # no city has one: the film said before
    assert film.resolved_question == "What is Glass Harbor's distributor?"
    assert film.answer == "Northlight Pictures"


def test_that_restaurant_means_no_place_and_an_entity_the_evidence_showed():
    """A graph with no classes (a CSV): "that restaurant" after "Where does she work?"
    answered Milan through Trattoria Sole is the restaurant, not the city."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Risotto", "createdBy", "Lucia Bianchi"),
            ("Lucia Bianchi", "worksAt", "Trattoria Sole"),
            ("Lucia Bianchi", "bornIn", "Turin"),
            ("Trattoria Sole", "locatedIn", "Milan"),
            ("Trattoria Sole", "michelinStars", '"1"'),
            ("Baan Rim Nam", "locatedIn", "Bangkok"),
            ("Somchai", "worksAt", "Baan Rim Nam"),
            ("Somchai", "bornIn", "Chiang Mai"),
            ("Milan", "countryOf", "Italy"),
            ("Bangkok", "countryOf", "Thailand"),
        ]
    )
    bot = ChatBot(kg, retriever=make_retriever(kg), backend=TemplateBackend())
    bot.chat("Who created Risotto?")
    bot.chat("Where does she work?")
    where = bot.chat("Where is that restaurant?")
    assert where.resolved_question == "Where is Trattoria Sole?"


def test_the_capital_names_a_relation_not_the_city_called_capital(kg):
    """Oslo's type words hold "capital" (Norway's relation points at it), but "the" must
    name a class: "What is the capital?" asks it of the country just answered."""
    _, capital = talk(kg, "What is the country of Oslo?", "What is the capital?")
    assert capital.resolved_question == "What is the capital of Norway?"
    assert capital.answer == "Oslo"


def test_a_question_naming_nothing_is_asked_of_the_entity_the_graph_answers(kg):
    """ "What is the distributor?" after "Who is the director of Glass Harbor?": the film
    has one, its director none (before: asked of the director, the last answer)."""
    _, dist = talk(kg, "Who is the director of Glass Harbor?", "What is the distributor?")
    assert dist.resolved_question == "What is the distributor of Glass Harbor?"
    assert dist.answer == "Northlight Pictures"


def test_who_else_leaves_out_the_ones_just_asked_about(kg):
    _, others = talk(kg, "Who is starring in Glass Harbor?", "Who else has award Silver Gull?")
    assert others.answers == ["Maren Holt"]  # not Iris Lamb, the list just named
