"""How a question's noun phrases name the type of answer it asks, beside its wh-word: a
phrase it opens with ("*Films* directed by X?"), a noun before "number" that makes the number
a name ("phone number") and the nouns that name an identifier, a wh-word that opens a clause
of a noun ("the venue *where* ..."), and which words are participles rather than nouns. Read by
:func:`kgchat.retrieval.answer_type.answer_type_words`.
"""

from __future__ import annotations

from kgchat.function_words import PLACE_PREPOSITIONS
from kgchat.text import DETERMINERS, PREPOSITIONS, STOPWORDS, is_plural, singular

__all__ = [
    "VOID_NOUNS",
    "headed",
    "named_number",
    "names_code",
    "noun",
    "participle",
    "passive_subject",
    "relative",
]

# Nouns that name no relation and no type: "which entities ...", "the things that ..."
# (nor do the words for what is known of something: "give me information about X")
VOID_NOUNS = {
    *("entity", "entities", "thing", "things", "something", "item", "items", "object", "objects"),
    *("information", "info", "details", "facts"),
}


def relative(toks: list[str], i: int, inside: set[int]) -> bool:
    """Whether the wh-word at ``i`` opens a relative clause: it follows a noun phrase of the
    question's own, a determiner and a noun ("phone number of *the venue where* X takes
    place", "*a band who* played X"), not the start, a preposition ("in *which*"), a
    conjunction or an opening word ("hey where is X").

    >>> q = "phone number of the venue where the show takes place".split()
    >>> relative(q, 5, set()), relative("hey where is the venue".split(), 1, set())
    (True, False)
    """
    if i < 2 or i - 1 in inside:
        return False
    before = toks[i - 1]
    noun = before not in STOPWORDS and before not in PREPOSITIONS and before.isalpha()
    return noun and any(w in DETERMINERS for w in toks[max(0, i - 3) : i - 1])


def participle(word: str) -> bool:
    """Whether WordNet reads ``word`` as an inflected verb and not as a plural noun ("born":
    *bear*, "directed": *direct*; not "films", a plural, nor "people"); False without
    WordNet."""
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        return False
    forms = wn.base_forms(word)
    inflected = any(pos == "v" and lemma != word for lemma, pos in forms)
    plural = any(pos == "n" and lemma != word for lemma, pos in forms)
    return inflected and not plural


def passive_subject(toks: list[str], inside: set[int], copula: int) -> bool:
    """Whether the words after the copula ``toks[copula]`` are the subject of a passive the
    copula opens, whose stranded preposition the wh-word is the object of: "what is [the
    member drug of X] *contraindicated in*?" asks what that drug is contraindicated in, not
    for a drug. English puts the participle right after the subject, here a noun phrase that
    ends in an entity named after a preposition ("of X"); an entity after a bare noun is a
    clause's subject instead ("what is the club [X] played for?": a club is asked).

    >>> passive_subject("what is the side effect of x caused by".split(), {6}, 1)
    True
    >>> passive_subject("what is the club x played for".split(), {4}, 1)
    False
    >>> passive_subject("what is the capital of x".split(), {5}, 1)
    False
    """
    k = len(toks) - 1
    while k > copula and toks[k] in PREPOSITIONS:
        k -= 1
    if k == len(toks) - 1 or k - 1 not in inside or k in inside or not participle(toks[k]):
        return False
    start = k - 1
    while start - 1 in inside:
        start -= 1
    return start - 1 > copula and toks[start - 1] in PREPOSITIONS


def headed(toks: list[str], inside: set[int]) -> list[str]:
    """The type a question without a wh-word or a lead-in names by opening with a noun phrase
    ("*Films* directed by Maren Holt?", "*Italian films* by X"): its words up to its plural
    head, as "which films" names it, or up to its noun before "of" ("*capital* of Czechia?",
    as "what is the capital of Czechia?" names it), or up to its noun before a preposition of
    place and a name, as people search a map ("*pharmacy* near Alexanderplatz", "*ice cream*
    in Prenzlauer Berg": the things of that kind there, a singular or a mass noun as well as a
    plural); none where it opens otherwise ("Nirvana albums?": a name first; "*born* in
    Paris": a verb).

    >>> headed("ice cream in prenzlauer berg".split(), {3, 4})
    ['ice', 'cream']
    >>> headed("ice cream in 1990".split(), set()), headed("born in paris".split(), {2})
    ([], [])
    """
    out: list[str] = []
    # determiners before it open the phrase, they name nothing ("*all* expansions for Catan",
    # "*the* films directed by X", "*all the* films ...")
    first = 0
    while first < min(2, len(toks)) and toks[first] in DETERMINERS and first not in inside:
        first += 1
    for j, w in enumerate(toks[: first + 3]):
        if j < first:
            continue
        if j in inside or w in STOPWORDS or w in PREPOSITIONS or w in VOID_NOUNS:
            return []
        out.append(w)
        if is_plural(w) or toks[j + 1 : j + 2] == ["of"]:
            # or its noun before "of": "*capital* of Czechia?", as "what is the ..."
            return named_number(out)
        if (
            toks[j + 1 : j + 2] == ["for"]
            and _named_after(toks, j + 2, inside)
            and noun(w, alone=len(out) == 1)
        ):
            # or before "for" and a name: "*FMA id* for kidney?", as "what is the FMA id for
            # kidney?" names it (not a verb's object: "*vote* for X", "*looking* for X")
            return named_number(out)
        if toks[j + 1 : j + 2] and toks[j + 1] in PLACE_PREPOSITIONS and j + 2 in inside:
            return [] if participle(w) else out
    return []


def _named_after(toks: list[str], k: int, inside: set[int]) -> bool:
    """Whether a name (a mention) starts at ``toks[k]``, after any determiners."""
    while k < len(toks) and toks[k] in DETERMINERS and k not in inside:
        k += 1
    return k in inside


def noun(word: str, alone: bool = False) -> bool:
    """Whether ``word`` is read as a noun: WordNet uses it as one at least as often as any
    other part of speech, or does not know it (a code's name, "FMA", "ISBN"); True without
    WordNet. ``alone``: the word is the whole phrase, with no modifier to make it a noun
    phrase, and English uses a verb's bare form as a noun ("*contact* for X", "*search* for
    X": an imperative as well): a noun only where it is no verb at all ("id", "postcode").

    >>> noun("id"), noun("vote"), noun("looking"), noun("fma")
    (True, False, False, True)
    >>> noun("score"), noun("score", alone=True), noun("id", alone=True)
    (True, False, True)
    """
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        return True
    forms = wn.base_forms(word)
    if not forms:
        return True
    if alone:
        return all(pos == "n" for _, pos in forms)
    return any(pos == "n" and wn.pos_share(lemma, "n") >= 0.5 for lemma, pos in forms) and not (
        participle(word)
    )


def named_number(words: list[str]) -> list[str]:
    """A type's words, or none where a noun before a last "number" makes it a name, not a
    count: a *phone* number, a house, serial, part or ISBN number is an identifier however many
    digits it has, and no number is one for being numeric (a venue's capacity, 3500, had
    answered "What's the phone number of X?"); nor is the noun before it the type (a *part*
    number is no part: "part number of the brake caliper body" had answered another part, the
    graph's class Part taken as the type). "the number of" and "what number" still count.

    >>> named_number(["phone", "number"]), named_number(["number"])
    ([], ['number'])
    """
    return [] if len(words) > 1 and singular(words[-1]) == "number" else words


# the nouns that name an identifier: a value that names what holds it, not one that measures
# or describes it ("the *ID* of X", "its postal *code*", "the *identifier* of"), as a noun
# before "number" makes the number one (:func:`named_number`)
_CODE_NOUNS = frozenset({"id", "identifier", "code"})


def names_code(words: list[str]) -> bool:
    """Whether a type's words name an identifier: a last "id", "identifier" or "code", or a
    noun before a last "number" (a *grant* number, a *phone* number: :func:`named_number`'s
    names), whatever else they say; "the number of" and "what number" count.

    >>> names_code(["grant", "number"]), names_code(["run", "id"]), names_code(["code"])
    (True, True, True)
    >>> names_code(["number"]), names_code(["title"]), names_code([])
    (False, False, False)
    """
    if not words:
        return False
    last = singular(words[-1])
    return last in _CODE_NOUNS or (len(words) > 1 and last == "number")
