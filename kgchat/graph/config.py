"""How sources become a graph: :class:`GraphConfig`, the graph stage's one config.

Examples
--------
>>> GraphConfig(language="de").roles()
{}
>>> GraphConfig(alias_predicates=("http://example.org/aka",)).roles()
{'http://example.org/aka': <Role.ALIAS: 2>}
"""

from __future__ import annotations

from dataclasses import dataclass

from kgchat.config import Config, check
from kgchat.graph.vocab import Role

__all__ = ["GraphConfig"]


@dataclass(frozen=True)
class GraphConfig(Config):
    """How sources become a graph.

    Attributes
    ----------
    language : str
        Preferred language of labels and descriptions (BCP 47, e.g. ``en``, ``de``, ``pt-BR``).
    restrictions : bool
        Turn OWL restrictions (``C subClassOf [onProperty R; someValuesFrom D]``) into edges
        ``C -R-> D``.
    label_predicates, alias_predicates, description_predicates : tuple of str
        Extra predicate IRIs (or ids) to treat as names, aliases or descriptions, beyond the
        standard ones (rdfs:label, skos:prefLabel/altLabel, schema:name, ...).
    imports : bool
        Follow ``owl:imports`` to local files (see :mod:`kgchat.graph.imports`).
    bookkeeping : bool
        Keep identifier and bookkeeping properties (ids, keys, legacy numbers; see
        :mod:`kgchat.graph.roles`) as facts; by default they are left out and counted in
        ``stats()["dropped_annotations"]``.
    other_languages : bool
        Keep every language's copy of a property that names its language (``nameOfficialEN``,
        ``nameOfficialIT``; see :mod:`kgchat.graph.languages`); by default a subject keeps
        the ``language`` one where it has it, the others are counted in
        ``stats()["dropped_other_languages"]``.
    """

    language: str = "en"
    restrictions: bool = True
    label_predicates: tuple[str, ...] = ()
    alias_predicates: tuple[str, ...] = ()
    description_predicates: tuple[str, ...] = ()
    imports: bool = True
    bookkeeping: bool = False
    other_languages: bool = False

    def __post_init__(self) -> None:
        check(
            bool(self.language.strip()) and " " not in self.language,
            "language",
            self.language,
            "a language tag such as 'en'",
        )

    def roles(self) -> dict[str, Role]:
        """The extra predicates' roles, for the compiler."""
        out = {p: Role.LABEL for p in self.label_predicates}
        out.update({p: Role.ALIAS for p in self.alias_predicates})
        out.update({p: Role.DESCRIPTION for p in self.description_predicates})
        return out
