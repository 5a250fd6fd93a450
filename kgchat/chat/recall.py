"""The retrievals a chatbot made lately, re-used by question.

A follow-up is resolved by retrieving the readings it may have ("What is the runtime?" after
"Who directed Glass Harbor?": the film's runtime, the director's) and keeping the one the graph
answers best (:mod:`kgchat.chat.followup`), and the reading kept is then asked; a server
answered a conversation sent in full reads its earlier turns again on every request
(:mod:`kgchat.chat.history`). A retrieval is the same for the same question on the same
graph, so the same question is answered from here, not walked again: a follow-up's first text
comes one retrieval sooner. The retrievals are read-only to those who receive them.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> kg = KnowledgeGraph.from_triples([("Ada", "born_in", "Oslo")])
>>> recall = Recall(Retriever(kg))
>>> recall("Where was Ada born?") is recall("Where was Ada born?")
True
>>> recall("Where was Ada born?").answer
'Oslo'
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kgchat.retrieval import Retrieval, Retriever

__all__ = ["Recall"]


class Recall:
    """The ``size`` latest retrievals of ``retriever``, by question and graph version.

    Parameters
    ----------
    retriever : Retriever
    size : int
        Questions kept (the least recently asked is dropped first).
    """

    def __init__(self, retriever: Retriever, size: int = 64) -> None:
        self.retriever = retriever
        self.size = size
        self._kept: OrderedDict[tuple[object, str], Retrieval] = OrderedDict()
        self._lock = threading.Lock()  # a server's requests share one

    def __call__(self, question: str) -> Retrieval:
        """The retrieval of ``question``: the one made lately, else a new one."""
        key = (getattr(self.retriever.kg, "version", None), question)
        with self._lock:
            res = self._kept.get(key)
            if res is not None:
                self._kept.move_to_end(key)
                return res
        res = self.retriever.retrieve(question)
        with self._lock:
            self._kept[key] = res
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return res
