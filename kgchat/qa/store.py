"""A QA directory: ``train.jsonl``, ``dev.jsonl``, ``test.jsonl`` and ``manifest.json``.

Each split is JSON Lines, one :meth:`QAExample.to_dict` a line; ``kgchat eval --questions
DIR/test.jsonl`` reads it as it is (``question``, ``answers``, ``topic`` as the gold entity,
``hops`` and ``kind`` for the breakdown). The manifest records the graph's fingerprint, the
config, the kgchat version, the counts per split and kind, and each split file's size and
SHA-256, checked by :func:`load_qa` (see :func:`kgchat.fsio.check_files`). The directory is
written to a temporary one beside it and renamed into place (:func:`kgchat.fsio.writing`), so a
crash never leaves half a data set. ``overwrite`` replaces only a directory that ``kgchat qa``
wrote (its manifest says ``"format": "kgchat-qa"``): anything else is refused, flag or not.

Examples
--------
>>> import tempfile
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.qa import QAConfig, generate_qa
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
>>> out = write_qa(generate_qa(kg, QAConfig(retrieve=False)), tempfile.mkdtemp() + "/qa", kg=kg)
>>> read_manifest(out)["counts"]["total"]["1hop"]
4
>>> load_qa(out, "train")[0]["target"]
'Headache: Aspirin treats Headache [1].'
>>> write_qa([], out)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kgchat.errors.DataError: .../qa: exists and is not empty; pass --overwrite (overwrite=True) ...
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgchat import fsio
from kgchat.errors import ConfigError, DataError
from kgchat.jsonl import iter_jsonl
from kgchat.qa.config import KINDS, SPLITS, QAConfig
from kgchat.qa.generate import QAExample

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["check_out_dir", "load_qa", "read_manifest", "write_qa"]

FORMAT_VERSION = 1


def write_qa(
    examples: Sequence[QAExample],
    out_dir: str | Path,
    overwrite: bool = False,
    *,
    kg: KnowledgeGraph | None = None,
    config: QAConfig | None = None,
) -> Path:
    """Write the splits and the manifest (see the module docstring); returns the directory.

    ``kg`` and ``config`` go into the manifest (the graph's fingerprint, the settings).

    Raises
    ------
    DataError
        When ``out_dir`` exists and is not empty, unless ``overwrite`` and it holds a QA set
        written here.

    Examples
    --------
    >>> import tempfile
    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.qa import QAConfig, generate_qa
    >>> kg = KnowledgeGraph.from_triples(
    ...     [(f"Drug{i}", "treats", f"Disease{i}") for i in range(12)])
    >>> out = write_qa(generate_qa(kg, QAConfig(retrieve=False)), tempfile.mkdtemp() + "/qa")
    >>> sorted(p.name for p in out.iterdir())
    ['dev.jsonl', 'manifest.json', 'test.jsonl', 'train.jsonl']
    >>> read_manifest(out)["counts"]["total"]["all"] == sum(
    ...     len(load_qa(out, s)) for s in ("train", "dev", "test"))
    True
    """
    from kgchat import __version__

    target = check_out_dir(out_dir, overwrite)
    counts: dict[str, Counter[str]] = {s: Counter() for s in (*SPLITS, "total")}
    with fsio.writing(target) as tmp:
        files = {s: open(tmp / f"{s}.jsonl", "w", encoding="utf-8") for s in SPLITS}  # noqa: SIM115
        try:
            for ex in examples:
                if ex.split not in files:
                    raise DataError(f"example {ex.question!r} has split {ex.split!r}")
                files[ex.split].write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
                counts[ex.split][ex.kind] += 1
                counts["total"][ex.kind] += 1
        finally:
            for f in files.values():
                f.close()
        n_support = sum(len(ex.facts) for ex in examples)
        manifest = {
            "format": "kgchat-qa",
            "format_version": FORMAT_VERSION,
            "kgchat_version": __version__,
            "graph_fingerprint": kg.fingerprint if kg is not None else None,
            "graph": repr(kg) if kg is not None else None,
            "config": config.to_dict() if config is not None else None,
            "counts": {
                s: {k: c[k] for k in KINDS if c[k]} | {"all": sum(c.values())}
                for s, c in counts.items()
            },
            "support_retrieved": (
                round(1 - sum(ex.inserted for ex in examples) / n_support, 4) if n_support else None
            ),
            "files": fsio.checksums(tmp),
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return target


def check_out_dir(out_dir: str | Path, overwrite: bool = False) -> Path:
    """Refuse a file, a non-empty directory unless ``overwrite``, and a non-empty directory that
    ``kgchat qa`` did not write even with it (before hours of work)."""
    target = Path(out_dir)
    if target.exists() and not target.is_dir():
        raise DataError(f"{target}: exists and is a file; choose a directory for the QA data")
    if target.exists() and any(target.iterdir()):
        if not overwrite:
            raise DataError(
                f"{target}: exists and is not empty; pass --overwrite (overwrite=True) to replace "
                "it"
            )
        if not _written_here(target):
            raise DataError(
                f"{target}: exists and was not written by 'kgchat qa' (no manifest.json saying "
                "so); refusing to replace it even with --overwrite: choose another --out"
            )
    return target


def _written_here(directory: Path) -> bool:
    try:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("format") == "kgchat-qa"


def read_manifest(directory: str | Path) -> dict[str, Any]:
    """The manifest of a QA directory (its format, graph fingerprint, settings, counts per
    split and kind, and the split files' checksums); see :func:`write_qa` for an example.

    Raises
    ------
    DataError
        When the directory has no manifest or it is not JSON.
    """
    fsio.recover(directory)
    path = Path(directory) / "manifest.json"
    if not path.is_file():
        raise DataError(f"{Path(directory)}: no manifest.json (not written by 'kgchat qa')")
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except ValueError as exc:
        raise DataError(f"{path}: unreadable manifest ({exc})") from None


def load_qa(
    directory: str | Path,
    split: str | None = None,
    *,
    as_dataset: bool = False,
    verify: str | None = None,
) -> Any:
    """Read a QA directory: one split, or all of them in train, dev, test order.

    Returns a list of dicts; with ``as_dataset``, a ``datasets.Dataset`` (one split) or a
    ``datasets.DatasetDict`` (all). The split files are checked against the checksums of the
    manifest when it has them (``verify``: ``"quick"``, the default, ``"full"`` or ``"off"``; see
    :func:`kgchat.fsio.check_files`).

    Raises
    ------
    DataError
        When the directory or a split file is missing (naming which), a split file changed since
        it was written, or a line is not a JSON object with ``question`` and ``answers``.
    """
    d = Path(directory)
    fsio.recover(d)
    if split is not None and split not in SPLITS:
        raise ConfigError(f"split={split!r} is invalid: expected one of {SPLITS}")
    wanted = SPLITS if split is None else (split,)
    if not d.is_dir():
        raise DataError(f"{d}: no such QA directory; make one with 'kgchat qa GRAPH --out {d}'")
    missing = [f"{s}.jsonl" for s in wanted if not (d / f"{s}.jsonl").is_file()]
    if missing:
        raise DataError(
            f"{d}: missing {', '.join(missing)}; make the splits with 'kgchat qa GRAPH --out {d}'"
        )
    rows = {s: _read_split(d / f"{s}.jsonl") for s in wanted}
    _check_files(d, wanted, verify)  # after parsing: a bad line is named by its number first
    if not as_dataset:
        return [r for s in wanted for r in rows[s]]
    import datasets

    parts = {s: _dataset(rs) for s, rs in rows.items()}
    return parts[split] if split is not None else datasets.DatasetDict(parts)


def _check_files(d: Path, splits: Sequence[str], verify: str | None) -> None:
    if not (d / "manifest.json").is_file():
        return  # a hand-made directory: nothing recorded to check against
    recorded = read_manifest(d).get("files") or {}
    wanted = {f"{s}.jsonl" for s in splits}
    bad = fsio.check_files(d, {k: v for k, v in recorded.items() if k in wanted}, verify)
    if bad is not None:
        raise DataError(
            f"{d / bad[0]}: changed since 'kgchat qa' wrote it ({bad[1]}); make the splits again "
            f"with 'kgchat qa GRAPH --out {d} --overwrite', or pass verify='off' "
            "(KGCHAT_VERIFY=off) to read it as it is"
        )


def _read_split(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, obj in iter_jsonl(path):
        if not isinstance(obj, dict) or "question" not in obj or "answers" not in obj:
            raise DataError(f"{path}:{n}: not an object with 'question' and 'answers'")
        out.append(obj)
    return out


def _dataset(rows: list[dict[str, Any]]) -> Any:
    import datasets
    from datasets import Features, Value

    strings = [Value("string")]
    features = Features(
        {
            "question": Value("string"),
            "answers": strings,
            "answer_nodes": strings,
            "topic": Value("string"),
            "facts": strings,
            "hops": Value("int32"),
            "kind": Value("string"),
            "split": Value("string"),
            "pattern": strings,
            "retrieved": [{"id": Value("string"), "text": Value("string")}],
            "inserted": Value("int32"),
            "target": Value("string"),
            "paraphrased": Value("bool"),
        }
    )
    if rows and any(set(r) != set(features) for r in rows):
        return datasets.Dataset.from_list(rows)  # a hand-made file: let datasets infer types
    return datasets.Dataset.from_dict({k: [r[k] for r in rows] for k in features}, features)
