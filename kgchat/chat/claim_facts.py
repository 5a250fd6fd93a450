"""A given fact as the claim check reads it (:class:`ReadFact`), and whether a claim says its
relation (:func:`relation_said`, :func:`unrelated`).

A claim says a fact's relation by a content word of its phrase or of its declared inverse's
(as stems: "born" of ``birth place``; two words written as one, "birthplace"), by a word that
means one (:class:`~kgchat.chat.paraphrase.RelationParaphrase`: "was educated by" of
``taught``), or, for a phrase of stopwords alone ("is a", ``owl:sameAs``'s "is the same as"),
by all its words; a class (``rdf:type``) by a copula ("Bob is a Teacher"); a relation whose label
means what a preposition says, of a part and its whole in the graph, by that preposition alone
("Ulm is in Germany" of ``country``, "Ben is from Ulm" of ``birth place``, not "Ben is in Ulm":
:func:`placed`). A relation the graph states both ways for most of its facts reads as its own
inverse, as a declared ``owl:SymmetricProperty`` does (:func:`read_fact`).

:func:`unrelated` finds the names a claim puts beside each other without saying a relation of
theirs: two ends of a fact with its relation unsaid ("Queen was Freddie Mercury in"), names
side by side in a claim that says no cited relation at all ("Marie Curie (1911)" of a prize and
its year), or a name whose facts' relations are all unsaid where the claim says another cited
fact's ("male (the father)" of "Luis — gender → male", the relation said being ``father``'s).
A claim of one name and no relation (the bare answer, a list's item "Aspirin [1]") states
only that it is the answer, and stays.

>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat.claim_text import Clause, NameLookup
>>> kg = KnowledgeGraph.from_triples([("Isa", "father", "Luis"), ("Luis", "gender", "male")])
>>> facts = [read_fact(n, kg.fact(n - 1), kg) for n in (1, 2)]
>>> ends = set().union(*(f.ends for f in facts))
>>> c = Clause.parse("male (the father)", NameLookup(ends, (), set(), ends))
>>> unrelated(c, facts, {1: True, 2: False})
{2: 'says the relation of no cited fact holding male'}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from kgchat.chat.claim_text import Clause, Key, name_key, nameable
from kgchat.chat.evidence import declared_inverse, unnamed
from kgchat.function_words import ARTICLES
from kgchat.graph.view import Fact
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.containment import contained, says_preposition
from kgchat.text import STOPWORDS, stem, tokens
from kgchat.wordnet import wordnet

__all__ = [
    "ReadFact",
    "cited_classes",
    "other_names",
    "placed",
    "read_fact",
    "relation_said",
    "says_preposition",
    "unrelated",
]

_DIGITS = re.compile(r"\d+")
_MOST = 0.5  # the share of a relation's facts stated both ways that makes it symmetric


@dataclass
class ReadFact:
    """A given fact as the check reads it."""

    n: int
    fact: Fact
    subject: Key
    object: Key
    own: list[str]  # the relation phrase's words
    inverse: list[str]  # the declared inverse's words (empty when none)
    kinds: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # its ends' classes' words

    @property
    def ends(self) -> set[Key]:
        return {self.subject, self.object}

    def stems(self) -> set[str]:
        return {stem(w) for w in self.own + self.inverse if w not in STOPWORDS} | self.joined()

    def joined(self, phrase: list[str] | None = None) -> set[str]:
        """Two neighbouring words of its relation phrases written as one ("birthplace" of
        "birth place", "deathdate"), as stems: the same words."""
        phrases = [self.own, self.inverse] if phrase is None else [phrase]
        return {stem(a + b) for p in phrases for a, b in pairwise(p)}

    def phrase(self) -> set[str]:
        """Every word of its relation phrases, stopwords too ("latin name": "name" is one)."""
        return {stem(w) for w in self.own + self.inverse}

    def said(self, kg: Any = None) -> Counter[str]:
        """How often its verbalisation (and its inverse's phrase) says each word, as stems; an
        unnamed end by its classes' names, as the verbalised evidence says it ("an Unit price
        specification")."""
        f = self.fact
        words = [*self.own, *self.inverse]
        for node, label in ((f.subject, f.subject_label), (f.object, f.object_label)):
            if not unnamed(label):
                words += tokens(label)
            elif kg is not None and node in kg and not kg.is_literal(node):
                words += [w for c in kg.types(node) for w in tokens(kg.label(c))]
        return Counter(stem(w) for w in words)

    def named_by(self, noun: str, phrase: Sequence[str]) -> bool | None:
        """Whether ``noun``, a word derived from the relation ``phrase``'s (no form of one of
        them), names the fact's subject (True) or its object (False), by the ends' kinds:
        the one end it is a kind of, or whose class is a kind of it, in their commonest noun
        meanings (WordNet); None where both ends are or neither is (as without classes or
        WordNet), and for the phrase's own word, which names the relation's value (the
        *employer* of ``Ada — employer → Acme`` is Acme, though WordNet's is a person). A
        derived noun may name either end: a *citizen* of ``Ada — citizenship → Norway`` is
        Ada, a person, as a *member* of ``Club — membership → Ada`` is Ada.

        >>> from kgchat.graph import KnowledgeGraph
        >>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
        >>> kg = KnowledgeGraph.from_triples([("Ada", "citizenship", "Norway"),
        ...     ("Ada", T, "Person"), ("Norway", T, "Country")])
        >>> f = read_fact(1, kg.fact(0), kg)
        >>> f.kinds, wordnet() is None or [f.named_by(w, f.own) for w in ("citizen", "capital")]
        ((('person',), ('country',)), [True, None])
        """
        wn = wordnet()
        if wn is None:
            return None
        word = noun.lower()
        forms = {word, *(lemma for lemma, _ in wn.base_forms(word))}
        if not forms.isdisjoint(w.lower() for w in phrase):
            return None
        found = [
            any(
                stem(k) == stem(word) or wn.is_a(word, k) > 0 or wn.is_a(k, word) > 0 for k in kinds
            )
            for kinds in self.kinds
        ]
        return found[0] if found[0] != found[1] else None

    def numbers(self) -> set[int]:
        """The whole numbers the fact holds anywhere (its ends' names, a value's parts:
        ``1867-11-07`` holds 1867, 11 and 7)."""
        f = self.fact
        text = " ".join((f.subject_label, f.predicate_label, f.object_label))
        return {int(d) for d in _DIGITS.findall(text)}


def read_fact(n: int, f: Fact, kg: Any) -> ReadFact:
    """The ``n``-th given fact as the check reads it: its phrase, and its inverse's (declared;
    its own where the graph states the relation both ways for most of its facts)."""
    inverse = "" if kg is None else declared_inverse(kg, f.predicate)
    if not inverse and _both_ways(kg, f.predicate):
        inverse = f.predicate_label  # its own inverse: no direction to state wrong
    own = tokens(f.predicate_label)
    kinds = (_kind_words(kg, f.subject), _kind_words(kg, f.object))
    subject, object_ = name_key(f.subject_label), name_key(f.object_label)
    return ReadFact(n, f, subject, object_, own, tokens(inverse), kinds)


def _kind_words(kg: Any, node: str) -> tuple[str, ...]:
    """The content words of ``node``'s classes' names (none for a value, or without ``kg``)."""
    if kg is None or node not in kg or kg.is_literal(node):
        return ()
    words = (w.lower() for c in kg.types(node) for w in tokens(kg.label(c)))
    return tuple(dict.fromkeys(w for w in words if w not in STOPWORDS))


def _both_ways(kg: Any, predicate: str) -> bool:
    """Whether the graph states most of the predicate's facts both ways (``A spouse B`` and
    ``B spouse A``): a symmetric relation it does not declare so (``owl:SymmetricProperty``
    is read as a declared inverse), whose facts name their ends in either order."""
    reciprocity = getattr(kg, "reciprocity", None)  # (a graph that counts its facts)
    return reciprocity is not None and reciprocity(predicate) > _MOST


def other_names(kg: Any, given: Sequence[Fact], known: Collection[Key]) -> dict[Key, Key]:
    """The graph's other names of the given facts' ends (``kg.aliases``: "penicillin" of
    benzylpenicillin), each to the end's own name: a reply may name an entity as the graph
    does, as the question did. A name that is another end's, or two ends', names none."""
    out: dict[Key, Key | None] = {}
    if kg is None:
        return {}
    for f in given:
        for node, label in ((f.subject, f.subject_label), (f.object, f.object_label)):
            if node not in kg or kg.is_literal(node):
                continue
            full = name_key(label)
            for alias in kg.aliases(node):
                key = name_key(alias)
                if key and key != full and key not in known and nameable(tokens(alias)):
                    out[key] = full if out.get(key, full) == full else None
    return {k: v for k, v in out.items() if v is not None}


def relation_said(f: ReadFact, c: Clause, paraphrased: bool = False, kg: Any = None) -> bool:
    """Whether the clause says ``f``'s relation (see the module docstring); ``paraphrased``:
    a word of it means the relation (:class:`~kgchat.chat.paraphrase.RelationParaphrase`);
    ``kg``: the graph, whose structure says whether a preposition alone says it
    (:func:`placed`)."""
    if f.fact.predicate == RDF_TYPE or paraphrased:  # "Bob is a Teacher": a copula
        return True
    if kg is not None and placed(kg, f, c):
        return True
    outside = {c.stems[i] for i in c.outside()}
    if any(w not in STOPWORDS for w in f.own + f.inverse):
        return bool(f.stems() & outside)
    # a phrase of stopwords alone ("is the same as"): said only in full
    return any(p and {stem(w) for w in p} <= outside for p in (f.own, f.inverse))


def placed(kg: Any, f: ReadFact, c: Clause) -> bool:
    """Whether the clause says ``f`` by a preposition alone between its ends ("Ulm is in
    Germany", "Ulm, in Germany" of ``country`` or ``located in``; "Ben is from Ulm" of ``birth
    place``), as English says a part in its whole, or a thing at its place or from its origin:

    - the relation's label means what the preposition says (:func:`says_preposition`: "in" a
      place, whole or group; "at" a place; "from" an origin): "Ben is in Ulm" says no ``birth
      place`` (a place of his birth, not of him), "Ben is from Ulm" says it;
    - by the graph's structure, the first end named has one value of the relation, the second,
      which holds other things by it (:func:`kgchat.retrieval.containment.contained`, as the
      retriever reads "What country is Ulm in?"): "Germany is in Ulm" and "France is in
      Paris" (of one-to-one ``capital``) say no relation of theirs.
    """
    if kg is None or f.subject == f.object:
        return False
    for (_, b, k1), (a, _, k2) in pairwise(c.spans):
        gap = c.words[b:a]
        if {k1, k2} != f.ends or not gap or not all(w in STOPWORDS for w in gap):
            continue
        last = [w for w in gap if w not in ARTICLES]
        if last and says_preposition(last[-1], f.own):
            x = f.fact
            forward = k1 == f.subject
            part, whole = (x.subject, x.object) if forward else (x.object, x.subject)
            if part in kg and whole in kg and contained(kg, part, whole, x.predicate, forward):
                return True
    return False


def unrelated(c: Clause, cited: list[ReadFact], said: dict[int, bool]) -> dict[int, str]:
    """The cited facts (by number) whose names the clause says without a relation of theirs,
    each with why (see the module docstring); ``said``: :func:`relation_said` of each."""
    named = {k for _, _, k in c.spans}
    # facts joined at an unnamed node (a quantity, an address, a statement) state one thing:
    # "The temperature of X is 2566.0" says the temperature fact's relation and its value's
    said = dict(said)
    for f in cited:
        for g in cited:
            if said[g.n] and not said[f.n] and _unnamed_nodes(f) & _unnamed_nodes(g):
                said[f.n] = True
    out: dict[int, str] = {}
    for f in cited:
        # both ends named, the relation between them unsaid ("Queen was Freddie Mercury in")
        if not said[f.n] and f.subject != f.object and f.ends <= named:
            out[f.n] = "is named by its ends, its relation unsaid"
    ends = [k for k in dict.fromkeys(k for _, _, k in c.spans) if any(k in f.ends for f in cited)]
    if not any(said.values()):
        if len(ends) > 1:  # names side by side, no relation said: "Marie Curie (1911)"
            for f in cited:
                if f.ends & set(ends):
                    out.setdefault(f.n, "names its ends beside others, stating no relation")
        return out
    for k in ends:
        holding = [f for f in cited if k in f.ends]
        if not any(said[f.n] for f in holding):  # "male (the father)"
            words = " ".join(k)
            for f in holding:
                out.setdefault(f.n, f"says the relation of no cited fact holding {words}")
    return out


def _unnamed_nodes(f: ReadFact) -> set[str]:
    """The ends of ``f`` that are unnamed nodes."""
    x = f.fact
    return {
        n
        for n, label in ((x.subject, x.subject_label), (x.object, x.object_label))
        if unnamed(label)
    }


def cited_classes(kg: Any, cited: list[ReadFact]) -> set[Key]:
    """The classes (``rdf:type``) of the cited facts' ends: naming one is no invention."""
    if kg is None:
        return set()
    out: set[Key] = set()
    for f in cited:
        for node in (f.fact.subject, f.fact.object):
            if node in kg and not kg.is_literal(node):
                out.update(name_key(kg.label(c)) for c in kg.types(node))
    return out
