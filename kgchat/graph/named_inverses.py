"""Pairs of properties that a vocabulary names as each other's inverse.

Ontologies name the two directions of one relation by an English convention: a ``has X`` and
an ``is X of`` (``hasPart`` / ``isPartOf``, ``hasPoint`` / ``isPointOf``, ``hasMember`` /
``memberOf``), a verb and its passive (``feeds`` / ``isFedBy``, ``controls`` /
``isControlledBy``). The ontology that declares them ``owl:inverseOf`` each other is seldom
published with the data: a building's Brick model, a SOSA deployment and a DOLCE-based graph
carry only their instances, and two exports of one model may state one relation in both
directions (one tool writes ``feeds``, another ``isFedBy``). Without the declaration a walk
backwards over ``isFedBy`` reads "is fed by (inverse)", not "feeds", and "Which boxes does
AHU-3 feed?" walks ``AHU-3 isFedBy Chiller 1`` forwards (its words are the question's).

Two properties of one namespace that the graph both uses, and whose names are such a pair,
are read as declared inverses (a declaration the graph makes wins). The passive's participle
and the verb are compared by their base forms: WordNet's where it is installed ("fed" ->
feed), the regular endings otherwise.

Examples
--------
>>> B = "https://brickschema.org/schema/Brick#"
>>> keys = [B + "hasPart", B + "isPartOf", B + "feeds", B + "isFedBy", "http://other/isPartOf"]
>>> phrases = {0: "has part", 1: "is part of", 2: "feeds", 3: "is fed by", 4: "is part of"}
>>> sorted(named_inverses(keys, phrases).items())
[(0, 1), (1, 0), (2, 3), (3, 2)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kgchat.graph.names import local_name

__all__ = ["named_inverses"]

# a participle's and a verb's regular endings: (ending, what the base form ends in instead)
_PARTICIPLE = (("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""))
_PRESENT = (("ies", "y"), ("es", ""), ("s", ""), ("", ""))


def _namespace(key: str) -> str:
    return key[: len(key) - len(local_name(key))] if "://" in key or ":" in key else ""


def _verb_bases(word: str, endings: tuple[tuple[str, str], ...]) -> set[str]:
    """The base forms ``word`` may be of, as a verb: WordNet's (irregular ones too, "fed" ->
    feed) where it is installed, else the regular endings'."""
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is not None:
        found = {lemma for lemma, pos in lexicon.base_forms(word) if pos == "v"}
        if found:
            return found
    return {word[: len(word) - len(a)] + b for a, b in endings if word.endswith(a)} - {""}


def _inverse_key(words: list[str]) -> tuple[str, ...] | None:
    """The name of the ``has X`` property that the property named ``words`` is the inverse
    of, as its words: ``is X of`` / ``X of`` -> ``("has", X)``; None for any other name (a
    passive ``is V-ed by`` is matched by its verb's base forms in :func:`named_inverses`)."""
    if words and words[0] == "is":
        words = words[1:]
    if len(words) >= 2 and words[-1] == "of":
        return ("has", *words[:-1])
    return None


def named_inverses(keys: Sequence[str], phrases: Mapping[int, str]) -> dict[int, int]:
    """Property id -> its inverse's id, both ways, for the properties of ``phrases`` (id ->
    the phrase it reads as: its label or its name made readable) that one namespace names as
    a ``has X`` / ``is X of`` pair or as a verb and its ``is V-ed by`` passive."""
    owners: dict[tuple[str, tuple[str, ...]], list[int]] = {}  # (namespace, key) -> ids
    passives: dict[tuple[str, str], list[int]] = {}  # (namespace, base) -> passive ids
    for pid, phrase in phrases.items():
        words = phrase.lower().split()
        ns = _namespace(keys[pid])
        key = _inverse_key(words)
        if key is not None:
            owners.setdefault((ns, key), []).append(pid)
        elif len(words) == 3 and words[0] == "is" and words[2] == "by":
            for base in _verb_bases(words[1], _PARTICIPLE):
                passives.setdefault((ns, base), []).append(pid)
    out: dict[int, int] = {}
    for pid, phrase in phrases.items():
        words = phrase.lower().split()
        ns = _namespace(keys[pid])
        found: list[int] = []
        if len(words) >= 2 and words[0] == "has":
            found = owners.get((ns, tuple(words)), [])
        elif len(words) == 1:
            found = sorted(
                {q for b in _verb_bases(words[0], _PRESENT) for q in passives.get((ns, b), [])}
            )
        if len(found) == 1 and found[0] != pid and found[0] not in out and pid not in out:
            out[pid], out[found[0]] = found[0], pid
    return out
