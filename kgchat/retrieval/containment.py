"""Containment: "What genus is X *in*?", "Which family does X *belong to*?", "Which
generators *belong to* X?" ask for the whole X is a part of, or for X's parts, in the
graph's own words for it, whatever they are (``parentNameUsageID``, ``skos:broader``, CIM's
``Equipment.EquipmentContainer``). English says containment with a few function words (a
stranded or fronted "in", "belong to", "part of", "member of": :data:`~kgchat.function_words.
CONTAINMENT_PREPOSITIONS`, :data:`~kgchat.function_words.CONTAINMENT_PHRASES`); a graph says
it by structure: a hop from a part to the one thing it is in (the part has one value of the
relation, and no literal), and containment is transitive, so a chain of such
hops says "in" as well as one (a load in a voltage level in a substation in a region).

:func:`containment_asked` reads the question's grammar (which way the whole is asked:
:mod:`~kgchat.retrieval.containment_question`),
:func:`part_of_chain` the walk's structure; the retriever's confidence takes a walk that is
such a chain, to an answer of the type the question names, as saying the question
(:meth:`~kgchat.retrieval.confidence.AnswerConfidence._judged_top`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kgchat.function_words import PREPOSITION_SENSES
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.containment_question import containment_asked, cue_stems
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path
from kgchat.text import STOPWORDS, skip_words, stem, tokens
from kgchat.wordnet import wordnet

__all__ = [
    "contained",
    "containment_asked",
    "containment_confidence",
    "cue_stems",
    "part_of_chain",
    "placed_chain",
    "says_preposition",
    "the_way_asked",
]

_PLACE = ("location",)  # what a place is, by WordNet: the kind of a thing placed in it


def _functional(kg: Any, node: str, rel: str, forward: bool) -> bool:
    """Whether ``node`` has exactly one value of ``rel`` walked ``forward``."""
    n = 0
    for e in kg.neighbors(node, direction="out" if forward else "in", limit=512):
        if e.predicate == rel and e.forward == forward:
            n += 1
            if n > 1:
                return False
    return n == 1


def contained(kg: Any, part: str, whole: str, rel: str, forward: bool) -> bool:
    """Whether one hop over ``rel`` (walked ``forward`` from ``part``) puts ``part`` in
    ``whole`` as a part in the one thing it is in (:func:`part_of_chain`'s hop, ``'up'``), and
    ``whole`` holds other parts by it: a relation of many parts to one whole ("Ulm — country →
    Germany"), not one of one thing to one ("France — capital → Paris": France is in no
    Paris). What a reply's "X is in Y" states (:mod:`kgchat.chat.claim_facts`).

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Ulm", "country", "Germany"),
    ...     ("Bonn", "country", "Germany"), ("France", "capital", "Paris")])
    >>> contained(kg, "Ulm", "Germany", "country", True)
    True
    >>> contained(kg, "Germany", "Ulm", "country", False)
    False
    >>> contained(kg, "France", "Paris", "capital", True)
    False
    """
    if part == whole or kg.is_literal(part) or kg.is_literal(whole):
        return False
    if not _functional(kg, part, rel, forward):
        return False
    parts = 0
    for e in kg.neighbors(whole, direction="in" if forward else "out", limit=512):
        parts += e.predicate == rel and e.forward != forward
        if parts > 1:
            return True
    return False


def part_of_chain(kg: Any, path: Path, way: str) -> bool:
    """Whether every hop of ``path`` goes from a part to the one thing it is in (``way``
    ``'up'``: the node walked from has one value of the hop's relation) or from a whole to
    a part whose one value it is (``'down'``), no node a literal; hops over the class
    hierarchy are none."""
    hops = list(zip(path.pattern, path.nodes, path.nodes[1:], strict=False))
    if not hops or any(rel in NO_RELATION or rel == RDF_TYPE for (rel, _), _, _ in hops):
        return False
    for (rel, fwd), a, b in hops:
        if a == b or kg.is_literal(a) or kg.is_literal(b):
            return False
        part, forward = (a, fwd) if way == "up" else (b, not fwd)
        if not _functional(kg, part, rel, forward):
            return False
    return True


def containment_confidence(
    q: QuestionInfo,
    kg: Any,
    walked: list[Path],
    asked: frozenset[str],
    type_met: float,
    said_of: Any,
) -> float:
    """The confidence that ``walked`` (the best answer's walks) answers a containment
    question (:func:`containment_asked`): the share of the type the question names that
    the answer meets (``type_met``; 1 where a walk comes from a mention standing where that
    type is said, ``asked``: "Which *family* does X belong to?" with the rank "family"
    linked), where every other walk is a chain of parts and wholes the question's way
    (:func:`part_of_chain`) and the question says nothing more than the type, the
    containment and what its entities are (``said_of(node, words)``: the words of ``words``
    a start node's kinds or name say, "the *load* X"); 0 otherwise."""
    way = containment_asked(q)
    if way is None:
        return 0.0
    # the walks from the entities, not from the type; where every mention reads as a type
    # ("What genus is *the Yellowbill* in?" leaves a name where a type could stand), the
    # chains among them
    chains = [p for p in walked if p.start not in asked]
    if not chains:
        chains = [p for p in walked if part_of_chain(kg, p, way)]  # each checked here
    elif not all(part_of_chain(kg, p, way) for p in chains):
        return 0.0
    if not chains:
        return 0.0
    typed = len(chains) < len(walked)
    said = cue_stems() | {stem(w) for w in q.answer_type}
    rest = [w for w in q.words if stem(w) not in said]
    for p in chains:
        own = set(said_of(p.start, rest))
        rest = [w for w in rest if w not in own]
    if rest:
        return 0.0  # it asks something more than what contains what
    if typed:
        return 1.0
    return type_met if q.named_type else 0.0


def the_way_asked(
    q: QuestionInfo,
    kg: Any,
    candidates: list[Candidate],
    typed: frozenset[str] = frozenset(),
    n: int = 20,
) -> list[Candidate]:
    """``candidates`` with those of the first ``n`` reached by a chain of parts and wholes
    the other way than the question asks put after those reached the way it asks:
    "Which regions belong to X?" is never answered by the country X belongs to, nor "What
    genus is X in?" by a part of X, however well the relation's words are said (``skos:
    broader`` says nothing of its direction to the encoder). Each candidate is read by its
    best walk from a mention not in ``typed`` (those standing where the type asked is
    said). Scores of those moved are set just below the last of the others, so the order
    and the scores agree."""
    way = containment_asked(q)
    if way is None:
        return candidates
    other = "down" if way == "up" else "up"
    top = candidates[:n]
    ways: list[str | None] = []
    for c in top:
        # read by its best walk from an entity, not from a mention standing for the type
        # asked (a genus reached down from the rank "genus" linked as the type, and up
        # from the organism, goes up)
        first = next((p for p in c.paths if p.start not in typed), None)
        if first is None:
            ways.append(None)
        elif part_of_chain(kg, first, way):
            ways.append(way)
        elif part_of_chain(kg, first, other):
            ways.append(other)
        else:
            ways.append(None)
    asked = [c.score for c, w in zip(top, ways, strict=True) if w == way]
    if not asked:
        return candidates
    floor = min(asked)
    moved = [
        replace(c, score=floor - 1e-3 * (k + 1))
        for k, (c, w) in enumerate(zip(top, ways, strict=True))
        if w == other and c.score >= floor
    ]
    if not moved:
        return candidates
    gone = {c.node for c in moved}
    kept = [c for c in top if c.node not in gone]
    return sorted([*kept, *moved], key=Candidate.rank_key) + candidates[n:]


def says_preposition(preposition: str, phrase: Sequence[str]) -> bool:
    """Whether a relation phrase means what ``preposition`` alone says of two things
    (:data:`~kgchat.function_words.PREPOSITION_SENSES`, read by WordNet,
    :meth:`~kgchat.wordnet.WordNet.means`): one of its content words means a sense of the
    preposition's, and each of the others means one, names a place (the kind of the thing
    placed in it, "country", "place") or, before the last, a role (a noun of persons: the
    whole is the part's "parent taxon"). "birth place" is said by "from", not by "in" ("birth"
    is no place, whole, group or role); ``country`` by "in", not by "from". The words after
    a preposition of the phrase's that has such senses name the whole's kind, not the relation
    ("located in the administrative territorial entity"); a word that names the doer of an
    act (:meth:`~kgchat.wordnet.WordNet.doer_verb`: a "publisher", a "manufacturer", a
    "director") says that the whole did something to the part, which is in nothing, however
    it is a group. No preposition says a relation without WordNet, nor one it has no sense
    for ("of").

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or (says_preposition("in", ["country"]), says_preposition("in",
    ...     ["birth", "place"]), says_preposition("from", ["birth", "place"]),
    ...     says_preposition("in", ["parent", "taxon"]), says_preposition("in", ["publisher"]))
    (True, False, True, True, False)
    """
    senses = PREPOSITION_SENSES.get(preposition)
    wn = wordnet()
    if senses is None or wn is None:
        return False
    words = [w.lower() for w in phrase]
    cut = next((i for i, w in enumerate(words) if w in PREPOSITION_SENSES), None)
    words = [w for w in words[:cut] if w not in STOPWORDS]
    if not words or any(wn.doer_verb(w) for w in words):
        return False
    meant = [wn.means(w, senses) for w in words]
    last = len(words) - 1
    return any(meant) and all(
        m or wn.means(w, _PLACE) or (i < last and bool(wn.person_kind(w)))
        for i, (w, m) in enumerate(zip(words, meant, strict=True))
    )


def placed_chain(kg: Any, q: QuestionInfo, path: Path) -> int:
    """How many of ``path``'s first hops the question says by a preposition alone, as
    containment is transitive: where the question puts its one mention after a preposition
    that places things (:data:`~kgchat.function_words.PREPOSITION_SENSES`: "Which hoards
    were found *in* Italy?"), the walk goes down from it through parts (each the part of one
    whole, which holds others by the relation: :func:`contained`) by relations that
    preposition says (:func:`says_preposition`: Mesagne ``is part of`` Italy), and its last
    hop places the answer in the last part by a relation the preposition says too (the
    hoard's ``find spot``, Mesagne): what is in a part is in its whole, and the parts on
    the way are no things the question had to name. 0 where any of that fails: an
    earthquake ``reported by`` an agency whose ``country`` is Japan did not happen in Japan
    by that walk (an agency is no place the earthquake is in).

    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.retrieval.question import analyze
    >>> kg = KnowledgeGraph.from_triples([("Mesagne", "is part of", "Italy"),
    ...     ("Bari", "is part of", "Italy"), ("Hoard", "find spot", "Mesagne")])
    >>> path = Path("Italy", (("is part of", False), ("find spot", False)),
    ...     ("Italy", "Mesagne", "Hoard"), (), 1.0)
    >>> wordnet() is None or placed_chain(kg, analyze("Which hoards were found in Italy?",
    ...     [(5, 6)]), path)
    1
    """
    if len(q.spans) != 1 or len(path.pattern) < 2:
        return 0
    toks = [t.lower() for t in q.tokens]
    k = skip_words(toks, q.spans[0][0] - 1, -1)
    if k < 0 or toks[k] not in PREPOSITION_SENSES:
        return 0
    prep = toks[k]
    *chain, (last, forward) = path.pattern
    if forward or last in NO_RELATION or not says_preposition(prep, _words(kg, last)):
        return 0
    for h, (rel, fwd) in enumerate(chain):
        if rel in NO_RELATION or rel == RDF_TYPE:
            return 0
        whole, part = path.nodes[h], path.nodes[h + 1]
        if not contained(kg, part, whole, rel, not fwd):
            return 0
        if not says_preposition(prep, _words(kg, rel)):
            return 0
    return len(chain)


def _words(kg: Any, rel: str) -> list[str]:
    """The words of a relation's label."""
    return tokens(kg.relation_label(rel))
