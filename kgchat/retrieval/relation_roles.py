"""What the graph's relations say of the nodes they point at, in words: the role a relation
gives its object (``plays in club`` -> club, ``directed by`` -> director), the kind a
property or a schema path names its subject by (``countryAreaTotal``, Freebase's
``film.film.directed_by``), and which types a question names that none of the graph's words
says (:meth:`RelationRoles.unsaid_types`). A mixin of
:class:`~kgchat.retrieval.node_types.NodeTypes`.
"""

from __future__ import annotations

import re
from typing import Any

from kgchat.graph.names import local_name, read_label
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.answer_type import GENERIC_KINDS, WH_TYPE_WORDS
from kgchat.retrieval.format_tags import untagged
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.role_nouns import role_noun
from kgchat.retrieval.scoring import phrase_parts, phrase_verb
from kgchat.retrieval.similarity import derived
from kgchat.retrieval.values import KIND_WORDS
from kgchat.text import ARTICLES, COPULAS, PREPOSITIONS, STOPWORDS, stem, tokens
from kgchat.wordnet import wordnet

__all__ = ["RelationRoles", "schema_type"]

# an id that is a schema path: Freebase's ``film.film.directed_by``,
# ``/people/person/place_of_birth``
_SCHEMA_PATH = re.compile(r"/?[A-Za-z][\w-]*(?:[./][A-Za-z][\w-]*){2,}")
# the kinds kgchat gives nodes whatever the graph calls them: a value's, an address's, and
# those a wh-word asks that WordNet files a name under ("Italy": a country)
_VALUE = "value"  # the head of "<noun> value": the noun's value (schema.org's ratingValue)
_KINDS_GIVEN = KIND_WORDS | frozenset(WH_TYPE_WORDS)


def schema_type(predicate: str) -> str:
    """The subject's type a relation id names as a schema path (Freebase's ``<domain>.<type>.
    <property>``: ``people.person.parents`` is said of a person, ``film.performance.actor``
    of a performance), its last word; "" for any other id.

    >>> schema_type("film.film.directed_by"), schema_type("/people/person/place_of_birth")
    ('film', 'person')
    >>> schema_type("http://rdf.freebase.com/ns/film.performance.actor")
    'performance'
    >>> schema_type("http://dbpedia.org/ontology/birthPlace"), schema_type("plays_in")
    ('', '')
    """
    name = local_name(predicate) if "://" in predicate else predicate
    if not _SCHEMA_PATH.fullmatch(name):
        return ""
    segment = re.split(r"[./]", name.strip("/"))[-2]
    words = tokens(read_label(segment, relation=True))
    return words[-1] if words else ""


def _postpositive(noun: str, participle: str) -> bool:
    """Whether ``participle`` is a past participle qualifying ``noun`` after it, as
    identifiers word it (``license declared``, ``date created``): a verb's form in -ed that
    WordNet knows as no noun, after a word used mostly as a noun.

    >>> _postpositive("license", "declared"), _postpositive("plays", "in")
    (True, False)
    """
    lexicon = wordnet()
    if lexicon is None or not participle.endswith("ed"):
        return False
    forms = lexicon.base_forms(participle)
    return (
        any(pos == "v" and lemma != participle for lemma, pos in forms)
        and not any(pos == "n" for _, pos in forms)
        and lexicon.pos_share(noun, "n") >= 0.5
    )


class RelationRoles:
    """The relations' words for what a node is (a mixin: the class using it sets ``kg`` and
    the caches below, and reads relation phrases as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    kg: Any
    _heads: dict[str, str]
    _leads: dict[str, str] | None
    _roles: frozenset[str] | None
    _kind_words: frozenset[str] | None
    _relation_words: Any
    phrase: Any

    def unsaid_types(self, q: QuestionInfo) -> frozenset[str]:
        """The types ``q`` names ("which *movies*") that a graph without classes has no word
        for: no word of its relations' phrases nor their heads (:meth:`relation_head`), nor
        a kind kgchat gives values, addresses and named places ("email", "city"), is
        the type's, a form of it, one WordNet relates to it, or a kind of it or of which it
        is a kind in any of their meanings (``institution`` says "university"). Such a
        graph cannot say which nodes are of the type, and the encoder's nearness of the type
        to the words it does have ("movies" to ``genre``, ``actors``) would choose the
        answer: "Which movies did X direct?" had answered the genres of X's films. Empty
        for a graph with classes (its nodes say what they are) and where WordNet is
        missing."""
        lexicon = wordnet()
        named = [w for w in q.named_type if w not in GENERIC_KINDS]
        if lexicon is None or not named:
            return frozenset()
        if self._kind_words is None:
            relations = self.kg.relations()
            self._kind_words = (
                frozenset()
                if RDF_TYPE in relations
                else frozenset(self._relation_words()) | self._role_heads() | _KINDS_GIVEN
            )
        vocabulary = self._kind_words
        if not vocabulary:
            return frozenset()

        def said(word: str) -> bool:
            s = stem(word)
            return any(
                stem(v) == s
                or (min(len(s), len(stem(v))) >= 4 and derived(s, stem(v)))
                or lexicon.related(word, v) > 0
                or lexicon.may_be_a(word, v)
                or lexicon.may_be_a(v, word)
                for v in vocabulary
            )

        return frozenset(w for w in named if not said(w))

    def _role_heads(self) -> frozenset[str]:
        """The head words of every relation of the graph (the role words a node takes)."""
        if self._roles is None:
            self._roles = frozenset(filter(None, map(self.relation_head, self.kg.relations())))
        return self._roles

    def relation_head(self, predicate: str) -> str:
        """The last content word of a relation's phrase (``plays in club`` -> ``club``); none
        for "is a/the <noun> of", whose noun is the *subject's* role (``is a subclass of``:
        the subject is the subclass, the object is not)."""
        h = self._heads.get(predicate)
        if h is None:
            words = tokens(self.phrase(predicate))
            content = [w for w in words if w not in STOPWORDS]
            subject_role = (
                len(words) > 3
                and words[0] in COPULAS
                and words[1] in ARTICLES
                and words[-1] in PREPOSITIONS
            ) or (
                # "<noun> of" names the subject's role too: in "X part of Y" X is the part,
                # in "X capital of Y" the capital (a verb's "consists of" names no role)
                bool(role_noun(self.phrase(predicate)))
            )
            if "of" in words[1:-1] and words[0] not in COPULAS:
                # a noun phrase "<head> of <noun>" names its head first: the object of
                # ``place of birth`` is a place, of ``cause of death`` a cause ("is a member
                # of drug class" says the subject is the member: its object is the class)
                cut = words.index("of", 1)
                before = [w for w in words[:cut] if w not in STOPWORDS]
                if before and any(w not in STOPWORDS for w in words[cut + 1 :]):
                    content = before
            if len(words) == 2 and len(content) == 2 and _postpositive(*content):
                # a noun and the participle after it names the noun (SPDX's
                # ``licenseDeclared`` points at a license, schema.org's ``dateCreated`` at a
                # date)
                content = content[:1]
            # a noun and a code in capitals after it that is no word names the noun: EPO's
            # ``applicantVC`` points at an applicant (its vCard), not at a "VC"
            content = list(untagged(self.phrase(predicate), tuple(content)))
            h = content[-1] if content and not subject_role else ""
            if h and len(words) > 1 and words[-1] == "by":
                # a passive's object is the verb's doer: ``directed by`` points at a
                # director, ``written by`` at a writer (the participle names no one; "Which
                # movies did X direct?" had gone on to the co-director, whose "directed" the
                # encoder finds near "movies")
                lexicon = wordnet()
                agent = lexicon.agent_noun(h) if lexicon is not None else None
                h = agent or h
            self._heads[predicate] = h
        return h

    def relation_compound(self, predicate: str) -> str:
        """The relation's head (:meth:`relation_head`) read with the content words before it
        in its phrase as the longest noun compound WordNet lists (``alma mater``: a school,
        where its head alone, "mater", is a mother; ``phone number``), words joined by a
        space; the head itself where WordNet lists none (or is missing), "" where there is
        no head. Chat reads what a node is by it; retrieval reads the head word.

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.retrieval import Retriever
        >>> kg = KnowledgeGraph.from_triples([("Mira", "almaMater", "Delft"),
        ...     ("Mira", "plays_in_club", "Ajax")])
        >>> r = Retriever(kg)
        >>> r.relation_compound("almaMater"), r.relation_compound("plays_in_club")
        ('alma mater', 'club')
        """
        head = self.relation_head(predicate)
        lexicon = wordnet()
        words = [w for w in tokens(self.phrase(predicate)) if w not in STOPWORDS]
        if not head or lexicon is None or head not in words:
            return head
        end = len(words) - 1 - words[::-1].index(head)
        for start in range(end):
            compound = "_".join(words[start : end + 1])
            if any(pos == "n" for _, pos in lexicon.base_forms(compound)):
                return compound.replace("_", " ")
        return head

    def valued(self, predicate: str) -> str:
        """The noun a relation named ``<noun> value`` gives the value of (``rating value``:
        "rating"): its object is that noun's value, so a question asking for the noun ("what
        *rating* does X have") asks for it, as much as for the ``best rating`` beside it; ""
        for any other relation (the head "value" says no kind).

        >>> from kgchat import KnowledgeGraph
        >>> from kgchat.retrieval.retriever import Retriever
        >>> r = Retriever(KnowledgeGraph.from_triples([("Inn", "rating value", '"4"'),
        ...                                            ("Inn", "located in", "Oslo")]))
        >>> r.valued("rating value"), r.valued("located in")
        ('rating', '')
        """
        if self.relation_head(predicate) != _VALUE:
            return ""
        content = [w for w in tokens(self.phrase(predicate)) if w not in STOPWORDS]
        return content[-2] if len(content) > 1 and content[-1] == _VALUE else ""

    def _participle(self, predicate: str) -> str:
        """The participle of a passive relation whose head :meth:`relation_head` reads as its
        doer (``directed by``: "directed"); "" for any other."""
        words = tokens(self.phrase(predicate))
        content = [w for w in words if w not in STOPWORDS]
        if len(words) < 2 or words[-1] != "by" or not content:
            return ""
        return content[-1] if content[-1] != self.relation_head(predicate) else ""

    def _lead(self, predicate: str) -> str:
        """The subject's kind a property is named after, when its phrase says one: the first
        word of a noun phrase ``<kind> <attribute...>`` of three or more content words whose
        attribute words other properties of the graph also take after another first word
        (``country area total`` beside ``land area total``: ``country`` qualifies the area,
        as a kind; ``code ISO3`` or ``population total`` name their attribute first), or
        whose id is a schema path naming it (:func:`schema_type`: Freebase's
        ``film.film.directed_by`` is said of a film)."""
        if self._leads is None:
            parts: dict[str, tuple[str, tuple[str, ...]]] = {}
            firsts: dict[tuple[str, ...], set[str]] = {}
            for p in self.kg.relations():
                phrase = self.phrase(p)
                content = phrase_parts(phrase)[0]
                if len(content) > 2 and phrase_verb(phrase) is None:
                    tail = tuple(stem(w) for w in content[1:])
                    parts[p] = (content[0], tail)
                    firsts.setdefault(tail, set()).add(stem(content[0]))
            self._leads = {p: w for p, (w, tail) in parts.items() if len(firsts[tail]) > 1}
            for p in self.kg.relations():
                self._leads.setdefault(p, schema_type(p))
        return self._leads.get(predicate, "")
