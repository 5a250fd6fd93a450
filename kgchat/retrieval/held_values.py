"""An answer that is a node holding one value, read as that value.

Some vocabularies state a quantity or a code as a node of its own, named or not, whose value
hangs on it by a *has value* property: the Semanticscience Integrated Ontology's attribute
pattern as PubChemRDF writes it (``compound:CID2519 sio:SIO_000008 descriptor:CID2519_MW .
descriptor:CID2519_MW a obo:CHEMINF_000334 ; sio:SIO_000300 194.19 ; sio:SIO_000221
obo:UO_0000055``), OBI's measurement datums, ``rdf:value`` on a named node. The walk reaches
the node, which the question names by what it is ("the molecular weight of caffeine"), but the
node is no answer to give anyone ("CID2519 Molecular Weight"): its value is. A candidate that
holds exactly one value by such a property (:func:`~kgchat.graph.value_vocab.is_principal_value`,
or a property whose label says nothing but *value*: SIO's ``SIO_000300`` "has value") and no
other literal is read as that value, its paths one hop longer. A node with literals of its own
(a description) or a name stated for it (not read off its IRI) is an entity and stays. A node
with no name at all (``(anonymous ...)``: a blank node, one keyed like one) is said by its one
literal whatever the property, where it leads to nothing named but its classes (SPDX's
``LicenseExpression``, a blank node holding ``licenseExpression "MIT OR Apache-2.0"``, is that
expression; a Wikidata statement with a qualifier's date is more than the date): it has
nothing else to be called by.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> from kgchat.retrieval.results import Candidate
>>> S, L = "http://semanticscience.org/resource/", "http://www.w3.org/2000/01/rdf-schema#label"
>>> kg = KnowledgeGraph.from_triples([(S + "SIO_000300", L, '"has value"'),
...     ("caffeine", S + "SIO_000008", "caffeine_mw"),
...     ("caffeine_mw", S + "SIO_000300", '"194.19"'),
...     ("caffeine_mw", S + "SIO_000221", "gram_per_mole")])
>>> [c.label for c in held_values(kg, kg.neighbors, [Candidate("caffeine_mw", "mw", 1.0)])]
['194.19']
>>> X = "http://spdx.org/rdf/terms/"
>>> kg = KnowledgeGraph.from_triples([("pkg", X + "declaredLicense", "_:e"),
...     ("_:e", X + "licenseExpression", '"MIT OR Apache-2.0"')])
>>> [c.label for c in held_values(kg, kg.neighbors, [Candidate("_:e", kg.label("_:e"), 1.0)])]
['MIT OR Apache-2.0']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kgchat.graph.junctions import ANONYMOUS
from kgchat.graph.names import humanize_id, local_name
from kgchat.graph.value_vocab import is_principal_value
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.results import Candidate, Path
from kgchat.text import STOPWORDS, tokens

__all__ = ["held_values", "says_value"]

# the verbs a property's label joins to what it states ("has value", "is value of" aside)
_LINKING = frozenset({"has", "have", "having"})


def says_value(label: str) -> bool:
    """Whether a property's label says nothing but *value* ("has value", "value"): a property
    so named states the value of the node it hangs on, as ``rdf:value`` does.

    >>> says_value("has value"), says_value("value"), says_value("has unit")
    (True, True, False)
    >>> says_value("is value of"), says_value("value added")
    (False, False)
    """
    words = [w for w in tokens(label.lower()) if w not in _LINKING]
    return words == ["value"] or (
        words[-1:] == ["value"] and all(w in STOPWORDS - {"of", "for"} for w in words[:-1])
    )


def _named(kg: Any, node: str) -> bool:
    """Whether ``node`` has a name stated for it, not only the reading of its IRI."""
    if node.startswith("_:"):
        return False
    return kg.label(node).casefold() != humanize_id(local_name(node)).casefold()


def _value_edge(kg: Any, edges: Iterable[Any], principal: Callable[[str], bool]) -> Any | None:
    """The one edge of ``edges`` that states the node's value, a literal, where the node has
    no other literal; else None."""
    found = None
    for e in edges:
        if not e.forward or not kg.is_literal(e.neighbor):
            continue
        if found is not None or not principal(e.predicate):
            return None
        found = e
    return found


def _names_more(kg: Any, e: Any) -> bool:
    """Whether edge ``e`` leads from a node to a named thing other than its class."""
    return (
        e.forward
        and e.predicate != RDF_TYPE
        and not kg.is_literal(e.neighbor)
        and not kg.label(e.neighbor).startswith(ANONYMOUS)
    )


def _any(pred: str) -> bool:
    """Every property states a nameless node's value."""
    return True


def held_values(
    kg: Any, edges: Callable[[str], Iterable[Any]], candidates: list[Candidate]
) -> list[Candidate]:
    """``candidates`` with each node that holds one value (and no other literal) read as the
    value, and each nameless node that holds one literal read as it: the candidate's node and
    label the literal's, each path one hop longer. Unchanged where no candidate is such a
    node."""
    said: dict[str, bool] = {}

    def principal(pred: str) -> bool:
        found = said.get(pred)
        if found is None:
            found = said[pred] = is_principal_value(pred) or says_value(kg.label(pred))
        return found

    out, seen = [], set()
    for c in candidates:
        # (edges first: a yes/no answer, "yes", is no node of the graph and has none)
        at = edges(c.node)
        # a nameless node (its "(anonymous ...)" no name stated for it) is what its one
        # literal says, whatever the property, where it leads to nothing named but its
        # classes (a Wikidata statement's value, a thing, is more than its qualifier's date)
        nameless = (
            bool(at) and c.label.startswith(ANONYMOUS) and not any(_names_more(kg, e) for e in at)
        )
        held = nameless or (bool(at) and not kg.is_literal(c.node) and not _named(kg, c.node))
        e = _value_edge(kg, at, _any if nameless else principal) if held else None
        if e is None:
            if c.node not in seen:
                seen.add(c.node)
                out.append(c)
            continue
        if e.neighbor in seen:  # (two nodes holding one value: the better ranked one says it)
            continue
        seen.add(e.neighbor)
        paths = [
            Path(
                p.start,
                (*p.pattern, (e.predicate, True)),
                (*p.nodes, e.neighbor),
                (*p.facts, e.fact),
                p.score,
            )
            for p in c.paths
        ]
        out.append(Candidate(e.neighbor, kg.label(e.neighbor), c.score, paths))
    return out
