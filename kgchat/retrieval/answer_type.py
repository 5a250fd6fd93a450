"""What answer a question asks for: the type words its wh-word, its "how" adjective or the noun
after "which"/"what" name (:func:`answer_type_words`), read apart from the question's other words
(:func:`kgchat.retrieval.question.analyze` calls it).

Examples
--------
>>> from kgchat.text import tokens
>>> answer_type_words(tokens("Which country does Ada play in?"), {3})
['country']
>>> answer_type_words(tokens("Where was Ada born?"), {2})[:3]
['place', 'location', 'country']
>>> answer_type_words(tokens("How tall is Ada?"), {3})
['height', 'number']
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kgchat.retrieval.noun_phrases import (
    VOID_NOUNS,
    headed,
    named_number,
    participle,
    passive_subject,
    relative,
)
from kgchat.text import (
    ARTICLES,
    AUXILIARIES,
    COPULAS,
    DETERMINERS,
    NOUN_MARKERS,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    is_plural,
    stem,
)

__all__ = [
    "GENERIC_KINDS",
    "HOW_TYPES",
    "KIND_NOUNS",
    "LEAD_INS",
    "WH_TYPES",
    "WH_TYPE_WORDS",
    "answer_type_words",
    "attribute_asked",
    "how_types",
]

# What a bare wh-word asks for, in plain words (general English, not any data set's wording).
WH_TYPES = {
    "where": ["place", "location", "country", "city", "region", "located"],
    "when": ["date", "time", "year", "day"],
    "who": ["person", "people"],
    "whom": ["person", "people"],
    # "why" asks the cause or intention underlying something (WordNet's noun "why"): no kind
    # of thing, so none of WH_TYPE_WORDS, but the words a relation giving it is named by
    "why": ["reason", "cause", "purpose"],
}
# the generic kinds the wh-words ask for: a class filed under one of them in WordNet ("writer"
# under "person") says so (reading.GraphReading._own_kinds)
WH_TYPE_WORDS = tuple(dict.fromkeys(w for t, ws in WH_TYPES.items() if t != "why" for w in ws))
# the kinds a wh-word asks for, and no finer: a type named by one of them names none of its own
GENERIC_KINDS = frozenset((*WH_TYPE_WORDS, "thing", "entity"))
# "how" before an adjective asks its degree: a measure, given as a number (a "how tall"
# question is answered by a height's figure, not by a thing however well its relation is
# said); an adjective not listed here is read by WordNet (how_types)
HOW_TYPES = {
    "old": ["age", "old", "year"],
    "many": ["number", "count"],
    "much": ["amount", "price", "cost", "number"],
    "long": ["length", "duration"],
    "tall": ["height", "number"],
    "high": ["height", "number"],
    "big": ["size", "number"],
    "large": ["size", "number"],
    # "how often is X updated?" asks how frequently something recurs, not when it last did
    "often": ["frequency"],
    "frequently": ["frequency"],
}
KIND_NOUNS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})

LEAD_INS = {"name", "list", "give", "tell", "show", "find", "identify", "mention"}


def how_types(word: str) -> list[str]:
    """What "how <word>" asks for: :data:`HOW_TYPES`' words, else, for an adjective whose
    degree WordNet names (its *attribute*: "deep" -> depth, "heavy" -> weight), those nouns
    and ``number``, the form a degree is given in; empty for any other word ("how *is* X",
    "how *did* X die": a manner, no type).

    >>> how_types("tall"), how_types("is")
    (['height', 'number'], [])
    >>> how_types("deep") in ([], ['depth', 'deepness', 'number'])  # [] without WordNet
    True
    """
    found = HOW_TYPES.get(word)
    if found is not None:
        return list(found)
    if word in STOPWORDS:
        return []
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    nouns = lexicon.attributes(word) if lexicon is not None else ()
    return [*nouns, "number"] if nouns else []


def attribute_asked(answer_type: list[str]) -> list[str]:
    """The words of ``answer_type`` that say what is measured, without ``number``, the form
    the measure is given in, where it names more: "how *tall*" asks a height, and a relation
    named ``number`` (a car's, a shirt's) says only that its value is a figure, which any
    count or code of the entity is too. Where ``number`` is all the type says (a count asked
    by a noun of its own), it is kept.

    >>> attribute_asked(["height", "number"]), attribute_asked(["number"])
    (['height'], ['number'])
    """
    named = [w for w in answer_type if w != "number"]
    return named or list(answer_type)


def answer_type_words(
    toks: list[str],
    inside: set[int],
    verbs: Collection[str] = (),
    text: str = "",
    named: bool = False,
) -> list[str]:
    """The words naming what a question's answer should be; empty when it names none.

    Parameters
    ----------
    toks : list of str
        The question's tokens.
    inside : set of int
        The places of the tokens inside entity mentions.
    verbs : collection of str
        Stems of the graph's relation verbs: one after "which"/"what" is the question's verb.
    text : str
        The question itself (read for hyphenated compounds after "how").
    named : bool
        Keep a noun phrase that makes a number a name whole ("*grant number*": no type, but
        an identifier asked, :func:`~kgchat.retrieval.answer_form.asks_code`).
    """
    # an existential opener ("*Are there* any trials for X?", "*Is there* a hospital in Y?")
    # names what it asks for after "there", as "which trials" does: a lead-in at "there"
    there = 1 if len(toks) > 2 and toks[0] in COPULAS and toks[1] == "there" else -1
    for i, t in enumerate(toks):
        if i in inside:
            continue
        lead_in = t in LEAD_INS or i == there
        if (
            t == "how"
            and i + 1 < len(toks)
            # the first part of a hyphenated compound is not the adjective ("how
            # *full-bodied*": a wine's body, no fullness); ``text``, the question, says
            and not re.search(rf"\bhow\s+{re.escape(toks[i + 1])}-\w", text.lower())
            and (asked := how_types(toks[i + 1]))
        ):
            return asked
        if t == "whose":
            return []  # "whose route is X": the noun is the relation, the answer its owner
        if t in ("which", "what") or lead_in:
            # "which professional football team has ...", "name a soccer club that ..."
            out: list[str] = []
            copula = -1  # where "what is" put its verb
            for j in range(i + 1, len(toks)):
                w = toks[j]
                if j in inside:
                    # "what is the liver part of?" is "what is X part of?": a preposition
                    # left at the end makes the noun before it the relation, whose object
                    # the wh-word is ("the liver is part of what"), whatever article X has
                    stranded = toks[-1] in PREPOSITIONS and all(
                        toks[k] in ARTICLES for k in range(copula + 1, j)
                    )
                    if (copula == j - 1 or (copula >= 0 and stranded)) and not out:
                        # "what is X treated by?": about X, no type named; but "what are X's
                        # *products*" names the plural of what it asks for after the name
                        end = min(k for k in range(j, len(toks) + 1) if k not in inside)
                        if end == len(toks) - 1 and is_plural(toks[end]):
                            return [toks[end]]
                        if named and end < len(toks) and not STOPWORDS.intersection(toks[end:]):
                            return toks[end:]  # "what is X's *NPI number*": asked of X, whole
                        return []
                    continue
                if (
                    w in VOID_NOUNS
                    or (lead_in and w in ("me", "us"))
                    or w
                    in (
                        "a",
                        "an",
                        "the",
                        "some",
                        "all",
                        "any",
                        "other",  # "what *other* occupations": a determiner, no type
                        "kind",
                        "type",
                        "sort",
                        "of",
                    )
                ):
                    if out:
                        break
                    continue
                if not out and w in COPULAS and t in ("which", "what"):
                    copula = j
                    continue  # "what is the mechanism of ..." names its answer after the verb
                if w in STOPWORDS or w in PREPOSITIONS:
                    break
                if copula == j - 1 and not out and w.endswith("ed"):
                    return []  # "what is metabolized by X": a passive verb, not a type
                if (
                    copula == j - 1
                    and not out
                    and toks[j + 1 : j + 2] == ["of"]
                    and not is_plural(w)
                    and not participle(w)  # "which bag is *made of* down": a verb
                ):
                    # "what is *part of* X": a bare singular noun after the verb is a
                    # predicate ("is part of", "is member of"), its subject the wh-word;
                    # the thing asked for is named with its article ("the capital of X")
                    return []
                if (
                    verbs
                    and stem(w) in verbs
                    and toks[j - 1] not in NOUN_MARKERS
                    and (j + 1 >= len(toks) or toks[j + 1] not in AUXILIARIES)
                ):
                    # the relation's verb ("which drug treats"); "the cites of", "what target
                    # does X have" use the word as a noun
                    break
                if out and participle(w):
                    break  # "name people *born* in X": a clause after the type, not a part
                out.append(w)
                after = toks[j + 1] if j + 1 < len(toks) and j + 1 not in inside else ""
                if len(out) == 3 or (is_plural(w) and not is_plural(after)):
                    # a compound's modifiers are singular ("drug classes", "side effects"): a
                    # plural noun is its head and ends it ("which albums | feature songs ...");
                    # but one followed by a plural is a singular in -s that modifies it
                    # ("which *physics* laureates", "*sports* cars", "*news* agencies")
                    break
            if out and (t == "what" or len(out) > 1):
                # "what (drug) targets the receptor", "what treats X": a word right before an
                # entity or a determiner is the verb, not the answer's type
                j = toks.index(out[-1], i + 1) + 1
                if j in inside or (j < len(toks) and toks[j] in DETERMINERS):
                    out.pop()
                    if not out:
                        return []
            if out and copula >= 0 and passive_subject(toks, inside, copula):
                return []  # "what is the N of X *made of*?": the N is the passive's subject
            if out:
                return out if named else named_number(out)
            if lead_in:
                continue
            return []
        if t in WH_WORDS and relative(toks, i, inside):
            continue  # "the venue *where* X takes place": a clause of a noun, not the question
        if t in WH_TYPES:
            return _group_asked(toks, inside, i, verbs, text) or list(WH_TYPES[t])
        if t in WH_WORDS:
            return []
    return headed(toks, inside)


def _group_asked(
    toks: list[str], inside: set[int], at: int, verbs: Collection[str], text: str
) -> list[str]:
    """The noun phrase a "who is the ..." question asks by, where its head names a group and
    no person (WordNet files its commonest meaning under *social group*: "Who is the parent
    *company* of X?", "who is the *team* of Y?"): "who" asks who is meant, and the phrase
    says what that is, as "what is the parent company of X?" does; empty for any other
    question, a person's role ("Who is the *mayor* of X?"), a doer's noun (WordNet's agent
    or doer noun of a verb, "Who is the *publisher* of X?": a firm or a person, as a bare
    "who" asks, :func:`~kgchat.retrieval.kind_divide.collective_agents`) or no phrase ("Who
    is X?").

    >>> from kgchat.text import tokens
    >>> from kgchat.wordnet import wordnet
    >>> toks = tokens("Who is the parent company of Brennecke?")
    >>> _group_asked(toks, {6}, 0, (), "") in (["parent", "company"], [])  # (without WordNet)
    True
    >>> _group_asked(tokens("Who is the mayor of Graz?"), {5}, 0, (), "")
    []
    """
    if toks[at] not in ("who", "whom") or at + 1 >= len(toks) or at + 1 in inside:
        return []
    if toks[at + 1] not in COPULAS and toks[at + 1] not in DETERMINERS:
        return []  # ("who's the CEO": the tokens lose the contracted copula)
    rest = toks[at + 1 :]
    read = answer_type_words(["what", *rest], {k - at for k in inside if k > at}, verbs, text)
    if not read or read[-1] in WH_TYPE_WORDS:
        return []
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    head = read[-1]
    if lexicon is None or lexicon.person_kind(head) or lexicon.is_a(head, "social_group") < 0.5:
        return []
    return [] if lexicon.agent_verb(head) or lexicon.doer_verb(head) else read
