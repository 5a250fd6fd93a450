"""From a question to ranked facts, paths and candidate answers.

1. Link the entities the question mentions (:mod:`kgchat.linking`).
2. From each, walk 1 to ``max_hops`` hops both ways, grouped by relation *pattern*
   (``plays_in_club> is_in_country>``), with fan-out caps on hubs and a beam between hops.
3. Score each pattern by the answer type of the nodes it reaches (:mod:`.scoring`): candidates
   rank by their best path; those reached from several mentions add up their scores (the
   intersection of a two-constraint question).
4. Hand back the best candidates' path facts, then the topics' other facts, numbered, in a budget.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([
...     ("Alan_PULIDO", "plays_in_club", "Tigres_UANL"),
...     ("Alan_PULIDO", "plays_for_country", "Mexico"),
...     ("Tigres_UANL", "is_in_country", "Mexico"),
...     ("Tim_CAHILL", "plays_in_club", "New_York_Red_Bulls"),
...     ("New_York_Red_Bulls", "is_in_country", "USA"),
...     ("Tim_CAHILL", "plays_for_country", "Australia"),
... ])
>>> r = Retriever(kg)
>>> res = r.retrieve("Which country is the club of Tim CAHILL in?")
>>> res.answer, [c.label for c in res.candidates][:2]
('USA', ['USA', 'Australia'])
>>> print(res.facts_block())
[1] Tim CAHILL — plays in club → New York Red Bulls
[2] New York Red Bulls — is in country → USA
[3] Tim CAHILL — plays for country → Australia
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from kgchat.errors import RetrievalError
from kgchat.graph.capabilities import PrefetchesWalks
from kgchat.linking import EntityLinker, LinkerConfig
from kgchat.retrieval.acronyms import spelled_out
from kgchat.retrieval.answer_classes import read_answer_classes
from kgchat.retrieval.asked_value import asked_value_first, matchers_said
from kgchat.retrieval.chain_roots import broadest_first
from kgchat.retrieval.code_past_type import type_before_value
from kgchat.retrieval.combine import CandidateRanking, Entry
from kgchat.retrieval.confidence import AnswerConfidence, RelationMatch
from kgchat.retrieval.config import RetrieverConfig
from kgchat.retrieval.containment import the_way_asked
from kgchat.retrieval.coordinated import coordinated_walks
from kgchat.retrieval.counting import counted_answer
from kgchat.retrieval.date_precision import times_first
from kgchat.retrieval.dated_walk import dated_first
from kgchat.retrieval.degree import asked_degree
from kgchat.retrieval.facts import select_facts
from kgchat.retrieval.forms import QuestionForms
from kgchat.retrieval.head_kinds import heads_read
from kgchat.retrieval.held_values import held_values
from kgchat.retrieval.holder_asked import holder_asked
from kgchat.retrieval.in_year import held_when, year_said_apart
from kgchat.retrieval.joint_detours import tied_by_grammar
from kgchat.retrieval.joint_roles import owner_said, roles_said
from kgchat.retrieval.junction_constraints import met_at_junctions
from kgchat.retrieval.kinds import AnswerKind
from kgchat.retrieval.language_asked import names_in_language, question_language, spoken_first
from kgchat.retrieval.modifier_kinds import kind_beyond_modifier, values_of
from kgchat.retrieval.name_asked import may_ask_name, other_names_asked
from kgchat.retrieval.own_facts import OwnFactTies
from kgchat.retrieval.passed_named import passed_named_first
from kgchat.retrieval.preparation import TablePreparation
from kgchat.retrieval.question_reading import QuestionReading
from kgchat.retrieval.question_shapes import asks_type_at, is_yes_no, modifies_type
from kgchat.retrieval.reading import GraphReading
from kgchat.retrieval.record_figures import figure_asked
from kgchat.retrieval.results import Candidate, Path, Retrieval, ScoredFact, handed_back
from kgchat.retrieval.role_voice import voiced_roles_first
from kgchat.retrieval.scored_walk import ScoredWalks
from kgchat.retrieval.scoring import HeuristicPathScorer, PathScorer
from kgchat.retrieval.shared_walks import named_frees
from kgchat.retrieval.tie_texts import judged_texts
from kgchat.retrieval.tied_candidates import rated_first
from kgchat.retrieval.tied_paths import tied_first
from kgchat.retrieval.walk import Pattern
from kgchat.retrieval.wh_detours import detours_read
from kgchat.text import normalize

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["Candidate", "Path", "Retrieval", "Retriever", "RetrieverConfig", "ScoredFact"]

# the candidates a year is held against: so many times those handed back (the office's
# holders in that year may rank below others the walk met first)
_YEAR_POOL = 10


class Retriever(
    ScoredWalks,
    GraphReading,
    QuestionReading,
    QuestionForms,
    CandidateRanking,
    OwnFactTies,
    AnswerConfidence,
    TablePreparation,
):
    """Question in, :class:`Retrieval` out; see the module docstring.

    Parameters
    ----------
    kg : KnowledgeGraph
    index : EntityIndex, optional
        Entity index: its encoder gives soft word matching, its search the linker's fallback.
    scorer : PathScorer, optional
        Defaults to :class:`HeuristicPathScorer` over the index's encoder.
    config, linker_config : optional
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        index: Any = None,
        scorer: PathScorer | None = None,
        config: RetrieverConfig | None = None,
        linker_config: LinkerConfig | None = None,
    ) -> None:
        self.kg = kg
        self.index = index
        self.config = config or RetrieverConfig()
        self.linker = EntityLinker(kg, index, linker_config)
        encoder = getattr(index, "encoder", None)
        self.scorer: PathScorer = scorer or HeuristicPathScorer(encoder)
        heuristic = self.scorer if isinstance(self.scorer, HeuristicPathScorer) else None
        maker = self._matcher_maker(encoder)
        self.judge = RelationMatch(encoder, heuristic, maker)
        self._hop_price = float(getattr(getattr(self.scorer, "config", None), "length", 0.0))
        self._generic: dict[str, tuple[str, ...]] = {}
        self._renew_caches(-1, graph=True)
        self._kinds: AnswerKind | None = None

    def retrieve(self, question: str) -> Retrieval:
        """Find the facts, paths and candidate answers for a question.

        Raises
        ------
        RetrievalError
            For an empty or whitespace-only question.
        """
        if not isinstance(question, str) or not question.strip():
            raise RetrievalError("the question is empty; ask something about the graph")
        # names and relations sit early; the cap bounds the cost
        question = question[: self.config.max_question_chars]
        t0 = time.perf_counter()
        self._caches_current()
        mentions = self.linker.link(question)
        as_written = question
        said = spelled_out(question, mentions, self.kg.label, self._relation_words)
        if said != question:  # a class named by its initials: read in its own words
            question, mentions = said, self.linker.link(said)
        t1 = time.perf_counter()
        if not mentions:
            return Retrieval(
                question,
                [],
                [],
                [],
                {"linking": t1 - t0, "paths": 0.0},
                message="no entity of the graph is mentioned in the question",
            )
        linked = mentions
        q, mentions, classes = self.read(question, mentions)
        mentions, classes, answer_classes = read_answer_classes(self, q, linked, mentions, classes)
        # Walks stay (score, pattern, walk source) tuples: only the final candidates are traced.
        per_span: dict[tuple[int, int], dict[str, list[Entry]]] = defaultdict(dict)
        sources: list[tuple[str, dict[Pattern, dict[str, Any]]]] = []
        middles: list[dict[Pattern, tuple[str, ...]]] = []  # each walk's middle-node kinds
        frees: list[dict[Pattern, int]] = []  # each walk's hops into junctions, per pattern
        ties: list[dict[str, list[Entry]]] = []  # each walk's entries tied with a node's kept
        if isinstance(self.kg, PrefetchesWalks):  # a remote view fetches the walks' starts
            self.kg.expect_walk(m.node for m in mentions)  # together
        as_named = {m.node: normalize(self.kg.label(m.node)) for m in mentions}  # read once
        for m in mentions:
            table = per_span[(m.start, m.end)]
            middle: dict[Pattern, tuple[str, ...]] = {}
            tied: dict[str, list[Entry]] = {}
            frees.append({})  # (the walk fills it)
            # a value the question names as its type beside another mention ("which
            # *physicists* were born in X": profession physicist) says what the answer is:
            # by one hop, not as a node a longer walk passes (the birthplace of a physicist);
            # one that modifies the type ("which *chemistry* laureates") by two at most: in
            # n-ary data the value hangs off an award node between it and the answer
            most_hops = self.config.max_hops
            lone = len(mentions) < 2 or m.is_class or self.is_class(m.node)
            if not lone and asks_type_at(q, m.start, m.end):
                most_hops = 2 if modifies_type(q, m.start, m.end) else 1
            # an ambiguous name's other readings are no topics of this one: they may be what
            # it leads to ("the *Lavergne* papers' creator": the person Lavergne), but for
            # one named as it is (a work and its edition: the same thing twice)
            topics = {
                n.node
                for n in mentions
                if (n.start, n.end) != (m.start, m.end) or as_named[n.node] == as_named[m.node]
            }
            best, parents = self._walk(
                q,
                m,
                topics,
                type_only=m.node in classes,
                middle=middle,
                wid=len(sources),
                most_hops=most_hops,
                ties=tied,
                junctions=frees[-1],
            )
            sources.append((m.node, parents))
            middles.append(middle)
            ties.append(tied)
            if not table:  # the span's first walk (its only one, but for an ambiguous name)
                table.update(best)
                continue
            for node, entries in best.items():
                old = table.get(node)
                if old is not None:  # an ambiguous span: its entities' walks compete
                    entries = sorted(old + entries, key=lambda e: -e[0])[: self.TOP_PATHS]
                table[node] = entries
        asked = self._extension(answer_classes)
        frees = named_frees(frees, [(m.start, m.end, m.node) for m in mentions], q.tokens, as_named)
        # walks from entities joined by "and" ("both X and Y"): one role (coordinated.py);
        # from those tied by grammar alone: judged by their link (joint_detours.py)
        alike = coordinated_walks(q.tokens, mentions)
        bare = tied_by_grammar(q, [(m.start, m.end) for m in mentions])
        candidates = self._combine(q, per_span, sources, asked, middles, frees, alike, bare)
        candidates = self._said_values(q, mentions, candidates, asked)
        typed = self._typed_by_class(q, linked)
        candidates = [c for c in candidates if not self._no_answer(q, c, typed)]
        by_start = {node: middles[wid] for wid, (node, _) in enumerate(sources)}
        candidates = self._said_junctions(q, candidates, by_start)
        # the entities of each span the question names, held with the answer by one n-ary node
        # (the year it names; whether a record's figure is what it asks; the type asked)
        kind_at = frozenset((m.start, m.end) for m in mentions if asks_type_at(q, m.start, m.end))
        ask = (year_said_apart(q.tokens, q.spans), figure_asked(q), kind_at)
        candidates = met_at_junctions(
            self.kg, self.edges, self.anonymous, candidates, mentions, self.CONSTRAINT_BONUS, *ask
        )
        candidates = self._ties_by_own_facts(q, candidates)
        # of a tie, the joint answers whose paths say each entity's own word ("letters from
        # X *addressed to* Y": Y's path says "addressed") before those that cross them
        scorer = self.judge.scorer
        spans = {m.node: (m.start, m.end) for m in mentions}

        def cover(path: Path) -> Any:
            """How well ``path``'s relations say each question word (the scorer's)."""
            return scorer.word_cover(q, self.query(path.pattern, ()))

        candidates = roles_said(q, candidates, spans, cover)
        # "version of *A*": the shorter path of a tie starts at the entity beside its word
        candidates = owner_said(q, candidates, spans, cover)
        # "What voltage is X?": not X's voltage *level*, the voltage one hop beyond it
        meets, heads = self.judge.meets, self._head_kinds
        values = values_of(self.edges, self.phrase, self.kg.label, self.is_literal)
        candidates = kind_beyond_modifier(q, candidates, self.kinds_of, heads, meets, values)
        kinds = self.answer_types, self.kinds_of, self._head_kinds  # (names say kinds)
        candidates = passed_named_first(q, candidates, self.is_literal, *kinds)
        # "What country is X attributed to?": the country, not its code a hop past it
        candidates = type_before_value(self, q, candidates, {m.node for m in mentions})
        # the classes said where the question says the type it asks ("*which gene*")
        typed = frozenset(m.node for m in mentions if asks_type_at(q, m.start, m.end))
        candidates = the_way_asked(q, self.kg, candidates, typed)
        # "Who moderates X?": the moderator's account, not the person who holds it
        candidates = detours_read(self, q, candidates)
        candidates = heads_read(self, q, candidates, self._classes)  # "When was X decided?"
        # "mayor of London in 2010"; "Who is the mayor?": this year; "the previous owners"
        now = self.config.as_of_year or time.gmtime().tm_year
        topics = {m.node for m in mentions if not self.kg.is_literal(m.node)}
        pool = self.config.max_candidates * _YEAR_POOL
        candidates = held_when(self, q, now, topics, candidates, pool=pool)
        candidates = dated_first(self, q, candidates, pool=pool)  # "erupted in 2011"
        # "What was X's vote share in 2023?": of X's values (the year's), the one it says
        judged = matchers_said(self.judge, self.query, q, self.kinds_of)
        candidates = asked_value_first(q, candidates, self.kg.is_literal, self.anonymous, judged)
        # "When was X born?": the birth date before the birth year of the same node (after the
        # matchers' reading: of a year they put first, its full date)
        candidates = times_first(q, candidates, self.kg.is_literal, self.query)
        candidates = voiced_roles_first(self, q, candidates, spans)  # "What catalyses X?"
        unconfirmed = None
        if is_yes_no(question):
            # the classes named beside the entities, with instances or only subclasses
            kept = {m.node for m in mentions}
            named = [m for m in linked if m.node not in kept and self.is_class(m.node)]
            candidates, unconfirmed = self._confirm(question, mentions, candidates, named)
        # "How sweet is X?", "Is X dry or sweet?": X's value of the quality named
        candidates = asked_degree(
            q, mentions, candidates, self.edges, self.kg.label, self._is_value_node
        )
        # "What family is X in?": of ancestors one transitive hop ties, the broadest
        candidates = broadest_first(q, self.kg, candidates)
        # "the French word for bread": the answers named in French first (language_asked)
        language = question_language(q, is_yes_no(question))
        candidates, spoken = spoken_first(self.kg, q, language, mentions, candidates)
        # of the best answer's equally scored paths, the one the confidence rates highest first
        similarity = self.judge.scorer.similarity  # (a HeuristicPathScorer's: always one)

        def rate(ranked: list[Candidate], read: Any = q) -> float:
            return self._confidence(read, ranked, by_start, typed, spans)

        candidates, rated = tied_first(
            candidates,
            sources,
            ties,
            rate,
            lambda tops: similarity.riding(judged_texts(tops, self.query)),
        )
        similarity.riding([])  # (what rode on no pass is not kept for later ones)
        # of the answers tied for the best score, the one the confidence rates highest first,
        # where the first would be abstained on
        if not is_yes_no(question):  # (a yes-no question's answer is no candidate's)
            candidates, rated = rated_first(candidates, rate, rated, self.config.min_confidence)
        # "How many battles did X fight in?": the battles counted (kgchat.retrieval.counting)
        count = counted_answer(self, q, mentions, candidates, rate, rated)
        if count is not None:
            candidates, rated = count.candidates, count.confidence
        t2 = time.perf_counter()
        # a node that holds one value and says nothing else answers with the value, its
        # value's fact part of the evidence cited (of those handed back: a node's edges are
        # read for each); the confidence rates the walk to the node the question names
        shown = handed_back(candidates, self.config.max_candidates, self.config.max_nodes)
        answers = held_values(self.kg, self.edges, candidates[:shown])
        facts = select_facts(
            self.kg,
            answers + candidates[shown:],
            [self.edges(m.node) for m in mentions],
            self.config,
        )
        t3 = time.perf_counter()
        if rated is None:  # (tied_first rated the ranking it chose: the same confidence)
            rated = self._confidence(q, candidates, by_start, typed, spans)
        confidence = rated if spoken is None else spoken  # (the language asked: its own)
        candidates = answers
        # "the French name of X": a name the graph gives X in that language (no fact)
        found = language and names_in_language(self.kg, q, language, mentions, candidates)
        if found:
            candidates, names, sure = found
            facts, confidence = names + facts, confidence if sure < 0 else sure
        if not found and not is_yes_no(question) and may_ask_name(q):
            # (a word that is also a language code, "What does GA stand for?", read as a
            # language first: the name reading runs where that one found nothing)
            # "What is X called?": X by another of its names (kgchat.retrieval.name_asked)
            other_names = other_names_asked(self.kg, q, mentions, candidates)
            if other_names is not None:
                candidates, names, confidence = other_names
                facts = names + facts
        held = (
            None
            if is_yes_no(question)
            else holder_asked(self.kg, q, linked, self.edges, self.phrase)
        )
        if held is not None:  # "Which station has the code X?" (kgchat.retrieval.holder_asked)
            candidates = [held[0], *(c for c in candidates if c.node != held[0].node)]
            confidence = held[1]
        return Retrieval(
            as_written,
            mentions,
            facts,
            candidates[
                : handed_back(candidates, self.config.max_candidates, self.config.max_nodes)
            ],
            {"linking": t1 - t0, "paths": t2 - t1, "facts": t3 - t2},
            message=count.message if count is not None else "",
            confidence=confidence,
            abstained=confidence < self.config.min_confidence,
            reading=q,
            unconfirmed=unconfirmed,
        )

    def _is_value_node(self, node: str) -> bool:
        """Whether ``node`` may be a value a degree question names: no literal, no class."""
        return not self.kg.is_literal(node) and not self.is_class(node)

    def _matcher_maker(self, encoder: Any) -> Any:
        """What makes the graph's learned relation matcher for the confidence, where the
        config asks for one and there is an encoder to read (None otherwise)."""
        if not self.config.relation_matcher or encoder is None:
            return None

        def make() -> Any:
            from kgchat.retrieval.relation_learned import graph_matchers
            from kgchat.wordnet import wordnet

            return graph_matchers(self, encoder, wordnet())

        return make
