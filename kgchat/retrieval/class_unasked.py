"""Whether a class reached as a mention's own class can answer a question that names the
type it asks: "Which cases did Marjatta Keskinen sit on?" asks for cases, and the class
``Person`` the judge is an instance of says what she is, which the question does not ask.
A class answers such a question only where the type named is itself a kind of kinds (a
"class", a "type", a "genre", a "species": what WordNet files under concepts or groups, or
one of :data:`~kgchat.retrieval.answer_type.KIND_NOUNS`) or where the class's own name says
the type named ("Which disease is X?" answered by the class "Infectious disease").
"""

from __future__ import annotations

from kgchat.retrieval.answer_type import KIND_NOUNS
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import stem, tokens
from kgchat.wordnet import wordnet

__all__ = ["class_unasked", "names_a_kind"]

# what WordNet files a word meaning a sort of things under: a "type", a "kind", a "genre"
# (concepts), a "class", a "category", a "species", a "taxon" (groups)
_KIND_OF_KINDS = ("concept", "group")


def names_a_kind(q: QuestionInfo) -> bool:
    """Whether a type the question names is a word for a sort of things: a kind noun, or a
    word WordNet files under a concept or a group (its commonest noun meaning); True without
    WordNet, where no word can be told apart (the class then stays a possible answer).

    >>> from kgchat.retrieval.question import analyze
    >>> names_a_kind(analyze("Which class does aspirin belong to?", [(4, 5)]))
    True
    >>> wordnet() is None or names_a_kind(analyze("Which cases did Ann Lee sit on?", [(4, 6)]))
    False
    """
    lexicon = wordnet()
    if lexicon is None:
        return True
    return any(
        w in KIND_NOUNS or any(lexicon.is_a(w, k) >= 0.5 for k in _KIND_OF_KINDS)
        for w in q.named_type
    )


def class_unasked(q: QuestionInfo, class_name: str, text: bool = False) -> bool:
    """Whether a class named ``class_name``, reached as a mentioned thing's own class (its
    ``rdf:type``), is no answer to ``q``: the question names the type it asks, which is no
    word for a sort of things (:func:`names_a_kind`) and which no word of the class's name
    says (by stem), and the question says no kind noun ("kind", "type") anywhere. A class
    made from a text value (``text``: :func:`kgchat.graph.codes.named_kinds`, BioPAX's
    ``controlType "INHIBITION"``) answers only a question that asks a kind: a kind noun said,
    or a type named that is a word for a sort of things; it is the graph's word for what
    its subject is, read as a class so that a type asked meets it ("Which *committees*
    ..."), and says nothing a question of another form asks ("What inhibits X?" is not
    answered by the kind of X's controls).

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What inhibits the urea cycle?", [(3, 5)])
    >>> class_unasked(q, "INHIBITION", text=True), class_unasked(q, "Inhibition")
    (True, False)
    >>> q = analyze("What type of control is Control8?", [(5, 6)])
    >>> class_unasked(q, "INHIBITION", text=True)
    False
    """
    named = {stem(w) for w in q.named_type}
    if text and KIND_NOUNS.isdisjoint(q.tokens) and not (named and names_a_kind(q)):
        return True
    if not named or names_a_kind(q) or not KIND_NOUNS.isdisjoint(q.tokens):
        # "What kind of star is X?", "the spectral type of X": a kind asked in so many
        # words, whatever noun it is a kind of
        return False
    return not named & {stem(w) for w in tokens(class_name)}
