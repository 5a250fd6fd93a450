"""The retriever's confidence in its best answer: how well the path it was reached by says
what the question asks, judged by :class:`~kgchat.retrieval.relation_match.RelationMatch`
(the relation's words and the encoder's meaning: described there), read as the answer was
ranked (with the kinds of the nodes its walks passed through), raised where a joint answer's
class is reached by one relation only, and no higher than the question says the walk's
middle hops. Below the threshold the retriever abstains.

The threshold (``RetrieverConfig.min_confidence``, 0.20) was chosen on the development
questions (people's half of the real-world questions, medicine's generated dev questions and
all our own questions, pooled): the smallest value on a 0.02 grid that abstains on the most
unanswerable questions while abstaining on at most 5% of the answerable ones (24 of 37 and
4.6%; README, "Abstention").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kgchat.graph.names import fragment_of
from kgchat.graph.triple_terms import qualifier_hop
from kgchat.graph.vocab import RDF_TYPE
from kgchat.linking_config import LinkerConfig
from kgchat.retrieval.answer_paths import (
    NO_RELATION,
    _classifies,
    _only_way_to_class,
    _out_and_back,
    _readings,
    said_pattern,
)
from kgchat.retrieval.containment import containment_confidence
from kgchat.retrieval.junction_words import SAID, JunctionWords
from kgchat.retrieval.owner_phrases import owner_governed, owner_phrase
from kgchat.retrieval.peer_relations import peer_relation_words
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import asks_kind, how_typed, how_word, wh_typed
from kgchat.retrieval.question_trims import timeless, type_attached
from kgchat.retrieval.relation_chains import detours, repeats
from kgchat.retrieval.relation_match import RelationMatch
from kgchat.retrieval.results import Candidate, Path
from kgchat.retrieval.values import VALUE_KINDS, literal_kind
from kgchat.retrieval.walk import Pattern, turns_back
from kgchat.text import STOPWORDS, content_stems, stem, tokens

__all__ = ["AnswerConfidence", "RelationMatch", "_only_way_to_class", "_readings", "said_pattern"]


class AnswerConfidence(JunctionWords):
    """The retriever's confidence in its best candidate (a mixin of
    :class:`~kgchat.retrieval.Retriever`: it reads the graph through
    :class:`~kgchat.retrieval.reading.GraphReading` and judges with its
    :class:`RelationMatch`; what the unnamed junctions of a walk say:
    :class:`~kgchat.retrieval.junction_words.JunctionWords`)."""

    _judge: RelationMatch
    query: Any
    answer_types: Any
    kinds_of: Any
    is_literal: Any
    _yes_no_confidence: Any
    anonymous: Any
    kg: Any
    named_after: Any
    held_alone: Any

    def _confidence(
        self,
        q: QuestionInfo,
        candidates: list[Candidate],
        middles: dict[str, dict[Pattern, tuple[str, ...]]] | None = None,
        asked: frozenset[str] = frozenset(),
        spans: dict[str, tuple[int, int]] | None = None,
    ) -> float:
        """How well the best candidate's path says the question's relation (0 without one),
        read as it was ranked: with the kinds of the nodes its walks passed through
        (``middles``: per start node, each walked pattern's), and no more than its walks'
        middle nodes are said (:meth:`_middles_said`). ``asked``: the mentioned nodes that
        stand where the question says the type it asks (:func:`_only_way_to_class`).

        ``spans`` (start node -> the question span it was linked from) tells an ambiguous
        name from several mentions: paths from two entities of one span ("Michael Brown", a
        director and an actor) are two readings of one name, not a joint answer, and the
        answer is judged by the reading that says the question best (each entity's best
        path, alone): "Which films did Michael Brown act in?" is answered by the actor's
        ``starring`` path, whatever the director's or a walk out and back over a shared
        gender says."""
        if not candidates or not candidates[0].paths:
            return 0.0
        top = candidates[0]
        # the mentions standing for the type asked that the answer is reached from by a
        # relation (the form whose ``number`` is "plural"; not the class "author" is a
        # ``Role``), beside another mention it is reached from (a joint answer)
        related = {
            p.start
            for p in top.paths
            if any(r not in NO_RELATION and r != RDF_TYPE for r, _ in p.pattern)
        }
        joint = len({p.start for p in top.paths}) > 1
        typed = [s for n, s in (spans or {}).items() if joint and n in asked and n in related]
        q = type_attached(timeless(q), typed)
        said = self._yes_no_confidence(q, top)
        if said is not None:
            return float(said)
        readings = _readings(top, spans or {})
        if len(readings) > 1:
            return max(self._judged_top(q, r, candidates, middles, asked) for r in readings)
        return self._judged_top(q, top, candidates, middles, asked)

    def _judged_top(
        self,
        q: QuestionInfo,
        top: Candidate,
        candidates: list[Candidate],
        middles: dict[str, dict[Pattern, tuple[str, ...]]] | None,
        asked: frozenset[str] = frozenset(),
    ) -> float:
        """:meth:`_confidence` of ``top`` (the best candidate, or one reading of it)."""
        pattern, parts = said_pattern(top)
        node = top.node
        joint = len({p.start for p in top.paths}) > 1
        walked = top.paths[:3] if joint else top.paths[:1]
        if asks_kind(q) and (
            any(_out_and_back(p.pattern) for p in walked)
            or not any(_classifies(p.pattern) for p in walked)
        ):
            # "What kind of place is Lugano?" over Lugano -country-> CH <-country- Winterthur:
            # a walk out and back over one relation reaches a peer of X, another thing of its
            # sort, never the kind X is; nor does an answer no walk reaches forwards
            # (:func:`_classifies`): where the kind noun's walk down to it meets X's walk up
            # ("What kind of disease is migraine?"), X's says it
            return 0.0
        if not joint and owner_governed(q) and self._owner_reached(q, walked[0]):
            # "Which company did the founder of X study at?" answered by the founder: what
            # the question asks of the thing its phrase names is at least a hop beyond it
            return 0.0
        # a chain of parts and wholes says "in", "belong to", "part of" in the graph's own
        # words, whatever they are (kgchat.retrieval.containment)
        met = self._judge.meets(self.kinds_of(node), q.named_type) if q.named_type else 0.0
        contained = containment_confidence(q, self.kg, walked, asked, met, self._said_of)
        if contained >= 1.0:
            return 1.0
        found = middles or {}
        middle = tuple(
            dict.fromkeys(w for p in walked for w in found.get(p.start, {}).get(p.pattern, ()))
        )
        # what qualifies an unnamed junction on the walk and the question says (a
        # contribution's role "illustrator") is said by the walk, as the kinds of the nodes
        # passed are; not what the question does not say (a production's place "Munich")
        middle += tuple(w for p in walked for w in self.said_qualifiers(q, p) if w not in middle)
        types = self.answer_types(node)
        kinds = self.kinds_of(node)  # the answer's own kinds, not its roles in other facts
        label = self.kg.label(node)
        if (
            not kinds
            and asks_kind(q)
            and not self.is_literal(node)
            and set(content_stems(label)) != {stem(w) for w in q.named_type}
        ):
            # the kind asked, a class of a hierarchy with no class of its own, is named for
            # what it is ("*yogurt food product*" for "What type of product is X?"), as
            # names carry the kind of what they name (:meth:`_named`); N itself, named by
            # the question's own words ("Organisation" for "What kind of organisation"),
            # says no kind of it
            kinds = tuple(w for w in tokens(label) if w not in STOPWORDS)
            types = (*types, *kinds)
        query = self.query(pattern, types, parts, middle)
        # the other relations the walk offered this question: what the encoder could have
        # preferred instead
        others = dict.fromkeys(said_pattern(c) for c in candidates[1:20] if c.paths)
        others.pop((pattern, parts), None)
        alternatives = [self.query(p, (), ps) for p, ps in others]
        # worked out first: the judgement is kept only up to it, and the judge spends no
        # forward pass on what could not raise it that far
        ceiling = self._middles_said(q, walked, joint)
        judged = self._judge.confidence(
            q,
            query,
            value=self.is_literal(node),
            kinds=kinds,
            alternatives=alternatives,
            ceiling=ceiling,
            peers=lambda: frozenset().union(
                *(peer_relation_words(self, s) for s in dict.fromkeys(p.start for p in walked))
            ),
        )
        if joint and judged < 1.0:
            judged = max(judged, _only_way_to_class(top, candidates, asked))
        return max(min(judged, ceiling), contained)

    def _said_of(self, node: str, words: list[str]) -> list[str]:
        """The words of ``words`` that say what ``node`` is: a word of its kinds or of its
        name, by stem ("the *load* ZOLLBRÜCK LOAD 1")."""
        own = set(content_stems(self.kg.label(node))) | {
            stem(w) for k in self.kinds_of(node) for w in k.split()
        }
        return [w for w in words if stem(w) in own]

    def _named(self, q: QuestionInfo, node: str) -> float:
        """1 where a word of the question, outside its mentions and the type it asks, is a
        word of ``node``'s own name (by stem), 0 otherwise: names carry the kind of what they
        name ("Helmholm *Institute* for Information Science", "Kazan *University*"), so "the
        *institute* of the authors of X" says the node the walk passes through, whatever its
        class (an ``Organization``) or the hop into it (``affiliation``). The type asked
        ("which top-level *theme*") names the answer, not a node on the way."""
        asked = {stem(w) for w in q.answer_type}
        words = {stem(w) for w in q.words} - asked
        return 1.0 if words and words.intersection(content_stems(self.kg.label(node))) else 0.0

    def _owner_reached(self, q: QuestionInfo, path: Path) -> bool:
        """Whether ``path`` is one hop that says the noun phrase the question's entity owns
        (:func:`~kgchat.retrieval.owner_phrases.owner_phrase`): it ends at the thing that phrase
        names."""
        said = [q.words[i] for i in owner_phrase(q)]
        if len(path.pattern) != 1 or not said:
            return False
        owner = replace(q, words=said, counts=[])
        query = self.query(path.pattern, ())
        return float(self._judge.scorer.components(owner, [query])[0, 0]) >= SAID

    def _stands_for(self, node: str, rel: str) -> bool:
        """Whether ``node`` is known to the graph only as the ``rel`` of other things, ``rel``
        named for what ``node`` is: a ``Brand`` whose one relation is the ``brand`` a drug
        has, a ``Category`` whose only relation is the ``category`` of its drugs. Such a node
        is a name or a grouping of the things that have it, so a question that names it
        ("What does *tylenol* target?", "What do *proton pump inhibitors* target?") names
        them: the hop to them is said. A node with a relation of its own (a country that also
        has a capital, a person who is also an author) is a thing of its own, and a hop from
        it to something else is not said by naming it; its values, literals or codes nothing
        leads on from (a word form's tense: the form "ran" of the verb "run"), are none."""
        kinds = {stem(w) for k in self.kinds_of(node) for w in k.split()}
        if not kinds or not kinds.intersection(content_stems(self.kg.relation_label(rel))):
            return False
        for e in self.kg.neighbors(node, limit=256):
            if e.predicate in NO_RELATION or e.predicate == RDF_TYPE:
                continue
            if self.is_literal(e.neighbor) or (e.forward and self._code(e.neighbor)):
                continue
            if e.predicate != rel or e.forward:
                return False
        return True

    def _name_value(self, node: str) -> bool:
        """Whether ``node`` is a literal that is no date, time or number (a name, a title, a
        code: :func:`~kgchat.retrieval.values.literal_kind`): a question that names it names
        the thing it is a value of ("proteins from *baker's yeast*" walks from the literal
        back over ``common name`` to the taxon), so the hop back to its holder is said, as
        a label's would be, where it names few things, no more than the linker keeps readings
        of one name (``LinkerConfig.max_candidates``: "Baker's yeast" is the common name of
        a species and of its strain, an ambiguous name's two readings): a value many things
        share (an ontology's namespace "uberon" of each of its terms) names none of them. A
        date or a number is said of many things ("released in *2019*"), and the relation
        joining it is what the question must say."""
        if not self.is_literal(node) or VALUE_KINDS.intersection(literal_kind(node)):
            return False
        most = LinkerConfig.max_candidates
        holders = {e.neighbor for e in self.kg.neighbors(node, limit=most + 1) if not e.forward}
        return 0 < len(holders) <= most

    def _code(self, node: str) -> bool:
        """Whether ``node`` is a value as a literal is, a code the graph only points at (a
        word form's tense ``past``, a unit): no fact of its own leads from it."""
        return not any(
            e.predicate not in NO_RELATION and e.predicate != RDF_TYPE
            for e in self.kg.neighbors(node, direction="out", limit=8)
        )

    def _middles_said(self, q: QuestionInfo, walked: Sequence[Path], joint: bool) -> float:
        """How well the question says the nodes a walk passes through on its way to the
        answer: each middle hop's relation (its support) or what the node it reaches is (its
        kind words against the question's words, or a word of its name: :meth:`_named`), the
        weakest of them. An answer reached by one walk is tied to the question only by that
        walk: "How old is X?" reached through the year of a paper X made says "old" with the
        year and nothing of the paper. A walk
        out and back over one relation (``X -award-> H <-award- Y``) reaches Y only because
        Y shares H with X, which the question must say too ("who works at the same
        *organization* as X"), even where another mention's walk also reaches the answer.
        An answer reached from several mentions (``joint``) is otherwise tied by their
        meeting. A walk of several hops to a type only a bare wh-word asks ("who", "how
        many") must say its last hop too, unless that hop's relation is named for the type
        (``located in`` for "where"): "Who founded X?" over X's founding place to someone
        born there says "founded" and nothing of the birth. Hops up or down a class
        hierarchy or over ``owl:sameAs`` say what a node is (left out); an unnamed junction
        node (a Freebase CVT, a CIDOC-CRM event), or one named after the node before it (the
        Nobel Prize data's award "X, Physics 1921" of X:
        :meth:`~kgchat.retrieval.node_types.NodeTypes.named_after`), is no thing a question
        names, and is said by its hop in or its hop out, the two saying one relation; a node
        the one before it is a fragment of (:func:`~kgchat.graph.names.fragment_of`: UniProt's
        entry of its gene ``<P04637#gene-...>``) is said by that one; 1 where nothing is
        left."""
        least = 1.0
        if not q.words:
            # a bare "Where is X?" says no relation at all: a walk that reaches its place
            # through another named thing (a course -> its department -> the department's
            # building) answers where that thing is, not X; a chain of one relation (a room's
            # floor's building) and hops over the class hierarchy say nothing else
            if (
                wh_typed(q)
                and not joint
                and any(detours(self.kg, self.anonymous, p) for p in walked)
            ):
                return 0.0
            return least
        scorer = self._judge.scorer

        def support(rel: str, forward: bool, asked: QuestionInfo = q) -> float:
            # how well the question says one hop
            return float(scorer.components(asked, [self.query(((rel, forward),), ())])[0, 1])

        # the question's words less the one a how-question's type is asked by ("old")
        how = how_word(q)
        own = replace(q, words=[w for w in q.words if w != how]) if how else q

        def own_support(rel: str, forward: bool) -> float:
            return support(rel, forward, own) if own.words else 0.0

        for path in walked:
            for i, ((rel, fwd), (nxt, nfwd)) in enumerate(itertools.pairwise(path.pattern)):
                sibling = turns_back((rel, fwd), (nxt, nfwd))
                if rel in NO_RELATION or not (sibling or not joint):
                    continue
                hop = support(rel, fwd)
                if (
                    i == 0
                    and not fwd
                    and (self._stands_for(path.nodes[0], rel) or self._name_value(path.nodes[0]))
                ):
                    # the question names the node by the entity it is known by: "tylenol"
                    # for the drug whose brand it is; or by a name it has ("proteins from
                    # *baker's yeast*": the taxon whose common name that is)
                    hop = 1.0
                if self.anonymous(path.nodes[i + 1]):
                    # an unnamed junction (a CVT, an event): its hop in or out says it; a
                    # hop out to the answer also by the answer being the type the question
                    # names ("which *city* is X in" over X's address node to "Leipzig")
                    out = max(support(nxt, nfwd), self._junction_said(q, path, i + 1))
                    j = i + 2
                    while j + 1 < len(path.nodes) and self.anonymous(path.nodes[j]):
                        # on into more unnamed junctions (a notice, then the ``Buyer`` role it
                        # announces): one n-ary chain, which the question says by what any of
                        # them is (not by a later hop: a FHIR encounter's period ``end`` does
                        # not say "when did X die")
                        out = max(out, self._junction_said(q, path, j))
                        j += 1
                    # the chain of junctions ends at the answer: its last hop is the hop out
                    # (an organisation's site, its address, then ``addressCountry``)
                    ends = j + 1 == len(path.nodes)
                    if ends and j > i + 2:
                        # ... where the question says that hop, as it must say a junction
                        # (:meth:`_junction_said`): a word of it, not one merely related (a
                        # FHIR encounter's period ``end`` is near "die", and says nothing of
                        # the encounter the walk passed)
                        hop_out = support(*path.pattern[j - 1])
                        out = max(out, hop_out if hop_out >= SAID else 0.0)
                    if ends and self._judge.named_for_type(
                        q, self.query((path.pattern[j - 1],), ())
                    ):
                        # a hop out to the answer named for the type asked (an offer's
                        # ``price`` for "how much"): the junction holds that value
                        out = 1.0
                    # the answer met as the type the question names (read once for both below)
                    met = (
                        self._judge.meets(self.kinds_of(path.nodes[-1]), q.named_type)
                        if q.named_type and ends
                        else None
                    )
                    if met is not None:
                        out = max(out, met)
                    if qualifier_hop(rel, nxt):
                        # into an RDF 1.2 reifier by the fact it reifies and out by a
                        # qualifier of that fact (its votes, its start date): the hop in
                        # says which fact, not what is asked of it; the qualifier must be
                        # said ("How many votes did X get?"); where the question names the
                        # type it asks, by that type ("Which seat did X win?" is not said by a
                        # candidacy's votes, whatever "win" is near to)
                        if met is not None:
                            named = replace(q, words=list(q.named_type), counts=[])
                            out = min(out, max(support(nxt, nfwd, named), met))
                        least = min(least, out)
                        continue
                    least = min(least, max(hop, out))
                    continue
                if repeats(self.kg, (rel, fwd), (nxt, nfwd)):
                    # one relation twice through a named node (a part of a part, what feeds
                    # what X feeds): the question says the chain by saying the relation,
                    # judged on the whole (through an unnamed junction it is an n-ary
                    # relation's two ends, schema.org's Role ``member`` twice: above)
                    continue
                node = path.nodes[i + 1]
                if fragment_of(path.nodes[i], node):
                    # from a facet minted inside its IRI (UniProt's ``P04637#gene-...``, the
                    # gene "TP53" the question names) to the entry it describes: said by it
                    continue
                what = max(self._judge.meets(self.kinds_of(node), q.words), self._named(q, node))
                named = self.named_after(*path.nodes[i : i + 2])
                if named or self.held_alone(path.nodes[i], node, (rel, fwd)):
                    # named after the node before it (an award "X, Physics 1921"): its hop out
                    # says it too; so for a part its holder holds alone (a dataset's
                    # distribution), where the question says that hop in words of its own,
                    # not only by the type a how-word asks ("How old is X?" over X's one
                    # paper to its year)
                    what = max(what, support(nxt, nfwd) if named else own_support(nxt, nfwd))
                    if i + 3 < len(path.nodes) and self.anonymous(path.nodes[i + 2]):
                        what = max(what, self._junction_said(q, path, i + 2))
                least = min(least, max(hop, what))
            last, lfwd = path.pattern[-1] if path.pattern else ("", True)
            if (
                not joint
                and len(path.pattern) > 1
                and last not in NO_RELATION
                and (wh_typed(q) or how_typed(q))
                and not self.anonymous(path.nodes[-2])
            ):
                # a last hop the question says nothing of, taken toward a type only a bare
                # wh-word asks ("Who founded X?" -> X's founding place -> someone born there;
                # "How many films did X direct?" -> a film's run time)
                # (a relation named for the type, ``date time`` for "when", says it)
                end = support(last, lfwd)
                if end < 0.05 and not self._judge.named_for_type(
                    q, self.query(((last, lfwd),), ())
                ):
                    least = min(least, max(end, 0.0))
        return least
