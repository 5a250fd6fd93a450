"""Initials are no repetition (thirty-seventh round).

LEI data names a Japanese company's legal form "K.K." (kabushiki kaisha), and the reply
"株式会社桜川物流 has legal form K.K. [1]", the cited fact said word for word, failed the claim
check as repeating itself: "K.K." reads as the words "k k". A run of single letters is initials;
a word or a name said twice in a row still repeats.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.chat.claims import check_claims


def _given():
    kg = KnowledgeGraph.from_triples(
        [("Sakura Logistics", "has_legal_form", "K.K."), ("Sakura Logistics", "based_in", "Osaka")]
    )
    return kg, list(kg.facts())


def test_initials_are_no_repetition():
    kg, given = _given()
    n = 1 + [f.predicate_label for f in given].index("has legal form")
    claims = check_claims(f"Sakura Logistics has legal form K.K. [{n}]", given, kg=kg)
    assert all(all(c.valid) and not c.problems for c in claims), claims


def test_a_word_said_twice_still_repeats():
    kg, given = _given()
    n = 1 + [f.predicate_label for f in given].index("based in")
    claims = check_claims(f"Sakura Logistics is based in Osaka Osaka [{n}]", given, kg=kg)
    assert any("repeats itself" in c.problems for c in claims), claims
