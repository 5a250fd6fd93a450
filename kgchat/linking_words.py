"""Spans the name table matches that a question says as words, not names: a common noun
written in lower case ("the band"), a word of English used as a verb ("know"), a relational
noun between "the" and "of" ("the capital of"). :class:`CommonWords` is a mixin of
:class:`~kgchat.linking.EntityLinker`, which drops such spans from a question that capitalises
its names.
"""

from __future__ import annotations

from typing import Any

from kgchat.function_words import BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS
from kgchat.graph.coded_iris import abbreviates
from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
from kgchat.lexicon import english_words
from kgchat.linking_values import asked_of, english_head
from kgchat.name_table import Span
from kgchat.text import STOPWORDS, singular, tokens, written_words

__all__ = ["CommonWords"]


def _mostly_not_a_noun(word: str) -> bool:
    """Whether WordNet uses ``word`` as a noun less often than not ("know", "run": verbs);
    False without WordNet (nothing is said of the word then)."""
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        return False
    forms = wn.base_forms(word)
    noun = max((wn.pos_share(lemma, pos) for lemma, pos in forms if pos == "n"), default=0.0)
    return bool(forms) and noun < 0.5


def _said_as_state(toks: list[str], i: int) -> bool:
    """Whether the word at ``i`` says what a thing is: the nearest auxiliary before it is a
    form of "be" ("Which trials are (still) *recruiting*?", "Is X still *recruiting*?"). After
    "do", "have" or a modal, or with no auxiliary before it, it is the question's own verb,
    the relation asked ("Which multipack *contains* Cola Zero?", "What may X *contain*?"), not
    a code said by it (GS1's allergen level CONTAINS).

    >>> _said_as_state(["which", "trials", "are", "still", "recruiting"], 4)
    True
    >>> _said_as_state(["which", "multipack", "contains", "cola", "zero"], 2)
    False
    """
    for t in reversed(toks[:i]):
        if t in BE_FORMS:
            return True
        if t in DO_FORMS or t in HAVE_FORMS or t in MODALS:
            return False
    return False


class CommonWords:
    """Which spans are words, not names (a mixin: the class using it sets ``kg`` and
    ``names``, and answers :meth:`is_class`)."""

    kg: Any
    names: Any
    is_class: Any

    def _relational_noun(self, question: str, toks: list[str], span: Span) -> bool:
        """Whether a span is one word between "the" and "of" (:func:`asked_of`), written in
        lower case in a question that capitalises its names, that names no class: a relation
        asked of what follows ("What is the *capital* of the country ...", not the category
        Capitals; "the *CEO* of NWE", written as a name, may name a post). So is a word of
        English that heads the noun phrase before "of"
        (:func:`~kgchat.linking_values.english_head`) and names its nodes only as a code,
        however written (:meth:`_coded_only`): "What is the event *ID* of the 2023 Al Haouz
        earthquake?" asks an identifier, not of Indonesia, whose ISO code is "ID"."""
        a, b, nodes = span[0], span[1], span[2]
        if b - a != 1 or toks[b : b + 1] != ["of"]:
            return False
        if any(self.is_class(n) for n in nodes if n in self.kg):
            return False
        if english_head(toks, a, b) and self._coded_only(toks[a], nodes):
            return True
        if not asked_of(toks, a, b):
            return False
        return any(w.islower() and (x, y) == (a, b) for w, x, y in written_words(question, toks))

    def _coded_only(self, word: str, nodes: list[str]) -> bool:
        """Whether ``word`` names each of ``nodes`` only as a code: not its label, nor a word of
        it, nor its initials ("CEO" of "Chief Executive Officer" is the post's own short name;
        "ID" of "Indonesia" a code a list gave it)."""
        if not nodes:
            return False
        for n in nodes:
            label = self.kg.label(n) if n in self.kg else ""
            if not label or word in tokens(label) or abbreviates(word, label):
                return False
        return True

    def _common_noun(self, question: str, toks: list[str], span: Span) -> Span | None:
        """The span as a common noun reads it where it names an entity only as a common noun
        would: written in lower case in a question that capitalises its names, and made of
        class words alone (by each word or its singular). "the band" of "Who are the members
        of *the band* that made Physical Graffiti?" is the class Band, not the group called
        "The Band"; "the French *word*" of a lexicon is the class Word, not the entry "word",
        and "which *words*" not that entry's plural form "words". The span is dropped (None)
        where it names no class or category itself, else kept with those only; any other
        span is kept whole."""
        a, b, nodes = span[0], span[1], span[2]
        content = [t for t in toks[a:b] if t not in STOPWORDS]
        classes = [n for n in nodes if n in self.kg and self.is_class(n)]
        if not content or len(classes) == len(nodes):
            return span
        exact = getattr(self.names, "exact", None)  # an endpoint's lookup keeps no table
        if exact is None or not all(
            any(self.is_class(n) for n in (*exact.get(w, ()), *exact.get(singular(w), ())))
            for w in content
        ):
            return span
        written = " ".join(toks[a:b])
        if written not in question or not written.islower():
            return span
        # a category that many things have (ESCO's skill type "skill/competence" of
        # "essential *skills*") is what a common noun names too, as its class is
        kept = [n for n in nodes if n in classes or self._category(n)]
        return (a, b, kept, *span[3:]) if kept else None

    def _category(self, node: str) -> bool:
        """Whether ``node`` is a value several things point at (three or more), a category
        rather than an entry spelt as the noun (a lexicon's entry "word", its form "words")."""
        if node not in self.kg:
            return False
        edges = self.kg.neighbors(node, direction="in", limit=16)
        return len({e.neighbor for e in edges if e.predicate != RDF_TYPE}) >= 3

    def _common_word(
        self, words: list[tuple[str, int, int]], toks: list[str], span: Span, named: set[str]
    ) -> bool:
        """Whether a span is a word of English the question writes in lower case, in a
        question that writes its names as names (``named`` holds some), where the graph
        writes every name it matches otherwise ("know" of "What do you know about Axel
        Polleres?" is the verb, not an organisation called "Know"); only a word WordNet
        reads mostly as another part of speech than a noun ("nirvana" in "Which albums did
        nirvana record with Butch Vig?" is the band written in lower case); a class, with
        instances or in a hierarchy of classes, is a common noun and stays one, and a code
        (:meth:`_code`) a value said as the word it is."""
        a, b, nodes = span[0], span[1], span[2]
        word = toks[a]
        lowered = getattr(self.names, "lower_names", None)  # an endpoint's table keeps none
        if b - a != 1 or lowered is None or word in lowered or word in named:
            return False
        if word not in english_words() or not _mostly_not_a_noun(word):
            return False  # "nirvana", "queen": a noun may be a name written in lower case
        # a code is said as the word it is: by its name, not by a misspelling of it ("painted"
        # is no typo of a heritage graph's occupation "painter"); and as what a thing is
        # (:func:`_said_as_state`), not as the question's own verb
        code = span[4] == "dictionary" and _said_as_state(toks, a)
        if any(self._kind(n) or (code and self._code(n)) for n in nodes if n in self.kg):
            return False
        return any(w.islower() and (x, y) == (a, b) for w, x, y in words)

    def _code(self, node: str) -> bool:
        """Whether ``node`` is a code of a code list, which a question says as the word it is
        ("Which Halvard trials are *recruiting*?": the status ``schema:Recruiting``): a value
        several things point at (:meth:`_category`) that says nothing of its own (no fact
        leads from it but its class). An organisation called "Know" has facts of its own;
        the status of fifty trials has none."""
        out = self.kg.neighbors(node, direction="out", limit=16)
        return all(e.predicate == RDF_TYPE for e in out) and self._category(node)

    def _kind(self, node: str) -> bool:
        """Whether a node is a class: it has instances, a superclass or a subclass."""
        return self.is_class(node) or any(
            e.predicate == RDFS_SUBCLASS for e in self.kg.neighbors(node, limit=1000)
        )
