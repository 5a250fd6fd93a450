"""A QA file's questions (:class:`QAItem`): read from JSON Lines (:func:`read_questions`),
sampled (:func:`sample`) and split into development and test halves, the same on every
machine (:func:`split_items`). Moved out of :mod:`kgchat.evaluation`, which re-exports them,
to keep that module small; the file format is described there.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kgchat.errors import ConfigError, DataError, SourceNotFoundError
from kgchat.jsonl import iter_jsonl

__all__ = ["GROUP_KEYS", "QAItem", "read_questions", "sample", "split_items"]

# the keys of a QA line kept for the breakdown
GROUP_KEYS = ("hops", "kind")


@dataclass(frozen=True)
class QAItem:
    """One question of a QA file."""

    line: int
    question: str
    answers: tuple[str, ...]
    entities: tuple[str, ...] = ()
    groups: tuple[tuple[str, str], ...] = ()


def read_questions(path: str | Path) -> tuple[list[QAItem], list[str]]:
    """Read a QA file; returns the items and one message per skipped line (``file:line: why``).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> p = Path(tempfile.mkdtemp()) / "qa.jsonl"
    >>> _ = p.write_text('{"question": "Who wrote Emma?", "answers": ["Jane Austen"]}\\n{}\\n')
    >>> items, problems = read_questions(p)
    >>> [(it.question, it.answers) for it in items], [m.split(":", 1)[1] for m in problems]
    ([('Who wrote Emma?', ('Jane Austen',))], ["2: no 'question' string; skipped"])
    """
    p = Path(path)
    if not p.is_file():
        raise SourceNotFoundError(f"{p}: no such QA file (JSON Lines with question/answers)")
    items: list[QAItem] = []
    problems: list[str] = []
    for n, obj in iter_jsonl(p, skipped=problems):
        if not isinstance(obj, dict):
            problems.append(f"{p}:{n}: not a JSON object; skipped")
            continue
        q, answers = obj.get("question"), obj.get("answers")
        if isinstance(answers, str):
            answers = [answers]
        if not isinstance(q, str) or not q.strip():
            problems.append(f"{p}:{n}: no 'question' string; skipped")
            continue
        if not isinstance(answers, list) or not all(
            isinstance(a, str | int | float) for a in answers
        ):
            problems.append(f"{p}:{n}: 'answers' must be a list of strings; skipped")
            continue
        ents = obj.get("entities") or ([obj["topic"]] if obj.get("topic") else [])
        groups = tuple((k, str(obj[k])) for k in GROUP_KEYS if k in obj)
        items.append(
            QAItem(n, q, tuple(str(a) for a in answers), tuple(str(e) for e in ents), groups)
        )
    if not items:
        raise DataError(f"{p}: no usable question in the file ({len(problems)} bad lines)")
    return items, problems


def sample(items: Sequence[QAItem], limit: int | None, seed: int = 0) -> list[QAItem]:
    """A seeded random sample of ``limit`` items, in file order (all of them without a limit).

    Examples
    --------
    >>> sample(list(range(10)), 3, seed=0)
    [0, 6, 9]
    >>> sample([1, 2], None)
    [1, 2]
    """
    if limit is None or limit >= len(items):
        return list(items)
    chosen = random.Random(seed).sample(range(len(items)), limit)
    return [items[i] for i in sorted(chosen)]


def split_items(
    items: Sequence[QAItem], dev_fraction: float = 0.5
) -> tuple[list[QAItem], list[QAItem]]:
    """Split ``items`` into (dev, test), each in file order, by a fixed rule.

    Within each ``kind`` (lines without one form a group of their own), the questions are sorted
    by the SHA-1 hex digest of their UTF-8 text; the first ``ceil(n * dev_fraction)`` are dev, the
    rest test. The split depends on the questions alone: no seed, no file order.

    >>> items = [QAItem(i, f"q{i}", ("a",), groups=(("kind", k),)) for i, k in enumerate("aaab")]
    >>> dev, test = split_items(items)
    >>> len(dev), len(test), sorted(dict(it.groups)["kind"] for it in dev)
    (3, 1, ['a', 'a', 'b'])
    """
    if not 0 < dev_fraction <= 1:
        raise ConfigError(f"split_items: dev_fraction={dev_fraction!r}; expected a share in (0, 1]")
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_kind[dict(item.groups).get("kind", "")].append(i)
    dev_ids: set[int] = set()
    for group in by_kind.values():
        group.sort(key=lambda i: (hashlib.sha1(items[i].question.encode("utf-8")).hexdigest(), i))
        dev_ids.update(group[: math.ceil(round(len(group) * dev_fraction, 9))])
    dev = [it for i, it in enumerate(items) if i in dev_ids]
    return dev, [it for i, it in enumerate(items) if i not in dev_ids]
