"""Classes a question names beside its entities: which say what the answer is.

A class named beside entities says what the answer is when the question asks for it ("which
*albums* did X produce") or predicates it ("... and *are a* disease"), and is only a word of the
topic otherwise ("X's Thriller *album*"); either way it is no place to walk from, but for a
class of one instance said where an entity would be. Read for
:meth:`kgchat.retrieval.Retriever.retrieve`.
"""

from __future__ import annotations

from typing import Any

from kgchat.retrieval.one_member import walked_classes
from kgchat.retrieval.question_reading import shared_spans
from kgchat.retrieval.question_shapes import asks_type_at, modifies_type, said_as_class
from kgchat.text import stem

__all__ = ["read_answer_classes"]


def read_answer_classes(
    r: Any, q: Any, linked: list[Any], mentions: list[Any], classes: set[str]
) -> tuple[list[Any], set[str], set[str]]:
    """The mentions left to walk from, the classes still walked type-only, and the classes
    the answer must be a member of, for question ``q`` read by retriever ``r`` (its
    ``linked`` mentions as the linker gave them, ``mentions`` and ``classes`` as read)."""
    answer_classes: set[str] = set()
    if classes and len({m.node for m in mentions} - classes) > 0:
        # A class named beside entities says what the answer is when the question asks
        # for it ("which *albums* did X produce") or predicates it ("... and *are a*
        # disease"), and is only a word of the topic otherwise ("X's Thriller *album*").
        # Either way it is no place to walk from: its extension is a hub sampled by the
        # fan-out cap, so membership is checked on the candidates the entities reach.
        # A class that modifies the type's head ("the *supplier* rating") is neither.
        wanted = {stem(w) for w in q.answer_type}
        # a class whose name's other readings the asked type dropped (read) is the type
        shared = shared_spans(linked, classes)
        for m in mentions:
            span = (m.start, m.end)
            if (
                m.node in classes
                and not r._of_unnamed(m.node)
                and not modifies_type(q, m.start, m.end)
                and (
                    said_as_class(q, m.start)
                    # by its head noun: a "drug class" is no drug ("Which member
                    # *drug* does the drug class of X have?" asks drugs, not classes)
                    or wanted & {stem(w) for w in r._class_head(m.node)}
                    or (span in shared and asks_type_at(q, *span))
                )
            ):
                answer_classes.add(m.node)
        # a class of one instance said where an entity would be names that instance
        # ("how much protein is in *cheddar cheese*"): walked from (one_member)
        walked = walked_classes(q, mentions, classes, answer_classes, r._members)
        mentions = [m for m in mentions if m.node not in classes or m.node in walked]
        classes = set()
    # an ontology whose entities are classes (OBO: genes, drugs) has no instances: a class
    # of it that the question asks for beside an entity ("which *gene* is behind X"), or
    # alone ("which *cheeses* are there"), is walked from as any entity, and its
    # subclasses are the members the answer should be
    answer_classes |= {
        m.node for m in mentions if r._empty_class(m.node) and asks_type_at(q, m.start, m.end)
    }
    return mentions, classes, answer_classes
