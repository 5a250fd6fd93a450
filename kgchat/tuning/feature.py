"""``feature``: feature-based transfer. A text encoder (default) or the chat LM stays frozen and
serves as a feature extractor; a small head learns, from the graph's QA pairs, which relation
paths answer a question, and plugs into the retriever as its
:class:`~kgchat.retrieval.scoring.PathScorer`.

Training data (:mod:`kgchat.tuning.feature_data`). For each QA example, the topic entity's
candidate relation paths as the retriever walks them, labelled by whether each is the
question's own path to its answers.

Features. All come from the frozen backbone's hidden states at ``layer`` (L2-normalised):
``backbone="encoder"`` (default: the bundled all-MiniLM-L6-v2, 6 layers, hidden size 384) or
``backbone="lm"`` (SmolLM2-135M, 30 layers, 576; about 10x slower a token); the
question, the relation phrases and the answer types are embedded apart (not ``question [SEP]
path`` in one pass), so phrase embeddings are cached: the retriever scores hundreds of paths
per question, made of a few dozen relation phrases.

- ``head="tokens"`` (default, :class:`~kgchat.retrieval.path_heads.TokenPathHead`): the question's
  token states against each hop's phrase (a backward hop marked ``(inverse)``) and the answer's
  type words, through learned projections: per hop, how well and *where* the question says it,
  with the untrained scorer's parts. Word order is how a question chains relations and tells a
  relation's subject from its object.
- ``head="pooled"`` (:class:`~kgchat.retrieval.path_heads.PathHead`): one mean-pooled vector for the
  question and one for the path text; features ``[q, p, q*p, heuristic score, hops/3]``.

Head. ``score = heuristic + cap * tanh(MLP(features) / cap)``, the MLP's last layer starting at
zero: before training the learned scorer *is* the untrained
:class:`~kgchat.retrieval.scoring.HeuristicPathScorer`, and training can only move it where
the data says, by at most ``max_correction`` (``cap``): enough to re-rank the paths the
heuristic finds nearly tied, not to overturn its clear choices on questions phrased unlike the
generated ones (``use_heuristic=False`` drops the residual and the feature). The loss is
listwise: a softmax over each question's candidates, maximising the probability of its positive
ones.

Run it from the shell; the graph PATHs are needed to walk the paths::

    kgchat tune kgchat/data/graphs/medicine.ttl --data qa/medicine --strategy feature \
        --out runs/scorer

and use it with ``Retriever(kg, scorer=LearnedPathScorer.load("runs/scorer", kg=kg))``.
"""

from __future__ import annotations

import logging
import random
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from kgchat.errors import ConfigError, TrainingError
from kgchat.retrieval.learned import CONFIG_FILE, HEAD_FILE, LearnedPathScorer, heuristic_scorer
from kgchat.retrieval.path_features import FeatureExtractor, make_extractor, path_text
from kgchat.retrieval.path_heads import make_head, refine_inputs, token_inputs
from kgchat.tuning.base import (
    OutputDir,
    Strategy,
    TuneResult,
    base_manifest,
    cpu_threads,
    resolve_device,
    seed_everything,
)
from kgchat.tuning.data import QAData, load_qa_data
from kgchat.tuning.feature_config import FeatureTuningConfig
from kgchat.tuning.feature_data import (
    QuestionPaths,
    candidate_paths,
    training_examples,
    walk_items,
)
from kgchat.tuning.feature_fit import fit_head
from kgchat.tuning.feature_gate import dev_gate, people_dev, verdict
from kgchat.tuning.weights import is_oom, load_base_model

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = [
    "FeatureStrategy",
    "FeatureTuningConfig",
    "LearnedPathScorer",
    "QuestionPaths",
    "candidate_paths",
    "training_examples",
    "walk_items",
]

logger = logging.getLogger(__name__)


# ---------------------------------------------------------------------- the strategy
class FeatureStrategy(Strategy):
    """Train a :class:`LearnedPathScorer` head on the frozen LM's features."""

    name = "feature"
    Config = FeatureTuningConfig
    needs_graph = True
    output = "scorer"
    resumable = False  # no checkpoints: the head trains in minutes
    config: FeatureTuningConfig

    @classmethod
    def default_out(cls, kg: KnowledgeGraph | None) -> Path | None:
        """The graph's own scorer folder (:func:`kgchat.pipeline.default_scorer_dir`), which
        ``scorer="auto"`` retrievers use."""
        from kgchat.pipeline import default_scorer_dir

        return None if kg is None else default_scorer_dir(kg)

    def train(
        self,
        data: str | Path | QAData,
        out: str | Path,
        *,
        model: Any = None,
        kg: KnowledgeGraph | None = None,
        resume: bool = False,
        overwrite: bool = False,
        progress: bool | None = None,
    ) -> TuneResult:
        """Enumerate and label candidate paths, embed them, train the head, save it; see
        :meth:`Strategy.train`. ``resume`` is ignored: the head trains in seconds."""
        cfg = self.config
        if kg is None:
            raise ConfigError(
                "the feature strategy walks the graph: pass kg= (kgchat tune PATH... --strategy "
                "feature)"
            )
        if resume:
            logger.warning("the feature strategy has no checkpoints: training from the start")
        started = time.time()
        qa = data if isinstance(data, QAData) else load_qa_data(data)
        outdir = OutputDir(Path(out), overwrite=overwrite, resume=False)
        outdir.prepare()
        try:
            with cpu_threads(cfg.threads):
                return self._train(qa, outdir, model, kg, progress, started)
        except BaseException:
            shutil.rmtree(outdir.staging, ignore_errors=True)  # nothing there to resume from
            raise

    def _train(
        self,
        qa: QAData,
        outdir: OutputDir,
        model: Any,
        kg: KnowledgeGraph,
        progress: bool | None,
        started: float,
    ) -> TuneResult:
        from kgchat.retrieval import Retriever, RetrieverConfig

        cfg = self.config
        seed_everything(cfg.seed)
        retriever = Retriever(kg, config=RetrieverConfig(max_hops=cfg.max_hops))
        heuristic = heuristic_scorer(cfg.heuristic_encoder)
        rng = random.Random(cfg.seed)
        splits = {}
        from tqdm.auto import tqdm

        show = progress is not False
        for name, examples in (("train", training_examples(qa.train, kg, cfg)), ("dev", qa.dev)):
            found = [
                candidate_paths(retriever, ex, cfg, rng, heuristic)
                for ex in tqdm(
                    examples,
                    desc=f"candidate paths ({name})",
                    unit="q",
                    disable=not show,
                    mininterval=2.0,
                )
            ]
            splits[name] = [q for q in found if q is not None]
        if not splits["train"]:
            raise TrainingError(
                "no training question has a candidate path that reaches its answer: check that "
                "the QA data was generated from this graph (topic and answers name its entities)"
            )
        lm, tok, base_name = load_base_model(model, cfg.backbone)
        device = resolve_device(cfg.device)
        extractor = make_extractor(cfg, lm.to(device), tok)
        tensors = {s: self._embed(extractor, qs, show) for s, qs in splits.items()}
        head = make_head(cfg, extractor.dim).to(device)
        history, extra = fit_head(cfg, head, tensors["train"], tensors["dev"], progress)
        head.eval()
        scorer = LearnedPathScorer(head, make_extractor(cfg, lm, tok), cfg, {}, heuristic)
        checked = people_dev(cfg.gate_file) if cfg.gate_file else qa.dev
        gate = dev_gate(retriever, scorer, checked, cfg.gate_questions, cfg.seed, show)
        if gate is not None:
            gate["source"] = cfg.gate_file or "generated dev split"
        default, note = verdict(gate, cfg)
        from safetensors.torch import save_file

        save_file(
            {k: v.contiguous().cpu() for k, v in head.state_dict().items()},
            str(outdir.staging / HEAD_FILE),
        )
        (outdir.staging / CONFIG_FILE).write_text(cfg.to_json(), encoding="utf-8")
        manifest = base_manifest(self, base_name, qa, kg, started)
        manifest.update(
            {
                "backbone": cfg.backbone,
                "layer": cfg.layer,
                "hidden_size": extractor.dim,
                "device": device,
                "questions": {s: len(qs) for s, qs in splits.items()},
                "skipped_questions": {
                    "train": len(qa.train) - len(splits["train"]),
                    "dev": len(qa.dev) - len(splits["dev"]),
                },
                "mean_candidates": round(
                    float(np.mean([len(q.paths) for q in splits["train"]])), 2
                ),
                "history": history,
                **extra,
                "dev_retrieval": gate,
                "default_scorer": default,
                "default_note": note,
            }
        )
        out_dir = outdir.commit(manifest)
        scorer.manifest = manifest
        return TuneResult(out_dir, manifest, scorer=scorer)

    def _embed(
        self, extractor: FeatureExtractor, questions: list[QuestionPaths], show: bool = False
    ) -> list[dict[str, torch.Tensor]]:
        """Per question: the head's inputs (one question's rows) and ``labels``."""
        from tqdm.auto import tqdm

        if not questions:
            return []
        tokens = self.config.head in ("tokens", "refine")
        refine = self.config.head == "refine"
        try:
            if tokens:
                extractor.prefetch_tokens([q.info.text for q in questions])
            qv = None if tokens else extractor.embed([q.info.text for q in questions])
            out = []
            for k, q in enumerate(
                tqdm(questions, desc="LLM features", unit="q", disable=not show, mininterval=2.0)
            ):
                if refine:
                    row = {
                        name: v[0]
                        for name, v in refine_inputs(
                            extractor, q.info, q.paths, q.heuristic, q.parts
                        ).items()
                    }
                elif tokens:
                    row = {
                        name: v[0]
                        for name, v in token_inputs(
                            extractor, q.info.text, q.paths, q.heuristic, q.parts
                        ).items()
                    }
                else:
                    assert qv is not None
                    pv = extractor.embed([path_text(p) for p in q.paths])
                    hops = np.array([float(len(p.pattern)) for p in q.paths], np.float32)
                    row = {
                        name: torch.as_tensor(x, device=extractor.device)
                        for name, x in (
                            ("q", qv[k]),
                            ("p", pv),
                            ("heur", q.heuristic),
                            ("hops", hops),
                        )
                    }
                row["labels"] = torch.as_tensor(q.labels, device=extractor.device)
                out.append(row)
            return out
        except (torch.OutOfMemoryError, RuntimeError) as exc:
            if is_oom(exc):
                raise TrainingError(
                    "out of memory embedding texts: pass a smaller embed_batch_size"
                ) from exc
            raise
