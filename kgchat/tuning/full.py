"""``full``: every weight trains, from the pretrained ones (model-based transfer).

The most capable and the most expensive strategy: AdamW keeps two more copies of every weight,
so memory is about four times the model's (2.2 GB for SmolLM2-135M in float32), and the output
is a whole model folder (``config.json`` + safetensors). Use a small ``lr``: the weights start
from a model that already speaks.

Examples
--------
>>> FullTuningConfig().lr
2e-05
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgchat.tuning.base import TrainConfig
from kgchat.tuning.loop import LMStrategy
from kgchat.tuning.weights import plain_model, save_full_model

__all__ = ["FullStrategy", "FullTuningConfig"]


@dataclass(frozen=True)
class FullTuningConfig(TrainConfig):
    """:class:`~kgchat.tuning.base.TrainConfig` with a learning rate for full fine-tuning."""

    lr: float = 2e-5


class FullStrategy(LMStrategy):
    """Train all weights with the common loop; save a model folder."""

    name = "full"
    Config = FullTuningConfig

    def prepare(self, model: Any) -> Any:
        """Every weight trains (an adapter given as the base is merged first)."""
        model = plain_model(model)
        model.requires_grad_(True)
        return model

    def save_model(self, model: Any, tokenizer: Any, folder: Path, base_name: str) -> None:
        """Save the whole model folder and the tokenizer."""
        save_full_model(model, tokenizer, folder)
