"""Chains of two hops: which hop is taken first, and what may say each hop."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever


def test_the_noun_of_a_possessive_is_the_noun_of_what_is_owned():
    """ "What is the occupation of Kaito Mori's wife?": "the occupation of" governs "Kaito
    Mori's wife", so the chain goes to the wife first (``spouse``, then ``profession``); it
    had been read as "the occupation of Kaito Mori" and answered his own profession."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Kaito_Mori", "profession", "novelist"),
            ("Lena_Mori", "profession", "translator"),
            ("Kaito_Mori", "spouse", "Lena_Mori"),
            ("Lena_Mori", "spouse", "Kaito_Mori"),
            ("Kaito_Mori", "nationality", "Japan"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("What is the occupation of Kaito Mori's wife?").answer == "translator"
    assert r.retrieve("What is the occupation of Kaito Mori?").answer == "novelist"
    assert r.retrieve("What is Kaito Mori's occupation?").answer == "novelist"


def test_a_role_the_answer_takes_off_the_path_says_no_hop():
    """ "Who is the spouse of the person who wrote Paper Cranes?": the author is someone's
    ``spouse`` by a fact off the path, and that role word had said "spouse" for the one-hop
    path to the author; only the role a path's own last hop gives may say a question word
    (every role still says the type a question names: "which *spouse*")."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Paper_Cranes", "author", "Kaito_Mori"),
            ("Kaito_Mori", "spouse", "Lena_Mori"),
            ("Lena_Mori", "spouse", "Kaito_Mori"),
            ("Kaito_Mori", "nationality", "Japan"),
            ("Lena_Mori", "nationality", "Japan"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    res = r.retrieve("Who is the spouse of the person who wrote Paper Cranes?")
    assert res.answer == "Lena Mori"
    assert r.retrieve("Who wrote Paper Cranes?").answer == "Kaito Mori"


def test_a_hop_through_an_unnamed_junction_is_one_relation(tmp_path):
    """A Freebase CVT (a film performance between film, actor and character) or a CIDOC-CRM
    event is an unnamed node between two named ones: the hop in and the hop out say one
    relation. "Who played Captain Aurel?" reached the actor through the performance, but
    paid a hop's price and its confidence was capped by the unnamed middle node, which no
    question names (0.16: abstained)."""
    r = make_retriever(_performances(tmp_path), index_dir=None, scorer=None)
    res = r.retrieve("Who played Captain Aurel?")
    assert res.answer == "Tomas Reyes" and not res.abstained


def test_a_schema_path_id_says_what_its_subject_is(tmp_path):
    """A Freebase dump names no types, but its relation ids do: ``film.film.starring`` is
    said of a film, ``people.person.parents`` of a person. "Which films did Sofia Lindqvist
    act in?" had ranked the films' directors above the films (no type word of theirs met
    "films"); "Who is Tomas Reyes's sister?" had answered his sister's country."""
    rows = [
        ("m.01", "film.film.starring", "m.0p1"),
        ("m.0p1", "film.performance.actor", "m.04"),
        ("m.01", "film.film.directed_by", "m.05"),
        ("m.01", "film.film.genre", "m.07"),
        ("m.02", "people.person.sibling_s", "m.03"),
        ("m.03", "people.person.sibling_s", "m.02"),
        ("m.03", "people.person.nationality", "m.06"),
        ("m.04", "people.person.nationality", "m.06"),
    ]
    names = {
        "m.01": "The Glass Harbor",
        "m.02": "Tomas Reyes",
        "m.03": "Marta Reyes",
        "m.04": "Sofia Lindqvist",
        "m.05": "Clara Voss",
        "m.06": "Spain",
        "m.07": "Drama",
    }
    tsv, named = tmp_path / "fb.tsv", tmp_path / "names.tsv"
    tsv.write_text("".join("\t".join(r) + "\n" for r in rows))
    named.write_text("".join(f"{k}\t{v}\n" for k, v in names.items()))
    r = make_retriever(KnowledgeGraph.load(tsv, named), index_dir=None, scorer=None)
    assert r.retrieve("Which films did Sofia Lindqvist act in?").answer == "The Glass Harbor"
    assert r.retrieve("Who is Tomas Reyes's sister?").answer == "Marta Reyes"


def test_a_tie_is_broken_by_the_answers_own_facts():
    """ "Who is the father of Sofia Lindqvist?" reaches both parents over ``parents``, tied;
    the father's own ``gender`` fact (male) says "father" in the encoder, the mother's does
    not. Only a tie is reordered: "Who is the mother ...?" gets the other."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Sofia_Lindqvist", "parents", "Clara_Voss"),
            ("Sofia_Lindqvist", "parents", "Henrik_Lindqvist"),
            ("Clara_Voss", "gender", "female"),
            ("Henrik_Lindqvist", "gender", "male"),
            ("Sofia_Lindqvist", "gender", "female"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("Who is the father of Sofia Lindqvist?").answer == "Henrik Lindqvist"
    assert r.retrieve("Who is the mother of Sofia Lindqvist?").answer == "Clara Voss"


def test_training_scores_a_junction_path_as_serving_does(tmp_path):
    """The feature head's training data reads the untrained scorer's components of the
    walk's queries: a path through an unnamed junction is free of the hop price at serving,
    and must be so at training (the components, the length among them, alike)."""
    from kgchat.retrieval.scoring import HeuristicPathScorer
    from kgchat.tuning.data import QAExample
    from kgchat.tuning.feature import walk_items

    r = make_retriever(_performances(tmp_path), index_dir=None, scorer=None)
    question = "Who played Captain Aurel?"
    mention = next(m for m in r.retrieve(question).mentions if m.node == "m.03")
    info = r.read(question, [mention])[0]
    ex = QAExample(question=question, answers=("Tomas Reyes",), topic="m.03")
    items = walk_items(r, ex, "m.03", info, r.scorer, 3)
    through = [it.path for (p, _), it in items.items() if len(p) == 2 and it.gold]
    assert through and all(q.free_hops == 1 for q in through)
    assert isinstance(r.scorer, HeuristicPathScorer)


def test_a_value_named_as_the_type_says_the_answer_by_one_hop():
    """ "Which physicists were born in Germany?" (no classes; ``physicist`` a profession
    value) answered Leipzig at 0.75: a city that a physicist's walk (profession, then place
    of birth) and Germany's meet. A value the question names as its type says what the
    answer *is*, by one hop, not a node a longer walk passes."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Jonas_Weber", "profession", "physicist"),
            ("Jonas_Weber", "place_of_birth", "Leipzig"),
            ("Clara_Voss", "profession", "composer"),
            ("Clara_Voss", "place_of_birth", "Leipzig"),
            ("Ada_Blake", "profession", "physicist"),
            ("Ada_Blake", "place_of_birth", "Toronto"),
            ("Leipzig", "contained_by", "Germany"),
            ("Toronto", "contained_by", "Canada"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("Which physicists were born in Germany?").answer == "Jonas Weber"


def _performances(tmp_path):
    """A Freebase dump's films: performances as unnamed CVT nodes between film, actor and
    character, ``m.`` ids named by a names file."""
    names = {"m.01": "The Glass Harbor", "m.02": "Tomas Reyes", "m.03": "Captain Aurel"}
    names |= {"m.04": "Sofia Lindqvist", "m.05": "Mira Holt", "m.06": "Spain"}
    rows = [
        ("m.01", "film.film.starring", "m.0p1"),
        ("m.0p1", "film.performance.actor", "m.02"),
        ("m.0p1", "film.performance.character", "m.03"),
        ("m.01", "film.film.starring", "m.0p2"),
        ("m.0p2", "film.performance.actor", "m.04"),
        ("m.0p2", "film.performance.character", "m.05"),
        ("m.02", "people.person.nationality", "m.06"),
    ]
    tsv, named = tmp_path / "films.tsv", tmp_path / "names.tsv"
    tsv.write_text("".join("\t".join(r) + "\n" for r in rows))
    named.write_text("".join(f"{k}\t{v}\n" for k, v in names.items()))
    return KnowledgeGraph.load(tsv, named)


def test_a_noun_said_of_the_entity_names_a_hop_a_one_hop_path_skips():
    """ "Who founded the parent company of Beta Sensors?": "the parent company of X" names
    the node one hop from X, and "founded" the hop after it. The one-hop path to Beta
    Sensors' own founder says "founded" fully and nothing of the parent company; it had won
    on its full support over the two-hop path, whose first hop is said only weakly. Asked
    without the noun, or with the noun as the relation asked ("the founder of"), one hop
    still answers."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Beta_Sensors", "subsidiary_of", "Acme_Robotics"),
            ("Beta_Sensors", "founded_by", "Lina_Berg"),
            ("Acme_Robotics", "founded_by", "Mira_Chen"),
            ("Acme_Robotics", "headquarters", "Delft"),
            ("Beta_Sensors", "headquarters", "Oslo"),
            ("Lina_Berg", "born_in", "Oslo"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("Who founded the parent company of Beta Sensors?").answer == "Mira Chen"
    where = "Where is the headquarters of the parent company of Beta Sensors?"
    assert r.retrieve(where).answer == "Delft"
    assert r.retrieve("Who founded Beta Sensors?").answer == "Lina Berg"
    assert r.retrieve("Who is the founder of Beta Sensors?").answer == "Lina Berg"
    assert r.retrieve("Where was the founder of Beta Sensors born?").answer == "Oslo"


def test_a_noun_tied_to_the_entity_by_a_verb_names_a_hop(tmp_path):
    """ "Who directed the film that followed Glass Harbor?": the verb right before the
    entity ties "the film" to it, so the film is a node one hop from Glass Harbor and
    "directed" a hop after it; Glass Harbor's own director had been the answer. An
    apposition ("the film Glass Harbor") names the entity itself: one hop."""
    ttl = tmp_path / "films.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/f#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':Film rdfs:label "Film" . :Person rdfs:label "Person" .\n'
        ':gh a :Film ; rdfs:label "Glass Harbor" ; :director :mh ; :starring :tv .\n'
        ':gh2 a :Film ; rdfs:label "Glass Harbor II" ; :previousWork :gh ; :director :tv .\n'
        ':mh a :Person ; rdfs:label "Maren Holt" .\n'
        ':tv a :Person ; rdfs:label "Theo Vance" .\n'
    )
    r = make_retriever(KnowledgeGraph.load(ttl), index_dir=None, scorer=None)
    res = r.retrieve("Who directed the film that followed Glass Harbor?")
    assert res.answer == "Theo Vance"
    assert r.retrieve("Who directed the film Glass Harbor?").answer == "Maren Holt"
    assert r.retrieve("Which film followed Glass Harbor?").answer == "Glass Harbor II"


def test_a_relation_walked_back_against_the_word_order_is_not_said_twice(tmp_path):
    """ "Which person does Jonas Albrecht report to?": ``reportsTo`` reaches a post, and the
    walk out and back over it (to Anja Weber, who reports to the same post) had been
    supported as fully as the relation said once, at 1.0; the question says its verb one
    way, so the walk back is a hop nothing says, and the post's holder ranks first. Asked of
    the same post ("Who reports to the same post as X?"), the walk back agrees and stays."""
    ttl = tmp_path / "org.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/o#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':Person rdfs:label "Person" . :Post rdfs:label "Post" .\n'
        ':ceo a :Post ; rdfs:label "Chief Executive Officer" ; :heldBy :halvorsen .\n'
        ':albrecht a :Person ; rdfs:label "Jonas Albrecht" ; :reportsTo :ceo .\n'
        ':weber a :Person ; rdfs:label "Anja Weber" ; :reportsTo :ceo .\n'
        ':halvorsen a :Person ; rdfs:label "Ingrid Halvorsen" .\n'
    )
    r = make_retriever(KnowledgeGraph.load(ttl), index_dir=None, scorer=None)
    res = r.retrieve("Which person does Jonas Albrecht report to?")
    assert res.candidates[0].label == "Ingrid Halvorsen"
    res = r.retrieve("Who reports to the same post as Jonas Albrecht?")
    assert res.answer == "Anja Weber"


def test_the_entitys_own_kind_before_its_of_is_no_hop(tmp_path):
    """ "Who holds the post of Chief Financial Officer?" of a Post: "the post of" says what
    the entity is, not a relation of it. Read as a word to say, ``postIn`` said "post", and
    a walk out to the company and back to the other post, then its holder, answered the
    CEO at 0.89. A relation's noun phrase keeps its words ("the *parent company* of X")."""
    ttl = tmp_path / "org.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/o#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':Person rdfs:label "Person" . :Post rdfs:label "Post" . :Company rdfs:label "Company" .\n'
        ':nw a :Company ; rdfs:label "Nordwind Energy" .\n'
        ':ceo a :Post ; rdfs:label "Chief Executive Officer" ; :postIn :nw ;\n'
        "    :heldBy :halvorsen .\n"
        ':cfo a :Post ; rdfs:label "Chief Financial Officer" ; :postIn :nw ;\n'
        "    :heldBy :lindqvist ; :reportsTo :ceo .\n"
        ':halvorsen a :Person ; rdfs:label "Ingrid Halvorsen" .\n'
        ':lindqvist a :Person ; rdfs:label "Sofia Lindqvist" .\n'
    )
    r = make_retriever(KnowledgeGraph.load(ttl), index_dir=None, scorer=None)
    res = r.retrieve("Who holds the post of Chief Financial Officer?")
    assert res.answer == "Sofia Lindqvist"
    assert r.retrieve("Who holds Chief Financial Officer?").answer == "Sofia Lindqvist"


def test_a_noun_of_the_entity_with_a_word_left_unsaid_names_a_node_on_the_way():
    """ "Which films did the *director* of X also *make*?": the one hop to X's director says
    the noun, but "make" is said neither by it nor by the director's type, so the noun names
    a node the walk passes, and the director's films are the answer (the director was). A
    question that says nothing besides the noun still answers with the one hop."""
    from kgchat.retrieval import Retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Harbor_of_Trieste", "directed_by", "Xenia_Aubert"),
            ("Ballad_of_Bari", "directed_by", "Xenia_Aubert"),
            ("Iron_Orchard", "directed_by", "Xenia_Aubert"),
            ("Harbor_of_Trieste", "starred_actors", "Flora_Wendt"),
            ("Iron_Orchard", "starred_actors", "Flora_Wendt"),
            ("Harbor_of_Trieste", "written_by", "Ivo_Brandt"),
        ]
    )
    r = Retriever(kg)
    res = r.retrieve("Which films did the director of Harbor of Trieste also make?")
    assert res.answer in ("Ballad of Bari", "Iron Orchard")
    assert r.retrieve("Who is the director of Harbor of Trieste?").answer == "Xenia Aubert"


def test_an_ambiguous_name_is_one_span_of_the_question(tmp_path):
    """A name two nodes share (a thing and its page) is one span of the question's words:
    counted twice, "the man who first ascended X" was no phrase of *one* entity, and the
    one-hop ``first ascent year`` answered "When was the man who first ascended X born?"."""
    path = tmp_path / "alps.ttl"
    path.write_text(
        "@prefix : <http://ex.org/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        ':Piz_Bernina rdfs:label "Piz Bernina" ; :firstAscentPerson :Johann_Coaz ;\n'
        '  :firstAscentYear "1850"^^xsd:gYear ;'
        " foaf:isPrimaryTopicOf <http://wiki.org/Piz_Bernina> .\n"
        '<http://wiki.org/Piz_Bernina> rdfs:label "Piz Bernina" .\n'
        ':Johann_Coaz rdfs:label "Johann Coaz" ; :birthDate "1822-05-31"^^xsd:date ;\n'
        '  :deathDate "1918-08-18"^^xsd:date .\n',
        encoding="utf-8",
    )
    from kgchat.retrieval import Retriever

    r = Retriever(KnowledgeGraph.load(path))
    q = "When was the man who first ascended Piz Bernina born?"
    assert r.read(q, r.linker.link(q))[0].spans == [(7, 9)]
    assert r.retrieve(q).answer == "1822-05-31"
