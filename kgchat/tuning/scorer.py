"""The learned path scorer: a small head on a frozen model's features (a text encoder's, or the
chat LM's), trained by the ``feature`` strategy (:mod:`kgchat.tuning.feature`), used by the
retriever as its :class:`~kgchat.retrieval.scoring.PathScorer`.

A saved scorer is a folder: ``head.safetensors`` (the head's weights), ``config.json`` (the
:class:`~kgchat.tuning.feature.FeatureTuningConfig`) and ``manifest.json`` (the backbone,
``"encoder"`` or ``"lm"``, the base model's name, the layer, the feature size and the
fingerprint of the graph it was trained on). The model itself is not copied:
:meth:`LearnedPathScorer.load` loads it by the name in the manifest, as the backbone it was
trained with (a scorer saved before there was a choice of backbone: the causal LM).

Use it as::

    from kgchat.retrieval import Retriever
    scorer = LearnedPathScorer.load("runs/scorer", kg=kg)
    retriever = Retriever(kg, scorer=scorer)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from kgchat.errors import ConfigError, ModelError
from kgchat.graph.vocab import HIERARCHY
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery
from kgchat.tuning.base import load_manifest, resolve_device
from kgchat.tuning.loop import load_base_model

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.tuning.feature import FeatureTuningConfig

__all__ = [
    "FeatureExtractor",
    "LearnedPathScorer",
    "PathHead",
    "TokenPathHead",
    "heuristic_scorer",
    "hop_texts",
    "make_extractor",
    "make_head",
    "path_text",
    "token_inputs",
]

logger = logging.getLogger(__name__)

HEAD_FILE = "head.safetensors"
CONFIG_FILE = "config.json"


def path_text(path: PathQuery) -> str:
    """The text a path is embedded as: its relation phrases, each read backwards marked
    ``(inverse)`` (the way :meth:`~kgchat.graph.KnowledgeGraph.relation_label` names an
    undeclared inverse), then its answer type words.

    >>> path_text(PathQuery((("treats", False),), ("treats",), ("drug",)))
    'treats (inverse) [SEP] drug'
    """
    return " ; ".join(hop_texts(path)) + " [SEP] " + " ".join(path.answer_types)


def _downward(path: PathQuery) -> bool:
    """Whether a path only walks down the class hierarchy (``rdf:type`` / ``rdfs:subClassOf``
    backwards, from a class to its instances)."""
    return bool(path.pattern) and all(p in HIERARCHY and not forward for p, forward in path.pattern)


def hop_texts(path: PathQuery) -> list[str]:
    """Each hop's phrase, a backward one marked ``(inverse)`` (as in :func:`path_text`)."""
    return [
        phrase if forward else f"{phrase} (inverse)"
        for phrase, (_, forward) in zip(path.phrases, path.pattern, strict=False)
    ]


class FeatureExtractor:
    """Hidden states of a frozen transformer (a causal LM or a text encoder), cached by text.

    Parameters
    ----------
    model, tokenizer
        The frozen model.
    layer : int
        Which hidden state to pool.
    max_length : int
        Tokens kept of a text.
    batch_size : int
        Texts per forward pass.
    special_tokens : bool
        Let the tokenizer add its special tokens (an encoder's ``[CLS] ... [SEP]``, which it
        was trained to see); they are pooled with the rest but are not question tokens of
        :meth:`embed_tokens`. A causal LM's text is read without them.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        layer: int,
        max_length: int,
        batch_size: int,
        special_tokens: bool = False,
    ) -> None:
        self.model = model.eval().requires_grad_(False)
        self.tokenizer = tokenizer
        self.layer = layer
        self.max_length = max_length
        self.batch_size = batch_size
        self.special_tokens = special_tokens
        self.cache: dict[str, np.ndarray] = {}
        self.token_cache: dict[str, np.ndarray] = {}
        self.device = next(model.parameters()).device
        n_states = int(model.config.num_hidden_layers) + 1
        if not -n_states <= layer < n_states:
            raise ConfigError(
                f"layer={layer} is out of range for a model with {n_states - 1} layers"
            )

    @property
    def dim(self) -> int:
        """Size of one embedding."""
        return int(self.model.config.hidden_size)

    def _tokenize(self, text: str) -> tuple[list[int], list[bool]]:
        """A text's token ids (at most ``max_length``) and which are the text's own (not
        special)."""
        pad = self.tokenizer.pad_token_id or 0
        if not self.special_tokens:
            ids = self.tokenizer(text, add_special_tokens=False)["input_ids"][: self.max_length]
            return (ids, [True] * len(ids)) if ids else ([pad], [True])
        enc = self.tokenizer(
            text, truncation=True, max_length=self.max_length, return_special_tokens_mask=True
        )
        own = [m == 0 for m in enc["special_tokens_mask"]]
        return enc["input_ids"], own if any(own) else [True] * len(own)

    def _forward(self, rows: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        """Hidden states at ``layer`` (b, t, d) of right-padded rows, and their mask (b, t)."""
        pad = self.tokenizer.pad_token_id or 0
        width = max(len(r) for r in rows)
        ids = torch.full((len(rows), width), pad, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for k, r in enumerate(rows):  # right padding: a causal LM's tokens never see it
            ids[k, : len(r)] = torch.tensor(r)
            mask[k, : len(r)] = 1
        ids, mask = ids.to(self.device), mask.to(self.device)
        out = self.model(input_ids=ids, attention_mask=mask, output_hidden_states=True)
        return out.hidden_states[self.layer].float(), mask

    @torch.no_grad()
    def embed_tokens(self, text: str) -> np.ndarray:
        """The text's token states at ``layer``, one L2-normalised row per token (cached)."""
        hit = self.token_cache.get(text)
        if hit is not None:
            return hit
        self.prefetch_tokens([text])
        return self.token_cache[text]

    @torch.no_grad()
    def prefetch_tokens(self, texts: Sequence[str]) -> None:
        """Fill the :meth:`embed_tokens` cache for ``texts``, ``batch_size`` texts a forward
        pass (texts of similar length together, so little is padding)."""
        todo = sorted(set(t for t in texts if t not in self.token_cache), key=len)
        if len(self.token_cache) + len(todo) > 50_000:
            self.token_cache.clear()
        for i in range(0, len(todo), self.batch_size):
            chunk = todo[i : i + self.batch_size]
            tokenized = [self._tokenize(t) for t in chunk]
            h, _ = self._forward([ids for ids, _ in tokenized])
            states = torch.nn.functional.normalize(h, dim=-1).cpu().numpy()
            for k, (t, (ids, own)) in enumerate(zip(chunk, tokenized, strict=True)):
                self.token_cache[t] = states[k, : len(ids)][np.asarray(own)]

    @torch.no_grad()
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text (float32): the mean of its token states."""
        todo = list(dict.fromkeys(t for t in texts if t not in self.cache))
        for i in range(0, len(todo), self.batch_size):
            chunk = todo[i : i + self.batch_size]
            h, mask = self._forward([self._tokenize(t)[0] for t in chunk])
            m = mask.unsqueeze(-1).to(h.dtype)
            pooled = torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1)
            for t, v in zip(chunk, pooled.cpu().numpy(), strict=True):
                self.cache[t] = v
        if len(self.cache) > 200_000:  # bound memory on long-running servers
            keep = {t: self.cache[t] for t in texts}
            self.cache = keep
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self.cache[t] for t in texts]).astype(np.float32)


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
    ) -> None:
        super().__init__()
        self.use_heuristic = use_heuristic
        self.cap = cap if use_heuristic else 0.0
        self.temperature = temperature
        self.wq = torch.nn.Linear(dim, proj, bias=False)
        self.wh = torch.nn.Linear(dim, proj, bias=False)
        self.net = _correction_net(4 * self.HOPS + 3 + 2 + 4, hidden, dropout)

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
        x = torch.cat(
            [
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


def make_extractor(cfg: FeatureTuningConfig, model: Any, tokenizer: Any) -> FeatureExtractor:
    """The :class:`FeatureExtractor` of ``cfg``'s backbone over a loaded model: an encoder
    reads its texts with its special tokens, a causal LM without."""
    return FeatureExtractor(
        model,
        tokenizer,
        cfg.layer,
        cfg.max_length,
        cfg.embed_batch_size,
        special_tokens=cfg.backbone == "encoder",
    )


def make_head(cfg: FeatureTuningConfig, dim: int) -> PathHead | TokenPathHead:
    """The head ``cfg.head`` names, untrained."""
    if cfg.head == "tokens":
        return TokenPathHead(
            dim, cfg.hidden, cfg.dropout, cfg.use_heuristic, cfg.max_correction, cfg.proj
        )
    return PathHead(dim, cfg.hidden, cfg.dropout, cfg.use_heuristic, cfg.max_correction)


class LearnedPathScorer:
    """A :class:`~kgchat.retrieval.scoring.PathScorer` trained by the ``feature`` strategy.

    ``config`` is the heuristic's :class:`~kgchat.retrieval.ScorerConfig`, which the retriever
    reads for the price of a hop; the tuning options are ``tuning_config``.
    """

    def __init__(
        self,
        head: PathHead | TokenPathHead,
        extractor: FeatureExtractor,
        tuning_config: FeatureTuningConfig,
        manifest: dict[str, Any] | None = None,
        heuristic: HeuristicPathScorer | None = None,
    ) -> None:
        self.head = head.eval()
        self.extractor = extractor
        self.tuning_config = tuning_config
        self.heuristic = heuristic or HeuristicPathScorer()
        self.config = self.heuristic.config
        self.manifest = manifest or {}
        self._question: tuple[str, np.ndarray] | None = None

    def score(self, question: QuestionInfo, paths: Sequence[PathQuery]) -> np.ndarray:
        """One score per path; higher is better.

        The heuristic scores every path; the head rescores the best ``rescore_top`` (of
        ``tuning_config``) of them (0: all). The rest keep their heuristic score, lowered below
        the rescored ones' worst, so a path the head has not seen never outranks one it has.
        A joint query (``parts``) keeps its heuristic score plus the mean of the head's
        corrections of its single paths.
        """
        if not paths:
            return np.zeros(0, np.float32)
        comps = self.heuristic.components(question, paths)
        heur = self.heuristic.weigh(comps)
        k = self.tuning_config.rescore_top
        chosen = np.arange(len(paths))
        if k and len(paths) > k:
            chosen = np.argsort(-heur, kind="stable")[:k]
        if self._question is None or self._question[0] != question.text:
            pooled = (
                np.zeros(0, np.float32)
                if isinstance(self.head, TokenPathHead)
                else self.extractor.embed([question.text])[0]
            )
            self._question = (question.text, pooled)
        # A joint query's correction is the mean of its paths' own: the head learns single
        # paths (one per constraint of a two-constraint question), not their concatenation.
        # A class's walk down to its instances ("... and are a disease") is no relation path
        # of a topic entity, which is all the head learns: it keeps its heuristic score.
        owner: list[int] = []
        singles: list[PathQuery] = []
        for k, i in enumerate(chosen.tolist()):
            pieces = paths[i].split()
            singles.extend(pieces)
            owner.extend([k] * len(pieces))
        structural = np.array([_downward(p) for p in singles], bool)
        joint = len(singles) > len(chosen) or bool(structural.any())
        parts = self.heuristic.components(question, singles) if joint else comps[chosen]
        sheur = self.heuristic.weigh(parts) if joint else heur[chosen]
        rescored = self._rescore(self._question[1], singles, sheur, parts)
        if joint:
            base = heur[chosen] if self.head.use_heuristic else np.zeros(len(chosen), np.float32)
            delta = rescored - (sheur if self.head.use_heuristic else 0.0)
            learned = ~structural
            sums = np.bincount(owner, weights=delta * learned, minlength=len(chosen))
            counts = np.bincount(owner, weights=learned.astype(float), minlength=len(chosen))
            rescored = (base + sums / np.maximum(counts, 1.0)).astype(np.float32)
        if len(chosen) == len(paths):
            return rescored
        out = heur.astype(np.float32).copy()
        rest = np.ones(len(paths), bool)
        rest[chosen] = False
        # the unseen paths sit below the worst rescored one, in their heuristic order
        shift = float(heur[rest].max()) - float(rescored.min()) + 1e-3
        out[rest] = heur[rest] - max(shift, 0.0)
        out[chosen] = rescored
        return out

    def _rescore(
        self,
        q: np.ndarray,
        paths: list[PathQuery],
        heur: np.ndarray,
        parts: np.ndarray,
    ) -> np.ndarray:
        """The head's scores of single paths (``parts``: their heuristic components)."""
        if isinstance(self.head, TokenPathHead):
            assert self._question is not None
            inputs = token_inputs(self.extractor, self._question[0], paths, heur, parts)
            with torch.no_grad():
                return self.head(**inputs)[0].cpu().numpy().astype(np.float32)
        p = self.extractor.embed([path_text(x) for x in paths])
        device = self.extractor.device
        with torch.no_grad():
            head = self.head(
                torch.from_numpy(q).to(device),
                torch.from_numpy(p).to(device),
                torch.from_numpy(np.asarray(heur, np.float32)).to(device),
                torch.tensor([float(len(x.pattern)) for x in paths], device=device),
            )
        return head.cpu().numpy().astype(np.float32)

    @classmethod
    def load(
        cls,
        directory: str | Path,
        *,
        kg: KnowledgeGraph | None = None,
        model: Any = None,
        device: str | None = None,
        strict: bool = False,
        encoder: Any = None,
        rescore_top: int | None = None,
    ) -> LearnedPathScorer:
        """Load a scorer saved by ``kgchat tune --strategy feature``.

        Parameters
        ----------
        directory : str or Path
        kg : KnowledgeGraph, optional
            The graph it will score paths of: checked against the training graph's fingerprint.
        model : str, tuple or None
            The frozen backbone: by default the base model named in the manifest, loaded as
            the manifest's ``backbone``; or a loaded ``(model, tokenizer)`` pair.
        device : str, optional
            Where to run (default: ``auto``).
        strict : bool
            Raise (instead of logging a warning) when ``kg`` is not the graph it was trained on.
        encoder : Encoder, optional
            The heuristic's word encoder, when it is the one the head was trained with
            (``heuristic_encoder`` of its config; the retriever's index encoder, usually);
            by default that encoder is loaded by name.
        rescore_top : int, optional
            Paths the head rescores per call (default: the trained config's; 0: all).

        Raises
        ------
        ModelError
            A folder without a head, a head for another LM, a stale graph (``strict``).
        """
        from safetensors.torch import load_file

        from kgchat.tuning.feature import FeatureTuningConfig

        d = Path(directory)
        manifest = load_manifest(d)
        if manifest.get("strategy") != "feature" or not (d / HEAD_FILE).is_file():
            raise ModelError(f"{d} holds no learned path scorer (strategy 'feature')")
        raw = (d / CONFIG_FILE).read_text(encoding="utf-8")
        cfg = FeatureTuningConfig.from_json(raw)
        if '"head"' not in raw:  # saved before there was a choice of head
            cfg = cfg.replace(head="pooled")
        trained_on = manifest.get("graph_fingerprint")
        if kg is not None and trained_on and trained_on != kg.fingerprint:
            msg = (
                f"{d} was trained on another graph (fingerprint {trained_on[:12]}, this graph "
                f"{kg.fingerprint[:12]}); retrain it on this graph"
            )
            if strict:
                raise ModelError(msg + ", or load without strict=True")
            logger.warning(msg)
        # saved before there was a choice of backbone: the LM's
        backbone = manifest.get("backbone", "lm")
        cfg = cfg.replace(backbone=backbone)
        lm, tok, _ = load_base_model(
            model if model is not None else manifest["base_model"], backbone
        )
        lm = lm.to(resolve_device(device or cfg.device))
        extractor = make_extractor(cfg, lm, tok)
        if extractor.dim != manifest.get("hidden_size"):
            raise ModelError(
                f"{d}: the head was trained on features of size {manifest.get('hidden_size')} "
                f"({manifest.get('base_model')}); this model's are {extractor.dim}"
            )
        head = make_head(cfg, extractor.dim)
        head.load_state_dict(load_file(str(d / HEAD_FILE)))
        if rescore_top is not None:
            cfg = cfg.replace(rescore_top=rescore_top)
        heuristic = heuristic_scorer(cfg.heuristic_encoder, encoder)
        return cls(head.to(extractor.device), extractor, cfg, manifest, heuristic)


def heuristic_scorer(name: str, encoder: Any = None) -> HeuristicPathScorer:
    """The untrained scorer a head corrects: with the encoder registered as ``name`` (``"none"``:
    lexical only). ``encoder`` is used when it is that encoder (no second copy is loaded)."""
    if name == "none":
        return HeuristicPathScorer()
    if encoder is None or getattr(encoder, "name", None) != name:
        from kgchat.index import get_encoder

        encoder = get_encoder(name)
    return HeuristicPathScorer(encoder)
