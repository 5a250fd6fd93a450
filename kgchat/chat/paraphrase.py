"""Whether a word of a reply says a fact's relation by its meaning, not by its letters.

A model often says a relation in words of its own: "Ben *was educated by* Ada" for "Ada —
taught → Ben", "his *wife*" for ``spouse``, "*won*" for ``prize``. The claim check
(:mod:`kgchat.chat.claims`) reads a relation from its phrase's words; :class:`RelationParaphrase`
lets a word that means one of them stand for it, judged by the sentence encoder and WordNet the
retriever already loads (its scorer's :class:`~kgchat.retrieval.similarity.TextSimilarity`), on
the word's and the relation words' base forms ("educated" as *educate*, "taught" as *teach*).

A word paraphrases a fact's relation phrase when

- its similarity to a content word of the phrase is at least
  :data:`~kgchat.retrieval.junction_words.SAID` (the similarity from which the retriever takes
  a word as said), and
- no relation that the fact's two ends hold in the graph, other than the fact's own, is nearer
  to it: "born" is no paraphrase of ``death place`` beside ``birth place``, "married" none of
  ``taught`` beside ``spouse``; the word is read as the relation of these entities it means most;
- it names no other role than the relation's: a noun of persons WordNet relates by nothing to
  the relation's nouns of persons ("guest" of ``host``, "student" of ``teacher``) says another
  relation, its converse or not, however near the encoder puts it.

A word WordNet opposes to one of the phrase's (an antonym: "bought" of ``sold``, "lost" of
``won``), or whose meaning one of the phrase's causes ("learned" of ``taught``), is no
paraphrase however near: it says the relation's converse (:meth:`~RelationParaphrase.
opposes`), read the other way round, as the relation's inverse ("Farm was bought by Ada" of "Ada
— sold → Farm" is a contradiction; "Ada is the wife of Carl" of "Carl — husband → Ada" is not).

Without an encoder (the tests' bare graphs, a retriever without one) no word paraphrases: the
check is the literal one.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben")])
>>> RelationParaphrase(kg).says("educated", ["taught"], kg.fact(0))  # no encoder: literal only
False
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from kgchat.chat.evidence import declared_inverse
from kgchat.errors import KGChatError
from kgchat.retrieval.containment import contained
from kgchat.retrieval.junction_words import SAID
from kgchat.text import STOPWORDS, tokens

if TYPE_CHECKING:
    from kgchat.graph.view import Fact

__all__ = ["RelationParaphrase"]

_AROUND = 400  # the facts of an end read for its other relations (a hub's first ones)


class RelationParaphrase:
    """Judges whether a word means a fact's relation (see the module docstring).

    Parameters
    ----------
    kg : KnowledgeGraph
        Gives the relations around a fact's ends.
    similarity : TextSimilarity, optional
        Word similarity under the sentence encoder (and WordNet where it has one); None: no
        word paraphrases.
    """

    def __init__(self, kg: Any, similarity: Any = None) -> None:
        self.kg = kg
        self.similarity = similarity if getattr(similarity, "encoder", None) is not None else None
        self._near: dict[tuple[str, str], float] = {}
        self._around: dict[str, frozenset[str]] = {}

    @classmethod
    def of(cls, kg: Any, retriever: Any) -> RelationParaphrase:
        """The judgement under ``retriever``'s own word similarity (its scorer's)."""
        scorer = getattr(retriever, "scorer", None)
        return cls(kg, getattr(scorer, "similarity", None))

    def says(self, word: str, phrase: Sequence[str], fact: Fact) -> bool:
        """Whether ``word`` says the relation phrase ``phrase`` (its words) of ``fact``."""
        if self.similarity is None:
            return False
        word = word.lower()
        own = {w.lower() for w in phrase if w.lower() not in STOPWORDS}
        if not own or word in STOPWORDS:
            return False
        near = max(self._nearness(word, own).values())
        if near < SAID or self._other_role(word, own):
            return False
        rivals = self._relation_words(fact.subject) | self._relation_words(fact.object)
        rivals -= own | self._own(fact)
        return all(v <= near for v in self._nearness(word, rivals).values())

    def opposes(self, word: str, phrase: Sequence[str], fact: Fact | None = None) -> bool:
        """Whether WordNet reads ``word`` as a content word of the relation phrase ``phrase``
        said from its other end, in their likeliest meanings (:meth:`kgchat.wordnet.WordNet.
        converse`: an opposite, "bought" of ``sold``, "lost" of ``won``, "followed" of
        ``preceded``; a meaning one causes, "learned" of ``taught``), which the encoder may put
        near it ("buy" and "sell" 0.63, "learn" and "teach" 0.65): the word says the relation's
        converse, not the relation.

        One role's two kinds of person (:meth:`kgchat.wordnet.WordNet.counterparts`: "mother"
        and "father", "daughter" and "son") say each other's converse only where the role is
        held one to one, as a husband's and a wife's are: where ``fact``'s relation puts its
        one end with others in the other (:func:`~kgchat.retrieval.containment.contained`: a
        father of several children), the other kind holds the same end of it ("the mother of
        Isa" beside "the father of Isa"), and says another relation; and, whatever the graph
        holds (a one-fact graph has no structure to read), where the role is one WordNet
        opposes to another (:meth:`kgchat.wordnet.WordNet.one_end`: a father and a mother are
        each a parent, whose converse is a child), so that both kinds hold the same end. A
        kind of the role's opposite says the converse (:meth:`kgchat.wordnet.WordNet.
        opposed_kinds`: "daughter", a child, of ``father``, a parent)."""
        lexicon = getattr(self.similarity, "lexicon", None)
        if lexicon is None:
            return False
        word = word.lower()
        return any(
            (
                lexicon.converse(word, w)
                and not (
                    lexicon.counterparts(word, w)
                    and (lexicon.one_end(word, w) or self._shared(fact))
                )
            )
            or lexicon.opposed_kinds(word, w)
            for w in (w.lower() for w in phrase)
            if w not in STOPWORDS
        )

    def _shared(self, fact: Fact | None) -> bool:
        """Whether ``fact``'s one end is, by its relation, one of several the other holds."""
        if fact is None or fact.subject not in self.kg or fact.object not in self.kg:
            return False
        s, o, p = fact.subject, fact.object, fact.predicate
        return contained(self.kg, s, o, p, True) or contained(self.kg, o, s, p, False)

    def _other_role(self, word: str, own: set[str]) -> bool:
        """Whether ``word`` and every word of ``own`` are nouns of persons that WordNet relates
        by nothing (:meth:`kgchat.wordnet.WordNet.related` 0: no shared meaning, neither a kind
        of the other): they name two roles, as "guest" and "host", "student" and "teacher" do,
        which the encoder puts near each other (0.46) for being said together, not for meaning
        the same ("wife" and "spouse" are related). (WordNet's opposites, "child" of
        "parent", are read first, by :meth:`opposes`.)"""
        lexicon = getattr(self.similarity, "lexicon", None)
        if lexicon is None or not lexicon.person_kind(word):
            return False
        return all(lexicon.person_kind(w) and lexicon.related(word, w) == 0 for w in own)

    def prepare(self, words: Iterable[str], facts: Iterable[Fact]) -> None:
        """Embed in one encoder pass the forms of ``words`` and of ``facts``' relation words,
        which :meth:`says` first compares: one pass a claim, not one a pair of words. (The
        ends' other relations are embedded only for a word near enough to a fact's, in one
        pass too.)"""
        if self.similarity is None:
            return
        texts = [form for w in words for form in self._forms(w.lower())]
        for f in facts:
            texts += [form for w in sorted(self._own(f) - STOPWORDS) for form in self._forms(w)]
        self.similarity.prefetch(texts)

    def _own(self, fact: Fact) -> set[str]:
        """The words of the fact's relation and of its declared inverse: no rival of it."""
        return {w.lower() for w in tokens(self._phrases(fact.predicate))}

    def _phrases(self, predicate: str) -> str:
        try:
            own = self.kg.relation_label(predicate)
        except KGChatError:  # a fact the retrieval made of a predicate the graph never states
            return ""
        return f"{own} {declared_inverse(self.kg, predicate)}"

    def _relation_words(self, node: str) -> frozenset[str]:
        """The content words of the relations ``node`` takes part in (its first facts)."""
        if node not in self._around:
            words: set[str] = set()
            if node in self.kg and not self.kg.is_literal(node):
                predicates = {f.predicate for f in self.kg.facts_of(node)[:_AROUND]}
                for p in predicates:
                    words.update(w.lower() for w in tokens(self._phrases(p)))
            self._around[node] = frozenset(w for w in words if w not in STOPWORDS)
        return self._around[node]

    def _nearness(self, word: str, others: set[str] | frozenset[str]) -> dict[str, float]:
        """The best similarity between ``word``'s forms (as written, and WordNet's base forms:
        "educated" as *educate*) and each of ``others``' forms, the pairs not yet known in one
        matrix (one encoder pass for their new words)."""
        new = sorted(o for o in others if (word, o) not in self._near)
        if new:
            sim = self.similarity
            assert sim is not None
            forms = [(o, f) for o in new for f in self._forms(o)]
            row = sim.words(self._forms(word), [f for _, f in forms], heads=False).max(axis=0)
            best: dict[str, float] = {}
            for (o, _), v in zip(forms, row.tolist(), strict=True):
                best[o] = max(best.get(o, 0.0), v)
            self._near.update(((word, o), v) for o, v in best.items())
        return {o: self._near[(word, o)] for o in others}

    def _forms(self, word: str) -> list[str]:
        lexicon = getattr(self.similarity, "lexicon", None)
        forms = [word]
        if lexicon is not None:
            forms += [lemma for lemma, _ in lexicon.base_forms(word) if "_" not in lemma]
        return list(dict.fromkeys(forms))
