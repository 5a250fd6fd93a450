"""A question's misspelt or clipped relation words mended to the graph's own (what the
retriever reads before it walks).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> from kgchat.retrieval.question import analyze
>>> kg = KnowledgeGraph.from_triples([("Kenya", "population", '"47000000"')])
>>> r = Retriever(kg)
>>> q = analyze("What is the populaton of Kenya?", [(5, 6)])
>>> spelled_right(q, r.linker, r._relation_words()).words
['population']
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from rapidfuzz.distance import OSA

from kgchat.lexicon import english_words
from kgchat.retrieval.question import QuestionInfo
from kgchat.spelling import NearIndex
from kgchat.text import stem

__all__ = ["clipped_from", "english_spelling", "joined_words", "spelled_right"]

# the fewest letters a clipped word keeps ("dep" of "depends"), and the fewest it drops: a
# word one letter short of another is a misspelling's business, not a clipping's
_CLIP_KEEPS = 3
_CLIP_DROPS = 2
_CAPITALS = re.compile(r"\b[A-Z]{2,}s?\b")  # an initialism, its plural too ("SLAs")
_WORD = re.compile(r"[^\W\d_]+")


def spelled_right(q: QuestionInfo, linker: Any, relation_words: frozenset[str]) -> QuestionInfo:
    """The question with its misspelt relation words mended (one that is two relation words
    written as one is read as those two, :func:`joined_words`): a word of six letters or
    more that is no word of the graph (nor a form of a relation's word) and is within the
    linker's allowed edits of a word of the graph's relation phrases (``relation_words``:
    :meth:`~kgchat.retrieval.reading.GraphReading._relation_words`), nearer it than any
    other, becomes that word ("What is the *populaton* of Kenya?"); a word English does not
    know either, from four letters, within the edits a misspelt name's word may hold
    (:meth:`~kgchat.linking_config.LinkerConfig.word_edits`: "prodcued", "mmebers"); and
    one English does not know that is a clipping of relation words of one stem
    (:func:`clipped_from`: "the *deps* of X"; not one written in capitals, an initialism:
    "the *SLA* of X") becomes the word it was clipped from; a word mended is mended in the
    type the question asks as well where it means what its mending does (:func:`_one_word`:
    "Which *licence* ...", of a graph's ``license``). A word English does not know
    that none of these mends, and that no word of the graph's names is as near, becomes
    the word of English it misspells (:func:`english_spelling`: "who *colected* X", of a
    graph's ``recorded by``, asks who collected it, which the relation's reading then meets
    by meaning), unless the question writes it with a capital past its first letter, as a
    name ("described in *DisGeNET*"). Names are the linker's business."""
    table = getattr(linker, "names", None)
    unknown = getattr(table, "unknown", None)
    if unknown is None or not q.words:
        return q
    fixes: dict[str, str] = {}
    config = linker.config
    common = english_words()
    # a word written in capitals is an initialism ("the *SLA* of X"), not a clipped word
    capitals = {t.lower() for t in _CAPITALS.findall(q.text)}
    # a word written with a capital inside the question is a name ("in *DisGeNET*")
    said = _WORD.findall(q.text)
    named = {
        t.lower() for i, t in enumerate(said) if not t.islower() and (i or t[1:] != t[1:].lower())
    }
    for w, is_unknown in zip(q.words, unknown(q.words), strict=True):
        if not (is_unknown and w.isalpha()):
            continue
        # a word English does not know either may hold the edits a misspelt name's word
        # may ("prodcued", "mmebers"); one English knows, only those of a long word
        k = config.max_edits(len(w)) if len(w) >= 6 else 0
        if w not in common:
            k = max(k, config.word_edits(len(w)))
        if k:
            near = [x for x in relation_words if abs(len(x) - len(w)) <= k]
            hits = sorted((d, x) for x in near if (d := OSA.distance(w, x, score_cutoff=k)) <= k)
            # the one nearest, unless a word of a name is nearer ("countres": countries)
            graph = getattr(table, "closest_word", None)
            other = graph(w, hits[0][0] - 1) if hits and graph and hits[0][0] > 1 else None
            if hits and (len(hits) == 1 or hits[1][0] > hits[0][0]) and other is None:
                if w in common and not _kin(w, hits[0][1]):
                    continue  # a word of English unlike it means itself: "married"
                fixes[w] = hits[0][1]
                continue
        if w not in common and w not in capitals:
            whole = clipped_from(w, relation_words)
            if whole is not None:
                fixes[w] = whole
            elif k and w not in named and (english := english_spelling(w, k)) is not None:
                # a word of the graph's names as near may be a misspelt name's: left
                index = getattr(table, "word_index", None)
                if index is None or not index().find(w, OSA.distance(w, english)):
                    fixes[w] = english
    # a word to be mended that is two relation words written as one is those two words; a
    # word left as it is stays one, however it splits ("birthplace", "datasets": words of
    # their own, and a type the question asks whole)
    splits = {w: parts for w in fixes if (parts := joined_words(w, relation_words))}
    if not fixes:
        return q
    # the type it asks is mended too where the word means what its mending does ("Which
    # *licence* ...", of the graph's ``license``, asks a license), not a word of its own
    # that only derives it ("wat *catalyzes* ...", read as a type, asks no "catalysis"); a
    # joined word is its two words in both (the text's tokens, which mentions index, stay)
    return replace(
        q,
        words=[x for w in q.words for x in splits.get(w, [fixes.get(w, w)])],
        tokens=[t if t in splits else fixes.get(t, t) for t in q.tokens],
        answer_type=[
            x
            for w in q.answer_type
            for x in splits.get(w, [fixes[w] if w in fixes and _one_word(w, fixes[w]) else w])
        ],
    )


def joined_words(word: str, relation_words: frozenset[str]) -> list[str]:
    """The two relation words of the graph that ``word`` writes as one, or ``[]``: the graph's
    own compound, which its relation phrase splits ("*keywords*" of a ``keywords`` read "key
    words"), read as those words (the question's one word had met neither, and was mended
    into a misspelt "keyboards"). The first part is a relation word, the second one or a
    form of one ("keyword" of "key words"); each of three letters or more.

    >>> joined_words("keywords", frozenset({"key", "words"}))
    ['key', 'words']
    >>> joined_words("keyword", frozenset({"key", "words"}))
    ['key', 'word']
    >>> joined_words("populaton", frozenset({"population"}))
    []
    """
    stems = {stem(x) for x in relation_words}
    for i in range(_JOINED_PART, len(word) - _JOINED_PART + 1):
        head, rest = word[:i], word[i:]
        if head in relation_words and (rest in relation_words or stem(rest) in stems):
            return [head, rest]
    return []


# a part of a joined word has at least this many letters ("key" + "words")
_JOINED_PART = 3


def english_spelling(word: str, k: int) -> str | None:
    """The word of English that ``word`` (one the encoder's vocabulary does not hold, nor
    WordNet in any form: "arbiter" is a word, no misspelt "writer") misspells, or None:
    the nearest within ``k`` edits of the bundled encoder's words
    (:func:`~kgchat.lexicon.english_words`) that WordNet knows in some form, where all
    the nearest are forms of one stem ("judgse": judges and judge, the one as long as it
    is read); words of different stems as near ("bilt": built, bill, tilt) say neither;
    nor does a compound, two words WordNet knows of four letters or more written as one
    ("callsign": call and sign, no misspelt "calling"). Without the encoder's vocabulary
    or WordNet, None.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or [english_spelling(w, 1) for w in ("judgse", "bilt", "callsign")]
    ['judges', None, None]
    """
    from kgchat.wordnet import wordnet

    index, lexicon = _english_index(), wordnet()
    if index is None or lexicon is None or lexicon.base_forms(word):
        return None
    if any(
        lexicon.base_forms(word[:i]) and lexicon.base_forms(word[i:])
        for i in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1)
    ):
        return None  # two words written as one: a compound, not a misspelling
    found = [(x, d) for x, d in index.find(word, k) if lexicon.base_forms(x)]
    nearest = [x for x, d in found if d == found[0][1]] if found else []
    if not nearest or len({stem(x) for x in nearest}) > 1:
        return None
    return min(nearest, key=lambda x: (abs(len(x) - len(word)), x))


# a compound's parts are words of four letters or more: shorter ones ("bee" + "tel") are
# found inside misspellings by chance ("beetel")
_COMPOUND_PART = 4


@functools.cache
def _english_index() -> NearIndex | None:
    """The words of English searched for a misspelt one's spelling, indexed once."""
    words = english_words()
    return NearIndex(words) if words else None


def clipped_from(word: str, relation_words: frozenset[str]) -> str | None:
    """The relation word that ``word`` is a clipping of, or None: English shortens a word to
    its first letters ("*deps*" for dependencies, "*repo*" for repository, "*specs*" for
    specifications), which no edit distance reads, as the clipping drops half the word. A
    word English does not know (the caller's test) whose stem (its plural's ``s`` gone)
    starts relation words of one stem only, dropping at least two letters, is read as the
    shortest of them; where the start is shared by words of different stems ("*doc*":
    documentation, docket) it says neither.

    >>> clipped_from("deps", frozenset({"depends", "on", "license"}))
    'depends'
    >>> clipped_from("doc", frozenset({"documentation", "docket"})) is None
    True
    >>> clipped_from("de", frozenset({"depends"})) is None  # too short to say anything
    True
    """
    start = stem(word)
    if len(start) < _CLIP_KEEPS or not start.isalpha():
        return None
    found = sorted(
        (len(x), x)
        for x in relation_words
        if x.startswith(start) and len(x) - len(start) >= _CLIP_DROPS
    )
    if not found or len({stem(x) for _, x in found}) > 1:
        return None
    return found[0][1]


def _one_word(word: str, mended: str) -> bool:
    """Whether ``word`` says what ``mended`` does: no word WordNet knows (a misspelling,
    "populaton"), or one with a meaning of its own that is one of the mended word's own
    ("licence" / "license"; not "catalyzes" / "catalysis", a verb and the noun it derives).
    Without WordNet, yes.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or (_one_word("licence", "license"), _one_word("catalyzes", "catalysis"))
    (True, False)
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None or not lexicon.base_forms(word):
        return True
    own = {k for k, (_, mine) in lexicon.meanings(word).items() if mine}
    return any(mine for k, (_, mine) in lexicon.meanings(mended).items() if k in own)


def _kin(word: str, other: str) -> bool:
    """Whether a word of English may be read as a relation word a letter or two from it: where
    they are forms of one meaning, the likeliest meaning of one being a meaning of the other,
    its own or one it derives ("founder", "founded"; "colour", "color"); "married" is no
    misspelt "carried", nor "spouse" a misspelt "house", nor "charge" a misspelt "change",
    whose likeliest meanings (an accusation or a cost, an alteration) meet only in rarer
    senses of both. Without WordNet, as before: yes.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or (_kin("founder", "founded"), _kin("married", "carried"))
    (True, False)
    >>> wordnet() is None or _kin("charge", "change")
    False
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None:
        return True
    return any(
        key in lexicon.meanings(b)
        for a, b in ((word, other), (other, word))
        for key in lexicon.likeliest(a, 1)
    )
