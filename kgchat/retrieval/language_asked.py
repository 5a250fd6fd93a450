"""A name in the language a question asks for: "What is the French term for cassava?" ->
``"manioc"@fr``, the graph's French name of cassava (:mod:`kgchat.graph.language_names`).

A name in another language is no fact, and answers only a question that asks for a language;
any other question goes on as before, and a thing named in no other language than the
question asks for leaves it to the walk. The language is asked where the question names one
(CLDR's English names: "French", "Dutch", "Afrikaans": :mod:`kgchat.languages`; the word
outside every mention) and says it as a
language, not as a nationality ("French citizens"):

- "... in <language>" ("How do you say wheat in Spanish?", "What is Munich called in
  Italian?"): of the one entity mentioned, where nothing else the question says is a relation
  (its other content words name or say: "say", "called", "name"; WordNet reads them);
- "the <language> <name> of/for X" ("the Dutch title of X", "the German short title of X",
  "the French word for X"), or "the <language> for X": a name (WordNet: a kind of name or of
  word) of the entity said right after "of/for" (its type may come before it: "the age group
  X"); or, where a relation is said between them ("the Spanish term for *the product of* X",
  a phrase ending in a preposition), of the walk's best answer, a thing and no value.

A walk's answer already named so, or whose name the question says, is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kgchat.function_words import PREPOSITIONS, STOPWORDS
from kgchat.graph import vocab
from kgchat.graph.capabilities import NamesByLanguage
from kgchat.graph.names import literal_term
from kgchat.graph.view import Fact
from kgchat.languages import language_codes
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, ScoredFact
from kgchat.text import normalize

__all__ = ["LANGUAGES", "AskedLanguage", "asked_language", "names_in_language"]

# the one-word English names of languages and their tags, from CLDR (kgchat.languages)
LANGUAGES: dict[str, tuple[str, ...]] = language_codes()
_IN = frozenset(["in", "into"])
_OF = frozenset(["of", "for"])


@dataclass(frozen=True, slots=True)
class AskedLanguage:
    """The language a question asks a name in (``word``: as said; ``codes``: its tags) and
    whose name: the entity mentioned at token ``start`` (None: the walk's best answer)."""

    word: str
    codes: tuple[str, ...]
    start: int | None


def _naming(wn: Any, word: str) -> bool:
    """Whether a word names or says (a name, term, title, word; to call, to say)."""
    return _name_noun(wn, word) or wn.related(word, "name") > 0 or wn.related(word, "express") > 0


def _name_noun(wn: Any, word: str) -> bool:
    """Whether a noun names a name ("name", "title", "label", "term", "word")."""
    return bool(wn.may_be_a(word, "name") or wn.may_be_a(word, "word"))


def _modifier(wn: Any, word: str) -> bool:
    """Whether a word is mostly an adjective ("short", "common", "official")."""
    return any(pos == "a" and wn.pos_share(lemma, "a") >= 0.5 for lemma, pos in wn.base_forms(word))


def _content(q: QuestionInfo, places: range, wn: Any) -> list[int]:
    """The places among ``places`` of words outside mentions that say a relation: no
    function word, no naming word, no adjective, no language."""
    return [
        i
        for i in places
        if i not in q.in_mentions
        and q.tokens[i] not in LANGUAGES
        and q.tokens[i] not in STOPWORDS
        and q.tokens[i].isalpha()
        and not _naming(wn, q.tokens[i])
        and not _modifier(wn, q.tokens[i])
    ]


def asked_language(q: QuestionInfo, wn: Any) -> AskedLanguage | None:
    """The language the question asks a name in, and of what; None where it asks for none
    (see the module docstring)."""
    toks = q.tokens
    for i, word in enumerate(toks):
        codes = LANGUAGES.get(word)
        # the word may be linked on its own, to the country of its people ("Dutch")
        if codes is None or (i in q.in_mentions and (i, i + 1) not in q.spans):
            continue
        starts = sorted(a for a, _ in q.spans if a != i)
        if i and toks[i - 1] in _IN:  # "... in French"
            rest = [k for k in _content(q, range(len(toks)), wn) if k not in (i - 1, i)]
            if len(starts) == 1 and not rest:
                return AskedLanguage(word, codes, starts[0])
            continue
        j = i + 1
        while j < len(toks) and j - i <= 2 and j not in q.in_mentions and _modifier(wn, toks[j]):
            j += 1  # "the German *short* title of"
        if j < len(toks) and toks[j] not in _OF:
            if j in q.in_mentions or not _name_noun(wn, toks[j]):
                continue  # "French citizens", "the French word 'pomme'"
            j += 1
            if j == len(toks):  # "Ristorante Il Gabbiano english name"
                if len(starts) == 1 and starts[0] < i:
                    return AskedLanguage(word, codes, starts[0])
                continue
        if j >= len(toks) or toks[j] not in _OF:
            continue
        after = [a for a in starts if a > j]
        if not after:
            continue
        # a relation said between ("the product *of* X"), not the thing's type in apposition
        # ("the age group 65 years or over"): a preposition ends the relation's phrase
        between = range(j + 1, after[0])
        related = _content(q, between, wn) and any(toks[k] in PREPOSITIONS for k in between)
        return AskedLanguage(word, codes, None if related else after[0])
    return None


def names_in_language(
    kg: Any,
    q: QuestionInfo,
    asked: AskedLanguage,
    mentions: list[Any],
    candidates: list[Candidate],
) -> tuple[list[Candidate], list[ScoredFact], float] | None:
    """The asked names as the answer: its candidates (best first, the walk's after them),
    its facts to show (a name fact each, no graph handle) and the confidence of the entity
    named (the mention's link, or the walk's best answer: None, the caller's confidence, is
    returned as -1.0); None where the graph has no name of it in that language, or where the
    question already says it."""
    by_language = kg.names_by_language if isinstance(kg, NamesByLanguage) else None
    if by_language is None:
        return None
    if asked.start is not None:
        found = [m for m in mentions if m.start == asked.start]
        if not found:
            return None
        node, confidence = found[0].node, float(found[0].score)
    else:
        top = next((c for c in candidates[:1] if not kg.is_literal(c.node)), None)
        if top is None:
            return None
        node, confidence = top.node, -1.0
    names = by_language(node)
    code = next((c for c in asked.codes if c in names), None)
    if code is None:
        return None
    texts = names[code]  # (in the tag found: "Norwegian" names may be tagged no, nb or nn)
    if asked.start is None:  # the walk's answer: not where the question says the name
        said = f" {normalize(q.text)} "
        if texts[0] == kg.label(node) or any(f" {normalize(t)} " in said for t in texts):
            return None
    label, relation = kg.label(node), f"{asked.word.capitalize()} name"
    new, facts = [], []
    for k, text in enumerate(texts):
        literal = literal_term(text, code)
        new.append(Candidate(literal, text, 1.0 - 0.01 * k))
        fact = Fact(
            f"name:{node}@{code}:{k}",
            node,
            vocab.RDFS_LABEL,
            literal,
            label,
            relation.lower(),
            text,
            "",
            "name",
        )
        facts.append(ScoredFact(fact, 1.0 - 0.01 * k))
    rest = [c for c in candidates if c.label not in texts]
    return new + rest, facts, confidence
