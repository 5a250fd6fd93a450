"""What the graph says of one entity, for a question that asks nothing else of it.

"Tell me about X", "What is X?", "X?" name one entity and ask for no relation and no type of
answer: the reply is the entity's own facts among those retrieved, its classes first, each
cited. They are verbalised from the graph, so no model is needed and none is asked (it could
only add what no fact says). The answer stays the retriever's best candidate ("What is X?": its
class), stated among them.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> kg = KnowledgeGraph.from_triples([("Bob", "lives_in", "Oslo"), ("Bob", "is_a", "teacher")])
>>> r = Retriever(kg)
>>> res = r.retrieve("Tell me about Bob.")
>>> node = asks_only_about(res, r.read(res.question, res.mentions)[0])
>>> describe(node, [sf.fact for sf in res.facts], limit=5)[0]
'Bob lives in Oslo [1]; Bob is a teacher [2].'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgchat.chat.guard import fact_sentence
from kgchat.graph.view import Fact
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.question import is_yes_no

if TYPE_CHECKING:
    from kgchat.retrieval import Retrieval
    from kgchat.retrieval.question import QuestionInfo

__all__ = ["asks_only_about", "describe"]


def asks_only_about(res: Retrieval, info: QuestionInfo) -> str | None:
    """The one entity a question names and asks nothing of (no relation word, no answer type,
    no yes or no), else None."""
    nodes = {m.node for m in res.mentions}
    if len(nodes) != 1 or info.words or info.answer_type or is_yes_no(res.question):
        return None
    return nodes.pop()


def describe(
    node: str, facts: Sequence[Fact], *, limit: int, first: Sequence[Fact] = ()
) -> tuple[str, list[Fact]]:
    """The reply describing ``node`` by the ``facts`` that hold it (``first`` before the rest:
    the facts that hold the chosen answer), its classes first, at most ``limit`` of them, each
    cited by its place; and those facts, in citation order ("" and none when no fact holds
    it)."""
    own = [f for f in facts if node in (f.subject, f.object)]
    own.sort(key=lambda f: f.predicate != RDF_TYPE)  # stable: the retrieval's order after
    chosen = list(dict.fromkeys([*first, *own]))[:limit]
    if not chosen:
        return "", []
    text = "; ".join(f"{fact_sentence(f)} [{n}]" for n, f in enumerate(chosen, 1))
    return text + ".", chosen
