"""A graph's tables built before its first question (:meth:`TablePreparation.prepare`, a
method of :class:`~kgchat.retrieval.Retriever`), so that no answered question waits for them.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> r = Retriever(KnowledgeGraph.from_triples([("Ann", "spouse", "Bob")]))
>>> r.prepare()
>>> r.retrieve("Who is the spouse of Ann?").answer
'Bob'
"""

from __future__ import annotations

import itertools
from typing import Any

from kgchat.retrieval.path_query import ScoresBySimilarity

__all__ = ["TablePreparation"]

# Most entities whose type words Retriever.prepare reads beforehand (their edges, cached,
# ~1 KB an entity): a bigger graph's are read as its walks meet them
_PREPARED_ENTITIES = 50_000
# ... and literal values, at most (~55 us each: 0.25 s for geopolitical's 4,541, whose walks
# reach its values more than its 325 entities; 0.8 s for music's 15,033, whose development
# questions had spent 16% of their CPU numbering the values their walks met first)
_PREPARED_LITERALS = 50_000
# ... and words WordNet reads beforehand (its caches keep 16,384 words: room for questions')
_PREPARED_WORDS = 8_000


class TablePreparation:
    """:meth:`prepare` (a mixin of :class:`~kgchat.retrieval.Retriever`, whose other parts
    give the tables it builds)."""

    kg: Any
    linker: Any
    index: Any
    scorer: Any
    judge: Any
    _caches_current: Any
    _relation_words: Any
    type_all: Any
    type_words: Any
    number_types: Any

    def prepare(self) -> None:
        """Build now the graph's tables that a question would otherwise build on its first
        need of them, so that no answered question waits for them
        (:func:`kgchat.pipeline.settle` calls it): the linker's
        (:meth:`~kgchat.linking.EntityLinker.prepare`) and,
        for an in-memory graph of at most ``_PREPARED_ENTITIES`` entities, every entity's
        type words (:meth:`~kgchat.retrieval.node_types.NodeTypes.type_all`: ~55 us an
        entity, 0.4 s for the music graph's 7,074; a tenth of the CPU of its development
        questions had gone to the entities each walk met first), numbered per reading
        (:meth:`~kgchat.retrieval.scored_walk.ScoredWalks.number_types`); and WordNet's
        readings of the graph's words, up to ``_PREPARED_WORDS`` (relation, type and fact
        words: :meth:`kgchat.wordnet.WordNet.prepare`; 0.7 s for music's 5,700, a tenth of
        its development questions' CPU); and the index encoder's fast path for a question's
        few texts (:meth:`~kgchat.index.encoders.BaseEncoder.prepare`: the bundled model's
        ONNX Runtime session, ~4 of a geopolitical question's ~10 ms of encoding saved)."""
        from kgchat.graph import KnowledgeGraph

        self.linker.prepare()
        prepare_encoder = getattr(getattr(self.index, "encoder", None), "prepare", None)
        if callable(prepare_encoder):
            prepare_encoder()  # the bundled encoder's ONNX Runtime session (a question's pass)
        self._caches_current()
        self.judge.learned()  # the learned relation matcher, where asked for (trained once)
        if isinstance(self.kg, KnowledgeGraph):
            nodes = list(itertools.islice(self.kg.entities(), _PREPARED_ENTITIES + 1))
            if len(nodes) <= _PREPARED_ENTITIES:
                self.type_all(nodes)
                self.number_types(nodes)
                literals = self.kg.literals()
                if len(literals) <= _PREPARED_LITERALS:
                    self.type_all(literals)
                    self.number_types(literals)
        similarity = self.scorer.similarity if isinstance(self.scorer, ScoresBySimilarity) else None
        # the graph's words' meanings (TextSimilarity.words reads them)
        if similarity is not None and (lexicon := similarity.lexicon) is not None:
            words = [*sorted(self._relation_words()), *self.type_words()]
            words += similarity.preloaded()  # (the tie-break's fact words)
            lexicon.prepare(itertools.islice(dict.fromkeys(words), _PREPARED_WORDS))
