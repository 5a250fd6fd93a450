"""The retriever's configs: :class:`RetrieverConfig` (how far and wide it walks, what it
hands back, when it abstains) and :class:`ScorerConfig` (the untrained path scorer's
weights, :class:`~kgchat.retrieval.scoring.HeuristicPathScorer`).

>>> RetrieverConfig(max_hops=2).max_hops
2
"""

from __future__ import annotations

from dataclasses import dataclass

from kgchat.config import Config, check

__all__ = ["RetrieverConfig", "ScorerConfig"]


@dataclass(frozen=True)
class RetrieverConfig(Config):
    """How far and how wide the retriever walks, and how much it hands back.

    Attributes
    ----------
    max_hops : int
        Longest relation path walked (1 to 3).
    beam : int
        Relation patterns kept after each hop for the next one.
    max_fanout : int
        Edges followed from one node (hubs are sampled, not exhausted).
    max_nodes : int
        Nodes kept per relation pattern.
    max_facts : int
        Most facts handed to the prompt.
    token_budget : int
        Most (estimated) tokens of fact text handed to the prompt.
    max_candidates : int
        Candidate answers returned.
    max_question_chars : int
        A longer question is cut to this many characters, for retrieval and (through
        ``Retrieval.question``) for the chatbot's prompt alike.
    min_confidence : float
        Below this confidence of the best answer (how well its path says the question's
        relation, :mod:`kgchat.retrieval.confidence`) the retrieval abstains: the candidates
        stay listed, ``Retrieval.abstained`` is True.
    as_of_year : int or None
        The year a question in the present tense asks of ("Who *is* the mayor of X?": the
        holder whose dated statement covers it, :mod:`kgchat.retrieval.in_year`); None: this
        year by the clock (UTC). Set it to evaluate reproducibly, or to ask a graph of an
        earlier year as of its time.
    relation_matcher : bool
        Whether the confidence also reads a relation matcher learned from the graph's own
        relations (:mod:`kgchat.retrieval.relation_learned`: trained on first need in
        seconds, cached per graph); on by default, as measured (README "Abstention").
    """

    max_hops: int = 3
    beam: int = 12
    max_fanout: int = 300
    max_nodes: int = 400
    max_facts: int = 24
    token_budget: int = 600
    max_candidates: int = 10
    max_question_chars: int = 10_000
    min_confidence: float = 0.20
    as_of_year: int | None = None
    relation_matcher: bool = True

    def __post_init__(self) -> None:
        check(1 <= self.max_hops <= 3, "max_hops", self.max_hops, "1, 2 or 3")
        year = self.as_of_year
        check(year is None or 1 <= year <= 9998, "as_of_year", year, "a year 1-9998, or None")
        for name in (
            "beam",
            "max_fanout",
            "max_nodes",
            "max_facts",
            "token_budget",
            "max_candidates",
            "max_question_chars",
        ):
            check(getattr(self, name) >= 1, name, getattr(self, name), "an integer >= 1")
        check(0 <= self.min_confidence <= 1, "min_confidence", self.min_confidence, "in [0, 1]")


@dataclass(frozen=True)
class ScorerConfig(Config):
    """Weights of the untrained path scorer (see :mod:`kgchat.retrieval.scoring`).

    Attributes
    ----------
    coverage, support, preposition, answer_type, length : float
        Weights of question coverage, per-hop support, preposition agreement, answer-type match,
        and the price of each hop beyond the first.
    soft_floor : float
        Embedding cosine at or below which two words count as unrelated (0); 1 stays 1.
    direction : float
        Weight of word-order agreement: a verb relation asked before the entity ("what
        *treats* X") is walked backwards from it, after it ("what does X *treat*") forwards,
        a passive ("what is X *treated by*") the other way round.
    unsaid : float
        The price of a hop of a path of several hops that the question does not say, in
        hops (times ``length``): each hop costs ``unsaid * (1 - its support) ** 2`` more, so
        relations nothing says are no free way to a neighbour's fact.
    lexical : float
        How much a meaning or form WordNet gives two words counts as a match of them
        ("wrote" for ``author``, "wife" for ``spouse``, "succeed" for ``successor``), times
        WordNet's own certainty (:meth:`kgchat.wordnet.WordNet.related`); 0, or no WordNet
        installed, leaves word matching to stems and the encoder.
    described : float
        How much the meaning of a relation's own description (its property's
        ``rdfs:comment``, ``skos:definition``...: :meth:`~kgchat.graph.KnowledgeGraph.
        relation_description`) counts as support of a hop: the encoder's cosine between the
        question, its entities left out, and that description, rescaled as a phrase's, times
        this; a hop is supported by the better of its phrases and its description. 0 (or a
        graph without property descriptions) reads the labels alone.
    said_hop : float
        How much of a hop's ``length`` price is forgiven for each hop beyond the first that
        the question names by a word of its own (:func:`~kgchat.retrieval.said_hops.
        said_hops`): 1, a walk whose every hop the question spells out pays for none of
        them; 0, every hop pays.
    """

    coverage: float = 1.0
    support: float = 0.6
    preposition: float = 0.15
    answer_type: float = 1.0
    length: float = 0.2
    soft_floor: float = 0.35
    direction: float = 0.3
    lexical: float = 0.8
    unsaid: float = 1.0
    described: float = 1.0
    said_hop: float = 1.0

    def __post_init__(self) -> None:
        for name in (
            "coverage",
            "support",
            "preposition",
            "answer_type",
            "length",
            "direction",
            "unsaid",
        ):
            check(getattr(self, name) >= 0, name, getattr(self, name), "a weight >= 0")
        check(0 <= self.soft_floor < 1, "soft_floor", self.soft_floor, "in [0, 1)")
        check(0 <= self.lexical <= 1, "lexical", self.lexical, "in [0, 1]")
        check(0 <= self.described <= 1, "described", self.described, "in [0, 1]")
        check(0 <= self.said_hop <= 1, "said_hop", self.said_hop, "in [0, 1]")
