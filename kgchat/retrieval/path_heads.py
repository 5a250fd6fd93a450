"""The heads of the learned path scorer: small networks that correct the untrained scorer's
score of a path from a frozen model's features (see :mod:`kgchat.tuning.feature` for how they
are trained, :mod:`kgchat.retrieval.learned` for how the retriever uses them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import torch

from kgchat.retrieval.path_features import FeatureExtractor, hop_texts
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.scoring import PathQuery

if TYPE_CHECKING:
    from kgchat.tuning.feature_config import FeatureTuningConfig

__all__ = [
    "REFINE_FEATURES",
    "PathHead",
    "RefineHead",
    "TokenPathHead",
    "make_head",
    "refine_inputs",
    "token_inputs",
]


def _correction_net(n_in: int, hidden: int, dropout: float) -> torch.nn.Sequential:
    """The heads' MLP, its last layer at zero: untrained, it corrects nothing."""
    net = torch.nn.Sequential(
        torch.nn.Linear(n_in, hidden),
        torch.nn.GELU(),
        torch.nn.Dropout(dropout),
        torch.nn.Linear(hidden, 1),
    )
    last = net[-1]
    assert isinstance(last, torch.nn.Linear)
    torch.nn.init.zeros_(last.weight)
    torch.nn.init.zeros_(last.bias)
    return net


def _capped(delta: torch.Tensor, cap: float) -> torch.Tensor:
    """``cap * tanh(delta / cap)``: slope 1 at 0, at most +-cap (``cap`` 0: unbounded)."""
    return cap * torch.tanh(delta / cap) if cap > 0 else delta


class PathHead(torch.nn.Module):
    """``score = heuristic + cap * tanh(MLP([q, p, q*p, heuristic, hops/3]))`` (see
    :mod:`.feature`); ``cap`` 0 leaves the MLP's output unbounded."""

    def __init__(
        self, dim: int, hidden: int, dropout: float, use_heuristic: bool, cap: float = 0.0
    ) -> None:
        super().__init__()
        self.use_heuristic = use_heuristic
        self.cap = cap if use_heuristic else 0.0
        self.net = _correction_net(3 * dim + 2, hidden, dropout)

    def forward(
        self, q: torch.Tensor, p: torch.Tensor, heur: torch.Tensor, hops: torch.Tensor
    ) -> torch.Tensor:
        """Scores of paths ``p`` (..., n, dim) for questions ``q`` (..., dim)."""
        q = q.unsqueeze(-2).expand_as(p)
        h = heur if self.use_heuristic else torch.zeros_like(heur)
        x = torch.cat([q, p, q * p, h.unsqueeze(-1), hops.unsqueeze(-1) / 3.0], dim=-1)
        return h + _capped(self.net(x).squeeze(-1), self.cap)


class TokenPathHead(torch.nn.Module):
    """The ``tokens`` head: late interaction between a path's hops and the question's tokens.

    Each hop's phrase (and the answer's type words) and each question token are projected
    (learned, ``proj`` wide) and compared by cosine; per hop the head reads how well the
    question says it (the best token's similarity) and *where* (the attention-weighted token
    position, 0 to 1), with its direction; an MLP turns these (at most 3 hops, the type, the
    heuristic score and the hop count) into a correction of the heuristic score, capped as in
    :class:`PathHead`. Positions carry the order in which a question chains its relations and
    whether it asks for a relation's subject or its object ("what targets X" / "what does X
    target"), which a pooled embedding of the question averages away.
    """

    HOPS = 3

    def __init__(
        self,
        dim: int,
        hidden: int,
        dropout: float,
        use_heuristic: bool,
        cap: float = 0.0,
        proj: int = 64,
        temperature: float = 0.1,
        meaning: bool = False,
    ) -> None:
        super().__init__()
        self.use_heuristic = use_heuristic
        self.cap = cap if use_heuristic else 0.0
        self.temperature = temperature
        self.meaning = meaning
        self.wq = torch.nn.Linear(dim, proj, bias=False)
        self.wh = torch.nn.Linear(dim, proj, bias=False)
        extra = self.HOPS + 2 if meaning else 0
        self.net = _correction_net(4 * self.HOPS + 3 + 2 + 4 + extra, hidden, dropout)

    def _read(
        self, x: torch.Tensor, q: torch.Tensor, qmask: torch.Tensor, grid: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Best similarity and attended position of each row of ``x`` (b, ..., k) over the
        question tokens ``q`` (b, t, k)."""
        shape = x.shape
        flat = x.reshape(shape[0], -1, shape[-1])
        sims = torch.einsum("bmk,btk->bmt", flat, q)
        sims = sims.masked_fill(~qmask.unsqueeze(1), -1e4)
        best = sims.max(-1).values
        att = torch.softmax(sims / self.temperature, dim=-1)
        pos = (att * grid.unsqueeze(1)).sum(-1)
        return best.reshape(shape[:-1]), pos.reshape(shape[:-1])

    def forward(
        self,
        qt: torch.Tensor,
        qmask: torch.Tensor,
        hop_emb: torch.Tensor,
        hop_mask: torch.Tensor,
        dirs: torch.Tensor,
        type_emb: torch.Tensor,
        type_mask: torch.Tensor,
        heur: torch.Tensor,
        hops: torch.Tensor,
        parts: torch.Tensor,
    ) -> torch.Tensor:
        """Scores (b, n) of n paths for each of b questions: ``qt`` (b, t, d) token states and
        ``qmask`` (b, t); per path, ``hop_emb`` (b, n, 3, d) with ``hop_mask`` and ``dirs``
        (b, n, 3), ``type_emb`` (b, n, d) with ``type_mask`` (b, n), ``heur``, ``hops``, and
        ``parts`` (b, n, 4): the heuristic's coverage, support, preposition and type match."""
        q = torch.nn.functional.normalize(self.wq(qt), dim=-1)
        h = torch.nn.functional.normalize(self.wh(hop_emb), dim=-1)
        a = torch.nn.functional.normalize(self.wh(type_emb), dim=-1)
        length = qmask.sum(-1, keepdim=True).clamp(min=2).to(q.dtype)
        grid = torch.arange(q.shape[1], device=q.device, dtype=q.dtype).unsqueeze(0)
        grid = grid / (length - 1)
        hb, hp = self._read(h, q, qmask, grid)
        tb, tp = self._read(a, q, qmask, grid)
        hm, tm = hop_mask.to(q.dtype), type_mask.to(q.dtype)
        base = heur if self.use_heuristic else torch.zeros_like(heur)
        said = [self._meaning(qt, qmask, hop_emb, hm, type_emb, tm)] if self.meaning else []
        x = torch.cat(
            [
                *said,
                hb * hm,
                hp * hm,
                dirs.to(q.dtype) * hm,
                hm,
                (tb * tm).unsqueeze(-1),
                (tp * tm).unsqueeze(-1),
                tm.unsqueeze(-1),
                base.unsqueeze(-1),
                hops.unsqueeze(-1) / 3.0,
                parts,
            ],
            dim=-1,
        )
        return base + _capped(self.net(x).squeeze(-1), self.cap)

    @staticmethod
    def _meaning(
        qt: torch.Tensor,
        qmask: torch.Tensor,
        hop_emb: torch.Tensor,
        hm: torch.Tensor,
        type_emb: torch.Tensor,
        tm: torch.Tensor,
    ) -> torch.Tensor:
        """The frozen encoder's own judgement, which no training on generated wordings can
        narrow: per hop, its phrase's cosine to the closest question token; the type words'
        likewise; the path's phrases (mean) against the whole question (mean) (b, n, HOPS + 2)."""
        valid = qmask.unsqueeze(1)
        sims = torch.einsum("bnhd,btd->bnht", hop_emb, qt).masked_fill(~valid.unsqueeze(2), -1.0)
        hops = sims.max(-1).values * hm
        tsim = torch.einsum("bnd,btd->bnt", type_emb, qt).masked_fill(~valid, -1.0)
        types = tsim.max(-1).values * tm
        m = qmask.unsqueeze(-1).to(qt.dtype)
        question = torch.nn.functional.normalize((qt * m).sum(1), dim=-1)
        path = torch.nn.functional.normalize((hop_emb * hm.unsqueeze(-1)).sum(2), dim=-1)
        whole = torch.einsum("bnd,bd->bn", path, question)
        return torch.cat([hops, types.unsqueeze(-1), whole.unsqueeze(-1)], dim=-1)


def token_inputs(
    extractor: FeatureExtractor,
    question: str,
    paths: Sequence[PathQuery],
    heur: np.ndarray,
    parts: np.ndarray,
) -> dict[str, torch.Tensor]:
    """The :class:`TokenPathHead` inputs of one question's paths (batch of one), on the
    extractor's device; ``parts``: the heuristic's :meth:`components` of each path."""
    H = TokenPathHead.HOPS
    qt = extractor.embed_tokens(question)
    n, d = len(paths), extractor.dim
    hop_emb = np.zeros((n, H, d), np.float32)
    hop_mask = np.zeros((n, H), bool)
    dirs = np.zeros((n, H), np.float32)
    type_emb = np.zeros((n, d), np.float32)
    type_mask = np.zeros(n, bool)
    texts = [hop_texts(p)[:H] for p in paths]
    types = [" ".join(p.answer_types) for p in paths]
    distinct = list(dict.fromkeys([t for ts in texts for t in ts] + types))
    vecs = extractor.embed(distinct)
    where = {t: i for i, t in enumerate(distinct)}
    for i, (p, ts) in enumerate(zip(paths, texts, strict=True)):
        for j, t in enumerate(ts):
            hop_emb[i, j] = vecs[where[t]]
            hop_mask[i, j] = True
            dirs[i, j] = 1.0 if p.pattern[j][1] else -1.0
        if types[i]:
            type_emb[i] = vecs[where[types[i]]]
            type_mask[i] = True
    dev = extractor.device
    out = {
        "qt": torch.from_numpy(qt)[None],
        "qmask": torch.ones((1, len(qt)), dtype=torch.bool),
        "hop_emb": torch.from_numpy(hop_emb)[None],
        "hop_mask": torch.from_numpy(hop_mask)[None],
        "dirs": torch.from_numpy(dirs)[None],
        "type_emb": torch.from_numpy(type_emb)[None],
        "type_mask": torch.from_numpy(type_mask)[None],
        "heur": torch.from_numpy(np.asarray(heur, np.float32))[None],
        "hops": torch.tensor([[float(len(p.pattern)) for p in paths]]),
        "parts": torch.from_numpy(np.asarray(parts, np.float32)[:, :4].copy())[None],
    }
    return {k: v.to(dev) for k, v in out.items()}


REFINE_FEATURES = (
    "heuristic",
    "coverage",
    "support",
    "preposition",
    "type_match",
    "extra_hops",
    "order",
    "hops_1",
    "hops_2",
    "hops_3",
    "hop_token_mean",
    "hop_token_min",
    "hop_asked_mean",
    "hop_asked_min",
    "asked_vs_path",
    "asked_vs_path_type",
    "type_vs_type",
    "has_types",
)
"""What :class:`RefineHead` reads of a path, in order (:func:`refine_inputs`)."""


class RefineHead(torch.nn.Module):
    """The ``refine`` head: a small correction of the untrained score from what is fixed.

    It reads no learned projection of the question, only numbers that mean the same on any
    graph and in any wording (:data:`REFINE_FEATURES`): the untrained score and its parts, the
    hop count, and the frozen encoder's own similarities of the question (its entity mentions
    removed) to the path's relation phrases, joined and hop by hop, and of the answer types.
    So what it learns from generated questions is how much to trust each kind of evidence,
    not which words the generator uses. ``score = heuristic + cap * tanh(MLP(x) / cap)``, the
    MLP's last layer at zero: untrained, it ranks exactly as the heuristic does.
    """

    def __init__(self, hidden: int, dropout: float, cap: float = 0.0) -> None:
        super().__init__()
        self.use_heuristic = True
        self.cap = cap
        self.net = _correction_net(len(REFINE_FEATURES), hidden, dropout)

    def forward(self, feats: torch.Tensor, heur: torch.Tensor) -> torch.Tensor:
        """Scores (b, n) of paths with features ``feats`` (b, n, F) and untrained scores
        ``heur`` (b, n)."""
        return heur + _capped(self.net(feats).squeeze(-1), self.cap)


def _asked(info: QuestionInfo) -> str:
    """The question without its entity mentions (its text when nothing else is left)."""
    return info.asked or info.text


def refine_inputs(
    extractor: FeatureExtractor,
    info: QuestionInfo,
    paths: Sequence[PathQuery],
    heur: np.ndarray,
    parts: np.ndarray,
) -> dict[str, torch.Tensor]:
    """The :class:`RefineHead` inputs of one question's paths (batch of one): ``feats`` (1, n,
    F) in :data:`REFINE_FEATURES` order and ``heur`` (1, n); ``parts``: the heuristic's
    :meth:`~kgchat.retrieval.scoring.HeuristicPathScorer.components` of each path.

    Only the question is a new text for the encoder: a hop is read as the better of its
    phrase and its declared inverse's, a path as the normalised sum of its hops' vectors (and
    its answer type's), so the phrases' and types' embeddings, a few hundred texts per graph,
    are computed once and cached.
    """
    n = len(paths)
    asked_text, qtype = _asked(info), " ".join(info.answer_type)
    qt = extractor.embed_tokens(info.text)
    readings = [p.readings() for p in paths]
    types = [" ".join(p.answer_types) for p in paths]
    texts = [asked_text, qtype, *(r for rs in readings for hop in rs for r in hop), *types]
    distinct = list(dict.fromkeys(t for t in texts if t))
    vecs = extractor.embed(distinct)
    where = {t: i for i, t in enumerate(distinct)}
    token_best = (vecs @ qt.T).max(1)
    asked = vecs[where[asked_text]]
    to_asked = vecs @ asked

    def unit(v: np.ndarray) -> np.ndarray:
        return v / max(float(np.linalg.norm(v)), 1e-9)

    feats = np.zeros((n, len(REFINE_FEATURES)), np.float32)
    got = np.asarray(parts, np.float32)[:, :6]
    p6 = np.zeros((n, 6), np.float32)
    p6[:, : got.shape[1]] = got
    for i, p in enumerate(paths):
        hops = len(p.pattern)
        # each hop as the reading the question says best (its phrase or its declared inverse)
        chosen = [max(hop, key=lambda r: to_asked[where[r]]) for hop in readings[i]]
        ids = [where[r] for r in chosen]
        tok = [float(token_best[j]) for j in ids] or [0.0]
        sent = [float(to_asked[j]) for j in ids] or [0.0]
        path_vec = unit(vecs[ids].sum(0)) if ids else np.zeros(extractor.dim, np.float32)
        typed = path_vec + (vecs[where[types[i]]] if types[i] else 0.0)
        both = bool(types[i] and qtype)
        feats[i] = (
            float(heur[i]),
            *p6[i],
            hops == 1,
            hops == 2,
            hops >= 3,
            float(np.mean(tok)),
            float(np.min(tok)),
            float(np.mean(sent)),
            float(np.min(sent)),
            float(path_vec @ asked),
            float(unit(typed) @ asked),
            float(vecs[where[types[i]]] @ vecs[where[qtype]]) if both else 0.0,
            both,
        )
    dev = extractor.device
    return {
        "feats": torch.from_numpy(feats)[None].to(dev),
        "heur": torch.from_numpy(np.asarray(heur, np.float32).copy())[None].to(dev),
    }


def make_head(cfg: FeatureTuningConfig, dim: int) -> PathHead | TokenPathHead | RefineHead:
    """The head ``cfg.head`` names, untrained."""
    if cfg.head == "refine":
        return RefineHead(cfg.hidden, cfg.dropout, cfg.max_correction)
    if cfg.head == "tokens":
        return TokenPathHead(
            dim,
            cfg.hidden,
            cfg.dropout,
            cfg.use_heuristic,
            cfg.max_correction,
            cfg.proj,
            meaning=cfg.meaning,
        )
    return PathHead(dim, cfg.hidden, cfg.dropout, cfg.use_heuristic, cfg.max_correction)
