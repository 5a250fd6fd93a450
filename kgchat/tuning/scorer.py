"""The learned path scorer: a small head on a frozen LM's features, trained by the ``feature``
strategy (:mod:`kgchat.tuning.feature`), used by the retriever as its
:class:`~kgchat.retrieval.scoring.PathScorer`.

A saved scorer is a folder: ``head.safetensors`` (the head's weights), ``config.json`` (the
:class:`~kgchat.tuning.feature.FeatureTuningConfig`) and ``manifest.json`` (the base LM, the
layer, the feature size and the fingerprint of the graph it was trained on). The LM itself is not
copied: :meth:`LearnedPathScorer.load` loads it by the name in the manifest.

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
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery
from kgchat.tuning.base import load_manifest, resolve_device
from kgchat.tuning.loop import load_base_model

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.tuning.feature import FeatureTuningConfig

__all__ = ["FeatureExtractor", "LearnedPathScorer", "PathHead", "heuristic_scorer", "path_text"]

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
    hops = [
        phrase if forward else f"{phrase} (inverse)"
        for phrase, (_, forward) in zip(path.phrases, path.pattern, strict=False)
    ]
    return " ; ".join(hops) + " [SEP] " + " ".join(path.answer_types)


class FeatureExtractor:
    """Mean-pooled hidden states of a frozen causal LM, cached by text.

    Parameters
    ----------
    model, tokenizer
        The frozen LM.
    layer : int
        Which hidden state to pool.
    max_length : int
        Tokens kept of a text.
    batch_size : int
        Texts per forward pass.
    """

    def __init__(
        self, model: Any, tokenizer: Any, layer: int, max_length: int, batch_size: int
    ) -> None:
        self.model = model.eval().requires_grad_(False)
        self.tokenizer = tokenizer
        self.layer = layer
        self.max_length = max_length
        self.batch_size = batch_size
        self.cache: dict[str, np.ndarray] = {}
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

    @torch.no_grad()
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text (float32)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self.cache))
        pad = self.tokenizer.pad_token_id or 0
        for i in range(0, len(todo), self.batch_size):
            chunk = todo[i : i + self.batch_size]
            rows = [
                self.tokenizer(t, add_special_tokens=False)["input_ids"][: self.max_length] or [pad]
                for t in chunk
            ]
            width = max(len(r) for r in rows)
            ids = torch.full((len(rows), width), pad, dtype=torch.long)
            mask = torch.zeros((len(rows), width), dtype=torch.long)
            for k, r in enumerate(rows):  # right padding: a causal LM's tokens never see it
                ids[k, : len(r)] = torch.tensor(r)
                mask[k, : len(r)] = 1
            ids, mask = ids.to(self.device), mask.to(self.device)
            out = self.model(input_ids=ids, attention_mask=mask, output_hidden_states=True)
            h = out.hidden_states[self.layer].float()
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


class PathHead(torch.nn.Module):
    """``score = heuristic + cap * tanh(MLP([q, p, q*p, heuristic, hops/3]))`` (see
    :mod:`.feature`); ``cap`` 0 leaves the MLP's output unbounded."""

    def __init__(
        self, dim: int, hidden: int, dropout: float, use_heuristic: bool, cap: float = 0.0
    ) -> None:
        super().__init__()
        self.use_heuristic = use_heuristic
        self.cap = cap if use_heuristic else 0.0
        self.net = torch.nn.Sequential(
            torch.nn.Linear(3 * dim + 2, hidden),
            torch.nn.GELU(),
            torch.nn.Dropout(dropout),
            torch.nn.Linear(hidden, 1),
        )
        last = self.net[-1]
        assert isinstance(last, torch.nn.Linear)
        torch.nn.init.zeros_(last.weight)
        torch.nn.init.zeros_(last.bias)

    def forward(
        self, q: torch.Tensor, p: torch.Tensor, heur: torch.Tensor, hops: torch.Tensor
    ) -> torch.Tensor:
        """Scores of paths ``p`` (..., n, dim) for questions ``q`` (..., dim)."""
        q = q.unsqueeze(-2).expand_as(p)
        h = heur if self.use_heuristic else torch.zeros_like(heur)
        x = torch.cat([q, p, q * p, h.unsqueeze(-1), hops.unsqueeze(-1) / 3.0], dim=-1)
        delta = self.net(x).squeeze(-1)
        if self.cap > 0:
            delta = self.cap * torch.tanh(delta / self.cap)  # slope 1 at 0, at most +-cap
        return h + delta


class LearnedPathScorer:
    """A :class:`~kgchat.retrieval.scoring.PathScorer` trained by the ``feature`` strategy.

    ``config`` is the heuristic's :class:`~kgchat.retrieval.ScorerConfig`, which the retriever
    reads for the price of a hop; the tuning options are ``tuning_config``.
    """

    def __init__(
        self,
        head: PathHead,
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
        heur = self.heuristic.score(question, paths)
        k = self.tuning_config.rescore_top
        chosen = np.arange(len(paths))
        if k and len(paths) > k:
            chosen = np.argsort(-heur, kind="stable")[:k]
        if self._question is None or self._question[0] != question.text:
            self._question = (question.text, self.extractor.embed([question.text])[0])
        # A joint query's correction is the mean of its paths' own: the head learns single
        # paths (one per constraint of a two-constraint question), not their concatenation.
        owner: list[int] = []
        singles: list[PathQuery] = []
        for k, i in enumerate(chosen.tolist()):
            parts = paths[i].split()
            singles.extend(parts)
            owner.extend([k] * len(parts))
        joint = len(singles) > len(chosen)
        sheur = self.heuristic.score(question, singles) if joint else heur[chosen]
        rescored = self._rescore(self._question[1], singles, sheur)
        if joint:
            base = heur[chosen] if self.head.use_heuristic else np.zeros(len(chosen), np.float32)
            delta = rescored - (sheur if self.head.use_heuristic else 0.0)
            sums = np.bincount(owner, weights=delta, minlength=len(chosen))
            counts = np.bincount(owner, minlength=len(chosen))
            rescored = (base + sums / counts).astype(np.float32)
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

    def _rescore(self, q: np.ndarray, paths: list[PathQuery], heur: np.ndarray) -> np.ndarray:
        """The head's scores of single paths."""
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
            The frozen LM: by default the base model named in the manifest; or a loaded
            ``(model, tokenizer)`` pair.
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
        cfg = FeatureTuningConfig.from_json((d / CONFIG_FILE).read_text(encoding="utf-8"))
        trained_on = manifest.get("graph_fingerprint")
        if kg is not None and trained_on and trained_on != kg.fingerprint:
            msg = (
                f"{d} was trained on another graph (fingerprint {trained_on[:12]}, this graph "
                f"{kg.fingerprint[:12]}); retrain it on this graph"
            )
            if strict:
                raise ModelError(msg + ", or load without strict=True")
            logger.warning(msg)
        lm, tok, _ = load_base_model(model if model is not None else manifest["base_model"])
        lm = lm.to(resolve_device(device or cfg.device))
        extractor = FeatureExtractor(lm, tok, cfg.layer, cfg.max_length, cfg.embed_batch_size)
        if extractor.dim != manifest.get("hidden_size"):
            raise ModelError(
                f"{d}: the head was trained on features of size {manifest.get('hidden_size')} "
                f"({manifest.get('base_model')}); this model's are {extractor.dim}"
            )
        head = PathHead(
            extractor.dim, cfg.hidden, cfg.dropout, cfg.use_heuristic, cfg.max_correction
        )
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
