"""The person/thing divide, and the types a graph has no word for, in the untrained scorer's
word matches: the encoder's nearness of two words is no match where one names a kind of person
and the other does not ("which *movies*" and ``actors``), nor for a type none of the graph's
words says (:attr:`~kgchat.retrieval.question.QuestionInfo.unsaid`), nor between two kinship
terms that name different relations (:func:`other_kin`: "mother" and ``spouse``); and a bare
"who" meets a social group halfway (:func:`collective_agents`: "Who makes X?" a company),
unless the question names the person it asks by a role (:func:`role_asked`: "who is the
*mayor* of X"). Called by
:class:`~kgchat.retrieval.scoring.HeuristicPathScorer` on each batch of new words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.retrieval.answer_type import WH_TYPE_WORDS, WH_TYPES
from kgchat.retrieval.noun_phrases import noun
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.similarity import derived
from kgchat.text import COPULAS, DETERMINERS, POSSESSIVES, PREPOSITIONS, STOPWORDS, stem

__all__ = ["collective_agents", "other_kin", "role_asked", "unlike_kinds"]

# WordNet's noun for a person related by blood or marriage: the kinship terms are kinds of it
_KIN = "relative"
# WordNet's noun for persons acting as one ("people sharing some social relation")
_GROUP = "social_group"
_AS_PERSON = 0.5


def unlike_kinds(
    lexicon: Any, question: QuestionInfo, new: Sequence[str], sims: np.ndarray, tsims: np.ndarray
) -> None:
    """Zero, in place, the encoder's matches between a type the question names ("which
    *movies*") and a word of the other side of the person/thing divide (WordNet:
    ``actors``, ``director``): a film is no kind of person, however near the encoder
    puts the two words. On a graph without classes "Which movies did X direct?" had
    walked on to X's co-directors, "actors" matching "movies" at 0.42. Equal stems,
    derived forms ("plays", "player") and words WordNet relates keep their match, and
    so do words WordNet has no noun for. A type the graph has no word for
    (``question.unsaid``) keeps only those, whatever side either word is on."""
    named = [w for w in question.named_type if w not in WH_TYPE_WORDS]
    if lexicon is None or not named:
        return
    # per named type: which side of the divide it is on (None: WordNet has no noun for it),
    # or "unsaid" for a type the graph has no word for (QuestionInfo.unsaid), which no
    # other word says
    unsaid = {stem(w) for w in question.unsaid}
    asked = {
        s: (w, lexicon.person_kind(w) if s not in unsaid else "unsaid")
        for w in named
        if (s := stem(w))
    }
    asked = {s: a for s, a in asked.items() if a[1] is not None}
    if not asked:
        return
    cols = [(j, asked[s]) for j, w in enumerate(question.words) if (s := stem(w)) in asked]
    tcols = [(j, asked[s]) for j, w in enumerate(question.answer_type) if (s := stem(w)) in asked]
    for i, w in enumerate(new):
        # the kinds a wh-word asks ("person", "people") are the wh-readings' business
        kind = None if w in WH_TYPE_WORDS else lexicon.person_kind(w)
        for matrix, at in ((sims, cols), (tsims, tcols)):
            for j, (word, other) in at:
                if not 0.0 < matrix[i, j] < 1.0 or (kind is None and other != "unsaid"):
                    continue
                if other != kind and not _akin(lexicon, w, word):
                    matrix[i, j] = 0.0


def collective_agents(
    lexicon: Any, question: QuestionInfo, new: Sequence[str], tsims: np.ndarray
) -> None:
    """Raise, in place, the answer-type match of a word WordNet files under *social group*
    (its commonest noun meaning: a company, a publisher, a band, a university) where only a
    bare "who" asks the type: "who" asks who did something, and persons acting as one, which
    is what WordNet says a social group is, do things as a person does ("Who makes the
    Gripper?" a company, "who's headlining?" a band). The encoder puts ``organization`` at
    0.1 from "person", so a walk on from the maker to its founder, a person, had outscored the
    maker by the type alone. Halfway (:data:`_AS_PERSON`): a person is still what "who"
    asks first, and a walk on to one pays its hop. A type the question names ("which
    *company*") is left to its words, and so is a role it names a person by ("who is the
    *mayor* of X": :func:`role_asked`): Volkswagen, a city's company, is no mayor. Nor is
    it raised on a graph that states no class (``question.classless``: a triple file of bare
    relations), where a node's only type words are the relations pointing at it: the doers
    "who" asks for are those relations' subjects, with no type word of their own, and a
    group met halfway there is met above them (WC2014's clubs, each a ``plays in club``, had
    answered "who plays at position Midfielder for country England?" over its players)."""
    if lexicon is None or question.classless:
        return
    if list(question.answer_type) not in (WH_TYPES["who"], WH_TYPES["whom"]):
        return
    if not tsims.shape[1] or role_asked(lexicon, question) is not None:
        return
    for i, w in enumerate(new):
        if w in WH_TYPE_WORDS:
            continue
        group = lexicon.is_a(w, _GROUP)
        if group >= 0.5 and _common_noun(lexicon, w):
            tsims[i] = np.maximum(tsims[i], _AS_PERSON * group)


def role_asked(lexicon: Any, question: QuestionInfo) -> str | None:
    """The role noun a "who is the ..." question asks a person by: the head of the noun
    phrase right after "who" and its copula ("Who is the *mayor* of X?", "who's the *CEO*",
    "Who was X's *wife*?", "Who is the EU project *officer* for X?"), where WordNet files the
    noun's commonest meaning under *person* and none of its meanings under *social group*
    (a maker may be a firm, a mayor may not); None for any other question ("Who makes X?",
    "Who is the parent *company* of X?": the head is no person).

    >>> from kgchat.retrieval.question import analyze
    >>> from kgchat.wordnet import wordnet
    >>> lexicon = wordnet()
    >>> mayor = analyze("who is the mayor of graz", [(5, 6)])
    >>> parent = analyze("who is the parent company of graz", [(6, 7)])
    >>> [role_asked(lexicon, q) for q in (mayor, parent)] in (["mayor", None], [None, None])
    True
    """
    toks, inside = question.tokens, question.in_mentions
    k = next((i + 1 for i, t in enumerate(toks) if t in ("who", "whom") and i not in inside), 0)
    if not k or lexicon is None:
        return None
    if k < len(toks) and toks[k] in COPULAS and k not in inside:
        k += 1  # ("who's the CEO": the tokens lose the contracted copula)
    while k < len(toks) and k not in inside and toks[k] in DETERMINERS | POSSESSIVES:
        k += 1
    while k in inside:  # a name before its noun: "Who is *Wolfsburg*'s mayor?"
        k += 1
    head = None
    while k < len(toks) and k not in inside:
        t = toks[k]
        if t in PREPOSITIONS or t in STOPWORDS:
            break
        head, k = t, k + 1
    if head is None or not lexicon.person_kind(head) or not noun(head):
        return None
    return None if lexicon.may_be_a(head, _GROUP) else head


def _common_noun(lexicon: Any, word: str) -> bool:
    """Whether WordNet writes ``word``'s commonest noun meaning with the word in lower case:
    a common noun, not an abbreviation or a name that only a capital makes one ("doi" is
    WordNet's "DoI", the Department of the Interior; a DOI is no department)."""
    first = lexicon.first_noun(word)
    if first is None:
        return False
    lemmas = {lemma for lemma, pos in lexicon.base_forms(word) if pos == "n"}
    return any(w in lemmas for w in lexicon.synset(*first[0]).words)


def _akin(lexicon: Any, a: str, b: str) -> bool:
    """Whether two words are forms of one another or WordNet relates them."""
    sa, sb = stem(a), stem(b)
    if min(len(sa), len(sb)) >= 4 and derived(sa, sb):
        return True
    return lexicon.related(a, b) > 0


def other_kin(lexicon: Any, question: QuestionInfo, new: Sequence[str], sims: np.ndarray) -> None:
    """Zero, in place, the encoder's matches between two kinship terms that name different
    relations: both kinds of relative to WordNet, neither a kind of the other in any
    meaning, sharing no meaning and no form ("wife" and ``mother``, "grandfather" and
    ``parent``, "mother" and ``spouse``). The encoder puts such words close because they
    are said of one family, yet kinship terms are exact (each names one relation, one never
    another unless it is a kind of it): a path over the other is a near relation, the answer
    to another question, and "Who is the mother of X?" on a graph with spouses only has no
    answer. Kinds of one another keep their match ("mum" and ``parent``, "hubby" and
    ``spouse``), as do synonyms and forms (:func:`_akin`). Roles outside the family keep
    theirs: people say "mentor" or "supervisor" for an ``advisor``."""
    if lexicon is None or not question.words:
        return
    asked = [(j, w) for j, w in enumerate(question.words) if lexicon.may_be_a(w, _KIN)]
    if not asked:
        return
    for i, w in enumerate(new):
        row = sims[i]
        if not any(0.0 < row[j] < 1.0 for j, _ in asked) or not lexicon.may_be_a(w, _KIN):
            continue
        for j, word in asked:
            if 0.0 < row[j] < 1.0 and not _kin(lexicon, w, word):
                row[j] = 0.0


def _kin(lexicon: Any, a: str, b: str) -> bool:
    """Whether two words are forms or synonyms of one another (:func:`_akin`) or one may be
    a kind of the other (WordNet, any meaning)."""
    return _akin(lexicon, a, b) or lexicon.may_be_a(a, b) or lexicon.may_be_a(b, a)
