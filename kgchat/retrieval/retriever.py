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
from typing import TYPE_CHECKING, Any

from kgchat.errors import RetrievalError
from kgchat.linking import EntityLinker, LinkerConfig
from kgchat.retrieval.combine import CandidateRanking
from kgchat.retrieval.confidence import AnswerConfidence, RelationMatch
from kgchat.retrieval.config import RetrieverConfig
from kgchat.retrieval.forms import QuestionForms
from kgchat.retrieval.kinds import AnswerKind
from kgchat.retrieval.own_facts import OwnFactTies
from kgchat.retrieval.preparation import TablePreparation
from kgchat.retrieval.question_reading import QuestionReading
from kgchat.retrieval.reading import GraphReading
from kgchat.retrieval.results import Candidate, Path, Retrieval, ScoredFact, handed_back
from kgchat.retrieval.retrieve_steps import RetrieveSteps
from kgchat.retrieval.scored_walk import ScoredWalks
from kgchat.retrieval.scoring import HeuristicPathScorer, PathScorer

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["Candidate", "Path", "Retrieval", "Retriever", "RetrieverConfig", "ScoredFact"]


class Retriever(
    ScoredWalks,
    GraphReading,
    QuestionReading,
    QuestionForms,
    CandidateRanking,
    OwnFactTies,
    AnswerConfidence,
    TablePreparation,
    RetrieveSteps,
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
        """Find the facts, paths and candidate answers for a question (the steps:
        :mod:`kgchat.retrieval.retrieve_steps`).

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
        said, linked = self._linked(question)
        t1 = time.perf_counter()
        if not linked:
            return Retrieval(
                said,
                [],
                [],
                [],
                {"linking": t1 - t0, "paths": 0.0},
                message="no entity of the graph is mentioned in the question",
            )
        a = self._asked(question, said, linked)
        w = self._walks_from(a)
        r = self._answer_forms(a, self._reordered(a, self._ranked(a, w)))
        self._rated(a, w, r)
        t2 = time.perf_counter()
        answers, facts = self._handed_facts(a, r)
        t3 = time.perf_counter()
        done = self._answered(a, w, r, answers, facts)
        shown = handed_back(done.candidates, self.config.max_candidates, self.config.max_nodes)
        return Retrieval(
            a.written,
            a.mentions,
            done.facts,
            done.candidates[:shown],
            {"linking": t1 - t0, "paths": t2 - t1, "facts": t3 - t2},
            message=r.count.message if r.count is not None else "",
            confidence=done.confidence,
            abstained=done.confidence < self.config.min_confidence,
            reading=a.q,
            unconfirmed=r.unconfirmed,
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
