"""What every tuning strategy shares: the common config, the strategy base class, the output
directory (refused when it exists, written atomically) and its manifest.

A strategy is a class with a :class:`TrainConfig` subclass as ``Config`` and one method,
:meth:`Strategy.train`. The output of a run is a directory with ``manifest.json`` written last:
while a run is in progress, everything goes to ``<out>.partial/`` (checkpoints included), which is
renamed to ``<out>`` when training ends, so a crash never leaves a half-written model behind and
``--resume`` knows where to look.

Examples
--------
>>> TrainConfig(epochs=2, lr=1e-4).replace(seed=3).seed
3
>>> TrainConfig(batch_size=0)
Traceback (most recent call last):
...
kgchat.errors.ConfigError: TrainConfig.batch_size=0 is invalid: expected an integer >= 1
>>> TrainConfig.from_json(TrainConfig(max_steps=10).to_json()).max_steps
10
"""

from __future__ import annotations

import logging
import random
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from kgchat.config import Config, check
from kgchat.errors import ConfigError, TrainingError
from kgchat.tuning.output import MANIFEST, OutputDir, load_manifest

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.tuning.data import QAData

__all__ = [
    "MANIFEST",
    "OutputDir",
    "Strategy",
    "TrainConfig",
    "TuneResult",
    "cpu_threads",
    "load_manifest",
    "resolve_device",
    "seed_everything",
]

logger = logging.getLogger(__name__)

_DEVICES = ("auto", "cpu", "cuda", "mps")


@dataclass(frozen=True)
class TrainConfig(Config):
    """Fields every strategy shares; each maps onto a ``kgchat tune`` flag (``--batch-size``...).

    Attributes
    ----------
    epochs : int
        Passes over the training split.
    lr : float
        Peak learning rate (AdamW; linear warm-up then linear decay).
    batch_size : int
        Examples per forward pass.
    grad_accum : int
        Forward passes whose gradients add up before one optimiser step (effective batch
        ``batch_size * grad_accum``).
    max_length : int
        Most tokens of one example; longer prompts lose their lowest-ranked facts first (as the
        chatbot trims them at inference), and examples still too long are skipped and counted.
    seed : int
        Seeds shuffling, dropout and new weights: equal seeds, equal runs.
    eval_every : int
        Epochs between evaluations of the dev loss (the last epoch is always evaluated).
    patience : int
        Evaluations without a better dev loss before training stops early; 0 never stops early.
        The weights of the best evaluation are the ones saved.
    max_steps : int, optional
        A cap on optimiser steps (the learning-rate schedule ends there too).
    device : str
        ``auto`` (CUDA when available, else CPU), ``cpu``, ``cuda`` (``cuda:1``...) or ``mps``.
    with_facts : bool
        Put the retrieved facts into the prompt (``False``: the "without KG" ablation, an empty
        facts block).
    prompts : str, optional
        A JSON file of prompt templates (as ``ChatConfig.prompts``): train with the templates you
        chat with.
    warmup_ratio : float
        Share of the steps spent warming the learning rate up.
    weight_decay : float
        AdamW weight decay.
    max_grad_norm : float
        Gradients are clipped to this norm; 0 turns clipping off.
    threads : int, optional
        CPU threads torch uses during the run; ``None``: torch's default (all cores). On a busy
        shared machine, 1 can be several times faster than more.
    """

    epochs: int = 3
    lr: float = 2e-4
    batch_size: int = 4
    grad_accum: int = 1
    max_length: int = 1024
    seed: int = 0
    eval_every: int = 1
    patience: int = 2
    max_steps: int | None = None
    device: str = "auto"
    with_facts: bool = True
    prompts: str | None = None
    warmup_ratio: float = 0.05
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    threads: int | None = None

    def __post_init__(self) -> None:
        for name in ("epochs", "batch_size", "grad_accum", "eval_every"):
            value = getattr(self, name)
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
            check(ok, name, value, "an integer >= 1")
        check(self.lr > 0, "lr", self.lr, "a learning rate > 0")
        check(self.max_length >= 16, "max_length", self.max_length, "an integer >= 16")
        check(isinstance(self.seed, int), "seed", self.seed, "an integer")
        check(self.patience >= 0, "patience", self.patience, "an integer >= 0 (0: never stop)")
        check(
            self.max_steps is None or self.max_steps >= 1,
            "max_steps",
            self.max_steps,
            "None or an integer >= 1",
        )
        dev = str(self.device).split(":")[0]
        check(dev in _DEVICES, "device", self.device, f"one of {_DEVICES} (or 'cuda:N')")
        check(0 <= self.warmup_ratio < 1, "warmup_ratio", self.warmup_ratio, "in [0, 1)")
        check(self.weight_decay >= 0, "weight_decay", self.weight_decay, "a value >= 0")
        check(self.max_grad_norm >= 0, "max_grad_norm", self.max_grad_norm, "a value >= 0")
        check(self.threads is None or self.threads >= 1, "threads", self.threads, "None or >= 1")


@dataclass
class TuneResult:
    """What :meth:`Strategy.train` hands back.

    Attributes
    ----------
    out_dir : Path
        The finished output directory.
    manifest : dict
        Its ``manifest.json``.
    model, tokenizer : optional
        The trained model in memory (LM strategies), in eval mode.
    scorer : optional
        The trained :class:`~kgchat.retrieval.learned.LearnedPathScorer` (``feature`` strategy).
    """

    out_dir: Path
    manifest: dict[str, Any]
    model: Any = None
    tokenizer: Any = None
    scorer: Any = None

    @property
    def history(self) -> list[dict[str, Any]]:
        """One entry per evaluation: epoch, step, train loss, dev loss."""
        return list(self.manifest.get("history", []))

    @property
    def tokens_per_second(self) -> float:
        """Training throughput measured over the optimisation steps (no eval, no saving)."""
        return float(self.manifest.get("tokens_per_second", 0.0))


class Strategy(ABC):
    """A way to transfer a graph's knowledge into a model; see :mod:`kgchat.tuning`.

    Parameters
    ----------
    config : TrainConfig, optional
        An instance of the strategy's ``Config``; defaults to ``Config()``.
    **fields
        Field overrides, as ``Config(**fields)`` (or ``config.replace(**fields)``).
    """

    name: ClassVar[str]
    Config: ClassVar[type[TrainConfig]] = TrainConfig
    needs_graph: ClassVar[bool] = False  # whether train() needs the graph itself
    output: ClassVar[str] = "model"  # what train() saves: a "model" (--model) or a "scorer"
    resumable: ClassVar[bool] = True  # whether an interrupted run continues with resume=True

    @classmethod
    def default_out(cls, kg: KnowledgeGraph | None) -> Path | None:
        """Where ``train`` saves when no ``out`` is given (``kgchat tune`` without ``--out``);
        ``None``: ``out`` is required."""
        return None

    def __init__(self, config: TrainConfig | None = None, **fields: Any) -> None:
        if config is None:
            config = self.Config(**fields)
        elif fields:
            config = config.replace(**fields)
        if not isinstance(config, self.Config):
            raise ConfigError(
                f"strategy {self.name!r} takes a {self.Config.__name__}, "
                f"got {type(config).__name__}"
            )
        self.config = config

    @abstractmethod
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
        """Train on the QA data directory ``data`` and save the result to ``out``.

        Parameters
        ----------
        data : str, Path or QAData
            A directory with ``train.jsonl`` and ``dev.jsonl`` (see :mod:`kgchat.tuning.data`).
        out : str or Path
            The output directory; refused when it exists, unless ``overwrite`` or ``resume``.
        model : str, os.PathLike, tuple or None
            The base model: any name :func:`kgchat.models.load_causal_lm` takes (``None``: the
            bundled default), or a loaded ``(model, tokenizer)`` pair.
        kg : KnowledgeGraph, optional
            The graph; required by strategies with ``needs_graph``, else only checked against
            the data's graph fingerprint.
        resume : bool
            Continue from the last checkpoint of an interrupted (or finished) run in ``out``.
        overwrite : bool
            Replace ``out`` if it exists.
        progress : bool, optional
            Show a progress bar; ``None``: when stderr is a terminal.

        Raises
        ------
        DataError
            Missing splits, malformed lines.
        TrainingError
            ``out`` exists, out of memory, inconsistent resume state.
        """


def resolve_device(device: str) -> str:
    """``auto`` becomes ``cuda`` when a GPU is visible, else ``cpu``; others pass through."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise TrainingError(f"device={device!r} but no CUDA GPU is visible; pass --device cpu")
    return device


@contextmanager
def cpu_threads(threads: int | None) -> Iterator[None]:
    """Run a block with torch using ``threads`` CPU threads (``None``: leave it as it is)."""
    import torch

    before = torch.get_num_threads()
    if threads is not None:
        torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def seed_everything(seed: int) -> None:
    """Seed Python's, NumPy's and torch's (CPU and CUDA) generators."""
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


def base_manifest(
    strategy: Strategy,
    base_model: str,
    data: QAData,
    kg: KnowledgeGraph | None,
    started: float,
) -> dict[str, Any]:
    """The manifest fields every strategy writes (the caller adds its own)."""
    import platform

    import torch
    import transformers

    from kgchat import __version__

    fingerprint = data.graph_fingerprint
    if kg is not None:
        if fingerprint and fingerprint != kg.fingerprint:
            logger.warning(
                "the QA data in %s was generated from another graph (fingerprint %s, this "
                "graph %s)",
                data.directory,
                fingerprint[:12],
                kg.fingerprint[:12],
            )
        fingerprint = kg.fingerprint
    return {
        "strategy": strategy.name,
        "config": strategy.config.to_dict(),
        "base_model": base_model,
        "graph_fingerprint": fingerprint,
        "data": {
            "directory": str(data.directory),
            "digest": data.digest,
            "train": len(data.train),
            "dev": len(data.dev),
        },
        "versions": {
            "kgchat": __version__,
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "python": platform.python_version(),
        },
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "wall_time_s": round(time.time() - started, 2),
    }
