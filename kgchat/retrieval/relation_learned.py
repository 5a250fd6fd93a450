"""A relation matcher learned from the graph's own relations: :class:`RelationMatcher`, one more
reading of :class:`~kgchat.retrieval.relation_match.RelationMatch` (``RetrieverConfig.
relation_matcher``, on by default as measured: README "Abstention").

The untrained confidence reads a relation said in other words through the encoder's cosine and
WordNet, neither of which tells a people's synonym ("who *played in* X" over ``member``) from a
near relation ("when did X *die*" over ``birth date``). This matcher is trained for exactly
that, self-supervised, on the graph it serves and nothing else: questions asking each
relation are generated from its label (:mod:`~kgchat.retrieval.relation_paraphrase`: WordNet's
synonyms, hypernyms and derived forms of its words, a derived verb asked as a verb, "was
born", ranked by the encoder; the graph's declared inverse and other names for it; the class
names of what it leads to; generic question frames) and paired with the label as a positive;
the same questions paired with the labels of the graph's *near* relations (those stated of
the same subjects: a person's ``spouse`` and ``mother``, ``birth date`` and ``birth place``)
are negatives, and so are questions saying the label's antonym ("when did X *die*" against
``birth date``). A logistic regression over the frozen encoder's vectors of the two texts
(their product, their difference, their cosine) learns which directions of the encoder's
space tell a relation from its neighbours in this graph. Training takes seconds (one encoder
pass over a few thousand short texts, a few hundred gradient steps) and is cached per graph
fingerprint, encoder and training code (:func:`matcher_path`).

Two matchers are trained a graph (:func:`graph_matchers`): the first recipe's (the label's
WordNet rephrasings alone, read from even odds) and the one trained on generated paraphrases
(read from :data:`PARAPHRASED_FLOOR`: at even odds it also lifted unanswerable questions whose
walk says a near relation); the confidence reads the better (README "Abstention", thirty-third
round).

Examples
--------
>>> import numpy as np
>>> m = RelationMatcher(np.zeros(2 * 3 + 1, np.float32), 0.0, np.zeros(7), np.ones(7))
>>> round(m.probability(np.eye(3)[0], np.eye(3)[0]), 2)
0.5
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from kgchat.retrieval.relation_paraphrase import LABEL_FRAMES, contrast_questions
from kgchat.retrieval.relation_training import training_relations

__all__ = [
    "RelationMatcher",
    "features",
    "graph_matcher",
    "graph_matchers",
    "logistic",
    "matcher_path",
]

VERSION = 4  # of the training recipe (the cache key also hashes this module's source,
# relation_training's and relation_paraphrase's: a cached matcher trained by other code is
# retrained)

_NEGATIVES = 4  # near relations' labels paired with each rephrasing


def features(q: np.ndarray, p: np.ndarray) -> np.ndarray:
    """The matcher's inputs for question vectors ``q`` and relation-phrase vectors ``p`` (rows,
    L2-normalised): their product, their absolute difference, their cosine.

    >>> features(np.eye(2)[:1], np.eye(2)[1:]).tolist()
    [[0.0, 0.0, 1.0, 1.0, 0.0]]
    """
    q = np.atleast_2d(q).astype(np.float32)
    p = np.atleast_2d(p).astype(np.float32)
    cos = (q * p).sum(axis=1, keepdims=True)
    return np.concatenate([q * p, np.abs(q - p), cos], axis=1)


class RelationMatcher:
    """Probability that a question (its words outside the entity mentions) asks a relation
    phrase; see the module docstring.

    Parameters
    ----------
    weights, bias : the logistic regression's, over standardised :func:`features`.
    mean, scale : the standardisation of the features (from the training rows).
    """

    def __init__(
        self,
        weights: np.ndarray,
        bias: float,
        mean: np.ndarray,
        scale: np.ndarray,
        floor: float = 0.5,
    ):
        self.floor = float(floor)  # the probability its reading starts at (reading())
        self.weights = np.asarray(weights, np.float32)
        self.bias = float(bias)
        self.mean = np.asarray(mean, np.float32)
        self.scale = np.asarray(scale, np.float32)

    def probabilities(self, q: np.ndarray, p: np.ndarray) -> np.ndarray:
        """One probability per row pair of ``q`` and ``p`` (or one ``q`` against every ``p``)."""
        p = np.atleast_2d(p)
        q = np.broadcast_to(np.atleast_2d(q), p.shape)
        x = (features(q, p) - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias)))

    def probability(self, q: np.ndarray, p: np.ndarray) -> float:
        return float(self.probabilities(q, p)[0])

    def reading(self, q: np.ndarray, p: np.ndarray) -> float:
        """The probability as a reading of the confidence: 0 at or below :attr:`floor`, 1 at
        certainty."""
        return max(0.0, (self.probability(q, p) - self.floor) / (1.0 - self.floor))

    @classmethod
    def fit(
        cls,
        relations: dict[str, list[str]],
        near: dict[str, set[str]],
        embed: Callable[[list[str]], np.ndarray],
        seed: int = 0,
        l2: float = 1e-2,
        steps: int = 300,
        contrasts: dict[str, list[str]] | None = None,
        frames: Sequence[str] = (),
        floor: float = 0.5,
    ) -> RelationMatcher | None:
        """Train on ``relations`` (a relation's label first, then questions asking it: a
        positive for its label) against the labels of its ``near`` relations and two others
        (module docstring); ``contrasts`` are questions asking what a relation is not (its
        label's antonyms, :func:`~kgchat.retrieval.relation_paraphrase.contrast_questions`), a
        negative for its label. ``embed`` gives L2-normalised vectors of texts. None where the
        graph offers no pair to learn from (fewer than two relations)."""
        rng = random.Random(seed)
        labels = {r: texts[0] for r, texts in relations.items() if texts}
        names = sorted(labels)
        if len(names) < 2:
            return None
        q_texts: list[str] = []
        p_texts: list[str] = []
        ys: list[float] = []
        for r in names:
            others = sorted(o for o in near.get(r, ()) if o in labels and labels[o] != labels[r])
            rest = [o for o in names if o != r and labels[o] != labels[r]]
            for q in relations[r]:
                if frames:  # the first recipe: each text in a frame drawn as it trains
                    q = rng.choice(frames).format(q)
                negs = rng.sample(others, min(_NEGATIVES, len(others)))
                negs += rng.sample(rest, min(2, len(rest)))
                if not negs:
                    continue
                q_texts.append(q)
                p_texts.append(labels[r])
                ys.append(1.0)
                for o in dict.fromkeys(negs):
                    q_texts.append(q)
                    p_texts.append(labels[o])
                    ys.append(0.0)
            for q in (contrasts or {}).get(r, ()):
                q_texts.append(q)
                p_texts.append(labels[r])
                ys.append(0.0)
        if not ys or min(ys) == max(ys):
            return None
        uniq = list(dict.fromkeys([*q_texts, *p_texts]))
        vecs = np.asarray(embed(uniq), np.float32)
        at = {t: i for i, t in enumerate(uniq)}
        x = features(vecs[[at[t] for t in q_texts]], vecs[[at[t] for t in p_texts]])
        y = np.asarray(ys, np.float32)
        mean = x.mean(axis=0)
        scale = x.std(axis=0) + 1e-6
        x = (x - mean) / scale
        from threadpoolctl import threadpool_limits

        # one BLAS thread: a matrix-vector product this small spin-waits for seconds on a
        # loaded machine with more (30 ms against 0.4 ms a product at load 14 on 2 cores)
        with threadpool_limits(limits=1, user_api="blas"):
            w, b = logistic(x, y, l2, steps)
        return cls(w, b, mean, scale, floor)

    def save(self, path: str | Path) -> None:
        """Write to ``path`` (an ``.npz``), atomically: a reader sees the old file or the new."""
        import os
        import tempfile

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            np.savez(
                f,
                weights=self.weights,
                bias=self.bias,
                mean=self.mean,
                scale=self.scale,
                floor=self.floor,
            )
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | Path) -> RelationMatcher:
        with np.load(path) as z:
            return cls(z["weights"], float(z["bias"]), z["mean"], z["scale"], float(z["floor"]))


def logistic(
    x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 300
) -> tuple[np.ndarray, float]:
    """Weights and bias of a logistic regression of ``y`` (0 or 1) on the rows of ``x``, by
    full-batch gradient descent with Adam steps, L2-regularised, the classes weighted to
    balance (a rephrasing has one positive and several negatives). In float64 throughout: a
    float64 scalar met by a float32 matrix copies the matrix every step. The one logistic
    regression of the project (``bench/bench_confidence_terms.py`` calibrates with it too).

    >>> w, b = logistic(np.array([[0.0], [0.2], [0.8], [1.0]]), np.array([0, 0, 1, 1]))
    >>> bool(w[0] * 0.9 + b > 0), bool(w[0] * 0.1 + b < 0)  # 1 above the middle, 0 below
    (True, True)
    """
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    n, d = x.shape
    pos = float(y.sum())
    weight = np.where(y > 0, n / (2 * max(pos, 1.0)), n / (2 * max(n - pos, 1.0))) / n
    w = np.zeros(d)
    b = np.zeros(1)
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), np.zeros(1), np.zeros(1)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        err = (1.0 / (1.0 + np.exp(-(x @ w + b))) - y) * weight
        g_w = x.T @ err + l2 * w
        g_b = err.sum(keepdims=True)
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        c1, c2 = 1 - beta1**t, 1 - beta2**t
        w -= lr * (m_w / c1) / (np.sqrt(v_w / c2) + eps)
        b -= lr * (m_b / c1) / (np.sqrt(v_b / c2) + eps)
    return w.astype(np.float32), float(b[0])


def _training_code() -> str:
    """A digest of the code that makes a matcher's training data and fits it (this module,
    :mod:`~kgchat.retrieval.relation_training` and
    :mod:`~kgchat.retrieval.relation_paraphrase`) as imported: a change to any retrains
    the cached matchers, where a forgotten :data:`VERSION` bump once let a stale one inflate
    a figure. Read once, at import, so a file edited while a process runs does not key the
    old code's matcher under the new code's name."""
    from kgchat.retrieval import relation_paraphrase, relation_training

    digest = hashlib.sha256()
    for source in (__file__, relation_training.__file__, relation_paraphrase.__file__):
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]


_CODE = _training_code()


def matcher_path(fingerprint: str, encoder_name: str) -> Path:
    """Where the matcher of a graph (by fingerprint) and an encoder (by name) is cached."""
    from kgchat.fsio import cache_dir

    key = hashlib.sha256(f"{fingerprint}|{encoder_name}|{VERSION}|{_CODE}".encode()).hexdigest()[
        :24
    ]
    return cache_dir() / "relation_matchers" / f"{key}.npz"


PARAPHRASED_FLOOR = 0.84  # where the paraphrase-trained matcher's reading starts


def graph_matcher(
    reading: Any, encoder: Any, lexicon: Any = None, first: bool = False
) -> RelationMatcher | None:
    """A matcher of ``reading``'s graph (a :class:`~kgchat.retrieval.Retriever`: its graph,
    relation phrases and declared inverses), trained on first need on
    :func:`~kgchat.retrieval.relation_training.training_relations` and cached by the graph's
    fingerprint, the encoder's name and the training code (None without an encoder or a pair
    to learn from). ``first``: the first recipe's (the label's rephrasings in frames drawn as
    it trains, read from even odds); otherwise trained on generated paraphrases and antonym
    contrasts, read from :data:`PARAPHRASED_FLOOR`."""
    if encoder is None:
        return None
    kg = reading.kg
    fingerprint = getattr(kg, "fingerprint", None)
    ident = f"{getattr(encoder, 'name', '')}:{getattr(encoder, 'model_id', '')}|{first}"
    path = matcher_path(fingerprint, ident) if isinstance(fingerprint, str) else None
    if path is not None and path.is_file():
        return RelationMatcher.load(path)

    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray(encoder.encode(texts), np.float32)

    if first:
        relations, near = training_relations(reading, lexicon, first=True)
        matcher = RelationMatcher.fit(relations, near, embed, frames=LABEL_FRAMES)
    else:
        relations, near = training_relations(reading, lexicon, embed=embed)
        contrasts = {r: contrast_questions(texts[0], lexicon) for r, texts in relations.items()}
        matcher = RelationMatcher.fit(
            relations, near, embed, contrasts=contrasts, floor=PARAPHRASED_FLOOR
        )
    if matcher is not None and path is not None:
        matcher.save(path)
    return matcher


def graph_matchers(reading: Any, encoder: Any, lexicon: Any = None) -> list[RelationMatcher]:
    """The graph's two matchers, the first recipe's and the paraphrase-trained one (the
    confidence reads the better of their readings; README "Abstention", thirty-third round)."""
    found = (graph_matcher(reading, encoder, lexicon, first=f) for f in (True, False))
    return [m for m in found if m is not None]
