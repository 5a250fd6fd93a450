"""``freeze``: train only the top transformer layers (and the final norm, optionally the LM head).

The lower layers, which hold general language, stay as pretrained; the top ``trainable_layers``
adapt to the graph's questions and answers. The output is a whole model folder (``config.json``
+ safetensors), loadable by :func:`kgchat.models.load_causal_lm`.

With tied embeddings (SmolLM2) the LM head *is* the input embedding matrix, so
``train_lm_head=True`` trains the embeddings too; it is off by default.

Examples
--------
>>> FreezeTuningConfig(trainable_layers=4).trainable_layers
4
>>> FreezeTuningConfig(trainable_layers=0)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kgchat.errors.ConfigError: FreezeTuningConfig.trainable_layers=0 is invalid: expected an ...
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgchat.config import check
from kgchat.errors import TrainingError
from kgchat.tuning.base import TrainConfig
from kgchat.tuning.loop import LMStrategy
from kgchat.tuning.weights import plain_model, save_full_model

__all__ = ["FreezeStrategy", "FreezeTuningConfig", "decoder_layers", "final_norm"]

_NORM_NAMES = ("norm", "ln_f", "final_layer_norm", "final_layernorm", "norm_f")


@dataclass(frozen=True)
class FreezeTuningConfig(TrainConfig):
    """:class:`~kgchat.tuning.base.TrainConfig` plus which weights stay trainable.

    Attributes
    ----------
    trainable_layers : int
        The top transformer layers that train; every other layer stays frozen.
    train_norm : bool
        Also train the final normalisation layer (tiny).
    train_lm_head : bool
        Also train the output projection (with tied embeddings: the embeddings too).
    """

    lr: float = 5e-5
    trainable_layers: int = 2
    train_norm: bool = True
    train_lm_head: bool = False

    def __post_init__(self) -> None:
        super().__post_init__()
        check(
            isinstance(self.trainable_layers, int) and self.trainable_layers >= 1,
            "trainable_layers",
            self.trainable_layers,
            "an integer >= 1",
        )


def decoder_layers(model: Any) -> tuple[str, Any]:
    """The name and :class:`torch.nn.ModuleList` of a causal LM's transformer layers."""
    import torch

    n = getattr(model.config, "num_hidden_layers", None)
    lists = [
        (name, m)
        for name, m in model.named_modules()
        if isinstance(m, torch.nn.ModuleList) and len(m) > 0
    ]
    for name, m in lists:
        if n is not None and len(m) == n:
            return name, m
    if lists:  # no config count: the longest list of blocks
        return max(lists, key=lambda x: len(x[1]))
    raise TrainingError(f"cannot find the transformer layers of {type(model).__name__}")


def final_norm(model: Any) -> Any:
    """The normalisation after the last layer, or ``None`` when the model has none by name."""
    layers_name, _ = decoder_layers(model)
    parent = layers_name.rsplit(".", 1)[0] if "." in layers_name else ""
    for name, module in model.named_modules():
        head, _, last = name.rpartition(".")
        if last in _NORM_NAMES and head == parent:
            return module
    return None


class FreezeStrategy(LMStrategy):
    """Train the top ``trainable_layers`` layers with the common loop; save a model folder."""

    name = "freeze"
    Config = FreezeTuningConfig
    config: FreezeTuningConfig

    def prepare(self, model: Any) -> Any:
        """Freeze everything, then unfreeze the top layers (and norm / head as configured)."""
        cfg = self.config
        model = plain_model(model)
        _, layers = decoder_layers(model)
        if cfg.trainable_layers > len(layers):
            raise TrainingError(
                f"trainable_layers={cfg.trainable_layers} but the model has {len(layers)} "
                f"layers; pass at most {len(layers)} (or --strategy full)"
            )
        model.requires_grad_(False)
        for layer in list(layers)[-cfg.trainable_layers :]:
            layer.requires_grad_(True)
        norm = final_norm(model)
        if cfg.train_norm and norm is not None:
            norm.requires_grad_(True)
        if cfg.train_lm_head:
            model.get_output_embeddings().requires_grad_(True)
        return model

    def save_model(self, model: Any, tokenizer: Any, folder: Path, base_name: str) -> None:
        """Save the whole model folder and the tokenizer."""
        save_full_model(model, tokenizer, folder)
