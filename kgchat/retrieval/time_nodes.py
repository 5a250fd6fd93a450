"""Whether a question that asks a time is answered by a thing that is no time (issue 11).

"How old are the rocks that host Boulby Mine?" asks an age, a point of the past. Where the
graph does not date the mine's host rock, the best walk reaches the rock itself, a
``Formation`` (its role ``older`` in the graph's other facts meets "old" at 0.80): a thing
no time is, however its roles read. A time is a node the graph or WordNet calls one: one of
the answer's own kinds (its classes, :meth:`~kgchat.retrieval.reading.GraphReading.
kinds_of`, not its roles) whose commonest noun meaning WordNet files in noun.time (an
``Epoch``, an ``era``, a ``year``, an ``interval``), or a name that states a date or a year
("2012 Summer Olympics", :func:`~kgchat.retrieval.past_time.states_no_date`'s reading). A
thing with no kind says nothing either way, and is not read; nor is a value (a literal:
:mod:`~kgchat.retrieval.past_time`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kgchat.graph.dates import may_be_year
from kgchat.retrieval.past_time import FIGURES
from kgchat.retrieval.values import asks_time_only

__all__ = ["NOUN_TIME", "names_a_time_kind", "timeless_thing"]

NOUN_TIME = 28  # WordNet's lexicographer file of nouns denoting time periods (noun.time)


def names_a_time_kind(kinds: Sequence[str]) -> bool | None:
    """Whether one of ``kinds`` (words) names a time by its commonest noun meaning in
    WordNet (noun.time); None without WordNet.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or (names_a_time_kind(["geochronologic", "epoch"]),
    ...     names_a_time_kind(["geologic", "formation"])) == (True, False)
    True
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None:
        return None
    return any(lexicon.noun_file(word) == NOUN_TIME for word in kinds)


def timeless_thing(answer_type: Sequence[str], kinds: Sequence[str], label: str) -> bool:
    """Whether a question asking only a time (``answer_type``:
    :func:`~kgchat.retrieval.values.asks_time_only`) is answered by a thing (not a value)
    of ``kinds`` none of which is a time, whose name ``label`` states no year (module
    docstring).

    >>> from kgchat.wordnet import wordnet
    >>> old = ["age", "old", "year"]
    >>> wordnet() is None or (timeless_thing(old, ["formation", "unit"], "Boulby Halite"),
    ...     timeless_thing(old, ["epoch"], "Cisuralian"), timeless_thing(old, [], "X")) == (
    ...     True, False, False)
    True
    """
    if not kinds or not asks_time_only(list(answer_type)):
        return False
    if any(may_be_year(f) for f in FIGURES.findall(label)):
        return False
    return names_a_time_kind(kinds) is False
