"""The one training loop of the strategies that tune the LM itself (``lora``, ``freeze``, ``full``).

A subclass of :class:`LMStrategy` says only which weights train (:meth:`LMStrategy.prepare`) and
how the result is saved (:meth:`LMStrategy.save_model`); the loop does the rest:

- seeding, the epoch order (a permutation seeded by ``seed`` and the epoch), gradient
  accumulation, AdamW with linear warm-up and decay, gradient clipping;
- the dev loss before training and every ``eval_every`` epochs, early stopping after
  ``patience`` evaluations without improvement, and the best evaluation's weights saved;
- a checkpoint after each epoch (and at ``max_steps``) in ``<out>.partial/checkpoints/last``: the
  trainable weights, optimiser, scheduler, RNG states and counters, so that ``resume=True``
  continues exactly where the run stopped (same weights as an uninterrupted run);
- an out-of-memory guard that turns CUDA OOM into a :class:`TrainingError` saying what to lower;
- tokens per second, measured over the optimisation steps only.

Run it from the shell (``kgchat tune --help``)::

    kgchat tune kgchat/data/graphs/medicine.ttl --data qa/medicine --strategy lora --out runs/lora
"""

from __future__ import annotations

import math
import shutil
import sys
import time
from abc import abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from kgchat.chat.prompts import PromptTemplates
from kgchat.errors import TrainingError
from kgchat.tuning.base import (
    OutputDir,
    Strategy,
    TuneResult,
    base_manifest,
    cpu_threads,
    resolve_device,
    seed_everything,
)
from kgchat.tuning.checkpoint import (
    check_same_run,
    load_weights,
    read_checkpoint,
    save_weights,
    write_checkpoint,
)
from kgchat.tuning.data import EncodedExample, QAData, collate, encode_examples, load_qa_data
from kgchat.tuning.weights import is_oom, load_base_model, plain_model, save_full_model

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["LMStrategy", "Trainer", "is_oom", "load_base_model", "plain_model", "save_full_model"]

# Fields that may change when a run is resumed: they decide when to stop, not what is learned.
_RESUMABLE_CHANGES = {"epochs", "max_steps", "patience", "eval_every", "device", "threads"}


class LMStrategy(Strategy):
    """A strategy that fine-tunes the causal LM with the common loop (see the module docstring)."""

    @abstractmethod
    def prepare(self, model: Any) -> Any:
        """Return the model to train, with ``requires_grad`` set on the weights that train."""

    @abstractmethod
    def save_model(self, model: Any, tokenizer: Any, folder: Path, base_name: str) -> None:
        """Save the trained model so that :func:`kgchat.models.load_causal_lm` loads ``folder``."""

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
        """Train with the common loop; see :meth:`Strategy.train`."""
        qa = data if isinstance(data, QAData) else load_qa_data(data)
        out_dir = OutputDir(Path(out), overwrite, resume)
        resume_from = out_dir.prepare()
        try:
            with cpu_threads(self.config.threads):
                return Trainer(self, qa, out_dir, model, kg, progress).run(resume_from)
        except BaseException:
            if not (out_dir.staging / "checkpoints" / "last").is_dir():
                shutil.rmtree(out_dir.staging, ignore_errors=True)  # nothing to resume from
            raise


class Trainer:
    """One run of the common loop; use :meth:`LMStrategy.train`."""

    def __init__(
        self,
        strategy: LMStrategy,
        data: QAData,
        out: OutputDir,
        model: Any,
        kg: KnowledgeGraph | None,
        progress: bool | None,
    ) -> None:
        self.strategy = strategy
        self.config = strategy.config
        self.data = data
        self.out = out
        self.model_source = model
        self.kg = kg
        self.progress = sys.stderr.isatty() if progress is None else progress
        self.state: dict[str, Any] = {
            "step": 0,
            "epoch": 0,  # the epoch in progress (0-based)
            "batch_in_epoch": 0,  # micro-batches of it done
            "loss_sum": 0.0,  # this epoch's training loss so far
            "loss_count": 0,
            "history": [],
            "initial_dev_loss": None,
            "best_dev_loss": None,
            "best_epoch": None,
            "bad_evals": 0,
            "stopped_early": False,
            "tokens": 0,
            "train_seconds": 0.0,
        }

    # ------------------------------------------------------------------ run
    def run(self, resume_from: Path | None = None) -> TuneResult:
        """Train (from the checkpoint folder ``resume_from``, if given), save, commit."""
        cfg = self.config
        started = time.time()
        seed_everything(cfg.seed)
        model, tok, base_name = load_base_model(self.model_source)
        templates = PromptTemplates.load(cfg.prompts)
        self.train_set, self.dev_set = (
            encode_examples(
                tok,
                examples,
                templates,
                with_facts=cfg.with_facts,
                max_length=cfg.max_length,
                split=split,
            )
            for split, examples in (("train", self.data.train), ("dev", self.data.dev))
        )
        self.pad_id = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        self.device = resolve_device(cfg.device)
        model = self.strategy.prepare(model).to(self.device)
        params = [p for p in model.parameters() if p.requires_grad]
        if not params:
            raise TrainingError(f"strategy {self.strategy.name!r} left no weight to train")
        self.model, self.tokenizer, self.base_name = model, tok, base_name
        n_batches = math.ceil(len(self.train_set) / cfg.batch_size)
        self.steps_per_epoch = math.ceil(n_batches / cfg.grad_accum)
        total = cfg.epochs * self.steps_per_epoch
        self.total_steps = min(total, cfg.max_steps) if cfg.max_steps else total
        from transformers import get_linear_schedule_with_warmup

        self.optimizer = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
        warmup = int(cfg.warmup_ratio * self.total_steps)
        self.scheduler = get_linear_schedule_with_warmup(self.optimizer, warmup, self.total_steps)
        if resume_from is not None:
            self._restore(resume_from)
        elif self.dev_set:
            self.state["initial_dev_loss"] = self._dev_loss()
        self._loop()
        return self._finish(started)

    def _loop(self) -> None:
        cfg, st = self.config, self.state
        from tqdm.auto import tqdm

        bar = tqdm(
            total=self.total_steps,
            initial=min(st["step"], self.total_steps),
            desc=f"tune {self.strategy.name}",
            unit="step",
            disable=not self.progress,
        )
        try:
            while st["epoch"] < cfg.epochs and not self._done():
                self._epoch(bar)
        finally:
            bar.close()

    def _done(self) -> bool:
        st = self.state
        return st["stopped_early"] or st["step"] >= self.total_steps

    def _epoch(self, bar: Any) -> None:
        cfg, st = self.config, self.state
        epoch = st["epoch"]
        order = torch.randperm(
            len(self.train_set), generator=torch.Generator().manual_seed(cfg.seed * 1009 + epoch)
        ).tolist()
        batches = [order[i : i + cfg.batch_size] for i in range(0, len(order), cfg.batch_size)]
        self.model.train()
        self.optimizer.zero_grad(set_to_none=True)
        b = st["batch_in_epoch"]
        while b < len(batches) and st["step"] < self.total_steps:
            group = batches[b : b + cfg.grad_accum - (b % cfg.grad_accum)]
            loss, tokens, seconds = self._step([[self.train_set[i] for i in g] for g in group])
            b += len(group)
            st.update(batch_in_epoch=b, step=st["step"] + 1)
            st["loss_sum"] += loss * len(group)
            st["loss_count"] += len(group)
            st["tokens"] += tokens
            st["train_seconds"] += seconds
            bar.update(1)
            bar.set_postfix(
                loss=f"{loss:.3f}", tok_s=f"{st['tokens'] / max(st['train_seconds'], 1e-9):.0f}"
            )
        finished = b >= len(batches)
        last = st["step"] >= self.total_steps or (finished and epoch + 1 >= cfg.epochs)
        if (finished and (epoch + 1) % cfg.eval_every == 0) or last:
            self._evaluate(epoch + (1 if finished else b / len(batches)))
        if finished:
            st.update(epoch=epoch + 1, batch_in_epoch=0, loss_sum=0.0, loss_count=0)
        self._checkpoint()

    def _step(self, micro_batches: list[list[EncodedExample]]) -> tuple[float, int, float]:
        """One optimiser step over a group of micro-batches: mean loss, tokens, seconds."""
        cfg = self.config
        t0 = time.perf_counter()
        losses, tokens = [], 0
        try:
            for mb in micro_batches:
                batch = {k: v.to(self.device) for k, v in collate(mb, self.pad_id).items()}
                loss = self.model(**batch).loss
                (loss / len(micro_batches)).backward()
                losses.append(float(loss.detach()))
                tokens += int(batch["attention_mask"].sum())
            if cfg.max_grad_norm > 0:
                params = [p for p in self.model.parameters() if p.requires_grad]
                torch.nn.utils.clip_grad_norm_(params, cfg.max_grad_norm)
            self.optimizer.step()
            self.scheduler.step()
            self.optimizer.zero_grad(set_to_none=True)
        except (torch.OutOfMemoryError, RuntimeError) as exc:
            if is_oom(exc):
                self._raise_oom(exc)
            raise
        if any(math.isnan(x) for x in losses):
            raise TrainingError(
                f"the loss became NaN at step {self.state['step'] + 1}; lower --lr (now "
                f"{cfg.lr}) or check the data"
            )
        return float(np.mean(losses)), tokens, time.perf_counter() - t0

    def _raise_oom(self, exc: BaseException) -> None:
        cfg = self.config
        self.optimizer.zero_grad(set_to_none=True)
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
        smaller = max(1, cfg.batch_size // 2)
        raise TrainingError(
            f"out of memory on {self.device} with batch_size={cfg.batch_size}, "
            f"max_length={cfg.max_length}: pass a smaller --batch-size (e.g. --batch-size "
            f"{smaller} --grad-accum {cfg.grad_accum * cfg.batch_size // smaller} keeps the "
            "effective batch), or a smaller --max-length, with --overwrite"
        ) from exc

    @torch.no_grad()
    def _dev_loss(self) -> float:
        """Mean loss per target token over the dev split."""
        cfg = self.config
        was_training = self.model.training
        self.model.eval()
        total, count = 0.0, 0
        try:
            for i in range(0, len(self.dev_set), cfg.batch_size):
                batch = collate(self.dev_set[i : i + cfg.batch_size], self.pad_id)
                batch = {k: v.to(self.device) for k, v in batch.items()}
                n = int((batch["labels"][:, 1:] != -100).sum())
                total += float(self.model(**batch).loss) * n
                count += n
        except (torch.OutOfMemoryError, RuntimeError) as exc:
            if is_oom(exc):
                self._raise_oom(exc)
            raise
        finally:
            self.model.train(was_training)
        return total / max(count, 1)

    def _evaluate(self, epoch: float) -> None:
        st, cfg = self.state, self.config
        entry: dict[str, Any] = {
            "epoch": round(epoch, 4),
            "step": st["step"],
            "train_loss": st["loss_sum"] / max(st["loss_count"], 1),
            "dev_loss": None,
        }
        if self.dev_set:
            dev = self._dev_loss()
            entry["dev_loss"] = dev
            if st["best_dev_loss"] is None or dev < st["best_dev_loss"]:
                st.update(best_dev_loss=dev, best_epoch=entry["epoch"], bad_evals=0)
                save_weights(self.model, self._checkpoints() / "best.pt")
            else:
                st["bad_evals"] += 1
                if cfg.patience and st["bad_evals"] >= cfg.patience:
                    st["stopped_early"] = True
        st["history"].append(entry)

    # ------------------------------------------------------------------ checkpoints
    def _checkpoints(self) -> Path:
        path = self.out.staging / "checkpoints"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def _identity(self) -> dict[str, Any]:
        return {
            "strategy": self.strategy.name,
            "config": self.config.to_dict(),
            "base_model": self.base_name,
            "data_digest": self.data.digest,
        }

    def _checkpoint(self) -> None:
        """Write ``checkpoints/last``: weights, optimiser, scheduler, RNG, counters."""
        meta = {**self._identity(), "state": self.state}
        folder = self._checkpoints() / "last"
        write_checkpoint(folder, self.model, self.optimizer, self.scheduler, meta)

    def _restore(self, folder: Path) -> None:
        check_same_run(folder, self._identity(), _RESUMABLE_CHANGES)
        meta = read_checkpoint(folder, self.model, self.optimizer, self.scheduler)
        self.state.update(meta["state"])
        # a run that stopped early, resumed with more patience, goes on
        if self.state["stopped_early"] and self.config.patience > self.state["bad_evals"]:
            self.state["stopped_early"] = False

    # ------------------------------------------------------------------ finish
    def _finish(self, started: float) -> TuneResult:
        st = self.state
        best = self._checkpoints() / "best.pt"
        last_epoch = st["history"][-1]["epoch"] if st["history"] else None
        if best.is_file() and st["best_epoch"] is not None and st["best_epoch"] != last_epoch:
            load_weights(self.model, best)
        self.model.eval()
        folder = self.out.staging
        self.strategy.save_model(self.model, self.tokenizer, folder, self.base_name)
        manifest = base_manifest(self.strategy, self.base_name, self.data, self.kg, started)
        tps = st["tokens"] / st["train_seconds"] if st["train_seconds"] else 0.0
        manifest.update(
            {
                "device": self.device,
                "steps": st["step"],
                "epochs_done": st["epoch"] + (1 if st["batch_in_epoch"] else 0),
                "stopped_early": st["stopped_early"],
                "initial_dev_loss": st["initial_dev_loss"],
                "best_dev_loss": st["best_dev_loss"],
                "best_epoch": st["best_epoch"],
                "history": st["history"],
                "train_examples": len(self.train_set),
                "dev_examples": len(self.dev_set),
                "trainable_parameters": sum(
                    p.numel() for p in self.model.parameters() if p.requires_grad
                ),
                "tokens": st["tokens"],
                "train_seconds": round(st["train_seconds"], 3),
                "tokens_per_second": round(tps, 1),
            }
        )
        out = self.out.commit(manifest)
        return TuneResult(out, manifest, model=self.model, tokenizer=self.tokenizer)
