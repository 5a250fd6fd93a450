"""A relation's other words, as the retriever reads them off the graph: the other names the
graph gives it and its IRI's local name (:meth:`RelationSynonyms.synonym_phrases`), the roles
its own junctions name where a walk states it plainly and the noun its description opens
with (:meth:`RelationSynonyms._hop_synonyms`), and its description in prose
(:meth:`RelationSynonyms._definition`). :class:`RelationSynonyms` is a
mixin of :class:`~kgchat.retrieval.reading.GraphReading`, which owns their caches.
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.capabilities import DeclaresRanges, DescribesRelations
from kgchat.graph.model_names import class_property_reading
from kgchat.graph.names import read_label
from kgchat.graph.predicate_roles import is_vocabulary
from kgchat.retrieval.descriptions import description_genus
from kgchat.retrieval.relation_names import own_name
from kgchat.retrieval.walk import Pattern
from kgchat.text import stem, tokens

__all__ = ["RelationSynonyms"]


class RelationSynonyms:
    """A relation's other names and description (a mixin: the class using it sets ``kg`` and
    the caches ``_synonyms``, ``_definitions`` and ``_genera``, and gives ``phrase`` and
    ``inverse_phrase``, the relation's phrase and its declared inverse's)."""

    kg: Any
    _synonyms: dict[str, tuple[str, ...]]
    _definitions: dict[str, str]
    _genera: dict[str, str]
    phrase: Any
    inverse_phrase: Any

    def synonym_phrases(self, predicate: str) -> tuple[str, ...]:
        """The other names the graph gives a relation (:meth:`kgchat.graph.KnowledgeGraph.
        relation_aliases`) and its IRI's local name where that is words, read as words, without
        the written form of its own label (``worksFor`` for "works for") or its inverse's."""
        found = self._synonyms.get(predicate)
        if found is None:
            names = self.kg.relation_aliases if isinstance(self.kg, DescribesRelations) else None
            seen = {self.phrase(predicate).lower(), self.inverse_phrase(predicate).lower()}
            out: list[str] = []
            # a property named after its class is also said by its own name, the class's left out
            declared = class_property_reading(predicate)
            for name in [
                *(names(predicate) if names is not None else ()),
                *own_name(predicate, self.phrase(predicate)),
                *((declared,) if declared else ()),
            ]:
                read = read_label(name, relation=True)
                if read.lower() not in seen:
                    seen.add(read.lower())
                    out.append(read)
            found = self._synonyms[predicate] = tuple(out)
        return found

    def _hop_synonyms(self, pattern: Pattern) -> tuple[tuple[str, ...], ...]:
        """Each hop's :meth:`synonym_phrases` and, walked forwards, the noun phrase its
        relation's description opens with (:func:`~kgchat.retrieval.descriptions.
        description_genus`: the value's name), and for a hop that states its relation plainly
        the roles the graph's junctions of that relation name (:meth:`kgchat.graph.
        KnowledgeGraph.role_names`): ``show actor person`` is said by "host" where other shows
        state ``actor`` through ``PerformanceRole`` nodes with roleName "Host". A hop into or
        out of such a junction (beside a hop by a predicate of the junctions' facts: the
        relation again, ``roleName``) is left as it is: there the junction's own role says
        which one it is, and the roles of all would say every one (nor is a junction's
        "Host" value the answer to "who hosts X?").

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.retrieval import Retriever
        >>> kg = KnowledgeGraph.from_triples([
        ...     ("s1", "actor", "_:r1"), ("_:r1", "actor", "ann"), ("_:r1", "roleName", '"Host"'),
        ...     ("s2", "actor", "_:r2"), ("_:r2", "actor", "bo"), ("_:r2", "roleName", '"Host"'),
        ...     ("s3", "actor", "cy")])
        >>> r = Retriever(kg)
        >>> r._hop_synonyms((("actor", True),)), r._hop_synonyms((("actor", True), ("actor", True)))
        ((('Host',),), ((), ()))
        >>> r._hop_synonyms((("actor", True), ("roleName", True)))
        ((), ())
        """
        roles = getattr(self.kg, "role_names", None)
        # (a scorer that reads no descriptions, ``described`` 0, reads the labels alone)
        config = getattr(getattr(self, "scorer", None), "config", None)
        read = float(getattr(config, "described", 1.0)) > 0
        out = []
        for i, (relation, forward) in enumerate(pattern):
            own = self.synonym_phrases(relation)
            # the noun its description opens with names its value ("*Pedigree* or other
            # description of ancestral information": MCPD's ``ancestral data``), so it says
            # a hop walked to the value, not one walked back from it (``has location``'s
            # "The *site* where the study was conducted." is no name of the study); read
            # here, not among the names the relation matcher trains on (cached by its code)
            genus = self._genus(relation) if forward and read else ""
            if genus and genus.lower() not in {x.lower() for x in own} | {
                self.phrase(relation).lower()
            }:
                own = (*own, genus)
            names = roles(relation) if roles is not None else ()
            if names:
                fields = set(self.kg.role_fields(relation))
                beside = pattern[max(0, i - 1) : i] + pattern[i + 1 : i + 2]
                if not any(r in fields for r, _ in beside):
                    seen = {x.lower() for x in own} | {self.phrase(relation).lower()}
                    own = own + tuple(x for x in names if x.lower() not in seen)
            out.append(own)
        return tuple(out)

    def _genus(self, predicate: str) -> str:
        """The noun its description opens with (:func:`~kgchat.retrieval.descriptions.
        description_genus`), but "" where that noun is the head of its values' class, as its
        ``rdfs:range`` declares it or the graph types them (:meth:`kgchat.graph.
        KnowledgeGraph.value_classes`): what the class says is read as the value's type
        already, and said again by the relation it makes any question naming that type ask
        the relation ("Does Proxima Centauri b have any *moons*?" answered by ``member of``'s
        "The *planetary system* the body belongs to", a range ``PlanetarySystem``; a flaw's
        ``has CWE``, "The *weakness* ...", outscoring the walk on to the parent weakness asked)."""
        found = self._genera.get(predicate)
        if found is None:
            found = self._genera[predicate] = self._read_genus(predicate)
        return found

    def _read_genus(self, predicate: str) -> str:
        genus = description_genus(self._definition(predicate))
        if not genus:
            return ""
        declared = self.kg.range if isinstance(self.kg, DeclaresRanges) else None
        typed = getattr(self.kg, "value_classes", None)
        classes = [
            *(declared(predicate) if declared is not None else ()),
            *(typed(predicate) if typed is not None else ()),
        ]
        heads = {stem(w) for c in classes for w in tokens(self.kg.label(c))[-1:]}
        return "" if stem(genus.split()[-1].lower()) in heads else genus

    def _definition(self, predicate: str) -> str:
        """The relation's description in prose (:meth:`kgchat.graph.KnowledgeGraph.
        relation_description`), its whitespace made single; "" where it has none, or where the
        description only repeats its phrase. RDF's, RDFS's and OWL's own terms are read by their
        built-in phrases (an imported RDFS schema's comment on ``rdfs:subClassOf`` is no word of
        the graph's)."""
        found = self._definitions.get(predicate)
        if found is None:
            describe = (
                self.kg.relation_description if isinstance(self.kg, DescribesRelations) else None
            )
            text = (describe(predicate) or "") if describe and not is_vocabulary(predicate) else ""
            text = " ".join(text.split())
            if text.lower() == self.phrase(predicate).lower():
                text = ""
            found = self._definitions[predicate] = text
        return found
