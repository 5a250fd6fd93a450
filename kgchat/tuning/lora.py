"""``lora``: low-rank adapters on the frozen LM (peft), the default strategy.

Only the adapters train (about 0.1% of SmolLM2-135M's weights at ``r=8`` on ``q_proj``/``v_proj``),
so a run fits a laptop and the output is a few MB: an adapter folder (``adapter_config.json``
naming the base model as :func:`kgchat.models.resolve_chat_model` finds it) plus the tokenizer,
which :func:`kgchat.models.load_causal_lm`, ``TransformersBackend(model=out)`` and
``kgchat ask --model out`` load on their base.

Examples
--------
>>> LoraTuningConfig(r=4, target_modules=["q_proj"]).target_modules
('q_proj',)
>>> from peft import LoraConfig
>>> LoraTuningConfig(peft_config=LoraConfig(r=16, lora_alpha=32, target_modules=["k_proj"])).r
16
>>> LoraTuningConfig(r=0)
Traceback (most recent call last):
...
kgchat.errors.ConfigError: LoraTuningConfig.r=0 is invalid: expected an integer >= 1
"""

from __future__ import annotations

import dataclasses
import enum
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from kgchat.config import check
from kgchat.errors import TrainingError
from kgchat.tuning.base import TrainConfig
from kgchat.tuning.loop import LMStrategy

__all__ = ["LoraStrategy", "LoraTuningConfig"]

logger = logging.getLogger(__name__)

# Keys of peft's LoraConfig that describe the run, not the adapter: never carried in our JSON.
_PEFT_RUN_KEYS = {"peft_type", "peft_version", "task_type", "base_model_name_or_path", "revision"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True)
class LoraTuningConfig(TrainConfig):
    """:class:`~kgchat.tuning.base.TrainConfig` plus the adapter's shape.

    Attributes
    ----------
    r : int
        Rank of the adapters.
    alpha : int
        LoRA scaling numerator (``alpha / r`` scales the update).
    dropout : float
        Dropout on the adapters' input.
    target_modules : tuple of str
        Names of the linear layers that get adapters.
    peft_config : peft.LoraConfig, optional
        A full peft config instead of the four fields above (which then mirror it); every peft
        option (DoRA, rsLoRA, ``modules_to_save``...) is available this way.
    """

    r: int = 8
    alpha: int = 16
    dropout: float = 0.05
    target_modules: tuple[str, ...] = ("q_proj", "v_proj")
    peft_config: Any = None

    def __post_init__(self) -> None:
        super().__post_init__()
        tm = self.target_modules
        object.__setattr__(self, "target_modules", (tm,) if isinstance(tm, str) else tuple(tm))
        if self.peft_config is not None:
            from peft import LoraConfig

            pc = self.peft_config
            if isinstance(pc, dict):
                pc = LoraConfig(**pc)
                object.__setattr__(self, "peft_config", pc)
            check(isinstance(pc, LoraConfig), "peft_config", type(pc).__name__, "a LoraConfig")
            tm = pc.target_modules
            modules = (tm,) if isinstance(tm, str) else tuple(sorted(tm or ()))
            for name, value in (
                ("r", pc.r),
                ("alpha", pc.lora_alpha),
                ("dropout", pc.lora_dropout),
                ("target_modules", modules),
            ):
                object.__setattr__(self, name, value)
        check(isinstance(self.r, int) and self.r >= 1, "r", self.r, "an integer >= 1")
        check(self.alpha > 0, "alpha", self.alpha, "a number > 0")
        check(0 <= self.dropout < 1, "dropout", self.dropout, "in [0, 1)")
        check(
            self.peft_config is not None
            or (bool(self.target_modules) and all(isinstance(m, str) for m in self.target_modules)),
            "target_modules",
            self.target_modules,
            "a non-empty tuple of module names",
        )

    def lora_config(self) -> Any:
        """The :class:`peft.LoraConfig` to apply (``task_type`` set to causal LM)."""
        from peft import LoraConfig, TaskType

        if self.peft_config is not None:
            return dataclasses.replace(self.peft_config, task_type=TaskType.CAUSAL_LM)
        return LoraConfig(
            r=self.r,
            lora_alpha=self.alpha,
            lora_dropout=self.dropout,
            target_modules=list(self.target_modules),
            task_type=TaskType.CAUSAL_LM,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values; a ``peft_config`` keeps only the options that differ from
        peft's defaults."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        out["target_modules"] = list(self.target_modules)
        if self.peft_config is not None:
            from peft import LoraConfig

            mine, default = self.peft_config.to_dict(), LoraConfig().to_dict()
            out["peft_config"] = {
                k: _jsonable(v)
                for k, v in mine.items()
                if k not in _PEFT_RUN_KEYS and _jsonable(v) != _jsonable(default.get(k))
            }
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Inverse of :meth:`to_dict`."""
        data = dict(data)
        peft = data.pop("peft_config", None)
        config = super().from_dict(data)
        return config if peft is None else dataclasses.replace(config, peft_config=peft)


class LoraStrategy(LMStrategy):
    """Train LoRA adapters with the common loop; save adapter + tokenizer."""

    name = "lora"
    Config = LoraTuningConfig
    config: LoraTuningConfig

    def prepare(self, model: Any) -> Any:
        """Wrap the (frozen) model with fresh adapters."""
        from peft import PeftModel, get_peft_model

        if isinstance(model, PeftModel):
            raise TrainingError(
                "the base model is itself a LoRA adapter: pass its base model as --model, or "
                "tune it with --strategy full"
            )
        try:
            return get_peft_model(model, self.config.lora_config())
        except ValueError as exc:
            raise TrainingError(
                f"cannot put LoRA adapters on this model ({exc}); set target_modules to names "
                "of its linear layers"
            ) from exc

    def save_model(self, model: Any, tokenizer: Any, folder: Path, base_name: str) -> None:
        """Save the adapter (no embedding copies) and the tokenizer."""
        if not base_name:
            logger.warning(
                "the base model has no name or path: the adapter in %s cannot find its base "
                "when loaded by name",
                folder,
            )
        for pc in model.peft_config.values():
            pc.base_model_name_or_path = base_name or None
        model.save_pretrained(str(folder), save_embedding_layers=False)
        tokenizer.save_pretrained(str(folder))
