"""Checkpoints of the common training loop, and the check that a resumed run is the same run.

A checkpoint is a folder written atomically (:func:`kgchat.fsio.writing`: a temporary folder
renamed into place), its files' sizes and SHA-256 recorded in ``trainer_state.json`` and
checked by :func:`read_checkpoint` (a changed file raises :class:`~kgchat.errors.TrainingError`
naming it):

- ``trainable.pt``: the weights that train (adapters, top layers or all), by parameter name;
- ``state.pt``: the optimiser, the learning-rate scheduler and the RNG states (Python, NumPy,
  torch CPU and CUDA), so that dropout and everything else continue as if never stopped;
- ``trainer_state.json``: the strategy, config, base model and data digest of the run (checked
  on resume) and its counters (step, epoch, micro-batches done, loss history, early stopping).

Everything loads with ``torch.load(weights_only=True)``: no pickled code runs on resume.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import torch

from kgchat import fsio
from kgchat.errors import TrainingError

__all__ = [
    "check_same_run",
    "load_weights",
    "read_checkpoint",
    "save_weights",
    "write_checkpoint",
]

STATE_FILE = "trainer_state.json"


def save_weights(model: Any, path: Path) -> None:
    """Save the trainable weights of ``model`` (on the CPU) to ``path``, atomically."""
    weights = {
        n: p.detach().to("cpu", copy=True) for n, p in model.named_parameters() if p.requires_grad
    }
    tmp = path.with_name(path.name + ".tmp")
    torch.save(weights, tmp)
    os.replace(tmp, path)


def load_weights(model: Any, path: Path) -> None:
    """Copy weights saved by :func:`save_weights` into ``model``.

    Raises
    ------
    TrainingError
        When the saved weights are not exactly the model's trainable ones.
    """
    weights = torch.load(path, map_location="cpu", weights_only=True)
    params = dict(model.named_parameters())
    if set(weights) != {n for n, p in params.items() if p.requires_grad}:
        raise TrainingError(
            f"{path}: the checkpoint's trainable weights do not match this strategy's; resume "
            "with the same --strategy and options, or pass --overwrite"
        )
    with torch.no_grad():
        for n, w in weights.items():
            params[n].copy_(w)


def _rng_state() -> dict[str, Any]:
    py = random.getstate()
    np_state: Any = np.random.get_state()
    return {
        "python": list(py[1]),
        "python_pos": py[2],
        "numpy": np_state[1].tolist(),
        "numpy_pos": int(np_state[2]),
        "torch": torch.get_rng_state(),
        "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else [],
    }


def _set_rng_state(rng: dict[str, Any]) -> None:
    random.setstate((3, tuple(rng["python"]), rng["python_pos"]))
    np.random.set_state(
        ("MT19937", np.array(rng["numpy"], dtype=np.uint32), rng["numpy_pos"], 0, 0.0)
    )
    torch.set_rng_state(rng["torch"])
    if rng["cuda"] and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(rng["cuda"])


def write_checkpoint(
    folder: Path, model: Any, optimizer: Any, scheduler: Any, meta: dict[str, Any]
) -> None:
    """Write a checkpoint (see the module docstring) to ``folder``, replacing it atomically."""
    with fsio.writing(folder) as tmp:
        save_weights(model, tmp / "trainable.pt")
        state = {
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "rng": _rng_state(),
        }
        torch.save(state, tmp / "state.pt")
        meta = {**meta, "files": fsio.checksums(tmp)}
        (tmp / STATE_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")


def read_checkpoint(
    folder: Path, model: Any, optimizer: Any, scheduler: Any, verify: str | None = None
) -> dict[str, Any]:
    """Load a checkpoint into ``model``, ``optimizer``, ``scheduler`` and the RNGs; return its
    ``trainer_state.json``. Check it with :func:`check_same_run` first.

    ``verify`` (``"quick"``, the default, ``"full"`` or ``"off"``) says how the files are checked
    against the checksums recorded at writing (:func:`kgchat.fsio.check_files`).
    """
    meta = _read_state(folder)
    bad = fsio.check_files(folder, meta.get("files"), verify, written_last=STATE_FILE)
    if bad is not None:
        raise TrainingError(
            f"{folder / bad[0]}: the checkpoint is damaged ({bad[1]}); pass --overwrite to start "
            "again"
        )
    load_weights(model, folder / "trainable.pt")
    state = torch.load(folder / "state.pt", map_location="cpu", weights_only=True)
    optimizer.load_state_dict(state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    _set_rng_state(state["rng"])
    return meta


def _read_state(folder: Path) -> dict[str, Any]:
    fsio.recover(folder, complete=STATE_FILE)
    path = folder / STATE_FILE
    return fsio.read_json_object(path, TrainingError, "pass --overwrite to start again")


def check_same_run(folder: Path, mine: dict[str, Any], may_change: Iterable[str]) -> None:
    """Raise :class:`TrainingError` unless the checkpoint in ``folder`` belongs to the run
    described by ``mine`` (strategy, config, base model, data digest); config fields in
    ``may_change`` may differ."""
    meta = _read_state(folder)
    if meta["strategy"] != mine["strategy"]:
        raise TrainingError(
            f"--resume: {folder} is a {meta['strategy']!r} run, not {mine['strategy']!r}; pass "
            "the same --strategy, or --overwrite to start again"
        )
    free = set(may_change)
    old, new = meta["config"], mine["config"]
    changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k) and k not in free)
    for key, flag in (("base_model", "--model"), ("data_digest", "--data")):
        if meta[key] != mine[key]:
            changed.append(flag)
    if changed:
        raise TrainingError(
            f"--resume: {', '.join(changed)} differ from the interrupted run's in {folder}; pass "
            f"the same options (only {', '.join(sorted(free))} may change), or --overwrite to "
            "start again"
        )
