"""Knowledge transfer: tune the chatbot's models on QA pairs generated from the graph.

Four strategies, chosen by name (the ``--strategy`` flag, the ``strategy=`` argument):

========  ==================================================================================
lora      LoRA adapters on the frozen LM (:mod:`.lora`), the default; saves an adapter folder
freeze    only the top transformer layers train (:mod:`.freeze`); saves a model folder
full      every weight trains (:mod:`.full`); saves a model folder
feature   the LM frozen as a feature extractor; a small head learns to score relation paths
          and plugs into the retriever as a ``PathScorer`` (:mod:`.feature`)
========  ==================================================================================

Each strategy is a module with its frozen config dataclass (a subclass of
:class:`~kgchat.tuning.base.TrainConfig`) and a :class:`~kgchat.tuning.base.Strategy`; the
registry below ties the name to both and imports the module only when asked (torch loads then).
``lora``, ``freeze`` and ``full`` share one training loop (:mod:`.loop`); the QA data format and
how an example becomes a prompt is in :mod:`.data`. Outputs load where models load:
``kgchat ask --model OUT``, ``TransformersBackend(model=OUT)``, or
``LearnedPathScorer.load(OUT)`` for ``feature``.

Examples
--------
::

    kgchat tune --data qa/medicine --strategy lora --out runs/lora --epochs 3
    kgchat ask kgchat/data/graphs/medicine.ttl "What does aspirin treat?" --model runs/lora
    kgchat tune kgchat/data/graphs/medicine.ttl --data qa/medicine --strategy feature \
        --out runs/scorer

>>> sorted(STRATEGIES)
['feature', 'freeze', 'full', 'lora']
>>> get_strategy("lora").Config().r
8
>>> get_strategy("qlora")
Traceback (most recent call last):
...
kgchat.errors.ConfigError: unknown tuning strategy 'qlora'; known: feature, freeze, full, lora
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgchat.errors import ConfigError
from kgchat.tuning.base import Strategy, TrainConfig, TuneResult, load_manifest
from kgchat.tuning.data import QAData, QAExample, load_qa_data, prompt_messages

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = [
    "DEFAULT_STRATEGY",
    "STRATEGIES",
    "QAData",
    "QAExample",
    "Strategy",
    "TrainConfig",
    "TuneResult",
    "get_strategy",
    "load_manifest",
    "load_qa_data",
    "prompt_messages",
    "tune",
]

DEFAULT_STRATEGY = "lora"

#: name -> "module:Strategy class"; the module is imported on first use.
STRATEGIES: dict[str, str] = {
    "lora": "kgchat.tuning.lora:LoraStrategy",
    "freeze": "kgchat.tuning.freeze:FreezeStrategy",
    "full": "kgchat.tuning.full:FullStrategy",
    "feature": "kgchat.tuning.feature:FeatureStrategy",
}


def get_strategy(name: str) -> type[Strategy]:
    """The strategy class registered as ``name``; its config class is ``.Config``.

    Raises
    ------
    ConfigError
        For a name that is not registered.

    Examples
    --------
    >>> get_strategy("feature").Config.__name__
    'FeatureTuningConfig'
    >>> get_strategy("nope")
    Traceback (most recent call last):
    ...
    kgchat.errors.ConfigError: unknown tuning strategy 'nope'; known: ...
    """
    target = STRATEGIES.get(name)
    if target is None:
        raise ConfigError(
            f"unknown tuning strategy {name!r}; known: {', '.join(sorted(STRATEGIES))}"
        )
    module, _, attr = target.partition(":")
    cls: type[Strategy] = getattr(importlib.import_module(module), attr)
    return cls


def tune(
    data: str | Path | QAData,
    out: str | Path,
    strategy: str = DEFAULT_STRATEGY,
    *,
    config: TrainConfig | None = None,
    model: Any = None,
    kg: KnowledgeGraph | None = None,
    resume: bool = False,
    overwrite: bool = False,
    progress: bool | None = None,
    **fields: Any,
) -> TuneResult:
    """Train ``strategy`` on the QA data in ``data`` and save the result to ``out``.

    ``config`` (the strategy's ``Config``) and ``**fields`` (overrides) set the options; the
    other arguments are those of :meth:`Strategy.train`.
    """
    chosen = get_strategy(strategy)(config, **fields)
    return chosen.train(
        data, out, model=model, kg=kg, resume=resume, overwrite=overwrite, progress=progress
    )
