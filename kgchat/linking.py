"""Entity linking: find the graph entities a question mentions.

Mentions are found by dictionary matching of every label and alias over normalised n-grams
(case, punctuation, underscores, possessive 's, diacritics, plurals), longest span first; at
the same length the better match wins. Besides exact names, the dictionary
(:class:`kgchat.name_table.NameTable`, built once per graph) forgives, each at a lower score:
names without spaces (``compact``), their words reordered (``reordered``: "Michael Jackson's
Thriller album" for "Thriller (Michael Jackson album)"), misspelt (``typo``: "Pink Flyod", via
rapidfuzz, only where a word of the question is no word of the graph or a whole capitalised run
is no name, "Brien Eno"; each misspelt word's edits add up, "Bire Glim" for "Birte Glimm"; a
misspelt word is mended in a name said in other order, "gneral chair of ISWC 2010"), and in part
(``partial``: "Nirvana" for "Nirvana (band)", "Tim Berners-Lee" for "Tim J. Berners-Lee",
a capitalised "Bizer" for "Christian Bizer"). A name no label or alias holds links to the
entity whose own description says it first (``description``: "the White Album" for "The Beatles
(album)", whose description begins "The Beatles, also known as the White Album, is ..."; "the
White Albm" too, spelt as the descriptions say it). A value many subjects share links by its
words ("rupee"), misspelt too ("ruee").

A mention of a class (a node with instances) is marked ``is_class`` and scored 0.8 of an
entity's, so a common noun ("album", "country") never takes a span from an entity; whether it
constrains the answer is the retriever's choice. Where the dictionary finds nothing, the entity
index (an embedding of every entity's names) is searched with the question's n-grams, which
catches paraphrases (at a lower floor a name holding every word said: "ozone" for "ozone
concentration"). An ambiguous name keeps all its entities, ranked by context: links to the
other (non-class) mentions, relation words of the question, a class named in the singular right
beside it ("the *album* Hotel California" for the album, not the song), and node degree
(:mod:`kgchat.linking_rank`).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([
...     ("Alan_PULIDO", "plays_in_club", "Tigres_UANL"),
...     ("Tigres_UANL", "is_in_country", "Mexico"),
... ])
>>> linker = EntityLinker(kg)
>>> [(m.text, m.node) for m in linker.link("Where is the club that alan pulido's playing for?")]
[('alan pulido', 'Alan_PULIDO')]
>>> [m.node for m in linker.link("Which clubs are in Mexico")]
['Mexico']
>>> [(m.text, m.node, m.method) for m in linker.link("Who plays for Tigres UNAL?")]
[('tigres unal', 'Tigres_UANL', 'typo')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kgchat.graph.capabilities import OwnNameTable, Prefetches, SketchesKinds
from kgchat.graph.core import KnowledgeGraph
from kgchat.graph.vocab import RDF_TYPE
from kgchat.lead_names import LeadNames
from kgchat.linking_config import LinkerConfig
from kgchat.linking_described import DescribedNames
from kgchat.linking_rank import _POSSESSIVE, CandidateRanking  # noqa: F401 (linking._POSSESSIVE)
from kgchat.linking_spans import _crossing_exact_dropped, _holds, _non_overlapping
from kgchat.linking_statements import StatementNames
from kgchat.linking_synonyms import SynonymNames
from kgchat.linking_values import ValueNames
from kgchat.linking_words import CommonWords
from kgchat.lower_names import capitalised_parts
from kgchat.mention import Mention
from kgchat.name_keys import written_acronyms
from kgchat.name_runs import name_spans
from kgchat.name_table import PARTIAL, NameTable, Span
from kgchat.text import (
    AUXILIARIES,
    STOPWORDS,
    code_tokens,
    tokens,
    written_words,
)

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["EntityLinker", "LinkerConfig", "Mention"]


_CLASS = 0.8  # a class mention's share of an entity mention's score
_AGREED = 0.65  # the index's floor for a name holding the words said (chosen on dev)
_CITED = 0.9  # a document cited by its number ("Directive 2019/88"): as a compact or loose name


class EntityLinker(
    CandidateRanking, CommonWords, DescribedNames, StatementNames, SynonymNames, ValueNames
):
    """Links question n-grams to entities; see the module docstring.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph whose entities are linked.
    index : EntityIndex, optional
        The embedding index used as a fallback for paraphrases.
    config : LinkerConfig, optional
    """

    def __init__(
        self, kg: KnowledgeGraph, index: Any = None, config: LinkerConfig | None = None
    ) -> None:
        self.kg = kg
        self.index = index
        self.config = config or LinkerConfig()
        self._rel_stems: dict[str, list[str]] = {}
        self._classes: dict[str, bool] = {}
        # a graph may bring its own name dictionary (a SPARQL endpoint: lookups on labels)
        self.names = (
            kg.name_table(self.config)
            if isinstance(kg, OwnNameTable)
            else NameTable(kg, self.config)
        )
        # names said only in an entity's own description (an in-memory graph: an endpoint
        # would have to send every description)
        self._leads = LeadNames(kg) if isinstance(kg, KnowledgeGraph) else None

        self._read_values(kg)
        self._read_statements(kg)

    def prepare(self) -> None:
        """Build now what the linker otherwise builds on a question's first need of it (the
        graph's lead names, :mod:`kgchat.lead_names`; the indexes misspelt words and values
        are searched in, :meth:`~kgchat.misspelt_names.MisspeltNames.word_index` and
        :meth:`~kgchat.linking_values.ValueNames.value_index`, a few ms each, which had fallen
        on the first question with a word the graph lacks), for a process that answers many."""
        if self._leads is not None:
            self._leads.build()
        word_index = getattr(self.names, "word_index", None)  # an endpoint's table lacks it
        if word_index is not None:
            word_index()
        if self.config.typos:
            self.value_index()

    def is_class(self, node: str) -> bool:
        """Whether a node is a class of the graph: the object of some ``rdf:type`` fact."""
        found = self._classes.get(node)
        if found is None:
            # a remote view's type_edges (what a node is: every relation at it, at least one
            # in-edge of each) says it as its in-edges do, read with the other candidates'
            # kinds instead of a request for this node's every edge
            edges = (
                self.kg.type_edges(node)
                if isinstance(self.kg, SketchesKinds)
                else self.kg.neighbors(node, direction="in")
            )
            found = self._classes[node] = any(
                e.predicate == RDF_TYPE and not e.forward for e in edges
            )
        return found

    def link(self, question: str) -> list[Mention]:
        """Return the mentions of a question, best entity of each span first, in span order.

        Every candidate entity of an ambiguous span is returned (up to ``max_candidates``),
        each as its own :class:`Mention` with the same span.
        """
        toks = tokens(question)
        prepare = getattr(self.names, "prepare", None)
        if prepare is not None:  # a table asked per question (an endpoint's label lookups)
            prepare(question, toks)
        unknown = self.names.unknown(toks)
        # a word alone is taken for part of a name only when written as a name, capitalised
        # (the question's first word excepted: every sentence starts with a capital), or
        # shaped as one: letters and digits in one word ("4sr", "R2D2") are no common word
        named = {t for w in question.split()[1:] if w[:1].isupper() for t in tokens(w)}
        named |= code_tokens(question)  # and codes' pieces ("c.8176C>T")
        # written all in lower case, a question says nothing by capitals: a word alone may
        # still be a name bare of its parenthesis ("who produced rumours")
        lower = question == question.lower()
        runs = name_spans(toks, named)
        acronyms = dict(written_acronyms(question))  # "COPD": a name's initials
        spans: list[Span] = []
        for n in range(min(self.names.longest, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                span = self.names.lookup(
                    toks,
                    i,
                    i + n,
                    named=named,
                    unknown=unknown,
                    lower=lower,
                    runs=runs,
                    acronyms=acronyms,
                )
                if span is not None:
                    spans.append(span)
        numbers = getattr(self.names, "numbers", None)
        if numbers is not None:  # "Directive 2019/88": a document cited by its number
            cap = self.config.partial_max
            spans.extend((a, b, nodes, _CITED, "number") for a, b, nodes in numbers.find(toks, cap))
        if isinstance(self.kg, Prefetches):  # a remote view: the candidates' edges, read next,
            self.kg.expect(n for sp in spans for n in sp[2])  # in one request
        if not lower:
            spans = [
                read for sp in spans if (read := self._common_noun(question, toks, sp)) is not None
            ]
            spans = [sp for sp in spans if not self._relational_noun(question, toks, sp)]
            if named:
                words = written_words(question, toks)
                spans = [sp for sp in spans if not self._common_word(words, toks, sp, named)]
        # a part of one name that is also a value several subjects share ("Tokyo" of "Tokyo
        # Haneda International Airport", the city of two airports) names that value
        spans = [sp for sp in spans if sp[4] != "partial" or not self._shared(toks, sp)]
        spans = _crossing_exact_dropped(spans)
        spans.sort(key=lambda sp: (sp[0] - sp[1], -sp[3], sp[0]))
        chosen = _non_overlapping(list(spans))
        taken = {i for a, b, *_ in chosen for i in range(a, b)}
        # a proper adjective of a place the graph names ("*Indian* players": India) before a
        # word inside longer names it is a part of alone ("King's Indian Defence"); not before
        # the first word of one ("Which Italian dishes": "Italian cuisine")
        parted = {
            a
            for a, b, nodes, _, how in chosen
            if how == "partial" and b - a == 1 and not self._first_word(toks[a], nodes)
        }
        for span in self._proper_adjectives(toks, named, lower, taken - parted):
            spans = [sp for sp in spans if not sp[0] <= span[0] < sp[1]]
            chosen = [sp for sp in chosen if not sp[0] <= span[0] < sp[1]]
            spans.append(span)
            taken.update(range(span[0], span[1]))
        beside = bool(taken)  # an entity named: a value of one subject may constrain it
        # a part of a name inside a longer value's words ("Jansen" of "Tomás Jansen", a
        # recorder's name as text) gives way to that value, as a shorter name to a longer one
        parts = {i for a, b, _, _, how in chosen if how == "partial" for i in range(a, b)}
        for n in range(min(self._value_words, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                over = taken.intersection(range(i, i + n))
                if over and (n < 2 or not over <= parts or not _holds(chosen, i, i + n)):
                    continue
                value = self._value(toks, i, i + n, unknown, beside, named)
                if value is not None:
                    if over:
                        spans = [sp for sp in spans if not (i <= sp[0] and sp[1] <= i + n)]
                    spans.append((i, i + n, *value))
                    taken.update(range(i, i + n))
        # a common noun the graph knows not, by a synonym ("aspirin"), where no value is said
        spans.extend(self._synonyms(toks, named, unknown, taken))
        spans = self._quoted(toks, spans)  # a text value said whole ("who said that ...")
        mentions = []
        for a, b, nodes, score, method in _non_overlapping(spans):
            for node in nodes:
                cls = node in self.kg and not self.kg.is_literal(node) and self.is_class(node)
                text = " ".join(toks[a:b])
                s = score * _CLASS if cls else score
                mentions.append(Mention(text, a, b, node, s, method, cls))
        # a part of a name beside the name whole ("the club Club America"): that entity is
        # named already, and the part may be a common word said of it
        whole = {m.node for m in mentions if m.method != "partial"}
        mentions = [m for m in mentions if m.method != "partial" or m.node not in whole]
        mentions = self._described(question, toks, mentions, unknown)
        if not mentions and self.config.fuzzy and self.index is not None:
            mentions = self._fuzzy(toks)
        if not mentions and lower and (written := self._capitalised(question)) is not None:
            return self.link(written)  # "how high is zion", read as "how high is Zion"
        apposed = self._apposed(question, toks, mentions)
        for (a, b), classes in apposed.items():
            # "the album Hotel California": the album "Hotel California (Eagles album)" too
            have = {m.node for m in mentions if (m.start, m.end) == (a, b)}
            for node in self.names.partial.get(" ".join(toks[a:b]), ()):
                if node not in have and classes.intersection(self.kg.types(node)):
                    text = " ".join(toks[a:b])
                    mentions.append(Mention(text, a, b, node, PARTIAL, "partial"))
        return self._rank(mentions, toks, apposed)

    def _capitalised(self, question: str) -> str | None:
        """A lower-case question naming nothing, its words that are parts of names written
        capitalised (:func:`kgchat.lower_names.capitalised_parts`); None where none is."""
        parts = getattr(self.names, "partial", None)
        if not isinstance(parts, Mapping):
            return None
        return capitalised_parts(question, parts, lambda n: [self.kg.label(n), *self.kg.aliases(n)])

    def _proper_adjectives(
        self, toks: list[str], named: set[str], lower: bool, taken: set[int]
    ) -> list[Span]:
        """The entities a proper adjective names ("Which *French* citizens ...": France,
        "*Polish* scientists": Poland): a word written as a name (or any word, in a question
        all in lower case) that WordNet reads as an adjective pertaining to a proper noun the
        graph names exactly, scored as a year naming its dates (0.8). An adjective of a common
        noun ("physical": physics) names no entity. Off with ``place_names``, as WordNet's
        other names of places are."""
        from kgchat.wordnet import wordnet

        lexicon = wordnet()
        exact = getattr(self.names, "exact", None)  # an endpoint's lookup keeps no table
        if lexicon is None or exact is None or not self.config.place_names:
            return []
        out: list[Span] = []
        for i, word in enumerate(toks):
            if i in taken or not (lower or word in named) or word in STOPWORDS:
                continue
            for name in lexicon.pertains_to(word):
                nodes = exact.get(" ".join(tokens(name)), ())
                if name[:1].isupper() and nodes:
                    found = list(nodes[: self.config.max_candidates])
                    out.append((i, i + 1, found, 0.8, "adjective"))
                    break
        return out

    def _first_word(self, word: str, nodes: list[str]) -> bool:
        """Whether ``word`` is the first word of some node's of ``nodes`` name."""
        return any(tokens(self.kg.label(n))[:1] == [word] for n in nodes)

    def _relation_word(self, word: str) -> bool:
        known = getattr(self.names, "relation_word", None)  # an endpoint's table may lack it
        return bool(known and known(word))

    def _fuzzy(self, toks: list[str]) -> list[Mention]:
        grams: list[tuple[int, int]] = []
        for n in range(1, min(4, len(toks)) + 1):
            for i in range(len(toks) - n + 1):
                words = toks[i : i + n]
                if words[0] in STOPWORDS or words[-1] in STOPWORDS:
                    continue
                if any(w in AUXILIARIES for w in words[1:-1]):
                    # "dishes are italian": a clause, not a name (the dictionary still finds
                    # a name that holds one as written, "What Is Hip")
                    continue
                if all(map(self._relation_word, words)):
                    continue  # "produced" is asked of an entity, not the class Producer
                grams.append((i, i + n))
        if not grams:
            return []
        hits = self.index.search([" ".join(toks[a:b]) for a, b in grams], k=3)
        spans = []
        for (a, b), found in zip(grams, hits, strict=True):
            # words of a name that the dictionary leaves to the common noun they also are
            # ("ozone" of "ozone concentration"): that name, where the index finds it less
            # surely than a paraphrase needs
            said = set(toks[a:b]) if all(w.isalpha() for w in toks[a:b]) else {""}
            good = [
                (node, s)
                for node, s in found
                if s >= self.config.fuzzy_threshold
                or (s >= _AGREED and said <= set(tokens(self.kg.label(node))))
            ]
            if good:
                spans.append((a, b, [node for node, _ in good], good[0][1], "index"))
        spans.sort(key=lambda sp: -sp[3])
        return [
            Mention(" ".join(toks[a:b]), a, b, node, score, method, self.is_class(node))
            for a, b, nodes, score, method in _non_overlapping(spans)
            for node in nodes
        ]
