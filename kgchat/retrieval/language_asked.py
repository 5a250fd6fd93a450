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

Where the entity mentioned has no name in the language asked, the word asked is another thing
of the graph named in it (a lexicon's French entry *pain* for "the French word for bread", a
multilingual thesaurus' concept of its French scheme): the walk's answers named in the
language, or reached through a thing named in it ("the gender of *the French word* for
house"), go first (:func:`spoken_first`); where the graph names things in languages but none
of the answers in the one asked ("the Spanish word for dog" in an English, French and German
lexicon), the answer is not in the graph, and the retrieval abstains.
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

__all__ = [
    "LANGUAGES",
    "AskedLanguage",
    "asked_language",
    "names_in_language",
    "question_language",
    "spoken_first",
]

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


def _says_more(q: QuestionInfo, i: int, wn: Any) -> bool:
    """Whether the word at ``i`` says more than a word in a language: a content word outside
    the mentions, no language, no naming verb ("say", "called") and no name noun but the one
    the language qualifies ("the French *word* for"; "the *plural* of" is a word of another
    word, a relation)."""
    word = q.tokens[i]
    if i in q.in_mentions or word in LANGUAGES or word in STOPWORDS or not word.isalpha():
        return False
    if _name_noun(wn, word):
        return not (i and q.tokens[i - 1] in LANGUAGES)
    return not _naming(wn, word)


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


def question_language(q: QuestionInfo, yes_no: bool) -> AskedLanguage | None:
    """The language ``q`` asks a name in (:func:`asked_language`); None for a yes/no question
    or one that names no language."""
    if yes_no or LANGUAGES.keys().isdisjoint(q.tokens):
        return None
    from kgchat.wordnet import wordnet

    return asked_language(q, wordnet())


def spoken_first(
    kg: Any,
    q: QuestionInfo,
    asked: AskedLanguage | None,
    mentions: list[Any],
    candidates: list[Candidate],
) -> tuple[list[Candidate], float | None]:
    """``candidates`` with those that say the asked language first (named in it, or reached
    by a path through a thing named in it, past its start), and the confidence that follows:
    0.0 where the graph cannot answer in the language (it names answers or their paths'
    things in other languages, none in this one); the link's where the question asks
    nothing but the entity's word in the language ("How do you say cat in German?") and one
    answer named in it is nearer than any other; else None (the walk's). Unchanged where the
    entity asked of has a name in the language (:func:`names_in_language` answers with it)
    or no answer's name has a language.

    >>> from kgchat import KnowledgeGraph
    >>> from kgchat.linking import Mention
    >>> from kgchat.retrieval.question import analyze
    >>> from kgchat.retrieval.results import Path
    >>> kg = KnowledgeGraph.from_triples([("ex:bread", "ex:translation", "ex:Brot"),
    ...     ("ex:bread", "ex:translation", "ex:pain"), ("ex:bread", "rdfs:label", '"bread"@en'),
    ...     ("ex:Brot", "rdfs:label", '"Brot"@de'), ("ex:pain", "rdfs:label", '"pain"@fr')])
    >>> def walked(n, score):
    ...     return Candidate(n, kg.label(n), score, [Path("ex:bread", (), ("ex:bread", n), (), 1)])
    >>> ranked = [walked("ex:Brot", 1.0), walked("ex:pain", 0.5)]
    >>> q = analyze("What's the French for bread?", [(4, 5)])
    >>> bread = [Mention("bread", 4, 5, "ex:bread", 1.0)]
    >>> spoken = spoken_first(kg, q, AskedLanguage("french", ("fr",), 4), bread, ranked)
    >>> [c.label for c in spoken[0]], spoken[1]
    (['pain', 'Brot'], 1.0)
    >>> spoken_first(kg, q, AskedLanguage("spanish", ("es",), 4), bread, ranked)[1]
    0.0
    """
    by_language = kg.names_by_language if isinstance(kg, NamesByLanguage) else None
    if asked is None or by_language is None or not candidates:
        return candidates, None
    from kgchat.wordnet import wordnet

    wn = wordnet()
    found = [m for m in mentions if m.start == asked.start]
    # a thing the graph names in one language only is a word of that language, whose word in
    # another is another thing; a thing named in several (a thesaurus' concept, "cassava"
    # in English, French, Spanish) has its names, and none in the language asked is none
    if not found or len(by_language(found[0].node)) != 1:
        return candidates, None
    if any(c in by_language(found[0].node) for c in asked.codes):
        return candidates, None
    tagged = False

    def says(node: str, label: str | None = None) -> bool:
        """Whether ``node`` is named in the language (by ``label``, where one is given)."""
        nonlocal tagged
        if kg.is_literal(node):
            return False
        names = by_language(node)
        tagged = tagged or bool(names)
        return any(c in names and (label is None or label in names[c]) for c in asked.codes)

    # nothing asked but the word: the answer is called so in the language, not a thing (its
    # lexicon) a path through the word reaches; a value of the word (its gender) may be either
    bare = bool(found) and not any(_says_more(q, i, wn) for i in range(len(q.tokens)))
    named: list[Candidate] = []
    passing: list[Candidate] = []
    rest: list[Candidate] = []
    for c in candidates:
        passed = c.paths[0].nodes[1:-1] if c.paths else ()
        if says(c.node, c.label):
            named.append(c)
        elif any([says(n) for n in passed]) or says(c.node):
            (passing if bare else named).append(c)
        else:
            rest.append(c)
    first = named + passing
    if not first:
        return candidates, 0.0 if tagged else None
    # the one nearest thing named in the language is the entity's word in it
    alone = len(named) == 1 or (
        len(named) > 1 and round(named[0].score, 6) > round(named[1].score, 6)
    )
    sure = bare and alone
    return first + rest, float(found[0].score) if sure else None
