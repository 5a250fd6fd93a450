"""The learned path scorer: a small head on a frozen model's features (a text encoder's, or the
chat LM's), trained by the ``feature`` strategy (:mod:`kgchat.tuning.feature`), used by the
retriever as its :class:`~kgchat.retrieval.scoring.PathScorer`.

A saved scorer is a folder: ``head.safetensors`` (the head's weights), ``config.json`` (the
:class:`~kgchat.tuning.feature_config.FeatureTuningConfig`) and ``manifest.json`` (the backbone,
``"encoder"`` or ``"lm"``, the base model's name, the layer, the feature size and the
fingerprint of the graph it was trained on). The model itself is not copied:
:meth:`LearnedPathScorer.load` loads it by the name in the manifest, as the backbone it was
trained with (a scorer saved before there was a choice of backbone: the causal LM).

Use it as::

    from kgchat.retrieval import Retriever
    scorer = LearnedPathScorer.load("runs/scorer", kg=kg)
    retriever = Retriever(kg, scorer=scorer)

The scorer lives beside the retriever it plugs into; torch and the model load only when a
scorer is loaded (:meth:`LearnedPathScorer.load`), so importing this module is cheap. Its parts:
:mod:`kgchat.retrieval.path_features` (path texts, the frozen model's features) and
:mod:`kgchat.retrieval.path_heads` (the heads).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.errors import ModelError
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval.path_features import FeatureExtractor
    from kgchat.retrieval.path_heads import PathHead, RefineHead, TokenPathHead
    from kgchat.tuning.feature_config import FeatureTuningConfig

__all__ = ["CONFIG_FILE", "HEAD_FILE", "LearnedPathScorer", "heuristic_scorer"]

logger = logging.getLogger(__name__)

HEAD_FILE = "head.safetensors"
CONFIG_FILE = "config.json"


class LearnedPathScorer:
    """A :class:`~kgchat.retrieval.scoring.PathScorer` trained by the ``feature`` strategy.

    ``config`` is the heuristic's :class:`~kgchat.retrieval.ScorerConfig`, which the retriever
    reads for the price of a hop; the tuning options are ``tuning_config``.
    """

    def __init__(
        self,
        head: PathHead | TokenPathHead | RefineHead,
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

    @property
    def _tokens(self) -> bool:
        """Whether the head reads the question's token states (not a pooled vector)."""
        from kgchat.retrieval.path_heads import PathHead

        return not isinstance(self.head, PathHead)

    def score(self, question: QuestionInfo, paths: Sequence[PathQuery]) -> np.ndarray:
        """One score per path; higher is better.

        The heuristic scores every path; the head rescores the best ``rescore_top`` (of
        ``tuning_config``) of them (0: all). The rest keep their heuristic score, lowered below
        the rescored ones' worst, so a path the head has not seen never outranks one it has.
        A joint query (``parts``) keeps its heuristic score plus the mean of the head's
        corrections of its single paths.
        """
        from kgchat.retrieval.path_features import walks_down

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
                if self._tokens
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
        structural = np.array([walks_down(p) for p in singles], bool)
        joint = len(singles) > len(chosen) or bool(structural.any())
        parts = self.heuristic.components(question, singles) if joint else comps[chosen]
        sheur = self.heuristic.weigh(parts) if joint else heur[chosen]
        rescored = self._rescore(question, self._question[1], singles, sheur, parts)
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
        info: QuestionInfo,
        q: np.ndarray,
        paths: list[PathQuery],
        heur: np.ndarray,
        parts: np.ndarray,
    ) -> np.ndarray:
        """The head's scores of single paths (``parts``: their heuristic components)."""
        import torch

        from kgchat.retrieval.path_features import path_text
        from kgchat.retrieval.path_heads import RefineHead, refine_inputs, token_inputs

        if isinstance(self.head, RefineHead):
            inputs = refine_inputs(self.extractor, info, paths, heur, parts)
            with torch.no_grad():
                return self.head(**inputs)[0].cpu().numpy().astype(np.float32)
        if self._tokens:
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

        from kgchat.retrieval.path_features import make_extractor
        from kgchat.retrieval.path_heads import make_head

        # The saved format is the feature strategy's (its manifest and config); the backbone
        # loads as it did for training.
        from kgchat.tuning.base import load_manifest, resolve_device
        from kgchat.tuning.feature_config import FeatureTuningConfig
        from kgchat.tuning.weights import load_base_model

        d = Path(directory)
        manifest = load_manifest(d)
        if manifest.get("strategy") != "feature" or not (d / HEAD_FILE).is_file():
            raise ModelError(f"{d} holds no learned path scorer (strategy 'feature')")
        raw = (d / CONFIG_FILE).read_text(encoding="utf-8")
        cfg = FeatureTuningConfig.from_json(raw)
        if '"head"' not in raw:  # saved before there was a choice of head
            cfg = cfg.replace(head="pooled")
        if '"meaning"' not in raw:  # saved before the head read the encoder's similarities
            cfg = cfg.replace(meaning=False)
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
