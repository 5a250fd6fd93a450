"""The relation a graph states a thing's kind by, first in a "What kind of N is X?" question.

A graph says what kind of thing X is in two ways: by X's classes (``rdf:type``,
``rdfs:subClassOf``), and by a relation of X's own whose name says it classifies
(CIDOC-CRM's ``has type``, ESCO's ``skill type``, Dublin Core's ``type``, a ``genre``, a
``category``). Where the graph has such a relation, X's classes are the schema's division of
its things (every object of a museum is a ``Human-Made Object``, every show a ``Series``), and
the relation is the finer division asked: "What type of object is *Study of Hands*?" asks for
its ``has type`` value *drawing*, not for the class every object has. The kind noun names no
relation to walk by its meaning (the question reads it as no word:
:func:`~kgchat.retrieval.question.analyze`), so nothing of the question's words told the
relation from X's other ones, nor from its class.

A relation classifies where a word of its name is a kind noun: one of
:data:`~kgchat.retrieval.answer_type.KIND_NOUNS`, the question's own kind noun ("what drug
*class*", "which *category*"), or a word WordNet files under *kind* ("genre", "type").
:func:`kind_relations_first` ranks the values X holds by such a relation (one hop, forwards:
RDF states a kind with the thing as subject) above every other answer of X's walk, in their
own order.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> q = analyze("What type of object is Study of Hands?", [(5, 8)])
>>> table = {"HMO": [(0.5, (("rdf:type", True),), 0)], "drawing": [(0.0, (("P2", True),), 0)]}
>>> names = {"rdf:type": "type", "P2": "has type"}
>>> out = kind_relations_first(q, [table], names.get, str, schema={"rdf:type"})
>>> max(out[0], key=lambda n: out[0][n][0][0])
'drawing'
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

from kgchat.retrieval.kind_questions import kind_head
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import kind_nouns, kind_word
from kgchat.retrieval.walk import Pattern
from kgchat.text import content_stems, stem, tokens
from kgchat.wordnet import wordnet

__all__ = [
    "classifying",
    "kind_of_start",
    "kind_relations_first",
    "kind_tier",
    "only_kind",
    "under_kind",
]


def classifying(name: str, said: Collection[str] = ()) -> bool:
    """Whether a relation named ``name`` states a kind of its subject: a word of its name
    is a kind word (:func:`~kgchat.retrieval.question_shapes.kind_word`: a ``type``, a
    ``class``, a ``category``, a ``genre``; a ``code`` only as a coded value, which
    :mod:`kgchat.graph.codes` reads as ``rdf:type`` already: another one is an identifier)
    or one of the stems ``said`` (the question's own kind nouns).

    >>> classifying("has type"), classifying("skill reuse level"), classifying("postal code")
    (True, False, False)
    >>> classifying("sort order", {"sort"})
    True
    """
    return any(kind_word(w) or stem(w) in said for w in tokens(name.lower()))


def kind_relations_first(
    q: QuestionInfo,
    tables: list[dict[str, list[Any]]],
    relation_name: Callable[[str], str | None],
    label: Callable[[str], str],
    *,
    schema: Collection[str],
    size: Callable[[str], int] | None = None,
) -> list[dict[str, list[Any]]]:
    """``tables`` (per span, node -> its walks ``(score, pattern, source)``, best first)
    ranked for a kind question: first X's own classes (one forward hop over one of
    ``schema``, the class hierarchy's own relations) that are a division of N
    (:func:`under_kind`), then the nodes reached by one forward hop over a classifying
    relation (:func:`classifying`; not one of ``schema``), then X's other classes but for N
    itself (a class named by N's words alone, ``label``: a class's name), the classes the
    smaller first where ``size`` is given (a node's number of facts), then the rest, each in
    its own order; unchanged where ``q`` asks no kind."""
    if not kind_nouns(q):  # (asked of the entity after the copula: no kind of a word of N)
        return tables
    known: dict[str, bool] = {}

    def tier(node: str, walk: Any) -> int:
        return kind_tier(q, walk[1], label(node), relation_name, schema, known)

    return [_by_tiers(table, tier, size) for table in tables]


def kind_tier(
    q: QuestionInfo,
    pattern: Pattern,
    name: str,
    relation_name: Callable[[str], str | None],
    schema: Collection[str],
    known: dict[str, bool] | None = None,
) -> int:
    """How a walk ``pattern`` from X to a node named ``name`` states a kind of X, for the
    kind question ``q``: 3 by one forward hop over one of ``schema`` to a class that is a
    division of N (:func:`under_kind`), 2 by one forward hop over a classifying relation
    (:func:`classifying`, not one of ``schema``) or one named N, 1 by one forward hop over one of
    ``schema`` to another class not named by N's words alone (N itself), 0 otherwise. ``known``
    keeps which relations classify (per question: the question's kind noun says some).

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What kind of skill is Python?", [(5, 6)])
    >>> [kind_tier(q, ((r, True),), n, str, {"a"}) for r, n in (("a", "Skill"), ("a", "Lang"))]
    [0, 1]
    >>> kind_tier(q, (("skill type", True),), "knowledge", str, {"a"})
    2
    """
    if len(pattern) != 1 or not pattern[0][1]:
        return 0
    relation = pattern[0][0]
    named = set(map(stem, q.answer_type))
    if relation in schema:
        # a class of X is a kind of the N the question says X is ("What *kind of* place",
        # "What *drug* class"), not of a kind word alone ("What *genre* is X?": its class
        # ``novel`` is no genre the graph states)
        if not _says_n(q) or (named and set(content_stems(name)) == named):
            return 0
        # one WordNet files below N is the division under N asked ("What kind of *entity*
        # is captopril?": a *drug*), above the finer one X's classifying relation states
        return 3 if under_kind(q, name) else 1
    known = {} if known is None else known
    found = known.get(relation)
    if found is None:
        said = frozenset(map(stem, kind_nouns(q)))
        called = relation_name(relation) or ""
        # or named N itself: "What kind of *preparation* is specimen X?" asks its
        # ``preparations``, of which the graph states X's kind
        found = classifying(called, said) or (bool(named) and set(content_stems(called)) == named)
        known[relation] = found
    return 2 if found else 0


def under_kind(q: QuestionInfo, name: str) -> bool:
    """Whether a class named ``name`` is a division of the N the kind question ``q`` says
    its entity is one of: WordNet files the name's head noun below N's (a *drug* below
    *entity*, a *vase* below *object*), not as N itself (a ``Human-Made Object`` of "What
    type of *object*", a ``Series`` of "What kind of *show*": no kind of N WordNet knows).
    Such a class is the kind asked; where X's classes are N itself, the relation of X's
    own that classifies it states the finer division under N that is asked.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What kind of entity is captopril?", [(5, 6)])
    >>> lexicon = wordnet()
    >>> lexicon is None or (under_kind(q, "drug"), under_kind(q, "ACE inhibitors"))
    (True, True)
    >>> q = analyze("What type of object is Study of Hands?", [(5, 8)])
    >>> lexicon is None or under_kind(q, "Human-Made Object")
    False
    """
    head = kind_head(q)
    words = [w for w in tokens(name.lower()) if w.isalpha()]
    lexicon = wordnet()
    if head is None or not words or lexicon is None:
        return False
    return lexicon.is_a(words[-1], head) >= 0.5


def _says_n(q: QuestionInfo) -> bool:
    """Whether the kind question ``q`` says the N its entity is one of: after its kind noun
    ("What kind *of place* is X?") or among the type's words ("What *drug* class is X?").

    >>> from kgchat.retrieval.question import analyze
    >>> _says_n(analyze("What drug class is simvastatin in?", [(4, 5)]))
    True
    >>> _says_n(analyze("Which genre is Hades?", [(3, 4)]))
    False
    """
    kind = kind_nouns(q)
    if not kind:
        return False
    at = q.tokens.index(kind[0])
    after = q.tokens[at + 1] if at + 1 < len(q.tokens) else ""
    return after == "of" or any(stem(w) != stem(kind[0]) for w in q.named_type)


def _by_tiers(
    table: dict[str, list[Any]],
    tier: Callable[[str, Any], int],
    size: Callable[[str], int] | None = None,
) -> dict[str, list[Any]]:
    """``table`` with each node's walks of its highest tier (``tier``: node, walk -> 0 to
    3) first, and the nodes of a higher tier above every node of a lower one, each tier
    in its own order (its scores raised by one amount); X's classes (tiers 1, 3) the smaller
    first where ``size`` (a node's number of facts) is given: the finer division of X's
    kind (a ``populated place`` before the ``Feature`` every place of a gazetteer is)."""
    best: dict[str, tuple[int, list[Any]]] = {}
    for node, walks in table.items():
        tiers = [tier(node, w) for w in walks]
        top = max(tiers, default=0)
        if top:
            best[node] = (top, [w for w, t in zip(walks, tiers, strict=True) if t == top])
    if not best:
        return table
    floor = max(
        (walks[0][0] for node, walks in table.items() if walks and node not in best),
        default=None,
    )
    kept = dict(table)
    for level in (1, 2, 3):
        raised = {node: walks for node, (t, walks) in best.items() if t == level}
        if not raised:
            continue
        low = min(walks[0][0] for walks in raised.values())
        if level != 2 and size is not None and len(raised) > 1:
            order = sorted(raised, key=lambda n: (size(n), -raised[n][0][0]))
            base = low if floor is None else max(low, floor)
            for k, node in enumerate(order):
                walks = raised[node]
                to = base + 1e-3 * (len(order) - k)
                up = [(to - walks[0][0] + w[0], *w[1:]) for w in walks]
                kept[node] = up + [w for w in table[node] if w not in walks]
        else:
            lift = floor - low + 1e-3 if floor is not None and floor >= low else 0.0
            for node, walks in raised.items():
                up = [(w[0] + lift, *w[1:]) for w in walks]
                kept[node] = up + [w for w in table[node] if w not in walks]
        top = max(kept[node][0][0] for node in raised)
        floor = top if floor is None else max(floor, top)
    return kept


def only_kind(
    q: QuestionInfo,
    candidates: Sequence[Any],
    name: Callable[[str], str],
    relation_name: Callable[[str], str | None],
    schema: Collection[str],
) -> bool:
    """Whether the best of ``candidates`` (each with ``node`` and ``paths``) states a kind of
    its start by its first walk (:func:`kind_tier` 1 to 3) and no other candidate states
    one as high by another relation or class from that start: the graph's one statement of
    X's kind at that level (two classifying relations, a decision's ``type`` and its
    ``procedure type``, leave the question open). ``name``: a node's label."""
    if not candidates or not candidates[0].paths or not kind_nouns(q):
        return False
    known: dict[str, bool] = {}
    first = candidates[0].paths[0]
    level = kind_tier(q, first.pattern, name(candidates[0].node), relation_name, schema, known)
    if not level:
        return False
    for c in candidates[1:]:
        for p in c.paths:
            if p.start != first.start or (p.pattern == first.pattern and level == 2):
                continue
            if kind_tier(q, p.pattern, name(c.node), relation_name, schema, known) >= level:
                return False
    return True


def kind_of_start(q: QuestionInfo) -> QuestionInfo:
    """``q`` without N's words, for judging a kind its start is stated to be: in "What type
    of *film* is X?" N says what X is, which its link already says, and the kind asked is
    said by the relation or class that states it.

    >>> from kgchat.retrieval.question import analyze
    >>> kind_of_start(analyze("What type of film is Winter Mirror?", [(5, 7)])).words
    []
    """
    named = {stem(w) for w in q.named_type}
    kept = [i for i, w in enumerate(q.words) if stem(w) not in named]
    counts = [q.counts[i] for i in kept] if q.counts else []
    return replace(q, words=[q.words[i] for i in kept], counts=counts)
