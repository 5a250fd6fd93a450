"""File-system helpers every saved artefact shares: where kgchat caches what it builds
(:func:`cache_dir`), atomic directories, one writer per target, recovery after a crash, and
checksums of the files a manifest describes. Every layer (graph, index, models, tuning) uses
these; none of them imports another layer for them.

A saved folder (a graph, an entity index, a QA set, a tuned model, a checkpoint, a model cache)
is written into a staging folder ``.<name>.tmp-<random>`` beside the target, its manifest last,
then published by two renames: the old copy to ``.<name>.old-<random>``, the new one onto the
target. Writers of one target take an exclusive lock on ``.<name>.lock`` (``flock``, so threads
and processes both wait), which makes the renames safe against each other; under the lock, any
``.tmp-*``/``.old-*`` folder older than the lock is a dead writer's leftover and is removed. A
crash between the two renames leaves no target: :func:`recover`, called when a folder is
opened, puts back the newest complete copy (a complete ``.tmp-*`` first: it was being
published; else the ``.old-*``). Folders are made with ``os.mkdir``, so they follow the umask
(0755 under the usual 022), not ``mkdtemp``'s 0700.

The checksums of a manifest's files (:func:`checksums`, :func:`check_files`) live in
:mod:`kgchat.file_checks`; they are named here too, where every saved folder's writer finds them.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> target = Path(tempfile.mkdtemp()) / "saved"
>>> with writing(target) as tmp:
...     _ = (tmp / "data.txt").write_text("hello")
...     _ = (tmp / "manifest.json").write_text("{}")
>>> sorted(p.name for p in target.iterdir()), [p.name for p in target.parent.iterdir()]
(['data.txt', 'manifest.json'], ['saved'])
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from kgchat.file_checks import MANIFEST, VERIFY_MODES, check_files, checksums, verify_mode

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: writers are not serialised
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "MANIFEST",
    "VERIFY_MODES",
    "build_once",
    "cache_dir",
    "check_files",
    "checksums",
    "clean_leftovers",
    "lock",
    "publish",
    "read_json_object",
    "recover",
    "staging",
    "verify_mode",
    "writing",
]

logger = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where kgchat caches what it builds (indexes, graphs, converted models, scorers):
    ``$KGCHAT_CACHE``, or ``~/.cache/kgchat``.

    Examples
    --------
    >>> from unittest import mock
    >>> with mock.patch.dict(os.environ, {"KGCHAT_CACHE": "/tmp/kgchat-doctest"}):
    ...     cache_dir() / "indexes"
    PosixPath('/tmp/kgchat-doctest/indexes')
    """
    env = os.environ.get("KGCHAT_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "kgchat"


def _sibling(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{kind}-{uuid.uuid4().hex[:12]}")


def _leftovers(target: Path) -> list[Path]:
    """The ``.tmp-*`` and ``.old-*`` folders beside ``target``."""
    parent = target.parent
    if not parent.is_dir():
        return []
    return [
        p
        for kind in ("tmp", "old")
        for p in parent.glob(f".{target.name}.{kind}-*")
        if p.is_dir() and not p.is_symlink()
    ]


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


@contextlib.contextmanager
def lock(target: str | os.PathLike[str]) -> Iterator[float]:
    """Hold the exclusive writer's lock of ``target`` (``.<name>.lock`` beside it).

    Yields the time the lock was taken. The lock file is removed on release; a waiter that wakes
    on a removed file tries again, so two writers never both hold the lock.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    path = target.with_name(f".{target.name}.lock")
    if fcntl is None:  # pragma: no cover
        yield time.time()
        return
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            mine = os.fstat(fd)
            try:
                now = os.stat(path)
            except FileNotFoundError:
                now = None
        except BaseException:
            os.close(fd)
            raise
        if now is not None and (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino):
            break
        os.close(fd)  # the holder before us removed the file: lock the new one
    try:
        yield time.time()
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


def clean_leftovers(target: str | os.PathLike[str], since: float, keep: Path | None = None) -> None:
    """Remove the ``.tmp-*``/``.old-*`` folders of ``target`` older than ``since``, the time the
    caller took :func:`lock` (writers hold it while they stage, so those are dead writers')."""
    target = Path(target)
    for p in _leftovers(target):
        if p != keep:
            with contextlib.suppress(OSError):
                if p.stat().st_mtime < since:
                    shutil.rmtree(p, ignore_errors=True)


def _swap(tmp: Path, target: Path) -> None:
    """Move ``tmp`` onto ``target`` (the caller holds the lock); the old copy is removed."""
    if target.exists() or target.is_symlink():
        old = _sibling(target, "old")
        os.replace(target, old)
        # A crash here leaves no target, a complete copy in ``tmp`` and the old one in ``old``:
        # recover() restores one of them when the folder is next opened.
        os.replace(tmp, target)
        _remove(old)
    else:
        os.replace(tmp, target)


def staging(target: str | os.PathLike[str]) -> Path:
    """A new empty ``.<name>.tmp-<random>`` folder beside ``target``, made with the umask's
    permissions (``tempfile.mkdtemp`` would make it 0700, and the published folder with it)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _sibling(target, "tmp")
    os.mkdir(tmp)
    return tmp


@contextlib.contextmanager
def writing(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Stage a folder for ``target`` and publish it atomically when the block ends normally.

    The block writes into the yielded folder (its manifest last); an exception removes it and
    leaves ``target`` as it was. Writers of one target run one at a time.
    """
    target = Path(target)
    with lock(target) as since:
        clean_leftovers(target, since)
        tmp = staging(target)
        try:
            yield tmp
            _swap(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise


def build_once(
    target: str | os.PathLike[str], write: Callable[[Path], None], complete: str = MANIFEST
) -> bool:
    """Build the cache folder ``target`` with ``write(tmp)`` (which writes ``complete`` last)
    unless a complete copy is there; returns whether this call built it.

    Under the writer's lock, so concurrent builders build it once and the others keep the first
    copy. A ``target`` without ``complete`` is not replaced (it may not be kgchat's):
    ``FileExistsError``.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "model"
    >>> build_once(target, lambda tmp: (tmp / MANIFEST).write_text("{}"))
    True
    >>> build_once(target, lambda tmp: 1 / 0)  # complete: nothing to do
    False
    """
    target = Path(target)
    with lock(target) as since:
        if (target / complete).is_file():
            return False
        if target.exists():
            raise FileExistsError(
                errno.EEXIST, f"exists but is incomplete (no {complete}): delete it", str(target)
            )
        clean_leftovers(target, since)
        tmp = staging(target)
        try:
            write(tmp)
            _swap(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return True


def publish(tmp: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Move a finished folder ``tmp`` (staged elsewhere, e.g. tuning's ``<out>.partial``) onto
    ``target``, replacing what was there, under the writer's lock."""
    tmp, target = Path(tmp), Path(target)
    with lock(target) as since:
        clean_leftovers(target, since, keep=tmp)
        _swap(tmp, target)


def recover(target: str | os.PathLike[str], complete: str = MANIFEST) -> bool:
    """Restore ``target`` when a crash between the two renames of a publish left it missing.

    A folder counts as complete when it holds ``complete`` (written last). The newest complete
    ``.tmp-*`` (the copy being published) wins over an ``.old-*`` (the copy it replaced). Cheap
    when ``target`` exists (one ``stat``). Returns whether something was restored.
    """
    target = Path(target)
    if target.exists() or not _leftovers(target):
        return False
    try:
        with lock(target) as since:
            if target.exists():  # another process restored or published it meanwhile
                return False
            found = [p for p in _leftovers(target) if (p / complete).is_file()]
            if not found:
                return False
            found.sort(key=lambda p: (".tmp-" in p.name, (p / complete).stat().st_mtime_ns))
            os.replace(found[-1], target)
            logger.warning(
                "%s was missing after an interrupted write: restored %s", target, found[-1].name
            )
            clean_leftovers(target, since)
            return True
    except OSError as exc:  # a read-only place: report the missing target as usual
        names = ", ".join(p.name for p in _leftovers(target))
        logger.warning("%s is missing; could not restore it from %s (%s)", target, names, exc)
        return False


def read_json_object(path: str | os.PathLike[str], error: type[Exception], remedy: str) -> dict:
    """The JSON object in ``path``; a file that cannot be read, is not JSON or holds no object
    raises ``error`` naming the file, what was wrong and ``remedy`` (what to do).

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "m.json"
    >>> _ = f.write_text("[1]")
    >>> read_json_object(f, ValueError, "save it again")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: .../m.json: unreadable (not a JSON object); save it again
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise error(f"{p}: unreadable ({exc}); {remedy}") from None
    if not isinstance(data, dict):
        raise error(f"{p}: unreadable (not a JSON object); {remedy}")
    return data
