"""A joint answer's mentions take the constraint bonus only by walks that meet a
constraint of their own (:mod:`kgchat.retrieval.joint_detours`): a walk of two hops or more
that says nothing the question asks is a detour, and its mention counts for nothing there. On
START the bonus was paid per mention whatever the walk: a stranger the three mentions of a
tiny theatre reach by walks that say nothing asked came before the director, and an article
about the paper a reporter works for before the one both reporters wrote (fix54d's open
cause; scaling each part by its walk's gap to its best, fix54d's first try, lost more).

A mention the question ties by grammar alone (the object of a preposition: "*at* Borodino")
says nothing a hop could meet, and its walk is judged by its link (fix55d's rule without that
lost such questions, right on START: the guard below)."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _theatre() -> KnowledgeGraph:
    """A production with its director and theatre; a translator of a 1998 book, born and
    dead in the city the theatre stands in (and the director was born in)."""
    rows = [
        ("Oslo", "label", '"Oslo"'),
        ("Oslo", TYPE, "City"),
        ("NT", "label", '"Nationaltheatret"'),
        ("NT", TYPE, "Theatre"),
        ("NT", "contained in place", "Oslo"),
        ("Hedda", "label", '"Hedda Gabler"'),
        ("Hedda", TYPE, "TheaterEvent"),
        ("Hedda", "director", "Halvard"),
        ("Hedda", "produced by", "NT"),
        ("Hedda", "actor", "Kiki"),
        ("Hamlet", "label", '"Hamlet (bokmål ved Gunnar Skjelbred)"'),
        ("Hamlet", TYPE, "Book"),
        ("Hamlet", "date created", '"1998"'),
        ("Hamlet", "translator", "Gunnar"),
    ]
    for p, name in {
        "Halvard": "Halvard Lunde",
        "Gunnar": "Gunnar Skjelbred",
        "Kiki": "Kiki Holm",
    }.items():
        rows += [(p, "label", f'"{name}"'), (p, TYPE, "Person"), (p, "birth place", "Oslo")]
    rows.append(("Gunnar", "death place", "Oslo"))
    return KnowledgeGraph.from_triples(rows)


def test_the_director_comes_before_a_stranger_every_mention_reaches() -> None:
    """The translator is reached from all three mentions (the year by his book, the play by
    its director's birthplace, the theatre by its city), the play's and the theatre's by walks
    of two hops or more that say nothing asked but "director"'s; he had taken two whole
    bonuses and come before the director, whom the play and the theatre reach by
    ``director``."""
    r = Retriever(_theatre())
    q = "Who directed the 1998 Hedda Gabler at the Nationaltheatret?"
    assert r.retrieve(q).candidates[0].label == "Halvard Lunde"


def _newsroom() -> KnowledgeGraph:
    """Two reporters of one paper; an article both wrote, one each wrote alone for the
    paper, and an article about the paper."""
    rows = [
        ("Gazette", "label", '"The Harbour Gazette"'),
        ("Gazette", TYPE, "NewsMediaOrganization"),
        ("Miriam", "label", '"Miriam Achebe-Holt"'),
        ("Daniel", "label", '"Daniel Okafor"'),
        ("Miriam", "works for", "Gazette"),
        ("Daniel", "works for", "Gazette"),
        ("Ferry", "label", '"What the ferry corridor means for Port Calder"'),
        ("Ferry", "author", "Miriam"),
        ("Ferry", "author", "Daniel"),
        ("Budget", "label", '"Fishgate budget under review"'),
        ("Budget", "author", "Miriam"),
        ("Budget", "publisher", "Gazette"),
        ("Quay", "label", '"Harbour Authority reports a busier quay"'),
        ("Quay", "author", "Daniel"),
        ("Quay", "publisher", "Gazette"),
        ("Offices", "label", '"Gazette moves to new Quayside offices"'),
        ("Offices", "about", "Gazette"),
    ]
    rows += [(p, TYPE, "Person") for p in ("Miriam", "Daniel")]
    rows += [(a, TYPE, "NewsArticle") for a in ("Ferry", "Budget", "Quay", "Offices")]
    return KnowledgeGraph.from_triples(rows)


def test_the_article_both_wrote_comes_before_one_about_their_paper() -> None:
    """Each reporter reaches the article about the paper by the paper (``works for`` and
    back over ``about``), a walk that says nothing asked: it meets no constraint, and the
    article both are authors of comes first."""
    r = Retriever(_newsroom())
    q = "Which articles did Miriam Achebe-Holt and Daniel Okafor write together?"
    assert r.retrieve(q).candidates[0].label == "What the ferry corridor means for Port Calder"


def _battles() -> KnowledgeGraph:
    """Two corps of one empire and their commanders; a battle at Borodino in which one of
    them took part (a link named by no word of the question)."""
    rows = [
        ("Empire", "label", '"French Empire"'),
        ("Empire", TYPE, "State"),
        ("Borodino", "label", '"Borodino"'),
        ("Borodino", TYPE, "Village"),
        ("Battle", "label", '"Battle of Borodino"'),
        ("Battle", TYPE, "Battle"),
        ("Battle", "has place", "Borodino"),
        ("Battle", "participant", "Davout"),
        ("Davout", "label", '"Louis-Nicolas Davout"'),
        ("Bernadotte", "label", '"Jean Bernadotte"'),
    ]
    for corps, chief in (("I", "Bernadotte"), ("III", "Davout")):
        rows += [
            (corps, "label", f'"{corps} Corps"'),
            (corps, TYPE, "MilitaryUnit"),
            (corps, "serves state", "Empire"),
            (corps, "commanded by", chief),
            (chief, TYPE, "Person"),
        ]
    return KnowledgeGraph.from_triples(rows)


def test_a_mention_after_a_preposition_is_judged_by_its_link() -> None:
    """Borodino reaches Davout by its battle's ``participant`` (two hops, no word of the
    question), the empire by ``commanded by``: "at" is all the question says of Borodino's
    hop, so that walk is no detour, and Davout, whom both reach, comes before the commander
    the empire alone reaches."""
    r = Retriever(_battles())
    top = r.retrieve("Who commanded the French at Borodino?").candidates[0]
    assert top.label == "Louis-Nicolas Davout"


def _family() -> KnowledgeGraph:
    """A couple, their daughter, and the wife's father."""
    rows = [
        ("John", "label", '"John Pryce"'),
        ("Hannah", "label", '"Hannah Pryce"'),
        ("Mary", "label", '"Mary Pryce"'),
        ("George", "label", '"George Whitfield"'),
        ("John", "parent of", "Mary"),
        ("Hannah", "parent of", "Mary"),
        ("George", "parent of", "Hannah"),
    ]
    rows += [(p, TYPE, "Person") for p in ("John", "Hannah", "Mary", "George")]
    return KnowledgeGraph.from_triples(rows)


def test_a_coordinated_mention_reached_through_the_other_meets_no_constraint() -> None:
    """John reaches his wife's father through their daughter and his wife (``parent of``
    three times), a walk that meets Hannah's constraint, not John's: the father takes one
    mention's bonus, and the daughter both reach by their own ``parent of`` comes first. On
    START the father took John's bonus too (1.0 against the daughter's 1.4; on the genealogy
    graph, whose labels score the long walk higher, he came first)."""
    r = Retriever(_family())
    found = r.retrieve("Which children did John Pryce and Hannah Pryce have?").candidates
    assert found[0].label == "Mary Pryce"
    father = next(c for c in found if c.label == "George Whitfield")
    assert father.score < found[0].score - 0.5
