"""The order a question's answer form asks of the ranked candidates: a value or a thing.

Read by :class:`~kgchat.retrieval.combine.CandidateRanking` after the walks are scored.
"""

from __future__ import annotations

from typing import Any

from kgchat.function_words import PREPOSITIONS, WH_WORDS
from kgchat.retrieval.answer_type import answer_type_words
from kgchat.retrieval.noun_phrases import names_code
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import how_typed, wh_typed
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.values import VALUE_KINDS, code_form, code_name, literal_kind, named_time
from kgchat.text import singular

__all__ = [
    "asks_code",
    "codes_first",
    "named_identifier",
    "said_schemes_first",
    "values_after",
]


def values_after(
    q: QuestionInfo, candidates: list[Candidate], is_literal: Any, label: Any = None
) -> list[Candidate]:
    """``candidates`` (ranked) in the order the answer's form asks: a value or a thing.

    Where the question asks only its wh-word's type and that is no value ("Who made X?": a
    person, "Where was X made?": a place), the dates and numbers go after the rest: a date
    or a number is no one and no place, however well the relation that gives it is said
    (``created`` says "made" better than ``creator`` does). The same judgement the
    confidence makes of the answer (``RelationMatch._of_wh_type``), made before the answer
    is chosen; text values ("Olie, Jacob", a creator given as a plain name) stay where they
    are, and so does the order within each part.

    The converse: where it asks only a value ("When did X join Y?": a time, "How tall is
    X?": a degree, a number), the things (nodes no date or year names: :func:`~kgchat.
    retrieval.values.named_time`) go after the rest when a value of a kind it asks is among
    the candidates: a mountain range is no height, a job title no date. Not "how many",
    which may be answered by counting things (and ``label``, the node's name, None: off)."""
    asked = VALUE_KINDS.intersection(q.answer_type)
    if not asked:
        if not wh_typed(q):
            return candidates

        def value(c: Candidate) -> bool:
            if not is_literal(c.node):
                return False
            kinds = literal_kind(c.node)
            return bool(kinds) and VALUE_KINDS.issuperset(kinds)

        flags = [value(c) for c in candidates]
    elif label is not None and (wh_typed(q) or how_typed(q)) and "count" not in q.answer_type:
        if not any(
            is_literal(c.node) and asked.intersection(literal_kind(c.node)) for c in candidates
        ):
            return candidates
        flags = [not is_literal(c.node) and not named_time(label(c.node)) for c in candidates]
    else:
        return candidates
    if not any(flags) or all(flags):
        return candidates
    return [c for c, f in zip(candidates, flags, strict=True) if not f] + [
        c for c, f in zip(candidates, flags, strict=True) if f
    ]


def said_schemes_first(
    q: QuestionInfo, candidates: list[Candidate], is_literal: Any
) -> list[Candidate]:
    """``candidates`` (ranked) with the identifiers of a scheme the question names first.

    An identifier written as a compact IRI names its scheme by its prefix (``"FMA:7203"``,
    ``"MESH:D007668"``: :func:`~kgchat.retrieval.values.literal_kind`'s first word). Where the
    question says a scheme some candidate's identifier is of ("FMA id for kidney"), the
    identifiers of other schemes (the term's own ``"UBERON:0002113"``, however well its
    ``id`` relation says "id") go after the rest; the order within each part stays. Nothing
    moves where no candidate's scheme is said.
    """
    said = set(q.words)

    def scheme(c: Candidate) -> str | None:
        if not is_literal(c.node):
            return None
        kinds = literal_kind(c.node)
        return kinds[0] if "identifier" in kinds else None

    schemes = [scheme(c) for c in candidates]
    if not said.intersection(s for s in schemes if s):
        return candidates
    flags = [s is not None and s not in said for s in schemes]
    return [c for c, f in zip(candidates, flags, strict=True) if not f] + [
        c for c, f in zip(candidates, flags, strict=True) if f
    ]


def asks_code(q: QuestionInfo) -> bool:
    """Whether ``q`` asks an identifier: the noun it names its answer by is one ("What is the
    *grant number* of X?", "X's *run ID*", "the *code* for Y": :func:`~kgchat.retrieval.
    noun_phrases.names_code`), read whole where a "number" made it no type.

    >>> from kgchat.retrieval.question import analyze
    >>> asks_code(analyze("What is the inventory number of The Milkmaid?", [(6, 8)]))
    True
    >>> asks_code(analyze("What is the number of members of X?", [(7, 8)]))
    False
    >>> asks_code(analyze("How much does X weigh?", [(3, 4)]))
    False
    >>> asks_code(analyze("Which gene codes for insulin?", [(4, 5)]))
    False
    >>> asks_code(analyze("Which zip codes are in Boston?", [(5, 6)]))
    True
    """
    words = _code_words(q)
    # the words it says itself: "how much" asks an amount, a number, by no noun of its own
    return names_code(words) and set(words) <= set(q.tokens) and not _verb_after_noun(q, words)


def _code_words(q: QuestionInfo) -> list[str]:
    """The words ``q`` names its answer by: the type read with the graph's verbs ("which
    gene *codes* for X": a verb), else the noun phrase a "number" made no type."""
    return q.answer_type or answer_type_words(q.tokens, set(q.in_mentions), (), q.text, named=True)


def named_identifier(c: Candidate, noun: str, relation_name: Any) -> bool:
    """Whether the last relation of ``c``'s best walk (its first entry: (score, pattern,
    walk); a pattern of (predicate, forward) hops) is named by the identifier ``noun`` asked,
    stated forwards: its name's last word is that noun ("lab *code*", "grant *number*"), not
    a name that only says it ("number of employees", "code of conduct").

    >>> c = Candidate('"Wyeast 3724"', "", 2.6, [(2.6, (("labCode", True),), 0)])
    >>> named_identifier(c, "code", {"labCode": "lab code"}.get)
    True
    >>> named_identifier(c, "number", {"labCode": "lab code"}.get)
    False
    """
    if not c.paths:
        return False
    entry = c.paths[0]
    pattern = entry[1] if isinstance(entry, tuple) else getattr(entry, "pattern", ())
    if not pattern or not pattern[-1][1]:
        return False
    words = (relation_name(pattern[-1][0]) or "").lower().split()
    return bool(words) and singular(words[-1]) == noun


def _verb_after_noun(q: QuestionInfo, words: list[str]) -> bool:
    """Whether the type's last word is the question's verb: said right after "which N" in
    its third-person form and followed by a preposition ("which gene *codes for* X", where the
    graph has no verb "code" to tell it), not a noun the wh-word's phrase ends in ("which zip
    codes are in Y")."""
    toks, n = q.tokens, len(words)
    for i in range(len(toks) - n):
        if toks[i] in WH_WORDS and toks[i + 1 : i + 1 + n] == words:
            after = toks[i + 1 + n] if i + 1 + n < len(toks) else ""
            return n >= 2 and words[-1].endswith("s") and after in PREPOSITIONS - {"of"}
    return False


def codes_first(
    q: QuestionInfo,
    candidates: list[Candidate],
    is_literal: Any,
    label: Any,
    relation_name: Any = None,
) -> list[Candidate]:
    """``candidates`` (ranked) with the things and the texts in words after the values that may
    be codes, where the question asks an identifier (:func:`asks_code`).

    An identifier is a value written as a code is (:func:`~kgchat.retrieval.values.
    code_form`: "SK-A-2344", "HRB 104233", "KE"); a thing (the kind of object the record is,
    the programme funding a grant; not a thing named by a code, a CVE), a text in words (a
    title, "75 Years") or a measure is no answer to "What is the grant number of X?",
    however well its relation says the question's other words (the grant's ``funding
    scheme`` says "grant" better than the project's ``identifier`` says "number"). The order
    within each part stays: which code is the one asked is still the relations' to say (a
    figure is no better code than letters: "KE" is Kenya's ISO code, "114" another of its
    numbers). Nothing moves where no candidate may be a code.

    A text value of a relation the graph itself names by the identifier asked (a yeast's
    ``lab code`` "Wyeast 3724" to "What's the lab code of X?") is a code whatever its form: a
    maker's name and a figure ("Wyeast 3724", "Pantone 186") is written as a name is, but
    the publisher said what it is. ``relation_name`` gives the name of a candidate's walk's
    last relation (its predicate's phrase: :func:`named_identifier`); None: not read.
    """
    if not asks_code(q):
        return candidates
    noun = singular(_code_words(q)[-1])

    def code(c: Candidate) -> bool:
        if not is_literal(c.node):
            return code_name(label(c.node))
        if code_form(c.node):
            return True
        return relation_name is not None and named_identifier(c, noun, relation_name)

    flags = [not code(c) for c in candidates]
    if all(flags) or not any(flags):
        return candidates
    return [c for c, f in zip(candidates, flags, strict=True) if not f] + [
        c for c, f in zip(candidates, flags, strict=True) if f
    ]
