"""A tuning run's output folder: the staging folder ``<out>.partial`` it trains in, its
manifest (written last, with checksums of every file), and the publish onto ``--out``; the
guards that keep ``--overwrite``/``--resume`` to folders ``kgchat tune`` made.
Re-exported by :mod:`kgchat.tuning.base`.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgchat import fsio
from kgchat.errors import TrainingError

__all__ = ["MANIFEST", "OutputDir", "load_manifest"]

MANIFEST = "manifest.json"
_MARK = "kgchat_tuning"  # key in a manifest that says "this folder was written by kgchat tune"


def load_manifest(directory: str | Path) -> dict[str, Any]:
    """The manifest of a tuning output directory.

    Raises
    ------
    TrainingError
        When ``directory`` holds no manifest written by ``kgchat tune``.
    """
    path = Path(directory) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrainingError(f"{path}: no readable tuning manifest ({exc})") from None
    if not isinstance(manifest, dict) or _MARK not in manifest:
        raise TrainingError(f"{path} was not written by `kgchat tune`")
    bad = fsio.check_files(directory, manifest.get("files"))
    if bad is not None:
        raise TrainingError(
            f"{Path(directory) / bad[0]}: changed since `kgchat tune` wrote it "
            f"({bad[1]}); train again with --overwrite"
        )
    return manifest


@dataclass
class OutputDir:
    """The output directory of one run and its staging folder ``<out>.partial``.

    Parameters
    ----------
    target : Path
        Where the finished result goes.
    overwrite, resume : bool
        The flags of the run (see :meth:`Strategy.train`).
    """

    target: Path
    overwrite: bool = False
    resume: bool = False
    staging: Path = field(init=False)

    def __post_init__(self) -> None:
        self.target = Path(self.target).expanduser()
        self.staging = self.target.with_name(self.target.name + ".partial")

    def prepare(self) -> Path | None:
        """Check the flags against what is on disk and create the staging folder.

        Returns the checkpoint folder to resume from (``resume`` only), else ``None``.
        """
        target, staging = self.target, self.staging
        if target.exists() and not target.is_dir():
            raise TrainingError(f"--out {target} is a file; choose a directory path")
        if target.exists() and any(target.iterdir()):
            written_by_us = (target / MANIFEST).is_file() and _MARK in _read_json(target / MANIFEST)
            if not (self.overwrite or self.resume):
                raise TrainingError(
                    f"output directory {target} exists: pass --overwrite (overwrite=True) to "
                    "replace it, --resume to continue its training, or another --out"
                )
            if not written_by_us:
                raise TrainingError(
                    f"output directory {target} exists and was not written by `kgchat tune`; "
                    "refusing to replace it even with --overwrite: choose another --out"
                )
        if staging.exists() and not (self.resume or self.overwrite):
            raise TrainingError(
                f"an interrupted run left {staging}: pass --resume to continue it, or "
                "--overwrite to start afresh"
            )
        if staging.exists() and not _staging_is_ours(staging):
            raise TrainingError(
                f"{staging} exists and was not written by `kgchat tune`; refusing to replace it "
                "even with --overwrite: move it away or choose another --out"
            )
        if not self.resume:
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(parents=True)
            (staging / _STAGING_MARK).touch()
            return None
        # Resume from the staging folder (an interrupted run), else from a finished run's copy.
        last = staging / "checkpoints" / "last"
        if (last / "trainer_state.json").is_file():
            return last
        finished = target / "checkpoints"
        if (finished / "last" / "trainer_state.json").is_file():
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(parents=True)
            shutil.copytree(finished, staging / "checkpoints")
            return staging / "checkpoints" / "last"
        raise TrainingError(
            f"--resume: no checkpoint in {staging / 'checkpoints'} or {finished}; drop --resume "
            "to start training"
        )

    def commit(self, manifest: dict[str, Any]) -> Path:
        """Write ``manifest.json`` last, then move the staging folder onto the target."""
        manifest = {_MARK: 1, **manifest, "files": fsio.checksums(self.staging)}
        text = json.dumps(manifest, indent=2, sort_keys=False, default=str)
        (self.staging / MANIFEST).write_text(text + "\n", encoding="utf-8")
        fsio.publish(self.staging, self.target)
        return self.target


_STAGING_MARK = ".kgchat-tune-staging"  # in a staging folder: kgchat tune made it


def _staging_is_ours(staging: Path) -> bool:
    """Whether a ``<out>.partial`` folder is one ``kgchat tune`` made: marked, empty, or (runs
    from before the mark) holding only its checkpoints."""
    if not staging.is_dir():
        return False
    names = {p.name for p in staging.iterdir()}
    return _STAGING_MARK in names or not names or names == {"checkpoints"}


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
