"""Person, place or thing: what an entity is, judged from the graph.

Kinds come from the graph, not from a list of any data set's class names: an entity is
person-like (or a place) when its type words (its classes' labels and the head words of the
relations pointing at it, :meth:`kgchat.retrieval.Retriever.answer_types`) match what "who"
(or "where") asks for, as the retriever's own answer-type matching judges it (embedding
similarity when it has an encoder), or, for an entity with no class, name a kind of person
(or location) by WordNet (:meth:`kgchat.wordnet.WordNet.is_a`: the *spouse*, *author* or
*advisor* of someone is a person, in a graph with no classes); an entity with no such words
takes the kind of most of the entities that take the same relations as it does, in the same
role (a sample of each). The follow-ups (:mod:`kgchat.chat.followup`) ask it whether a
pronoun can mean an entity, and what gender the graph gives one.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> kg = KnowledgeGraph.from_triples([("Ada", T, "Person"), ("Ada", "born_in", "Oslo"),
...     ("Ben", "born_in", "Oslo"), ("Oslo", T, "City"), ("Lens", "made_in", "Oslo"),
...     ("Lens", T, "Instrument"), ("Kit", "made_in", "Oslo")])
>>> kinds = EntityKinds(Retriever(kg))
>>> [kinds.kind(n) for n in ("Ada", "Ben", "Oslo", "Lens", "Kit")]
['person', 'person', 'place', 'thing', 'thing']
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.question import QuestionInfo, analyze
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery
from kgchat.text import tokens
from kgchat.wordnet import wordnet

if TYPE_CHECKING:
    from kgchat.retrieval import Retriever

__all__ = ["EntityKinds"]

_MATCH = 0.5  # the retriever's answer-type match (0..1) at which a type word says the kind
_SIBLINGS = 24  # entities taking the same relations looked at, for an entity without type words
_SCAN = 200_000  # facts read to find them
_GROUP = "social_group"  # WordNet's noun for persons acting as one


class EntityKinds:
    """Person, place or thing, judged from the graph (see the module docstring)."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self.kg = retriever.kg
        self._asks = {wh: analyze(f"{wh}?", []) for wh in ("who", "where")}
        self._cache: dict[str, str | None] = {}
        self._typed_cache: dict[str, str | None] = {}
        self._genders: dict[str, str | None] = {}
        self._guessed: set[str] = set()  # kinds read from type words by WordNet alone
        self._nouns: dict[str, QuestionInfo] = {}
        self._words: dict[str, tuple[str, ...]] = {}  # type_words, a node
        self._compounds: dict[str, tuple[str, str]] = {}  # head and compound, a relation
        self._by_relation: dict[tuple[str, bool], list[str]] | None = None
        # the retriever's own answer-type matching (a learned scorer has none: then the
        # untrained one's, on the same encoder where the learned one says which)
        scorer = retriever.scorer
        if not isinstance(scorer, HeuristicPathScorer):
            scorer = HeuristicPathScorer(getattr(scorer, "encoder", None))
        self._types = scorer

    def _typed(self, node: str) -> str | None:
        """The kind the node's own words say: ``person`` or ``place`` when its type words
        match what "who" or "where" asks for, ``thing`` when it has classes and they do not,
        else None."""
        if node in self._typed_cache:
            return self._typed_cache[node]
        self._typed_cache[node] = kind = self._read_type(node)
        return kind

    def type_words(self, node: str) -> tuple[str, ...]:
        """What ``node`` is, in words: the retriever's type words
        (:meth:`~kgchat.retrieval.Retriever.answer_types`), each head of a relation pointing at
        it read as the compound WordNet lists
        (:meth:`~kgchat.retrieval.Retriever.relation_compound`): the object of ``almaMater``
        is an "alma mater" (a school), not a "mater" (a mother, a person)."""
        found = self._words.get(node)
        if found is None:
            compounds: dict[str, str] = {}
            for e in self.retriever.type_edges(node):
                if not e.forward and e.predicate != RDF_TYPE:
                    if e.predicate not in self._compounds:
                        self._compounds[e.predicate] = (
                            self.retriever.relation_head(e.predicate),
                            self.retriever.relation_compound(e.predicate),
                        )
                    head, compound = self._compounds[e.predicate]
                    if compound != head:
                        compounds.setdefault(head, compound)
            words = self.retriever.answer_types(node)
            found = self._words[node] = tuple(compounds.get(w, w) for w in words)
        return found

    def _read_type(self, node: str) -> str | None:
        words = self.type_words(node)
        # a class names what its members are by its head, its last word: a "Human-Made
        # Object" (CIDOC-CRM's E22) is an object, no human
        classes = self.kg.types(node)
        names = [w for c in classes if (w := tokens(self.kg.label(c)))]
        modifiers = {w for name in names for w in name[:-1]}
        words = tuple(w for w in words if w not in modifiers)
        wn = wordnet()
        heads = {name[-1] for name in names}
        # a class that WordNet files among groupings ("Organization", "Company", "Agency"),
        # and none it files among persons, nor "person" itself (WordNet files that among its
        # top nouns): who answers "who" but is "it" to English, no person, whatever role its
        # other classes name (an agency that is also an "Operator"); a person of a class of
        # "businesspeople" is still a person
        group = (
            wn is not None
            and any(wn.filed_as_group(h) for h in heads)
            and not any(wn.filed_as_person(h) or _is_person(wn, h) for h in heads)
        )
        # classes none of whose heads names a person, or what persons are a kind of, by any
        # meaning ("Route", "Metro"): the encoder's "who" of its words says no person
        unlike = wn is not None and bool(heads) and all(_never_person(wn, h) for h in heads)
        if words:
            query = [PathQuery((), (), words)]
            for wh, kind in (("who", "person"), ("where", "place")):
                if self._types.components(self._asks[wh], query)[0, 3] >= _MATCH:
                    if kind == "person" and unlike and not group:
                        continue
                    if kind == "person" and not group and self._grouping(words):
                        return "thing"
                    return "thing" if group and kind == "person" else kind
        if classes:
            # classes that WordNet all files among persons, though no kind of person by
            # their hypernyms ("Character": a fictional character, an imaginary person; not
            # a "vessel" that is also a "bulk carrier")
            if wn is not None and heads and all(wn.filed_as_person(h) for h in heads):
                return "person"
            # classes each of whose heads names a person by half its meanings or more, though
            # not by its commonest, and a social group by none ("Agent": a cause, or one who
            # acts for another): they tell no kind, nor do the entities taking its relations
            # (more of the same classes); a head that may be a group is "it", as an
            # organization is
            if wn is not None and heads and all(_person_or_thing(wn, h) for h in heads):
                return None
            return "thing"
        # a node with no class, by WordNet, where the encoder does not tell: the head word of
        # a relation pointing at it ("spouse", "author", "advisor") names a kind of person
        # (not where it has classes: a drug is a "member" of its drug class, no person)
        for kind, noun in (("person", "person"), ("place", "location")):
            if wn is not None and any(wn.is_a(w, noun) >= _MATCH for w in words):
                return kind
        return None

    def _grouping(self, words: tuple[str, ...]) -> bool:
        """Whether only type words that WordNet files among groupings ("organization", the
        role the object of W3C org's ``organization`` takes) make ``words`` answer "who": a
        grouping answers "who" but is "it" to English, as a class so filed is
        (:meth:`_read_type`'s ``group``). False where none is so filed, or without WordNet."""
        wn = wordnet()
        if wn is None:
            return False
        rest = tuple(w for w in words if not wn.filed_as_group(w))
        if len(rest) == len(words):
            return False
        if not rest:
            return True
        query = [PathQuery((), (), rest)]
        return bool(self._types.components(self._asks["who"], query)[0, 3] < _MATCH)

    def kind(self, node: str) -> str | None:
        """``person``, ``place``, ``thing``, or None when nothing in the graph says."""
        if node in self._cache:
            return self._cache[node]
        if node not in self.kg or self.kg.is_literal(node):
            return "thing"
        kind = self._typed(node)
        untold = kind is None and bool(self.kg.types(node))  # classes that tell no kind
        if kind is None and not untold:
            votes = self._siblings(node)
            best = max(set(votes), key=votes.count) if votes else None
            if best is not None and votes.count(best) * 2 > len(votes):
                kind = best
        if kind is None and not untold:
            # no class, no vote: its type words as WordNet files them, where all say a thing
            # (a film's "film"; not a person's "director", nor a verb's "directed")
            said = {self.noun_kind(w) for w in self.type_words(node)} - {None}
            kind = "thing" if said == {"thing"} else None
            if kind is not None:
                self._guessed.add(node)
        self._cache[node] = kind
        return kind

    def learn(self, node: str, question: str) -> None:
        """Take an answer's kind from the question it answers ("who ...": a person, "where
        ...": a place) when the graph says nothing of it, or only what WordNet makes of the
        words of the relations pointing at it, with no class and no vote of its like: the
        adopter an adoption's ``adopterId`` points at is no "id" (a thing), but whoever
        answered "Who adopted Biscuit?"."""
        told = self.kind(node) is not None and node not in self._guessed
        words = tokens(question)
        if not told and ("who" in words or "whom" in words):
            self._cache[node] = "person"
        elif self.kind(node) is None and "where" in words:
            # only where nothing is guessed: a restaurant answers where one works
            self._cache[node] = "place"

    def prepare(self) -> int:
        """Read the sample of the entities taking each relation now (a bounded scan of the
        graph that the first entity without type words would wait for: a server warms up
        with it); the number of relation roles sampled.

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.retrieval import Retriever
        >>> kg = KnowledgeGraph.from_triples([("Ada", "born_in", "Oslo")])
        >>> EntityKinds(Retriever(kg)).prepare()  # born_in's subjects, and its objects
        2
        """
        return len(self._takers())

    def _takers(self) -> dict[tuple[str, bool], list[str]]:
        """Per relation and role (True: subject), the first few entities that take it."""
        if self._by_relation is None:
            by: dict[tuple[str, bool], list[str]] = defaultdict(list)
            # a sample is all a vote needs: a bounded scan keeps a large graph's first pronoun fast
            for f in itertools.islice(self.kg.facts(), _SCAN):
                if f.predicate == RDF_TYPE:
                    continue
                for key, n in (((f.predicate, True), f.subject), ((f.predicate, False), f.object)):
                    if len(by[key]) < _SIBLINGS and not self.kg.is_literal(n):
                        by[key].append(n)
            self._by_relation = by
        return self._by_relation

    def _siblings(self, node: str) -> list[str]:
        """The kinds their own words give the entities that take the same relations as
        ``node``, in the same role."""
        takers = self._takers()
        votes: list[str] = []
        for e in self.kg.neighbors(node, limit=_SIBLINGS):
            if e.predicate == RDF_TYPE:
                continue
            for other in takers.get((e.predicate, e.forward), []):
                kind = self._typed(other) if other != node else None
                if kind is not None:
                    votes.append(kind)
        return votes

    def names(self, noun: str, node: str) -> float:
        """How well ``noun`` ("city", "band", "film") names what ``node`` is: the retriever's
        answer-type match (0..1) of "which <noun>?" against the node's type words."""
        return self.names_words(noun, self.type_words(node) if node in self.kg else ())

    def names_words(self, noun: str, words: tuple[str, ...]) -> float:
        """How well ``noun`` names what type ``words`` say (see :meth:`names`)."""
        if not words:
            return 0.0
        if noun not in self._nouns:
            self._nouns[noun] = analyze(f"which {noun}?", [])
        return float(self._types.components(self._nouns[noun], [PathQuery((), (), words)])[0, 3])

    def noun_kind(self, noun: str) -> str | None:
        """The kind a common noun names (``person``, ``place``, ``thing``) by WordNet; None when
        the word is no noun (or WordNet is missing)."""
        wn = wordnet()
        if wn is None:
            return None
        noun = next((lemma for lemma, pos in wn.base_forms(noun) if pos == "n"), noun)
        if wn.pos_share(noun, "n") < _MATCH:
            return None
        for kind, broader in (("person", "person"), ("place", "location")):
            if wn.is_a(noun, broader) >= _MATCH:
                return kind
        return "thing"

    def gender(self, node: str) -> str | None:
        """``male`` or ``female`` where a fact of ``node`` has a one-word value that WordNet
        relates to that word and not to the other ("male", "woman": a gender or sex fact,
        whatever its relation is called; not "person", its class), and no fact says the other;
        else None."""
        if node in self._genders:
            return self._genders[node]
        wn = wordnet()
        found: set[str] = set()
        if wn is not None and node in self.kg and not self.kg.is_literal(node):
            for e in self.kg.neighbors(node, direction="out", limit=_SIBLINGS * 4):
                value = tokens(self.kg.label(e.neighbor))
                said = {
                    g for g in ("male", "female") if len(value) == 1 and wn.related(value[0], g)
                }
                if len(said) == 1:  # "person", a kind of both, says neither (a class Person)
                    found |= said
        self._genders[node] = gender = found.pop() if len(found) == 1 else None
        return gender

    def agrees(self, node: str, kind: str | None) -> bool | None:
        """Whether a pronoun of ``kind`` (``person``, ``place``, ``thing`` = not a person, None =
        any) can mean ``node``; None when the node's kind is unknown. A value ("KEN", a
        date) is no referent of a pronoun, nor is a record the graph keeps of a relation and
        never names (:meth:`~kgchat.retrieval.unnamed_nodes.UnnamedNodes.record_node`: an
        adoption keyed by its ObjectId, a STIX relationship): "she" after "Who adopted
        Biscuit?" is the adopter the record joins, never the record's minted id."""
        if self.kg.is_literal(node) or self.retriever.record_node(node):
            return False
        if kind is None:
            return True
        mine = self.kind(node)
        if mine is None:
            return None
        return mine != "person" if kind == "thing" else mine == kind


def _is_person(wn: Any, head: str) -> bool:
    """Whether a class head's commonest noun meaning is WordNet's person itself ("Person",
    "persons"), which WordNet files among its top nouns, not among persons.

    >>> from kgchat.wordnet import wordnet
    >>> wn = wordnet()
    >>> wn is None or [_is_person(wn, h) for h in ("person", "persons", "businesspeople")]
    [True, True, False]
    """
    person, first = wn.first_noun("person"), wn.first_noun(head)
    return person is not None and first is not None and first[0] == person[0]


def _person_or_thing(wn: Any, head: str) -> bool:
    """Whether half or more of a class head's noun meanings are persons and none a social
    group (see :meth:`EntityKinds._read_type`): "agent" (a representative, a business
    agent, a spy; a cause, a substance, a grammatical role), not "instrument" (once in six
    a person used by another), nor "authority" (a body of officials too).

    >>> from kgchat.wordnet import wordnet
    >>> wn = wordnet()
    >>> wn is None or [_person_or_thing(wn, h) for h in ("agent", "instrument", "authority")]
    [True, False, False]
    """
    person = wn.first_noun("person")
    senses = wn.noun_meanings(head)
    if person is None or not senses or wn.may_be_a(head, _GROUP):
        return False
    persons = sum(1 for k in senses if k == person[0] or person[0] in wn.above(k))
    return persons * 2 >= len(senses)


def _never_person(wn: Any, head: str) -> bool:
    """Whether a class head names no person by any of its noun meanings, nor anything that
    persons are a kind of (see :meth:`EntityKinds._read_type`): "route", "metro", "stop" (a
    class of things or places, whatever the encoder makes of its words); not "operator" (one
    meaning in five a person), "agent", nor "organism" (persons are organisms).

    >>> from kgchat.wordnet import wordnet
    >>> wn = wordnet()
    >>> wn is None or [_never_person(wn, h) for h in ("route", "metro", "operator", "organism")]
    [True, True, False, False]
    """
    person = wn.first_noun("person")
    if person is None or wn.pos_share(head, "n") < _MATCH:
        return False
    senses = wn.noun_meanings(head)
    broader = wn.above(person[0])
    return bool(senses) and not any(
        k == person[0] or k in broader or person[0] in wn.above(k) for k in senses
    )
