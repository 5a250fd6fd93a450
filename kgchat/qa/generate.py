"""From a graph to QA examples the chatbot can be tuned on: questions, complete answer sets, the
facts the real retriever hands over for each question, and the reply the chatbot should give.

The prompt of an example is built exactly as the chatbot builds it at inference
(:func:`prompt_messages`, the same templates as :meth:`kgchat.chat.ChatBot._messages`): the
retriever's top ``max_facts`` facts, numbered. A supporting fact the retriever missed is put in
at a random place (seeded), so the target can always cite it and a model cannot learn that the
evidence sits at the end. The target is the chatbot's own ``fallback`` form,
``"<answers>: <fact> [n]; <fact> [m]."``, or its ``no_answer`` abstention.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Alan_PULIDO", "plays_in_club", "Tigres_UANL"),
...     ("Tigres_UANL", "is_in_country", "Mexico"), ("Raul", "plays_in_club", "Tigres_UANL"),
...     ("Raul", "plays_for_country", "Mexico")])
>>> examples = generate_qa(kg, QAConfig(retrieve=False, phrasings=1))
>>> ex = next(e for e in examples if e.question == "Which country is the club of Alan PULIDO in?")
>>> ex.answers, ex.kind, ex.hops, ex.pattern
(('Mexico',), '2hop', 2, ('plays_in_club>', 'is_in_country>'))
>>> ex.target
'Mexico: Alan PULIDO plays in club Tigres UANL [2]; Tigres UANL is in country Mexico [1].'
>>> print(prompt_messages(ex)[-1]["content"])
Facts:
[1] Tigres UANL — is in country → Mexico
[2] Alan PULIDO — plays in club → Tigres UANL
<BLANKLINE>
Question: Which country is the club of Alan PULIDO in?
"""

from __future__ import annotations

import hashlib
import logging
import random
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from kgchat.chat import fact_sentence  # the chatbot's own wording, so targets match
from kgchat.chat.prompts import PromptTemplates
from kgchat.errors import DataError
from kgchat.qa.config import KINDS, QAConfig
from kgchat.qa.paraphrase import Paraphraser, paraphrase_cache_path
from kgchat.qa.sampling import Draft, Sampler

if TYPE_CHECKING:
    from kgchat.graph import Fact, KnowledgeGraph
    from kgchat.retrieval import Retriever

__all__ = ["QAExample", "assign_splits", "generate_qa", "prompt_messages"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class QAExample:
    """One question with its answers, evidence, prompt facts and target reply.

    Attributes
    ----------
    question : str
    answers : tuple of str
        The complete answer set, as labels (empty for ``unanswerable``).
    answer_nodes : tuple of str
        The answers as node ids or IRIs.
    topic : str
        The entity the question is about (the gold entity for linking accuracy).
    facts : tuple of str
        Ids of the supporting facts: one path per answer.
    hops : int
        Relations on the path from the topic to an answer (1 for conjunctions).
    kind : str
        One of :data:`kgchat.qa.KINDS`.
    split : str
        ``train``, ``dev`` or ``test``.
    pattern : tuple of str
        The relations asked about: ``plays_in_club>`` forwards, ``is_in_country<`` backwards.
    retrieved : tuple of (str, str)
        The prompt's facts as (id, text), in prompt order: ``[1]`` is the first.
    inserted : int
        Supporting facts the retriever did not return, put into the prompt.
    target : str
        The reply the chatbot should give, citing ``retrieved`` by number.
    paraphrased : bool
        A rewording of a generated question: a chat model's (``QAConfig.paraphrase``) or its
        relation words' neighbours and frames (``QAConfig.rewordings``).
    """

    question: str
    answers: tuple[str, ...]
    answer_nodes: tuple[str, ...]
    topic: str
    facts: tuple[str, ...]
    hops: int
    kind: str
    split: str
    pattern: tuple[str, ...]
    retrieved: tuple[tuple[str, str], ...]
    inserted: int
    target: str
    paraphrased: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form: one line of a split file."""
        return {
            "question": self.question,
            "answers": list(self.answers),
            "answer_nodes": list(self.answer_nodes),
            "topic": self.topic,
            "facts": list(self.facts),
            "hops": self.hops,
            "kind": self.kind,
            "split": self.split,
            "pattern": list(self.pattern),
            "retrieved": [{"id": i, "text": t} for i, t in self.retrieved],
            "inserted": self.inserted,
            "target": self.target,
            "paraphrased": self.paraphrased,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QAExample:
        """Back from :meth:`to_dict`."""
        return cls(
            question=data["question"],
            answers=tuple(data["answers"]),
            answer_nodes=tuple(data.get("answer_nodes", ())),
            topic=data.get("topic", ""),
            facts=tuple(data.get("facts", ())),
            hops=int(data.get("hops", 1)),
            kind=data.get("kind", ""),
            split=data.get("split", ""),
            pattern=tuple(data.get("pattern", ())),
            retrieved=tuple((r["id"], r["text"]) for r in data.get("retrieved", ())),
            inserted=int(data.get("inserted", 0)),
            target=data.get("target", ""),
            paraphrased=bool(data.get("paraphrased", False)),
        )


def prompt_messages(
    example: QAExample | dict[str, Any], templates: PromptTemplates | None = None
) -> list[dict[str, str]]:
    """The system and user messages of an example, as the chatbot builds them at inference;
    the example's ``target`` is the assistant's reply to them.

    Examples
    --------
    >>> ex = {"question": "What does Aspirin treat?", "answers": ["Pain"],
    ...       "retrieved": [{"id": "f1", "text": "Aspirin — treats → Pain"}]}
    >>> messages = prompt_messages(ex)
    >>> [m["role"] for m in messages][-1], "[1] Aspirin — treats → Pain" in messages[-1]["content"]
    ('user', True)
    """
    tpl = templates or PromptTemplates.load()
    ex = example if isinstance(example, QAExample) else QAExample.from_dict(example)
    return tpl.messages(ex.question, [text for _, text in ex.retrieved])


def assign_splits(topics: list[str], config: QAConfig) -> dict[str, str]:
    """Topic -> split. Topics are ordered by a seeded hash and cut by the fractions, so a topic
    keeps its split when other topics come and go; a non-zero fraction gets at least one topic
    when there are three or more.

    >>> splits = assign_splits([f"e{i}" for i in range(10)], QAConfig())
    >>> sorted(splits.values()).count("test"), sorted(splits.values()).count("dev")
    (1, 1)
    """
    unique = list(dict.fromkeys(topics))

    def key(t: str) -> bytes:
        return hashlib.blake2b(f"{config.seed}\x1f{t}".encode(), digest_size=8).digest()

    order = sorted(unique, key=key)
    n = len(order)

    def size(fraction: float) -> int:
        k = round(n * fraction)
        return max(k, 1) if fraction > 0 and n >= 3 else k

    n_test, n_dev = size(config.test_fraction), size(config.dev_fraction)
    out = {t: "test" for t in order[:n_test]}
    out.update({t: "dev" for t in order[n_test : n_test + n_dev]})
    out.update({t: "train" for t in order[n_test + n_dev :]})
    return out


def generate_qa(
    kg: KnowledgeGraph,
    config: QAConfig | None = None,
    retriever: Retriever | None = None,
    progress: bool | None = None,
) -> list[QAExample]:
    """Make QA examples from a graph; see the module docstring and :mod:`kgchat.qa.sampling`.

    Parameters
    ----------
    kg : KnowledgeGraph
    config : QAConfig, optional
    retriever : Retriever, optional
        Used when ``config.retrieve``; by default the chatbot's own
        (:func:`kgchat.pipeline.make_retriever` with ``config.encoder``, index cached on disk).
    progress : bool, optional
        A progress bar over retrieval (None: only for more than 500 questions).

    Raises
    ------
    DataError
        When the graph yields no question at all, saying why.

    Examples
    --------
    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples(
    ...     [(f"Drug{i}", "treats", f"Disease{i}") for i in range(12)])
    >>> examples = generate_qa(kg, QAConfig(retrieve=False))
    >>> ex = next(e for e in examples if e.question == "What does Drug3 treat?")
    >>> ex.answers, ex.kind, ex.target
    (('Disease3',), '1hop', 'Disease3: Drug3 treats Disease3 [1].')
    """
    config = config or QAConfig()
    sampler = Sampler(kg, config)
    drafts = sampler.drafts()
    ordered = [d for kind in KINDS for d in drafts.get(kind, [])]
    if not ordered:
        raise DataError(f"could make 0 questions from {kg!r}: {_why_none(kg, sampler)}")
    splits = assign_splits([d.topic for d in ordered], config)
    if config.retrieve and retriever is None:
        from kgchat.pipeline import make_retriever

        # the untrained scorer: QA data trains the learned one, so must not depend on it
        retriever = make_retriever(
            kg, encoder=config.encoder, model=config.encoder_model, scorer=None
        )
    templates = PromptTemplates.load(config.prompts)
    rng = random.Random(f"{config.seed}:prompt")
    facts: dict[int, Fact] = {}

    def fact(handle: int) -> Fact:
        f = facts.get(handle)
        if f is None:
            f = facts[handle] = kg.fact(handle)
        return f

    total = sum(len(d.questions) for d in ordered)
    from tqdm.auto import tqdm

    bar = tqdm(
        total=total,
        desc="retrieving" if retriever is not None else "writing targets",
        unit="q",
        disable=progress is False or (progress is None and total <= 500),
        mininterval=1.0,
    )
    paraphraser = _paraphraser(config)
    rewording = None
    if config.rewordings:
        from kgchat.qa.reword import Rewording

        steps = {s[:-1] for d in ordered for s in d.pattern}
        rewording = Rewording.for_graph(kg, steps, config.seed, config.encoder_model)
    examples = []
    try:
        for d in ordered:
            support = [fact(h) for h in d.support]
            topic_label = sampler.label(d.topic)
            for question in d.questions:
                wordings = [(question, False)]
                if paraphraser is not None:
                    names = _names(question, topic_label, retriever)
                    other = paraphraser.paraphrase(question, names, d.answers)
                    if other is not None:
                        wordings.append((other, True))
                lexical = set()
                if rewording is not None:
                    lexical = set(rewording.reword(question, config.rewordings))
                    wordings.extend((t, True) for t in sorted(lexical))
                for text, reworded in wordings:
                    given: list[Fact] = []
                    if retriever is not None:
                        found = retriever.retrieve(text).facts[: config.max_facts]
                        given = [sf.fact for sf in found]
                    # a rewording places its facts with a generator of its own, so the other
                    # lines are the same with rewordings or without
                    place = (
                        random.Random(f"{config.seed}:prompt:{text}") if text in lexical else rng
                    )
                    ex = _example(
                        d, text, splits[d.topic], given, support, topic_label, templates, place
                    )
                    examples.append(replace(ex, paraphrased=True) if reworded else ex)
                bar.update()
    finally:
        if paraphraser is not None:
            paraphraser.save()
            logger.info("paraphrases: %s", dict(paraphraser.outcomes))
    bar.close()
    return examples


def _paraphraser(config: QAConfig) -> Paraphraser | None:
    if not config.paraphrase:
        return None
    from kgchat.chat import get_backend

    backend = get_backend("transformers", model=config.paraphrase_model)
    return Paraphraser(backend, paraphrase_cache_path(config.paraphrase_model))


def _names(question: str, topic_label: str, retriever: Retriever | None) -> list[str]:
    """The entity names a rewording must keep: the topic's, and every name the linker finds
    spelled out exactly in the question."""
    names = [topic_label] if topic_label.casefold() in question.casefold() else []
    if retriever is not None:
        for m in retriever.linker.link(question):
            if m.score >= 1.0 and m.text.casefold() in question.casefold():
                names.append(m.text)
    return list(dict.fromkeys(names))


def _example(
    d: Draft,
    question: str,
    split: str,
    given: list[Fact],
    support: list[Fact],
    topic_label: str,
    templates: PromptTemplates,
    rng: random.Random,
) -> QAExample:
    given = list(given)
    ids = {f.id for f in given}
    inserted = 0
    for f in support:
        if f.id not in ids:
            given.insert(rng.randint(0, len(given)), f)
            ids.add(f.id)
            inserted += 1
    number = {f.id: i for i, f in enumerate(given, 1)}
    if d.kind == "unanswerable":
        target = templates.no_answer.format(topic=topic_label)
    else:
        evidence = "; ".join(f"{fact_sentence(f)} [{number[f.id]}]" for f in support)
        target = templates.fallback.format(answer=", ".join(d.answers), evidence=evidence)
    return QAExample(
        question=question,
        answers=d.answers,
        answer_nodes=d.answer_nodes,
        topic=d.topic,
        facts=tuple(f.id for f in support),
        hops=d.hops,
        kind=d.kind,
        split=split,
        pattern=d.pattern,
        retrieved=tuple((f.id, f.text) for f in given),
        inserted=inserted,
        target=target,
    )


def _why_none(kg: KnowledgeGraph, sampler: Sampler) -> str:
    if not sampler.entities:
        return "the graph has no entity (is it empty, or only schema?)"
    if not any(sampler.groups(n) for n in sampler.entities[:10_000]):
        return "no entity has a fact (every triple is a label, description or schema)"
    why = "; ".join(f"{n} {reason}" for reason, n in sampler.skipped.most_common())
    return f"every candidate question was skipped ({why or 'nothing to ask'})"
