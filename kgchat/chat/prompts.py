"""Prompt templates are data: one JSON file holds every text the chatbot puts around the facts.

Fields (``str.format`` placeholders in braces):

- ``system``: the system message;
- ``user``: the user turn, with ``{facts}`` (numbered, one a line) and ``{question}``;
- ``answer_prefix``: how the assistant's reply starts once an answer is chosen (``{answer}``):
  the model continues from it, so the chosen answer is always in the text;
- ``free_prefix``: the start of the reply in free generation (usually empty);
- ``candidate_prefix``: the text before a candidate answer when the model's likelihood ranks
  candidates;
- ``no_entity``, ``no_answer`` (``{topic}``): abstentions; ``no_question``: the reply to a
  message that names nothing of the graph and asks nothing ("Hi!", "Thanks");
- ``fallback`` (``{answer}``, ``{evidence}``): the reply when the model's own phrasing fails
  (cites nothing, or says what the facts do not): the answer and its supporting facts, cited;
- ``unsupported``: the reply when a freely generated answer (``ranker="generate"``) names
  nothing that a given fact holds;
- ``more_answers`` (``{n}``): the end of a list answer that names only some of its members
  ("A [1], B [2] and 3 more");
- ``ask_back`` (``{pronoun}``): the question back when a pronoun fits nothing said so far;
- ``unconfirmed`` (``{known}``, ``{entity}``, ``{words}``): the reply to "Is X a <qualified>
  <class>?" when the graph confirms the class but not its qualifiers: what is known, cited,
  and what is not ("Metallica is a Band [1]; the knowledge graph does not say that Metallica
  is British.").

Every prompt shows an unnamed node by a number of its own, the same for the same node
throughout the prompt ("(anonymous 06101238)" is "(anonymous 1)"): its identifier means
nothing to the model, and each of its tokens is prompt the model evaluates before its first
token (:func:`short_unnamed`).

The packaged ``default.json`` is used unless a path to another file is given
(``ChatConfig(prompts="my_prompts.json")``, ``--prompts``); a file may set only some fields.

Examples
--------
>>> t = PromptTemplates.load()
>>> t.user.format(facts="[1] Aspirin — treats → Headache", question="What does aspirin treat?")
'Facts:\\n[1] Aspirin — treats → Headache\\n\\nQuestion: What does aspirin treat?'
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

from kgchat.errors import ConfigError
from kgchat.graph.junctions import ANONYMOUS, anonymous_label

__all__ = ["PromptTemplates", "short_unnamed"]

# an unnamed node's name as the graph gives it: "(anonymous s0_b3)", "(anonymous 06101238)"
_UNNAMED = re.compile(re.escape(ANONYMOUS) + r"[^()\n]*\)")


def short_unnamed(texts: Sequence[str]) -> list[str]:
    """``texts`` with each unnamed node's name replaced by its number among the unnamed
    nodes they name, in order of first appearance: the same node keeps its number, so a
    chain of facts through it still reads as one.

    >>> short_unnamed(["X — part of → (anonymous 06101238)",
    ...                "(anonymous 06101238) — part of → (anonymous s0_b3)"])
    ['X — part of → (anonymous 1)', '(anonymous 1) — part of → (anonymous 2)']
    """
    numbers: dict[str, int] = {}

    def number(m: re.Match[str]) -> str:
        return anonymous_label(str(numbers.setdefault(m.group(0), len(numbers) + 1)))

    return [_UNNAMED.sub(number, t) for t in texts]


@dataclass(frozen=True)
class PromptTemplates:
    """Every text the chatbot wraps around facts and answers (see the module docstring)."""

    name: str
    system: str
    user: str
    answer_prefix: str
    free_prefix: str
    candidate_prefix: str
    no_entity: str
    no_answer: str
    fallback: str
    unsupported: str
    more_answers: str = "{n} more"
    ask_back: str = "Whom or what does '{pronoun}' mean here? Please name it."
    unconfirmed: str = "{known}; the knowledge graph does not say that {entity} is {words}."
    no_question: str = (
        "I answer questions from the knowledge graph: ask me about one of its entities."
    )
    examples: tuple[tuple[str, str], ...] = ()

    def messages(
        self, question: str, facts: Sequence[str], numbers: Sequence[int] | None = None
    ) -> list[dict[str, str]]:
        """The system and user messages for ``question`` with ``facts`` numbered from 1 (or by
        ``numbers``: the chatbot shows the model some of the facts it was given, each under its
        own number): the one place the prompt is built, for the chatbot, QA generation and
        tuning alike. Unnamed nodes are shown by their numbers (:func:`short_unnamed`).

        >>> PromptTemplates.load().messages("q?", ["a — b → c"])[-1]["content"]
        'Facts:\\n[1] a — b → c\\n\\nQuestion: q?'
        >>> PromptTemplates.load().messages("q?", ["a — b → c"], numbers=[3])[-1]["content"]
        'Facts:\\n[3] a — b → c\\n\\nQuestion: q?'
        """
        numbers = list(numbers) if numbers is not None else list(range(1, len(facts) + 1))
        shown = short_unnamed(facts)
        block = "\n".join(f"[{n}] {text}" for n, text in zip(numbers, shown, strict=True))
        shots = [
            {"role": role, "content": text}
            for user, reply in self.examples
            for role, text in (("user", user), ("assistant", reply))
        ]
        return [
            {"role": "system", "content": self.system},
            *shots,
            {"role": "user", "content": self.user.format(facts=block, question=question)},
        ]

    @classmethod
    def load(cls, path: str | Path | None = None) -> PromptTemplates:
        """The packaged defaults, overridden by the fields of the JSON file at ``path``."""
        data = json.loads(
            resources.files("kgchat").joinpath("prompts/default.json").read_text("utf-8")
        )
        if path is not None:
            p = Path(path)
            try:
                extra = json.loads(p.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ConfigError(f"{p}: cannot read prompt templates ({exc})") from None
            known = {f.name for f in fields(cls)}
            unknown = sorted(set(extra) - known)
            if unknown:
                raise ConfigError(
                    f"{p}: unknown template field(s) {unknown}; known: {sorted(known)}"
                )
            data.update(extra)
            data.setdefault("name", p.stem)
        data["examples"] = tuple(tuple(e) for e in data.get("examples", ()))
        return cls(**data)
