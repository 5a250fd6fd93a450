"""QA data for tuning: read the splits, and turn an example into what the chatbot would see.

A QA data directory holds ``train.jsonl``, ``dev.jsonl``, ``test.jsonl`` and ``manifest.json``
(written by the QA generator). Each line is one example::

    {"question": "...", "answers": ["..."], "answer_nodes": ["..."], "topic": "...",
     "facts": ["f..."], "hops": 2,
     "kind": "...", "split": "train", "pattern": ["treats<"],
     "retrieved": [{"id": "f...", "text": "A — r → B"}, ...],
     "target": "B is the answer [1]."}

A training example is exactly the conversation the chatbot builds at inference: the system
message, the worked examples and the user turn of :class:`~kgchat.chat.PromptTemplates` with
the ``retrieved`` facts numbered from 1 (or an empty facts block, ``with_facts=False``), then
the assistant's ``target``.
The loss covers the target's tokens (and the end-of-turn token) only: every other label is -100.

Examples
--------
>>> msgs = prompt_messages("What does aspirin treat?", ["Aspirin — treats → Headache"])
>>> print(msgs[-1]["content"])
Facts:
[1] Aspirin — treats → Headache
<BLANKLINE>
Question: What does aspirin treat?
>>> prompt_messages("What does aspirin treat?", ["x"], with_facts=False)[-1]["content"]
'Facts:\\n\\n\\nQuestion: What does aspirin treat?'
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgchat.chat.prompts import PromptTemplates
from kgchat.errors import DataError
from kgchat.jsonl import iter_jsonl

__all__ = [
    "REQUIRED_SPLITS",
    "SPLITS",
    "EncodedExample",
    "QAData",
    "QAExample",
    "collate",
    "encode_example",
    "encode_examples",
    "load_qa_data",
    "prompt_messages",
    "read_split",
]

logger = logging.getLogger(__name__)

SPLITS = ("train", "dev", "test")
REQUIRED_SPLITS = ("train", "dev")
IGNORE_INDEX = -100  # the label torch's cross-entropy skips


@dataclass(frozen=True)
class QAExample:
    """One line of a QA split (see the module docstring); unknown keys are ignored."""

    question: str
    answers: tuple[str, ...] = ()
    answer_nodes: tuple[str, ...] = ()
    target: str = ""
    retrieved: tuple[tuple[str, str], ...] = ()  # (fact id, fact text), in prompt order
    topic: str | None = None
    facts: tuple[str, ...] = ()
    hops: int | None = None
    kind: str | None = None
    split: str | None = None
    pattern: tuple[str, ...] = ()  # the generating steps: ``plays_in_club>``, ``treats<``

    @classmethod
    def from_dict(cls, data: Any, where: str = "<input>") -> QAExample:
        """Build from a parsed JSON line; ``where`` (``file:line``) prefixes every error."""
        if not isinstance(data, dict):
            raise DataError(f"{where}: expected a JSON object, got {type(data).__name__}")
        question = data.get("question")
        if not isinstance(question, str) or not question.strip():
            raise DataError(f"{where}: 'question' is missing or empty")
        answers = data.get("answers", [])
        if isinstance(answers, str):
            answers = [answers]
        retrieved: list[tuple[str, str]] = []
        for k, item in enumerate(data.get("retrieved") or []):
            if isinstance(item, str):
                retrieved.append(("", item))
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                retrieved.append((str(item.get("id", "")), item["text"]))
            else:
                raise DataError(f"{where}: retrieved[{k}] must be {{'id', 'text'}} or a string")
        target = data.get("target", "")
        if not isinstance(target, str):
            raise DataError(f"{where}: 'target' must be a string")
        hops = data.get("hops")
        return cls(
            question=question,
            answers=tuple(str(a) for a in answers),
            answer_nodes=tuple(str(a) for a in data.get("answer_nodes") or ()),
            target=target,
            retrieved=tuple(retrieved),
            topic=None if data.get("topic") is None else str(data["topic"]),
            facts=tuple(str(f) for f in data.get("facts") or ()),
            hops=int(hops) if isinstance(hops, int | float) else None,
            kind=None if data.get("kind") is None else str(data["kind"]),
            split=None if data.get("split") is None else str(data["split"]),
            pattern=tuple(str(p) for p in data.get("pattern") or ()),
        )


def read_split(path: str | Path) -> list[QAExample]:
    """Read one ``.jsonl`` split; blank lines are skipped.

    Raises
    ------
    DataError
        For a missing file or a malformed line (``file:line: what``).
    """
    p = Path(path)
    return [QAExample.from_dict(data, f"{p}:{n}") for n, data in iter_jsonl(p)]


@dataclass
class QAData:
    """The splits of a QA data directory and its manifest."""

    directory: Path
    train: list[QAExample]
    dev: list[QAExample]
    test: list[QAExample] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)
    digest: str = ""  # of train.jsonl and dev.jsonl: a resumed run must train on the same data

    @property
    def graph_fingerprint(self) -> str | None:
        """The fingerprint of the graph the data was generated from, when the manifest says."""
        m = self.manifest
        graph = m.get("graph")
        for value in (
            m.get("graph_fingerprint"),
            m.get("fingerprint"),
            graph.get("fingerprint") if isinstance(graph, dict) else None,
        ):
            if isinstance(value, str) and value:
                return value
        return None


def load_qa_data(directory: str | Path, *, require: Sequence[str] = REQUIRED_SPLITS) -> QAData:
    """Read a QA data directory (see the module docstring).

    Parameters
    ----------
    directory : str or Path
    require : sequence of str
        Splits that must exist and hold at least one example (``test`` is optional).

    Raises
    ------
    DataError
        When the directory or a required split is missing (naming each), or a line is malformed.

    Examples
    --------
    >>> import tempfile
    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.qa import QAConfig, generate_qa, write_qa
    >>> kg = KnowledgeGraph.from_triples(
    ...     [(f"Drug{i}", "treats", f"Disease{i}") for i in range(12)])
    >>> out = write_qa(generate_qa(kg, QAConfig(retrieve=False)), tempfile.mkdtemp() + "/qa")
    >>> data = load_qa_data(out)
    >>> len(data.train) > len(data.dev) > 0
    True
    """
    d = Path(directory).expanduser()
    if d.is_file():
        raise DataError(
            f"--data {d}: is a file; pass the QA data directory that holds train.jsonl and "
            "dev.jsonl (what 'kgchat qa --out' writes)"
        )
    if not d.is_dir():
        raise DataError(f"--data {d}: no such directory; pass a QA data directory")
    missing = [f"{s}.jsonl" for s in require if not (d / f"{s}.jsonl").is_file()]
    if missing:
        raise DataError(
            f"--data {d}: missing {', '.join(missing)}; a QA data directory holds train.jsonl, "
            "dev.jsonl (and test.jsonl)"
        )
    splits: dict[str, list[QAExample]] = {}
    h = hashlib.blake2b(digest_size=8)
    for s in SPLITS:
        path = d / f"{s}.jsonl"
        splits[s] = read_split(path) if path.is_file() else []
        if s in require and not splits[s]:
            raise DataError(f"{path}: no examples; a required split must not be empty")
        if s in REQUIRED_SPLITS and path.is_file():
            h.update(path.read_bytes())
    manifest: dict[str, Any] = {}
    if (d / "manifest.json").is_file():
        try:
            manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
        except ValueError as exc:
            raise DataError(f"{d / 'manifest.json'}: not JSON ({exc})") from None
    return QAData(d, splits["train"], splits["dev"], splits["test"], manifest, h.hexdigest())


def prompt_messages(
    question: str,
    facts: Sequence[str],
    templates: PromptTemplates | None = None,
    *,
    with_facts: bool = True,
) -> list[dict[str, str]]:
    """The messages the chatbot builds for ``question`` and numbered ``facts``: the system
    message, the templates' worked examples, the user turn.

    The same text as :meth:`kgchat.chat.ChatBot._messages` (a test keeps them equal).

    Examples
    --------
    >>> messages = prompt_messages("What does Aspirin treat?", ["Aspirin treats Pain"])
    >>> [m["role"] for m in messages][0], [m["role"] for m in messages][-1]
    ('system', 'user')
    >>> print(messages[-1]["content"])
    Facts:
    [1] Aspirin treats Pain
    <BLANKLINE>
    Question: What does Aspirin treat?
    """
    t = templates or PromptTemplates.load()
    return t.messages(question, facts if with_facts else [])


@dataclass(frozen=True)
class EncodedExample:
    """Token ids of one example and its labels (-100 outside the target)."""

    input_ids: tuple[int, ...]
    labels: tuple[int, ...]
    dropped_facts: int = 0


def _render(tokenizer: Any, messages: list[dict[str, str]], target: str) -> tuple[str, str]:
    """The prompt as the backend renders it, and the reply text that follows it."""
    eos = tokenizer.eos_token or ""
    if getattr(tokenizer, "chat_template", None):
        prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        full = tokenizer.apply_chat_template(
            [*messages, {"role": "assistant", "content": target}], tokenize=False
        )
        reply = full[len(prompt) :] if full.startswith(prompt) else target + eos
    else:  # as TransformersBackend renders a model without a chat template
        prompt = "\n\n".join(f"{m['role']}: {m['content']}" for m in messages) + "\n\nassistant: "
        reply = target + eos
    if eos and eos in reply:  # learn to stop at the end of the turn, not what follows it
        reply = reply[: reply.index(eos) + len(eos)]
    return prompt, reply


def _tokenize(tokenizer: Any, prompt: str, reply: str) -> tuple[list[int], int]:
    """Ids of prompt + reply tokenised together (as at inference), and how many belong to the
    prompt."""
    if getattr(tokenizer, "is_fast", False):
        enc = tokenizer(prompt + reply, add_special_tokens=False, return_offsets_mapping=True)
        ids = list(enc["input_ids"])
        n_prompt = sum(1 for start, _end in enc["offset_mapping"] if start < len(prompt))
        return ids, n_prompt
    p = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    r = tokenizer(reply, add_special_tokens=False)["input_ids"]
    return [*p, *r], len(p)


def encode_example(
    tokenizer: Any,
    example: QAExample,
    templates: PromptTemplates | None = None,
    *,
    with_facts: bool = True,
    max_length: int = 1024,
) -> EncodedExample | None:
    """Token ids and loss labels of one example, or ``None`` when it cannot fit ``max_length``.

    Facts are dropped from the end (lowest ranked) until the example fits, as the chatbot trims
    its prompt at inference.
    """
    facts = [text for _id, text in example.retrieved] if with_facts else []
    dropped = 0
    while True:
        messages = prompt_messages(example.question, facts, templates, with_facts=with_facts)
        prompt, reply = _render(tokenizer, messages, example.target)
        ids, n_prompt = _tokenize(tokenizer, prompt, reply)
        if len(ids) <= max_length or not facts:
            break
        facts = facts[:-1]
        dropped += 1
    if len(ids) > max_length or n_prompt >= len(ids):
        return None
    labels = [IGNORE_INDEX] * n_prompt + ids[n_prompt:]
    return EncodedExample(tuple(ids), tuple(labels), dropped)


def encode_examples(
    tokenizer: Any,
    examples: Sequence[QAExample],
    templates: PromptTemplates | None = None,
    *,
    with_facts: bool = True,
    max_length: int = 1024,
    split: str = "train",
) -> list[EncodedExample]:
    """:func:`encode_example` over a split; too-long examples are skipped and logged.

    Raises
    ------
    DataError
        When no example of the split fits ``max_length``, or one has no target.
    """
    out: list[EncodedExample] = []
    for k, ex in enumerate(examples):
        if not ex.target.strip():
            raise DataError(f"{split}.jsonl example {k + 1}: 'target' is missing or empty")
        enc = encode_example(tokenizer, ex, templates, with_facts=with_facts, max_length=max_length)
        if enc is not None:
            out.append(enc)
    skipped = len(examples) - len(out)
    dropped = sum(e.dropped_facts for e in out)
    if skipped or dropped:
        logger.warning(
            "%s: %d of %d examples longer than max_length=%d skipped, %d facts trimmed",
            split,
            skipped,
            len(examples),
            max_length,
            dropped,
        )
    if examples and not out:
        raise DataError(
            f"{split}: no example fits max_length={max_length} tokens; pass a larger --max-length"
        )
    return out


def collate(batch: Sequence[EncodedExample], pad_id: int) -> dict[str, Any]:
    """Right-pad a batch into ``input_ids``, ``attention_mask`` and ``labels`` tensors."""
    import torch

    width = max(len(e.input_ids) for e in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), IGNORE_INDEX, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, e in enumerate(batch):
        n = len(e.input_ids)
        ids[i, :n] = torch.tensor(e.input_ids)
        labels[i, :n] = torch.tensor(e.labels)
        mask[i, :n] = 1
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}
