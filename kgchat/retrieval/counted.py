"""Whether a "how many" of things is answered by a figure that counts none (issue 11).

"How many *cannons* did the French have at Borodino?" asks a count: a whole number of
things. Where the graph holds no count of them, the best walk reaches a figure of another
relation ("35.8187", a coordinate), which no count is. A count is an integer, whatever the
datatype writes ("40513.0" counts people); a figure with a fractional part counts nothing.

What is counted is read from WordNet, not from a word list: the noun after "how many", where
it is mostly a noun whose commonest meaning WordNet files with things, people, groups,
events (not with measures: "How many *grams* of carbohydrate ..." asks a quantity, which
28.2 is; nor with times, "how many *years*", nor with relations, "how many *percent*").
A word WordNet does not know ("MW") asks nothing this can read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kgchat.graph.literal_terms import parse_literal
from kgchat.retrieval.values import literal_kind
from kgchat.text import DETERMINERS, STOPWORDS, counted_at

__all__ = [
    "MEASURE_FILES",
    "NOUN_SHARE",
    "asks_count_of_things",
    "counted_noun",
    "counted_noun_at",
    "counts_nothing",
    "headed_tokens",
    "uncounted",
]

# WordNet's lexicographer files of nouns that measure rather than count: noun.quantity (23:
# "gram", "metre", "million"), noun.relation (24: "percent"), noun.time (28: "year")
MEASURE_FILES = frozenset({23, 24, 28})
# the share of its uses in which a word must be a noun to be read as one where grammar does
# not say it is (fix52c: a "long" in "how many long guns" is none)
NOUN_SHARE = 0.5


def asks_count_of_things(tokens: Sequence[str]) -> bool:
    """Whether the question (its lower-case ``tokens``) asks "how many" of a noun WordNet
    files with things (module docstring); False without WordNet.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or (asks_count_of_things("how many cannons did they have".split()),
    ...     asks_count_of_things("how many grams of fat".split()),
    ...     asks_count_of_things("how many claims were rated".split())) == (True, False, True)
    True
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None:
        return False
    at = counted_at(tokens, ("many",))  # ("how much" measures an amount, counts nothing)
    if not at:
        return False
    # a word WordNet reads as a noun's plural ("claims", "breaches") is that noun after
    # "many", however often the form is a verb; another must be a noun in half of its uses
    # or more (a "long" in "how many long guns" is none)
    word = tokens[at[0]]
    plural = any(pos == "n" and lemma != word for lemma, pos in lexicon.base_forms(word))
    filed = lexicon.noun_file(word, 0.0 if plural else NOUN_SHARE)
    return filed is not None and filed not in MEASURE_FILES


def counts_nothing(term: str) -> bool:
    """Whether a literal ``term`` is a figure with a fractional part (no count).

    >>> counts_nothing('"35.8187"'), counts_nothing('"40513.0"'), counts_nothing('"12"')
    (True, False, False)
    >>> counts_nothing('"Mo-Su 08:30-16:30"')
    False
    """
    if "number" not in literal_kind(term):
        return False
    try:
        value = float(parse_literal(term)[0])
    except ValueError:
        return False  # a figure with a unit ("8.44 m") is read by the relation judge
    return value != int(value) if value == value and abs(value) != float("inf") else False


def uncounted(tokens: Sequence[str], term: str, literal: bool) -> bool:
    """Whether a count of things is asked (:func:`asks_count_of_things`) and the literal
    ``term`` counts nothing (:func:`counts_nothing`); False for an entity."""
    return literal and counts_nothing(term) and asks_count_of_things(tokens)


def headed_tokens(tokens: list[str], spans: Sequence[tuple[int, int]]) -> list[str]:
    """``tokens`` with the modifiers of the noun "how many" asks of left out, its head kept:
    those of a name ("how many *EV chargers*" asks of chargers: WordNet knows no "EV"), and
    nouns said in the singular before a plural one (:func:`_compound_head`: "how many *coin
    types*" asks of types); "how many of the / Ann's *claims*" asks of claims.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or headed_tokens("how many coin types were struck".split(), []) == [
    ...     "how", "many", "types", "were", "struck"]
    True
    """
    at = counted_noun_at(tokens)
    if 0 <= at < len(tokens) and tokens[at] == "of":  # "how many of (the / Ann's) claims"
        k = at + 1
        while k < len(tokens) and tokens[k] in DETERMINERS:
            k += 1
        k = next((b for a, b in spans if a == k), k)  # (the possessor's name)
        tokens = [*tokens[:at], *tokens[k:]]
    span = next(((a, b) for a, b in spans if a <= at < b - 1), None)
    if span is not None:
        tokens = [*tokens[:at], *tokens[span[1] - 1 :]]
    return tokens if at < 0 else [*tokens[:at], *tokens[_compound_head(tokens, at) :]]


def _compound_head(tokens: Sequence[str], at: int) -> int:
    """Where the head of the noun compound at ``at`` stands: English puts a compound's plural
    on its head, its modifiers in the singular ("*data breaches*", "*coin types*"), so a word
    WordNet knows as a noun of its own form (a noun in :data:`NOUN_SHARE` of its uses: "no"
    in "how many *no* votes" is a modifier of another kind, which a count of votes would
    drop) is passed where a plural noun follows it (``at`` itself without WordNet, or where
    no plural follows: "how many *groups* use")."""
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    k = at
    while lexicon is not None and k + 1 < len(tokens):
        word, after = tokens[k], tokens[k + 1]
        singular = _noun_forms(lexicon, word) == {word}
        if not singular or lexicon.pos_share(word, "n") < NOUN_SHARE or after in STOPWORDS:
            break  # ("how many rooms *does*": a plural, and "does" no doe)
        if not _noun_forms(lexicon, after) - {after}:
            break
        k += 1
    return k


def _noun_forms(lexicon: Any, word: str) -> set[str]:
    """The nouns WordNet reads ``word`` as a form of (itself where it is a noun's own form,
    another where it is a plural: "rooms" -> {"rooms", "room"})."""
    return {lemma for lemma, pos in lexicon.base_forms(word) if pos == "n"}


def counted_noun_at(tokens: list[str]) -> int:
    """Where the noun the first "how many" asks of stands in ``tokens`` (-1: nowhere)."""
    return next(iter(counted_at(tokens, ("many",))), -1)


def counted_noun(tokens: list[str]) -> list[str]:
    """The noun "how many" asks of, as the type a list question names (``["battles"]``)."""
    at = counted_noun_at(tokens)
    return tokens[at : at + 1] if at >= 0 else []
