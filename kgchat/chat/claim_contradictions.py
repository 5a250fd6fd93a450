"""The contradictions a claim of a reply states against the facts it cites: a fact said the
wrong way round for the relation words between its ends ("Ben taught Ada" of "Ada — taught →
Ben"; "by" and "of" after a lone relation word turn it round), its opposite said of a
symmetric relation, or a fact negated ("not", "never", "n't" before one of its ends or
relation words). :func:`kgchat.chat.claims.check_claims` reads them.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat.claims import check_claims
>>> kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben")])
>>> [c.problems for c in check_claims("Ben taught Ada [1]. Ada never taught Ben [1].",
...                                   [kg.fact(0)])]
[('[1] is stated the wrong way round',), ('[1] is negated',)]
"""

from __future__ import annotations

from itertools import pairwise

from kgchat.chat.claim_facts import ReadFact
from kgchat.chat.claim_text import Clause, Key
from kgchat.chat.evidence import unnamed
from kgchat.function_words import ARTICLES, NEGATIONS, PLACING_PREPOSITIONS
from kgchat.text import STOPWORDS, stem

__all__ = ["MARKERS", "Paraphrased", "contradictions", "negation"]

# positions meaning a relation, its inverse, and of these those that mean its opposite
Paraphrased = tuple[set[int], set[int], set[int]]

# After a lone relation word they turn its direction round: "B was taught BY A", "X is the
# capital OF Y"; not after a phrase of several ("A plays for the country OF B"); a relation
# whose own phrase ends in one keeps its direction where the sentence says that marker after
# the phrase's last word ("A is sub event OF B").
MARKERS = frozenset(["by", "of"])


def negation(words: list[str], i: int) -> bool:
    """Whether word ``i`` negates: English negation (:data:`~kgchat.function_words.NEGATIONS`),
    or the "t" that normalising leaves of "n't" ("isn't" -> "isn t")."""
    return words[i] in NEGATIONS or (words[i] == "t" and i > 0 and words[i - 1].endswith("n"))


def _direction(
    f: ReadFact,
    first: Key,
    second: Key,
    gap: list[str],
    para: tuple[set[int], set[int]] = (set(), set()),
) -> bool | None:
    """Whether ``first <gap> second`` states ``f`` the right way round (None: the gap states
    no relation of ``f``, or its phrase and its inverse's alike, as a symmetric one); ``para``:
    the gap's positions of words that mean the relation's phrase and its inverse's (a word
    opposing the relation means its inverse, declared or not: "bought" of ``sold``)."""
    gap_stems = [stem(w) for w in gap]

    def hits(phrase: list[str], meant: set[int]) -> list[int]:
        want = {stem(w) for w in phrase if w not in STOPWORDS} | f.joined(phrase)
        return [i for i, s in enumerate(gap_stems) if s in want or i in meant]

    own, inv = hits(f.own, para[0]), hits(f.inverse, para[1])
    if len(own) == len(inv):
        return None
    inverse = len(inv) > len(own)
    found = inv if inverse else own
    phrase = f.inverse if inverse else f.own
    if phrase and phrase[-1] in MARKERS:
        # "is sub event of", "capital of": said in full, its marker after its last word, it
        # keeps the fact's direction; without the marker ("Italy's capital Rome") it turns
        turned = not any(w in MARKERS for w in gap[found[-1] + 1 :])
    else:
        # a lone relation word, or a noun phrase after an article ("the official name of"),
        # names what the second is of; not where a preposition places the first in it ("in
        # the constellation of": the first's own), nor after a verb ("plays for the country of")
        j = found[0]
        lone = len({gap_stems[i] for i in found}) == 1
        noun = j > 0 and gap[j - 1] in ARTICLES
        placed = noun and j > 1 and gap[j - 2] in PLACING_PREPOSITIONS
        after = gap[(j if lone else found[-1]) + 1 :]  # a phrase's own "of" is no marker
        turned = (lone or noun) and not placed and any(w in MARKERS for w in after)
        # a lone derived noun names the end it is a kind of ("a citizen of": a person), first
        # where a marker follows it; the relation's own noun names its value (the object)
        if lone and not placed and (named := f.named_by(gap[j], phrase)) is not None:
            turned ^= named ^ inverse
    expected = (f.object, f.subject) if inverse ^ turned else (f.subject, f.object)
    return (first, second) == expected


def contradictions(c: Clause, cited: list[ReadFact], para: dict[int, Paraphrased]) -> list[str]:
    """The cited facts the claim states the wrong way round, or negates."""
    out = []
    # a negation inside a name negates nothing: "Twitter mentions do not predict citations"
    # (a title), "Noite de Fado no Castelo", the substation "NOR 400"
    negations = [i for i in c.outside() if negation(c.words, i)]
    for f in cited:
        for (_, b, k1), (a, _, k2) in pairwise(c.spans):
            if not {k1, k2} <= f.ends or (k1 == k2 and _one_end(f)):
                continue
            meant = tuple({i - b for i in ps if b <= i < a} for ps in para[f.n])
            if _direction(f, k1, k2, c.words[b:a], (meant[0], meant[1])) is False:
                out.append(f"[{f.n}] is stated the wrong way round")
        if para[f.n][2] and f.own == f.inverse:
            # a symmetric relation's opposite has no way round that states it
            out.append(f"[{f.n}] is stated as its opposite")
        if negations and not any(negation(f.own, i) for i in range(len(f.own))):
            after = negations[0]
            named = any(a > after and k in f.ends for a, _, k in c.spans)
            if named or set(c.stems[after + 1 :]) & f.stems():
                out.append(f"[{f.n}] is negated")
    return out


def _one_end(f: ReadFact) -> bool:
    """Whether a name said twice around the fact's relation words can state it: its other end
    is an unnamed node, which no sentence names ("X has validation identifier, identifies X"
    of a record that identifies X), or the same as the first; "Ben was taught by Ben" of "Ada
    taught Ben" names Ben where Ada should be."""
    f_ = f.fact
    return f.subject == f.object or unnamed(f_.subject_label) or unnamed(f_.object_label)
