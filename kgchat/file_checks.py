"""Checksums of the files a saved folder's manifest describes: :func:`checksums` records them
when the folder is written, :func:`check_files` compares them when it is opened (moved out of
:mod:`kgchat.fsio`, which names them too, so that module keeps one job: atomic folders).

:func:`checksums` records each file's size and SHA-256 for a manifest (no mtimes, so that the same
data gives the same manifest bytes); :func:`check_files` compares them on open: ``"quick"`` (the
default) compares sizes and hashes only the files not older than the manifest (written last;
:func:`checksums` backdates the files it records by a second, so that an edit even within the
same clock tick as the save is noticed), ``"full"`` hashes every file, ``"off"`` skips the
check. The environment variable ``KGCHAT_VERIFY`` sets the default (e.g. ``KGCHAT_VERIFY=full
kgchat ask``).

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> target = Path(tempfile.mkdtemp())
>>> _ = (target / "data.txt").write_text("hello")
>>> _ = (target / "manifest.json").write_text("{}")
>>> files = checksums(target)
>>> check_files(target, files) is None
True
>>> _ = (target / "data.txt").write_text("HELLO")
>>> check_files(target, files)
('data.txt', 'its SHA-256 differs from the one recorded when it was saved')
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any

from kgchat.errors import ConfigError

__all__ = ["MANIFEST", "VERIFY_MODES", "check_files", "checksums", "verify_mode"]

MANIFEST = "manifest.json"  # a saved folder's manifest, written last
VERIFY_MODES = ("quick", "full", "off")


def _sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def checksums(directory: str | os.PathLike[str], exclude: tuple[str, ...] = (MANIFEST,)) -> dict:
    """Size and SHA-256 of every file under ``directory`` (relative POSIX names as keys), except
    ``exclude``: what a manifest records so that :func:`check_files` can verify it.

    Each file's mtime is set back a second (if it is newer), so that the manifest written next is
    strictly newer than every file it describes: the quick check relies on it.
    """
    d = Path(directory)
    cutoff = time.time_ns() - 1_000_000_000
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(p for p in d.rglob("*") if p.is_file() and not p.is_symlink()):
        name = path.relative_to(d).as_posix()
        if name in exclude:
            continue
        st = path.stat()
        out[name] = {"size": st.st_size, "sha256": _sha256(path)}
        if st.st_mtime_ns > cutoff:
            os.utime(path, ns=(st.st_atime_ns, cutoff))
    return out


def verify_mode(mode: str | None = None) -> str:
    """``mode``, or the ``KGCHAT_VERIFY`` environment variable, or ``"quick"``; checked."""
    value = mode if mode is not None else os.environ.get("KGCHAT_VERIFY") or "quick"
    if value not in VERIFY_MODES:
        where = "verify" if mode is not None else "KGCHAT_VERIFY"
        raise ConfigError(f"{where}={value!r} is invalid: expected one of {VERIFY_MODES}")
    return value


def check_files(
    directory: str | os.PathLike[str],
    recorded: dict | None,
    mode: str | None = None,
    written_last: str = MANIFEST,
) -> tuple[str, str] | None:
    """The first file of ``recorded`` (from :func:`checksums`) that is missing or changed, as
    ``(name, why)``, or ``None`` when all match (or nothing was recorded, or ``mode="off"``).

    ``"quick"`` trusts a file of the recorded size older than ``written_last`` (the manifest,
    written after the files) and hashes the others; ``"full"`` hashes every file.
    """
    mode = verify_mode(mode)
    if not recorded or mode == "off":
        return None
    d = Path(directory)
    try:
        since = (d / written_last).stat().st_mtime_ns
    except OSError:
        since = -1  # hash everything
    for name, want in recorded.items():
        path = d / name
        try:
            st = path.stat()
        except OSError:
            return name, "missing"
        if st.st_size != want["size"]:
            return name, f"{st.st_size} bytes, {want['size']} when it was saved"
        if mode == "quick" and st.st_mtime_ns < since:
            continue
        if _sha256(path) != want["sha256"]:
            return name, "its SHA-256 differs from the one recorded when it was saved"
    return None
