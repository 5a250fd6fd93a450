"""Wiring the stages together: a graph's index and retriever, cached on disk.

The index of a graph lives under ``$KGCHAT_CACHE/indexes/`` in a directory named after the
graph's fingerprint and the encoder, so a second run reuses it and a changed graph is noticed
(the index is brought up to date, not rebuilt from scratch).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
>>> r = make_retriever(kg, encoder="hashing", index_dir=None)
>>> r.retrieve("What does aspirin treat?").answer
'Headache'
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgchat.fsio import cache_dir

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retriever, RetrieverConfig

DEFAULT_ENCODER = "sentence-transformers"
_AUTO = "auto"
# settle()'s youngest-generation threshold: allocations between young collections
_YOUNG = 100_000


def default_index_dir(kg: KnowledgeGraph, encoder: str, model: str | None) -> Path:
    """Where the index of ``kg`` made with this encoder is cached."""
    tag = hashlib.blake2b(f"{encoder}|{model or ''}".encode(), digest_size=4).hexdigest()
    return cache_dir() / "indexes" / f"{kg.fingerprint[:16]}-{encoder}-{tag}"


def default_scorer_dir(kg: KnowledgeGraph) -> Path:
    """Where ``kgchat tune --strategy feature`` saves the learned path scorer of ``kg`` when no
    ``--out`` is given, and where :func:`make_retriever` looks for it."""
    return cache_dir() / "scorers" / kg.fingerprint[:16]


def graph_scorer(kg: KnowledgeGraph) -> Path | None:
    """The learned scorer saved for ``kg`` at :func:`default_scorer_dir`, when it was trained
    on this very graph and beat the untrained scorer on its dev questions; else ``None``."""
    import json
    import logging

    where = default_scorer_dir(kg)
    try:
        manifest = json.loads((where / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("graph_fingerprint") != kg.fingerprint:
        return None
    if not manifest.get("default_scorer"):
        logging.getLogger(__name__).info(
            "not using the learned scorer at %s: it did not beat the untrained one on the dev "
            "questions (%s)",
            where,
            manifest.get("dev_retrieval"),
        )
        return None
    return where


def make_retriever(
    kg: KnowledgeGraph,
    *,
    encoder: str = DEFAULT_ENCODER,
    model: str | None = None,
    index_dir: str | Path | None = _AUTO,
    config: RetrieverConfig | None = None,
    scorer: Any = _AUTO,
    progress: bool | None = None,
) -> Retriever:
    """A retriever over ``kg`` with its entity index (built, or reused from ``index_dir``).

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph (or any :class:`~kgchat.graph.GraphView`, such as a SPARQL endpoint's).
    encoder, model : str
        The entity index's encoder by name (:data:`kgchat.index.ENCODERS`:
        ``"sentence-transformers"``, the default, with the bundled all-MiniLM-L6-v2; ``"llm"``;
        ``"hashing"``, no model) and its model (``None``: the encoder's default).
    index_dir : str, Path or None
        Where the index is saved and reused: the default caches it under
        :func:`default_index_dir`; ``None`` keeps it in memory only. With a folder, the
        graph's table of the tie-break's words is kept there too and loaded
        (:mod:`kgchat.retrieval.word_table`; made the first time, in a few seconds).
    config : RetrieverConfig, optional
        Hops, beam, fan-out caps, ``max_facts``, ``min_confidence``...
    scorer : PathScorer, str, Path or None
        A :class:`~kgchat.retrieval.PathScorer`, or the folder of a learned scorer trained by
        ``kgchat tune --strategy feature`` (loaded on the index's encoder), or ``None`` for the
        untrained :class:`~kgchat.retrieval.HeuristicPathScorer`. The default, ``"auto"``, is
        the graph's own learned scorer where one was trained (:func:`graph_scorer`: saved at
        :func:`default_scorer_dir`, and better than the untrained one on its dev questions),
        else the untrained one.
    progress : bool, optional
        Progress bars while the index is built (``None``: when on a terminal), and the table
        of words (``None``: from 2,000 words).

    Returns
    -------
    Retriever
        ``retrieve(question)`` gives a :class:`~kgchat.retrieval.Retrieval`: linked mentions,
        ranked candidates with their paths, numbered facts, confidence.

    Examples
    --------
    >>> from kgchat import KnowledgeGraph
    >>> from kgchat.retrieval import RetrieverConfig
    >>> kg = KnowledgeGraph.from_triples([
    ...     ("Aspirin", "treats", "Headache"), ("Aspirin", "interacts_with", "Warfarin"),
    ...     ("Warfarin", "treats", "Thrombosis"), ("Warfarin", "is_a", "Anticoagulant")])
    >>> r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None,
    ...                    config=RetrieverConfig(max_facts=2))
    >>> res = r.retrieve("What does warfarin treat?")
    >>> res.answer, [m.text for m in res.mentions]
    ('Thrombosis', ['warfarin'])
    >>> print(res.facts_block())
    [1] Warfarin — treats → Thrombosis
    [2] Warfarin — is a → Anticoagulant
    """
    from kgchat.index import EntityIndex, IndexConfig, get_encoder
    from kgchat.retrieval import Retriever
    from kgchat.retrieval.word_table import attach, table_dir

    enc = get_encoder(encoder, model)
    icfg = IndexConfig(encoder=encoder, model=model)
    if index_dir is None:
        index = EntityIndex.build(kg, enc, icfg, progress=progress)
    else:
        where = default_index_dir(kg, encoder, model) if index_dir == _AUTO else Path(index_dir)
        if hasattr(kg, "endpoint"):  # a SPARQL endpoint: streamed page by page, resumable
            from kgchat.index.stream import open_or_stream

            index = open_or_stream(where, kg, enc, icfg, progress=progress)  # type: ignore[arg-type]
        else:
            index = EntityIndex.open_or_build(where, kg, enc, icfg, progress=progress)
    if isinstance(scorer, str) and scorer in (_AUTO, "none"):
        scorer = graph_scorer(kg) if scorer == _AUTO else None
    if isinstance(scorer, (str, Path)):
        from kgchat.retrieval.learned import LearnedPathScorer

        scorer = LearnedPathScorer.load(scorer, kg=kg, encoder=enc)
    retriever = Retriever(kg, index, scorer=scorer, config=config)
    if index_dir is not None:
        # the tie-break's words, embedded once per graph beside the index (none for an
        # endpoint's graph, or one too big: embedded on demand there)
        attach(retriever, table_dir(where), progress=progress)
    return retriever


def make_chatbot(
    kg: KnowledgeGraph,
    *,
    model: str | None = None,
    backend: str = "auto",
    base_url: str | None = None,
    encoder: str = DEFAULT_ENCODER,
    encoder_model: str | None = None,
    index_dir: str | Path | None = _AUTO,
    config: Any = None,
    retriever_config: RetrieverConfig | None = None,
    scorer: Any = _AUTO,
    progress: bool | None = None,
) -> Any:
    """A :class:`kgchat.chat.ChatBot` over ``kg``: its retriever (see :func:`make_retriever`,
    which takes ``encoder``, ``encoder_model``, ``index_dir`` and ``scorer``) and a backend:
    ``auto`` (llama.cpp for a GGUF ``model``, the default SmolLM2-135M-Instruct too, when
    llama-cpp-python is installed, else transformers), ``llamacpp``, ``transformers``, or
    ``openai`` at ``base_url`` serving ``model``.

    Parameters
    ----------
    kg : KnowledgeGraph
    model : str, optional
        The chat model: ``None`` for the bundled SmolLM2-135M-Instruct (offline), a hub id, a
        local folder (a model tuned by ``kgchat tune`` too) or a ``.gguf`` file.
    backend : str
        ``"auto"``, ``"llamacpp"``, ``"transformers"``, ``"openai"`` (with ``base_url``), or
        ``"template"``: no language model, the reply is the answer with its cited evidence.
    base_url : str, optional
        An OpenAI-compatible server's URL (``http://localhost:8000/v1``) for ``"openai"``.
    encoder, encoder_model, index_dir, retriever_config, scorer, progress
        The retriever's, as for :func:`make_retriever` (``retriever_config`` is its ``config``).
    config : ChatConfig, optional
        The chatbot's: ranker, prompts, ``max_new_tokens``, ``min_confidence``, timeout...

    Returns
    -------
    ChatBot
        ``ask(question)`` answers one question, ``chat(message)`` a turn of a conversation;
        both return an :class:`~kgchat.chat.Answer` whose ``facts`` are the cited facts.

    Raises
    ------
    ConfigError
        For an unknown backend, or ``"openai"`` without ``base_url``.

    Examples
    --------
    >>> from kgchat import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([
    ...     ("Aspirin", "treats", "Headache"), ("Aspirin", "interacts_with", "Warfarin"),
    ...     ("Warfarin", "treats", "Thrombosis"), ("Warfarin", "is_a", "Anticoagulant")])
    >>> bot = make_chatbot(kg, backend="template", encoder="hashing", index_dir=None)
    >>> answer = bot.ask("What does warfarin treat?")
    >>> answer.text
    'Thrombosis: Warfarin treats Thrombosis [1].'
    >>> [f.text for f in answer.facts]
    ['Warfarin — treats → Thrombosis']
    """
    from kgchat.chat import ChatBot, ChatConfig, get_backend

    retriever = make_retriever(
        kg,
        encoder=encoder,
        model=encoder_model,
        index_dir=index_dir,
        config=retriever_config,
        scorer=scorer,
        progress=progress,
    )
    if backend in ("auto", "llamacpp", "transformers"):
        chat_backend = get_backend(backend, model=model)
    elif backend in ("openai", "http"):
        from kgchat.errors import ConfigError

        if not base_url:
            raise ConfigError("backend 'openai' needs base_url (e.g. http://localhost:8000/v1)")
        timeout = (config or ChatConfig()).timeout
        chat_backend = get_backend(
            "openai", base_url=base_url, model=model or "default", timeout=timeout
        )
    else:
        chat_backend = get_backend(backend)
    return ChatBot(kg, retriever, chat_backend, config)


def settle(*retrievers: Retriever) -> None:
    """Put everything loaded so far out of the garbage collector's reach, and collect the
    young less often: a full collection, then :func:`gc.freeze`, then a youngest-generation
    threshold of at least ``_YOUNG`` allocations. For a process that loads a graph, its index
    and models once and then answers many questions (``kgchat eval``, ``chat`` and ``serve``
    call it after loading). Each of ``retrievers`` first builds what it would otherwise build
    on a question's first need of it (:meth:`~kgchat.retrieval.Retriever.prepare`: the
    music graph's lead names, 0.3 s, had fallen on one development question).

    Why: Python's full collections, one every ten or so questions, traverse every container
    alive, the ~100,000 of the imported libraries, the graph's tables and the encoder's
    weights included, though none of them ever becomes garbage; each took ~40 ms, most
    questions' whole retrieval time. Frozen, they are skipped; the collections see only what
    the questions made since (the retriever's caches), a fraction of the work. And a question
    makes tens of thousands of short-lived containers (the walk's entries): collected every
    700 allocations (Python's default), most are traversed while the question still holds
    them, and moved up to be traversed again; every 10,000, most are gone by refcount first
    (a geopolitical question's collections, frozen: 7.1 -> 2.5 ms CPU); every 100,000, a
    question's walk (its entries and reached nodes' dicts, alive until it ends) is caught
    mid-way by a young collection about once in twenty questions instead of about once a
    question, and the middle generation's collections (~15 ms each, of what ten young ones
    moved up) come as much rarer (geopolitical's dev and own questions, 43: 38 young and 4
    middle collections, 3.9 ms CPU a question -> 2 and 0, 1.9 ms).
    Outcomes are untouched: collection decides when memory is freed, never what is computed.

    The cost: a cycle of objects frozen here that later becomes garbage is never freed (no
    such cycle is dropped while a kgchat process answers), cyclic garbage waits for up to
    ``_YOUNG`` allocations, and the full collection here (tens of ms) is not worth it for one
    question (``kgchat ask`` does not call it). :func:`gc.unfreeze` and
    :func:`gc.set_threshold` undo it.

    Examples
    --------
    >>> import gc
    >>> before = gc.get_threshold()
    >>> settle()
    >>> gc.get_freeze_count() > 0, gc.get_threshold()[0] >= _YOUNG
    (True, True)
    >>> gc.unfreeze(); gc.set_threshold(*before)
    """
    import gc

    for retriever in retrievers:
        retriever.prepare()
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, _YOUNG), *older)
