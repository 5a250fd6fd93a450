"""The reply guard: what of a model's reply rests on the facts given, and what answer it gives.

:func:`kgchat.chat.grounding.repair` puts these together: citations of facts not given are
dropped (:func:`drop_invalid`); the answer is the chosen one or, in free generation, the one the
reply names (:func:`free_answer`); a reply that cites nothing gets the answer's supporting
facts (:func:`support`). Whether each claim of the reply says what its facts say is the claim
check's part (:mod:`kgchat.chat.claims`, :mod:`kgchat.chat.grounding`).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
>>> drop_invalid("Headache [1] [7] .", 1)
'Headache [1].'
>>> fact_sentence(kg.fact(0))
'Aspirin treats Headache'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kgchat.chat.evidence import evidence_text
from kgchat.graph.view import Fact
from kgchat.retrieval.counting import is_count
from kgchat.text import stem, tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retrieval

__all__ = [
    "CITATION",
    "GENERIC",
    "GENERIC_FORMS",
    "cited_paths",
    "drop_invalid",
    "evidence_text",
    "fact_sentence",
    "free_answer",
    "relation_to",
    "support",
]

CITATION = re.compile(r"\[(\d+)\]")

# Words a faithful reply may use beyond the facts and the question, as written (a generic
# word's stem may be another word's: "following", "followed"), and as stems.
GENERIC_FORMS = frozenset(
    [
        "answer",
        "according",
        "fact",
        "facts",
        "graph",
        "knowledge",
        "based",
        "also",
        "known",
        "listed",
        "named",
        "called",
        "given",
        "following",
        "one",
        "ones",
        "include",
        "includes",
        "including",
    ]
)
GENERIC = frozenset(stem(w) for w in GENERIC_FORMS)


def fact_sentence(f: Fact) -> str:
    """A fact as plain words, as the chatbot's replies and the QA targets state it.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("CYP2C9", "is_a", "enzyme")])
    >>> fact_sentence(kg.fact(0))
    'CYP2C9 is an enzyme'
    """
    return f"{f.subject_label} {relation_to(f.predicate_label, f.object_label)}"


def relation_to(predicate: str, label: str) -> str:
    """A relation phrase and the name it leads to, its article agreeing ("is an Expression").

    >>> relation_to("is a", "Expression"), relation_to("is a", "Book")
    ('is an Expression', 'is a Book')
    """
    if (predicate == "a" or predicate.endswith(" a")) and label[:1].lower() in "aeiou":
        predicate = predicate[:-1] + "an"
    return f"{predicate} {label}"


# the prompt's notation of a fact, "A — r → B", which a small model copies into its reply
_NOTATION = re.compile(r"\s+[—–]\s+([^—–→\[\]]+?)\s+→\s+")


def drop_invalid(raw: str, n_given: int) -> str:
    """The reply with its whitespace made single, only the citations ``[1]..[n_given]`` kept,
    and a fact copied in the prompt's notation said in words.

    >>> drop_invalid("INC-2041 – AFFECTED → checkout [1][7]", 2)
    'INC-2041 AFFECTED checkout [1]'
    """

    def keep(m: re.Match[str]) -> str:
        return m.group(0) if 1 <= int(m.group(1)) <= n_given else ""

    text = _NOTATION.sub(r" \1 ", " ".join(raw.split()))
    text = CITATION.sub(keep, text)
    return re.sub(r"\s+([.,;])", r"\1", text).strip()


def _says(said: list[str], label: str) -> bool:
    """Whether the stemmed words ``said`` contain the words of ``label``, together and in order."""
    want = [stem(w) for w in tokens(label)]
    n = len(want)
    return n > 0 and any(said[i : i + n] == want for i in range(len(said) - n + 1))


def cited_paths(chosen: Any, mentions: Sequence[Any] = ()) -> list[Any]:
    """The paths of ``chosen`` its evidence cites: best first, one per entity the question
    names (one per constraint; a "yes" rests on every path it has). Entities that the same
    words of the question name (``mentions``' spans: a forum thread and its first post, both
    titled "Osmo versus Danish oil") are one entity asked about: the best path from either
    supports the answer, and the other's adds facts that say nothing more of it."""
    spans: dict[str, set[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault(m.node, set()).add((m.start, m.end))
    out: list[Any] = []
    starts: set[str] = set()
    said: set[tuple[int, int]] = set()
    for p in chosen.paths:  # best first
        if chosen.node != "yes" and not is_count(chosen):  # (a count rests on all it counts)
            words = spans.get(p.start, set())
            if p.start in starts or words & said:
                continue
            said |= words
        starts.add(p.start)
        out.append(p)
    return out


def support(
    kg: KnowledgeGraph, chosen: Any, given: list[Fact], mentions: Sequence[Any] = ()
) -> list[int]:
    """Numbers of the given facts on the chosen answer's paths (:func:`cited_paths`: one
    path per entity the question's ``mentions`` name; a "yes" rests on every path it has: "a
    British band" on a type fact and an origin fact). An answer the retrieval reached by no
    path (a name in the language asked for, "What is Leiden called in Latin?":
    ``"Lugdunum Batavorum"@la``) rests on the given facts that hold it.

    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.retrieval import Candidate
    >>> kg = KnowledgeGraph.from_triples([("Leiden", "latin_name", "Lugdunum Batavorum"),
    ...                                   ("Leiden", "falls_within", "Holland")])
    >>> given = [kg.fact(1), kg.fact(0)]
    >>> support(kg, Candidate(given[1].object, "Lugdunum Batavorum", 1.0), given)
    [2]
    """
    if not chosen.paths:
        return [n for n, f in enumerate(given, 1) if chosen.node in (f.subject, f.object)]
    ids = [f.id for f in given]
    out: list[int] = []
    for p in cited_paths(chosen, mentions):
        for h in p.facts:
            fid = kg.fact(h).id
            if fid in ids and ids.index(fid) + 1 not in out:
                out.append(ids.index(fid) + 1)
    return out


def free_answer(
    kg: KnowledgeGraph, text: str, given: list[Fact], res: Retrieval
) -> tuple[Any, list[int]] | None:
    """What a freely generated reply gives as its answer, with the numbers of the facts that
    support it: the best-ranked candidate it names, else an entity of a given fact that the
    question does not name; None when it names neither (no fact supports its answer)."""
    said = [stem(w) for w in tokens(CITATION.sub(" ", text))]
    for c in res.candidates:
        if _says(said, c.label):
            return c, support(kg, c, given, res.mentions)
    from kgchat.retrieval import Candidate

    asked = {m.node for m in res.mentions}
    for f in given:
        for node, label in ((f.subject, f.subject_label), (f.object, f.object_label)):
            if node not in asked and _says(said, label):
                holding = [n for n, g in enumerate(given, 1) if node in (g.subject, g.object)]
                return Candidate(node, label, 0.0), holding
    return None
