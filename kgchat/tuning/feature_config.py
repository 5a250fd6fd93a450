"""The ``feature`` strategy's config (:mod:`kgchat.tuning.feature`), apart from its training code
so that reading a saved scorer's ``config.json`` (:mod:`kgchat.retrieval.learned`) needs no torch.
"""

from __future__ import annotations

from dataclasses import dataclass

from kgchat.config import check
from kgchat.tuning.base import TrainConfig

__all__ = ["FeatureTuningConfig"]


@dataclass(frozen=True)
class FeatureTuningConfig(TrainConfig):
    """:class:`~kgchat.tuning.base.TrainConfig` (``batch_size``: questions per step;
    ``grad_accum``, ``with_facts``, ``prompts`` and ``warmup_ratio`` do not apply) plus the
    following. Two of its defaults differ: ``max_steps`` 1500 (the dev loss flattens after
    ~800 steps on medicine's QA; the full QA set runs ~360 steps an epoch) and ``threads`` 1
    (the head's and the encoder's matrices are small: on 2 busy cores one thread trained a step
    in 40 ms, two in 110-440 ms; ``None``: torch's default, all cores).

    Attributes
    ----------
    layer : int
        The hidden-state layer to pool (``-1``: the last; ``0``: the embeddings).
    hidden : int
        Width of the head's hidden layer.
    dropout : float
        Dropout in the head.
    use_heuristic : bool
        Add the untrained scorer's score as a feature and as the residual the head corrects.
    max_hops : int
        Longest candidate path (1 to 3).
    max_candidates : int
        Candidates kept per question: every positive, then the negatives the heuristic ranks
        highest, then random ones.
    embed_batch_size : int
        Texts per forward pass of the frozen LM.
    heuristic_encoder : str
        Word encoder of the untrained scorer the head corrects (an encoder name, or ``"none"``
        for lexical matching only); the same at training and at retrieval time.
    max_correction : float
        Most the head may move the heuristic's score of a path (``cap * tanh``; 0: unbounded).
        The head learns from generated questions; people phrase theirs otherwise. Bounded, it
        re-ranks the paths the heuristic finds nearly tied and leaves its clear choices alone.
    rescore_top : int
        At retrieval time, paths the head rescores per scoring call: the heuristic's best ones
        (0: every path; slower: each new path text costs the LM a forward pass).
    head : str
        ``tokens`` (:class:`~kgchat.retrieval.path_heads.TokenPathHead`: each hop read against the
        question's tokens, with where the question says it) or ``pooled``
        (:class:`~kgchat.retrieval.path_heads.PathHead`: one mean-pooled vector per question and per
        path; 3x slower to train and to score, and no better: see the README) or ``refine``
        (:class:`~kgchat.retrieval.path_heads.RefineHead`: no learned projection; a correction
        from the untrained score's parts, the hop count and the frozen encoder's similarities of
        the question without its names to each hop and to the whole path).
    proj : int
        Width of the ``tokens`` head's projections.
    backbone : str
        The frozen model the features come from: ``encoder`` (a text encoder's transformer,
        loaded with ``transformers.AutoModel``: ``model`` names a sentence-transformers or
        BERT-like folder or Hub id, default the bundled all-MiniLM-L6-v2) or ``lm`` (the causal
        chat LM, default SmolLM2-135M). The saved scorer reloads the same one.
    gate_file : str, optional
        Questions written by people about this graph (a ``kgchat eval --questions`` file): the
        dev check runs on their development half (``kgchat eval --split dev``) instead of the
        generated dev split. A head can win on generated questions and lose on people's
        (geopolitical: generated dev 0.718 -> 0.788, people's 24 -> 21 of 26), so where such
        questions exist they decide.
    meaning : bool
        The ``tokens`` head also reads the frozen encoder's own similarities, unprojected: each
        hop's phrase against its closest question token, and the path's phrases against the
        whole question; what the learned projections make of the generator's wordings cannot
        narrow these to them. Scorers saved before the field load without them.
    sharpness : float
        Where the listwise softmax's sharpness (a learned factor on the scores) starts. Over the
        untrained scorer's near-tied scores a flat softmax (1) is cut most by moving whole groups
        of paths, not by putting each question's own first: one epoch at 1 took iswc2010's
        generated training questions (no two-constraint ones) from hits@1 0.805 to 0.663
        (three hops 0.65 -> 0.25); at 30, to 0.864 (dev 0.819 -> 0.879). Yet the sharper heads
        fit the generator's wordings and lose more of people's questions (real-world
        development halves, pooled, learned minus untrained: -8 of 78 at 30, -3 at 1), so
        the default stays 1.
    conjunctions : bool
        Train on two-constraint questions too. Their positive is the topic's one constraint,
        while the question also says the other's words, which the walk from the topic meets
        only on longer paths: they teach that a path which says less of the question is right
        (iswc2010, one epoch at sharpness 10: generated dev 0.764 -> 0.671 with them, 0.819 ->
        0.828 without). On people's questions it made no clear difference (-3 with, -4
        without, at sharpness 1).
    drop_words : bool
        Add a copy of each multi-hop training question with one relation word left out
        (:func:`kgchat.qa.reword.drop_relation_word`): people leave out hops they take as read.
    default_on_generated : bool
        Let a significant win on the generated dev split make the scorer the graph's default.
        Off: only a win on people's questions (``gate_file``) does. Heads that won their
        generated check lost people's questions on all three real-world graphs and on WC2014
        (generated 19 won / 0 lost, people's 0 / 7 of 300).
    gate_questions : int
        After training, the retriever answers up to this many dev questions with the untrained
        scorer and with the learned one; the learned scorer becomes the graph's default
        (:func:`kgchat.pipeline.make_retriever`) only when it wins significantly more of the
        questions they disagree on than it loses (a sign test, :mod:`.feature_gate`; 0: no
        check, never the default).
    """

    epochs: int = 40
    lr: float = 1e-3
    batch_size: int = 16
    max_length: int = 64
    patience: int = 5
    max_steps: int | None = 1500
    threads: int | None = 1
    layer: int = -1
    hidden: int = 128
    dropout: float = 0.1
    use_heuristic: bool = True
    max_hops: int = 3
    max_candidates: int = 64
    embed_batch_size: int = 64
    heuristic_encoder: str = "sentence-transformers"
    max_correction: float = 0.5
    rescore_top: int = 32
    gate_questions: int = 200
    head: str = "tokens"
    proj: int = 64
    backbone: str = "encoder"
    meaning: bool = True
    gate_file: str | None = None
    sharpness: float = 1.0
    conjunctions: bool = True
    drop_words: bool = False
    default_on_generated: bool = False

    def __post_init__(self) -> None:
        super().__post_init__()
        check(self.hidden >= 1, "hidden", self.hidden, "an integer >= 1")
        check(0 <= self.dropout < 1, "dropout", self.dropout, "in [0, 1)")
        check(1 <= self.max_hops <= 3, "max_hops", self.max_hops, "1, 2 or 3")
        check(self.max_candidates >= 2, "max_candidates", self.max_candidates, "an integer >= 2")
        check(self.embed_batch_size >= 1, "embed_batch_size", self.embed_batch_size, ">= 1")
        check(self.max_correction >= 0, "max_correction", self.max_correction, "a value >= 0")
        check(self.rescore_top >= 0, "rescore_top", self.rescore_top, "an integer >= 0")
        check(self.gate_questions >= 0, "gate_questions", self.gate_questions, ">= 0")
        check(
            self.head in ("tokens", "pooled", "refine"),
            "head",
            self.head,
            "'tokens', 'pooled' or 'refine'",
        )
        check(self.proj >= 1, "proj", self.proj, "an integer >= 1")
        check(self.sharpness > 0, "sharpness", self.sharpness, "a value > 0")
        check(self.backbone in ("encoder", "lm"), "backbone", self.backbone, "'encoder' or 'lm'")
