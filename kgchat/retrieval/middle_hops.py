"""What the middle of a walk says (a mixin of
:class:`~kgchat.retrieval.confidence.AnswerConfidence`): how well the question says the nodes
a walk passes through on its way to the answer (:meth:`MiddleHops._middles_said`), the ceiling
the confidence is held under; the readings of a node it rests on (a word of its name, a
node named by the entity it is known by, a name-like value, a code) are
:class:`~kgchat.retrieval.middle_names.NodeNames`'.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kgchat.graph.names import fragment_of
from kgchat.graph.triple_terms import qualifier_hop
from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.containment import placed_chain
from kgchat.retrieval.junction_words import SAID, UNSAID
from kgchat.retrieval.middle_names import NodeNames
from kgchat.retrieval.middle_readings import MiddleReadings
from kgchat.retrieval.middle_ways import MiddleWays
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import how_typed, how_word, wh_typed
from kgchat.retrieval.relation_chains import detours, repeats
from kgchat.retrieval.results import Path
from kgchat.retrieval.walk import Pattern, turns_back

__all__ = ["MiddleHops"]


@dataclass(frozen=True)
class HopReading:
    """What :meth:`MiddleHops._middles_said` reads each hop with: the question, whether the
    answer is joint, how well it says one hop (``support``: a relation and direction, of
    the question or ``asked``) and how well its own words do, less a how-question's type
    word (``own_support``)."""

    q: QuestionInfo
    joint: bool
    support: Callable[..., float]
    own_support: Callable[[str, bool], float]


class MiddleHops(MiddleReadings, MiddleWays, NodeNames):
    """How well the question says a walk's middle hops and nodes (a mixin of the retriever's
    confidence: it reads the graph as :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    query: Any
    is_literal: Any
    named_after: Any
    held_alone: Any
    record_node: Any
    said_qualifiers: Any  # JunctionWords': what a walk's junctions say of the question
    said_name_words: Any  # (and the words of their qualifiers' names)

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
        scorer = self.judge.scorer

        def support(rel: str, forward: bool, asked: QuestionInfo = q) -> float:
            # how well the question says one hop
            return float(scorer.components(asked, [self.query(((rel, forward),), ())])[0, 1])

        # the question's words less the one a how-question's type is asked by ("old")
        how = how_word(q)
        own = replace(q, words=[w for w in q.words if w != how]) if how else q

        def own_support(rel: str, forward: bool) -> float:
            return support(rel, forward, own) if own.words else 0.0

        r = HopReading(q, joint, support, own_support)
        for path in walked:
            # the parts a preposition before the mention places the answer in ("found *in*
            # Italy" over Italy's part Mesagne, the hoard's find spot): said by it
            placed = 0 if joint else placed_chain(self.kg, q, path)
            for i, ((rel, fwd), (nxt, nfwd)) in enumerate(itertools.pairwise(path.pattern)):
                sibling = turns_back((rel, fwd), (nxt, nfwd))
                if rel in NO_RELATION or not (sibling or not joint) or i < placed:
                    continue
                said = self._middle_hop_said(r, path, i, sibling)
                if said is not None:
                    least = min(least, said)
            least = min(least, self._last_hop_said(r, path))
        return least

    def _middle_hop_said(self, r: HopReading, path: Path, i: int, sibling: bool) -> float | None:
        """How well the question says the middle hop ``i`` of ``path`` and the node it
        reaches (:meth:`_middles_said`; ``sibling``: the hop after turns back over the same
        relation); None where the hop is judged with another (a chain of one relation, a
        facet of the node before, a form of the answer)."""
        q, support = r.q, r.support
        (rel, fwd), (nxt, nfwd) = path.pattern[i], path.pattern[i + 1]
        hop = support(rel, fwd)
        if (
            i == 0
            and not fwd
            and (
                self._stands_for(path.nodes[0], rel)
                or self._name_value(path.nodes[0])
                or self._post_named(path)
            )
        ):
            # the question names the node by the entity it is known by: "tylenol"
            # for the drug whose brand it is; or by a name it has ("proteins from
            # *baker's yeast*": the taxon whose common name that is); or by a post it
            # holds ("the *mayor of Berlin*": :meth:`_post_named`)
            hop = 1.0
        # a record named by its code alone (a STIX relationship ``proc-0004``) is read
        # as a junction too, or as the thing it is where that says it better (below)
        record = 0.0
        junction = self.anonymous(path.nodes[i + 1])
        if junction or self.record_node(path.nodes[i + 1]):
            said, record = self._junction_said_on(r, path, i, hop, junction)
            if said is not None:
                return said
        if repeats(self.kg, (rel, fwd), (nxt, nfwd)):
            # one relation twice through a named node (a part of a part, what feeds
            # what X feeds): the question says the chain by saying the relation,
            # judged on the whole (through an unnamed junction it is an n-ary
            # relation's two ends, schema.org's Role ``member`` twice: above)
            return None
        node = path.nodes[i + 1]
        if self.anonymous(path.nodes[i]) and self._stands_for_answer(q, path, i + 1):
            # a form of the answer out of an unnamed junction: judged with the
            # junction, as the answer it stands for (above)
            return None
        if fragment_of(path.nodes[i], node) or (
            i == 0 and not sibling and self.named_after(node, path.nodes[0])
        ):
            # from a facet minted inside its IRI (UniProt's ``P04637#gene-...``, the
            # gene "TP53" the question names) to the entry it describes: said by it;
            # so from the node the question names to a node whose whole name its own
            # name holds (BioPAX's reference "UniProt:P35558 PCK1" to the protein
            # "PCK1" it is the reference of): named in naming it, not where the walk
            # turns back from it to a peer ("MINI Cooper SE" out to its brand "MINI"
            # and back to another MINI: the question says nothing of the peer)
            return None
        said = max(hop, self._node_said(r, path, i), record)
        if said < SAID and i == 0 and not r.joint and self._asked_of_peers(path):
            # "Who founded X?" over X's owner's founder, where other things of X's kind
            # have a founder of their own: the graph states the relation asked of X's
            # kind, not of X, and a hop the question does not say reaches another
            # thing's value (:meth:`_asked_of_peers`), no answer of X's; unless a noun
            # phrase X owns is what the question asks of ("Which monsters did *the son
            # of X* kill?": :meth:`_middle_named`), which names the middle in words of its own
            return said if self._middle_named(q) else 0.0
        return said

    def _node_said(self, r: HopReading, path: Path, i: int) -> float:
        """How well the question says the node the middle hop ``i`` of ``path`` reaches (by
        its kinds, its name, the role that leads to it, the hop out of it where it is named
        after the node before or held by it alone): :meth:`_middle_hop_said`'s share beside
        the hop's own support."""
        q, support, joint = r.q, r.support, r.joint
        (rel, fwd), (nxt, nfwd) = path.pattern[i], path.pattern[i + 1]
        node = path.nodes[i + 1]
        what = max(self.judge.meets(self.kinds_of(node), q.words), self._named(q, node))
        if i > 0 and fwd and self.anonymous(path.nodes[i]):
            # out of an unnamed junction, forwards, whose role the question says ("the
            # country of the *penciller* of X" over X's credit "Pencils"): the role
            # names the participant the junction leads to, the node the question goes
            # on from (not the junction's holder, reached backwards; nor by what the
            # junction is: a death event says nothing of its time-span)
            what = max(what, self.role_said(q, path, i))
        named = self.named_after(*path.nodes[i : i + 2])
        if named or self.held_alone(path.nodes[i], node, (rel, fwd)):
            # named after the node before it (an award "X, Physics 1921"): its hop out
            # says it too; so for a part its holder holds alone (a dataset's
            # distribution), where the question says that hop in words of its own,
            # not only by the type a how-word asks ("How old is X?" over X's one
            # paper to its year)
            what = max(what, support(nxt, nfwd) if named else r.own_support(nxt, nfwd))
            if i + 3 < len(path.nodes) and self.anonymous(path.nodes[i + 2]):
                what = max(what, self._junction_said(q, path, i + 2))
                if named:
                    # a facet named after its holder (a school's "X main site"), then
                    # unnamed records to the answer (its address, then
                    # ``postal-code``): said by that last hop, as a chain of records
                    # is (above); not a part with a name of its own (a patent's
                    # applicant, whose address's ``country code`` "codes" is near)
                    what = max(what, self._chain_end_said(path, i + 3, support))
        said = i == 0 and not joint and what < SAID
        if said and (self._only_value(q, path) or self._way_said(r, path)):
            what = 1.0
        return what

    def _way_said(self, r: HopReading, path: Path) -> bool:
        """Whether the question says a walk's first middle node by asking what only it
        leads on to (:meth:`~kgchat.retrieval.middle_ways.MiddleWays.only_way`): the hop
        after it said in the question's own words (less a how-word's type: "How old is X?"
        says no year), where it goes into a record by the record's hop in or out or by
        what the record is (a ``Propriedade`` record for "Who *owns* X?")."""
        if not self.only_way(path):
            return False
        if max(r.own_support(*hop) for hop in path.pattern[1:]) >= SAID:
            return True
        how = how_word(r.q)
        own = replace(r.q, words=[w for w in r.q.words if w != how])
        return len(path.nodes) > 3 and bool(own.words) and self._junction_said(own, path, 2) > 0

    def _junction_said_on(
        self, r: HopReading, path: Path, i: int, hop: float, junction: bool
    ) -> tuple[float | None, float]:
        """How well the question says the hop ``i`` of ``path`` into an unnamed junction
        (``junction``) or a record named by its code, and the chain of junctions on to the
        answer: the hop's value where the junction settles it (None where the node is read
        as the thing it is as well), and the value the record's chain says."""
        q, support = r.q, r.support
        (rel, _), (nxt, nfwd) = path.pattern[i], path.pattern[i + 1]
        out, j = self._junction_chain(r, path, i)
        # the chain of junctions ends at the answer: its last hop is the hop out
        # (an organisation's site, its address, then ``addressCountry``); or at a
        # node that stands for the answer (:meth:`_stands_for_answer`)
        form = self._stands_for_answer(q, path, j)
        ends = j + 1 == len(path.nodes) or form
        if form:
            # ... whose hop to the answer the question says, as it says the hop
            # out of a junction ("the *vendor* of the product affected by X")
            out = max(out, support(*path.pattern[-1]))
        if ends and j > i + 2:
            # ... where the question says that hop, as it must say a junction
            # (:meth:`_junction_said`): a word of it, not one merely related (a
            # FHIR encounter's period ``end`` is near "die", and says nothing of
            # the encounter the walk passed)
            hop_out = support(*path.pattern[j - 1])
            out = max(out, hop_out if hop_out >= SAID else 0.0)
        if ends and (
            self.judge.named_for_type(q, self.query((path.pattern[j - 1],), ()))
            or self.qualifier_names_type(q, path.nodes[j - 1], path.nodes)
            or (self.is_literal(path.nodes[-1]) and self.kind_names_type(q, path.nodes[j - 1]))
        ):
            # a hop out to the answer named for the type asked (an offer's
            # ``price`` for "how much"), or a qualifier of the junction holding
            # it (an ODRL constraint's left operand "Payment Amount"), or the
            # junction's own kind, out to a literal (a ``StorageDuration``'s
            # value for "how long"): the junction holds that value
            out = 1.0
        # the answer met as the type the question names (read once for both below)
        met = (
            self.judge.meets(self.kinds_of(path.nodes[-1]), q.named_type)
            if q.named_type and ends
            else None
        )
        if met is not None:
            out = max(out, met)
        if junction and qualifier_hop(rel, nxt):
            # into an RDF 1.2 reifier by the fact it reifies and out by a
            # qualifier of that fact (its votes, its start date): the hop in
            # says which fact, not what is asked of it; the qualifier must be
            # said ("How many votes did X get?"); where the question names the
            # type it asks, by that type ("Which seat did X win?" is not said by a
            # candidacy's votes, whatever "win" is near to)
            if met is not None:
                named = replace(q, words=list(q.named_type), counts=[])
                out = min(out, max(support(nxt, nfwd, named), met))
            return out, out
        if junction:
            return max(hop, out), out
        return None, out

    def _junction_chain(self, r: HopReading, path: Path, i: int) -> tuple[float, int]:
        """How well the question says the chain of unnamed junctions that the hop ``i`` of
        ``path`` enters (:meth:`_junction_said_on`), and the index of the node after it."""
        q, support = r.q, r.support
        nxt, nfwd = path.pattern[i + 1]
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
        return out, j

    def _last_hop_said(self, r: HopReading, path: Path) -> float:
        """How well the question says the last hop of ``path`` where it must (a walk of
        several hops to a type only a bare wh-word asks); 1 where it need not."""
        q, support, joint = r.q, r.support, r.joint
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
            last_query = self.query(((last, lfwd),), ())
            if (
                end < UNSAID
                and not self.judge.named_for_type(q, last_query)
                and not self._headed_for_type(q, path, last_query)
                and not self._post_held(q, path)
            ):
                return max(end, 0.0)
        return 1.0

    def _middle_words(
        self,
        q: QuestionInfo,
        walked: list[Path],
        middles: dict[str, dict[Pattern, tuple[str, ...]]] | None,
    ) -> tuple[str, ...]:
        """What the ``walked`` paths say on the way: the kinds of the nodes they pass
        (``middles``: per start, per pattern), and the words of their junctions the
        question says."""
        found = middles or {}
        middle = tuple(
            dict.fromkeys(w for p in walked for w in found.get(p.start, {}).get(p.pattern, ()))
        )
        # what qualifies an unnamed junction on the walk and the question says (a
        # contribution's role "illustrator") is said by the walk, as the kinds of the nodes
        # passed are; not what the question does not say (a production's place "Munich")
        middle += tuple(
            w
            for p in walked
            for w in (*self.said_qualifiers(q, p), *self.said_name_words(q, p))
            if w not in middle
        )
        return middle
