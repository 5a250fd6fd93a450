"""The claim check reads what a sentence means beyond its relation words: an opposite (WordNet's
antonym, or a meaning the relation's causes) states the relation's converse, save one role's
other kind of person where the role is held by several ("mother" of ``father``), a noun of
another role is no paraphrase, a relation the graph states both ways has no wrong direction, a
preposition alone says a relation that means what it says ("in" a place or whole, "from" an
origin) of a part and its whole, and a sentence shaped as a question asks, "?" or not. Each a
crafted reply on a tiny graph with the bundled sentence encoder and WordNet, as the chatbot's
guard reads it."""

from __future__ import annotations

import pytest

from kgchat.chat.claims import check_claims
from kgchat.chat.paraphrase import RelationParaphrase
from kgchat.graph import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

OWL = "http://www.w3.org/2002/07/owl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Ada", "sold", "Farm"),
    ("Ada", "won", "Cup"),
    ("Ada", "taught", "Ben"),
    # the graph states spouse both ways for most pairs, and declares nothing of it
    ("Carl", "spouse", "Ada"),
    ("Ada", "spouse", "Carl"),
    ("Dan", "spouse", "Eve"),
    ("Eve", "spouse", "Dan"),
    ("Finn", "spouse", "Gina"),
    ("Ulm", "country", "Germany"),
    ("Bonn", "country", "Germany"),
    ("Ulm", "located_in", "Swabia"),
    ("Aalen", "located_in", "Swabia"),
    ("France", "capital", "Paris"),
    ("Ben", "lives_in", "Porto"),
    # a person's one birth place, which others share: the structure of a part in its whole
    ("Ben", "birth_place", "Ulm"),
    ("Cid", "birth_place", "Ulm"),
    ("Ben", "death_place", "Bonn"),
    ("Cid", "death_place", "Bonn"),
    ("Book", "author", "Max"),
    ("Pen", "author", "Max"),
    ("Gil", "parent", "Hal"),
]


@pytest.fixture(scope="module")
def world() -> tuple[KnowledgeGraph, RelationParaphrase]:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    return kg, RelationParaphrase.of(kg, make_retriever(kg))


def _verdict(world: tuple, text: str, subject: str, relation: str) -> tuple[bool, bool]:
    kg, paraphrase = world
    fact = next(f for f in kg.facts() if f.subject == subject and f.predicate.endswith(relation))
    (claim,) = check_claims(text, [fact], kg=kg, paraphrase=paraphrase)
    return all(claim.valid), claim.contradiction


needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet's database is absent")


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "subject", "relation"),
    [
        ("Ada bought Farm [1].", "Ada", "sold"),  # "buy" is 0.63 from "sell" by the encoder
        ("Farm was bought by Ada [1].", "Ada", "sold"),
        ("Ada lost Cup [1].", "Ada", "won"),
    ],
)
def test_an_opposite_relation_is_a_contradiction(
    world: tuple, text: str, subject: str, relation: str
) -> None:
    assert _verdict(world, text, subject, relation) == (False, True)


@needs_wordnet
def test_an_opposite_said_the_other_way_round_states_the_fact() -> None:
    kg = KnowledgeGraph.from_triples([("Ada", "husband", "Carl"), ("Ben", "taught", "Cid")])
    world = (kg, RelationParaphrase.of(kg, make_retriever(kg)))
    # "wife" is WordNet's opposite of "husband": Carl's wife is Ada, as Ada's husband is Carl
    assert _verdict(world, "Ada is the wife of Carl [1].", "Ada", "husband") == (True, False)
    assert _verdict(world, "Carl is the wife of Ada [1].", "Ada", "husband") == (False, True)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Ada married Carl [1].", "Carl"),  # the cited fact is "Carl spouse Ada"
        ("Carl married Ada [1].", "Carl"),
        ("Gina married Finn [1].", "Finn"),  # stated one way only, of a symmetric relation
    ],
)
def test_a_relation_the_graph_states_both_ways_has_no_direction(
    world: tuple, text: str, subject: str
) -> None:
    assert _verdict(world, text, subject, "spouse") == (True, False)


def test_a_relation_stated_one_way_keeps_its_direction(world: tuple) -> None:
    assert _verdict(world, "Ben educated Ada [1].", "Ada", "taught") == (False, True)


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "subject", "relation", "valid"),
    [
        ("Ulm is in Germany [1].", "Ulm", "country", True),
        ("Ulm, in Germany [1].", "Ulm", "country", True),
        ("Ulm is in Swabia [1].", "Ulm", "located_in", True),
        ("Ulm is at Swabia [1].", "Ulm", "located_in", True),  # "at" a place
        ("Germany is in Ulm [1].", "Ulm", "country", False),  # the whole is in no part
        ("France is in Paris [1].", "France", "capital", False),  # one to one: no whole
        ("Porto is in Ben [1].", "Ben", "lives_in", False),
        # the structure of a part in its whole, a relation that means no place of its subject
        ("Ben is in Ulm [1].", "Ben", "birth_place", False),  # the place of his birth
        ("Ben is at Ulm [1].", "Ben", "birth_place", False),
        ("Book is in Max [1].", "Book", "author", False),
        # "from" says an origin, which a birth place is, a death place or a country is not
        ("Ben is from Ulm [1].", "Ben", "birth_place", True),
        ("Ben is from Bonn [1].", "Ben", "death_place", False),
        ("Ulm is from Germany [1].", "Ulm", "country", False),
        # "of" alone says any relation, so none
        ("Ulm, of Germany [1].", "Ulm", "country", False),
    ],
)
def test_a_preposition_alone_says_a_relation_that_means_it(
    world: tuple, text: str, subject: str, relation: str, valid: bool
) -> None:
    assert _verdict(world, text, subject, relation) == (valid, False)


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "subject", "relation", "verdict"),
    [
        # teaching causes learning (WordNet's cause link): "learned" says "taught" turned round
        ("Ada learned from Ben [1].", "Ada", "taught", (False, True)),
        ("Ben learned from Ada [1].", "Ada", "taught", (True, False)),
        # "child" is WordNet's opposite of "parent" among its own meanings (its likeliest
        # three with the nouns it derives had hidden it): Gil's parent Hal has Gil for child
        ("Hal is the child of Gil [1].", "Gil", "parent", (False, True)),
        ("Gil is the child of Hal [1].", "Gil", "parent", (True, False)),
    ],
)
def test_an_opposite_wordnet_does_not_record_is_no_paraphrase(
    world: tuple, text: str, subject: str, relation: str, verdict: tuple[bool, bool]
) -> None:
    assert _verdict(world, text, subject, relation) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Does Ben live in Porto [1].",
        "Where does Ben live, Porto [1].",
        "Porto, where does Ben live [1].",
        "Who lives in Porto, Ben [1].",  # a wh-word and a verb before any subject
        "Who is living in Porto, Ben [1].",
    ],
)
def test_a_question_without_a_question_mark_states_nothing(world: tuple, text: str) -> None:
    assert _verdict(world, text, "Ben", "lives_in") == (False, False)


@needs_wordnet
@pytest.mark.parametrize(
    "text",
    ["Where Ben lives, Porto [1].", "Porto, which Ben lives in [1].", "Ben lives in Porto [1]."],
)
def test_a_wh_word_before_its_subject_states(world: tuple, text: str) -> None:
    assert _verdict(world, text, "Ben", "lives_in") == (True, False)


# the forty-fifth round's: each case failed on 3770ca2a
LEFT = [
    ("Isa", "father", "Luis"),
    ("Kim", "father", "Luis"),  # Luis fathers two: a mother of Isa is no one Luis is
    ("Nia", "son", "Oto"),
    ("Nia", "son", "Pim"),
    ("Book", "publisher", "Penguin"),
    ("Pen", "publisher", "Penguin"),
    ("Lamp", "manufacturer", "Acme"),
    ("Desk", "manufacturer", "Acme"),
    ("Ann", "team", "Reds"),
    ("Bob", "team", "Reds"),
    ("Dog", "parent_taxon", "Canis"),
    ("Wolf", "parent_taxon", "Canis"),
    ("Ulm", "located_in_the_administrative_territorial_entity", "Swabia"),
    ("Aalen", "located_in_the_administrative_territorial_entity", "Swabia"),
    ("Mon", "preceded", "Tue"),
]


@pytest.fixture(scope="module")
def left() -> tuple[KnowledgeGraph, RelationParaphrase]:
    kg = KnowledgeGraph.from_triples(LEFT)
    return kg, RelationParaphrase.of(kg, make_retriever(kg))


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "subject", "relation", "verdict"),
    [
        # one role's other kind of person ("mother", WordNet's opposite of "father") where
        # the role is held by several: neither the relation nor its converse
        ("Isa is the mother of Luis [1].", "Isa", "father", (False, False)),
        ("Luis is the mother of Isa [1].", "Isa", "father", (False, False)),
        ("Luis is the father of Isa [1].", "Isa", "father", (True, False)),
        ("Oto is the daughter of Nia [1].", "Nia", "son", (False, False)),
        ("Nia is the daughter of Oto [1].", "Nia", "son", (False, False)),
        # an organisation that did something to the part holds it in nothing
        ("Book is in Penguin [1].", "Book", "publisher", (False, False)),
        ("Lamp is in Acme [1].", "Lamp", "manufacturer", (False, False)),
        ("Ann is in Reds [1].", "Ann", "team", (True, False)),  # a group it is in
        # a role before a whole ("parent taxon"); the whole's kind after the label's "in"
        ("Dog is in Canis [1].", "Dog", "parent_taxon", (True, False)),
        ("Canis is in Dog [1].", "Dog", "parent_taxon", (False, False)),
        (
            "Ulm is in Swabia [1].",
            "Ulm",
            "located_in_the_administrative_territorial_entity",
            (True, False),
        ),
        # "follow" is WordNet's opposite of "precede" among the verbs' own meanings
        ("Tue followed Mon [1].", "Mon", "preceded", (True, False)),
        ("Mon followed Tue [1].", "Mon", "preceded", (False, True)),
        ("Tue was followed by Mon [1].", "Mon", "preceded", (False, True)),
        ("Mon was followed by Tue [1].", "Mon", "preceded", (True, False)),
    ],
)
def test_the_forty_fourth_rounds_leftovers(
    left: tuple, text: str, subject: str, relation: str, verdict: tuple[bool, bool]
) -> None:
    assert _verdict(left, text, subject, relation) == verdict


# the forty-sixth round's: each "fails on 49c8f98b" case did
KIN = [
    ("Jo", "aunt", "Kit"),
    ("Mo", "aunt", "Kit"),  # Kit is the aunt of two: an uncle of Jo is no one Kit is
    ("Ann", "union", "Teamsters"),
    ("Bob", "union", "Teamsters"),
    ("Cy", "association", "Guild"),
    ("Di", "association", "Guild"),
]


@pytest.fixture(scope="module")
def kin() -> tuple[KnowledgeGraph, RelationParaphrase]:
    kg = KnowledgeGraph.from_triples(KIN)
    return kg, RelationParaphrase.of(kg, make_retriever(kg))


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "subject", "relation", "verdict"),
    [
        # "aunt" and "uncle" are one role's two kinds of person (kinswoman and kinsman, two
        # kinds of relative): not each other's converse where the role is held by several
        ("Jo is the uncle of Kit [1].", "Jo", "aunt", (False, False)),  # fails on 49c8f98b
        ("Kit is the uncle of Jo [1].", "Jo", "aunt", (False, False)),  # fails on 49c8f98b
        ("Kit is the aunt of Jo [1].", "Jo", "aunt", (True, False)),
        # an organisation named for what its members do (a union, an association: also the
        # act of uniting, of associating) holds its members: "in" says it
        ("Ann is in Teamsters [1].", "Ann", "union", (True, False)),  # fails on 49c8f98b
        ("Cy is in Guild [1].", "Cy", "association", (True, False)),  # fails on 49c8f98b
        ("Teamsters is in Ann [1].", "Ann", "union", (False, False)),
    ],
)
def test_the_forty_fifth_rounds_leftovers(
    kin: tuple, text: str, subject: str, relation: str, verdict: tuple[bool, bool]
) -> None:
    assert _verdict(kin, text, subject, relation) == verdict


# the forty-seventh round's: a graph of one fact a relation, with no structure to read
ONE = [("Isa", "father", "Luis"), ("Nia", "son", "Oto"), ("Ada", "husband", "Carl")]


@pytest.fixture(scope="module")
def one() -> tuple[KnowledgeGraph, RelationParaphrase]:
    kg = KnowledgeGraph.from_triples(ONE)
    return kg, RelationParaphrase.of(kg, make_retriever(kg))


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "subject", "relation", "verdict"),
    [
        # a father and a mother are each a parent, which WordNet opposes to a child: "mother"
        # holds the same end as "father", another relation, not its converse
        ("Isa's mother is Luis [1].", "Isa", "father", (False, False)),  # fails on 40393658
        ("Luis is the mother of Isa [1].", "Isa", "father", (False, False)),  # fails on 40393658
        ("Luis's mother is Isa [1].", "Isa", "father", (False, False)),  # fails on 40393658
        ("Luis is the father of Isa [1].", "Isa", "father", (True, False)),
        ("Isa is the father of Luis [1].", "Isa", "father", (False, True)),
        ("Oto is the daughter of Nia [1].", "Nia", "son", (False, False)),  # fails on 40393658
        # a daughter is a child, a father a parent, its opposite: the converse, either way
        ("Luis's daughter is Isa [1].", "Isa", "father", (True, False)),  # fails on 40393658
        ("Isa is the daughter of Luis [1].", "Isa", "father", (True, False)),  # fails on 40393658
        ("Isa's daughter is Luis [1].", "Isa", "father", (False, True)),  # fails on 40393658
        ("Nia is the mother of Oto [1].", "Nia", "son", (True, False)),  # fails on 40393658
        # a husband and a wife are each a spouse, which nothing opposes: the converse
        ("Ada is the wife of Carl [1].", "Ada", "husband", (True, False)),
        ("Carl is the wife of Ada [1].", "Ada", "husband", (False, True)),
    ],
)
def test_the_forty_sixth_rounds_leftovers(
    one: tuple, text: str, subject: str, relation: str, verdict: tuple[bool, bool]
) -> None:
    assert _verdict(one, text, subject, relation) == verdict


# ends with classes: a person, a country, a club, a company
TYPED = [
    ("Ada", "citizenship", "Norway"),
    ("Ada", "nationality", "Norway"),
    ("Club", "membership", "Ada"),
    ("Ben", "membership", "Club"),
    ("Ada", "employer", "Acme"),
    ("Norway", "capital", "Oslo"),
    *((n, RDF_TYPE, "Person") for n in ("Ada", "Ben")),
    ("Norway", RDF_TYPE, "Country"),
    ("Oslo", RDF_TYPE, "City"),
    ("Club", RDF_TYPE, "Organization"),
    ("Acme", RDF_TYPE, "Company"),
]


@pytest.fixture(scope="module")
def typed() -> tuple[KnowledgeGraph, RelationParaphrase]:
    kg = KnowledgeGraph.from_triples(TYPED)
    return kg, RelationParaphrase.of(kg, make_retriever(kg))


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "subject", "relation", "verdict"),
    [
        # a derived noun names the end it is a kind of: a citizen, a national, a member is a
        # person, whichever end the data states it from
        (
            "Ada is a citizen of Norway [1].",
            "Ada",
            "citizenship",
            (True, False),
        ),  # fails on 2a7a8a74
        (
            "Norway is a citizen of Ada [1].",
            "Ada",
            "citizenship",
            (False, True),
        ),  # fails on 2a7a8a74
        ("Norway's citizen is Ada [1].", "Ada", "citizenship", (True, False)),  # fails on 2a7a8a74
        (
            "Ada is a national of Norway [1].",
            "Ada",
            "nationality",
            (True, False),
        ),  # fails on 2a7a8a74
        ("Ada is a member of Club [1].", "Club", "membership", (True, False)),
        ("Club is a member of Ada [1].", "Club", "membership", (False, True)),
        ("Ben is a member of Club [1].", "Ben", "membership", (True, False)),  # fails on 2a7a8a74
        ("Club is a member of Ben [1].", "Ben", "membership", (False, True)),  # fails on 2a7a8a74
        # the relation's own noun names its value, whatever WordNet files it under (an
        # employer is a person there)
        ("Acme is the employer of Ada [1].", "Ada", "employer", (True, False)),
        ("Ada is the employer of Acme [1].", "Ada", "employer", (False, True)),
        ("Oslo is the capital of Norway [1].", "Norway", "capital", (True, False)),
        ("Norway is the capital of Oslo [1].", "Norway", "capital", (False, True)),
    ],
)
def test_a_derived_noun_names_the_end_of_its_kind(
    typed: tuple, text: str, subject: str, relation: str, verdict: tuple[bool, bool]
) -> None:
    assert _verdict(typed, text, subject, relation) == verdict
