"""The config of the QA stage: how many questions of which kinds, how they are split and
whether the real retriever's facts go with them.

>>> config = QAConfig(seed=3, hops=(1, 2), encoder="hashing")
>>> QAConfig.from_json(config.to_json()) == config
True
>>> QAConfig(test_fraction=0.6, dev_fraction=0.5)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kgchat.errors.ConfigError: QAConfig.dev_fraction=0.5 is invalid: expected test_fraction + ...
"""

from __future__ import annotations

from dataclasses import dataclass

from kgchat.config import Config, check

__all__ = ["KINDS", "SPLITS", "QAConfig"]

KINDS = ("1hop", "2hop", "3hop", "conjunction", "unanswerable")
"""The kinds of question, in the order they are generated and reported."""

SPLITS = ("train", "dev", "test")
"""The splits, one JSON Lines file each."""


@dataclass(frozen=True)
class QAConfig(Config):
    """How questions are made from a graph.

    Attributes
    ----------
    seed : int
        Every random choice (topics, relations, phrasings, splits) follows from it: the same
        graph, config and seed give the same files, byte for byte.
    phrasings : int
        Questions per (topic, relation pattern), each in another wording.
    max_per_kind : int
        Most questions of each kind; topics are sampled (seeded) until it is reached.
    hops : tuple of int
        Path lengths to ask about: any of 1, 2, 3.
    conjunctions : bool
        Make two-constraint questions ("which X play for Mexico and are aged 23?").
    unanswerable : bool
        Make questions about a real entity and a relation it lacks (about one in ten of the
        answerable ones), whose target is the chatbot's abstention.
    test_fraction, dev_fraction : float
        Shares of topic entities held out; every question of a topic is in one split.
    max_answers : int
        Questions with more answers than this are skipped (the whole answer set is the target).
    max_support : int
        Questions needing more supporting facts than this (one path per answer) are skipped, so
        the prompt stays within a small model's context.
    max_facts : int
        Retrieved facts numbered into the prompt, as the chatbot does (``ChatConfig.max_facts``).
    retrieve : bool
        Run the real retriever on each question and put its facts in the prompt, so training
        sees the noise inference will see; without it the prompt holds the supporting facts only.
    encoder, encoder_model : str
        The retriever's encoder and its model, as for the chatbot (``--encoder``).
    prompts : str, optional
        A JSON file of prompt templates (as ``ChatConfig.prompts``): targets use its
        ``fallback`` and ``no_answer`` texts.
    paraphrase : bool
        Add one rewording of each question by a chat LLM (:mod:`kgchat.qa.paraphrase`;
        slow: one generation per question, cached), as an extra example marked
        ``paraphrased``.
    paraphrase_model : str, optional
        The model that rewords (default: the chatbot's default model).
    rewordings : int
        Extra examples of each question with its relation words said otherwise (their nearest
        words by the encoder's word embeddings) or in a carrier frame (:mod:`kgchat.qa.reword`;
        milliseconds), marked ``paraphrased``: for a learned scorer that must read people's
        words, not the generator's (0: none).
    """

    seed: int = 0
    phrasings: int = 2
    max_per_kind: int = 2000
    hops: tuple[int, ...] = (1, 2, 3)
    conjunctions: bool = True
    unanswerable: bool = True
    test_fraction: float = 0.1
    dev_fraction: float = 0.1
    max_answers: int = 20
    max_support: int = 24
    max_facts: int = 12
    retrieve: bool = True
    encoder: str = "sentence-transformers"
    encoder_model: str | None = None
    prompts: str | None = None
    paraphrase: bool = False
    paraphrase_model: str | None = None
    rewordings: int = 0

    def __post_init__(self) -> None:
        check(self.phrasings >= 1, "phrasings", self.phrasings, "an integer >= 1")
        check(self.max_per_kind >= 1, "max_per_kind", self.max_per_kind, "an integer >= 1")
        check(
            bool(self.hops) and set(self.hops) <= {1, 2, 3},
            "hops",
            self.hops,
            "a non-empty tuple of 1, 2 and/or 3",
        )
        for name in ("test_fraction", "dev_fraction"):
            value = getattr(self, name)
            check(0 <= value < 1, name, value, "a fraction in [0, 1)")
        check(
            self.test_fraction + self.dev_fraction < 1,
            "dev_fraction",
            self.dev_fraction,
            "test_fraction + dev_fraction < 1",
        )
        for name in ("max_answers", "max_support", "max_facts"):
            check(getattr(self, name) >= 1, name, getattr(self, name), "an integer >= 1")
        check(bool(self.encoder.strip()), "encoder", self.encoder, "an encoder name")
        check(self.rewordings >= 0, "rewordings", self.rewordings, "an integer >= 0")

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds this config asks for, in :data:`KINDS` order."""
        wanted = {f"{h}hop" for h in self.hops}
        if self.conjunctions:
            wanted.add("conjunction")
        if self.unanswerable:
            wanted.add("unanswerable")
        return tuple(k for k in KINDS if k in wanted)
