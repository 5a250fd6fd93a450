"""The verbalised evidence: cited facts said as plain sentences, what a reply falls back to.

Each fact is said as its words (:func:`~kgchat.chat.guard.fact_sentence`), two facts that read
alike as one sentence citing both, and an unnamed node (a blank node, a CIDOC-CRM event, a
Freebase CVT, a Wikidata or RDF 1.2 statement, a QUDT quantity value) is never said by its
placeholder name: the fact that leads into it and every fact out of it are one sentence, the
fact out of it that says the leading relation again (a statement's value: ``mara — candidate
in → _:r``, ``_:r — candidate in → Northfield``) first, the others after it as its qualifiers
("Mara Lind candidate in Northfield, votes 20625"); facts out of an unnamed node no given fact
leads into are said from a named end by the relation's declared inverse ("Vermeulen,
Johanna was born, took place at Venice" of a CIDOC-CRM birth event), else from the node's
class ("a Birth brought into life Vermeulen, Johanna, took place at Venice"), else from their
relations on ("elected in Saltholm, majority 9616").

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Mara", "candidate_in", "_:r"),
...                                   ("_:r", "votes", "20625"),
...                                   ("_:r", "candidate_in", "Northfield")])
>>> [kg.fact(i).text for i in range(3)]  # doctest: +NORMALIZE_WHITESPACE
['Mara — candidate in → (anonymous r)', '(anonymous r) — candidate in → Northfield',
 '(anonymous r) — votes → 20625']
>>> evidence_text([(1, kg.fact(0)), (2, kg.fact(2)), (3, kg.fact(1))])
'Mara candidate in Northfield, votes 20625 [1][3][2]'
>>> evidence_text([(1, kg.fact(2)), (2, kg.fact(1))])
'votes 20625, candidate in Northfield [1][2]'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kgchat.errors import KGChatError
from kgchat.graph.compile import ANONYMOUS
from kgchat.graph.view import Fact

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["declared_inverse", "evidence_text", "held_by_unnamed", "unnamed"]

_NONE: frozenset[str] = frozenset()


def unnamed(label: str) -> bool:
    """Whether a node's label is the placeholder of a node without a name."""
    return label.startswith(ANONYMOUS)


def declared_inverse(kg: Any, predicate: str) -> str:
    """The phrase of the inverse the graph declares for ``predicate`` ("" when none: the
    phrase marked "(inverse)", or a predicate the graph never states, as a fact the retrieval
    made of a name's ``rdfs:label``): what the evidence, the claim check and the reply's
    vocabulary read a relation backwards by.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("A", "treats", "B"), ("A", "likes", "B"),
    ...     ("treats", "http://www.w3.org/2002/07/owl#inverseOf", "treated_by")])
    >>> declared_inverse(kg, "treats"), declared_inverse(kg, "likes"), declared_inverse(kg, "x")
    ('treated by', '', '')
    """
    try:
        inverse = kg.relation_label(predicate, inverse=True)
    except KGChatError:
        return ""
    return "" if inverse.endswith("(inverse)") else inverse


def held_by_unnamed(cited: list[int], given: Sequence[Fact]) -> list[int]:
    """``cited`` (numbers of ``given`` facts) and, after them, the given facts out of an
    unnamed node a cited fact holds: what a quantity value or a statement says besides (its
    unit, its qualifiers), without which "mass, numeric value 5.84" says no unit.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Tau b", "mass", "_:m"), ("_:m", "value", "5.84"),
    ...                                   ("_:m", "unit", "Jupiter mass"), ("Tau b", "p", "q")])
    >>> by = {f.object_label: f for f in kg.facts()}
    >>> given = [by["(anonymous m)"], by["5.84"], by["q"], by["Jupiter mass"]]
    >>> [given[n - 1].object_label for n in held_by_unnamed([1, 2], given)]
    ['(anonymous m)', '5.84', 'Jupiter mass']
    """
    hubs = {
        node
        for n in cited
        for node, label in (
            (given[n - 1].subject, given[n - 1].subject_label),
            (given[n - 1].object, given[n - 1].object_label),
        )
        if unnamed(label)
    }
    more = [n for n, f in enumerate(given, 1) if n not in cited and f.subject in hubs]
    return [*cited, *more]


def evidence_text(numbered: list[tuple[int, Fact]], kg: KnowledgeGraph | None = None) -> str:
    """Cited facts as one text, ``"<fact> [n]; <fact> [m]"`` (see the module docstring): a
    fact into an unnamed node and the facts out of it said as one (``Johanna Verbeek was born,
    has time-span 1832 [1][2]``), through every unnamed node in a row (schema.org's offer and
    its price specification). ``kg`` gives the relations' declared inverses.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("CYP2C9", "is_a", "enzyme")])
    >>> evidence_text([(1, kg.fact(0))])
    'CYP2C9 is an enzyme [1]'
    >>> kg = KnowledgeGraph.from_triples([("Vienna", "http://a.org/country", "Austria"),
    ...                                   ("Vienna", "http://b.org/country", "Austria")])
    >>> evidence_text([(1, kg.fact(0)), (2, kg.fact(1))])
    'Vienna country Austria [1][2]'
    >>> kg = KnowledgeGraph.from_triples([("_:p", "price", "54.90"), ("Stove", "offers", "_:o"),
    ...                                   ("_:o", "price_specification", "_:p")])
    >>> evidence_text([(1, kg.fact(0)), (2, kg.fact(1)), (3, kg.fact(2))])
    'Stove offers, price specification, price 54.90 [2][3][1]'
    """
    from kgchat.chat.guard import fact_sentence, relation_to

    out: dict[str, str] = {}  # what is said -> its citations: one fact text is said once
    # the facts out of each unnamed node, in their order
    outs: dict[str, list[int]] = {}
    for i, (_, g) in enumerate(numbered):
        if unnamed(g.subject_label):
            outs.setdefault(g.subject, []).append(i)
    into = {g.object for _, g in numbered if unnamed(g.object_label)}
    used: set[int] = set()

    def tail(
        phrase: str,
        node: str,
        label: str,
        *,
        again: bool = False,
        within: frozenset[str] = _NONE,
        of: tuple[str, ...] = (),
    ) -> tuple[str, str]:
        """``phrase`` and the node it leads to said as words: an unnamed node by the facts
        out of it (the one saying ``phrase`` again first), with their citations; by those
        said already with another fact into it where none is left (``again``: two packages'
        one license expression), and by ``phrase`` alone where none is given. A phrase that
        opens with the words of ``of``, the class of the unnamed node said first, says the
        rest ("an Allergy intolerance patient X, reaction severity severe", not "...,
        allergy intolerance reaction severity severe" of FHIR's "AllergyIntolerance.*")."""
        full, phrase = phrase, _without(of, phrase)
        if not unnamed(label):
            return relation_to(phrase, label), ""
        if node in within:  # unnamed nodes that lead into each other: said once
            return phrase, ""
        rest = [j for j in outs.get(node, []) if again or j not in used]
        if not rest:
            rest, again = list(outs.get(node, [])), True
        if not rest:
            return phrase, ""  # never its placeholder: nothing given says what it is
        key = " ".join(full.lower().split())
        rest.sort(key=lambda j: " ".join(numbered[j][1].predicate_label.lower().split()) != key)
        # one relation's values together, in the order the relations first come
        first: dict[str, int] = {}
        for at, j in enumerate(rest):
            first.setdefault(numbered[j][1].predicate_label, at)
        rest.sort(key=lambda j: first[numbered[j][1].predicate_label])
        said, cites, last = "", "", ""
        for j in rest:
            if j in used and not again:  # said deeper down already
                continue
            used.add(j)
            n, g = numbered[j]
            text, more = tail(
                g.predicate_label,
                g.object,
                g.object_label,
                again=again,
                within=within | {node},
                of=of,
            )
            cites += f"[{n}]" + more
            if said and f", {text}," in f", {said},":
                pass  # two unnamed nodes in a row of one class: "is an Expression" once
            elif said and g.predicate_label == last and text == relation_to(last, g.object_label):
                # the relation said once before its values: "day of week Tuesday, Friday"
                said += ", " + g.object_label
            elif said:
                said += ", " + text
            elif " ".join(g.predicate_label.lower().split()) == key:
                said = text  # the statement's own value: "candidate in Northfield"
            else:
                said = _joined(phrase, text)
            last = g.predicate_label
        return said, cites

    def star(node: str) -> tuple[str, str]:
        """The facts out of an unnamed node no given fact leads into: from a named end of one
        of them by the relation's declared inverse ("Vermeulen, Johanna was born, took place
        at Venice" of a CIDOC-CRM birth event), else from its class ("a Birth brought into
        life Vermeulen, Johanna, took place at Venice"), else from their relations on."""
        rest = [j for j in outs[node] if j not in used]
        lead = next((j for j in rest if _inverse(kg, numbered[j][1])), None)
        kind = _kind(kg, node)
        said, cites = kind, ""
        of = tuple(w.lower() for w in kind.split()[1:])
        if lead is not None:
            used.add(lead)
            n, g = numbered[lead]
            said, cites = f"{g.object_label} {_inverse(kg, g)}", f"[{n}]"
        for j in rest:
            if j not in used:
                used.add(j)
                n, g = numbered[j]
                text, more = tail(g.predicate_label, g.object, g.object_label, of=of)
                # the class's words the relation opens with said once: "a Condition subject
                # X" (a FHIR "Condition.subject"), not "a Condition condition subject X"
                said = f"{said}, {text}" if said and said != kind else _joined(said, text, " ")
                cites += f"[{n}]" + more
        return said, cites

    for i, (n, f) in enumerate(numbered):
        if i in used or (unnamed(f.subject_label) and f.subject in into):
            continue  # said with the fact that leads into its unnamed subject
        if unnamed(f.subject_label):  # a star no given fact leads into
            said, cites = star(f.subject)
        else:
            used.add(i)
            text, more = tail(f.predicate_label, f.object, f.object_label)
            cites = f"[{n}]" + more
            plain = not more and not unnamed(f.object_label)
            said = fact_sentence(f) if plain else f"{f.subject_label} {text}"
        # two facts that read alike (two relations with one label) are one sentence, citing
        # both: "Vienna parent country Austria [1][2]", not the sentence twice
        out[said] = out.get(said, "") + cites
    # a fact out of an unnamed node whose leading fact was said before it got its turn
    for i, (n, f) in enumerate(numbered):
        if i not in used:
            used.add(i)
            out[fact_sentence(f)] = out.get(fact_sentence(f), "") + f"[{n}]"
    return "; ".join(f"{said} {cites}" for said, cites in out.items())


def _inverse(kg: KnowledgeGraph | None, f: Fact) -> str:
    """The declared inverse phrase of the fact's relation (:func:`declared_inverse`; "" when
    none, or its object is unnamed or a value)."""
    if kg is None or unnamed(f.object_label) or kg.is_literal(f.object):
        return ""
    return declared_inverse(kg, f.predicate)


def _kind(kg: KnowledgeGraph | None, node: str) -> str:
    """An unnamed node said by its class, "a Birth" ("" when it has none)."""
    if kg is None or node not in kg:
        return ""
    for c in kg.types(node):
        label = kg.label(c)
        if label and not unnamed(label):
            return ("an " if label[:1].lower() in "aeiou" else "a ") + label
    return ""


def _without(words: tuple[str, ...], phrase: str) -> str:
    """``phrase`` without the ``words`` it opens with (case aside), where more follows.

    >>> _without(("allergy", "intolerance"), "Allergy intolerance reaction")
    'reaction'
    """
    said = phrase.split()
    n = len(words)
    if n and len(said) > n and tuple(w.lower() for w in said[:n]) == words:
        return " ".join(said[n:])
    return phrase


def _joined(first: str, second: str, between: str = ", ") -> str:
    """Two relation phrases said as one, the words the second opens with as the first ends
    said once: "aggregate rating" and "rating value" are "aggregate rating value" (not
    "aggregate rating, rating value", a word twice in a row); else ``between`` them."""
    a, b = first.split(), second.split()
    for n in range(min(len(a), len(b)), 0, -1):
        if [w.lower() for w in a[-n:]] == [w.lower() for w in b[:n]]:
            return " ".join(a + b[n:])
    return f"{first}{between}{second}".strip()
