"""Answers shaped by the question's form rather than by a path alone.

A yes/no question naming two entities is confirmed by a fact between them that says its
relation (and has no answer where none is); one that asks whether an entity is of a class it
names ("Is aspirin a drug?") by the entity's type fact, or that and the subclass facts up to
the class (and has no answer where none says so: the entity's neighbours answer another
question); one whose best answer is a truth value ("Is Acme public?": ``true``) is answered
Yes or No by it; one offering
alternatives ("does X work in academia or industry?") is answered by the alternative a fact
confirms or a candidate is; an entity named by one of its own values may be what is asked for
(:class:`~kgchat.retrieval.said_values.SaidValues`). :class:`QuestionForms` is a mixin of
:class:`~kgchat.retrieval.Retriever` (it uses its graph reading, scorer and linker).
"""

from __future__ import annotations

from typing import Any

from kgchat.function_words import ARTICLES
from kgchat.graph.names import parse_literal
from kgchat.graph.predicate_roles import fixed_role
from kgchat.graph.vocab import RDF_TYPE, XSD, Role
from kgchat.linking import Mention
from kgchat.retrieval.class_unasked import class_unasked
from kgchat.retrieval.qualifiers import asked_claim, qualified
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import asks_type_at, is_yes_no, modifies_type, wh_typed
from kgchat.retrieval.results import Candidate, Path, Pattern, Unconfirmed
from kgchat.retrieval.said_values import SaidValues
from kgchat.text import content_stems, stem, tokens

__all__ = ["QuestionForms", "offered"]

_SUPERCLASSES = 4  # subclass facts followed from an entity's class to the class asked of
_TRUTHS = {"true": True, "1": True, "false": False, "0": False}  # xsd:boolean's lexical space


class QuestionForms(SaidValues):
    """Candidates from the question's form (a mixin: the class using it sets ``kg``,
    ``scorer`` and ``linker`` and reads the graph through
    :class:`~kgchat.retrieval.reading.GraphReading`; what :class:`SaidValues` reads, it
    declares)."""

    kinds_of: Any
    anonymous: Any
    judge: Any
    is_class: Any
    _of_unnamed: Any

    def _yes_no_confidence(self, q: QuestionInfo, top: Candidate) -> float | None:
        """The confidence of a yes/no question's answer, where its form decides it (None
        where it does not): a "yes" is judged by the relations of the facts that confirm it
        ("did X direct Y?" is not confirmed by X starring in Y), an alternative a fact picks
        is certain, and a question naming two entities with no fact between them has no
        answer (a wh-answer to it is no reply)."""
        if top.node in ("yes", "no"):
            if any(_membership(p.pattern) for p in top.paths):
                # "Is aspirin a drug?": its type fact says so in so many words (and the
                # facts beside it, the class's qualifiers, each in its own words)
                return 1.0
            return max(self.judge.confidence(q, self.query(p.pattern, ())) for p in top.paths)
        if not is_yes_no(q.text):
            return None
        if " ".join(tokens(top.label)) in offered(q.tokens):
            return 1.0
        if len(q.spans) > 1 and "or" not in q.tokens:
            return 0.0
        return None

    def _no_answer(
        self, q: QuestionInfo, candidate: Candidate, typed: frozenset[str] = frozenset()
    ) -> bool:
        """Whether a candidate can answer no question of this form: an unnamed node
        (:meth:`~kgchat.retrieval.reading.GraphReading.anonymous`); where the question's
        type is a class of the graph (``typed``, :meth:`_typed_by_class`: "which *film*"),
        a literal value that is not of that type by its own kind (a date is no film: RDF
        types no value, and "Which film was released in 2011?" on a graph with no film of
        2011 had answered every film's release date); or, for a question whose
        type only its wh-word asks ("where", "who", "when"), a class reached as a node's class
        ("Where is Acme located?" answered "Place", the class of the place its location names):
        a class says what something is, which such a question does not ask. Nor, for any
        question, is the class of an unnamed node (a schema.org ``Rating``, ``Offer`` or
        ``QuantitativeValue`` blank node): it says what a thing no question names is ("What
        rating did X give Y?" over the review's rating node had answered the class Rating,
        where the node's value is asked). Nor is a value that is the very name of the thing
        it is one hop from (a collection's ``groupName`` "Festival d'été 2023" beside its
        label): it restates the question's entity, and answers nothing asked of it, unless
        the question says that relation's name ("What is the *long name* of 550?" of a route
        labelled by its long name, named by its short one: :func:`_relation_said`). Nor a
        value the question says itself, as one of its mentions (a trial's identifier
        "NCT05015017" in "Can men enrol in NCT05015017?"): what the asker wrote is no news
        to them, whatever relation gives it."""
        if self.anonymous(candidate.node):
            return True
        if self.is_literal(candidate.node) and _said_in(q, self.kg.label(candidate.node)):
            return True
        if (
            self.is_literal(candidate.node)
            and candidate.paths
            and all(
                len(p.pattern) == 1
                and p.pattern[0][1]
                and tokens(self.kg.label(p.nodes[-1])) == tokens(self.kg.label(p.start))
                and not _relation_said(q, self.kg.relation_label(p.pattern[0][0]))
                for p in candidate.paths
            )
        ):
            return True
        if candidate.paths and all(_class_of_unnamed(p, self, q.tokens) for p in candidate.paths):
            return True
        if typed and self.is_literal(candidate.node):
            # the type's own words: a class mention's are not among the question's named ones
            # its kinds: a number's, a date's, a place's that an address names by text; or
            # the relation that gives it names it so (SPDX's ``versionInfo`` "2.0.7" is a
            # version, though the graph's class Version types other nodes)
            kinds = {stem(w) for w in self.kinds_of(candidate.node)}
            return not (kinds | self._giving_words(candidate)) & typed
        if not candidate.paths:
            return False
        pattern = candidate.paths[0].pattern
        if not pattern or pattern[-1] != (RDF_TYPE, True):
            return False
        # a class says what something is, which a question naming another type does not
        # ask ("Which cases did X sit on?": not X's class Person; kgchat.retrieval.class_unasked)
        node = candidate.node
        return wh_typed(q) or class_unasked(q, self.kg.label(node), self.is_literal(node))

    def _giving_words(self, candidate: Candidate) -> set[str]:
        """The stems of the names of the relations whose values ``candidate`` is on its
        walks (their last hops, walked forward)."""
        return {
            stem(w)
            for p in candidate.paths
            if p.pattern and p.pattern[-1][1]
            for w in tokens(self.kg.relation_label(p.pattern[-1][0]))
        }

    def _typed_by_class(self, q: QuestionInfo, linked: list[Mention]) -> frozenset[str]:
        """The stems of the type the question asks for where a class of the graph names it
        ("Which *film* was released in 2011?": the class Film, the question's type whether it
        is walked from or only constrains), else none. A class with instances, or in a
        hierarchy of classes ("which *books*" of a graph that types novels and poetry
        collections, subclasses of Book). A class that only modifies the type's head noun
        names no type: "the *supplier* rating of X" asks for a rating, not a supplier
        (:func:`~kgchat.retrieval.question_shapes.modifies_type`)."""
        named = {stem(w) for w in q.named_type}
        out: set[str] = set()
        for m in linked:
            words = {stem(w) for w in tokens(m.text)}
            if (
                m.is_class
                and (named & words or asks_type_at(q, m.start, m.end))
                and not modifies_type(q, m.start, m.end)
                and self.is_class(m.node)
                and not self._of_unnamed(m.node)
            ):
                out |= words
        return frozenset(out)

    def _confirm(
        self,
        question: str,
        mentions: list[Mention],
        candidates: list[Candidate],
        classes: list[Mention] | None = None,
    ) -> tuple[list[Candidate], Unconfirmed | None]:
        """A yes/no question naming two entities is confirmed by a fact between them; one
        that offers alternatives ("does X work in A or B?") is answered by the alternative a
        fact confirms; one that asks whether its entities are of a class it names
        (``classes``: "Is aspirin a drug?") by their membership (:meth:`_typed_as`) and the
        facts that say the words qualifying the class ("a *British* band":
        :func:`~kgchat.retrieval.qualifiers.qualified`), and has no candidate where a named
        entity is not known to be one; the second value is then what is known of an entity
        that is of the class but whose qualifiers no fact says (else None)."""
        claim = asked_claim(tokens(question), mentions, classes or [])
        if claim is not None:
            by_span: dict[tuple[int, int], list[Path]] = {}
            partly = None
            for m in claim.entities:
                typed = self._typed_as(m.node, claim.cls)
                said, unsaid = qualified(m.node, claim.words, self.edges(m.node), self.kg.label)
                confirming = by_span.setdefault((m.start, m.end), [])
                if typed and not unsaid:
                    confirming.extend([*typed, *said])
                elif typed and partly is None:
                    partly = Unconfirmed(m.node, claim.cls, (*typed, *said), unsaid)
            if not all(by_span.values()):
                return [], partly  # the entity's neighbours answer another question
            top = candidates[0].score if candidates else 0.0
            paths = [p for ps in by_span.values() for p in ps]
            return [Candidate("yes", "Yes", top + 1.0, paths), *candidates], None
        span = {m.node: (m.start, m.end) for m in mentions}
        nodes = list(span)
        paths = []
        for i, a in enumerate(nodes):
            for e in self.edges(a):
                # two readings of one name ("Peter Mika" the person and his page) confirm
                # nothing: only entities named apart are in question
                if e.neighbor in nodes[i + 1 :] and span[e.neighbor] != span[a]:
                    ends = (a, e.neighbor)
                    paths.append(Path(a, ((e.predicate, e.forward),), ends, (e.fact,), 0.0))
        top = candidates[0].score if candidates else 0.0
        toks = tokens(question)
        ors = [i for i, t in enumerate(toks) if t == "or"]
        if ors:
            # alternatives offered: the one a fact confirms, named or reached
            # an alternative right before "or", or right after it or its article ("a
            # summer or *a* winter games?": the second is said after its article too)
            after = {_second_at(toks, i) for i in ors}
            alternatives = {n for n, (a, b) in span.items() if b in ors or a in after}
            held = {n: [p for p in paths if n in p.nodes] for n in alternatives}
            confirmed = [n for n, ps in held.items() if ps]
            if len(confirmed) == 1:
                n = confirmed[0]
                return [Candidate(n, self.kg.label(n), top + 1.0, held[n]), *candidates], None
            return self._choose(toks, candidates), None
        if not paths:
            return _said_truth(candidates), None
        return [Candidate("yes", "Yes", top + 1.0, paths), *candidates], None

    def _typed_as(self, node: str, cls: str) -> list[Path]:
        """The facts that say ``node`` is a ``cls``: its type fact, or its type fact and the
        subclass facts from that class up to ``cls`` (at most :data:`_SUPERCLASSES`); the
        shortest such path, none when there is none."""
        frontier: list[tuple[str, Pattern, tuple[str, ...], tuple[int, ...]]] = [
            (e.neighbor, ((e.predicate, True),), (node, e.neighbor), (e.fact,))
            for e in self.edges(node)
            if e.forward and fixed_role(e.predicate) is Role.TYPE
        ]
        for _ in range(_SUPERCLASSES + 1):
            for c, pattern, nodes, facts in frontier:
                if c == cls:
                    return [Path(node, pattern, nodes, facts, 0.0)]
            frontier = [
                (
                    e.neighbor,
                    (*pattern, (e.predicate, True)),
                    (*nodes, e.neighbor),
                    (*facts, e.fact),
                )
                for c, pattern, nodes, facts in frontier
                for e in self.edges(c)
                if e.forward
                and fixed_role(e.predicate) is Role.SUBCLASS
                and e.neighbor not in nodes
            ]
        return []

    @staticmethod
    def _choose(toks: list[str], candidates: list[Candidate]) -> list[Candidate]:
        """A question offering alternatives ("does X work in academia or industry?") is
        answered by the best candidate that is one of them (unchanged when none is)."""
        said = offered(toks)
        for k, c in enumerate(candidates):
            if " ".join(tokens(c.label)) in said:
                chosen = Candidate(c.node, c.label, candidates[0].score + 1.0, c.paths)
                return [chosen, *candidates[:k], *candidates[k + 1 :]]
        return candidates


def _second_at(toks: list[str], i: int) -> int:
    """Where the alternative after the "or" at ``i`` starts: past its article ("a summer or
    *a* winter games?")."""
    return i + 1 + (i + 1 < len(toks) and toks[i + 1] in ARTICLES)


def offered(toks: list[str]) -> set[str]:
    """The alternatives a question offers: up to four words on each side of each "or".

    >>> sorted(w for w in offered("does ann work in academia or industry".split()) if " " not in w)
    ['academia', 'industry']
    """
    out = set()
    for i, t in enumerate(toks):
        if t == "or":
            # the second alternative from after its article too ("... or an industry job")
            first = _second_at(toks, i)
            for n in range(1, 5):
                if i - n >= 0:
                    out.add(" ".join(toks[i - n : i]))
                for start in dict.fromkeys((i + 1, first)):
                    if start + n - 1 < len(toks):
                        out.add(" ".join(toks[start : start + n]))
    return out


def _membership(pattern: Pattern) -> bool:
    """Whether a pattern says membership of a class: a type fact, then subclass facts."""
    roles = [fixed_role(p) if forward else None for p, forward in pattern]
    return bool(roles) and roles[0] is Role.TYPE and all(r is Role.SUBCLASS for r in roles[1:])


def truth_value(term: str) -> bool | None:
    """The truth a literal states: an ``xsd:boolean`` (``true``/``1``, ``false``/``0``) or a
    plain "true"/"false"; None for any other term.

    >>> truth_value('"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'), truth_value('"0"^^<http://www.w3.org/2001/XMLSchema#boolean>')
    (True, False)
    >>> truth_value('"1"'), truth_value("http://example.org/true")
    (None, None)
    """
    if term[:1] != '"':
        return None
    lex, _, datatype = parse_literal(term)
    lex = lex.strip().lower()
    if datatype == XSD + "boolean" or (datatype is None and lex in ("true", "false")):
        return _TRUTHS.get(lex)
    return None


def _said_truth(candidates: list[Candidate]) -> list[Candidate]:
    """A yes/no question whose best candidate is a truth value ("Is Acme public?": ``true``)
    is answered Yes or No by it, on its paths; any other is left as it is."""
    if not candidates or not candidates[0].paths:
        return candidates
    top = candidates[0]
    truth = truth_value(top.node)
    if truth is None:
        return candidates
    node, label = ("yes", "Yes") if truth else ("no", "No")
    return [Candidate(node, label, top.score + 1.0, top.paths), *candidates]


def _class_of_unnamed(path: Path, r: Any, said: list[str]) -> bool:
    """Whether a path ends with the ``rdf:type`` hop out of an unnamed node: the class of a
    node no question names (a blank node holding a value and its unit, a rating, an offer),
    but for one that sorts the node among its kind (``r.classifies``: an orbit's class)."""
    return (
        len(path.nodes) > 1
        and bool(path.pattern)
        and path.pattern[-1] == (RDF_TYPE, True)
        and r.anonymous(path.nodes[-2])
        and not r.classifies(path.nodes[-2], path.nodes[-1], said)
    )


def _relation_said(q: QuestionInfo, phrase: str) -> bool:
    """Whether the question says every content word of a relation's name (``phrase``)
    outside its mentions: what that relation gives is asked by name.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What is the long name of route 550?", [(7, 8)])
    >>> _relation_said(q, "long name"), _relation_said(q, "short name"), _relation_said(q, "")
    (True, False, False)
    """
    said = set(content_stems(phrase))
    return bool(said) and said <= {stem(w) for w in q.words}


def _said_in(q: QuestionInfo, text: str) -> bool:
    """Whether ``text`` is, word for word, one of ``q``'s entity mentions.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Is NCT01 recruiting?", [(1, 2)])
    >>> _said_in(q, "NCT01"), _said_in(q, "recruiting")
    (True, False)
    """
    said = tokens(text)
    return bool(said) and any(q.tokens[a:b] == said for a, b in q.spans)
