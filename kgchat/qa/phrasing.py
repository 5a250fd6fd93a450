"""Questions in words, from relation phrases alone: general templates with no domain in them.

A relation's phrase (its label, or its id made readable: ``plays_in_club`` -> ``plays in club``)
is read as one of a few *shapes*, and the shape says how to ask for either end of a fact:

========  ==============================  =================================================
shape     phrase                          asking for the object of X
========  ==============================  =================================================
``be``    is a member of drug class       Which drug class is X a member of?
``have``  has side effect                 Which side effect does X have? What is the side
                                          effect of X?
``aux``   has had its current CEO since   What has X had its current CEO since?
``verb``  plays in club                   Which club does X play in? What is the club of X?
``past``  won the Nobel Prize in          X won the Nobel Prize in what?
``noun``  birth date                      What is the birth date of X?
``type``  (rdf:type)                      What kind of entity is X?
========  ==============================  =================================================

The *noun* of a phrase (``club``, ``side effect``) names the object's role, so that a path reads
as nested noun phrases: two hops from Alan PULIDO are "the country of the club of Alan PULIDO".
The English is plain rather than idiomatic; several wordings per question keep a model from
learning one template.

Examples
--------
>>> p = RelationPhrase.parse("plays in club")
>>> for q in p.ask_object("Alan PULIDO") + p.ask_subject("Tigres UANL"):
...     print(q)
Which club does Alan PULIDO play in?
What is the club of Alan PULIDO?
Alan PULIDO plays in club what?
What plays in club Tigres UANL?
Which entities play in club Tigres UANL?
Whose club is Tigres UANL?
>>> club = p.describe_object("Alan PULIDO")
>>> RelationPhrase.parse("is in country").ask_object(club)[0]
'Which country is the club of Alan PULIDO in?'
>>> p.ask_subject(club)[0]
'What plays in the club of Alan PULIDO?'
>>> RelationPhrase.parse("is aged").subject_clause("23", plural=True)
'are aged 23'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgchat.graph.vocab import RDF_TYPE
from kgchat.text import NOUN_MARKERS, PREPOSITIONS, singular

if TYPE_CHECKING:
    from kgchat.graph.view import GraphView

__all__ = ["GraphWording", "RelationPhrase", "Step"]

Step = tuple[str, bool]
"""One relation walked from a node: (predicate, forward = the node is the subject)."""

_BE = {"is": ("is", "are"), "are": ("is", "are"), "was": ("was", "were"), "were": ("was", "were")}
_HAVE = frozenset(["has", "have"])
_IRREGULAR_PAST = frozenset(
    ["won", "lost", "made", "became", "gave", "took", "wrote", "led", "held", "built", "began"]
)
_PARTICIPLES = frozenset(["had", "been", "got", "won", "made", "given", "taken", "done", "become"])
_BASE = {"has": "have", "does": "do", "goes": "go", "is": "be"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _join(*parts: str) -> str:
    return " ".join(" ".join(parts).split())


def _strip_det(words: tuple[str, ...]) -> tuple[str, ...]:
    i = 0
    while i < len(words) - 1 and words[i].lower() in NOUN_MARKERS:
        i += 1
    return words[i:]


def _is_third_person(word: str) -> bool:
    w = word.lower()
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


@dataclass(frozen=True)
class RelationPhrase:
    """A relation phrase read for asking questions (see the module docstring).

    Attributes
    ----------
    text : str
        The phrase as given.
    shape : str
        ``be``, ``have``, ``aux``, ``verb``, ``past``, ``noun`` or ``type``.
    verb : str
        The leading verb as written (``is``, ``has``, ``plays``); empty for ``noun``.
    rest : tuple of str
        The words after the verb (all words for ``noun``).
    noun : str or None
        The object's role as a noun, when the phrase names one.
    before : tuple of str
        ``rest`` up to the noun: what stays behind the subject once the noun is fronted.
    """

    text: str
    shape: str
    verb: str
    rest: tuple[str, ...]
    noun: str | None
    before: tuple[str, ...]

    @classmethod
    def parse(cls, phrase: str) -> RelationPhrase:
        """Read a phrase; see the module docstring for the shapes.

        >>> RelationPhrase.parse("has ATC code").noun, RelationPhrase.parse("treats").noun
        ('ATC code', None)
        """
        words = tuple(phrase.split()) or ("related", "to")
        w0 = words[0].lower()
        rest = words[1:]
        if w0 in _BE:
            shape = "be"
        elif w0 in _HAVE and rest and rest[0].lower() in _PARTICIPLES:
            shape = "aux"
        elif w0 in _HAVE:
            shape = "have"
        elif _is_third_person(w0):
            shape = "verb"
        elif w0.endswith("ed") or w0 in _IRREGULAR_PAST:
            shape = "past"
        elif words[-1].lower() in PREPOSITIONS:  # "part of": read as "is part of"
            shape, rest, words = "be", words, ("is", *words)
        else:
            shape, rest = "noun", words
        verb = "" if shape == "noun" else words[0]
        noun, before = cls._noun(shape, rest)
        return cls(" ".join(words), shape, verb, rest, noun, before)

    @classmethod
    def rdf_type(cls) -> RelationPhrase:
        """The phrase of ``rdf:type``, asked about in words of its own."""
        return cls("is a", "type", "is", ("a",), None, ())

    @staticmethod
    def _noun(shape: str, rest: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
        if not rest or rest[-1].lower() in PREPOSITIONS or shape == "aux":
            return None, rest
        if shape in ("have", "noun"):
            return " ".join(_strip_det(rest)), ()
        preps = [i for i, w in enumerate(rest) if w.lower() in PREPOSITIONS]
        if preps:
            i = preps[-1]
            return " ".join(_strip_det(rest[i + 1 :])), rest[: i + 1]
        if shape in ("verb", "past"):  # "wears number", "inhibits the enzyme"
            return " ".join(_strip_det(rest)), ()
        return None, rest  # "is aged": an adjective, not a role

    # ------------------------------------------------------------------ verb forms
    def finite(self, plural: bool = False) -> str:
        """The verb agreeing with a singular or plural subject, followed by the rest."""
        return _join(self._verb(plural), *self.rest)

    def _verb(self, plural: bool) -> str:
        w = self.verb.lower()
        if self.shape in ("be", "type"):
            return _BE[w][plural]
        if self.shape in ("have", "aux"):
            return "have" if plural else "has"
        if self.shape == "verb":
            return self._base() if plural else self.verb
        return self.verb

    def _base(self) -> str:
        w = self.verb.lower()
        return _BASE.get(w) or singular(w)

    def _do(self, plural: bool) -> str:
        return "do" if plural else "does"

    # ------------------------------------------------------------------ questions
    def ask_object(self, subject: str, plural: bool = False) -> list[str]:
        """Wordings of "what does ``subject`` <phrase>?", best first."""
        s, noun, out = subject, self.noun, []
        if self.shape == "type":
            return [f"What kind of entity is {s}?", f"What is {s}?"]
        if self.shape == "be":
            be = self._verb(plural)
            if noun:
                out.append(_join("Which", noun, be, s, *self.before) + "?")
            else:
                out.append(_join("What", be, s, *self.rest) + "?")
        elif self.shape == "have":
            if noun:
                out.append(_join("Which", noun, self._do(plural), s, "have") + "?")
            else:
                out.append(_join("What", self._do(plural), s, "have") + "?")
        elif self.shape == "aux":
            out.append(_join("What", self._verb(plural), s, *self.rest) + "?")
        elif self.shape == "verb":
            if noun:
                out.append(_join("Which", noun, self._do(plural), s, self._base(), *self.before))
            else:
                out.append(_join("What", self._do(plural), s, self._base(), *self.rest))
            out[-1] += "?"
        if noun:
            out.append(f"What is the {noun} of {s}?")
        if self.shape == "noun" and noun:
            out.append(f"What is {s}'s {noun}?")
        elif self.shape != "noun":
            out.append(_cap(_join(s, self.finite(plural), "what?")))
        return list(dict.fromkeys(_cap(q) for q in out))

    def ask_subject(self, object_: str) -> list[str]:
        """Wordings of "what <phrase> ``object_``?" (the phrase read forwards), best first."""
        o, noun = object_, self.noun
        if self.shape == "type":
            return [f"Which entities are a {o}?", f"What are the instances of {o}?"]
        if self.shape == "noun":
            return [f"What has {o} as {noun}?", f"Whose {noun} is {o}?"]
        out = [
            "What " + self._clause(o, plural=False) + "?",
            "Which entities " + self._clause(o, plural=True) + "?",
        ]
        if noun and not o.startswith("the "):  # "Whose club is the club of X?" says nothing
            out.append(f"Whose {noun} is {o}?")
        return out

    def _clause(self, o: str, plural: bool) -> str:
        """``<phrase> o``, dropping the phrase's noun where ``o`` already starts with it
        ("plays in club" + "the club of X" -> "plays in the club of X")."""
        if self.noun and o.lower().startswith(f"the {self.noun.lower()} of "):
            return _join(self._verb(plural), *self.before, o)
        return _join(self.finite(plural), o)

    # ------------------------------------------------------------------ noun phrases
    def describe_object(self, subject: str, plural: bool = False) -> str:
        """A noun phrase for the objects of ``subject``: "the club of Alan PULIDO", or, when
        the phrase names no noun, "the entities Aspirin treats" (plural)."""
        if self.noun and self.shape != "type":
            return f"the {self.noun} of {subject}"
        return _join("the entities", subject, self.finite(plural))

    def describe_subject(self, object_: str) -> str:
        """A noun phrase for the subjects of ``object_``: "the entities that play in club X"."""
        if self.shape == "noun":
            return f"the entities whose {self.noun} is {object_}"
        return "the entities that " + self._clause(object_, plural=True)

    def subject_clause(self, object_: str, plural: bool = False) -> str:
        """A relative clause saying that its subject <phrase> ``object_``: "are aged 23"."""
        if self.shape == "noun":
            return _join("have" if plural else "has", object_, "as", self.noun or "")
        return self._clause(object_, plural)

    def object_clause(self, subject: str, plural: bool = False) -> str | None:
        """A relative clause saying that ``subject`` <phrase> its subject, when the phrase
        names a noun ("are the club of X"), else None."""
        if self.noun and self.shape != "type":
            return _join("are" if plural else "is", "the", self.noun, "of", subject)
        return None


class GraphWording:
    """The relation phrases of a graph, read in both directions, for asking along steps.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Fever")])
    >>> GraphWording(kg).ask(("treats", False), "Fever")
    ['What treats Fever?', 'Which entities treat Fever?']
    """

    def __init__(self, kg: GraphView) -> None:
        self.kg = kg
        self._phrases: dict[Step, tuple[RelationPhrase | None, RelationPhrase | None]] = {}

    def readings(self, step: Step) -> tuple[RelationPhrase | None, RelationPhrase | None]:
        """The phrases that read a step: one whose subject is the step's start, and one whose
        object is. A relation read backwards has the first only when an inverse is declared
        ("is treated by"); one read forwards has the second only then."""
        out = self._phrases.get(step)
        if out is None:
            p, forward = step
            if p == RDF_TYPE:
                t = RelationPhrase.rdf_type()
                out = (t, None) if forward else (None, t)
            else:
                own = RelationPhrase.parse(self.kg.relation_label(p))
                inv = self.kg.relation_label(p, inverse=True)
                other = None if inv.endswith(" (inverse)") else RelationPhrase.parse(inv)
                out = (own, other) if forward else (other, own)
            self._phrases[step] = out
        return out

    def ask(self, step: Step, about: str, plural: bool = False) -> list[str]:
        """Wordings asking for the ends of ``step`` from the thing ``about`` names, best first:
        a noun ("What is the club of X?") beats a backwards verb ("What treats X?"), which
        beats a passive ("What is X treated by?")."""
        fwd, bwd = self.readings(step)
        a = fwd.ask_object(about, plural) if fwd else []
        b = bwd.ask_subject(about) if bwd else []
        return list(dict.fromkeys(a + b if fwd and fwd.noun else b + a))

    def describe(self, step: Step, about: str, plural: bool = False) -> tuple[str, bool]:
        """A noun phrase for the ends of ``step`` from ``about``, and whether it is plural."""
        fwd, bwd = self.readings(step)
        if fwd and fwd.noun and fwd.shape != "type":
            return fwd.describe_object(about), False
        if bwd:
            return bwd.describe_subject(about), True
        assert fwd is not None
        return fwd.describe_object(about, plural), True

    def clause(self, step_back: Step, constraint: str, plural: bool) -> str | None:
        """A relative clause for an answer whose edge ``step_back`` leads to ``constraint``."""
        fwd, bwd = self.readings(step_back)
        if fwd:
            return fwd.subject_clause(constraint, plural)
        assert bwd is not None
        return bwd.object_clause(constraint, plural)
